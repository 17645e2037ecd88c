"""What each problem frictionless would find means, for an agent who knows Excel.

Each message says what is wrong, quotes the value found, says what is expected with an
example, and how to put it right in the spreadsheet. Parameters: ``value`` (the cell),
``field`` (the column), ``example`` (a valid value, from the schema or built for it),
``limit`` (a length or a bound), ``allowed`` (the allowed values), ``row`` (another row).
"""

from __future__ import annotations

from desktop_app.texts.wording import Wording

_FIX_FR = (
    " Corrigez la cellule (dans DataMairie par un double-clic, ou dans votre tableur), puis "
    "relancez la vérification."
)
_FIX_EN = (
    " Correct the cell (in DataMairie with a double-click, or in your spreadsheet), then "
    "check again."
)


def _cell(fr: str, en: str) -> Wording:
    return Wording(fr + _FIX_FR, en + _FIX_EN)


TYPE_ERRORS: dict[str, Wording] = {
    "finding-type-date": _cell(
        "« {value} » n'est pas une date écrite comme le schéma l'attend ({example}).",
        "“{value}” is not a date written as the schema expects ({example}).",
    ),
    "finding-date-impossible": _cell(
        "« {value} » n'existe pas dans le calendrier (un jour de trop dans le mois, ou un mois "
        "au-delà de 12) : c'est sans doute une faute de frappe. Écrivez la bonne date, par "
        "exemple {example}.",
        "“{value}” is not a day of the calendar (one day too many in the month, or a month "
        "past 12): probably a typing slip. Write the right date, for example {example}.",
    ),
    "finding-type-datetime": _cell(
        "« {value} » n'est pas une date et heure écrite comme le schéma l'attend ({example}).",
        "“{value}” is not a date and time written as the schema expects ({example}).",
    ),
    "finding-type-time": _cell(
        "« {value} » n'est pas une heure écrite comme le schéma l'attend ({example}).",
        "“{value}” is not a time written as the schema expects ({example}).",
    ),
    "finding-type-year": _cell(
        "« {value} » n'est pas une année sur quatre chiffres (par exemple 2024).",
        "“{value}” is not a four-digit year (for example 2024).",
    ),
    "finding-type-yearmonth": _cell(
        "« {value} » n'est pas une année et un mois écrits AAAA-MM (par exemple 2024-03).",
        "“{value}” is not a year and month written YYYY-MM (for example 2024-03).",
    ),
    "finding-type-integer": _cell(
        "« {value} » n'est pas un nombre entier (sans virgule, sans espace ni unité, par "
        "exemple {example}).",
        "“{value}” is not a whole number (no decimals, spaces or units, for example {example}).",
    ),
    "finding-type-number": _cell(
        "« {value} » n'est pas un nombre écrit comme le schéma l'attend : un point pour les "
        "décimales, sans espace ni symbole € (par exemple {example}).",
        "“{value}” is not a number written as the schema expects: a point for decimals, no "
        "spaces or € sign (for example {example}).",
    ),
    "finding-type-boolean": _cell(
        "« {value} » n'est pas une des réponses que le schéma accepte : {allowed}.",
        "“{value}” is not one of the answers the schema accepts: {allowed}.",
    ),
    "finding-type-string": _cell(
        "« {value} » n'a pas la forme attendue pour cette colonne ({example}).",
        "“{value}” does not have the form this column expects ({example}).",
    ),
    "finding-type-other": _cell(
        "« {value} » ne peut pas être lu comme le schéma l'attend pour cette colonne ({example}).",
        "“{value}” cannot be read the way the schema expects for this column ({example}).",
    ),
}

CONSTRAINT_ERRORS: dict[str, Wording] = {
    "finding-required": _cell(
        "La colonne « {field} » est obligatoire, et cette cellule est vide.",
        "The column “{field}” is required, and this cell is empty.",
    ),
    "finding-pattern": _cell(
        "« {value} » n'a pas la forme que le schéma demande pour « {field} ». Une valeur "
        "valide ressemble à : {example}.",
        "“{value}” does not have the form the schema asks for “{field}”. A valid value looks "
        "like: {example}.",
    ),
    "finding-enum": _cell(
        "« {value} » ne fait pas partie des valeurs permises pour « {field} » : {allowed}.",
        "“{value}” is not one of the values allowed for “{field}”: {allowed}.",
    ),
    "finding-min-length": _cell(
        "« {value} » est trop court : au moins {limit} caractères sont attendus.",
        "“{value}” is too short: at least {limit} characters are expected.",
    ),
    "finding-max-length": _cell(
        "« {value} » est trop long : {limit} caractères au plus sont permis.",
        "“{value}” is too long: at most {limit} characters are allowed.",
    ),
    "finding-minimum": _cell(
        "« {value} » est trop petit : la plus petite valeur permise est {limit}.",
        "“{value}” is too small: the smallest value allowed is {limit}.",
    ),
    "finding-maximum": _cell(
        "« {value} » est trop grand : la plus grande valeur permise est {limit}.",
        "“{value}” is too large: the largest value allowed is {limit}.",
    ),
    "finding-unique": _cell(
        "« {value} » figure déjà à la ligne {row}, alors que chaque valeur de « {field} » doit "
        "être différente.",
        "“{value}” already appears on row {row}, while every value of “{field}” must differ.",
    ),
    "finding-primary-key": Wording(
        "Cette ligne a le même identifiant que la ligne {row} : chaque ligne doit avoir son "
        "propre identifiant. Corrigez l'une des deux, ou supprimez le doublon.",
        "This row has the same identifier as row {row}: each row must have its own. Correct "
        "one of the two, or remove the duplicate.",
    ),
    "finding-primary-key-empty": Wording(
        "L'identifiant de cette ligne est vide : chaque ligne doit en avoir un.",
        "This row's identifier is empty: every row must have one.",
    ),
}

