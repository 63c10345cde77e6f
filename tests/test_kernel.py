"""The course kernel behaves as the course promises: modern Java, assertions on, robust to bad cells."""

import json
import re
import subprocess
import time
from pathlib import Path

from jupyter_client.kernelspec import KernelSpecManager

from kernel_session import KERNEL_NAME, thread_cpu_seconds


def test_kernel_runs_java_21_or_newer(kernel):
    cell = kernel.run("Runtime.version().feature()")
    assert cell.status == "ok"
    assert int(cell.text) >= 21


def test_failed_assert_raises_because_assertions_are_enabled(kernel):
    cell = kernel.run("assert 1 > 2 : \"一大于二？\";")
    assert cell.status == "error"
    assert "AssertionError" in cell.text and "一大于二？" in cell.text


def test_exception_in_a_cell_leaves_the_kernel_and_its_variables_usable(kernel):
    assert kernel.run("int kept = 41;").status == "ok"

    failed = kernel.run("throw new IllegalStateException(\"boom\");")
    assert failed.status == "error"
    assert "IllegalStateException" in failed.text and "boom" in failed.text

    after = kernel.run("kept + 1")
    assert (after.status, after.text) == ("ok", "42")


def test_impossible_allocation_fails_with_out_of_memory_and_the_kernel_stays_usable(kernel):
    cell = kernel.run("long[] huge = new long[Integer.MAX_VALUE - 8];")
    assert cell.status == "error"
    assert "OutOfMemoryError" in cell.text

    after = kernel.run("\"still here\"")
    assert (after.status, after.text) == ("ok", "still here")


def cpu_seconds_outside_the_jit(pid: int) -> float:
    """CPU time of the kernel's threads, leaving out HotSpot's compiler threads."""
    return thread_cpu_seconds(pid, lambda name: "CompilerThre" not in name)


def test_interrupt_really_stops_an_endless_loop_and_the_next_cell_runs(kernel):
    pid = kernel.manager.provisioner.pid
    cell = kernel.run('long spins = 0;\nSystem.out.println("started");\nwhile (true) { spins++; }',
                      timeout=60, interrupt_on="started")
    assert cell.status == "error"
    assert "interrupt" in cell.text.lower()

    # The loop's thread must be gone, not spinning on in the background: the counter stands still, and apart from
    # the JIT compiler (which may still be compiling what start-up ran) the idle kernel uses little CPU.
    spins_then = kernel.run("spins").text
    before = cpu_seconds_outside_the_jit(pid)
    time.sleep(2.0)
    busy_seconds = cpu_seconds_outside_the_jit(pid) - before
    assert kernel.run("spins").text == spins_then, "the loop still counts after the interrupt"
    assert busy_seconds < 1.0, f"the kernel burned {busy_seconds:.2f} s of CPU in 2 s after the interrupt"

    next_cell = kernel.run("spins > 0")
    assert (next_cell.status, next_cell.text) == ("ok", "true")


def test_interrupt_stops_an_endless_loop_inside_a_generator_body_rewritten_into_a_state_machine(kernel):
    # the state machine is copied from the cell's class file as the agent kept it: with the interrupt checks
    cell = kernel.run("var stuck = edu.pyjava.generators.Generator.<Long>of(out -> {\n"
                      "    long n = 0;\n    System.out.println(\"started\");\n    while (true) { n++; }\n});\n"
                      "System.out.println(stuck.backend());\nstuck.next()", timeout=60, interrupt_on="started")
    assert cell.status == "error" and "interrupt" in cell.text.lower(), cell.text
    assert "STATE_MACHINE" in cell.text
    assert kernel.run("1 + 1").text == "2"


def test_library_magic_adds_a_bundled_library_and_lists_the_choices_for_a_wrong_name(kernel):
    missing = kernel.run('Class.forName("org.h2.Driver")')
    assert missing.status == "error" and "ClassNotFoundException" in missing.text, "H2 is on the default classpath"

    wrong = kernel.run("%library nosuch")
    assert wrong.status == "error"
    assert "nosuch" in wrong.text and "databases, google-java-format, jetty, oshi" in wrong.text, wrong.text

    assert kernel.run("%library databases").status == "ok"
    found = kernel.run("org.h2.Driver.class.getSimpleName()")
    assert (found.status, found.text) == ("ok", "Driver")


