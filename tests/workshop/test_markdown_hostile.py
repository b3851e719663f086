"""Whatever a user types, the exported page keeps its structure and shows the text as typed."""

import functools
import html
import re
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from markdown_it.token import Token

from tests.workshop import markdown_tree
from tests.workshop.markdown_tree import (
    all_tokens,
    block_shape,
    commonmark_text,
    mkdocs_html,
    mkdocs_tags,
    mkdocs_text,
    tokens,
)
from workshop.export.escape import clean_lines
from workshop.export.markdown import session_markdown
from workshop.export.session_json import session_from_json, session_json
from workshop.sample import sample_session
from workshop.session import Session

Setter = Callable[[Session, str], Session]


def _case(field: str) -> Setter:
    def put(session: Session, text: str) -> Session:
        case = session.case.model_copy(update={field: text})
        return session.model_copy(update={"case": case})

    return put


def _item(collection: str, index: int, field: str) -> Setter:
    def put(session: Session, text: str) -> Session:
        items = list(getattr(session, collection))
        items[index] = items[index].model_copy(update={field: text})
        return session.model_copy(update={collection: items})

    return put


def _kpi(field: str) -> Setter:
    def put(session: Session, text: str) -> Session:
        kpis = list(session.case.kpis)
        kpis[0] = kpis[0].model_copy(update={field: text})
        return _case("kpis")(session, kpis)  # type: ignore[arg-type]

    return put


def _signal_note(session: Session, text: str) -> Session:
    signals = dict(session.signals)
    signals["low_roi"] = signals["low_roi"].model_copy(update={"note": text})
    return session.model_copy(update={"signals": signals})


def _bias_note(session: Session, text: str) -> Session:
    biases = dict(session.biases)
    biases["hindsight"] = biases["hindsight"].model_copy(update={"note": text})
    return session.model_copy(update={"biases": biases})


def _channel(session: Session, text: str) -> Session:
    return _case("channels")(session, [text, *session.case.channels[1:]])  # type: ignore[arg-type]


def _top(field: str) -> Setter:
    def put(session: Session, text: str) -> Session:
        return session.model_copy(update={field: text})

    return put


FIELDS: dict[str, Setter] = {
    "campaign": _case("campaign"),
    "objective": _case("objective"),
    "currency": _case("currency"),
    "channel": _channel,
    "kpi name": _kpi("name"),
    "kpi unit": _kpi("unit"),
    "signal note": _signal_note,
    "problem": _top("problem"),
    "why answer": _item("whys", 0, "answer"),
    "root cause answer": _item("whys", 4, "answer"),
    "why evidence": _item("whys", 0, "evidence"),
    "swot text": _item("swot", 0, "text"),
    "swot conversion": _item("swot", 0, "conversion"),
    "anonymous text": _item("anonymous_entries", 0, "text"),
    "anonymous prompt": _item("anonymous_entries", 0, "prompt"),
    "bias note": _bias_note,
    "lesson text": _item("lessons", 0, "text"),
    "action what": _item("actions", 0, "what"),
    "action owner": _item("actions", 0, "owner"),
    "action kpi": _item("actions", 0, "kpi"),
    "action target": _item("actions", 0, "target"),
    "action result": _item("actions", 0, "result"),
    "notes": _top("notes"),
}

HOSTILE = [
    "# Heading",
    "Title\n===",
    "line one\n---\nline three",
    "- item\n* item\n+ item\n1. item\n2) item",
    "> quote\n>> nested",
    "    indented code\n\tand a tab",
    "```python\nprint(1)\n```",
    "~~~\nfence\n~~~",
    "| a | b |\n|---|---|\n| c | d |",
    "<script>alert(1)</script><b>bold</b><!-- comment -->",
    "[link](http://example.com) ![img](x.png) [ref]: http://x",
    "<http://example.com> https://example.com",
    "**bold** __bold__ *it* _it_ ~~strike~~ `code`",
    "&amp; &lt; &#60; &copy; \\ \\\\ \\*",
    "$x^2$ and $$y$$ and $5/$6",
    "%%hidden%% ==highlight== [[Wiki Link]] #tag",
    "[^1] footnote\n[^1]: the note",
    "!!! warning\n??? note\n: definition",
    "- [ ] task\n- [x] done",
    "a\r\nb\rc\u2028d\u2029e\x85f",
    "ctrl \x00\x01\x07\x08\x1b[31mred\x1b[0m\x7f\x9b end",
    "\u202eevil override\u202c and \u2067isolate",
    "شكرا لكم على المشاركة",
    "עברית עם English",
    "😀👩‍👩‍👧‍👦🇫🇷 emoji",
    "x" * 100_000,
    "  leading and trailing  \n\n\n  blank lines  ",
    "*",
    "-",
    "1.",
    "\\",
    "|",
]

