"""What the schema's extra checks can report, in words an agent can act on in a spreadsheet.

Each message says what is wrong, quotes the value found, shows what is expected with an example
and says how to put it right. Written for someone who knows Excel, not file formats.
Parameters: ``field`` (the column), ``text`` (the cell), ``column``/``columns`` (other
columns), ``matched`` (the value it was compared with), ``total`` (the expected sum),
``first``/``last`` (two years), ``name`` (a check's name in the schema).
"""

from __future__ import annotations

from desktop_app.texts.wording import Wording

_SIRET_EXAMPLE_FR = "14 chiffres sans espace, par exemple 21860194600013"
_SIRET_EXAMPLE_EN = "14 digits without spaces, for example 21860194600013"
_SIREN_EXAMPLE_FR = "9 chiffres sans espace, par exemple 218601946"
_SIREN_EXAMPLE_EN = "9 digits without spaces, for example 218601946"
_LOOK_UP_FR = "Recopiez-le depuis l'Annuaire des entreprises (annuaire-entreprises.data.gouv.fr)."
_LOOK_UP_EN = "Copy it from the Annuaire des entreprises (annuaire-entreprises.data.gouv.fr)."
_COMPARE_FR = (
    "Sur cette ligne, {what} de la colonne {field} ({text}) doit être {relation} {that} de la "
    "colonne {column} ({matched}). Vérifiez ces deux cellules : l'une est sans doute mal saisie, "
    "ou les deux ont été inversées."
)
_COMPARE_EN = (
    "On this row, the {what} in the column {field} ({text}) must be {relation} the one in the "
    "column {column} ({matched}). Check these two cells: one is probably mistyped, or the two "
    "were swapped."
)


def _compare(what: tuple[str, str, str], relation: tuple[str, str]) -> Wording:
    french = _COMPARE_FR.replace("{what}", what[0]).replace("{that}", what[1])
    return Wording(
        french.replace("{relation}", relation[0]),
        _COMPARE_EN.replace("{what}", what[2]).replace("{relation}", relation[1]),
    )


_NUMBER = ("le nombre", "celui", "number")
_DATE = ("la date", "celle", "date")


