"""What the command line says, in English and French."""

from workshop.phrase import Phrase

DESCRIPTION = Phrase(
    en="Lead the post-mortem of a failed marketing campaign: warning signals, 5 whys, reverse SWOT, anonymous round, bias check, lessons and actions, exported for the team wiki. Without a command, opens the workshop.",
    fr="Menez le post-mortem d'une campagne marketing ratée : signaux d'alerte, 5 pourquoi, SWOT inversé, tour anonyme, vérification des biais, leçons et actions, exportés pour le wiki de l'équipe. Sans commande, ouvre l'atelier.",
)
VERSION_HELP = Phrase(en="show the version and exit", fr="afficher la version et quitter")
DB_HELP = Phrase(
    en="the library file (default: $ROOTCAUSE_DB, or library.json in your data folder)",
    fr="le fichier de la bibliothèque (par défaut : $ROOTCAUSE_DB, ou library.json dans votre dossier de données)",
)
COMMANDS = Phrase(en="commands", fr="commandes")
SAMPLE_HELP = Phrase(
    en="add the sample post-mortem and print its id",
    fr="ajouter le post-mortem d'exemple et afficher son identifiant",
)
LANG_HELP = Phrase(en="language of the sample", fr="langue de l'exemple")
LIST_HELP = Phrase(
    en="list the sessions of the library", fr="lister les sessions de la bibliothèque"
)
JSON_HELP = Phrase(en="print a JSON array", fr="afficher un tableau JSON")
EXPORT_HELP = Phrase(
    en="export a session as a Markdown page or a JSON file",
    fr="exporter une session en page Markdown ou en fichier JSON",
)
ID_HELP = Phrase(
    en="the session's id, or the start of it", fr="l'identifiant de la session, ou son début"
)
FORMAT_HELP = Phrase(en="markdown (default) or json", fr="markdown (par défaut) ou json")
OUTPUT_HELP = Phrase(
    en="write to FILE instead of standard output",
    fr="écrire dans FILE plutôt que sur la sortie standard",
)
FRONT_MATTER_HELP = Phrase(
    en="start the page with YAML front matter (Obsidian, MkDocs)",
    fr="commencer la page par un en-tête YAML (Obsidian, MkDocs)",
)
NOTES_HELP = Phrase(en="include the facilitator's notes", fr="inclure les notes de l'animateur")
FORCE_HELP = Phrase(en="overwrite FILE if it exists", fr="remplacer FILE s'il existe")
IMPORT_HELP = Phrase(
    en="add a session from a JSON export, under a new id, and print that id",
    fr="ajouter une session depuis un export JSON, sous un nouvel identifiant, et afficher celui-ci",
)
FILE_HELP = Phrase(en="the JSON export to read", fr="l'export JSON à lire")
DELETE_HELP = Phrase(
    en="move a session to the trash ('restore' brings it back)",
    fr="mettre une session à la corbeille ('restore' la fait revenir)",
)
RESTORE_HELP = Phrase(
    en="bring a session back from the trash", fr="faire revenir une session de la corbeille"
)
TRASH_HELP = Phrase(en="list the sessions in the trash", fr="lister les sessions de la corbeille")

