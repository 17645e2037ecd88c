"""Words for the codes of core/metadata: refused descriptions, licences, templates, frequencies.

Parameters: ``text`` (what the agent typed, or a schema's title), ``name`` (the commune),
``count`` (a length or a number), ``value`` (a field's value), ``first``/``last`` (two dates).
"""

from __future__ import annotations

from desktop_app.texts.wording import Wording

_SLUG_FR = "(en minuscules, sans accents, les espaces remplacés par des tirets)"
_SLUG_EN = "(lower case, without accents, spaces replaced by dashes)"

METADATA_PROBLEMS: dict[str, Wording] = {
    "metadata-title-missing": Wording(
        "Donnez un titre au jeu de données : data.gouv.fr le refuse sans titre.",
        "Give the dataset a title: data.gouv.fr refuses it without one.",
    ),
    "metadata-title-placeholder": Wording(
        "Le titre contient encore « {value} » : la commune n'est pas choisie. Choisissez-la "
        "dans les réglages (page d'accueil), ou écrivez son nom à la place.",
        "The title still holds “{value}”: the commune is not chosen. Choose it in the "
        "settings (welcome page), or write its name instead.",
    ),
    "metadata-description-placeholder": Wording(
        "La description contient encore « {value} » : écrivez le nom de la commune à la "
        "place (ou choisissez la commune dans les réglages).",
        "The description still holds “{value}”: write the commune's name instead (or choose "
        "the commune in the settings).",
    ),
    "metadata-title-too-long": Wording(
        "Le titre compte {count} caractères ; data.gouv.fr en accepte 350 au plus. "
        "Raccourcissez-le et mettez le détail dans la description.",
        "The title is {count} characters long; data.gouv.fr accepts 350 at most. Shorten it "
        "and put the details in the description.",
    ),
    "metadata-description-missing": Wording(
        "Décrivez le jeu de données : data.gouv.fr le refuse sans description.",
        "Describe the dataset: data.gouv.fr refuses it without a description.",
    ),
    "metadata-description-too-long": Wording(
        "La description compte {count} caractères ; data.gouv.fr en accepte 100 000 au plus. "
        "Raccourcissez-la.",
        "The description is {count} characters long; data.gouv.fr accepts 100,000 at most. "
        "Shorten it.",
    ),
    "metadata-description-short": Wording(
        "La description ne compte que {count} caractères. data.gouv.fr l'accepte, mais sa "
        "note de qualité demande au moins 100 caractères : dites ce que contiennent les "
        "données, d'où elles viennent et à quelle fréquence elles changent.",
        "The description is only {count} characters long. data.gouv.fr accepts it, but its "
        "quality score asks for at least 100: say what the data holds, where it comes from "
        "and how often it changes.",
    ),
    "metadata-keyword-length": Wording(
        f"Le mot-clé « {{value}} » sera enregistré {_SLUG_FR} et doit alors compter entre 3 "
        "et 96 caractères. Allongez-le, raccourcissez-le ou supprimez-le.",
        f"The keyword “{{value}}” will be stored {_SLUG_EN} and must then be 3 to 96 "
        "characters long. Lengthen it, shorten it or remove it.",
    ),
    "metadata-frequency-unknown": Wording(
        "La fréquence de mise à jour « {value} » n'existe pas sur data.gouv.fr. Choisissez-en "
        "une dans la liste.",
        "The update frequency “{value}” does not exist on data.gouv.fr. Choose one from the list.",
    ),
    "metadata-frequency-unset": Wording(
        "Indiquez à quelle fréquence vous mettrez ces données à jour (par exemple « Mensuelle "
        "» ou « Annuelle ») : la note de qualité de data.gouv.fr en tient compte.",
        "Say how often you will update this data (for instance “Monthly” or “Annual”): "
        "data.gouv.fr's quality score counts it.",
    ),
    "metadata-coverage-missing": Wording(
        "Indiquez la période couverte par les données (date de début, et de fin s'il y en a "
        "une) : la note de qualité de data.gouv.fr en tient compte.",
        "Give the period the data covers (start date, and end date if there is one): "
        "data.gouv.fr's quality score counts it.",
    ),
    "metadata-coverage-reversed": Wording(
        "La période couverte finit ({last}) avant de commencer ({first}). Corrigez l'une des "
        "deux dates.",
        "The period covered ends ({last}) before it starts ({first}). Correct one of the two "
        "dates.",
    ),
    "metadata-zone-missing": Wording(
        "Indiquez la commune que couvrent les données : renseignez son code INSEE dans le "
        "profil de la commune.",
        "Give the commune the data covers: fill in its INSEE code in the commune profile.",
    ),
    "metadata-zone-invalid": Wording(
        "La couverture géographique « {value} » n'est pas écrite comme data.gouv.fr l'attend "
        "(fr:commune: suivi du code INSEE, par exemple fr:commune:38433).",
        "The spatial coverage “{value}” is not written as data.gouv.fr expects (fr:commune: "
        "followed by the INSEE code, for instance fr:commune:38433).",
    ),
    "metadata-zone-unknown": Wording(
        "Aucune commune n'a aujourd'hui le code INSEE de « {value} » : data.gouv.fr refuserait "
        "cette couverture. La commune a peut-être fusionné ; vérifiez son code INSEE dans le "
        "profil de la commune.",
        "No commune has the INSEE code of “{value}” today: data.gouv.fr would refuse this "
        "coverage. The commune may have merged; check its INSEE code in the commune profile.",
    ),
    "metadata-granularity-unknown": Wording(
        "La précision géographique « {value} » n'existe pas sur data.gouv.fr. Choisissez « À "
        "l'échelle de la commune » ou « Liste de lieux ».",
        "The spatial granularity “{value}” does not exist on data.gouv.fr. Choose “At commune "
        "level” or “List of places”.",
    ),
    "metadata-licence-unknown": Wording(
        "La licence « {value} » n'est pas l'une des deux qu'une administration peut choisir "
        "pour ses données : choisissez la Licence Ouverte 2.0 ou l'ODbL.",
        "The licence “{value}” is not one of the two an administration may choose for its "
        "data: choose the Licence Ouverte 2.0 or the ODbL.",
    ),
}

