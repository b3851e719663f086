"""The interface's language: translating texts and the key labels Textual shows."""

from dataclasses import replace
from typing import cast

from textual.app import App
from textual.binding import ActiveBinding
from textual.dom import DOMNode
from textual.reactive import var

from screens.texts import CANCEL, KEYS
from workshop.content import board_labels as B
from workshop.content import labels as L
from workshop.phrase import Phrase
from workshop.vocabulary import Language

DELETE = Phrase(en="Delete", fr="Supprimer")
UNDO = Phrase(en="Undo", fr="Annuler")
DONE = Phrase(en="Done", fr="Faite")

ACTION_LABELS: dict[str, Phrase] = {
    "quit": Phrase(en="Quit", fr="Quitter"),
    "next_step": Phrase(en="Next", fr="Suivant"),
    "previous_step": Phrase(en="Back", fr="Retour"),
    "go_to_step": Phrase(en="Steps", fr="Étapes"),
    "toggle_timer": Phrase(en="Timer", fr="Minuteur"),
    "extend_timer": Phrase(en="+5 min", fr="+5 min"),
    "reset_timer": Phrase(en="Reset timer", fr="Remettre le minuteur"),
    "toggle_guidance": Phrase(en="Guide", fr="Guide"),
    "skip_step": Phrase(en="Skip step", fr="Passer l'étape"),
    "home": Phrase(en="Library", fr="Bibliothèque"),
    "help": KEYS,
    "switch_language": Phrase(en="Français", fr="English"),
    "open_session": Phrase(en="Open", fr="Ouvrir"),
    "new_session": Phrase(en="New", fr="Nouvelle"),
    "delete_session": DELETE,
    "undo_delete": UNDO,
    "add_sample": Phrase(en="Sample", fr="Exemple"),
    "export_session": Phrase(en="Export", fr="Exporter"),
    "add_item": Phrase(en="Add", fr="Ajouter"),
    "add_kpi": Phrase(en="Add KPI", fr="Ajouter un KPI"),
    "toggle_signal": Phrase(en="Tick", fr="Cocher"),
    "edit_note": L.NOTE,
    "add_child": Phrase(en="Why?", fr="Pourquoi ?"),
    "add_sibling": Phrase(en="Other cause", fr="Autre cause"),
    "edit_item": Phrase(en="Edit", fr="Modifier"),
    "delete_item": DELETE,
    "undo": UNDO,
    "toggle_root_cause": Phrase(en="Root cause", fr="Cause racine"),
    "cycle_status": L.STATUS,
    "export_markdown": Phrase(en="Save page", fr="Enregistrer la page"),
    "export_json": Phrase(en="Save JSON", fr="Enregistrer le JSON"),
    "copy_page": Phrase(en="Copy", fr="Copier"),
    "cancel": CANCEL,
    "confirm": Phrase(en="Confirm", fr="Confirmer"),
    "reload_session": Phrase(en="Reload", fr="Recharger"),
    "retry_save": Phrase(en="Retry save", fr="Réessayer"),
    # 5 whys and reverse SWOT steps
    "edit_problem": L.PROBLEM,
    "edit_evidence": L.EVIDENCE,
    "add_weakness": L.SWOT_KINDS["weakness"],
    "add_threat": L.SWOT_KINDS["threat"],
    "edit_conversion": Phrase(en="Turn round", fr="Retourner"),
    # bias check, lessons and actions steps
    "mark_cleared": Phrase(en="Cleared", fr="Écarté"),
    "mark_present": Phrase(en="Present", fr="Présent"),
    "mark_not_discussed": Phrase(en="Not discussed", fr="Non abordé"),
    "edit_bias_note": L.NOTE,
    "toggle_action_done": DONE,
    # Follow-up and board
    "mark_done": DONE,
    "board": Phrase(en="Board", fr="Tableau"),
    "follow_up": Phrase(en="Follow up", fr="Suivre"),
    "carry": Phrase(en="Carry over", fr="Reprendre"),
    "start": Phrase(en="Start session", fr="Commencer"),
    # the failure board screen
    "board_period": L.PERIOD,
    "board_channel": Phrase(en="Channel", fr="Canal"),
    "board_mode": B.MODE,
    "save_board": Phrase(en="Save page", fr="Exporter"),
    "tab_causes": Phrase(en="Root causes tab", fr="Onglet causes racines"),
    "tab_lessons": Phrase(en="Lessons tab", fr="Onglet leçons"),
    "tab_biases": Phrase(en="Biases tab", fr="Onglet biais"),
    "tab_actions": Phrase(en="Actions tab", fr="Onglet actions"),
    "tab_months": Phrase(en="Timeline tab", fr="Onglet chronologie"),
    "previous_tab": Phrase(en="Previous tab", fr="Onglet précédent"),
    "next_tab": Phrase(en="Next tab", fr="Onglet suivant"),
}
"""The label of each action in the footer, the help screen and the command palette."""


class LocalizedApp(App[None]):
    """An app that speaks the user's language; apps that don't (in tests) speak English."""

    ui_language: var[Language] = var("en")
    """The language of the interface; each session keeps its own for its exported page."""


def language_of(node: DOMNode) -> Language:
    """The interface language of the app `node` belongs to."""
    app = node.app
    return app.ui_language if isinstance(app, LocalizedApp) else "en"


def localized_bindings(
    bindings: dict[str, ActiveBinding], language: Language
) -> dict[str, ActiveBinding]:
    """The active bindings with their descriptions in `language`."""
    result = {}
    for key, active in bindings.items():
        label = ACTION_LABELS.get(active.binding.action)
        if label is not None:
            active = active._replace(
                binding=replace(active.binding, description=label.text(language))
            )
        result[key] = active
    return result


class Localized:
    """Mixin for screens and widgets: `t()` puts a phrase in the interface's language."""

    @property
    def language(self) -> Language:
        """The interface language."""
        return language_of(cast(DOMNode, self))

    def t(self, phrase: Phrase, **values: object) -> str:
        """`phrase` in the interface language, with `values` filled in."""
        text = phrase.text(self.language)
        return text.format(**values) if values else text
