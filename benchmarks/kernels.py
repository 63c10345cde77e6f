"""Kernel start-up, cell latency and memory: the course kernel against bare JJava and IPython, in one run.

    .venv/bin/python benchmarks/kernels.py [--starts 5] [--cells 20]

Installs nothing. Starts each kernel in turn, `--starts` times: start -> ready is the time from launching the
process until the kernel answers kernel_info; start -> first result adds the first cell's round trip (the course
kernel answers kernel_info while JShell still warms up in the background, so this is the honest "Run All right
after opening" number); then `--cells` trivial cells (`1 + 1`) give the round-trip median; memory is the resident set size (RSS) of the kernel's whole process tree after one cell, and USS
(memory unique to the tree, what a second student's kernel really adds) where the OS reports it.
Prints medians and the course kernel's ratios against the targets of issue 9.

Last, it runs JShell on its own (benchmarks/JShellAlone.java, launched with the course kernel's own JVM command
line, its AOT cache and agent included, and its class path and start-up script): the time of `1 + 1` inside one
JVM, with no Jupyter message around it, is the floor under any JShell kernel's cell round trip, printed against
the same target.
"""

from __future__ import annotations

import argparse
import glob
import statistics
import subprocess
import time
from pathlib import Path

import jupyter_client
from jupyter_client.kernelspec import KernelSpecManager
import psutil

KERNELS = [("IPython", "python3"), ("bare JJava", "java"), ("course kernel", "java-course")]
TRIVIAL_CELL = "1 + 1"  # the same text is a valid cell in Python and in Java
JSHELL_ALONE = Path(__file__).resolve().with_name("JShellAlone.java")
KERNEL_MAIN_CLASS = "edu.pyjava.kernel.launcher.CourseKernel"


def tree_memory(pid: int) -> tuple[float, float]:
    root = psutil.Process(pid)
    processes = [root, *root.children(recursive=True)]
    rss = uss = 0
    for process in processes:
        info = process.memory_full_info()
        rss += info.rss
        uss += info.uss
    return rss / 2**20, uss / 2**20


def measure_once(kernel_name: str, cells: int) -> tuple[float, float, float, float, float]:
    manager = jupyter_client.KernelManager(kernel_name=kernel_name)
    started = time.perf_counter()
    manager.start_kernel()
    client = manager.client()
    client.start_channels()
    try:
        client.wait_for_ready(timeout=120)
        ready = time.perf_counter() - started
        code = TRIVIAL_CELL
        client.execute_interactive(code, timeout=60, output_hook=lambda message: None)  # the one cell
        first_result = time.perf_counter() - started
        rss, uss = tree_memory(manager.provisioner.pid)
        round_trips = []
        for _ in range(cells):
            begin = time.perf_counter()
            reply = client.execute_interactive(code, timeout=60, output_hook=lambda message: None)
            round_trips.append(time.perf_counter() - begin)
            assert reply["content"]["status"] == "ok", reply["content"]
        return ready, statistics.median(round_trips), rss, uss, first_result
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=False)


def jshell_alone_command(cells: int) -> list[str]:
    """The course kernel's JVM command line with JShellAlone in place of the kernel's main class (a source file
    runs with the same flags, AOT cache, agent and -cp), given the kernel's class path and start-up script."""
    spec = KernelSpecManager().get_kernel_spec("java-course")
    jvm = spec.argv[:spec.argv.index(KERNEL_MAIN_CLASS)]
    jars = sorted(glob.glob(spec.env["JJAVA_CLASSPATH"]))
    return [*jvm, str(JSHELL_ALONE), str(cells), spec.env["JJAVA_STARTUP_SCRIPTS_PATH"], *jars]


def measure_jshell_alone(cells: int) -> float:
    """One JVM start: the median of `cells` evaluations of the trivial cell, in seconds."""
    done = subprocess.run(jshell_alone_command(cells), capture_output=True, text=True, timeout=300)
    results = [line.split()[1] for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    if done.returncode != 0 or not results:
        raise SystemExit(f"error: {JSHELL_ALONE.name} failed:\n{done.stdout}{done.stderr}")
    return float(results[0]) / 1000


def course_jdk() -> str:
    """The course kernel's Java and class cache, from its kernelspec: start-up depends on both (JDK 25+ starts
    with an AOT cache, JDK 21-24 with a CDS archive)."""
    argv = KernelSpecManager().get_kernel_spec("java-course").argv
    version = subprocess.run([argv[0], "-version"], capture_output=True, text=True, timeout=60).stderr.splitlines()[0]
    caches = [arg.split("=")[0].removeprefix("-XX:") for arg in argv
              if arg.startswith(("-XX:AOTCache=", "-XX:SharedArchiveFile="))]
    return f"{version}, class cache: {caches[0] if caches else 'none'}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--cells", type=int, default=20)
    args = parser.parse_args()

    results = {}
    for label, name in KERNELS:
        runs = [measure_once(name, args.cells) for _ in range(args.starts)]
        results[label] = tuple(statistics.median(run[i] for run in runs) for i in range(5))
        ready, latency, rss, uss, first = results[label]
        print(f"  measured {label}: ready {ready:.2f} s, first result {first:.2f} s, cell {latency * 1000:.1f} ms, "
              f"RSS {rss:.0f} MiB, USS {uss:.0f} MiB", flush=True)

    print(f"\nMedians of {args.starts} starts and {args.cells} cells each; course kernel on {course_jdk()}\n")
    print("| kernel | start -> ready | start -> first result | trivial cell round trip | RSS after one cell "
          "| USS after one cell |")
    print("|---|---|---|---|---|---|")
    for label, (ready, latency, rss, uss, first) in results.items():
        print(f"| {label} | {ready:.2f} s | {first:.2f} s | {latency * 1000:.1f} ms | {rss:.0f} MiB | {uss:.0f} MiB |")

    alone = statistics.median(measure_jshell_alone(args.cells) for _ in range(args.starts))
    print(f"\nJShell alone, in a JVM started as the course kernel's (no Jupyter messages): {TRIVIAL_CELL} in "
          f"{alone * 1000:.1f} ms (median of {args.starts} starts x {args.cells} evaluations)")

    course, bare, ipython = results["course kernel"], results["bare JJava"], results["IPython"]
    checks = [
        ("start -> ready, course / IPython", course[0] / ipython[0], 1.0),
        ("cell round trip, course / bare JJava", course[1] / bare[1], 0.3),
        ("memory (RSS), course / bare JJava", course[2] / bare[2], 0.5),
        ("start -> first result, course / IPython (issue 16: on JDK 21 too)", course[4] / ipython[4], 1.5),
    ]
    informative = [
        ("start -> first result, course / bare JJava", course[4] / bare[4]),
        ("JShell alone (the floor under any JShell kernel's cell) / bare JJava's cell", alone / bare[1]),
    ]
    print(f"\n| ratio | value | target | |\n|---|---|---|---|")
    for label, value, target in checks:
        print(f"| {label} | {value:.2f}x | <= {target}x | {'PASS' if value <= target else 'MISS'} |")
    for label, value in informative:
        print(f"| {label} | {value:.2f}x | (no target) | |")


if __name__ == "__main__":
    main()