LICENCE_TEXTS: dict[str, Wording] = {
    "licence-lov2": Wording(
        "Licence Ouverte 2.0 (recommandée)", "Licence Ouverte 2.0 (recommended)"
    ),
    "licence-lov2-about": Wording(
        "Chacun peut réutiliser les données librement, y compris pour un usage commercial, à "
        "la seule condition de citer la commune comme source. C'est la licence recommandée "
        "par l'État pour les données publiques : elle facilite au maximum leur réutilisation.",
        "Anyone may reuse the data freely, commercial use included, on the sole condition of "
        "naming the commune as the source. It is the licence the State recommends for public "
        "data: it makes reuse as easy as possible.",
    ),
    "licence-odc-odbl": Wording("ODbL (partage à l'identique)", "ODbL (share-alike)"),
    "licence-odc-odbl-about": Wording(
        "Chacun peut réutiliser les données en citant la commune, mais toute base de données "
        "qui en dérive et qui est diffusée doit l'être sous la même licence. Ce choix protège "
        "le caractère ouvert des données, mais peut décourager les entreprises de les "
        "réutiliser.",
        "Anyone may reuse the data by naming the commune, but any database derived from it "
        "and shared must be shared under the same licence. This keeps the data open, but may "
        "put companies off reusing it.",
    ),
    "granularity-fr:commune": Wording("À l'échelle de la commune", "At commune level"),
    "granularity-poi": Wording("Liste de lieux", "List of places"),
}

