"""The Markdown page: its structure, its wording, and the golden pages of the sample."""

import os
from datetime import date
from pathlib import Path

import pytest

from tests.workshop.markdown_tree import all_tokens, mkdocs_tags, tokens
from workshop.export.markdown import session_markdown
from workshop.sample import sample_session
from workshop.session import Session, WhyNode
from workshop.vocabulary import LANGUAGES, Language

GOLDEN = Path(__file__).parent / "golden"
UPDATE_GOLDEN = os.environ.get("ROOTCAUSE_UPDATE_GOLDEN") == "1"


@pytest.mark.parametrize("language", LANGUAGES)
def test_sample_page_matches_golden_file(language: Language) -> None:
    """The sample's page is exactly the reviewed golden page (set ROOTCAUSE_UPDATE_GOLDEN=1)."""
    page = session_markdown(sample_session(language))
    golden = GOLDEN / f"sample_{language}.md"
    if UPDATE_GOLDEN:
        golden.write_text(page, encoding="utf-8")
    assert page == golden.read_text(encoding="utf-8")


def headings(page: str) -> list[tuple[str, str]]:
    found = []
    stream = tokens(page)
    for index, token in enumerate(stream):
        if token.type == "heading_open":
            found.append((token.tag, stream[index + 1].content))
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_one_h1_then_h2_per_step_and_nothing_deeper_than_h3(language: Language) -> None:
    """The page has one H1, an H2 for each of the 8 steps, and no heading below H3."""
    tags = [tag for tag, _ in headings(session_markdown(sample_session(language)))]
    assert tags[0] == "h1" and tags.count("h1") == 1
    assert tags.count("h2") == 8
    assert set(tags) <= {"h1", "h2", "h3"}


def test_sections_come_in_method_order() -> None:
    """The H2 sections follow the method's steps in order."""
    h2 = [text for tag, text in headings(session_markdown(sample_session("en"))) if tag == "h2"]
    assert h2 == [
        "The case",
        "Warning signals",
        "The 5 whys",
        "Reverse SWOT",
        "Anonymous round",
        "Bias check",
        "Lessons learned",
        "Actions",
    ]


def table_rows(page: str) -> list[int]:
    """The number of body rows of each table, in page order."""
    counts: list[int] = []
    inside = False
    for token in tokens(page):
        if token.type == "tbody_open":
            counts.append(0)
            inside = True
        elif token.type == "tbody_close":
            inside = False
        elif token.type == "tr_open" and inside:
            counts[-1] += 1
    return counts


def test_tables_have_one_row_per_item() -> None:
    """KPIs, signals, reverse SWOT, biases and actions are tables with one row per item."""
    session = sample_session("en")
    observed = [s for s in session.signals.values() if s.checked or s.note.strip()]
    assert table_rows(session_markdown(session)) == [
        len(session.case.kpis),
        len(observed),
        len(session.swot),
        len(session.biases),
        len(session.actions),
    ]


def test_no_raw_html_anywhere() -> None:
    """The page holds no HTML for any wiki to pass through."""
    for language in LANGUAGES:
        page = session_markdown(sample_session(language), notes=True, front_matter=False)
        kinds = {token.type for token in all_tokens(page)}
        assert not kinds & {"html_inline", "html_block"}


def why_depths(page: str) -> list[int]:
    """The list nesting depth of each why, in page order (1 = directly under the problem)."""
    depths: list[int] = []
    depth = 0
    in_whys = False
    for token in tokens(page):
        if token.type == "heading_open" and token.tag == "h2":
            in_whys = False
        if token.type == "inline" and token.content in ("The 5 whys",):
            in_whys = True
        if not in_whys:
            continue
        if token.type == "bullet_list_open":
            depth += 1
        elif token.type == "bullet_list_close":
            depth -= 1
        elif token.type == "list_item_open" and depth > 0:
            depths.append(depth)
    return depths


def tree_depths(session: Session) -> list[int]:
    """The depth of each why in the order the page lists them (depth-first)."""
    order: list[int] = []

    def walk(parent: str | None, depth: int) -> None:
        for node in session.whys:
            if node.parent_id == parent:
                order.append(depth)
                walk(node.id, depth + 1)

    walk(None, 1)
    return order


def test_why_tree_renders_as_nested_lists() -> None:
    """Each why is a list item nested as deep as it stands in the tree."""
    session = sample_session("en")
    assert why_depths(session_markdown(session)) == tree_depths(session)


def test_why_tree_nests_the_same_in_mkdocs() -> None:
    """Python-Markdown (MkDocs) nests the why lists as deep as markdown-it-py does."""
    session = sample_session("en")
    tags = mkdocs_tags(session_markdown(session))
    depth = most = 0
    for tag in tags:
        if tag == "ul":
            depth += 1
            most = max(most, depth)
        elif tag == "/ul":
            depth -= 1
    assert most == max(tree_depths(session))


def test_root_cause_is_marked_and_listed() -> None:
    """A root cause is marked in the tree and listed again under "Root causes"."""
    page = session_markdown(sample_session("en"))
    assert page.count("**(root cause)**") == len(sample_session("en").root_causes)
    assert "**Root causes:**" in page


def test_actions_are_also_a_task_list() -> None:
    """Each action appears as a task item, ticked only when done."""
    session = sample_session("en")
    page = session_markdown(session)
    tasks = [line for line in page.splitlines() if line.startswith(("- [ ] ", "- [x] "))]
    assert len(tasks) == len(session.actions)
    done = sum(1 for action in session.actions if action.status == "done")
    assert sum(1 for line in tasks if line.startswith("- [x] ")) == done


