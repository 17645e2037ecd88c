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
}
