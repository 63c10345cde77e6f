"""The course kernel's additions for Python learners (issue 17): %timeit / %%timeit in IPython's words, and Shift+Tab
showing the helper jar's Javadoc. Both go through the real kernel, as JupyterLab sends them."""

from __future__ import annotations

import re

import pytest

# IPython's line: "10.1 ms ± 52.3 μs per loop (mean ± std. dev. of 7 runs, 100 loops each)"
TIMEIT_LINE = re.compile(r"^(?P<mean>[\d.e+-]+) (?P<unit>s|ms|μs|ns) ± [\d.e+-]+ (s|ms|μs|ns) per loop "
                         r"\(mean ± std\. dev\. of (?P<runs>\d+) runs?, (?P<loops>[\d,]+) loops? each\)\n$")
SECONDS = {"s": 1.0, "ms": 1e-3, "μs": 1e-6, "ns": 1e-9}


def timeit_result(text: str) -> tuple[float, int, int]:
    """(mean seconds per loop, runs, loops per run) of a %timeit line."""
    match = TIMEIT_LINE.match(text)
    assert match, repr(text)
    return (float(match["mean"]) * SECONDS[match["unit"]], int(match["runs"]),
            int(match["loops"].replace(",", "")))


def inspect(kernel, code: str, cursor: int) -> dict:
    """What Shift+Tab shows: JupyterLab sends inspect_request with the cursor inside the name."""
    kernel.client.inspect(code, cursor, detail_level=0)
    reply = kernel.client.get_shell_msg(timeout=60)
    assert reply["msg_type"] == "inspect_reply"
    return reply["content"]


def test_timeit_times_a_known_cost_statement_in_ipythons_words(kernel):
    # Thread.sleep(10) costs at least 10 ms a loop; the range is generous on purpose (a shared machine)
    mean, runs, loops = timeit_result(kernel.run("%timeit Thread.sleep(10)").text)
    assert 0.0099 <= mean <= 0.05
    assert runs == 7
    assert loops == 100   # IPython's autorange: the first power of ten whose run takes 0.2 s or more


def test_timeit_takes_ipythons_loop_and_run_counts(kernel):
    mean, runs, loops = timeit_result(kernel.run("%timeit -n 3 -r 2 Thread.sleep(5)").text)
    assert (runs, loops) == (2, 3) and 0.0049 <= mean <= 0.05


def test_timeit_reads_the_statement_from_the_cell_so_quoted_spaces_survive(kernel):
    # JJava splits a magic's arguments on spaces and drops quotes; %timeit reads its line from the cell instead
    result = kernel.run('String joined = "";\n%timeit -n 1 -r 1 joined = String.join(" ", "a b", "c");\njoined')
    assert result.text.endswith('a b c'), result.text


def test_timeit_times_an_expression_and_keeps_the_notebooks_names_clean(kernel):
    timeit_result(kernel.run("int base = 3;\n%timeit -r 2 base * base").text)
    assert kernel.run("$timeit(1)").status == "error", "the generated method must not stay in the notebook"


def test_cell_timeit_runs_its_setup_line_once_per_run_and_times_the_body(kernel):
    result = kernel.run("%%timeit -n 10 -r 3 List<Integer> numbers = new ArrayList<>();\nnumbers.add(1);")
    assert timeit_result(result.text)[1:] == (3, 10)


def test_timeit_shows_a_compile_error_at_the_cells_own_line(kernel):
    result = kernel.run('%timeit int wrong = "s";')
    error = result.outputs[-1]
    assert (error["ename"], error["evalue"]) == ("编译错误", "第 1 行，类型不兼容：String 不能转换为 int")


def test_timeit_shows_the_exception_the_statement_threw(kernel):
    result = kernel.run("%timeit List.of(1).add(2)")
    assert result.status == "error" and result.outputs[-1]["ename"] == "UnsupportedOperationException"


@pytest.mark.parametrize(("code", "name", "javadoc"), [
    ("Generator.of(out -> {})", "Generator.of",
     "Creates a generator from its body; nothing runs yet: Python's calling a generator function."),
    ("Exercise.check(", "Exercise.check", "Checks that the answer equals"),
    ("Math.max(1, 2)", "Math.max", "Returns the greater of two {@code int} values."),
])
def test_shift_tab_shows_javadoc_for_the_helper_jar_as_for_the_jdk(kernel, code, name, javadoc):
    assert kernel.run("import edu.pyjava.generators.Generator;").status == "ok"
    content = inspect(kernel, code, cursor=len(name) - 1)
    assert content["status"] == "ok" and content["found"], content
    text = content["data"]["text/plain"]
    assert name.split(".")[1] + "(" in text and javadoc in text, text
