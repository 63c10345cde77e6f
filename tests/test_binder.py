"""Binder builds the course the way a local setup does: checked with repo2docker without building an image."""

import re
import subprocess
import sys
from pathlib import Path

from support import REPO


def dockerfile() -> str:
    repo2docker = Path(sys.executable).parent / "jupyter-repo2docker"
    result = subprocess.run([str(repo2docker), "--no-build", "--debug", str(REPO)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout + result.stderr


def test_repo2docker_installs_a_jdk_21_and_runs_the_same_install_script():
    text = dockerfile()

    assert re.search(r"apt-get install .*openjdk-21-jdk-headless", text), "binder/apt.txt brings a JDK 21"
    assert "fonts-noto-cjk" in text, "a CJK font for Chinese text"
    assert "python=3.11" in text or "python-3.11" in text, "binder/runtime.txt pins Python"
    assert "./binder/postBuild" in text
    post_build = (REPO / "binder" / "postBuild").read_text()
    assert "kernel-config/install.sh" in post_build and "COURSE_VENV" in post_build


def test_readme_badge_opens_jupyterlab_at_the_index():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    badge = re.search(r"\(https://mybinder\.org/v2/gh/([^)\s]+)\)", readme)
    assert badge, "README has a Binder badge"
    assert badge.group(1).endswith("?urlpath=lab/tree/notebooks/00-index.ipynb")
