"""Reading an exported page back with the parsers the wikis use, to check what it renders as."""

import html
import re

import markdown
from markdown_it import MarkdownIt
from markdown_it.token import Token

_MD = MarkdownIt("commonmark").enable(["table", "strikethrough"])
_TAG = re.compile(r"<[^>]+>")


def tokens(page: str) -> list[Token]:
    """markdown-it-py's token stream of `page` (CommonMark + GFM tables and strikethrough)."""
    return _MD.parse(page)


def all_tokens(page: str) -> list[Token]:
    """Every token, inline children included."""
    found: list[Token] = []
    for token in tokens(page):
        found.append(token)
        found.extend(token.children or [])
    return found


def block_shape(page: str) -> list[tuple[str, str, int]]:
    """The page's block structure: each block token's type, tag and nesting level."""
    return [(t.type, t.tag, t.level) for t in tokens(page) if t.type != "inline"]


def commonmark_text(page: str) -> str:
    """The visible text of the page as markdown-it-py renders it."""
    return html.unescape(_TAG.sub(" ", _MD.render(page)))


def mkdocs_html(page: str) -> str:
    """The page rendered by Python-Markdown with the extensions MkDocs sites commonly use."""
    return markdown.markdown(page, extensions=["tables", "sane_lists"])


def mkdocs_tags(page: str) -> list[str]:
    """The sequence of HTML tags Python-Markdown produces ("ul", "/ul"...), line breaks left out."""
    return [t for t in re.findall(r"<(/?[a-z0-9]+)", mkdocs_html(page)) if t not in ("br", "/br")]


def mkdocs_text(page: str) -> str:
    """The visible text of the page as Python-Markdown renders it."""
    return html.unescape(_TAG.sub(" ", mkdocs_html(page)))
