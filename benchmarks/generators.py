#!/usr/bin/env python3
"""Generators and coroutines: the helper jar's Java against CPython, on the seed's workloads.

Run from anywhere, with any python3 (no packages needed), after building the jar:

    ./mvnw -pl lib package -DskipTests
    python3 benchmarks/generators.py

It compiles benchmarks/GeneratorBenchmark.java and runs it twice with the course kernel's JVM flags
(kernel-config/jvm.options): as the kernel runs it (the body rewritten into a state machine), then forced onto
the engine a body falls back to when it cannot be rewritten (a thread of its own: virtual on JDK 24+, a platform
thread on 21-23). It runs the same workloads in this CPython, then prints one table. Each figure is the median of
several timed rounds after a warm-up, in million steps per second of wall-clock time; the machine should be
otherwise idle for the figures to mean much. JAVA_HOME picks the JDK (else the newest 21+ under /usr/lib/jvm).
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
JAR = REPO / "lib" / "target" / "pyjava-lib.jar"
DEPENDENCIES = REPO / "lib" / "target" / "dependency"
JAVA_PROGRAM = REPO / "benchmarks" / "GeneratorBenchmark.java"
JVM_OPTIONS = REPO / "kernel-config" / "jvm.options"
ENGINES = {  # column -> the system property that forces it (None: as the kernel runs it)
    "state machine": None,
    "thread": "thread",
}
BACKEND_PROPERTY = "edu.pyjava.generators.backend"
MIN_JAVA = 21

WARMUP_SECONDS = 0.5
JAVA_WARMUP_SECONDS = 2.0   # also lets the JIT's C2 compile the hot loop
ROUND_SECONDS = 0.25
ROUNDS = 5

# workload -> (what it measures, target ratio of the kernel's engine, the state machine, to CPython; None: information)
WORKLOADS = {
    "fibonacci_next": ("fibonacci(90) generators, next()", 1.5),
    "counter_next": ("one endless generator, next()", None),
    "consumer_send": ("seed's consumer, send(n)", 1.0),
}


# ---------------------------------------------------------------- CPython: the seed's code

def fibonacci(n):
    a, b, counter = 0, 1, 0
    while True:
        if counter > n:
            return
        yield a
        a, b = b, a + b
        counter += 1


def consumer():
    r = ''
    while True:
        n = yield r
        if not n:
            return
        r = '200 OK'


def fibonacci_next():
    def batch():
        values = 0
        total = 0
        while values < 10_000:
            for a in fibonacci(90):
                total += a
                values += 1
        return values
    return batch


def counter_next():
    def count():
        i = 0
        while True:
            yield i
            i += 1
    counter = count()

    def batch():
        total = 0
        for _ in range(10_000):
            total += next(counter)
        return 10_000
    return batch


def consumer_send():
    c = consumer()
    c.send(None)
    state = [0]

    def batch():
        n = state[0]
        total = 0
        send = c.send
        for _ in range(10_000):
            n = 1 if n == 1_000_000 else n + 1
            total += len(send(n))
        state[0] = n
        return 10_000
    return batch


def measure(batch, seconds):
    steps = 0
    start = time.perf_counter()
    while True:
        steps += batch()
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            return steps / elapsed / 1e6


def run_cpython():
    results = {}
    for name in WORKLOADS:
        batch = globals()[name]()
        measure(batch, WARMUP_SECONDS)
        results[name] = statistics.median(measure(batch, ROUND_SECONDS) for _ in range(ROUNDS))
    return results


# ---------------------------------------------------------------- Java

def java_version(java: Path) -> int | None:
    try:
        out = subprocess.run([str(java), "-version"], capture_output=True, text=True, timeout=30).stderr
    except (OSError, subprocess.TimeoutExpired):
        return None
    match = re.search(r'version "(\d+)(?:\.(\d+))?', out)
    if not match:
        return None
    major = int(match.group(1))
    return int(match.group(2)) if major == 1 else major


def find_java() -> Path:
    """JAVA_HOME's java if it is 21+, else the newest 21+ under /usr/lib/jvm."""
    home = os.environ.get("JAVA_HOME")
    if home and (version := java_version(Path(home) / "bin" / "java")) and version >= MIN_JAVA:
        return Path(home) / "bin" / "java"
    found = []
    for candidate in Path("/usr/lib/jvm").glob("*/bin/java"):
        version = java_version(candidate)
        if version and version >= MIN_JAVA:
            found.append((version, candidate))
    if not found:
        sys.exit(f"error: no Java {MIN_JAVA}+ found: set JAVA_HOME to a JDK {MIN_JAVA}+")
    return max(found)[1]


