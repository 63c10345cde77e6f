"""What instructors and Chinese-speaking students get besides the notebooks: slides and a Chinese UI."""

import json
import os
from pathlib import Path

import nbformat
import pytest
from jupyterlab_server.translation_utils import get_language_packs

from support import REPO

HARD_TOPICS = sorted((REPO / "notebooks").glob("3[0-2]-*.ipynb"))


@pytest.mark.parametrize("path", HARD_TOPICS, ids=lambda p: p.stem)
def test_hard_topic_notebooks_are_slides(path):
    notebook = nbformat.read(path, as_version=4)
    kinds = [cell.metadata.get("slideshow", {}).get("slide_type") for cell in notebook.cells]
    assert None not in kinds, "every cell says how it shows as a slide"
    assert kinds.count("slide") >= 5
    for cell, kind in zip(notebook.cells, kinds):
        if "solution" in cell.metadata.get("tags", []):
            assert kind == "skip", "solutions stay out of the slides"


def test_chinese_language_pack_is_installed_and_the_default():
    packs, problems = get_language_packs()
    assert "zh_CN" in packs, problems
    venv = Path(os.environ.get("COURSE_VENV", REPO / ".venv"))
    overrides = json.loads((venv / "share" / "jupyter" / "lab" / "settings" / "overrides.json").read_text())
    assert overrides["@jupyterlab/translation-extension:plugin"]["locale"] == "zh_CN"