STRUCTURE_ERRORS: dict[str, Wording] = {
    "finding-blank-row": Wording(
        "Cette ligne est vide. Supprimez-la de votre tableau.",
        "This row is empty. Remove it from your table.",
    ),
    "finding-extra-cell": Wording(
        "Cette ligne a plus de cellules que le tableau n'a de colonnes (« {value} » en trop). "
        "Vérifiez qu'une valeur n'a pas été décalée d'une colonne.",
        "This row has more cells than the table has columns (“{value}” too many). Check that a "
        "value was not shifted by one column.",
    ),
    "finding-missing-cell": Wording(
        "Cette ligne s'arrête avant la colonne « {field} ». Vérifiez qu'aucune valeur n'a été "
        "décalée, puis complétez la ligne.",
        "This row stops before the column “{field}”. Check that no value was shifted, then "
        "complete the row.",
    ),
    "finding-missing-label": Wording(
        "La colonne « {field} » demandée par le schéma manque dans le fichier.",
        "The column “{field}” the schema asks for is missing from the file.",
    ),
    "finding-extra-label": Wording(
        "La colonne n° {limit} du fichier ne fait pas partie du schéma ; elle ne sera pas "
        "vérifiée.",
        "Column no. {limit} of the file is not part of the schema; it will not be checked.",
    ),
    "finding-duplicate-label": Wording(
        "Deux colonnes du fichier s'appellent « {field} » ; seule la première est vérifiée.",
        "Two columns of the file are called “{field}”; only the first is checked.",
    ),
    "finding-duplicate-label-position": Wording(
        "La colonne n° {limit} porte le même titre « {value} » qu'une colonne précédente ; "
        "les colonnes étant lues dans l'ordre du schéma, elle est vérifiée comme la colonne "
        "« {field} ». Donnez-lui le titre « {field} », ou remettez les colonnes dans l'ordre "
        "du schéma.",
        "Column no. {limit} has the same title “{value}” as an earlier column; as columns are "
        "read in the schema's order, it is checked as the column “{field}”. Give it the title "
        "“{field}”, or put the columns back in the schema's order.",
    ),
    "finding-incorrect-label": Wording(
        "La colonne n° {limit} s'appelle « {value} », alors qu'à cette place le schéma attend "
        "la colonne « {field} » ; les colonnes étant lues dans l'ordre du schéma, elle est "
        "vérifiée comme « {field} ». Remettez les colonnes dans l'ordre du schéma, ou "
        "renommez celle-ci.",
        "Column no. {limit} is called “{value}”, where the schema expects the column "
        "“{field}”; as columns are read in the schema's order, it is checked as “{field}”. "
        "Put the columns back in the schema's order, or rename this one.",
    ),
    "finding-blank-label": Wording(
        "La colonne n° {limit} n'a pas de titre ; à cette place, le schéma attend la colonne "
        "« {field} ». Donnez-lui ce titre.",
        "Column no. {limit} has no title; at this place the schema expects the column "
        "“{field}”. Give it that title.",
    ),
}


# The sure rewrites of the Qualité step, as `validate`'s fixes[].changes[] name them.
REPAIR_CHANGES: dict[str, Wording] = {
    "change-repair-conversion": Wording(
        "mise à la forme du schéma (dates, nombres, Oui/Non, valeurs permises)",
        "put in the schema's form (dates, numbers, yes/no, allowed values)",
    ),
    "change-repair-dates-in-text": Wording(
        "date écrite AAAA-MM-JJ, ou en période, comme le motif du schéma le demande",
        "date written YYYY-MM-DD, or as a period, as the schema's pattern asks",
    ),
    "change-repair-spaces": Wording("espaces en trop retirés", "extra spaces removed"),
    "change-repair-percent": Wording(
        "pourcentage écrit en fraction (100 % → 1)", "percentage written as a fraction (100 % → 1)"
    ),
}


