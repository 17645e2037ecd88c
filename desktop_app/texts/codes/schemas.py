"""What the schema catalogue can report: unknown schemas, odd schemas, refresh failures.

Written for an agent who knows Excel, not file formats: no jargon, no blame, one clear step.
"""

from __future__ import annotations

from desktop_app.texts.wording import Wording

SCHEMA_ERRORS: dict[str, Wording] = {
    "schema-not-found": Wording(
        "Le catalogue ne contient aucun schéma nommé « {name} ». Vérifiez son orthographe. "
        "Schémas possibles : {names}.",
        "The catalogue holds no schema named “{name}”. Check its spelling. Possible schemas: "
        "{names}.",
    ),
    "schema-version-not-found": Wording(
        "Le schéma « {name} » n'a pas de version {version}. Versions publiées : {versions}.",
        "The schema “{name}” has no version {version}. Published versions: {versions}.",
    ),
    "schema-not-tabular": Wording(
        "Le schéma « {name} » ne décrit pas un tableau (il est de type « {type} ») : "
        "DataMairie ne sait préparer que des tableaux. Choisissez un autre schéma, ou "
        "publiez sans schéma.",
        "The schema “{name}” does not describe a table (its kind is “{type}”): DataMairie "
        "can only prepare tables. Choose another schema, or publish without a schema.",
    ),
    "schema-version-not-downloaded": Wording(
        "La version {version} du schéma « {name} » n'est pas enregistrée sur cet ordinateur. "
        "Choisissez la dernière version, ou connectez-vous à internet et mettez à jour la "
        "liste des schémas.",
        "Version {version} of the schema “{name}” is not stored on this computer. Choose the "
        "latest version, or go online and update the list of schemas.",
    ),
    "schema-damaged": Wording(
        "Le fichier de la version {version} du schéma « {name} » est abîmé sur cet "
        "ordinateur. Mettez à jour la liste des schémas ; si le problème revient, "
        "réinstallez DataMairie.",
        "The file of version {version} of the schema “{name}” is damaged on this computer. "
        "Update the list of schemas; if the problem comes back, reinstall DataMairie.",
    ),
    "schema-not-table-schema": Wording(
        "Le schéma « {name} » ne décrit aucune colonne : DataMairie ne peut pas s'en servir. "
        "Choisissez un autre schéma.",
        "The schema “{name}” describes no column: DataMairie cannot use it. Choose another schema.",
    ),
    "schema-catalogue-unreadable": Wording(
        "La liste des schémas fournie avec DataMairie est introuvable ou abîmée ({file}). "
        "Réinstallez DataMairie.",
        "The list of schemas shipped with DataMairie is missing or damaged ({file}). "
        "Reinstall DataMairie.",
    ),
    "schema-file-not-found": Wording(
        "Le fichier de schéma « {file} » est introuvable : il a peut-être été déplacé ou "
        "renommé. Vérifiez où il se trouve, puis choisissez-le de nouveau.",
        "The schema file “{file}” cannot be found: it may have been moved or renamed. Check "
        "where it is, then choose it again.",
    ),
    "schema-file-unreadable": Wording(
        "L'ordinateur n'a pas pu lire le fichier de schéma « {file} ». Copiez-le sur votre "
        "bureau, puis choisissez cette copie.",
        "The computer could not read the schema file “{file}”. Copy it to your desktop, then "
        "choose that copy.",
    ),
    "schema-file-not-json": Wording(
        "« {file} » n'est pas un fichier de schéma : un schéma est un fichier .json, comme "
        "ceux de schema.data.gouv.fr. Vérifiez que vous avez choisi le bon fichier.",
        "“{file}” is not a schema file: a schema is a .json file, like those of "
        "schema.data.gouv.fr. Check that you chose the right file.",
    ),
    "schema-file-not-table-schema": Wording(
        "« {file} » ne décrit pas les colonnes d'un tableau : ce n'est pas un schéma que "
        "DataMairie peut utiliser. Demandez à la personne qui vous l'a fourni le fichier "
        "« schema.json » du schéma.",
        "“{file}” does not describe the columns of a table: it is not a schema DataMairie "
        "can use. Ask whoever gave it to you for the schema's “schema.json” file.",
    ),
}

