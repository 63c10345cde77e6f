"""Every notebook under notebooks/ runs fresh through the course kernel, with no error and the stored outputs."""

import time
from pathlib import Path

import pytest

from conftest import NOTEBOOK_TIMES
from notebook_check import check_notebook

NOTEBOOKS = sorted((Path(__file__).resolve().parent.parent / "notebooks").glob("*.ipynb"))


def test_there_are_notebooks():
    assert NOTEBOOKS, "notebooks/ has no notebooks"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs_fresh_with_its_stored_outputs(path):
    started = time.monotonic()
    problems = check_notebook(path)
    NOTEBOOK_TIMES[path.name] = time.monotonic() - started
    assert not problems, "\n".join(problems)
