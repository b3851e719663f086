"""The summary: the session as one page for the team wiki, and as JSON to import back."""

from workshop.export.markdown import session_markdown
from workshop.export.session_json import session_json

__all__ = ["session_json", "session_markdown"]
