"""Fixtures the tests share, and the notebook times printed at the end of a run. Helpers are in support.py."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from kernel_session import KernelSession

NOTEBOOK_TIMES = pytest.StashKey[dict]()
COURSE_WALL_TIMES = pytest.StashKey[list]()
PROGRESS_DIR = pytest.StashKey[Path]()


def pytest_configure(config):
    config.stash[NOTEBOOK_TIMES] = {}
    config.stash[COURSE_WALL_TIMES] = []
    # Exercise checks append to a progress file (edu.pyjava.exercises.ProgressLog); every kernel the tests start
    # inherits this, so the suite never writes the real ~/.java-course.
    config.stash[PROGRESS_DIR] = Path(tempfile.mkdtemp(prefix="java-course-progress-"))
    os.environ["JAVA_COURSE_PROGRESS"] = str(config.stash[PROGRESS_DIR] / "progress.jsonl")


def pytest_unconfigure(config):
    if PROGRESS_DIR in config.stash:
        shutil.rmtree(config.stash[PROGRESS_DIR], ignore_errors=True)


@pytest.fixture(scope="module")
def kernel():
    """One course kernel per test module; tests in a module share its state, as cells in a notebook do."""
    session = KernelSession()
    yield session
    session.close()


@pytest.fixture(scope="session")
def notebook_times(pytestconfig) -> dict[str, float]:
    """Seconds each notebook took (name -> seconds), printed slowest first at the end of the run."""
    return pytestconfig.stash[NOTEBOOK_TIMES]


@pytest.fixture(scope="session")
def course_wall_times(pytestconfig) -> list[tuple[float, int]]:
    """(seconds, workers) of each parallel run of the selected notebooks, printed at the end of the run."""
    return pytestconfig.stash[COURSE_WALL_TIMES]


def pytest_terminal_summary(terminalreporter, config):
    """Per-notebook execution times (two Run Alls each), slowest first, and the total."""
    times = config.stash[NOTEBOOK_TIMES]
    if not times:
        return
    terminalreporter.section("notebook execution times (Run All twice in one kernel)")
    for name, seconds in sorted(times.items(), key=lambda item: -item[1]):
        terminalreporter.write_line(f"{seconds:7.1f} s  {name}")
    terminalreporter.write_line(f"{sum(times.values()):7.1f} s  sum of all {len(times)} notebooks' times")
    for seconds, workers in config.stash[COURSE_WALL_TIMES]:
        terminalreporter.write_line(f"{seconds:7.1f} s  wall time of the course run ({workers} at a time)")
