"""Builds the static site of the course (Jupyter Book) from the notebooks and their stored outputs.

The table of contents follows the notebooks' numbers, 00-index first; each page has a launch-on-Binder button.
The output folder is never emptied blindly: a build writes a manifest of the files it made, and the next build
into the same folder deletes only those. A folder that holds anything else is refused.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from course_tools import constants

DEFAULT_OUTPUT = constants.REPO / "build" / "site"
MANIFEST_NAME = ".course-site-files"
MANIFEST_HEADER = "# Files scripts/build-site made here; the next build deletes exactly these.\n"


class UnsafeOutput(Exception):
    """The output folder holds files this script did not make."""


def table_of_contents(notebooks: list[Path]) -> str:
    """Jupyter Book's _toc.yml: the index as the root, then the notebooks in course order."""
    chapters = [f"  - file: notebooks/{path.stem}\n" for path in notebooks if path != constants.INDEX]
    return f"format: jb-book\nroot: notebooks/{constants.INDEX.stem}\nchapters:\n" + "".join(chapters)


def files_made_before(output: Path) -> list[Path]:
    """The files an earlier build left in `output` (none for a new or empty folder).

    Raises UnsafeOutput if the folder holds anything without a manifest saying this script made it."""
    if not output.exists():
        return []
    if not output.is_dir():
        raise UnsafeOutput(f"{output} is a file, not a folder")
    manifest = output / MANIFEST_NAME
    if not manifest.is_file():
        if any(output.iterdir()):
            raise UnsafeOutput(f"{output} is not empty and was not made by scripts/build-site; "
                               f"name a new or empty folder")
        return []
    lines = manifest.read_text(encoding="utf-8").splitlines()
    made = [output / line for line in lines if line and not line.startswith("#")]
    for path in made:
        if not path.resolve().is_relative_to(output.resolve()):
            raise UnsafeOutput(f"{manifest} lists {path}, which is outside {output}; not deleting anything")
    return made


def remove_earlier_build(output: Path, made: list[Path]) -> None:
    """Deletes the files of the earlier build, then the folders they leave empty; nothing else."""
    folders = set()
    for path in made:
        if path.is_file() or path.is_symlink():
            path.unlink()
        folders.update(parent for parent in path.parents if parent.is_relative_to(output) and parent != output)
    for folder in sorted(folders, key=lambda p: len(p.parts), reverse=True):
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
    (output / MANIFEST_NAME).unlink(missing_ok=True)


def copy_with_manifest(built: Path, output: Path) -> int:
    """Copies the built site into `output` and lists every copied file in its manifest; returns their number."""
    copied = []
    for source in sorted(p for p in built.rglob("*") if p.is_file()):
        relative = source.relative_to(built)
        target = output / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
        copied.append(relative.as_posix())
    (output / MANIFEST_NAME).write_text(MANIFEST_HEADER + "".join(f"{name}\n" for name in copied), encoding="utf-8")
    return len(copied)


def build(output: Path, jupyter_book: Path) -> None:
    made = files_made_before(output)    # refuse before spending a minute on the build
    with tempfile.TemporaryDirectory() as tmp:
        book = Path(tmp)
        (book / "notebooks").mkdir()
        notebooks = sorted(constants.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))
        for path in notebooks:
            shutil.copy2(path, book / "notebooks")
        shutil.copy2(constants.SITE_CONFIG, book)
        (book / "_toc.yml").write_text(table_of_contents(notebooks), encoding="utf-8")
        subprocess.run([str(jupyter_book), "build", "--quiet", "--path-output", str(book / "out"), str(book)],
                       check=True)
        output.mkdir(parents=True, exist_ok=True)
        remove_earlier_build(output, made)
        copy_with_manifest(book / "out" / "_build" / "html", output)
    print(f"site: {output / 'index.html'}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="scripts/build-site", allow_abbrev=False,
        description="Build the course's static site from the notebooks' stored outputs. The output folder must "
                    "be new, empty, or an earlier build's (only that build's files are replaced).")
    parser.add_argument("output", nargs="?", type=Path, default=DEFAULT_OUTPUT, metavar="OUTPUT_DIR",
                        help="where the site goes (default: build/site; open OUTPUT_DIR/index.html)")
    arguments = parser.parse_args(argv)
    jupyter_book = Path(sys.executable).parent / "jupyter-book"
    if not jupyter_book.is_file():
        print("error: jupyter-book is missing; run kernel-config/install.sh --dev first.", file=sys.stderr)
        return 2
    try:
        build(arguments.output.absolute(), jupyter_book)
    except UnsafeOutput as refusal:
        print(f"error: {refusal}", file=sys.stderr)
        return 2
    except subprocess.CalledProcessError as failure:
        print(f"error: jupyter-book failed (exit {failure.returncode}); see the output above.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
