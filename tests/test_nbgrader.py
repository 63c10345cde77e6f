"""Grading with nbgrader, end to end: two course notebooks become assignments (scripts/nbgrader-release), nbgrader
releases them, and autogrades three submissions through the real course kernel, with nbgrader's own commands in a
temporary course directory. The scores come from `nbgrader export`."""

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from support import KERNEL_NAME, REPO

pytestmark = pytest.mark.slow

NBGRADER = Path(sys.executable).with_name("nbgrader")
ASSIGNMENTS = ["02-builtins", "30-closures"]
HIDDEN_CHECK = ("// BEGIN HIDDEN TESTS\n"
                "Exercise.check(\"练习 1（隐藏）\", () -> makeMultiplier(-3).apply(4), -12);\n"
                "// END HIDDEN TESTS")


def nbgrader(course: Path, *args: str) -> str:
    """Runs an nbgrader command in the course directory. nbgrader runs `alembic` from PATH to set up its
    gradebook, so the venv's bin comes first."""
    result = subprocess.run([str(NBGRADER), *args], cwd=course, capture_output=True, text=True, timeout=900,
                            env=dict(os.environ, PATH=f"{NBGRADER.parent}{os.pathsep}{os.environ['PATH']}"))
    assert result.returncode == 0, f"nbgrader {' '.join(args)}:\n{result.stdout}\n{result.stderr}"
    return result.stdout + result.stderr