SCHEMA_NOTICES: dict[str, Wording] = {
    "schema-misspelt-constraints": Wording(
        "Le schéma écrit « contraints » au lieu de « constraints » pour les champs {names} ; "
        "DataMairie a appliqué ces règles comme prévu. Rien à faire de votre côté.",
        "The schema writes “contraints” instead of “constraints” for the fields {names}; "
        "DataMairie applied these rules as intended. Nothing to do on your side.",
        fr_one="Le schéma écrit « contraints » au lieu de « constraints » pour le champ "
        "{names} ; DataMairie a appliqué ces règles comme prévu. Rien à faire de votre côté.",
        en_one="The schema writes “contraints” instead of “constraints” for the field {names}; "
        "DataMairie applied these rules as intended. Nothing to do on your side.",
        count="count",
    ),
    "schema-constraints-outside": Wording(
        "Le schéma place certaines règles (valeur obligatoire, liste de valeurs, forme "
        "imposée) à un endroit inhabituel pour les champs {names} ; DataMairie les applique "
        "quand même. Rien à faire de votre côté.",
        "The schema puts some rules (required value, list of values, imposed form) in an "
        "unusual place for the fields {names}; DataMairie applies them anyway. Nothing to do "
        "on your side.",
        fr_one="Le schéma place certaines règles (valeur obligatoire, liste de valeurs, forme "
        "imposée) à un endroit inhabituel pour le champ {names} ; DataMairie les applique "
        "quand même. Rien à faire de votre côté.",
        en_one="The schema puts some rules (required value, list of values, imposed form) in "
        "an unusual place for the field {names}; DataMairie applies them anyway. Nothing to do "
        "on your side.",
        count="count",
    ),
    "schema-misspelt-example": Wording(
        "Le schéma range ses exemples sous un nom inhabituel pour {count} champs ; DataMairie "
        "les a lus quand même. Rien à faire de votre côté.",
        "The schema files its examples under an unusual name for {count} fields; DataMairie "
        "read them anyway. Nothing to do on your side.",
        fr_one="Le schéma range l'exemple du champ {names} sous un nom inhabituel ; "
        "DataMairie l'a lu quand même. Rien à faire de votre côté.",
        en_one="The schema files the example of the field {names} under an unusual name; "
        "DataMairie read it anyway. Nothing to do on your side.",
        count="count",
    ),
    "schema-example-unparsable": Wording(
        "L'exemple que le schéma donne pour le champ « {field} » (« {example} ») n'a pas la "
        "forme que ce même schéma demande : ne le prenez pas comme modèle. DataMairie vous "
        "indiquera la forme attendue.",
        "The example the schema gives for the field “{field}” (“{example}”) does not have the "
        "form the schema itself requires: do not copy it. DataMairie will show you the "
        "expected form.",
    ),
    "schema-invalid-name": Wording(
        "Le nom interne du schéma (« {name} ») est mal formé ; DataMairie utilise le nom "
        "du catalogue à la place. Rien à faire de votre côté.",
        "The schema's internal name (“{name}”) is malformed; DataMairie uses the catalogue's "
        "name instead. Nothing to do on your side.",
    ),
    "schema-unknown-type": Wording(
        "Le champ « {field} » du schéma a un type que DataMairie ne connaît pas (« {type} ») : "
        "ses valeurs seront vérifiées comme du texte.",
        "The schema's field “{field}” has a type DataMairie does not know (“{type}”): its "
        "values will be checked as text.",
    ),
    "schema-version-differs": Wording(
        "Le fichier du schéma indique la version {declared}, le catalogue la version "
        "{version} : DataMairie retient celle du catalogue, qui sera indiquée sur "
        "data.gouv.fr.",
        "The schema file says version {declared}, the catalogue version {version}: DataMairie "
        "keeps the catalogue's, which will be stated on data.gouv.fr.",
    ),
    "schema-invalid-constraint": Wording(
        "Une règle du champ « {field} » est mal écrite dans le schéma (« {key} ») : "
        "DataMairie ne peut pas la vérifier et l'ignore.",
        "A rule of the field “{field}” is badly written in the schema (“{key}”): DataMairie "
        "cannot check it and ignores it.",
    ),
    "schema-field-without-name": Wording(
        "{count} champs du schéma n'ont pas de nom : DataMairie les ignore.",
        "{count} fields of the schema have no name: DataMairie ignores them.",
        fr_one="Un champ du schéma n'a pas de nom : DataMairie l'ignore.",
        en_one="One field of the schema has no name: DataMairie ignores it.",
        count="count",
    ),
    "schema-invalid-primary-key": Wording(
        "Le schéma désigne comme identifiant des lignes des champs qu'il ne décrit pas "
        "({names}) ; DataMairie n'en tient pas compte.",
        "The schema names as row identifier fields it does not describe ({names}); "
        "DataMairie disregards them.",
    ),
}

