"""What publishing on data.gouv.fr can answer, in words the agent can act on.

Parameters: ``status`` (the server's HTTP status), ``name`` (an organisation, a schema or a
dataset), ``names`` (organisations), ``value`` (what was sent), ``text`` (what was found),
``field`` (a dataset field), ``file``, ``version``/``versions`` (a schema's versions).
The server's complaints about single fields are added below the message by
``texts.publication_details.explain_publication_error``.
"""

from __future__ import annotations

from desktop_app.texts.wording import Wording

_RESUME_FR = (
    "Ce qui a déjà été envoyé est gardé : relancez la publication, elle reprendra là où elle "
    "s'est arrêtée."
)
_RESUME_EN = (
    "What was already sent is kept: start the publication again and it will resume where it "
    "stopped."
)
_NEW_KEY_FR = (
    "Sur data.gouv.fr, ouvrez « Mon profil » puis « Clés d'API », créez une nouvelle clé et "
    "collez-la dans DataMairie."
)
_NEW_KEY_EN = (
    "On data.gouv.fr, open “My profile” then “API keys”, create a new key and paste it into "
    "DataMairie."
)

PUBLICATION_ERRORS: dict[str, Wording] = {
    "publication-key-missing": Wording(
        f"Aucune clé d'API n'est enregistrée pour cette plateforme. {_NEW_KEY_FR}",
        f"No API key is saved for this platform. {_NEW_KEY_EN}",
    ),
    "publication-key-invalid": Wording(
        "data.gouv.fr refuse la clé d'API : elle a expiré, a été révoquée ou a été mal copiée. "
        f"{_NEW_KEY_FR}",
        f"data.gouv.fr refuses the API key: it expired, was revoked or was copied wrongly. "
        f"{_NEW_KEY_EN}",
    ),
    "publication-forbidden": Wording(
        "Votre compte n'a pas le droit de modifier ce jeu de données. Demandez à un "
        "administrateur de l'organisation sur data.gouv.fr de vous en donner l'accès.",
        "Your account may not change this dataset. Ask an administrator of the organisation on "
        "data.gouv.fr to give you access.",
    ),
    "publication-not-found": Wording(
        "data.gouv.fr ne trouve pas ce qui était demandé (il a peut-être été supprimé). "
        "Choisissez à nouveau le jeu de données à mettre à jour.",
        "data.gouv.fr cannot find what was asked for (it may have been deleted). Choose the "
        "dataset to update again.",
    ),
    "publication-conflict": Wording(
        "data.gouv.fr refuse cette opération sur ce jeu de données (il porte un identifiant "
        "DOI, par exemple). Contactez le support de data.gouv.fr.",
        "data.gouv.fr refuses this operation on this dataset (it has a DOI, for example). "
        "Contact data.gouv.fr's support.",
    ),
    "publication-dataset-deleted": Wording(
        "Ce jeu de données a été supprimé de data.gouv.fr entre-temps. Choisissez « Nouveau "
        "jeu de données » pour publier à nouveau le fichier.",
        "This dataset was deleted from data.gouv.fr in the meantime. Choose “New dataset” to "
        "publish the file again.",
    ),
    "publication-file-too-large": Wording(
        "data.gouv.fr a refusé le fichier parce qu'il est trop gros. Découpez-le (par année, "
        "par exemple) et publiez chaque partie.",
        "data.gouv.fr refused the file because it is too large. Split it (by year, for "
        "example) and publish each part.",
    ),
    "publication-file-type-refused": Wording(
        "data.gouv.fr n'accepte pas ce type de fichier. Publiez le fichier CSV préparé par "
        "DataMairie.",
        "data.gouv.fr does not accept this kind of file. Publish the CSV file DataMairie prepared.",
    ),
    "publication-read-only": Wording(
        "data.gouv.fr n'accepte pas de nouvelles publications en ce moment (maintenance ou "
        f"sécurité). Réessayez dans quelques heures. {_RESUME_FR}",
        "data.gouv.fr does not accept new publications right now (maintenance or security). "
        f"Try again in a few hours. {_RESUME_EN}",
    ),
    "publication-rate-limited": Wording(
        f"data.gouv.fr demande de patienter avant d'envoyer d'autres demandes. Réessayez dans "
        f"quelques minutes. {_RESUME_FR}",
        f"data.gouv.fr asks to wait before sending more requests. Try again in a few minutes. "
        f"{_RESUME_EN}",
    ),
    "publication-server-error": Wording(
        f"data.gouv.fr a rencontré un problème de son côté (erreur {{status}}). Réessayez "
        f"plus tard. {_RESUME_FR}",
        f"data.gouv.fr had a problem on its side (error {{status}}). Try again later. {_RESUME_EN}",
    ),
    "publication-unexpected-answer": Wording(
        "data.gouv.fr a répondu quelque chose d'inattendu (code {status}). Vérifiez l'adresse "
        f"de la plateforme choisie, puis réessayez. {_RESUME_FR}",
        "data.gouv.fr answered something unexpected (code {status}). Check the address of the "
        f"chosen platform, then try again. {_RESUME_EN}",
    ),
    "publication-refused": Wording(
        "data.gouv.fr a refusé ce qui a été envoyé. Corrigez ce qui est indiqué puis "
        "relancez la publication.",
        "data.gouv.fr refused what was sent. Correct what is shown, then start the "
        "publication again.",
    ),
    "publication-proxy": Wording(
        "Le serveur mandataire (proxy) du réseau de la mairie a bloqué la connexion à "
        "data.gouv.fr. Vérifiez que votre navigateur ouvre www.data.gouv.fr ; sinon, "
        "signalez-le à votre service informatique.",
        "The town hall network's proxy blocked the connection to data.gouv.fr. Check that "
        "your browser opens www.data.gouv.fr; otherwise tell your IT department.",
    ),
    "publication-certificate": Wording(
        "La connexion à data.gouv.fr n'a pas pu être sécurisée : le certificat présenté "
        "n'est pas reconnu par cet ordinateur. Signalez-le à votre service informatique, "
        "qui doit installer le certificat de son serveur mandataire.",
        "The connection to data.gouv.fr could not be secured: this computer does not "
        "recognise the certificate it was shown. Tell your IT department, which must install "
        "its proxy's certificate.",
    ),
    "platform-not-https": Wording(
        "La plateforme « {platform} » est refusée : DataMairie n'envoie la clé d'API qu'à "
        "www, à demo ou à une adresse commençant par https://, pour qu'elle ne circule jamais "
        "en clair sur le réseau. Corrigez l'adresse de la plateforme.",
        "The platform “{platform}” is refused: DataMairie only sends the API key to www, demo "
        "or an address starting with https://, so that it never travels unencrypted over the "
        "network. Correct the platform's address.",
    ),
    "publication-redirected-elsewhere": Wording(
        "La plateforme a renvoyé DataMairie vers un autre site ({host}) : DataMairie ne l'a "
        "pas suivi et n'y a rien envoyé, surtout pas la clé d'API. Vérifiez l'adresse de la "
        "plateforme ; si elle est juste, signalez-le à votre service informatique.",
        "The platform sent DataMairie on to another site ({host}): DataMairie did not follow "
        "and sent nothing there, least of all the API key. Check the platform's address; if "
        "it is right, tell your IT department.",
    ),
    "publication-connection-reset": Wording(
        "La connexion avec {host} a été coupée en plein échange, par le serveur ou par un "
        "équipement du réseau. Cet ordinateur est bien connecté : réessayez dans quelques "
        f"minutes. {_RESUME_FR}",
        "The connection with {host} was cut in the middle of an exchange, by the server or by "
        "a network device. This computer is connected: try again in a few minutes. "
        f"{_RESUME_EN}",
    ),
    "publication-connection-refused": Wording(
        "{host} a refusé la connexion : le service est arrêté ou en maintenance, ou un "
        "pare-feu la bloque. Réessayez plus tard ; si cela dure, signalez-le à votre service "
        f"informatique. {_RESUME_FR}",
        "{host} refused the connection: the service is stopped or under maintenance, or a "
        "firewall blocks it. Try again later; if it goes on, tell your IT department. "
        f"{_RESUME_EN}",
    ),
    "publication-name-unknown": Wording(
        "Cet ordinateur ne trouve pas l'adresse de {host} (le nom n'a pas pu être traduit en "
        "adresse, DNS) : la connexion internet est coupée, ou le réseau de la mairie ne sait "
        "pas joindre ce site. Vérifiez qu'un navigateur ouvre www.data.gouv.fr ; sinon, "
        "signalez-le à votre service informatique. Vous pouvez choisir « Publier plus tard ».",
        "This computer cannot find the address of {host} (the name could not be turned into "
        "an address, DNS): the internet connection is down, or the town hall's network cannot "
        "reach this site. Check that a browser opens www.data.gouv.fr; otherwise tell your IT "
        "department. You can choose “Publish later”.",
    ),
    "publication-secure-connection": Wording(
        "La connexion sécurisée avec {host} n'a pas pu être établie (échec de la négociation "
        "TLS) : un équipement du réseau de la mairie la perturbe sans doute. Signalez-le à "
        "votre service informatique.",
        "The secure connection with {host} could not be set up (TLS negotiation failed): a "
        "device of the town hall's network is probably interfering. Tell your IT department.",
    ),
    "publication-timeout": Wording(
        f"data.gouv.fr n'a pas répondu à temps. Vérifiez la connexion internet. {_RESUME_FR}",
        f"data.gouv.fr did not answer in time. Check the internet connection. {_RESUME_EN}",
    ),
    "publication-unreachable": Wording(
        "data.gouv.fr est injoignable : cet ordinateur ne semble pas connecté à internet. "
        f"Vous pouvez choisir « Publier plus tard ». {_RESUME_FR}",
        "data.gouv.fr cannot be reached: this computer does not seem to be connected to the "
        f"internet. You can choose “Publish later”. {_RESUME_EN}",
    ),
    "publication-organization-not-member": Wording(
        "Votre compte n'est pas membre de l'organisation « {name} » sur data.gouv.fr. "
        "Choisissez une de vos organisations, ou demandez à y être ajouté.",
        "Your account is not a member of the organisation “{name}” on data.gouv.fr. Choose "
        "one of your organisations, or ask to be added to it.",
    ),
    "publication-no-organization": Wording(
        "Votre compte data.gouv.fr n'appartient à aucune organisation. Demandez à "
        "l'administrateur de celle de la commune de vous y ajouter.",
        "Your data.gouv.fr account belongs to no organisation. Ask the administrator of the "
        "commune's organisation to add you.",
    ),
    "publication-organization-choice": Wording(
        "Votre compte appartient à plusieurs organisations ({names}) : choisissez celle "
        "au nom de laquelle publier.",
        "Your account belongs to several organisations ({names}): choose the one to publish for.",
    ),
    "publication-file-missing": Wording(
        "Le fichier préparé « {file} » est introuvable. Revenez à l'étape « Qualité » pour le "
        "préparer à nouveau.",
        "The prepared file “{file}” cannot be found. Go back to the “Quality” step to prepare "
        "it again.",
    ),
    "publication-licence-unknown": Wording(
        "data.gouv.fr ne connaît pas la licence « {value} ». Choisissez la Licence Ouverte 2.0 "
        "ou l'ODbL.",
        "data.gouv.fr does not know the licence “{value}”. Choose the Licence Ouverte 2.0 or "
        "the ODbL.",
    ),
    "publication-frequency-unknown": Wording(
        "data.gouv.fr ne connaît pas la fréquence de mise à jour « {value} ». Choisissez-en "
        "une dans la liste.",
        "data.gouv.fr does not know the update frequency “{value}”. Choose one from the list.",
    ),
    "publication-zone-unknown": Wording(
        "data.gouv.fr ne connaît pas la zone géographique « {value} ». Vérifiez le code INSEE "
        "de la commune (ce n'est pas le code postal).",
        "data.gouv.fr does not know the area “{value}”. Check the commune's INSEE code (it "
        "is not the postcode).",
    ),
    "publication-schema-unknown": Wording(
        "data.gouv.fr ne connaît pas le schéma « {name} ». Choisissez un autre schéma, ou "
        "« Sans schéma ».",
        "data.gouv.fr does not know the schema “{name}”. Choose another schema, or “No schema”.",
    ),
    "publication-schema-version-unknown": Wording(
        "data.gouv.fr ne connaît pas la version {version} du schéma « {name} » (versions "
        "connues : {versions}). Mettez à jour la liste des schémas, puis vérifiez le fichier "
        "avec une version connue.",
        "data.gouv.fr does not know version {version} of the schema “{name}” (known versions: "
        "{versions}). Refresh the schema list, then check the file against a known version.",
    ),
    "publication-check-failed": Wording(
        "Le jeu de données publié ne correspond pas à ce qui a été envoyé ({field} : "
        "« {value} » attendu, « {text} » trouvé). Vérifiez-le sur data.gouv.fr et corrigez-le "
        "si besoin.",
        "The published dataset does not match what was sent ({field}: “{value}” expected, "
        "“{text}” found). Check it on data.gouv.fr and correct it if needed.",
    ),
    "publication-resource-missing": Wording(
        "Le jeu de données « {name} » ne contient pas de fichier principal à remplacer. "
        "Choisissez un autre jeu de données, ou publiez un nouveau jeu de données.",
        "The dataset “{name}” holds no main file to replace. Choose another dataset, or "
        "publish a new dataset.",
    ),
    "publication-already-public": Wording(
        "Ce jeu de données est déjà public : DataMairie ne le supprime pas. Pour le retirer, "
        "passez par votre espace sur data.gouv.fr.",
        "This dataset is already public: DataMairie does not delete it. To withdraw it, use "
        "your space on data.gouv.fr.",
    ),
    "publication-state-damaged": Wording(
        "Le suivi de cette publication dans le projet est incomplet. Vérifiez sur data.gouv.fr "
        "ce qui a été publié, puis recommencez la publication.",
        "This project's record of the publication is incomplete. Check on data.gouv.fr what "
        "was published, then start the publication again.",
    ),
    "credentials-key-empty": Wording(
        "Collez la clé d'API copiée sur data.gouv.fr (rubrique « Clés d'API » de votre profil).",
        "Paste the API key copied from data.gouv.fr (the “API keys” section of your profile).",
    ),
    "credentials-key-refused": Wording(
        f"data.gouv.fr refuse cette clé d'API : elle n'a pas été enregistrée. {_NEW_KEY_FR}",
        f"data.gouv.fr refuses this API key: it was not saved. {_NEW_KEY_EN}",
    ),
    "credentials-session-only": Wording(
        "Cet ordinateur n'a pas de trousseau sécurisé : la clé d'API ne sera gardée que "
        "jusqu'à la fermeture de DataMairie, jamais dans un fichier.",
        "This computer has no secure keyring: the API key will only be kept until DataMairie "
        "closes, never in a file.",
    ),
}

PUBLICATION_STEPS: dict[str, Wording] = {
    "publication-step-checking-plan": Wording(
        "Vérification du compte et de la description…", "Checking the account and description…"
    ),
    "publication-step-creating": Wording(
        "Création du jeu de données (privé)…", "Creating the dataset (private)…"
    ),
    "publication-step-choosing": Wording(
        "Lecture du jeu de données à mettre à jour…", "Reading the dataset to update…"
    ),
    "publication-step-uploading": Wording("Envoi du fichier…", "Sending the file…"),
    "publication-step-describing": Wording(
        "Description du fichier et de son schéma…", "Describing the file and its schema…"
    ),
    "publication-step-publishing": Wording(
        "Mise à jour de la description du jeu de données…", "Updating the dataset's description…"
    ),
    "publication-step-checking": Wording(
        "Relecture de ce qui a été publié…", "Reading back what was published…"
    ),
    "publication-step-done": Wording("Publication terminée.", "Publication finished."),
    "publication-step-draft-kept": Wording(
        "Brouillon prêt : le jeu de données reste privé.", "Draft ready: the dataset stays private."
    ),
}
