"""The whole course, run once the way the tests run it: every notebook headless, each in a fresh course kernel.

    .venv/bin/python benchmarks/course.py [--workers N] [notebooks/NN-name.ipynb ...]

Runs the notebooks (all of them by default) `--workers` at a time (default: one per core, as the tests do) through
the same check as tests/test_notebooks.py, once each, and prints every notebook's time, their sum and the wall
time of the whole run against issue 9's target of 3 minutes on 2 cores. A notebook whose run shows a problem
(an error, or outputs that differ from the stored ones) is reported too: then the time means little.
The machine should be otherwise idle for the figures to mean much.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from notebook_check import check_notebook  # noqa: E402  (the tests' own check, so "as the tests run it")

TARGET_SECONDS = 180


def timed_check(path: Path) -> tuple[float, list[str]]:
    started = time.monotonic()
    problems = check_notebook(path)
    return time.monotonic() - started, problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("notebooks", nargs="*", type=Path)
    args = parser.parse_args()
    notebooks = args.notebooks or sorted((REPO / "notebooks").glob("*.ipynb"))
    os.environ["JAVA_COURSE_PROGRESS"] = ""  # the notebooks' exercise checks record nothing in ~/.java-course

    print(f"{len(notebooks)} notebooks, {args.workers} at a time, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.1f}", flush=True)
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=args.workers) as pool:
        results = dict(zip(notebooks, pool.map(timed_check, notebooks)))
    wall = time.monotonic() - started

    for path, (seconds, problems) in sorted(results.items(), key=lambda item: -item[1][0]):
        print(f"{seconds:7.1f} s  {path.name}{'  PROBLEMS: ' + problems[0] if problems else ''}")
    print(f"{sum(seconds for seconds, _ in results.values()):7.1f} s  sum of the notebooks' times")
    verdict = "PASS" if wall <= TARGET_SECONDS else "MISS"
    print(f"{wall:7.1f} s  wall time of the course ({args.workers} at a time); target <= {TARGET_SECONDS} s "
          f"on 2 cores: {verdict}")
    if any(problems for _, problems in results.values()):
        sys.exit("error: some notebooks did not run cleanly (see PROBLEMS above)")


if __name__ == "__main__":
    main()
