"""The two apps whose start-up is compared, each run in a fresh process, headless.

`python -m benchmarks.apps bare` runs a bare Textual app (Header, Static, Footer) that exits
after its first paint. `python -m benchmarks.apps rootcause LIBRARY` runs rootcause on LIBRARY
until the home screen has painted with the library loaded, then opens the failure board and
exits once it has painted. Each prints one JSON line: its peak memory and, for rootcause, how
long the board took to appear.
"""

import json
import resource
import sys
from pathlib import Path


def _report(**values: float) -> None:
    print(json.dumps({"peak_mib": _peak_kib() / 1024, **values}))


def _peak_kib() -> int:
    """This process's peak resident memory. Not getrusage: on Linux its maxrss survives the
    exec of a forked process, so a child would report its parent's peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def run_bare() -> None:
    from textual.app import App, ComposeResult
    from textual.widgets import Footer, Header, Static

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield Header()
            yield Static("A bare Textual app")
            yield Footer()

        def on_mount(self) -> None:
            self.call_after_refresh(self.exit)

    Bare().run(headless=True)
    _report()


def run_rootcause(path: Path, *, board: bool = True) -> None:
    # Imported here, so that the start-up measured includes importing rootcause.
    from benchmarks.measured_app import MeasuredApp
    from storage.library import Library

    timings: dict[str, float] = {}
    with Library.open(path) as library:
        MeasuredApp(library, timings, board=board).run(headless=True)
    _report(**timings)


if __name__ == "__main__":
    if sys.argv[1:2] == ["bare"]:
        run_bare()
    else:
        run_rootcause(Path(sys.argv[2]), board=sys.argv[1] == "rootcause")