# Problems grouped by column and kind (core/validation/groups.py): the heading of each kind
# in a few words, and the explanation of the kinds the core refines itself.
PROBLEM_GROUPS: dict[str, Wording] = {
    "group-lost-digits": Wording(
        "Les numéros de la colonne {field} ont perdu leurs chiffres : le tableur les a "
        "affichés en notation scientifique (comme « {value} ») et n'a gardé que les premiers. "
        "Personne ne peut les retrouver à partir de ce fichier. Dans le tableur d'origine, "
        "mettez la colonne au format Texte avant de l'exporter de nouveau (ou recopiez les "
        "numéros depuis leur source), puis rouvrez le fichier. Sinon : retapez-les, videz la "
        "colonne si elle est facultative, ou retirez-la.",
        "The numbers in the column {field} lost their digits: the spreadsheet showed them in "
        "scientific notation (like “{value}”) and kept only the first ones. Nobody can get "
        "them back from this file. In the original spreadsheet, set the column to the Text "
        "format before exporting it again (or copy the numbers from their source), then open "
        "the file again. Otherwise: type them again, empty the column if it is optional, or "
        "remove it.",
    ),
    "group-title-group-lost-digits": Wording("numéro abîmé par Excel", "number damaged by Excel"),
    "group-title-finding-required": Wording(
        "valeur obligatoire manquante", "required value missing"
    ),
    "group-title-finding-pattern": Wording("pas la forme demandée", "not in the required form"),
    "group-title-finding-enum": Wording("valeur hors de la liste permise", "value not in the list"),
    "group-title-finding-type-date": Wording("date mal écrite", "date written wrongly"),
    "group-title-finding-date-impossible": Wording("date impossible", "impossible date"),
    "group-title-finding-type-datetime": Wording(
        "date et heure mal écrites", "date-time written wrongly"
    ),
    "group-title-finding-type-time": Wording("heure mal écrite", "time written wrongly"),
    "group-title-finding-type-year": Wording("année mal écrite", "year written wrongly"),
    "group-title-finding-type-yearmonth": Wording("mois mal écrit", "month written wrongly"),
    "group-title-finding-type-integer": Wording(
        "nombre entier mal écrit", "whole number written wrongly"
    ),
    "group-title-finding-type-number": Wording("nombre mal écrit", "number written wrongly"),
    "group-title-finding-type-boolean": Wording("oui/non mal écrit", "yes/no written wrongly"),
    "group-title-finding-min-length": Wording("texte trop court", "text too short"),
    "group-title-finding-max-length": Wording("texte trop long", "text too long"),
    "group-title-finding-minimum": Wording("valeur trop petite", "value too small"),
    "group-title-finding-maximum": Wording("valeur trop grande", "value too large"),
    "group-title-finding-unique": Wording("valeur en double", "duplicate value"),
    "group-title-finding-primary-key": Wording("identifiant en double", "duplicate identifier"),
    "group-title-finding-blank-row": Wording("ligne vide", "blank row"),
    "group-title-finding-extra-cell": Wording("cellule en trop", "extra cell"),
    "group-title-finding-missing-cell": Wording("cellule manquante", "missing cell"),
    "group-title-finding-missing-label": Wording("colonne manquante", "missing column"),
    "group-title-finding-extra-label": Wording(
        "colonne inconnue du schéma", "column unknown to the schema"
    ),
    "group-title-finding-duplicate-label": Wording("colonne en double", "duplicate column"),
    "group-title-finding-duplicate-label-position": Wording(
        "colonne en double", "duplicate column"
    ),
    "group-title-finding-incorrect-label": Wording(
        "colonne mal nommée ou déplacée", "column misnamed or out of place"
    ),
    "group-title-finding-blank-label": Wording("colonne sans titre", "column without a title"),
    "group-title-check-siret-key": Wording("numéro SIRET impossible", "impossible SIRET number"),
    "group-title-check-siret-length": Wording(
        "SIRET sans ses 14 chiffres", "SIRET without its 14 digits"
    ),
    "group-title-check-siret-characters": Wording("SIRET mal écrit", "SIRET written wrongly"),
    "group-title-check-siren-key": Wording("numéro SIREN impossible", "impossible SIREN number"),
    "group-title-check-siren-length": Wording(
        "SIREN sans ses 9 chiffres", "SIREN without its 9 digits"
    ),
    "group-title-check-siren-characters": Wording("SIREN mal écrit", "SIREN written wrongly"),
    "group-title-check-one-of-required": Wording(
        "l'une des deux colonnes doit être remplie", "one of the two columns must be filled"
    ),
    "group-title-other": Wording("à vérifier", "to check"),
}


def group_title_code(kind: str) -> str:
    """The code of a group's heading: its kind in a few words, or a plain fallback."""
    code = f"group-title-{kind}"
    return code if code in PROBLEM_GROUPS else "group-title-other"