visible_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=80
)
hostile_text = st.one_of(
    st.sampled_from(HOSTILE),
    st.lists(st.sampled_from(HOSTILE[:-8]), min_size=2, max_size=4).map("\n".join),
    visible_text,
    st.lists(st.sampled_from(list("#*_-+=|>`~[]()!<&\\$%:.?\n \t1")), min_size=1, max_size=30).map(
        "".join
    ),
)


def reference(field: str) -> Session:
    """The sample with `field` holding harmless text, to compare shapes with."""
    return FIELDS[field](sample_session("en"), "plain words")


@functools.cache
def reference_shape(field: str) -> list[tuple[str, str, int]]:
    """The block structure of the reference page of `field` (read once: parsing is the cost)."""
    return block_shape(session_markdown(reference(field), notes=True))


def shape_and_token_types(
    page: str, stream: list[Token] | None = None
) -> tuple[list[tuple[str, str, int]], set[str]]:
    """The page's block_shape and the types of all_tokens, from one parse (the cost)."""
    stream = tokens(page) if stream is None else stream
    shape = [(t.type, t.tag, t.level) for t in stream if t.type != "inline"]
    return shape, {t.type for t in stream} | {c.type for t in stream for c in t.children or []}


@dataclass(frozen=True)
class ReadBack:
    """What markdown_tree's helpers read in a page, from one parse by each parser."""

    shape: list[tuple[str, str, int]]
    token_types: set[str]
    commonmark_text: str
    mkdocs_tags: list[str]
    mkdocs_text: str


def read_once(page: str) -> ReadBack:
    """block_shape, all_tokens' types, commonmark_text, mkdocs_tags and mkdocs_text of `page`,
    with one parse by each parser (the helpers parse again each: parsing is the cost)."""
    stream = tokens(page)
    shape, types = shape_and_token_types(page, stream)
    rendered = markdown_tree._MD.renderer.render(stream, markdown_tree._MD.options, {})
    mkdocs = mkdocs_html(page)
    return ReadBack(
        shape=shape,
        token_types=types,
        commonmark_text=html.unescape(markdown_tree._TAG.sub(" ", rendered)),
        mkdocs_tags=[t for t in re.findall(r"<(/?[a-z0-9]+)", mkdocs) if t not in ("br", "/br")],
        mkdocs_text=html.unescape(markdown_tree._TAG.sub(" ", mkdocs)),
    )


@functools.cache
def reference_tags(field: str) -> list[str]:
    """The HTML tags Python-Markdown makes of the reference page of `field` (read once)."""
    return mkdocs_tags(session_markdown(reference(field), notes=True))


def expected_lines(text: str) -> list[str]:
    return clean_lines(text)


def whitespace_folded(text: str) -> str:
    return " ".join(text.split())


def test_one_parse_reads_the_page_as_the_tree_helpers_do() -> None:
    """read_once reads what markdown_tree's helpers read (guards the shortcut against drift)."""
    for text in HOSTILE[:20]:
        page = session_markdown(FIELDS["problem"](sample_session("en"), text), notes=True)
        assert read_once(page) == ReadBack(
            shape=block_shape(page),
            token_types={t.type for t in all_tokens(page)},
            commonmark_text=commonmark_text(page),
            mkdocs_tags=mkdocs_tags(page),
            mkdocs_text=mkdocs_text(page),
        )


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_known_hostile_text_changes_no_structure(field: str, text: str) -> None:
    """Each known hostile input, in each typed field, leaves the page's block structure alone."""
    assume_visible = clean_lines(text)
    if not assume_visible:
        pytest.skip("nothing visible to render")
    page = session_markdown(FIELDS[field](sample_session("en"), text), notes=True)
    shape, types = shape_and_token_types(page)
    assert shape == reference_shape(field)
    assert not types & {"html_inline", "html_block", "link_open", "image"}


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(field=st.sampled_from(list(FIELDS)), text=hostile_text)
def test_random_text_keeps_structure_and_shows_as_typed(field: str, text: str) -> None:
    """Random text in any field keeps the page's structure, in both parsers, and reads as typed."""
    lines = clean_lines(text)
    assume(lines)
    session = FIELDS[field](sample_session("en"), text)
    page = session_markdown(session, notes=True)
    read = read_once(page)
    assert read.shape == reference_shape(field)
    assert read.mkdocs_tags == reference_tags(field)
    shown = whitespace_folded(read.commonmark_text)
    shown_mkdocs = whitespace_folded(read.mkdocs_text)
    for line in lines:
        assert whitespace_folded(line) in shown
        assert whitespace_folded(line) in shown_mkdocs


@settings(max_examples=150, deadline=None)
@given(field=st.sampled_from(list(FIELDS)), text=hostile_text)
def test_random_text_survives_the_json_round_trip(field: str, text: str) -> None:
    """Any text typed in any field comes back from a JSON export exactly as typed."""
    session = FIELDS[field](sample_session("en"), text)
    back = session_from_json(session_json(session))
    assert back == session
    assert session_markdown(back, notes=True) == session_markdown(session, notes=True)
