"""The course hangs together: the index lists every notebook, links resolve, every notebook has its parts."""

import re
from pathlib import Path

import nbformat
import pytest

NOTEBOOK_DIR = Path(__file__).resolve().parent.parent / "notebooks"
INDEX = NOTEBOOK_DIR / "00-index.ipynb"
NOTEBOOKS = sorted(p for p in NOTEBOOK_DIR.glob("*.ipynb") if p != INDEX)
NAME = re.compile(r"^(\d\d)-[a-z0-9]+(-[a-z0-9]+)*\.ipynb$")
LINK = re.compile(r"\]\((?![a-z]+://)([^)#\s]+\.ipynb)\)")  # local links, not Binder URLs


def markdown(path: Path) -> str:
    notebook = nbformat.read(path, as_version=4)
    return "\n".join(cell.source for cell in notebook.cells if cell.cell_type == "markdown")


def test_every_notebook_is_named_nn_slug_and_linked_from_the_index():
    linked = set(LINK.findall(markdown(INDEX)))
    for path in NOTEBOOKS:
        assert NAME.match(path.name), f"{path.name}: name it NN-slug.ipynb"
        assert path.name in linked, f"{path.name} is missing from the index"


@pytest.mark.parametrize("path", [INDEX, *NOTEBOOKS], ids=lambda p: p.stem)
def test_every_link_to_a_notebook_resolves(path):
    for target in LINK.findall(markdown(path)):
        assert (NOTEBOOK_DIR / target).is_file(), f"{path.name} links to missing {target}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_has_the_course_structure(path):
    notebook = nbformat.read(path, as_version=4)
    text = markdown(path)
    number = path.name[:2]
    assert notebook.cells[0].source.startswith(f"# {number} · "), "title cell '# NN · 标题' first"
    for heading in ("目标", "Python 写法", "Java 写法", "对比", "常见坑", "小结", "练习"):
        assert heading in text, f"{path.name}: section {heading} is missing"
    assert "```python" in text, f"{path.name}: the Python version goes in a ```python block"
    assert "00-index.ipynb" in notebook.cells[-1].source, f"{path.name}: last cell links prev / index / next"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_solutions_are_tagged_and_collapsed(path):
    notebook = nbformat.read(path, as_version=4)
    solutions = [cell for cell in notebook.cells if "solution" in cell.metadata.get("tags", [])]
    assert len(solutions) >= 2, f"{path.name}: at least two exercises, each with a solution cell"
    for cell in solutions:
        assert cell.metadata.get("jupyter", {}).get("source_hidden") is True, "solution cells start collapsed"


def test_navigation_and_index_links_are_up_to_date():
    import subprocess
    script = NOTEBOOK_DIR.parent / "scripts" / "update-navigation"
    result = subprocess.run([str(script), "--check"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_index_has_a_binder_launch_link_for_every_notebook():
    text = markdown(INDEX)
    for path in NOTEBOOKS:
        assert f"urlpath=lab/tree/notebooks/{path.name})" in text, f"no Binder link for {path.name}"


WILDCARD_IMPORT = re.compile(r"^import (?:static )?([\w.]+)\.\*;", re.MULTILINE)
# Wildcards on purpose: notebook 08 teaches the three kinds of import, and its exercise 3 asks for a static one.
INTENDED_WILDCARDS = {("08-modules-scope", "java.util.concurrent"), ("08-modules-scope", "java.lang.Math")}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_cells_after_the_first_import_single_types(path):
    # A new wildcard import makes JShell recompile every earlier snippet (0.5 s with 60 of them); a single-type
    # import costs about 10 ms. The first code cell has nothing before it to recompile.
    code = [cell.source for cell in nbformat.read(path, as_version=4).cells if cell.cell_type == "code"]
    wildcards = {package for source in code[1:] for package in WILDCARD_IMPORT.findall(source)}
    unexpected = sorted(package for package in wildcards if (path.stem, package) not in INTENDED_WILDCARDS)
    assert not unexpected, f"{path.name}: import single types, not {', '.join(p + '.*' for p in unexpected)}"


@pytest.mark.parametrize("path", [INDEX, *NOTEBOOKS], ids=lambda p: p.stem)
def test_a_cells_printed_text_is_stored_as_one_output_per_stream(path):
    # The kernel sends printed text in batches whose boundaries depend on timing (issue 15: 32's 15 lines were
    # stored as 55 outputs); scripts/execute-notebooks joins consecutive writes to one stream, as IPython stores them.
    split = []
    for index, cell in enumerate(nbformat.read(path, as_version=4).cells):
        outputs = cell.get("outputs", [])
        for before, after in zip(outputs, outputs[1:]):
            if before.output_type == after.output_type == "stream" and before.name == after.name:
                split.append(index)
                break
    assert not split, f"{path.name}: cells {split} store one stream as several outputs; run scripts/execute-notebooks"