ERROR = Phrase(en="rootcause: {message}", fr="rootcause : {message}")
FILE_EXISTS = Phrase(
    en="{path} already exists; add --force to replace it.",
    fr="{path} existe déjà ; ajoutez --force pour le remplacer.",
)
NO_FILE_NAMED = Phrase(
    en="-o names no file; give a file name, or - for standard output.",
    fr="-o ne nomme aucun fichier ; donnez un nom de fichier, ou - pour la sortie standard.",
)
NOT_A_FILE = Phrase(
    en="{path} is not a regular file (a folder, a device or a pipe); nothing was written.",
    fr="{path} n'est pas un fichier ordinaire (un dossier, un périphérique ou un tube) ; rien n'a été écrit.",
)
NOT_A_FILE_TO_READ = Phrase(
    en="{path} is not a regular file (a folder, a device or a pipe); nothing was read.",
    fr="{path} n'est pas un fichier ordinaire (un dossier, un périphérique ou un tube) ; rien n'a été lu.",
)
PARENT_NOT_FOLDER = Phrase(
    en="cannot write {path}: {parent} is a file, not a folder.",
    fr="impossible d'écrire {path} : {parent} est un fichier, pas un dossier.",
)
CANNOT_READ = Phrase(en="cannot read {path}: {reason}", fr="impossible de lire {path} : {reason}")
CANNOT_WRITE = Phrase(
    en="cannot write {path}: {reason}", fr="impossible d'écrire {path} : {reason}"
)
BAD_IMPORT = Phrase(
    en="{path} cannot be imported: {reason}", fr="{path} ne peut pas être importé : {reason}"
)
DELETED = Phrase(
    en="{title} moved to the trash; 'rootcause restore {id}' brings it back.",
    fr="{title} mise à la corbeille ; 'rootcause restore {id}' la fait revenir.",
)
RESTORED = Phrase(en="{title} restored.", fr="{title} restaurée.")
EMPTY_LIBRARY = Phrase(
    en="The library is empty. 'rootcause sample' adds a finished example; 'rootcause' opens the workshop.",
    fr="La bibliothèque est vide. 'rootcause sample' ajoute un exemple complet ; 'rootcause' ouvre l'atelier.",
)
EMPTY_TRASH = Phrase(en="The trash is empty.", fr="La corbeille est vide.")

# -- rootcause board ----------------------------------------------------------------------
BOARD_HELP = Phrase(
    en="print the failure board: recurring root causes, lessons, biases, actions, by month",
    fr="afficher le tableau des échecs : causes racines récurrentes, leçons, biais, actions, par mois",
)
BOARD_MARKDOWN_HELP = Phrase(
    en="print a Markdown page for the team wiki (default)",
    fr="afficher une page Markdown pour le wiki de l'équipe (par défaut)",
)
BOARD_JSON_HELP = Phrase(
    en="print JSON for scripts: ids, counts, ISO dates, full answers",
    fr="afficher du JSON pour les scripts : identifiants, nombres, dates ISO, réponses complètes",
)
SINCE_HELP = Phrase(
    en="only sessions filed on or after this day (YYYY-MM-DD)",
    fr="seulement les sessions datées de ce jour ou après (AAAA-MM-JJ)",
)
UNTIL_HELP = Phrase(
    en="only sessions filed on or before this day (YYYY-MM-DD)",
    fr="seulement les sessions datées de ce jour ou avant (AAAA-MM-JJ)",
)
CHANNEL_HELP = Phrase(
    en="only sessions naming this channel (case, accents and punctuation ignored)",
    fr="seulement les sessions qui citent ce canal (casse, accents et ponctuation ignorés)",
)
MODE_HELP = Phrase(
    en="only workshops, or only solo retrospectives",
    fr="seulement les ateliers, ou seulement les rétrospectives en solo",
)
BOARD_LANG_HELP = Phrase(
    en="language of the page (default: the interface language)",
    fr="langue de la page (par défaut : celle de l'interface)",
)
BAD_DATE = Phrase(
    en="expected a date as YYYY-MM-DD, not {value!r}",
    fr="une date AAAA-MM-JJ est attendue, pas {value!r}",
)
DATES_REVERSED = Phrase(
    en="--since {since} comes after --until {until}; no session can match",
    fr="--since {since} est postérieur à --until {until} ; aucune session ne peut correspondre",
)
BOARD_UNREADABLE = Phrase(
    en="warning: unreadable sessions left out of the board: {count} ({ids})",
    fr="attention : sessions illisibles laissées hors du tableau : {count} ({ids})",
)
DAMAGED_MARK = Phrase(en="(damaged)", fr="(abîmée)")
EXPORTED_AS_STORED = Phrase(
    en="{reason}; written out as the library holds it: fix the file, then 'rootcause import' it.",
    fr="{reason} ; écrite telle que la bibliothèque la garde : corrigez le fichier, puis « rootcause import ».",
)
DAMAGED_NEEDS_JSON = Phrase(
    en="{reason}. 'rootcause export {ref} --format json' writes it out as it is, for repair.",
    fr="{reason}. « rootcause export {ref} --format json » l'écrit telle quelle, pour la réparer.",
)