def test_tablesaw_table_shows_as_html_with_a_plain_text_copy(kernel):
    cell = kernel.run('Table.create("scores", StringColumn.create("name", "Ann"), IntColumn.create("score", new int[] {90}))')
    assert cell.status == "ok"
    html = cell.data("text/html")
    assert html is not None and "<table" in html and "<td>Ann</td><td>90</td>" in html
    assert "Ann" in cell.data("text/plain")


def test_startup_script_imports_what_notebooks_use(kernel):
    cell = kernel.run("Function<Integer, Integer> twice = x -> 2 * x;\n"
                      "Stream.of(1, 2, 3).map(twice).collect(Collectors.toList())")
    assert (cell.status, cell.text) == ("ok", "[2, 4, 6]")


def test_helper_jar_is_on_the_classpath(kernel):
    cell = kernel.run("edu.pyjava.display.HtmlTable.withRowLimit(1).getClass().getSimpleName()")
    assert (cell.status, cell.text) == ("ok", "HtmlTable")


def test_kernelspec_pins_a_jdk_by_absolute_path_and_carries_the_course_flags():
    spec = KernelSpecManager().get_kernel_spec(KERNEL_NAME)
    java = Path(spec.argv[0])
    assert java.is_absolute() and java.name == "java" and java.is_file()

    options = [line.strip() for line in
               (Path(__file__).resolve().parent.parent / "kernel-config" / "jvm.options").read_text().splitlines()
               if line.strip() and not line.lstrip().startswith("#")]
    assert options, "jvm.options lists no flag"
    assert spec.argv[1:1 + len(options)] == options, "every flag of jvm.options, in order, right after java"
    assert "-ea" in options and any(option.startswith("-Xmx") for option in options)
    assert any(arg.startswith("-javaagent:") and arg.endswith("kernel-agent.jar") for arg in spec.argv)
    assert spec.argv[-1] == "{connection_file}"
    java_version = int(re.search(r'version "(\d+)', subprocess.run(
        [str(java), "-version"], capture_output=True, text=True).stderr).group(1))
    # install.sh trains the cache once; the kernel starts with the classes of that run loaded (and on JDK 25+
    # linked, with their profiles: an AOT cache; JDK 21-24 write a CDS archive instead)
    flag = "-XX:AOTCache=" if java_version >= 25 else "-XX:SharedArchiveFile="
    caches = [arg.removeprefix(flag) for arg in spec.argv if arg.startswith(flag)]
    assert len(caches) == 1 and Path(caches[0]).is_file(), caches
    assert spec.interrupt_mode == "message"
    assert spec.language == "java"
    assert spec.env["JJAVA_CLASSPATH"].endswith("*.jar")
    assert Path(spec.env["JJAVA_STARTUP_SCRIPTS_PATH"]).is_file()
    libraries = sorted(p.name for p in Path(spec.env["COURSE_LIBRARIES"]).iterdir())
    assert libraries == ["databases", "google-java-format", "jetty", "oshi"], libraries
    print(json.dumps(spec.argv, indent=1))


def test_generator_bodies_written_in_cells_become_state_machines_in_the_kernel(kernel):
    # JJava's class loader serves no class files: the agent keeps the cell's, and the helper jar rewrites its
    # lambda into a state machine; a body it cannot rewrite (a yield inside synchronized) runs on a thread of its
    # own, on every JDK 21+
    cell = kernel.run("""
        var squares = edu.pyjava.generators.Generator.<Integer>of(out -> {
            for (int i = 1; i <= 3; i++) out.yield(i * i);
        });
        var lock = new Object();
        var passedOn = edu.pyjava.generators.Generator.<Integer>of(out -> { synchronized (lock) { out.yield(7); } });
        squares.backend() + " " + squares.stream().toList() + " " + passedOn.backend() + " "
            + passedOn.stream().toList()""")
    assert (cell.status, cell.text) == ("ok", "STATE_MACHINE [1, 4, 9] THREAD [7]"), cell.text
