"""Small modules and functions: the sizes a reader can hold in mind."""

import ast
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
SOURCES = sorted(
    path
    for folder in ("workshop", "storage", "screens", "benchmarks")
    for path in (PROJECT / folder).rglob("*.py")
)
MODULE_LINES, STEP_MODULE_LINES, FUNCTION_LINES, APP_LINES = 400, 300, 40, 150


def lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def test_the_walk_reads_every_layer() -> None:
    """The size checks read the app and the step screens (guards them against an empty walk)."""
    names = {path.relative_to(PROJECT).as_posix() for path in SOURCES}
    assert {"screens/app.py", "screens/steps/base.py", "workshop/session.py"} <= names


def test_no_module_is_long() -> None:
    """No module over 400 lines; a step's screen under 300; the app under 150."""
    too_long = []
    for path in SOURCES:
        name = path.relative_to(PROJECT).as_posix()
        limit = MODULE_LINES
        if name.startswith("screens/steps/"):
            limit = STEP_MODULE_LINES
        if name == "screens/app.py":
            limit = APP_LINES
        if lines(path) > limit:
            too_long.append(f"{name}: {lines(path)} lines (at most {limit})")
    assert too_long == []


def test_no_function_is_long() -> None:
    """No function or method over 40 lines."""
    too_long = [
        f"{path.relative_to(PROJECT)}:{node.lineno} {node.name}: {length} lines"
        for path in SOURCES
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and (length := (node.end_lineno or node.lineno) - node.lineno + 1) > FUNCTION_LINES
    ]
    assert too_long == []
