"""Writes the students' copy of the course: every notebook without its reference solutions.

Cells tagged `solution` are removed; everything else (exercises, check cells, outputs) stays as it is.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat

from course_tools import constants

SOLUTION_TAG = "solution"


def is_solution(cell) -> bool:
    return SOLUTION_TAG in cell.metadata.get("tags", [])


def copy_without_solutions(source: Path, target: Path) -> int:
    """Writes `source` to `target` without its solution cells; returns how many were removed."""
    notebook = nbformat.read(source, as_version=4)
    kept = [cell for cell in notebook.cells if not is_solution(cell)]
    removed = len(notebook.cells) - len(kept)
    notebook.cells = kept
    nbformat.write(notebook, target)
    return removed


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="scripts/student-copy", allow_abbrev=False,
                                     description="Write every notebook without its `solution` cells.")
    parser.add_argument("output", type=Path, metavar="OUTPUT_DIR", help="where the students' notebooks go")
    arguments = parser.parse_args(argv)
    arguments.output.mkdir(parents=True, exist_ok=True)
    for path in sorted(constants.NOTEBOOKS.glob("*.ipynb")):
        removed = copy_without_solutions(path, arguments.output / path.name)
        print(f"{path.name}: {removed} solution cell(s) removed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
