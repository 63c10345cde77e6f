import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from kernel_session import KernelSession  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.fixture(scope="module")
def kernel():
    """One course kernel per test module; tests in a module share its state, as cells in a notebook do."""
    session = KernelSession()
    yield session
    session.close()
