"""The install script: readable failures, and a second run that changes nothing."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from support import REPO

INSTALL = REPO / "kernel-config" / "install.sh"


def bin_dir_with(tmp_path: Path, **programs: str) -> Path:
    """A folder for PATH holding only the named programs (name -> real executable)."""
    folder = tmp_path / "bin"
    folder.mkdir()
    for name, target in programs.items():
        (folder / name).symlink_to(target)
    return folder


def run_install(env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["/bin/bash", str(INSTALL), *args], env=env, capture_output=True, text=True, timeout=900)


def test_without_a_jdk_21_setup_prints_one_line_saying_what_to_install(tmp_path):
    old_jdk = tmp_path / "jdk-17"
    (old_jdk / "bin").mkdir(parents=True)
    for tool in ("java", "javac", "jshell"):
        script = old_jdk / "bin" / tool
        script.write_text('#!/bin/sh\necho \'openjdk version "17.0.2" 2022-01-18\' >&2\n')
        script.chmod(0o755)
    path = bin_dir_with(tmp_path, bash="/bin/bash", python3=os.path.realpath(sys.executable))
    env = {"PATH": str(path), "HOME": str(tmp_path), "JAVA_HOME": str(old_jdk),
           "COURSE_JDK_SEARCH_DIRS": str(tmp_path / "no-such-dir")}

    result = run_install(env)

    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: no JDK 21 or newer found") and "install" in lines[0]


def test_without_python_setup_prints_one_line_saying_what_to_install(tmp_path):
    path = bin_dir_with(tmp_path, bash="/bin/bash")

    result = run_install({"PATH": str(path), "HOME": str(tmp_path)})

    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: Python 3.10 or newer is needed") and "install" in lines[0]


@pytest.mark.slow   # the first run rebuilds whatever changed: minutes after an edit of the jar or the kernel
def test_running_setup_again_changes_nothing_and_installs_no_second_kernel():
    first = run_install(dict(os.environ))
    assert first.returncode == 0, first.stderr
    second = run_install(dict(os.environ))
    assert second.returncode == 0, second.stderr

    steps = [line for line in second.stdout.splitlines() if line.startswith("[install]")]
    assert any("Python packages are up to date" in s for s in steps), second.stdout
    assert any("helper jar is up to date" in s for s in steps), second.stdout
    assert any("kernel java-course is up to date" in s for s in steps), second.stdout
    assert any("JupyterLab defaults are up to date" in s for s in steps), second.stdout
    assert not any(word in second.stdout for word in ("installing", "building", "creating", "setting"))

    jupyter = Path(os.environ.get("COURSE_VENV", REPO / ".venv")) / "bin" / "jupyter"
    listed = json.loads(subprocess.run([str(jupyter), "kernelspec", "list", "--json"],
                                       capture_output=True, text=True, check=True).stdout)["kernelspecs"]
    course_kernels = [name for name, spec in listed.items()
                      if "Java Course" in spec["spec"]["display_name"]]
    assert course_kernels == ["java-course"]


def test_jdk_home_option_prints_only_the_jdk_path():
    result = run_install(dict(os.environ), "--jdk-home")

    assert result.returncode == 0, result.stderr
    home = Path(result.stdout.strip())
    assert (home / "bin" / "javac").is_file()


def test_help_prints_usage_and_installs_nothing():
    result = run_install(dict(os.environ), "--help")

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: kernel-config/install.sh")
    assert "--jdk-home" in result.stdout and "--maven-args" in result.stdout
    assert "[install]" not in result.stdout


def test_a_mistyped_option_is_an_error_and_installs_nothing():
    result = run_install(dict(os.environ), "--jdk-hom")

    assert result.returncode == 2
    assert "unrecognized arguments: --jdk-hom" in result.stderr
    assert "[install]" not in result.stdout


def test_install_py_run_by_an_old_python_says_which_python_is_needed(tmp_path):
    # install.py is run directly here, without install.sh's check, by a Python that claims to be 3.9.
    old_python = tmp_path / "sitecustomize.py"
    old_python.write_text("import sys\nsys.version_info = (3, 9, 18, 'final', 0)\n")
    env = dict(os.environ, PYTHONPATH=str(tmp_path))

    result = subprocess.run([sys.executable, str(REPO / "kernel-config" / "install.py")], env=env,
                            capture_output=True, text=True, timeout=60)

    assert result.returncode == 2
    assert result.stderr.startswith("error: Python 3.10 or newer is needed") and "install" in result.stderr
    assert "[install]" not in result.stdout


def test_development_tools_on_python_3_10_say_which_python_they_need(tmp_path):
    # The students' part installs on 3.10 (the lock has 3.10 pins); the development pins need 3.11.
    (tmp_path / "sitecustomize.py").write_text("import sys\nsys.version_info = (3, 10, 12, 'final', 0)\n")
    env = dict(os.environ, PYTHONPATH=str(tmp_path))

    result = subprocess.run([sys.executable, str(REPO / "kernel-config" / "install.py"), "--dev"], env=env,
                            capture_output=True, text=True, timeout=60)

    assert result.returncode == 2
    assert result.stderr.startswith("error: the development tools need Python 3.11 or newer"), result.stderr
    assert "[install]" not in result.stdout
