"""Where the library lives: the one module that knows the user's paths."""

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "rootcause"
LIBRARY_ENV = "ROOTCAUSE_DB"
"""Environment variable naming the library file; tests point it into a temporary folder."""
LIBRARY_FILE = "library.json"


def default_library_path() -> Path:
    """The library file: $ROOTCAUSE_DB if set, else library.json in the user's data folder."""
    chosen = os.environ.get(LIBRARY_ENV, "").strip()
    if chosen:
        return Path(chosen).expanduser()
    return user_data_path(APP_NAME, appauthor=False) / LIBRARY_FILE


def library_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The library file chosen by --db, or the default one."""
    if explicit is not None and str(explicit).strip():
        return Path(explicit).expanduser()
    return default_library_path()
