"""The course's scripts: Binder links that agree with one setting, a fork that re-points them with one command,
and a site build that never deletes what it did not make."""

from __future__ import annotations

import doctest
import re
import shutil
import subprocess
from pathlib import Path

import nbformat
import pytest

from course_tools import constants, repository, static_site
from course_tools.repository import binder_link, course_repository, github_address
from support import REPO

BINDER_LINK = re.compile(r"https://mybinder\.org/v2/gh/([^/\s)]+/[^/\s)]+)/")


def binder_repositories(text: str) -> set[str]:
    return {f"https://github.com/{owner_and_name}" for owner_and_name in BINDER_LINK.findall(text)}


def site_repository(config: Path) -> str:
    return re.search(r"^repository:\n(?:\s+.*\n)*?\s+url:\s*(\S+)", config.read_text(encoding="utf-8"),
                     re.MULTILINE).group(1)


@pytest.mark.parametrize("remote", [
    "https://github.com/someone/python-ideas-in-java", "https://github.com/someone/python-ideas-in-java.git",
    "git@github.com:someone/python-ideas-in-java.git", "ssh://git@github.com/someone/python-ideas-in-java.git"])
def test_every_spelling_of_a_github_remote_gives_the_same_address(remote):
    assert github_address(remote) == "https://github.com/someone/python-ideas-in-java"


@pytest.mark.parametrize("remote", ["/work/main", "https://gitee.com/someone/course.git", "https://github.com/x"])
def test_a_remote_that_is_not_a_github_repository_gives_no_address(remote):
    assert github_address(remote) is None


def test_the_examples_in_the_repository_module_hold():
    failures, tried = doctest.testmod(repository)
    assert tried >= 3 and failures == 0


def test_every_binder_link_launches_the_one_configured_repository():
    repository = course_repository()
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert binder_link(repository, "notebooks/00-index.ipynb") in readme, "README's badge"
    assert binder_repositories(readme) == {repository}
    index_links = 0
    for path in sorted((REPO / "notebooks").glob("*.ipynb")):
        text = "\n".join(c.source for c in nbformat.read(path, as_version=4).cells if c.cell_type == "markdown")
        assert binder_repositories(text) <= {repository}, f"{path.name} launches another repository"
        index_links += len(BINDER_LINK.findall(text))
    assert index_links >= len(list((REPO / "notebooks").glob("[0-9][0-9]-*.ipynb"))) - 1
    assert site_repository(REPO / "scripts" / "site" / "_config.yml") == repository


def fork_of_the_course(folder: Path, origin: str) -> Path:
    """A git clone-like copy of the course's links (notebooks, README, site config, scripts) with `origin`."""
    for part in ("notebooks", "scripts"):
        shutil.copytree(REPO / part, folder / part, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy2(REPO / "README.md", folder / "README.md")
    subprocess.run(["git", "init", "--quiet", str(folder)], check=True)
    subprocess.run(["git", "-C", str(folder), "remote", "add", "origin", origin], check=True)
    return folder


def test_a_fork_re_points_every_binder_link_with_one_command(tmp_path):
    fork = fork_of_the_course(tmp_path / "fork", "git@github.com:a-teacher/java-course-fork.git")
    env = {"COURSE_VENV": str(Path(constants.REPO, ".venv")), "PATH": "/usr/bin:/bin"}

    stale = subprocess.run([str(fork / "scripts" / "update-navigation"), "--check"], env=env,
                           capture_output=True, text=True, timeout=120)
    assert stale.returncode == 1 and "README.md" in stale.stderr, "links to the original are stale in a fork"
    updated = subprocess.run([str(fork / "scripts" / "update-navigation")], env=env,
                             capture_output=True, text=True, timeout=120)
    assert updated.returncode == 0, updated.stderr

    wanted = "https://github.com/a-teacher/java-course-fork"
    assert binder_repositories((fork / "README.md").read_text(encoding="utf-8")) == {wanted}
    index = (fork / "notebooks" / "00-index.ipynb").read_text(encoding="utf-8")
    assert binder_repositories(index) == {wanted}
    assert site_repository(fork / "scripts" / "site" / "_config.yml") == wanted
    again = subprocess.run([str(fork / "scripts" / "update-navigation"), "--check"], env=env,
                           capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr


def test_site_build_refuses_a_folder_it_did_not_make_and_deletes_nothing(tmp_path):
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    (home / "Documents" / "thesis.txt").write_text("years of work")

    result = subprocess.run([str(REPO / "scripts" / "build-site"), str(home)], capture_output=True, text=True,
                            timeout=120)

    assert result.returncode == 2
    assert result.stderr.startswith("error:") and "not made by scripts/build-site" in result.stderr
    assert (home / "Documents" / "thesis.txt").read_text() == "years of work"


def test_a_rebuild_replaces_only_the_files_the_earlier_build_listed(tmp_path):
    earlier = tmp_path / "earlier-build"
    earlier.mkdir()
    (earlier / "old-page.html").write_text("old")
    (earlier / "_static").mkdir()
    (earlier / "_static" / "old.css").write_text("old")
    (earlier / static_site.MANIFEST_NAME).write_text(static_site.MANIFEST_HEADER + "old-page.html\n_static/old.css\n")
    (earlier / "notes-of-mine.txt").write_text("mine")

    made = static_site.files_made_before(earlier)
    static_site.remove_earlier_build(earlier, made)

    assert sorted(p.name for p in earlier.iterdir()) == ["notes-of-mine.txt"]


def test_a_manifest_naming_files_outside_its_folder_deletes_nothing(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text("keep")
    site = tmp_path / "site"
    site.mkdir()
    (site / static_site.MANIFEST_NAME).write_text("../outside.txt\n")

    with pytest.raises(static_site.UnsafeOutput):
        static_site.files_made_before(site)
    assert outside.read_text() == "keep"


def test_the_sites_table_of_contents_starts_at_the_index_and_follows_the_numbers():
    notebooks = sorted(constants.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))
    toc = static_site.table_of_contents(notebooks)
    files = re.findall(r"file: notebooks/(\S+)", toc)
    assert toc.startswith("format: jb-book\nroot: notebooks/00-index\n")
    assert files == [p.stem for p in notebooks if p.stem != "00-index"]


@pytest.mark.parametrize("script", ["update-navigation", "execute-notebooks", "student-copy", "build-site",
                                    "lock-requirements"])
def test_every_script_explains_itself_and_rejects_an_unknown_option(script):
    path = REPO / "scripts" / script
    helped = subprocess.run([str(path), "--help"], capture_output=True, text=True, timeout=60)
    mistyped = subprocess.run([str(path), "--chek"], capture_output=True, text=True, timeout=60)

    assert helped.returncode == 0 and helped.stdout.startswith(f"usage: scripts/{script}"), helped.stderr
    assert mistyped.returncode == 2 and f"scripts/{script}: error:" in mistyped.stderr, mistyped.stderr
    assert "--chek" in mistyped.stderr or "required" in mistyped.stderr, mistyped.stderr
