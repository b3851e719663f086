"""Writing user text into Markdown so that it renders as the text typed, and nothing more.

The scheme held for thousands of generated inputs in markdown-it-py and Python-Markdown (MkDocs):
normalise line ends and tabs; backslash-escape exactly the characters both parsers honour; then
write the few characters that still carry meaning as HTML entities, the ampersand first. User text
never starts a block: every line we write begins with our own prefix, and leading blanks go.
"""

import re

_BACKSLASHED = frozenset("\\`*_{}[]()>#+-.!|")
_ENTITIES = (("&", "&amp;"), ("<", "&lt;"), ("~", "&#126;"), ("$", "&#36;"), ("%%", "&#37;&#37;"))
"""`~` would strike through, `$` opens maths in GitHub and Obsidian, `%%` hides text in Obsidian."""
_LINE_START_ENTITIES = {"=": "&#61;", ":": "&#58;", "?": "&#63;"}
"""Under a line, `=` makes a heading; `:` and `???` open definition lists and details in MkDocs."""

_LINE_BREAKS = re.compile(r"\r\n|[\r\n\u0085\u2028\u2029\x0b\x0c]")
_INVISIBLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff]")
"""Control characters and bidirectional overrides, which could reorder the rest of the page."""


def clean_lines(text: str) -> list[str]:
    """The lines of `text` as they can appear in a page: no control characters, no blank line."""
    text = _INVISIBLE.sub("", _LINE_BREAKS.sub("\n", text)).replace("\t", " ")
    return [line.strip() for line in text.split("\n") if line.strip()]


def escape_line(line: str) -> str:
    """One line of user text as inline Markdown that renders exactly as typed."""
    escaped = "".join(f"\\{char}" if char in _BACKSLASHED else char for char in line)
    for char, entity in _ENTITIES:
        escaped = escaped.replace(char, entity)
    first = escaped[:1]
    if first in _LINE_START_ENTITIES:
        escaped = _LINE_START_ENTITIES[first] + escaped[1:]
    return escaped


def inline(text: str) -> str:
    """User text on one line (a heading, a table cell): its lines joined by a slash."""
    return " / ".join(escape_line(line) for line in clean_lines(text))


def block(text: str, indent: str) -> str:
    """User text as hard-broken lines; every line after the first is indented by `indent`."""
    return f"  \n{indent}".join(escape_line(line) for line in clean_lines(text))


def plain(text: str) -> str:
    """User text on one line, without Markdown escapes, for YAML front matter."""
    return " ".join(clean_lines(text))
