"""Every notebook under notebooks/ runs fresh through the course kernel, with no error and the stored outputs, and
shows them again when Run All is pressed a second time in the same kernel.

The selected notebooks run in a pool before the tests report on them, each in its own kernel, as many at a time
as the machine has cores (the kernels are CPU-bound: JShell compiling each cell); COURSE_NOTEBOOK_WORKERS=1 runs
them one at a time. The summary at the end prints every notebook's time (both runs) and the wall time of it all;
benchmarks/course.py times one run of the course, which is what a student waits for.
"""

import os
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from notebook_check import check_notebook

NOTEBOOKS = sorted((Path(__file__).resolve().parent.parent / "notebooks").glob("*.ipynb"))
WORKERS = int(os.environ.get("COURSE_NOTEBOOK_WORKERS", str(os.cpu_count() or 1)))


def test_there_are_notebooks():
    assert NOTEBOOKS, "notebooks/ has no notebooks"


def timed_check(path: Path, notebook_times: dict[str, float]) -> list[str]:
    started = time.monotonic()
    problems = check_notebook(path, runs=2)
    notebook_times[path.name] = time.monotonic() - started
    return problems


@pytest.fixture(scope="module")
def course_run(request, notebook_times, course_wall_times):
    """Runs every notebook that this session selected, `WORKERS` at a time; maps each to its problems."""
    selected = [item.callspec.params["path"] for item in request.session.items
                if item.originalname == "test_notebook_runs_fresh_with_its_stored_outputs"]
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="notebook") as pool:
        futures = {path: pool.submit(timed_check, path, notebook_times) for path in selected}
        results = {path: future.result() for path, future in futures.items()}
    course_wall_times.append((time.monotonic() - started, WORKERS))
    return results


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs_fresh_with_its_stored_outputs(path, course_run):
    problems = course_run[path]
    assert not problems, "\n".join(problems)
