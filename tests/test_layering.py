"""Imports run one way: screens -> storage -> workshop."""

import json
import subprocess
import sys
from pathlib import Path

from tests.import_graph import find_cycle, import_graph

PROJECT = Path(__file__).resolve().parents[1]

IMPORT_ALL = """
import importlib
import json
import pkgutil
import sys

package = importlib.import_module(sys.argv[1])
names = [package.__name__] + [
    info.name for info in pkgutil.walk_packages(package.__path__, package.__name__ + ".")
]
for name in names:
    importlib.import_module(name)
print(json.dumps({"imported": names, "loaded": sorted(sys.modules)}))
"""


def import_everything_in(package: str) -> tuple[list[str], set[str]]:
    """Import `package` and all its modules in a fresh Python; what was imported, what loaded."""
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_ALL, package],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    return report["imported"], set(report["loaded"])


def loaded_from(loaded: set[str], packages: tuple[str, ...]) -> list[str]:
    return sorted(m for m in loaded if m.split(".")[0] in packages)


def test_workshop_imports_no_ui_no_database_no_storage() -> None:
    """Importing every workshop module loads neither textual, tinydb, storage nor screens."""
    imported, loaded = import_everything_in("workshop")
    assert "workshop.session" in imported
    assert "workshop.migrations" in imported
    assert loaded_from(loaded, ("textual", "tinydb", "storage", "screens")) == []


def test_storage_imports_no_ui() -> None:
    """Importing every storage module loads neither textual nor screens."""
    imported, loaded = import_everything_in("storage")
    assert "storage.library" in imported
    assert "tinydb" in loaded
    assert loaded_from(loaded, ("textual", "screens")) == []


def test_command_line_loads_textual_only_for_the_workshop() -> None:
    """`rootcause list` and friends start without importing Textual."""
    script = "import sys, screens.cli; print('textual' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=PROJECT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_the_graph_reads_imports_inside_functions() -> None:
    """The import graph sees lazy imports (the app loads the home screen when it mounts)."""
    graph = import_graph()
    assert "screens.home.screen" in graph["screens.app"]
    assert "workshop.session" in graph["workshop.export.markdown"]


def test_no_import_cycle_anywhere() -> None:
    """No module reaches itself through imports, counting imports inside functions."""
    assert find_cycle(import_graph()) is None


def test_a_cycle_is_found_when_there_is_one() -> None:
    """The cycle finder names a loop (guards the test above against a blind finder)."""
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert find_cycle(graph) == ["a", "b", "c", "a"]


def test_layers_import_one_way_even_lazily() -> None:
    """workshop imports no storage or screens; storage imports no screens, even in functions."""
    below = {"workshop": ("storage", "screens"), "storage": ("screens",), "screens": ()}
    wrong = [
        f"{module} -> {target}"
        for module, targets in import_graph().items()
        for target in targets
        if target.split(".")[0] in below[module.split(".")[0]]
    ]
    assert wrong == []


def test_import_linter_contracts_hold() -> None:
    """The import-linter contracts in pyproject.toml (layers, no Textual in the rules, no
    screen importing the app, even through others) are all kept."""
    linter = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(linter), "--no-cache"], cwd=PROJECT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 kept, 0 broken" in result.stdout
