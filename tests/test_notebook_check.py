"""The notebook check itself must catch what it promises to catch."""

import nbformat
from nbformat.v4 import new_code_cell, new_notebook, new_output

from kernel_session import KERNEL_NAME
from notebook_check import check_notebook, execute, java_feature_release


def result(text):
    return new_output("execute_result", data={"text/plain": text}, execution_count=1)


def test_check_reports_stale_outputs_fresh_errors_and_stored_errors_but_not_tagged_cells(tmp_path):
    cells = [
        new_code_cell("1 + 1", outputs=[result("2")], execution_count=1),
        new_code_cell("\"fresh\"", outputs=[result("stale")], execution_count=2),
        new_code_cell("System.nanoTime()", outputs=[result("0")], execution_count=3,
                      metadata={"tags": ["nondeterministic"]}),
        new_code_cell("throw new IllegalStateException(\"boom\");", outputs=[], execution_count=4),
        new_code_cell("3", execution_count=5, outputs=[
            new_output("error", ename="IllegalStateException", evalue="stored", traceback=[])]),
        new_code_cell("int neverRun = 1;", outputs=[]),
    ]
    notebook = new_notebook(cells=cells, metadata={
        "kernelspec": {"name": KERNEL_NAME, "display_name": "Java", "language": "java"}})
    path = tmp_path / "probe.ipynb"
    nbformat.write(notebook, path)

    problems = "\n".join(check_notebook(path))

    assert "cell 0" not in problems
    assert "cell 1: fresh output differs" in problems
    assert "cell 2" not in problems, "a nondeterministic cell is run but not compared"
    assert "cell 3: error when run fresh: " in problems and "boom" in problems
    assert "cell 4: stored error output IllegalStateException: stored" in problems
    assert "cell 5: never executed" in problems


def test_check_reports_a_notebook_on_another_kernel(tmp_path):
    notebook = new_notebook(cells=[], metadata={
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}})
    path = tmp_path / "python.ipynb"
    nbformat.write(notebook, path)

    problems = check_notebook(path)

    assert problems == ["python.ipynb: kernelspec is 'python3', expected 'java-course'"]


def test_a_jdk_dependent_cell_is_compared_on_every_release_against_that_release_s_outputs(tmp_path):
    def notebook_stored_by(version, by_jdk):
        cells = [
            new_code_cell("\"javac says A\"", outputs=[result("javac says B")], execution_count=1,
                          metadata={"tags": ["jdk-dependent"], **({"outputs_by_jdk": by_jdk} if by_jdk else {})}),
            new_code_cell("\"plain\"", outputs=[result("stale")], execution_count=2),
        ]
        notebook = new_notebook(cells=cells, metadata={
            "kernelspec": {"name": KERNEL_NAME, "display_name": "Java", "language": "java"},
            "language_info": {"name": "Java", "version": version}})
        path = tmp_path / f"stored-by-{version}.ipynb"
        nbformat.write(notebook, path)
        return "\n".join(check_notebook(path))

    this_release = java_feature_release(execute(new_notebook(cells=[]))[0])
    other = "8" if this_release != "8" else "11"
    # Stored by this release: `outputs` are compared, whatever the other releases store.
    assert "cell 0: fresh output differs from the stored one (JDK" in notebook_stored_by(
        f"{this_release}.0.1", {"21": [result("javac says A")]})
    # Stored by another release: this release's outputs come from metadata.outputs_by_jdk.
    right = notebook_stored_by(f"{other}.0.1", {"21": [result("x")], this_release: [result("javac says A")]})
    assert "cell 0" not in right and "cell 1: fresh output differs" in right
    wrong = notebook_stored_by(f"{other}.0.1", {"21": [result("x")], this_release: [result("javac says C")]})
    assert f"cell 0: fresh output differs from the stored one (JDK {this_release})" in wrong
    # Nothing stored for this release: not compared, but a tagged cell must store JDK 21's outputs somewhere.
    missing = notebook_stored_by(f"{other}.0.1", {})
    assert "cell 0: tagged jdk-dependent but stores no outputs for JDK 21" in missing
    assert "cell 0: fresh output differs" not in missing


def test_a_second_run_all_in_the_same_kernel_must_show_the_stored_outputs_too(tmp_path):
    cells = [
        new_code_cell("class Counter { static int runs = 0; }", outputs=[], execution_count=1),
        # JShell keeps an unchanged class, and its static state, when the cell runs again
        new_code_cell("++Counter.runs", outputs=[result("1")], execution_count=2),
        new_code_cell("Counter.runs", outputs=[result("1")], execution_count=3, metadata={"tags": ["first-run"]}),
        new_code_cell("\"same every time\"", outputs=[result("same every time")], execution_count=4),
    ]
    notebook = new_notebook(cells=cells, metadata={
        "kernelspec": {"name": KERNEL_NAME, "display_name": "Java", "language": "java"}})
    path = tmp_path / "probe.ipynb"
    nbformat.write(notebook, path)

    once = "\n".join(check_notebook(path))
    twice = "\n".join(check_notebook(path, runs=2))

    assert once == ""
    assert "probe.ipynb (second Run All) cell 1: fresh output differs" in twice
    assert "cell 2" not in twice, "a first-run cell is compared on the first run only"
    assert "cell 3" not in twice
