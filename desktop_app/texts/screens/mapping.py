"""Words of the Correspondance page: which column feeds which field, and how."""

from __future__ import annotations

from desktop_app.texts.wording import Wording

W = Wording

MAPPING_PAGE: dict[str, Wording] = {
    "yes": W("oui", "yes"),
    "step-mapping": W("Recherche des correspondances…", "Matching the columns…"),
    "mapping-table-name": W("Correspondance des champs", "Field mapping"),
    "mapping-origin-saved": W(
        "La correspondance enregistrée la dernière fois pour ces colonnes a été appliquée.",
        "The mapping saved last time for these columns was applied.",
    ),
    "mapping-origin-suggested": W(
        "DataMairie propose cette correspondance ; vérifiez-la, surtout les champs en gras.",
        "DataMairie suggests this mapping; check it, especially the fields in bold.",
    ),
    "mapping-origin-changed": W(
        "Correspondance modifiée par vous ; elle sera enregistrée pour la prochaine fois.",
        "Mapping changed by you; it will be saved for next time.",
    ),
    "mapping-missing": W(
        "Champs obligatoires sans colonne : {names}. Ils seront signalés à l'étape Qualité.",
        "Required fields without a column: {names}. They will be reported at the Quality step.",
    ),
    "mapping-combo-name": W("Colonne pour le champ {field}", "Column for field {field}"),
    "map-no-column": W("— aucune colonne —", "— no column —"),
    "map-profile-value": W("Commune : {value}", "Commune: {value}"),
    "map-constant": W("Valeur fixe : {value}", "Fixed value: {value}"),
    "map-unconverted": W(
        "{count} valeurs laissées telles quelles",
        "{count} values left as written",
        "{count} valeur laissée telle quelle",
        "{count} value left as written",
        "count",
    ),
    "map-guess": W("{share} — supposition à vérifier", "{share} — a guess to check"),
    "map-values-to-check": W(
        "Titre identique au champ : colonne retenue ; ses valeurs à corriger seront montrées "
        "à l'étape Qualité",
        "Label identical to the field: column kept; its values to correct will be shown at "
        "the Quality step",
    ),
    "column-use-title": W("Colonne déjà utilisée", "Column already used"),
    "column-use-question": W(
        "La colonne « {column} » remplit déjà : {fields}. Voulez-vous la déplacer ici, ou "
        "l'utiliser pour les deux champs ?",
        "The column “{column}” already fills: {fields}. Do you want to move it here, or use "
        "it for both fields?",
    ),
    "column-use-move": W("&Déplacer ici", "&Move it here"),
    "column-use-both": W("&Utiliser pour les deux", "&Use for both"),
    "column-use-cancel": W("Annuler", "Cancel"),
    "map-col-field": W("Champ", "Field"),
    "map-col-required": W("Obligatoire", "Required"),
    "map-col-column": W("Colonne de votre fichier", "Column of your file"),
    "map-col-confidence": W("Confiance", "Confidence"),
    "map-col-samples": W("Exemples après conversion", "Samples after conversion"),
    "map-col-conversion": W("Conversion appliquée", "Conversion applied"),
}
