"""Helpers the tests share. pytest.ini puts tests/ and scripts/ on the import path, so a test module writes
`from support import REPO, free_port`; shared state lives in fixtures (tests/conftest.py), not here."""

import os
import socket

from course_tools.constants import KERNEL_NAME, REPO  # noqa: F401 (re-exported for the tests)

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago, for a server a test starts."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
