"""The static site builds from the stored outputs, with a page and a Binder launch link per notebook."""

import subprocess

import pytest

from support import REPO

pytestmark = pytest.mark.slow   # Jupyter Book renders all 33 notebooks: about a minute

NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))


def test_site_has_a_page_with_outputs_and_a_binder_link_for_every_notebook(tmp_path):
    result = subprocess.run([str(REPO / "scripts" / "build-site"), str(tmp_path)],
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]

    assert (tmp_path / "index.html").is_file()
    for notebook in NOTEBOOKS:
        page = tmp_path / "notebooks" / f"{notebook.stem}.html"
        assert page.is_file(), f"no page for {notebook.name}"
        html = page.read_text(encoding="utf-8")
        assert f"mybinder.org/v2/gh/" in html and f"urlpath=lab/tree/notebooks/{notebook.name}" in html
        assert 'href="00-index.html"' in html or notebook.stem == "00-index", "every page links the index"
    first = (tmp_path / "notebooks" / "01-data-structures.html").read_text(encoding="utf-8")
    assert "Java 写法" in first and "pyjava-table" in first, "stored outputs, tables included, are on the page"
