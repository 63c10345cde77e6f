"""Where the course lives on GitHub, and the Binder links that launch it there.

The address comes from `git remote get-url origin` when that is a GitHub repository, so a fork's links point at
the fork; otherwise from `constants.REPOSITORY`.
"""

from __future__ import annotations

import re
import subprocess

from course_tools import constants

# https://github.com/OWNER/NAME(.git), git@github.com:OWNER/NAME(.git), ssh://git@github.com/OWNER/NAME(.git)
GITHUB_REMOTE = re.compile(r"^(?:https://(?:[^@/]+@)?github\.com/|git@github\.com:|ssh://git@github\.com/)"
                           r"(?P<owner>[A-Za-z0-9-]+)/(?P<name>[A-Za-z0-9._-]+?)(?:\.git)?/?$")


def github_address(remote: str) -> str | None:
    """`https://github.com/OWNER/NAME` for a GitHub remote in any of git's spellings, else None.

    >>> github_address("git@github.com:someone/python-ideas-in-java.git")
    'https://github.com/someone/python-ideas-in-java'
    """
    match = GITHUB_REMOTE.match(remote.strip())
    return f"https://github.com/{match['owner']}/{match['name']}" if match else None


def origin_remote() -> str | None:
    """The clone's `origin` remote, or None without git, a repository or that remote."""
    try:
        result = subprocess.run(["git", "-C", str(constants.REPO), "remote", "get-url", "origin"],
                                capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return result.stdout.strip() if result.returncode == 0 else None


def course_repository() -> str:
    """The one address every Binder link uses: origin when it is on GitHub, else the setting in constants."""
    remote = origin_remote()
    return (remote and github_address(remote)) or constants.REPOSITORY


def binder_prefix(repository: str) -> str:
    """The part of every Binder link that names the repository.

    >>> binder_prefix("https://github.com/someone/course")
    'https://mybinder.org/v2/gh/someone/course/'
    """
    return f"{constants.BINDER_HUB}/v2/gh/{repository.removeprefix('https://github.com/')}/"


def binder_link(repository: str, path: str) -> str:
    """The mybinder.org address that opens `path` (relative to the repository) in JupyterLab.

    >>> binder_link("https://github.com/someone/course", "notebooks/00-index.ipynb")
    'https://mybinder.org/v2/gh/someone/course/HEAD?urlpath=lab/tree/notebooks/00-index.ipynb'
    """
    return f"{binder_prefix(repository)}HEAD?urlpath=lab/tree/{path}"