CUSTOM_CHECKS: dict[str, Wording] = {
    "check-siret-characters": Wording(
        f"« {{text}} » n'est pas un numéro SIRET : il contient autre chose que des chiffres. "
        f"Un SIRET s'écrit avec {_SIRET_EXAMPLE_FR}. Corrigez la cellule de la colonne "
        f"{{field}}. {_LOOK_UP_FR}",
        f"“{{text}}” is not a SIRET number: it holds more than digits. A SIRET is written "
        f"with {_SIRET_EXAMPLE_EN}. Correct the cell in the column {{field}}. {_LOOK_UP_EN}",
    ),
    "check-siret-length": Wording(
        f"Le numéro SIRET « {{text}} » n'a pas le bon nombre de chiffres. Un SIRET s'écrit avec "
        f"{_SIRET_EXAMPLE_FR}. Si le tableur a retiré un 0 au début, mettez la colonne "
        f"{{field}} au format Texte puis retapez le numéro. {_LOOK_UP_FR}",
        f"The SIRET number “{{text}}” does not have the right number of digits. A SIRET is "
        f"written with {_SIRET_EXAMPLE_EN}. If the spreadsheet dropped a leading 0, set the "
        f"column {{field}} to the Text format and type the number again. {_LOOK_UP_EN}",
    ),
    "check-siret-key": Wording(
        "Le numéro SIRET « {text} » (colonne {field}) ne peut pas exister : ses chiffres ne "
        "s'accordent pas avec sa clé de contrôle, ce qui trahit souvent une faute de frappe ou "
        f"deux chiffres inversés. {_LOOK_UP_FR}",
        "The SIRET number “{text}” (column {field}) cannot exist: its digits do not agree "
        "with its check digit, which often betrays a typing slip or two swapped digits. "
        f"{_LOOK_UP_EN}",
    ),
    "check-siren-characters": Wording(
        f"« {{text}} » n'est pas un numéro SIREN : il contient autre chose que des chiffres. "
        f"Un SIREN s'écrit avec {_SIREN_EXAMPLE_FR}. Corrigez la cellule de la colonne "
        f"{{field}}. {_LOOK_UP_FR}",
        f"“{{text}}” is not a SIREN number: it holds more than digits. A SIREN is written "
        f"with {_SIREN_EXAMPLE_EN}. Correct the cell in the column {{field}}. {_LOOK_UP_EN}",
    ),
    "check-siren-length": Wording(
        f"Le numéro SIREN « {{text}} » n'a pas le bon nombre de chiffres. Un SIREN s'écrit avec "
        f"{_SIREN_EXAMPLE_FR} (un SIRET, à 14 chiffres, commence par le SIREN). Si le tableur "
        f"a retiré un 0 au début, mettez la colonne {{field}} au format Texte puis retapez le "
        "numéro.",
        f"The SIREN number “{{text}}” does not have the right number of digits. A SIREN is "
        f"written with {_SIREN_EXAMPLE_EN} (a 14-digit SIRET starts with the SIREN). If the "
        f"spreadsheet dropped a leading 0, set the column {{field}} to the Text format and type "
        "the number again.",
    ),
    "check-siren-key": Wording(
        "Le numéro SIREN « {text} » (colonne {field}) ne peut pas exister : ses chiffres ne "
        "s'accordent pas avec sa clé de contrôle, ce qui trahit souvent une faute de frappe ou "
        f"deux chiffres inversés. {_LOOK_UP_FR}",
        "The SIREN number “{text}” (column {field}) cannot exist: its digits do not agree "
        "with its check digit, which often betrays a typing slip or two swapped digits. "
        f"{_LOOK_UP_EN}",
    ),
    "check-compare-lt": _compare(_NUMBER, ("inférieur à", "less than")),
    "check-compare-le": _compare(_NUMBER, ("inférieur ou égal à", "less than or equal to")),
    "check-compare-eq": _compare(_NUMBER, ("égal à", "equal to")),
    "check-compare-ge": _compare(_NUMBER, ("supérieur ou égal à", "greater than or equal to")),
    "check-compare-gt": _compare(_NUMBER, ("supérieur à", "greater than")),
    "check-compare-lt-dates": _compare(_DATE, ("antérieure à", "earlier than")),
    "check-compare-le-dates": _compare(
        _DATE, ("antérieure ou égale à", "earlier than or the same as")
    ),
    "check-compare-eq-dates": _compare(_DATE, ("égale à", "the same as")),
    "check-compare-ge-dates": _compare(
        _DATE, ("postérieure ou égale à", "later than or the same as")
    ),
    "check-compare-gt-dates": _compare(_DATE, ("postérieure à", "later than")),
    "check-cohesive": Wording(
        "Les colonnes {columns} vont ensemble : sur une même ligne, elles sont toutes remplies "
        "ou toutes vides. Sur cette ligne, {field} est rempli (« {text} ») mais au moins une "
        "des autres est vide. Complétez les cellules vides de la ligne, ou videz les autres.",
        "The columns {columns} go together: on one row they are all filled or all empty. On "
        "this row, {field} is filled (“{text}”) but at least one of the others is empty. Fill "
        "in the row's empty cells, or clear the others.",
    ),
    "check-sum": Wording(
        "La colonne {field} doit valoir la somme des colonnes {columns}. Sur cette ligne, elle "
        "indique {text} alors que la somme fait {total}. Corrigez le total, ou l'une des "
        "valeurs additionnées.",
        "The column {field} must equal the sum of the columns {columns}. On this row it shows "
        "{text} while the sum comes to {total}. Correct the total, or one of the values added.",
    ),
    "check-one-of-required": Wording(
        "Sur cette ligne, les colonnes {columns} sont toutes vides : au moins l'une d'elles doit "
        "être remplie. Renseignez celle que vous connaissez.",
        "On this row, the columns {columns} are all empty: at least one of them must be "
        "filled. Fill in the one you know.",
    ),
    "check-year-interval-form": Wording(
        "« {text} » (colonne {field}) n'est pas une période d'un an à l'autre. Écrivez deux "
        "années de 4 chiffres séparées par une barre oblique, sans espace : par exemple "
        "2023/2024.",
        "“{text}” (column {field}) is not a span from one year to another. Write two 4-digit "
        "years separated by a slash, without spaces: for example 2023/2024.",
    ),
    "check-year-or-interval-form": Wording(
        "« {text} » (colonne {field}) n'est ni une année ni une période. Écrivez une année de "
        "4 chiffres (par exemple 2024), ou deux années séparées par une barre oblique, sans "
        "espace (par exemple 2023/2024).",
        "“{text}” (column {field}) is neither a year nor a span of years. Write a 4-digit year "
        "(for example 2024), or two years separated by a slash, without spaces (for example "
        "2023/2024).",
    ),
    "check-year-interval-order": Wording(
        "Dans « {text} » (colonne {field}), la seconde année ({last}) doit venir après la "
        "première ({first}). Écrivez la plus ancienne d'abord, par exemple 2023/2024.",
        "In “{text}” (column {field}), the second year ({last}) must come after the first "
        "({first}). Write the earlier one first, for example 2023/2024.",
    ),
    "check-actes-slash": Wording(
        "La matière « {text} » (colonne {field}) doit être écrite en deux parties séparées par "
        "une barre oblique : le thème, puis le sous-thème de la nomenclature ACTES, par "
        "exemple « Finances locales/Subventions ». Reprenez la matière inscrite sur l'acte "
        "envoyé en préfecture.",
        "The subject “{text}” (column {field}) must be written in two parts separated by a "
        "slash: the theme, then the sub-theme of the ACTES nomenclature, for example “Finances "
        "locales/Subventions”. Use the subject written on the act sent to the prefecture.",
    ),
    "check-actes-spaces": Wording(
        "Dans la matière « {text} » (colonne {field}), retirez les espaces autour de la barre "
        "oblique : écrivez par exemple « Finances locales/Subventions ».",
        "In the subject “{text}” (column {field}), remove the spaces around the slash: write "
        "for example “Finances locales/Subventions”.",
    ),
    "check-actes-level1": Wording(
        "La matière « {text} » (colonne {field}) ne commence pas par l'un des 9 thèmes de la "
        "nomenclature ACTES : Commande publique, Urbanisme, Domaine et patrimoine, Fonction "
        "publique, Institutions et vie politique, Libertés publiques et pouvoirs de police, "
        "Finances locales, Domaines de compétences par thèmes, Autres domaines de compétences. "
        "Corrigez le début, par exemple « Finances locales/Subventions ».",
        "The subject “{text}” (column {field}) does not start with one of the 9 themes of the "
        "ACTES nomenclature: Commande publique, Urbanisme, Domaine et patrimoine, Fonction "
        "publique, Institutions et vie politique, Libertés publiques et pouvoirs de police, "
        "Finances locales, Domaines de compétences par thèmes, Autres domaines de compétences. "
        "Correct its start, for example “Finances locales/Subventions”.",
    ),
    "check-opening-hours": Wording(
        "Les horaires « {text} » (colonne {field}) ne sont pas écrits selon la convention "
        "commune d'OpenStreetMap. Jours en abrégé anglais (Mo Tu We Th Fr Sa Su), heures sur "
        "24 h avec deux-points, périodes séparées par un point-virgule : par exemple "
        "« Mo-Fr 08:30-12:00,13:30-17:00; Sa 09:00-12:00 ». Toujours ouvert : « 24/7 ».",
        "The opening hours “{text}” (column {field}) are not written the OpenStreetMap way. "
        "Days as two-letter English abbreviations (Mo Tu We Th Fr Sa Su), 24-hour times with a "
        "colon, periods separated by semicolons: for example “Mo-Fr 08:30-12:00,13:30-17:00; "
        "Sa 09:00-12:00”. Always open: “24/7”.",
    ),
    "check-phone": Wording(
        "« {text} » (colonne {field}) n'est pas un numéro de téléphone valable. Écrivez un "
        "numéro français à 10 chiffres (par exemple 01 23 45 67 89), un numéro étranger "
        "précédé de + et de l'indicatif du pays (par exemple +32 2 123 45 67), ou un numéro "
        "court (par exemple 3939).",
        "“{text}” (column {field}) is not a valid phone number. Write a 10-digit French number "
        "(for example 01 23 45 67 89), a foreign number starting with + and the country code "
        "(for example +32 2 123 45 67), or a short number (for example 3939).",
    ),
    "check-unknown": Wording(
        "Le schéma demande une vérification nommée « {name} » que DataMairie ne connaît pas : "
        "elle n'a pas été faite. Le site de publication pourrait la faire et signaler un "
        "problème.",
        "The schema asks for a check named “{name}” that DataMairie does not know: it was not "
        "made. The publication site might make it and report a problem.",
    ),
    "check-column-missing": Wording(
        "La vérification « {name} » du schéma porte sur des colonnes absentes de votre "
        "tableau ({columns}) : elle n'a pas été faite. Associez ces colonnes à l'étape des "
        "colonnes si votre fichier les contient.",
        "The schema's check “{name}” is about columns your table does not have ({columns}): "
        "it was not made. Match these columns at the columns step if your file holds them.",
    ),
    "check-params-invalid": Wording(
        "La vérification « {name} » est mal décrite dans le schéma : DataMairie n'a pas pu la "
        "faire. Ce n'est pas une erreur de votre tableau.",
        "The check “{name}” is badly described in the schema: DataMairie could not make it. "
        "This is not a mistake in your table.",
    ),
    "check-actes-list-unreadable": Wording(
        "La liste des matières ACTES fournie avec DataMairie est introuvable ou abîmée : les "
        "matières des délibérations n'ont pas été vérifiées. Réinstallez DataMairie.",
        "The list of ACTES subjects shipped with DataMairie is missing or damaged: the "
        "deliberations' subjects were not checked. Reinstall DataMairie.",
    ),
    "step-custom-checks": Wording(
        "Vérification des règles propres au schéma…", "Checking the schema's own rules…"
    ),
}
