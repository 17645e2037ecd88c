"""What reading a file can report: its errors, its notices, what it left out.

Written for an agent who knows Excel, not file formats: no jargon, no blame, one clear step.
"""

from __future__ import annotations

from desktop_app.texts.wording import Wording

READING_ERRORS: dict[str, Wording] = {
    "file-not-found": Wording(
        "Le fichier « {file} » est introuvable : il a peut-être été déplacé, renommé ou "
        "supprimé. Vérifiez où il se trouve, puis ouvrez-le de nouveau.",
        "The file “{file}” cannot be found: it may have been moved, renamed or deleted. "
        "Check where it is, then open it again.",
    ),
    "not-a-file": Wording(
        "« {file} » est un dossier, pas un fichier. Ouvrez ce dossier et choisissez le "
        "fichier du tableau qui s'y trouve.",
        "“{file}” is a folder, not a file. Open the folder and choose the table's file in it.",
    ),
    "special-file": Wording(
        "« {file} » n'est pas un fichier enregistré sur le disque, mais un canal ou un "
        "périphérique du système : DataMairie ne le lit pas. Enregistrez le tableau dans un "
        "fichier depuis votre tableur, puis choisissez ce fichier.",
        "“{file}” is not a file saved on the disk but a system pipe or device: DataMairie "
        "does not read it. Save the table to a file from your spreadsheet program, then "
        "choose that file.",
    ),
    "file-locked": Wording(
        "DataMairie ne peut pas lire « {file} » : un autre programme le garde ouvert "
        "(souvent Excel), ou votre session n'a pas le droit de le lire. Fermez-le dans Excel, "
        "puis cliquez sur « Réessayer ».",
        "DataMairie cannot read “{file}”: another program keeps it open (often Excel), or your "
        "account may not read it. Close it in Excel, then click “Retry”.",
    ),
    "file-unreadable": Wording(
        "L'ordinateur n'a pas pu lire « {file} » (clé USB retirée, dossier réseau "
        "indisponible ?). Copiez le fichier sur votre bureau, puis ouvrez cette copie.",
        "The computer could not read “{file}” (USB stick removed, network folder unavailable?). "
        "Copy the file to your desktop, then open that copy.",
    ),
    "file-empty": Wording(
        "Le fichier « {file} » est vide : il ne contient aucune donnée. Vérifiez que c'est "
        "le bon fichier, ou enregistrez-le de nouveau depuis votre tableur.",
        "The file “{file}” is empty: it holds no data. Check that it is the right file, or save "
        "it again from your spreadsheet program.",
    ),
    "no-table": Wording(
        "DataMairie n'a trouvé aucun tableau dans « {file} » : ses feuilles sont vides. "
        "Vérifiez que c'est le bon fichier.",
        "DataMairie found no table in “{file}”: its sheets are empty. Check that it is the "
        "right file.",
    ),
    "not-a-table": Wording(
        "« {file} » n'est pas un tableau : c'est {kind}. DataMairie lit les classeurs Excel "
        "(.xlsx, .xls), LibreOffice (.ods) et les fichiers CSV. Ouvrez le fichier d'origine "
        "dans votre tableur et enregistrez-le dans l'un de ces formats.",
        "“{file}” is not a table: it is {kind}. DataMairie reads Excel (.xlsx, .xls) and "
        "LibreOffice (.ods) workbooks and CSV files. Open the original in your spreadsheet "
        "program and save it in one of these formats.",
    ),
    "corrupt-file": Wording(
        "Le fichier « {file} » est abîmé ou incomplet : il a sans doute été coupé pendant une "
        "copie ou un téléchargement. Ouvrez-le dans Excel ou LibreOffice : s'il s'ouvre, "
        "enregistrez-le sous un autre nom et ouvrez cette copie ; sinon, redemandez le fichier "
        "à la personne qui vous l'a envoyé.",
        "The file “{file}” is damaged or incomplete: it was probably cut short while being "
        "copied or downloaded. Open it in Excel or LibreOffice: if it opens, save it under "
        "another name and open that copy; otherwise ask its sender for the file again.",
    ),
    "password-protected": Wording(
        "Le classeur « {file} » est protégé par un mot de passe, et DataMairie ne peut pas "
        "l'ouvrir. Ouvrez-le dans Excel avec son mot de passe, retirez la protection "
        "(Fichier › Informations › Protéger le classeur › Chiffrer avec mot de passe, puis "
        "effacez le mot de passe), enregistrez-le, et ouvrez-le de nouveau ici.",
        "The workbook “{file}” is protected by a password, and DataMairie cannot open it. Open "
        "it in Excel with its password, remove the protection (File › Info › Protect Workbook "
        "› Encrypt with Password, then clear the password), save it, and open it here again.",
    ),
    "decompression-bomb": Wording(
        "Le fichier « {file} » a une structure anormale : une fois décompressé, il occuperait "
        "une place démesurée. Par prudence, DataMairie ne l'ouvre pas. S'il vient d'une source "
        "sûre, ouvrez-le dans votre tableur et enregistrez-le au format CSV.",
        "The file “{file}” has an abnormal structure: unpacked, it would take an enormous "
        "amount of space. To be safe, DataMairie does not open it. If it comes from a trusted "
        "source, open it in your spreadsheet program and save it as CSV.",
    ),
    "too-large": Wording(
        "La feuille de « {file} » compte {rows} lignes et {columns} colonnes : c'est trop pour "
        "la lire en une fois dans la mémoire de cet ordinateur. Enregistrez-la au format CSV "
        "depuis votre tableur : DataMairie lit les fichiers CSV de toute taille.",
        "The sheet of “{file}” has {rows} rows and {columns} columns: too much to read at once "
        "in this computer's memory. Save it as CSV from your spreadsheet program: DataMairie "
        "reads CSV files of any size.",
    ),
    "too-large-workbook": Wording(
        "Le classeur « {file} » est trop volumineux pour être lu en une fois dans la mémoire de "
        "cet ordinateur. Enregistrez la feuille à publier au format CSV depuis votre tableur : "
        "DataMairie lit les fichiers CSV de toute taille.",
        "The workbook “{file}” is too large to be read at once in this computer's memory. Save "
        "the sheet to publish as CSV from your spreadsheet program: DataMairie reads CSV files "
        "of any size.",
    ),
    "sheet-not-found": Wording(
        "Le classeur « {file} » n'a pas de feuille nommée « {sheet} ». Ses feuilles sont : "
        "{sheets}.",
        "The workbook “{file}” has no sheet named “{sheet}”. Its sheets are: {sheets}.",
    ),
    "sheet-empty": Wording(
        "La feuille « {sheet} » du classeur « {file} » est vide. Feuilles qui contiennent des "
        "données : {sheets}.",
        "The sheet “{sheet}” of the workbook “{file}” is empty. Sheets that hold data: {sheets}.",
    ),
    "header-row-negative": Wording(
        "Le numéro de la ligne des titres ne peut pas être négatif ({row}). Indiquez le numéro "
        "de la ligne tel que le tableur l'affiche, ou 0 si le tableau n'a pas de ligne de "
        "titres.",
        "The header row number cannot be negative ({row}). Give the row number as the "
        "spreadsheet shows it, or 0 if the table has no row of labels.",
    ),
    "cell-too-long": Wording(
        "La ligne {row} de « {file} » contient une cellule de plus de {limit} caractères : "
        "aucun tableur n'en écrit d'aussi longue (Excel en garde au plus 32 767). Ce fichier "
        "n'est sans doute pas un tableau : vérifiez que c'est le bon. Si c'est bien lui, "
        "raccourcissez cette cellule dans votre tableur, puis enregistrez le fichier au "
        "format CSV.",
        "Row {row} of “{file}” holds a cell of more than {limit} characters: no spreadsheet "
        "writes one that long (Excel keeps at most 32,767). This file is probably not a "
        "table: check that it is the right one. If it is, shorten that cell in your "
        "spreadsheet program, then save the file as CSV.",
    ),
    "sheet-of-text-file": Wording(
        "« {file} » est un fichier texte (CSV) : il n'a pas de feuilles, seulement un tableau. "
        "Retirez l'option --sheet « {sheet} » pour lire ce tableau.",
        "“{file}” is a text (CSV) file: it has no sheets, only one table. Remove the option "
        "--sheet “{sheet}” to read that table.",
    ),
    "include-past-end": Wording(
        "« --include {range} » désigne des lignes qui n'existent pas : la feuille lue s'arrête "
        "à la ligne {rows}. Indiquez les lignes d'une partie laissée de côté, numérotées comme "
        "« datamairie inspect » les montre.",
        "“--include {range}” names rows that do not exist: the sheet read ends at row {rows}. "
        "Give the rows of a part set aside, numbered as “datamairie inspect” shows them.",
    ),
    "include-not-set-aside": Wording(
        "« --include {range} » ne désigne aucune partie laissée de côté (seulement des données "
        "ou des lignes vides). Parties que vous pouvez reprendre : {parts}.",
        "“--include {range}” names no part set aside (only data or blank rows). Parts you can "
        "take back: {parts}.",
        fr_one="« --include {range} » ne désigne aucune partie laissée de côté (seulement des "
        "données ou des lignes vides). Partie que vous pouvez reprendre : {parts}.",
        en_one="“--include {range}” names no part set aside (only data or blank rows). Part "
        "you can take back: {parts}.",
        count="count",
    ),
    "include-nothing-set-aside": Wording(
        "« --include {range} » ne désigne aucune partie laissée de côté, et la lecture n'en a "
        "laissé aucune qui puisse être reprise (les lignes vides restent toujours de côté).",
        "“--include {range}” names no part set aside, and the reading set aside none that "
        "could be taken back (blank rows always stay out).",
    ),
    "header-row-out-of-range": Wording(
        "La ligne {row} n'existe pas : la feuille n'en compte que {rows}. Indiquez une ligne "
        "entre 1 et {rows}, ou 0 si le tableau n'a pas de ligne de titres.",
        "Row {row} does not exist: the sheet has only {rows}. Give a row between 1 and {rows}, "
        "or 0 if the table has no row of labels.",
    ),
    "html-disguised": Wording(
        "« {file} » porte le nom d'un fichier Excel, mais c'est en réalité une page web "
        "produite par un logiciel. Ouvrez-le dans Excel ou LibreOffice, enregistrez-le au "
        "format « Classeur Excel (.xlsx) », puis ouvrez ce nouveau fichier ici.",
        "“{file}” is named like an Excel file, but it is really a web page made by some "
        "software. Open it in Excel or LibreOffice, save it as “Excel Workbook (.xlsx)”, then "
        "open that new file here.",
    ),
    "xml-spreadsheet": Wording(
        "« {file} » est au format « Feuille de calcul XML 2003 », que DataMairie ne lit pas. "
        "Ouvrez-le dans Excel et enregistrez-le au format « Classeur Excel (.xlsx) ».",
        "“{file}” is in the “XML Spreadsheet 2003” format, which DataMairie does not read. Open "
        "it in Excel and save it as “Excel Workbook (.xlsx)”.",
    ),
    "csv-not-utf8": Wording(
        "Le fichier « {file} » n'est pas un fichier CSV en UTF-8, le format que DataMairie "
        "vérifie. Ouvrez-le plutôt comme tableau à publier : DataMairie le convertira.",
        "The file “{file}” is not a UTF-8 CSV file, the form DataMairie checks. Open it as a "
        "table to publish instead: DataMairie will convert it.",
    ),
    "cancelled": Wording(
        "Lecture annulée. Le fichier n'a pas été modifié.",
        "Reading cancelled. The file was not changed.",
    ),
    "unexpected": Wording(
        "Un problème inattendu a empêché DataMairie de terminer. Le fichier n'a pas été "
        "modifié. Réessayez ; si le problème revient, envoyez le journal ({log}) à l'assistance.",
        "An unexpected problem stopped DataMairie. The file was not changed. Try again; if the "
        "problem comes back, send the log ({log}) to support.",
    ),
}

