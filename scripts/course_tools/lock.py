"""Writes requirements-lock.txt: every package, transitive ones included, that the course's pins pull in.

The lock is `pip freeze` of a fresh environment into which pip installed requirements-dev.txt (which includes the
students' requirements.txt): exactly the versions that were installed and tested together, with no second
resolver that might choose differently. Every install uses it as constraints (`pip install -r ... -c lock`), so
the students' part installs the same versions as the full development set.

Students may have an older Python than the one that writes the lock (Ubuntu 22.04 has 3.10), for which some
frozen versions have no release (IPython 9 needs 3.11). For each such Python, pip resolves the students' part
again, keeping every frozen version it can; the packages that differ get a line per Python with a
`python_version` marker. (pip evaluates markers for the Python running it, so a dependency that only the older
Python needs, e.g. `exceptiongroup; python_version < "3.11"`, is not seen here: it installs unpinned there.)
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from course_tools import constants

STUDENTS = constants.REPO / "requirements.txt"
DEVELOPMENT = constants.REPO / "requirements-dev.txt"
LOCK = constants.REPO / "requirements-lock.txt"
# Pythons older than the lock's own that the students' part supports (kernel-config/install.py's minimum is 3.10).
OLDER_STUDENT_PYTHONS = ("3.10",)
UNAVAILABLE_PIN = re.compile(r"(?:No matching distribution found for|The user requested \(constraint\)) "
                             r"([A-Za-z0-9._-]+)==")


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def header(python_version: str) -> str:
    older = ", ".join(OLDER_STUDENT_PYTHONS)
    return (
        "# Every Python package of the course, transitive ones included, at the version that was installed and\n"
        "# tested (pip freeze of a fresh environment with requirements-dev.txt, which includes requirements.txt).\n"
        "# kernel-config/install.py installs every requirements file with `-c requirements-lock.txt`, locally,\n"
        "# in CI and on Binder. Do not edit by hand: change a pin in requirements.txt (students) or\n"
        "# requirements-dev.txt (development, teaching), then run scripts/lock-requirements and commit both.\n"
        f"# Frozen with Python {python_version} on {platform.system()}; a line with a python_version marker is what\n"
        f"# pip resolves for the students' part on Python {older}, where that frozen version has no release.\n")


def frozen_packages(python: Path) -> dict[str, tuple[str, str]]:
    """`pip freeze --all` of an environment (setuptools too: some packages import it at run time), without pip
    itself, which is the environment's own tool: canonical name -> (name as spelled, version)."""
    lines = subprocess.run([str(python), "-m", "pip", "freeze", "--all"], capture_output=True, text=True,
                           check=True).stdout.splitlines()
    frozen = {}
    for line in lines:
        name, separator, version = line.partition("==")
        if separator and canonical(name) != "pip":
            frozen[canonical(name)] = (name, version)
    return frozen


def resolve_for_python(python_version: str, requirements: Path, preferred: dict[str, str]) -> dict[str, str]:
    """The versions pip picks for `requirements` on another Python (canonical name -> version), keeping each
    `preferred` version that exists there. Nothing is installed: pip only resolves (--dry-run --report)."""
    constraints = dict(preferred)
    with tempfile.TemporaryDirectory(prefix="course-resolve-") as tmp:
        constraints_file, report = Path(tmp) / "constraints.txt", Path(tmp) / "report.json"
        for _ in range(len(preferred) + 1):
            constraints_file.write_text("".join(f"{n}=={v}\n" for n, v in constraints.items()), encoding="utf-8")
            result = subprocess.run(
                [sys.executable, "-m", "pip", "install", "--dry-run", "--disable-pip-version-check",
                 "--ignore-installed", "--only-binary=:all:", f"--python-version={python_version}",
                 "--target", str(Path(tmp) / "target"), "--report", str(report),
                 "-r", str(requirements), "-c", str(constraints_file)], capture_output=True, text=True)
            if result.returncode == 0:
                installs = json.loads(report.read_text(encoding="utf-8"))["install"]
                return {canonical(item["metadata"]["name"]): item["metadata"]["version"] for item in installs}
            said = result.stdout + result.stderr   # pip explains a conflict on stdout, a missing release on stderr
            unavailable = {canonical(name) for name in UNAVAILABLE_PIN.findall(said)} & set(constraints)
            if not unavailable:
                raise RuntimeError(f"pip cannot resolve {requirements.name} for Python {python_version}:\n"
                                   + said[-3000:])
            for name in unavailable:
                del constraints[name]
    raise RuntimeError(f"no resolution of {requirements.name} for Python {python_version}")


def lock_lines(frozen: dict[str, tuple[str, str]], frozen_python: str,
               older: dict[str, dict[str, str]]) -> list[str]:
    """One `name==version` line per package; a package whose version differs on an older Python gets one line
    per Python range instead."""
    names = {n: spelled for n, (spelled, _) in frozen.items()}
    for resolved in older.values():
        names.update({n: names.get(n, n) for n in resolved})
    lines = []
    for name in sorted(names):
        versions = {frozen_python: frozen[name][1]} if name in frozen else {}
        versions.update({python: resolved[name] for python, resolved in older.items() if name in resolved})
        if len(set(versions.values())) == 1:
            lines.append(f"{names[name]}=={next(iter(versions.values()))}")
            continue
        for python, version in versions.items():
            if python == frozen_python:
                lines.append(f'{names[name]}=={version}; python_version >= "{frozen_python}"')
            else:
                lines.append(f'{names[name]}=={version}; python_version == "{python}"')
    return lines


def write_lock(lock: Path) -> int:
    """Installs the development set into a fresh environment, freezes it, adds what older Pythons need and writes
    the lock; returns the number of lines."""
    with tempfile.TemporaryDirectory(prefix="course-lock-") as tmp:
        venv = Path(tmp) / "venv"
        # --upgrade-deps: today's setuptools, not the one bundled with this Python (nbgrader and the site's
        # toggle button import it at run time, and the bundled 65.x fails on Python 3.12+).
        subprocess.run([sys.executable, "-m", "venv", "--upgrade-deps", str(venv)], check=True)
        python = venv / "bin" / "python"
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                        "-r", str(DEVELOPMENT)], check=True)
        frozen = frozen_packages(python)
    frozen_python = ".".join(platform.python_version_tuple()[:2])
    preferred = {name: version for name, (_, version) in frozen.items()}
    older = {python: resolve_for_python(python, STUDENTS, preferred) for python in OLDER_STUDENT_PYTHONS}
    lines = lock_lines(frozen, frozen_python, older)
    lock.write_text(header(platform.python_version()) + "".join(f"{line}\n" for line in lines), encoding="utf-8")
    return len(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="scripts/lock-requirements", allow_abbrev=False,
        description="Rewrite requirements-lock.txt from requirements.txt and requirements-dev.txt "
                    "(installs them into a temporary environment; needs PyPI).")
    parser.parse_args(argv)
    count = write_lock(LOCK)
    print(f"{LOCK.relative_to(constants.REPO)}: {count} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