DATASET_TEMPLATES: dict[str, Wording] = {
    "dataset-title": Wording("{text} — {name}", "{text} — {name}"),
    "dataset-title-free": Wording("{text} — {name}", "{text} — {name}"),
    "dataset-title-scdl/deliberations": Wording(
        "Délibérations du conseil municipal de {name}",
        "Délibérations du conseil municipal de {name}",
    ),
    "dataset-title-scdl/subventions": Wording(
        "Subventions accordées par la commune de {name}",
        "Subventions accordées par la commune de {name}",
    ),
    "dataset-title-scdl/budget": Wording(
        "Budget de la commune de {name}", "Budget de la commune de {name}"
    ),
    "dataset-title-scdl/equipements": Wording(
        "Équipements publics de la commune de {name}", "Équipements publics de la commune de {name}"
    ),
    "dataset-title-scdl/catalogue": Wording(
        "Catalogue des données de la commune de {name}",
        "Catalogue des données de la commune de {name}",
    ),
    "dataset-title-scdl/prenoms": Wording(
        "Prénoms des enfants nés à {name}", "Prénoms des enfants nés à {name}"
    ),
    "dataset-title-scdl/menus-collectifs": Wording(
        "Menus de la restauration collective de {name}",
        "Menus de la restauration collective de {name}",
    ),
    # The description is published on data.gouv.fr, in French whatever the agent's language.
    # The main file's own description: it earns data.gouv.fr's "documented file" point.
    "dataset-resource-description": Wording(
        "Fichier CSV (UTF-8) des données, conforme au schéma national « {text} » de "
        "schema.data.gouv.fr ; une ligne par enregistrement, les colonnes dans l'ordre du "
        "schéma.",
        "Fichier CSV (UTF-8) des données, conforme au schéma national « {text} » de "
        "schema.data.gouv.fr ; une ligne par enregistrement, les colonnes dans l'ordre du "
        "schéma.",
    ),
    "dataset-resource-description-free": Wording(
        "Fichier CSV (UTF-8) des données ; la première ligne donne le nom des colonnes.",
        "Fichier CSV (UTF-8) des données ; la première ligne donne le nom des colonnes.",
    ),
    "dataset-description": Wording(
        "Données publiées par la commune de {name} selon le schéma national « {text} » "
        "({version}) de schema.data.gouv.fr. Ce schéma fixe les colonnes et leurs formats : "
        "les données de toutes les collectivités qui le suivent se lisent et se comparent de "
        "la même manière.",
        "Données publiées par la commune de {name} selon le schéma national « {text} » "
        "({version}) de schema.data.gouv.fr. Ce schéma fixe les colonnes et leurs formats : "
        "les données de toutes les collectivités qui le suivent se lisent et se comparent de "
        "la même manière.",
    ),
    "dataset-description-free": Wording(
        "Données « {text} » publiées par la commune de {name}, au format CSV (UTF-8, virgule "
        "comme séparateur) pour être lues par tous les tableurs et logiciels.",
        "Données « {text} » publiées par la commune de {name}, au format CSV (UTF-8, virgule "
        "comme séparateur) pour être lues par tous les tableurs et logiciels.",
    ),
}

_FREQUENCIES: tuple[tuple[str, str, str], ...] = (
    ("continuous", "Temps réel", "Real time"),
    ("oneMinute", "Toutes les minutes", "Every minute"),
    ("fiveMinutes", "Toutes les cinq minutes", "Every five minutes"),
    ("tenMinutes", "Toutes les dix minutes", "Every ten minutes"),
    ("fifteenMinutes", "Tous les quarts d'heure", "Every fifteen minutes"),
    ("thirtyMinutes", "Toutes les demi-heures", "Every thirty minutes"),
    ("hourly", "Toutes les heures", "Hourly"),
    ("bihourly", "Toutes les deux heures", "Every two hours"),
    ("trihourly", "Toutes les trois heures", "Every three hours"),
    ("twelveHours", "Toutes les douze heures", "Every twelve hours"),
    ("severalTimesADay", "Plusieurs fois par jour", "Several times a day"),
    ("threeTimesADay", "Trois fois par jour", "Three times a day"),
    ("semidaily", "Deux fois par jour", "Twice a day"),
    ("daily", "Quotidienne", "Daily"),
    ("fiveTimesAWeek", "Cinq fois par semaine", "Five times a week"),
    ("threeTimesAWeek", "Trois fois par semaine", "Three times a week"),
    ("semiweekly", "Deux fois par semaine", "Twice a week"),
    ("weekly", "Hebdomadaire", "Weekly"),
    ("biweekly", "Toutes les deux semaines", "Every two weeks"),
    ("threeTimesAMonth", "Trois fois par mois", "Three times a month"),
    ("semimonthly", "Deux fois par mois", "Twice a month"),
    ("monthly", "Mensuelle", "Monthly"),
    ("bimonthly", "Tous les deux mois", "Every two months"),
    ("quarterly", "Trimestrielle", "Quarterly"),
    ("threeTimesAYear", "Trois fois par an", "Three times a year"),
    ("semiannual", "Semestrielle", "Twice a year"),
    ("annual", "Annuelle", "Annual"),
    ("biennial", "Tous les deux ans", "Every two years"),
    ("triennial", "Tous les trois ans", "Every three years"),
    ("quadrennial", "Tous les quatre ans", "Every four years"),
    ("quinquennial", "Tous les cinq ans", "Every five years"),
    ("decennial", "Tous les dix ans", "Every ten years"),
    ("bidecennial", "Tous les vingt ans", "Every twenty years"),
    ("tridecennial", "Tous les trente ans", "Every thirty years"),
    ("punctual", "Ponctuelle (une seule fois)", "Once only"),
    ("irregular", "Irrégulière", "Irregular"),
    ("never", "Jamais", "Never"),
    ("notPlanned", "Pas de mise à jour prévue", "No update planned"),
    ("other", "Autre", "Other"),
    ("unknown", "Inconnue", "Unknown"),
)

FREQUENCY_LABELS: dict[str, Wording] = {
    f"frequency-{identifier}": Wording(french, english)
    for identifier, french, english in _FREQUENCIES
}
