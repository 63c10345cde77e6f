"""The students' copy keeps every exercise and check but no reference solution."""

import subprocess

import nbformat

from support import REPO


def test_student_copy_has_no_solution_and_keeps_everything_else(tmp_path):
    result = subprocess.run([str(REPO / "scripts" / "student-copy"), str(tmp_path)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr

    originals = sorted((REPO / "notebooks").glob("*.ipynb"))
    assert sorted(p.name for p in tmp_path.glob("*.ipynb")) == [p.name for p in originals]
    for original_path in originals:
        original = nbformat.read(original_path, as_version=4)
        copy = nbformat.read(tmp_path / original_path.name, as_version=4)
        solutions = [c for c in original.cells if "solution" in c.metadata.get("tags", [])]
        assert not [c for c in copy.cells if "solution" in c.metadata.get("tags", [])]
        assert len(copy.cells) == len(original.cells) - len(solutions)
        for cell in solutions:
            assert cell.source not in [c.source for c in copy.cells], "a solution's code survived"
        checks = [c.source for c in original.cells if "Exercise.check" in c.source and c not in solutions]
        assert checks == [c.source for c in copy.cells if "Exercise.check" in c.source], "check cells stay"
