"""Turns course notebooks into nbgrader source assignments, one assignment per notebook.

    scripts/nbgrader-release COURSE_DIR notebooks/02-builtins.ipynb notebooks/30-closures.ipynb

writes COURSE_DIR/source/02-builtins/02-builtins.ipynb (and so on) and, if missing, COURSE_DIR/nbgrader_config.py;
with --progress also COURSE_DIR/source/progress/progress.ipynb, whose one cell exports the student's exercise record
(edu.pyjava.exercises.Progress) into the assignment folder, so submitting it hands the record in.
Then, in COURSE_DIR, nbgrader's own commands take over: `nbgrader generate_assignment 02-builtins`,
`nbgrader autograde 02-builtins`, ... (docs/classroom.md walks through it).

Each exercise of a notebook is three cells: the stub (a declaration whose body is `return todo();`), the check cell
(`Exercise.check(...)` with its hints) and the collapsed reference solution (tagged `solution`). In the assignment:
- the stub cell becomes an nbgrader solution cell: the stub stays as the student sees it, followed by the reference
  solution between `// BEGIN SOLUTION` and `// END SOLUTION` (JShell replaces a method declared twice, so the
  source version runs the solution; `nbgrader generate_assignment` cuts the region and leaves the stub);
- the check cell becomes a locked, autograded test cell worth POINTS points. Under grading, `Exercise.check`
  throws on a wrong or unfinished answer (nbgrader_config.py sets JAVA_COURSE_GRADING=1 for the kernels nbgrader
  starts), so the cell fails and scores 0;
- the reference solution cell is dropped: its code is in the solution region.
An instructor can add hidden checks to a test cell between `// BEGIN HIDDEN TESTS` and `// END HIDDEN TESTS`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from course_tools import constants

POINTS = 1
PROGRESS_ASSIGNMENT = "progress"
PROGRESS_FILE = "my-progress.jsonl"

NBGRADER_CONFIG = '''\
# nbgrader settings for the Java course (written by scripts/nbgrader-release; edit freely).
import os

c = get_config()  # noqa: F821 (nbgrader provides get_config)

# Kernels nbgrader starts inherit this process's environment. In grading mode Exercise.check throws on a wrong or
# unfinished answer, so an autograded test cell fails; a student's own kernel never has the variable.
os.environ["JAVA_COURSE_GRADING"] = "1"
# Grading records nothing in the grader's ~/.java-course/progress.jsonl (the empty path turns recording off).
os.environ["JAVA_COURSE_PROGRESS"] = ""

c.CourseDirectory.root = os.path.dirname(os.path.abspath(__file__))
# What replaces a solution region in the students' copy; the stub above the region stays.
c.ClearSolutions.code_stub = {"java": "// 在上面的方法里写你的答案（把 todo() 换掉）"}
# A Java kernel starts in seconds, but a shared machine at the start of a class is slow.
c.Execute.timeout = 300
c.Execute.startup_timeout = 180
'''


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/nbgrader-release", description=__doc__.split("\n\n")[0])
    parser.add_argument("course", type=Path, help="the nbgrader course directory (created if missing)")
    parser.add_argument("notebooks", type=Path, nargs="+", help="course notebooks, e.g. notebooks/02-builtins.ipynb")
    parser.add_argument("--points", type=int, default=POINTS, help=f"points per exercise (default {POINTS})")
    parser.add_argument("--progress", action="store_true",
                        help=f"also write the assignment '{PROGRESS_ASSIGNMENT}': students export their exercise "
                             "record into it and submit it, so `nbgrader collect` brings it to the instructor")
    args = parser.parse_args(argv)
    args.course.mkdir(parents=True, exist_ok=True)
    config = args.course / "nbgrader_config.py"
    if not config.exists():
        config.write_text(NBGRADER_CONFIG, encoding="utf-8")
    if args.progress:
        target = args.course / "source" / PROGRESS_ASSIGNMENT / f"{PROGRESS_ASSIGNMENT}.ipynb"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(progress_notebook(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{target}: exports the student's progress record")
    for path in args.notebooks:
        notebook = json.loads(path.read_text(encoding="utf-8"))
        assignment, exercises = source_assignment(notebook, path.stem, args.points)
        if not exercises:
            print(f"error: {path} has no exercise (stub, check and solution cells)", file=sys.stderr)
            return 1
        target = args.course / "source" / path.stem / path.name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(assignment, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{target}: {exercises} exercises, {exercises * args.points} points")
    return 0


def progress_notebook() -> dict:
    """A one-cell assignment: the student's exercise record copied into the assignment folder, to submit."""
    text = ("# 提交练习记录\n\n运行下面的单元格：它把你的练习记录（`~/.java-course/progress.jsonl`）复制到这个作业文件夹，"
            "文件名 `my-progress.jsonl`。然后在 *Assignments* 里提交这个作业，老师就能收到它。")
    code = ("import edu.pyjava.exercises.Progress;\n\n"
            f"Progress.load().exportTo(Path.of(\"{PROGRESS_FILE}\"))")
    return {"cells": [{"cell_type": "markdown", "metadata": {}, "source": text},
                      {"cell_type": "code", "metadata": {}, "source": code, "outputs": [], "execution_count": None}],
            "metadata": {"kernelspec": constants.KERNELSPEC_METADATA}, "nbformat": 4, "nbformat_minor": 5}


