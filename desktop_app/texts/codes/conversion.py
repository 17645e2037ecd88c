"""What a conversion did to the agent's values, and why some could not be converted.

Changes read as "what DataMairie did"; failures as "why this value stays as it is", with
what to do about it when there is something to do.
"""

from __future__ import annotations

from desktop_app.texts.wording import Wording

CONVERSION_CHANGES: dict[str, Wording] = {
    "change-whitespace-trimmed": Wording(
        "espaces en trop retirés au début ou à la fin", "extra spaces removed at either end"
    ),
    "change-whitespace-collapsed": Wording(
        "espaces doublés réduits à un seul", "doubled spaces reduced to one"
    ),
    "change-excel-artefact-removed": Wording(
        "restes de mise en forme d'Excel retirés (« _x000D_ »)",
        "Excel formatting leftovers removed (“_x000D_”)",
    ),
    "change-line-breaks-normalised": Wording(
        "retours à la ligne harmonisés", "line breaks made consistent"
    ),
    "change-date-reordered": Wording(
        "dates mises au format AAAA-MM-JJ (15/03/2024 → 2024-03-15)",
        "dates put as YYYY-MM-DD (15/03/2024 → 2024-03-15)",
    ),
    "change-date-month-name": Wording(
        "mois écrits en lettres convertis (15 mars 2024 → 2024-03-15)",
        "months written in words converted (15 mars 2024 → 2024-03-15)",
    ),
    "change-date-two-digit-year": Wording(
        "années sur deux chiffres complétées (24 → 2024)",
        "two-digit years completed (24 → 2024)",
    ),
    "change-excel-serial-date": Wording(
        "dates qu'Excel avait enregistrées comme des nombres, converties",
        "dates Excel had stored as numbers, converted",
    ),
    "change-datetime-to-date": Wording(
        "heure de minuit retirée des dates", "midnight time removed from dates"
    ),
    "change-date-precision-reduced": Wording(
        "dates ramenées à la précision demandée (année, ou année et mois)",
        "dates reduced to the precision asked for (year, or year and month)",
    ),
    "change-time-normalised": Wording("heures mises au format HH:MM:SS", "times put as HH:MM:SS"),
    "change-decimal-comma": Wording(
        "virgule décimale remplacée par un point (1234,50 → 1234.50)",
        "decimal comma replaced by a point (1234,50 → 1234.50)",
    ),
    "change-decimal-point": Wording(
        "séparateur décimal harmonisé", "decimal separator made consistent"
    ),
    "change-thousands-separator": Wording(
        "séparateurs de milliers retirés (1 234 → 1234)",
        "thousands separators removed (1 234 → 1234)",
    ),
    "change-currency-removed": Wording("symbole monétaire retiré (€)", "currency sign removed (€)"),
    "change-percent-sign-removed": Wording("signe % retiré", "% sign removed"),
    "change-minus-sign-normalised": Wording("signe moins harmonisé", "minus sign made consistent"),
    "change-plus-sign-removed": Wording("signe + retiré", "+ sign removed"),
    "change-decimal-zeros-removed": Wording(
        "zéros inutiles après la virgule retirés (12,0 → 12)",
        "needless zeros after the decimal point removed (12.0 → 12)",
    ),
    "change-boolean-mapped": Wording(
        "« Oui », « Non » et leurs équivalents remplacés par les valeurs du schéma",
        "“Yes”, “No” and their equivalents replaced by the schema's values",
    ),
    "change-boolean-empty-false": Wording(
        "case vide comprise comme « non » (colonne de croix)",
        "empty cell read as “no” (a column of crosses)",
    ),
    "change-enum-case": Wording(
        "majuscules, accents ou espaces rectifiés pour retrouver la valeur autorisée",
        "capitals, accents or spaces corrected to match the allowed value",
    ),
    "change-enum-spelling": Wording(
        "orthographe rapprochée de la valeur autorisée", "spelling matched to the allowed value"
    ),
    "change-siret-spaces-removed": Wording(
        "espaces et points retirés des numéros SIRET", "spaces and dots removed from SIRET numbers"
    ),
    "change-siren-spaces-removed": Wording(
        "espaces et points retirés des numéros SIREN", "spaces and dots removed from SIREN numbers"
    ),
    "change-leading-zeros-restored": Wording(
        "zéros de tête rétablis, perdus par Excel (1000 → 01000)",
        "leading zeros Excel had dropped restored (1000 → 01000)",
    ),
}