READING_NOTICES: dict[str, Wording] = {
    "column-lost-digits": Wording(
        "La colonne « {column} » contient {count} {count:nombre|nombres} que le tableur a "
        "{count:arrondi|arrondis} en notation scientifique (comme « {value} ») : les derniers "
        "chiffres sont perdus, et un numéro SIRET ou de compte ne peut plus être retrouvé à "
        "partir de ce fichier. Dans le tableur d'origine, mettez la colonne au format Texte, "
        "recopiez les numéros depuis leur source (ou exportez de nouveau en gardant cette "
        "colonne en texte), enregistrez, puis rouvrez le fichier.",
        "The column “{column}” holds {count} {count:number|numbers} the spreadsheet rounded "
        "into scientific notation (like “{value}”): the last digits are lost, and a SIRET or "
        "account number cannot be found again from this file. In the original spreadsheet, "
        "set the column to the Text format, copy the numbers from their source (or export "
        "again keeping this column as text), save, then open the file again.",
    ),
    "mislabelled-file": Wording(
        "Le nom du fichier annonce un autre format ({declared}) que ce qu'il contient en "
        "réalité ({actual}). DataMairie l'a lu d'après son contenu réel.",
        "The file's name announces another format ({declared}) than what it really holds "
        "({actual}). DataMairie read it according to its real content.",
    ),
    "open-elsewhere": Wording(
        "« {file} » semble ouvert dans Excel ou LibreOffice. DataMairie lit la dernière "
        "version enregistrée : enregistrez vos modifications dans le tableur si vous en avez "
        "fait.",
        "“{file}” seems to be open in Excel or LibreOffice. DataMairie reads the last saved "
        "version: save your changes in the spreadsheet program if you made any.",
    ),
    "legacy-encoding": Wording(
        "Le fichier a été enregistré dans un format de texte ancien ({encoding}) ; DataMairie "
        "l'a converti pour que les accents s'affichent correctement.",
        "The file was saved in an old text format ({encoding}); DataMairie converted it so that "
        "accented letters show correctly.",
    ),
    "utf16-encoding": Wording(
        "Le fichier a été enregistré au format « Texte Unicode » ; DataMairie l'a converti.",
        "The file was saved as “Unicode Text”; DataMairie converted it.",
    ),
    "mixed-encoding": Wording(
        "{lines} lignes du fichier étaient enregistrées dans un autre format de texte que les "
        "autres ({fallback}), souvent après un copier-coller entre deux logiciels. DataMairie "
        "les a converties sans en perdre aucune ; vérifiez leurs accents.",
        "{lines} lines of the file were saved in another text format than the rest "
        "({fallback}), often after copying between two programs. DataMairie converted them "
        "without losing any; check their accented letters.",
        fr_one="Une ligne du fichier était enregistrée dans un autre format de texte que les "
        "autres ({fallback}), souvent après un copier-coller entre deux logiciels. DataMairie "
        "l'a convertie sans rien perdre ; vérifiez ses accents.",
        en_one="One line of the file was saved in another text format than the rest "
        "({fallback}), often after copying between two programs. DataMairie converted it "
        "without losing anything; check its accented letters.",
        count="lines",
    ),
    "hidden-sheet": Wording(
        "La feuille « {sheet} » est masquée dans le classeur. Vérifiez que c'est bien elle "
        "que vous voulez publier.",
        "The sheet “{sheet}” is hidden in the workbook. Check that it is the one you want to "
        "publish.",
    ),
    "formulas-without-values": Wording(
        "{count} formules de la feuille « {sheet} » n'ont pas de résultat enregistré : leurs "
        "cellules paraissent vides. Ouvrez le fichier dans Excel ou LibreOffice, enregistrez-le, "
        "puis ouvrez-le de nouveau ici.",
        "{count} formulas of the sheet “{sheet}” have no saved result: their cells look empty. "
        "Open the file in Excel or LibreOffice, save it, then open it here again.",
        fr_one="Une formule de la feuille « {sheet} » n'a pas de résultat enregistré : sa "
        "cellule paraît vide. Ouvrez le fichier dans Excel ou LibreOffice, enregistrez-le, puis "
        "ouvrez-le de nouveau ici.",
        en_one="One formula of the sheet “{sheet}” has no saved result: its cell looks empty. "
        "Open the file in Excel or LibreOffice, save it, then open it here again.",
        count="count",
    ),
    "no-header": Wording(
        "Le tableau n'a pas de ligne de titres de colonnes : DataMairie a nommé les colonnes "
        "d'après leur lettre (Colonne A, Colonne B…). Si une ligne contient les titres, "
        "indiquez-la.",
        "The table has no row of column labels: DataMairie named the columns after their "
        "letter (Colonne A, Colonne B…). If a row holds the labels, say which.",
    ),
    "stacked-blocks": Wording(
        "Le tableau est fait de {blocks} blocs placés les uns sous les autres, chacun sous les "
        "mêmes titres de colonnes : DataMairie les a réunis en un seul tableau. Ce qui "
        "distingue chaque bloc est dans la dernière colonne, « {column} » ; les titres "
        "recopiés, les totaux et les lignes vides entre les blocs sont laissés de côté.",
        "The table is made of {blocks} blocks stacked one under the other, each under the same "
        "column labels: DataMairie joined them into one table. What tells each block apart is "
        "in the last column, “{column}”; the repeated labels, the totals and the blank lines "
        "between blocks are left out.",
    ),
    "trailing-separators": Wording(
        "Chaque ligne du fichier se terminait par des « {character} » en trop, ajoutés par un "
        "tableur : DataMairie les a retirés avant de chercher le séparateur des colonnes.",
        "Every line of the file ended with extra “{character}”, added by a spreadsheet: "
        "DataMairie removed them before looking for the column separator.",
    ),
    "quote-unclosed": Wording(
        "Un guillemet ouvrait une case sans jamais la fermer (lignes {lines}) : lu à la lettre, "
        "il aurait fait disparaître les lignes suivantes dans cette seule case. DataMairie l'a "
        "gardé comme un caractère du texte, et chaque ligne reste une ligne. Vérifiez ces cases.",
        "A quote opened a cell and never closed it (lines {lines}): read to the letter, it would "
        "have swallowed the following lines into that one cell. DataMairie kept it as a "
        "character of the text, and each line stays a row. Check those cells.",
    ),
    "fields-joined": Wording(
        "{count} lignes avaient plus de cases que de titres, à cause d'un montant écrit avec "
        "une virgule (« 24 975,00 ») ou d'un texte contenant des virgules, sans guillemets : "
        "DataMairie a réuni leurs morceaux pour que chaque valeur reste sous son titre "
        "(lignes {lines}). Vérifiez-les.",
        "{count} lines had more fields than titles, because of an amount written with a comma "
        "(“24 975,00”) or a text holding commas, without quotes: DataMairie joined their pieces "
        "so that each value stays under its title (lines {lines}). Check them.",
        fr_one="Une ligne avait plus de cases que de titres, à cause d'un montant écrit avec "
        "une virgule (« 24 975,00 ») ou d'un texte contenant des virgules, sans guillemets : "
        "DataMairie a réuni ses morceaux pour que chaque valeur reste sous son titre "
        "(ligne {lines}). Vérifiez-la.",
        en_one="One line had more fields than titles, because of an amount written with a "
        "comma (“24 975,00”) or a text holding commas, without quotes: DataMairie joined its "
        "pieces so that each value stays under its title (line {lines}). Check it.",
        count="count",
    ),
    "include-ignored": Wording(
        "Les parties reprises comme données la dernière fois (lignes de la feuille : "
        "{parts}) ne rencontrent aucune partie laissée de côté dans ce fichier : rien n'y a "
        "été repris, et elles ne sont plus gardées dans le projet. Si une partie de la liste "
        "des parties laissées de côté doit être reprise, cliquez sur « Inclure ».",
        "The parts taken in as data last time (sheet rows: {parts}) meet no part set aside in "
        "this file: nothing was taken back there, and they are no longer kept in the project. "
        "If a part in the list of parts set aside must be taken in, click “Include”.",
        fr_one="La partie reprise comme données la dernière fois (lignes de la feuille : "
        "{parts}) ne rencontre aucune partie laissée de côté dans ce fichier : rien n'y a été "
        "repris, et elle n'est plus gardée dans le projet. Si une partie de la liste des "
        "parties laissées de côté doit être reprise, cliquez sur « Inclure ».",
        en_one="The part taken in as data last time (sheet rows: {parts}) meets no part set "
        "aside in this file: nothing was taken back there, and it is no longer kept in the "
        "project. If a part in the list of parts set aside must be taken in, click “Include”.",
        count="count",
    ),
    "pasted-lines-split": Wording(
        "Chaque ligne du tableau tenait dans une seule cellule, comme un fichier CSV collé "
        "dans la colonne A : DataMairie a séparé les colonnes au « {separator} ».",
        "Each line of the table was held in a single cell, like a CSV file pasted into "
        "column A: DataMairie split the columns at the “{separator}”.",
    ),
    "two-row-header": Wording(
        "Les titres de colonnes tiennent sur deux lignes (un titre de groupe au-dessus de "
        "plusieurs colonnes). DataMairie en a fait un titre par colonne, sous la forme "
        "« Groupe – Colonne ».",
        "The column labels take two rows (a group label over several columns). DataMairie made "
        "one label per column, as “Group – Column”.",
    ),
    "blank-labels": Wording(
        "Les colonnes {columns} n'ont pas de titre : DataMairie les a nommées d'après leur lettre.",
        "Columns {columns} have no label: DataMairie named them after their letter.",
        fr_one="La colonne {columns} n'a pas de titre : DataMairie l'a nommée d'après sa lettre.",
        en_one="Column {columns} has no label: DataMairie named it after its letter.",
        count="count",
    ),
    "duplicate-labels": Wording(
        "Plusieurs colonnes portent le même titre ; DataMairie les a numérotées pour les "
        "distinguer : {names}.",
        "Several columns have the same label; DataMairie numbered them to tell them apart: "
        "{names}.",
    ),
    "no-data-rows": Wording(
        "Le tableau a des titres de colonnes, mais aucune ligne de données.",
        "The table has column labels but no data rows.",
    ),
}

EXCLUSION_REASONS: dict[str, Wording] = {
    "excluded-title": Wording(
        "titre ou texte au-dessus du tableau", "title or text above the table"
    ),
    "excluded-units": Wording(
        "ligne des unités, ajoutées aux titres des colonnes",
        "row of units, added to the column labels",
    ),
    "excluded-blank": Wording(
        "lignes vides", "blank rows", fr_one="ligne vide", en_one="blank row", count="count"
    ),
    "excluded-total": Wording("ligne de total", "total row"),
    "excluded-note": Wording("note sous le tableau", "note below the table"),
    "excluded-section": Wording(
        "intertitre au milieu des données", "heading between the data rows"
    ),
    "excluded-repeated-header": Wording(
        "titres de colonnes répétés", "column labels written again"
    ),
    "excluded-second-table": Wording(
        "un autre tableau, placé sous le premier", "another table, placed below the first"
    ),
    "excluded-empty-column": Wording("colonne vide", "empty column"),
}
