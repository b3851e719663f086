"""Moving between the steps of an open session, and into and out of it."""

from textual.app import App

from screens.steps.base import StepScreen
from screens.workspace import Workspace
from storage.background import SaveStatus
from storage.library import Library
from workshop.session import Session
from workshop.vocabulary import StepId


def step_screen(workspace: Workspace, step: StepId) -> StepScreen:
    """A new screen for `step` of the workspace's session."""
    from screens.steps import STEP_SCREENS
    from screens.steps.devils_advocate import DevilsAdvocateScreen

    if step == "anonymous" and workspace.session.mode == "solo":
        return DevilsAdvocateScreen(workspace)
    return STEP_SCREENS[step](workspace)


def open_session(app: App[None], library: Library, session: Session) -> Workspace:
    """Open `session` at the step it was left at, saving through a new workspace."""
    from screens.app import RootcauseApp, SaveStatusChanged

    def report(status: SaveStatus) -> None:
        app.post_message(SaveStatusChanged(status))

    if not isinstance(app, RootcauseApp):
        workspace = Workspace(library, session, report)
    else:
        workspace = Workspace(library, session, report, app.clock, app.today)
        app.close_workspace()
        app.open_workspace = workspace
    app.push_screen(step_screen(workspace, session.step))
    return workspace


def close_session(app: App[None]) -> None:
    """Save the open session and go back to the library."""
    from screens.app import RootcauseApp

    if isinstance(app, RootcauseApp):
        app.close_workspace()
    app.pop_screen()