CONVERSION_FAILURES: dict[str, Wording] = {
    "failure-conversion-disabled": Wording(
        "vous avez désactivé cette conversion pour la colonne",
        "you turned this conversion off for the column",
    ),
    "failure-pattern-mismatch": Wording(
        "la valeur n'a pas la forme demandée par le schéma",
        "the value does not have the form the schema asks for",
    ),
    "failure-date-unparsable": Wording(
        "n'est pas une date reconnue : écrivez-la par exemple 15/03/2024",
        "is not a recognised date: write it for example 15/03/2024",
    ),
    "failure-date-invalid": Wording(
        "cette date n'existe pas (31 février…)", "this date does not exist (31 February…)"
    ),
    "failure-date-order-conflict": Wording(
        "jour et mois ne se lisent pas dans le même ordre que dans le reste de la colonne",
        "day and month do not read in the same order as in the rest of the column",
    ),
    "failure-date-incomplete": Wording(
        "date incomplète : il manque le jour ou le mois", "incomplete date: day or month missing"
    ),
    "failure-date-has-time": Wording(
        "contient une heure, alors que le schéma attend une date seule",
        "holds a time, while the schema expects a date only",
    ),
    "failure-datetime-without-time": Wording(
        "il manque l'heure, que le schéma demande", "the time the schema asks for is missing"
    ),
    "failure-time-unparsable": Wording(
        "n'est pas une heure reconnue : écrivez-la par exemple 14:30",
        "is not a recognised time: write it for example 14:30",
    ),
    "failure-number-unparsable": Wording("n'est pas un nombre", "is not a number"),
    "failure-number-scientific-notation": Wording(
        "Excel a affiché ce nombre en notation scientifique (2,43E+13) et sa valeur exacte est "
        "perdue : retapez-le en entier",
        "Excel showed this number in scientific notation (2.43E+13) and its exact value is "
        "lost: type it again in full",
    ),
    "failure-number-accounting-negative": Wording(
        "nombre négatif écrit entre parenthèses : écrivez-le avec un signe moins",
        "negative number written in brackets: write it with a minus sign",
    ),
    "failure-number-mixed-separators": Wording(
        "virgules et points mélangés : DataMairie ne peut pas savoir lequel est décimal",
        "commas and points mixed: DataMairie cannot tell which one is the decimal separator",
    ),
    "failure-integer-has-decimals": Wording(
        "nombre à virgule, alors que le schéma attend un nombre entier",
        "number with decimals, while the schema expects a whole number",
    ),
    "failure-boolean-unknown": Wording(
        "ne se lit ni comme « oui » ni comme « non »", "reads neither as “yes” nor as “no”"
    ),
    "failure-enum-unknown": Wording(
        "ne fait pas partie des valeurs autorisées par le schéma",
        "is not one of the values the schema allows",
    ),
    "failure-enum-ambiguous": Wording(
        "ressemble à plusieurs valeurs autorisées : choisissez la bonne",
        "looks like several allowed values: choose the right one",
    ),
    "failure-siret-scientific-notation": Wording(
        "numéro SIRET abîmé par Excel (affiché 2,43E+13) : retapez-le en entier, dans une "
        "cellule au format Texte",
        "SIRET number damaged by Excel (shown as 2.43E+13): type it again in full, in a cell "
        "formatted as Text",
    ),
    "failure-siret-wrong-length": Wording(
        "un numéro SIRET compte 14 chiffres", "a SIRET number has 14 digits"
    ),
    "failure-siret-invalid-characters": Wording(
        "un numéro SIRET ne contient que des chiffres", "a SIRET number holds only digits"
    ),
    "failure-siren-scientific-notation": Wording(
        "numéro SIREN abîmé par Excel (notation scientifique) : retapez-le en entier",
        "SIREN number damaged by Excel (scientific notation): type it again in full",
    ),
    "failure-siren-wrong-length": Wording(
        "un numéro SIREN compte 9 chiffres", "a SIREN number has 9 digits"
    ),
    "failure-siren-invalid-characters": Wording(
        "un numéro SIREN ne contient que des chiffres", "a SIREN number holds only digits"
    ),
}
