"""Python requirements: students' and developers' packages apart, every transitive package pinned by one lock."""

from __future__ import annotations

import re
from importlib import metadata

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from support import REPO

STUDENTS = REPO / "requirements.txt"
DEVELOPMENT = REPO / "requirements-dev.txt"
LOCK = REPO / "requirements-lock.txt"


def pins(path) -> dict[str, str]:
    """name -> version of each `name==version` line of a requirements file that applies to this Python (a line's
    `python_version` marker evaluated), not of the files it includes."""
    found = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith(("#", "-")):
            continue
        requirement = Requirement(line)
        if requirement.marker is None or requirement.marker.evaluate():
            (specifier,) = requirement.specifier
            assert specifier.operator == "==", f"{path.name}: pin {requirement.name} to one version"
            found[canonicalize_name(requirement.name)] = specifier.version
    return found


def requirements_of(name: str) -> list[str]:
    """The packages an installed distribution needs here (its markers evaluated, no extras)."""
    needed = []
    for text in metadata.requires(name) or []:
        requirement = Requirement(text)
        if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
            needed.append(canonicalize_name(requirement.name))
    return needed


def test_top_level_pins_are_the_locked_versions():
    locked = pins(LOCK)
    for path in (STUDENTS, DEVELOPMENT):
        for name, version in pins(path).items():
            assert locked.get(name) == version, \
                f"{path.name} pins {name}=={version}, the lock has {locked.get(name)}: run scripts/lock-requirements"


def test_the_lock_pins_every_package_the_pins_pull_in():
    locked = pins(LOCK)
    to_visit = list(pins(STUDENTS)) + list(pins(DEVELOPMENT))
    seen = set()
    while to_visit:
        name = to_visit.pop()
        if name in seen:
            continue
        seen.add(name)
        assert name in locked, f"{name} is installed for the course but not in the lock: run scripts/lock-requirements"
        assert metadata.version(name) == locked[name], f"installed {name} {metadata.version(name)} is not the lock's"
        to_visit.extend(requirements_of(name))
    assert len(seen) > 100, "the walk reached the transitive packages"


def test_students_install_no_development_tool_and_nothing_unused_is_pinned():
    students = pins(STUDENTS)
    for tool in ("pytest", "playwright", "jupyter-book", "jupyter-repo2docker", "jupyterhub", "nbgrader"):
        assert tool not in students, f"{tool} is for development; it belongs in requirements-dev.txt"
        assert tool in pins(DEVELOPMENT) or tool in pins(LOCK)
    assert "-r requirements.txt" in DEVELOPMENT.read_text(encoding="utf-8").splitlines()
    assert "nbval" not in pins(LOCK), "nbval is not used"


def test_students_setups_install_only_the_students_part_and_the_test_command_both():
    assert re.search(r"^kernel-config/install.sh$", (REPO / "scripts" / "lab").read_text(), re.MULTILINE)
    assert re.search(r"kernel-config/install.sh\s*$", (REPO / "binder" / "postBuild").read_text(), re.MULTILINE)
    assert re.search(r"^kernel-config/install.sh --dev$", (REPO / "scripts" / "test").read_text(), re.MULTILINE)


def test_a_package_whose_version_differs_on_an_older_python_gets_a_line_per_python():
    from course_tools.lock import lock_lines

    frozen = {"jupyterlab": ("jupyterlab", "4.6.6"), "ipython": ("ipython", "9.19.1")}
    older = {"3.10": {"jupyterlab": "4.6.6", "ipython": "8.39.0", "decorator": "5.3.2"}}

    assert lock_lines(frozen, "3.11", older) == [
        "decorator==5.3.2",
        'ipython==9.19.1; python_version >= "3.11"',
        'ipython==8.39.0; python_version == "3.10"',
        "jupyterlab==4.6.6",
    ]
