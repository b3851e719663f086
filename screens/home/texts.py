"""What the home screen says, in both languages."""

from workshop.content import board_labels as B
from workshop.content import labels as L
from workshop.phrase import Phrase

TITLE = Phrase(en="Post-mortems", fr="Post-mortems")
EMPTY = Phrase(
    en="rootcause leads the post-mortem of a failed campaign: warning signals, 5 whys, reverse SWOT, biases, lessons and actions, then a page for the wiki.\nPress [b]s[/b] to open a finished example, or [b]n[/b] to start your own.",
    fr="rootcause guide le post-mortem d'une campagne ratée : signaux d'alerte, 5 pourquoi, SWOT inversé, biais, leçons et actions, puis une page pour le wiki.\nAppuyez sur [b]s[/b] pour ouvrir un exemple complet, ou sur [b]n[/b] pour commencer le vôtre.",
)
COLUMNS = (
    L.CAMPAIGN,
    Phrase(en="Updated", fr="Modifié"),
    B.MODE,
    Phrase(en="Step", fr="Étape"),
)
MOST_URGENT = Phrase(en="— the {shown} most urgent", fr="— les {shown} plus urgentes")
ROOT_CAUSES = Phrase(en="Root causes: {causes}", fr="Causes racines : {causes}")
NO_ROOT_CAUSE = Phrase(
    en="No root cause marked yet.", fr="Aucune cause racine marquée pour l'instant."
)
DAMAGED = Phrase(en="⚠ damaged", fr="⚠ abîmée")
MODES = {"workshop": Phrase(en="workshop", fr="atelier"), "solo": Phrase(en="solo", fr="solo")}
DELETE_QUESTION = Phrase(
    en="Move '{title}' to the trash? (u brings it back)",
    fr="Mettre « {title} » à la corbeille ? (u la fait revenir)",
)
DELETED = Phrase(
    en="'{title}' moved to the trash. Press u to undo.",
    fr="« {title} » mise à la corbeille. Appuyez sur u pour annuler.",
)
RESTORED = Phrase(en="'{title}' is back.", fr="« {title} » est revenue.")
PENDING_TITLE = Phrase(
    en="Open actions of earlier sessions: {count}, {overdue} overdue (Tab to reach them)",
    fr="Actions ouvertes des sessions passées : {count}, dont {overdue} en retard (Tab pour y aller)",
)


GONE = Phrase(
    en="This session is no longer in the library: it was deleted from another window. The list shows the library as it is now.",
    fr="Cette session n'est plus dans la bibliothèque : elle a été supprimée depuis une autre fenêtre. La liste montre la bibliothèque telle qu'elle est.",
)