def test_lessons_grouped_by_category_in_fixed_order() -> None:
    """Lessons sit under an H3 per category, in the method's category order."""
    page = session_markdown(sample_session("en"))
    h3 = [text for tag, text in headings(page) if tag == "h3"]
    categories = [
        t for t in h3 if t in ("Strategic", "Operational", "Communication", "Technological")
    ]
    assert categories == sorted(
        categories, key=["Strategic", "Operational", "Communication", "Technological"].index
    )
    assert categories


def test_anonymous_entries_keep_stored_order_without_attribution() -> None:
    """Anonymous entries appear in their stored order, grouped by prompt, with nothing else."""
    session = sample_session("en")
    page = session_markdown(session)
    positions = [page.index(entry.text.replace(".", "\\.")) for entry in session.anonymous_entries]
    by_prompt: dict[str, list[int]] = {}
    for entry, position in zip(session.anonymous_entries, positions, strict=True):
        by_prompt.setdefault(entry.prompt, []).append(position)
    for group in by_prompt.values():
        assert group == sorted(group)


def test_labels_follow_the_session_language() -> None:
    """A French session gets French headings and labels, an English one English."""
    french = session_markdown(sample_session("fr"))
    english = session_markdown(sample_session("en"))
    assert "**Problème :**" in french and "**Problem:**" not in french
    assert "**Problem:**" in english and "Problème" not in english


def test_notes_only_on_request() -> None:
    """Facilitator notes appear only when asked for."""
    session = sample_session("en").model_copy(update={"notes": "Private remark"})
    assert "Private remark" not in session_markdown(session)
    assert "Private remark" in session_markdown(session, notes=True)


def test_front_matter_only_on_request() -> None:
    """YAML front matter is off by default, and opens the page when asked for."""
    session = sample_session("en")
    assert not session_markdown(session).startswith("---")
    page = session_markdown(session, front_matter=True)
    assert page.startswith("---\ntitle: ")
    assert page.split("---\n", 2)[2].lstrip().startswith("# ")


def test_front_matter_quotes_hostile_titles() -> None:
    """A title full of YAML syntax stays one quoted scalar in the front matter."""
    case = sample_session("en").case.model_copy(update={"campaign": 'a: b\n- c "d" #e'})
    page = session_markdown(
        sample_session("en").model_copy(update={"case": case}), front_matter=True
    )
    assert 'title: "a: b - c \\"d\\" #e"\n' in page


def test_skipped_step_says_so() -> None:
    """A skipped step keeps its heading and says it was skipped."""
    session = sample_session("en").model_copy(update={"skipped": ["swot"]})
    page = session_markdown(session)
    section = page.split("## Reverse SWOT\n\n", 1)[1]
    assert section.startswith("This step was skipped.")


def test_empty_session_renders_every_step() -> None:
    """A brand-new session still gives a valid page with every step and a placeholder title."""
    page = session_markdown(Session())
    assert [t for t, _ in headings(page)].count("h2") == 8
    assert "Untitled campaign" in page


def test_kpi_gap_is_computed_with_sign() -> None:
    """The KPI table shows the computed gap, signed, and whether the KPI was missed."""
    page = session_markdown(sample_session("en"))
    kpi = sample_session("en").case.kpis[1]
    assert kpi.gap is not None and kpi.gap < 0
    row = next(line for line in page.splitlines() if line.startswith(f"| {kpi.name} |"))
    assert kpi.unit == "%"
    assert f"| {kpi.gap.normalize():f} pts |" in row and row.endswith("| yes |")


def test_solo_session_titles_the_round_as_devils_advocate() -> None:
    """In solo mode the anonymous round's section is the devil's advocate."""
    session = sample_session("en").model_copy(update={"mode": "solo"})
    h2 = [text for tag, text in headings(session_markdown(session)) if tag == "h2"]
    assert "Anonymous round" not in h2
    assert len(h2) == 8


def test_why_without_parent_branches_under_problem() -> None:
    """Two whys without a parent are two branches at the top of the tree."""
    session = Session(
        problem="Sales fell",
        whys=[WhyNode(id="a", answer="First"), WhyNode(id="b", answer="Second")],
        case={"campaign": "X", "period_start": date(2026, 1, 1)},
    )
    assert why_depths(session_markdown(session)) == [1, 1]


def test_page_filename_is_a_safe_slug_of_the_title() -> None:
    """The default file name is the title in lower-case ASCII words joined by hyphens."""
    from workshop.export.filename import page_filename

    assert page_filename("Relance été 2026 !") == "relance-ete-2026.md"
    assert page_filename("../../etc/passwd") == "etc-passwd.md"
    assert page_filename("🔥🔥", "json") == "post-mortem.json"
    assert len(page_filename("x" * 500)) <= 63


def test_unrevealed_entries_stay_off_the_page() -> None:
    """Before the facilitator's reveal, the page counts the entries but shows none of them."""
    session = sample_session("en")
    hidden = session.model_copy(
        update={"round": session.round.model_copy(update={"revealed": False})}
    )
    page = session_markdown(hidden)
    for entry in session.anonymous_entries:
        assert entry.text.split(".")[0] not in page
    assert f"{len(session.anonymous_entries)} entries, not revealed to the group yet." in page


def test_merged_duplicates_appear_once_with_their_count() -> None:
    """A merged entry is one line with its count, its duplicate's text not repeated."""
    from workshop.steps.anonymous import merge_entries, toggle_discuss

    session = sample_session("en")
    first, second = session.anonymous_entries[2], session.anonymous_entries[3]
    entries = merge_entries(session.anonymous_entries, first.id, second.id)
    entries = toggle_discuss(entries, first.id)
    page = session_markdown(session.model_copy(update={"anonymous_entries": entries}))
    assert "**(2 entries alike)** *(to discuss)*" in page
    assert second.text.split(",")[0].replace(".", "\\.") not in page
