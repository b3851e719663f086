"""Every text is written once, in every language, and is used: no copy, no gap, no dead one."""

import ast
import re

import pytest

from tests.import_graph import PROJECT, project_modules
from workshop.phrase import Phrase

SOURCES = project_modules()


def phrase_calls() -> list[tuple[str, int, tuple[tuple[str, str], ...]]]:
    """Every `Phrase(...)` written in the source: where, and its texts."""
    found = []
    for name, path in SOURCES.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Phrase":
                texts = tuple(
                    (str(k.arg), k.value.value)
                    for k in node.keywords
                    if isinstance(k.value, ast.Constant) and isinstance(k.value.value, str)
                )
                if len(texts) == len(node.keywords):  # written out, not built from others
                    found.append((name, node.lineno, texts))
    return found


def defined_phrases() -> list[tuple[str, str]]:
    """(module, NAME) of each phrase given a name at the top of a module."""
    found = []
    for name, path in SOURCES.items():
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            target = node.targets[0] if isinstance(node, ast.Assign) else None
            if isinstance(node, ast.AnnAssign):
                target = node.target
            value = getattr(node, "value", None)
            if (
                isinstance(target, ast.Name)
                and isinstance(value, ast.Call)
                and getattr(value.func, "id", None) == "Phrase"
            ):
                found.append((name, target.id))
    return found


def test_the_scan_finds_the_phrases() -> None:
    """The scan reads the screens, the storage errors and the content (guards the tests)."""
    modules = {module for module, _, _ in phrase_calls()}
    assert {"screens.steps.base", "storage.errors", "workshop.content.steps"} <= modules
    assert len(phrase_calls()) > 500


def test_no_text_is_written_twice() -> None:
    """Two phrases with the same texts are one phrase, imported where it is needed."""
    seen: dict[tuple[tuple[str, str], ...], str] = {}
    twice = []
    for module, line, texts in phrase_calls():
        if texts in seen:
            twice.append(f"{module}:{line} repeats {seen[texts]}")
        else:
            seen[texts] = f"{module}:{line}"
    assert twice == []


def test_every_named_phrase_is_used() -> None:
    """A phrase given a name is used somewhere (no dead text left behind a change)."""
    corpus = {name: path.read_text(encoding="utf-8") for name, path in SOURCES.items()}
    corpus |= {str(p): p.read_text(encoding="utf-8") for p in (PROJECT / "tests").rglob("*.py")}
    dead = []
    for module, name in defined_phrases():
        uses = sum(len(re.findall(rf"\b{name}\b", text)) for text in corpus.values())
        if uses < 2:  # its definition is one
            dead.append(f"{module}.{name}")
    assert dead == []


def test_every_phrase_has_every_language() -> None:
    """Each phrase is written in every language of the product; the test names what lacks one."""
    missing = [
        f"{module}:{line} lacks {', '.join(Phrase(**dict(texts)).missing())}"
        for module, line, texts in phrase_calls()
        if texts and Phrase(**dict(texts)).missing()
    ]
    assert missing == []


def test_a_phrase_without_a_language_is_named() -> None:
    """The completeness check names the language a phrase lacks (it can fail)."""
    assert Phrase(en="Saved").missing() == ["fr"]
    assert Phrase(en="Saved", fr="Enregistré").text("fr") == "Enregistré"
    with pytest.raises(TypeError):
        Phrase(en="Saved", xx="?")
