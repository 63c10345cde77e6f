"""Writes requirements-lock.txt: every package, transitive ones included, that the course's pins pull in.

The lock is `pip freeze` of a fresh environment into which pip installed requirements-dev.txt (which includes the
students' requirements.txt): exactly the versions that were installed and tested together, with no second
resolver that might choose differently. Every install uses it as constraints (`pip install -r ... -c lock`), so
the students' part installs the same versions as the full development set.
"""

from __future__ import annotations

import argparse
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

from course_tools import constants

STUDENTS = constants.REPO / "requirements.txt"
DEVELOPMENT = constants.REPO / "requirements-dev.txt"
LOCK = constants.REPO / "requirements-lock.txt"


def header(python_version: str) -> str:
    return (
        "# Every Python package of the course, transitive ones included, at the version that was installed and\n"
        "# tested (pip freeze of a fresh environment with requirements-dev.txt, which includes requirements.txt).\n"
        "# kernel-config/install.py installs every requirements file with `-c requirements-lock.txt`, locally,\n"
        "# in CI and on Binder. Do not edit by hand: change a pin in requirements.txt (students) or\n"
        "# requirements-dev.txt (development, teaching), then run scripts/lock-requirements and commit both.\n"
        f"# Written with Python {python_version} on {platform.system()}.\n")


def frozen_packages(python: Path) -> list[str]:
    """`pip freeze --all` of an environment (setuptools too: some packages import it at run time), without pip
    itself, which is the environment's own tool, and without lines that name no installable package."""
    lines = subprocess.run([str(python), "-m", "pip", "freeze", "--all"], capture_output=True, text=True,
                           check=True).stdout.splitlines()
    return sorted((line for line in lines
                   if line and not line.startswith(("#", "-e ", "pkg-resources==", "pip=="))), key=str.lower)


def write_lock(lock: Path) -> int:
    """Installs the development set into a fresh environment and writes its freeze; returns the package count."""
    with tempfile.TemporaryDirectory(prefix="course-lock-") as tmp:
        venv = Path(tmp) / "venv"
        # --upgrade-deps: today's setuptools, not the one bundled with this Python (nbgrader and the site's
        # toggle button import it at run time, and the bundled 65.x fails on Python 3.12+).
        subprocess.run([sys.executable, "-m", "venv", "--upgrade-deps", str(venv)], check=True)
        python = venv / "bin" / "python"
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                        "-r", str(DEVELOPMENT)], check=True)
        packages = frozen_packages(python)
        version = subprocess.run([str(python), "-c", "import platform; print(platform.python_version())"],
                                 capture_output=True, text=True, check=True).stdout.strip()
    lock.write_text(header(version) + "".join(f"{line}\n" for line in packages), encoding="utf-8")
    return len(packages)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="scripts/lock-requirements", allow_abbrev=False,
        description="Rewrite requirements-lock.txt from requirements.txt and requirements-dev.txt "
                    "(installs them into a temporary environment; needs PyPI).")
    parser.parse_args(argv)
    count = write_lock(LOCK)
    print(f"{LOCK.relative_to(constants.REPO)}: {count} packages")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