def read(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def write(path: Path, notebook: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(notebook, ensure_ascii=False), encoding="utf-8")


def answer_cells(notebook: dict) -> list[dict]:
    return [c for c in notebook["cells"] if c["metadata"].get("nbgrader", {}).get("solution")]


def text(cell: dict) -> str:
    return "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]


def submit(course: Path, student: str, assignment: str, answers) -> None:
    """Copies the released notebook into submitted/, with each answer cell's text replaced by answers(i, text)."""
    released = read(course / "release" / assignment / f"{assignment}.ipynb")
    for number, cell in enumerate(answer_cells(released)):
        cell["source"] = answers(number, text(cell))
    write(course / "submitted" / student / assignment / f"{assignment}.ipynb", released)


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    """A course directory with both assignments generated, a hidden check added to 30-closures' first test cell."""
    course = tmp_path_factory.mktemp("nbgrader-course")
    result = subprocess.run([str(REPO / "scripts" / "nbgrader-release"), str(course),
                             *(str(REPO / "notebooks" / f"{name}.ipynb") for name in ASSIGNMENTS)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    source = course / "source" / "30-closures" / "30-closures.ipynb"
    notebook = read(source)
    first_check = next(c for c in notebook["cells"] if c["metadata"].get("nbgrader", {}).get("grade"))
    first_check["source"] = text(first_check) + "\n" + HIDDEN_CHECK
    write(source, notebook)
    for name in ASSIGNMENTS:
        nbgrader(course, "generate_assignment", name, "--force")
    return course


def test_release_keeps_the_stubs_and_checks_and_hides_solutions_and_hidden_tests(course):
    for name in ASSIGNMENTS:
        source = read(course / "source" / name / f"{name}.ipynb")
        released = read(course / "release" / name / f"{name}.ipynb")
        released_text = "\n".join(text(c) for c in released["cells"])
        assert len(answer_cells(released)) == 3
        assert "BEGIN SOLUTION" not in released_text and "参考答案" not in released_text
        for cell in answer_cells(source):
            solution = text(cell).split("// BEGIN SOLUTION\n")[1].split("// END SOLUTION")[0].strip()
            assert solution not in released_text, "a reference solution reached the students"
            assert "todo()" in text(cell).split("// BEGIN SOLUTION")[0]
        for cell in answer_cells(released):
            assert "todo()" in text(cell), "the stub is kept for the student"
        tests = [c for c in released["cells"] if c["metadata"].get("nbgrader", {}).get("grade")]
        assert len(tests) == 3 and all("Exercise.check" in text(c) for c in tests)
        assert all(c["metadata"]["nbgrader"]["points"] == 1 for c in tests)
    assert "隐藏" not in json.dumps(read(course / "release" / "30-closures" / "30-closures.ipynb"),
                                   ensure_ascii=False)


def test_autograde_scores_correct_wrong_and_untouched_submissions_through_the_java_kernel(course):
    def correct(number, released_text):
        # the source cell's stub followed by its reference solution, delimiters removed
        return solutions[number]

    for name in ASSIGNMENTS:
        source_cells = answer_cells(read(course / "source" / name / f"{name}.ipynb"))
        solutions = [text(c).replace("// BEGIN SOLUTION\n", "").replace("// END SOLUTION", "") for c in source_cells]
        submit(course, "all-correct", name, correct)
        if name == "02-builtins":
            # one wrong answer: the first exercise (a List-returning method) returns null; the others are right
            submit(course, "one-wrong", name,
                   lambda number, released_text: released_text.replace("todo()", "null") if number == 0
                   else solutions[number])
        else:
            submit(course, "one-wrong", name, correct)
        submit(course, "untouched", name, lambda number, released_text: released_text)
    for name in ASSIGNMENTS:
        nbgrader(course, "autograde", name, "--force")
    nbgrader(course, "export", "--to", str(course / "grades.csv"))

    with open(course / "grades.csv", encoding="utf-8") as grades:
        scores = {(row["assignment"], row["student_id"]): (float(row["score"]), float(row["max_score"]))
                  for row in csv.DictReader(grades)}
    assert scores == {
        ("02-builtins", "all-correct"): (3.0, 3.0),
        ("02-builtins", "one-wrong"): (2.0, 3.0),
        ("02-builtins", "untouched"): (0.0, 3.0),
        ("30-closures", "all-correct"): (3.0, 3.0),
        ("30-closures", "one-wrong"): (3.0, 3.0),
        ("30-closures", "untouched"): (0.0, 3.0),
    }
    # the failed test cell shows the line the student would have seen
    graded = read(course / "autograded" / "one-wrong" / "02-builtins" / "02-builtins.ipynb")
    first_test = next(c for c in graded["cells"] if c["metadata"].get("nbgrader", {}).get("grade"))
    errors = [o for o in first_test["outputs"] if o["output_type"] == "error"]
    assert errors, first_test["outputs"]
    assert "未通过" in errors[0]["evalue"] + "".join(errors[0]["traceback"])


def test_an_instructor_collects_a_students_exported_progress_through_the_exchange(tmp_path):
    course, student, exchange = tmp_path / "course", tmp_path / "student", tmp_path / "exchange"
    student.mkdir()
    exchange.mkdir(mode=0o777)
    shared = ["--course", "java", f"--Exchange.root={exchange}"]
    result = subprocess.run([str(REPO / "scripts" / "nbgrader-release"), str(course), "--progress",
                             str(REPO / "notebooks" / "02-builtins.ipynb")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    nbgrader(course, "generate_assignment", "progress", "--force")
    nbgrader(course, "release_assignment", "progress", *shared)
    nbgrader(student, "fetch_assignment", "progress", *shared)

    # the student runs the released notebook: its cell exports the record the student's checks wrote
    record = tmp_path / "home" / "progress.jsonl"
    record.parent.mkdir()
    line = ('{"time":"2026-12-06T03:00:00Z","notebook":"02-builtins.ipynb","exercise":"练习 1","result":"passed",'
            '"checks":2,"wrong":1}\n')
    record.write_text(line, encoding="utf-8")
    fetched = student / "progress" / "progress.ipynb"
    notebook = nbformat.read(fetched, as_version=4)
    previous = os.environ.get("JAVA_COURSE_PROGRESS")
    os.environ["JAVA_COURSE_PROGRESS"] = str(record)
    try:
        NotebookClient(notebook, kernel_name=KERNEL_NAME, timeout=300,
                       resources={"metadata": {"path": str(fetched.parent)}}).execute()
    finally:
        if previous is None:
            del os.environ["JAVA_COURSE_PROGRESS"]
        else:
            os.environ["JAVA_COURSE_PROGRESS"] = previous
    assert (fetched.parent / "my-progress.jsonl").read_text(encoding="utf-8") == line

    nbgrader(student, "submit", "progress", *shared)
    nbgrader(course, "collect", "progress", *shared)
    collected = list((course / "submitted").glob("*/progress/my-progress.jsonl"))
    assert [p.read_text(encoding="utf-8") for p in collected] == [line]