CATALOGUE_REFRESH: dict[str, Wording] = {
    "catalogue-offline": Wording(
        "DataMairie n'a pas pu joindre schema.data.gouv.fr : cet ordinateur ne semble pas "
        "connecté à internet. La liste des schémas déjà enregistrée reste utilisable ; "
        "réessayez une fois connecté.",
        "DataMairie could not reach schema.data.gouv.fr: this computer does not seem to be "
        "online. The list of schemas already stored remains usable; try again once online.",
    ),
    "catalogue-timeout": Wording(
        "Le site schema.data.gouv.fr n'a pas répondu à temps. La liste des schémas déjà "
        "enregistrée reste utilisable ; réessayez plus tard.",
        "The site schema.data.gouv.fr did not answer in time. The list of schemas already "
        "stored remains usable; try again later.",
    ),
    "catalogue-tls": Wording(
        "La connexion sécurisée à schema.data.gouv.fr a été refusée : cet ordinateur ne "
        "reconnaît pas le certificat présenté (souvent à cause du filtrage du réseau de la "
        "collectivité). Demandez à votre service informatique d'autoriser schema.data.gouv.fr. "
        "La liste déjà enregistrée reste utilisable.",
        "The secure connection to schema.data.gouv.fr was refused: this computer does not "
        "recognise the certificate presented (often because of the network's filtering). Ask "
        "your IT department to allow schema.data.gouv.fr. The list already stored remains "
        "usable.",
    ),
    "catalogue-proxy": Wording(
        "Le relais internet de votre réseau (proxy) a bloqué l'accès à schema.data.gouv.fr. "
        "Demandez à votre service informatique de l'autoriser. La liste déjà enregistrée "
        "reste utilisable.",
        "Your network's internet relay (proxy) blocked access to schema.data.gouv.fr. Ask your "
        "IT department to allow it. The list already stored remains usable.",
    ),
    "catalogue-http-error": Wording(
        "Le site schema.data.gouv.fr a répondu par une erreur (code {status}) pour « {name} ». "
        "La version déjà enregistrée reste utilisable ; réessayez plus tard.",
        "The site schema.data.gouv.fr answered with an error (code {status}) for “{name}”. The "
        "version already stored remains usable; try again later.",
    ),
    "catalogue-corrupt-download": Wording(
        "Le fichier reçu pour « {name} » était incomplet ou abîmé : DataMairie a gardé la "
        "version précédente. Réessayez plus tard.",
        "The file received for “{name}” was incomplete or damaged: DataMairie kept the "
        "previous version. Try again later.",
    ),
    "catalogue-write-failed": Wording(
        "DataMairie n'a pas pu enregistrer la mise à jour de « {name} » sur cet ordinateur "
        "(disque plein ou dossier protégé ?). La version précédente reste utilisable.",
        "DataMairie could not save the update of “{name}” on this computer (disk full or "
        "protected folder?). The previous version remains usable.",
    ),
    "catalogue-schema-unknown": Wording(
        "Le schéma « {name} » ne figure pas dans le catalogue : il n'a pas été mis à jour.",
        "The schema “{name}” is not in the catalogue: it was not updated.",
    ),
}
