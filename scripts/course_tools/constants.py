"""Facts every course tool shares, written once: the kernel's name, where the notebooks are, where the course lives.

This module imports nothing outside the standard library, so kernel-config/install.py (run by any Python 3.10+,
before the course's environment exists) and the tests can read it as well as the scripts.
"""

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
NOTEBOOKS = REPO / "notebooks"
INDEX = NOTEBOOKS / "00-index.ipynb"
README = REPO / "README.md"
SITE_CONFIG = REPO / "scripts" / "site" / "_config.yml"

# The course's kernelspec, as kernel-config/install.py installs it and every notebook names it.
KERNEL_NAME = "java-course"
KERNEL_DISPLAY_NAME = "Java 课程 (Java Course)"
KERNEL_LANGUAGE = "java"
KERNELSPEC_METADATA = {"name": KERNEL_NAME, "display_name": KERNEL_DISPLAY_NAME, "language": KERNEL_LANGUAGE}

# The GitHub repository every Binder link launches. It is used only when `git remote get-url origin` is not a
# GitHub address (a clone of a clone, a mirror, no remote at all); a clone of a GitHub fork uses its own origin.
# After changing it, or in a fork, run `scripts/update-navigation` to re-point every link.
REPOSITORY = "https://github.com/pyjava-course/python-ideas-in-java"
BINDER_HUB = "https://mybinder.org"
