"""`python -m benchmarks`: how fast rootcause is, against the floor, for each library size.

Generates synthetic libraries (10, 100, 1,000 and 5,000 sessions by default) in a temporary
folder, measures each as the median of several runs, and prints one table per size, then how
each figure grows with the size. No figure is asserted: the goals are printed beside them.
"""

import argparse
import tempfile
from collections.abc import Sequence
from pathlib import Path

from benchmarks.generate import SIZES, write_library
from benchmarks.measure import Figure, app_figures, board_figure, export_figure, save_figures


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument(
        "--sizes",
        default=",".join(map(str, SIZES)),
        help="library sizes, comma-separated (default: %(default)s)",
    )
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (default: 5)")
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.sizes.split(",") if size.strip()]
    by_size: dict[int, list[Figure]] = {}
    with tempfile.TemporaryDirectory(prefix="rootcause-bench-") as folder:
        for size in sizes:
            path = write_library(Path(folder) / f"library-{size}.json", size)
            mib = path.stat().st_size / 2**20
            figures = [
                *app_figures(path, args.runs),
                *save_figures(path, args.runs),
                board_figure(path, args.runs),
            ]
            by_size[size] = figures
            print(f"\n{size:,} sessions ({mib:.1f} MiB), median of {args.runs} runs\n")
            print(figure_table(figures))
    export = export_figure(args.runs)
    print("\nExport of one session of 500 items\n")
    print(figure_table([export]))
    if len(by_size) > 1:
        print("\nHow each figure grows with the library\n")
        print(growth_table(by_size))
    return 0


def figure_table(figures: Sequence[Figure]) -> str:
    """A Markdown table: measure, rootcause, floor, ratio, goal, whether it is met."""
    lines = [
        "| measure | rootcause | floor | ratio | goal | met |",
        "|---|---:|---:|---:|---|---|",
    ]
    for figure in figures:
        floor = f"{figure.floor:.1f} {figure.unit}" if figure.floor else ""
        ratio = f"{figure.ratio:.2f}x" if figure.ratio else ""
        met = "" if figure.met is None else "yes" if figure.met else "NO"
        lines.append(
            f"| {figure.name} | {figure.value:.1f} {figure.unit} | {floor} | {ratio} "
            f"| {figure.goal} | {met} |"
        )
    return "\n".join(lines)


def growth_table(by_size: dict[int, list[Figure]]) -> str:
    """Each figure (or its ratio to the floor) across the sizes."""
    sizes = sorted(by_size)
    names = [figure.name for figure in by_size[sizes[0]]]
    lines = [
        "| measure | " + " | ".join(f"{size:,}" for size in sizes) + " |",
        "|---|" + "---:|" * len(sizes),
    ]
    for index, name in enumerate(names):
        cells = []
        for size in sizes:
            figure = by_size[size][index]
            ratio = f" ({figure.ratio:.2f}x)" if figure.ratio else ""
            cells.append(f"{figure.value:.1f} {figure.unit}{ratio}")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
