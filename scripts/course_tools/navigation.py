"""Keeps the course's links in step with the notebooks that exist and with the repository Binder launches.

- The index's course map links every existing notebook, with its launch-on-Binder link, and marks the others
  （编写中）.
- Every notebook's last cell is  [← previous](…) · [目录](00-index.ipynb) · [next →](…).
- Every Binder link (README badge, notebooks, the static site's launch buttons in scripts/site/_config.yml)
  launches `repository.course_repository()`.

Only markdown cells change, so stored outputs stay valid. Each notebook is read, changed and written on its own,
right away, so an editor working on another notebook at the same time loses nothing.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from pathlib import Path

import nbformat

from course_tools import constants
from course_tools.repository import binder_link, binder_prefix, course_repository

MAP_ENTRY = re.compile(r"\[(\d\d-[a-z0-9-]+\.ipynb)\]\(\1\)(?: · \[Binder\]\([^)]*\))?"
                       r"|`(\d\d-[a-z0-9-]+\.ipynb)`（编写中）")
# The repository part of any Binder link: https://mybinder.org/v2/gh/OWNER/NAME/
BINDER_REPOSITORY = re.compile(r"https://mybinder\.org/v2/gh/[^/\s)]+/[^/\s)]+/")
SITE_REPOSITORY_URL = re.compile(r"^(repository:\n(?:[ \t]+.*\n)*?[ \t]+url:[ \t]*)(\S+)", re.MULTILINE)


def lessons() -> list[Path]:
    """Every notebook but the index, in course order."""
    return sorted(p for p in constants.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb") if p != constants.INDEX)


def title(path: Path) -> str:
    """A notebook's short title for a link: "# 03 · 可迭代对象：…" -> "03 可迭代对象"."""
    first = nbformat.read(path, as_version=4).cells[0].source.splitlines()[0]
    return first.removeprefix("# ").replace(" · ", " ").split("：")[0]


def repoint_binder_links(text: str, repository: str) -> str:
    """Every Binder link in `text` launches `repository` (the path after it is kept)."""
    return BINDER_REPOSITORY.sub(binder_prefix(repository), text)


def relink_course_map(text: str, repository: str) -> str:
    """Links each map entry whose notebook exists, and its launch on Binder; marks the others as being written."""
    def entry(match: re.Match) -> str:
        name = match.group(1) or match.group(2)
        if not (constants.NOTEBOOKS / name).is_file():
            return f"`{name}`（编写中）"
        return f"[{name}]({name}) · [Binder]({binder_link(repository, 'notebooks/' + name)})"
    return MAP_ENTRY.sub(entry, text)


def navigation_line(course: list[Path], position: int) -> str:
    """The last cell of the notebook at `position`: previous · index · next."""
    parts = []
    if position > 0:
        previous = course[position - 1]
        parts.append(f"[← {title(previous)}]({previous.name})")
    else:
        parts.append("[← 00 课程目录](00-index.ipynb)")
    parts.append("[目录](00-index.ipynb)")
    if position + 1 < len(course):
        following = course[position + 1]
        parts.append(f"[{title(following)} →]({following.name})")
    return "---\n" + " · ".join(parts)


def write_whole(path: Path, text: str) -> None:
    """Replaces a file in one step, so that a reader (an editor, a test) never sees it half written."""
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.",
                                     delete=False) as new:
        new.write(text)
    os.chmod(new.name, path.stat().st_mode & 0o777)
    os.replace(new.name, path)


def update_notebook(path: Path, repository: str, navigation: str | None, write: bool) -> bool:
    """Brings one notebook's links up to date; returns whether anything was stale."""
    notebook = nbformat.read(path, as_version=4)
    changed = False
    for cell in notebook.cells:
        if cell.cell_type != "markdown":
            continue
        new = repoint_binder_links(cell.source, repository)
        if path == constants.INDEX and MAP_ENTRY.search(new):
            new = relink_course_map(new, repository)
        changed |= new != cell.source
        cell.source = new
    if navigation is not None:
        last = notebook.cells[-1]
        if last.cell_type == "markdown" and last.source.lstrip().startswith("---"):
            changed |= last.source != navigation
            last.source = navigation
        else:
            notebook.cells.append(nbformat.v4.new_markdown_cell(navigation))
            changed = True
    if changed and write:
        write_whole(path, nbformat.writes(notebook) + "\n")
    return changed


def update_text_file(path: Path, rewrite, write: bool) -> bool:
    """Applies `rewrite` to a text file's content; returns whether the file was stale."""
    text = path.read_text(encoding="utf-8")
    new = rewrite(text)
    if new != text and write:
        write_whole(path, new)
    return new != text


def update_everything(repository: str, write: bool) -> list[str]:
    """Updates (or, without `write`, only checks) every file that holds a link; returns the stale ones' names."""
    stale = []
    if update_notebook(constants.INDEX, repository, None, write):
        stale.append(constants.INDEX.name)
    course = lessons()
    for position, path in enumerate(course):
        if update_notebook(path, repository, navigation_line(course, position), write):
            stale.append(path.name)
    if update_text_file(constants.README, lambda text: repoint_binder_links(text, repository), write):
        stale.append("README.md")
    if update_text_file(constants.SITE_CONFIG,
                        lambda text: SITE_REPOSITORY_URL.sub(lambda m: m.group(1) + repository, text), write):
        stale.append("scripts/site/_config.yml")
    return stale


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="scripts/update-navigation", allow_abbrev=False,
        description="Link every notebook from the index and to its neighbours, and point every Binder link "
                    "(README, notebooks, site) at this clone's GitHub repository (git's origin, else "
                    "REPOSITORY in scripts/course_tools/constants.py).")
    parser.add_argument("--check", action="store_true", help="change nothing; fail if anything is stale")
    arguments = parser.parse_args(argv)

    repository = course_repository()
    stale = update_everything(repository, write=not arguments.check)
    if arguments.check and stale:
        print(f"links are stale in: {', '.join(stale)} (run scripts/update-navigation; "
              f"Binder links launch {repository})", file=sys.stderr)
        return 1
    print(f"navigation {'checked' if arguments.check else 'updated'}: {len(lessons())} notebooks, "
          f"Binder links launch {repository}" + (f"; changed {', '.join(stale)}" if stale and not arguments.check
                                                 else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
