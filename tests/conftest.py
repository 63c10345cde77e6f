import os
import socket
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from kernel_session import KernelSession  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago, for a server a test starts."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def kernel():
    """One course kernel per test module; tests in a module share its state, as cells in a notebook do."""
    session = KernelSession()
    yield session
    session.close()


NOTEBOOK_TIMES: dict[str, float] = {}
# (seconds, workers) of the one parallel run of all selected notebooks in test_notebooks.py
COURSE_WALL_TIME: list[tuple[float, int]] = []


def pytest_terminal_summary(terminalreporter):
    """Per-notebook execution times (two Run Alls each), slowest first, and the total."""
    if not NOTEBOOK_TIMES:
        return
    terminalreporter.section("notebook execution times (Run All twice in one kernel)")
    for name, seconds in sorted(NOTEBOOK_TIMES.items(), key=lambda item: -item[1]):
        terminalreporter.write_line(f"{seconds:7.1f} s  {name}")
    terminalreporter.write_line(f"{sum(NOTEBOOK_TIMES.values()):7.1f} s  sum of all {len(NOTEBOOK_TIMES)} notebooks' times")
    for seconds, workers in COURSE_WALL_TIME:
        terminalreporter.write_line(f"{seconds:7.1f} s  wall time of the course run ({workers} at a time)")
