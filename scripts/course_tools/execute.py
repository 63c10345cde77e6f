"""Runs notebooks through the course kernel and stores their fresh outputs, as an author does before committing.

The tests then re-run each notebook and compare with what is stored.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from course_tools import constants

CELL_TIMEOUT_SECONDS = 300


def execute(path: Path) -> list[tuple[int, str, str]]:
    """Runs one notebook in a fresh course kernel, stores it with its outputs, and returns the errors it showed
    as (cell index, exception name, message)."""
    notebook = nbformat.read(path, as_version=4)
    notebook.metadata["kernelspec"] = dict(constants.KERNELSPEC_METADATA)
    # an author's run records no exercise progress in ~/.java-course (the empty path turns recording off)
    os.environ["JAVA_COURSE_PROGRESS"] = ""
    NotebookClient(notebook, kernel_name=constants.KERNEL_NAME, timeout=CELL_TIMEOUT_SECONDS, allow_errors=True,
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    for cell in notebook.cells:
        if cell.cell_type == "code":
            cell.outputs = merge_adjacent_streams(cell.outputs)
    nbformat.write(notebook, path)
    return [(index, output["ename"], output["evalue"])
            for index, cell in enumerate(notebook.cells) if cell.cell_type == "code"
            for output in cell.get("outputs", []) if output["output_type"] == "error"]


def merge_adjacent_streams(outputs: list) -> list:
    """Joins a cell's consecutive writes to one stream into one output, as IPython stores them: the kernel sends
    printed text in batches whose boundaries depend on timing, and the stored notebook must not."""
    merged = []
    for output in outputs:
        previous = merged[-1] if merged else None
        if (output.output_type == "stream" and previous is not None and previous.output_type == "stream"
                and previous.name == output.name):
            previous.text += output.text
        else:
            merged.append(output)
    return merged


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="scripts/execute-notebooks", allow_abbrev=False,
                                     description="Run notebooks through the course kernel and store their outputs.")
    parser.add_argument("notebooks", nargs="*", type=Path, metavar="NOTEBOOK",
                        help="notebooks to run (default: every notebook in notebooks/)")
    arguments = parser.parse_args(argv)
    paths = arguments.notebooks or sorted(constants.NOTEBOOKS.glob("*.ipynb"))
    for path in paths:
        if not path.is_file():
            parser.error(f"no such notebook: {path}")
    for path in paths:
        errors = execute(path)
        print(f"{path}: {'OK' if not errors else f'{len(errors)} error(s): {errors}'}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
