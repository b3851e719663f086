"""Keys that act on what was typed: they must see every key typed before them.

A priority binding is handled by the app the moment its key arrives, while the keys before it
may still wait in the focused field's queue (a paste, a burst over a slow remote link). An
action that reads the fields therefore runs behind those keys, in the field's own queue.
"""

from collections.abc import Callable
from typing import Any

from textual.screen import Screen


def after_typed_keys(screen: Screen[Any], action: Callable[[], object]) -> None:
    """Run `action` once the focused widget of `screen` has handled every key sent before."""
    focused = screen.focused
    if focused is None:
        action()
    else:
        focused.call_later(action)