def kernel_flags() -> list[str]:
    lines = [line.strip() for line in JVM_OPTIONS.read_text(encoding="utf-8").splitlines()]
    return [line for line in lines if line and not line.startswith("#")]


def compile_java(java: Path, classes: Path) -> str:
    """Compiles the benchmark next to the jar; returns the class path to run it with.

    Compiled rather than run as a single-file program so that it shares the jar's class loader, as notebook
    cells do in the kernel: the state machine of a body is defined next to the class that wrote the lambda.
    """
    javac = java.with_name("javac")
    done = subprocess.run([str(javac), "-d", str(classes), "-cp", str(JAR), str(JAVA_PROGRAM)],
                          capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        sys.exit(f"error: {JAVA_PROGRAM.name} does not compile:\n{done.stdout}{done.stderr}")
    return os.pathsep.join([str(classes), str(JAR), str(DEPENDENCIES / "*")])


def run_java(java: Path, flags: list[str], classpath: str) -> tuple[str, dict[str, float]]:
    command = [str(java), *flags, f"-Dwarmup={JAVA_WARMUP_SECONDS}", f"-Dround={ROUND_SECONDS}",
               f"-Drounds={ROUNDS}", "-cp", classpath, "GeneratorBenchmark"]
    done = subprocess.run(command, capture_output=True, text=True, cwd=REPO, timeout=300)
    if done.returncode != 0:
        sys.exit(f"error: the Java benchmark failed ({' '.join(command)}):\n{done.stdout}{done.stderr}")
    results, backends = {}, set()
    for line in done.stdout.splitlines():
        if line.startswith("RESULT "):
            _, name, backend, rate = line.split()
            results[name] = float(rate)
            backends.add(backend)
    return "/".join(sorted(backends)), results


# ---------------------------------------------------------------- main

def main() -> None:
    if not JAR.is_file():
        sys.exit(f"error: {JAR.relative_to(REPO)} is missing: run ./mvnw -pl lib package -DskipTests first")
    java = find_java()
    flags = kernel_flags()
    print(f"java: {java} (Java {java_version(java)}), flags: {' '.join(flags)}", flush=True)
    print(f"python: {sys.version.split()[0]}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}",
          flush=True)

    with tempfile.TemporaryDirectory() as classes:
        classpath = compile_java(java, Path(classes))
        java_runs = {}
        for column, forced in ENGINES.items():
            extra = [] if forced is None else [f"-D{BACKEND_PROPERTY}={forced}"]
            java_runs[column] = run_java(java, flags + extra, classpath)
    cpython = run_cpython()
    kernel_engine = java_runs["state machine"][0]
    if kernel_engine != "STATE_MACHINE":
        print(f"warning: the kernel's run used {kernel_engine}, not STATE_MACHINE", flush=True)

    header = ("workload", "CPython M/s", *(f"{column} M/s" for column in ENGINES), "Java/CPython", "target",
              "result")
    rows = []
    for name, (description, target) in WORKLOADS.items():
        java_rates = [java_runs[column][1][name] for column in ENGINES]
        ratio = java_rates[0] / cpython[name]
        verdict = "info" if target is None else ("PASS" if ratio >= target else "MISS")
        rows.append((f"{name} ({description})", f"{cpython[name]:.3g}", *(f"{rate:.3g}" for rate in java_rates),
                     f"{ratio:.2f}x", "-" if target is None else f">= {target}x", verdict))
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    print(f"engines: {', '.join(f'{column} = {run[0]}' for column, run in java_runs.items())}; "
          f"Java/CPython uses the first; median of {ROUNDS} rounds, wall clock")
    for row in [header, tuple("-" * w for w in widths), *rows]:
        print("  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths))))


if __name__ == "__main__":
    main()