def source_assignment(notebook: dict, assignment: str, points: int) -> tuple[dict, int]:
    """The nbgrader source version of a course notebook, and how many exercises it grades."""
    cells = notebook["cells"]
    kept = []
    exercises = 0
    awaiting_check = False  # a stub was made a solution cell and its check cell is still to come
    for index, cell in enumerate(cells):
        if is_solution(cell):
            continue
        cell = dict(cell, metadata=dict(cell.get("metadata", {})))
        if cell["cell_type"] == "code":
            cell["outputs"], cell["execution_count"] = [], None
            solution = solution_after(cells, index)
            if is_stub(cell) and solution is not None:
                exercises += 1
                cell["source"] = stub_with_solution(source_of(cell), solution_code(source_of(solution)))
                cell["metadata"]["nbgrader"] = grading_metadata(f"{assignment}-answer-{exercises}", solution=True)
                awaiting_check = True
            elif is_check(cell) and awaiting_check:
                cell["metadata"]["nbgrader"] = grading_metadata(f"{assignment}-check-{exercises}", points=points)
                awaiting_check = False
        kept.append(cell)
    metadata = dict(notebook.get("metadata", {}), kernelspec=constants.KERNELSPEC_METADATA)
    return dict(notebook, cells=kept, metadata=metadata), exercises


def source_of(cell: dict) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else source


def is_solution(cell: dict) -> bool:
    return "solution" in cell.get("metadata", {}).get("tags", [])


def is_stub(cell: dict) -> bool:
    return "todo()" in source_of(cell) and "Exercise.check" not in source_of(cell)


def is_check(cell: dict) -> bool:
    return "Exercise.check" in source_of(cell)


def solution_after(cells: list[dict], index: int) -> dict | None:
    """The reference solution that closes the exercise a cell belongs to: the next solution cell, if no other
    exercise's stub comes first."""
    for later in cells[index + 1:]:
        if is_solution(later):
            return later
        if later["cell_type"] == "code" and is_stub(later):
            return None
    return None


def solution_code(source: str) -> str:
    """A reference solution cell without its `// 参考答案` line and without the check it ends with."""
    lines = source.rstrip("\n").split("\n")
    if lines and lines[0].strip().startswith("// 参考答案"):
        lines = lines[1:]
    for number, line in enumerate(lines):
        if line.lstrip().startswith(("Exercise.check", "Exercise.checkThat")):
            lines = lines[:number]
            break
    return "\n".join(lines).strip("\n")


def stub_with_solution(stub: str, solution: str) -> str:
    return f"{stub.rstrip()}\n// BEGIN SOLUTION\n{solution}\n// END SOLUTION"


def grading_metadata(grade_id: str, *, solution: bool = False, points: int = 0) -> dict:
    """nbgrader's cell metadata (schema 3): a solution cell, or a locked test cell worth `points`."""
    metadata = {"schema_version": 3, "grade_id": grade_id, "solution": solution, "grade": not solution,
                "locked": not solution, "task": False}
    if not solution:
        metadata["points"] = points
    return metadata


if __name__ == "__main__":
    sys.exit(main())
