"""Printed lines per second delivered to the client: the course kernel against IPython (and bare JJava), in one run.

    .venv/bin/python benchmarks/output.py [--runs 20] [--sizes 1000,20000,200000] [--skip-bare]

A cell prints N numbered lines (`System.out.println("line " + i)` in Java, `print("line", i)` in Python); the client
reads IOPub as Jupyter clients do, until that request's `idle` status, and checks that every line arrived, once and
in order. The rate is lines / (time from sending the request to idle). Each kernel runs `--runs` times per size in
one kernel process; the table shows the median rate, how many runs delivered every line, and the course kernel's
ratio to IPython (target: at least 0.5x, with every line accounted for in every run).

Bare JJava is shown for reference: it sends one message per line, and its IOPub socket drops what passes ZeroMQ's
high-water mark, so it loses lines and sometimes the idle status itself (a run then counts as lost after 30 s).
"""

from __future__ import annotations

import argparse
import statistics
import time

import jupyter_client

KERNELS = [("IPython", "python3"), ("bare JJava", "java"), ("course kernel", "java-course")]
CODE = {
    "python3": 'for i in range({n}): print("line", i)',
    "java": 'for (int i = 0; i < {n}; i++) System.out.println("line " + i);',
}
IDLE_WAIT_SECONDS = 30


def one_run(client, code: str, expected: str) -> tuple[float, bool]:
    """(seconds until idle, every line arrived in order); an idle that never comes counts as lost."""
    started = time.perf_counter()
    msg_id = client.execute(code)
    chunks = []
    while True:
        try:
            message = client.get_iopub_msg(timeout=IDLE_WAIT_SECONDS)
        except Exception:   # queue.Empty: the idle status was lost
            return float("inf"), False
        if message["parent_header"].get("msg_id") != msg_id:
            continue
        if message["msg_type"] == "stream":
            chunks.append(message["content"]["text"])
        elif message["msg_type"] == "status" and message["content"]["execution_state"] == "idle":
            elapsed = time.perf_counter() - started
            client.get_shell_msg(timeout=60)
            return elapsed, "".join(chunks) == expected


def measure(kernel_name: str, sizes: list[int], runs: int) -> dict[int, tuple[float, int]]:
    """For each size: (median lines per second, runs that delivered every line)."""
    manager, client = jupyter_client.manager.start_new_kernel(kernel_name=kernel_name, startup_timeout=120)
    language = "python3" if kernel_name == "python3" else "java"
    results = {}
    try:
        client.execute_interactive(CODE[language].format(n=10), timeout=60, output_hook=lambda m: None)  # warm-up
        for size in sizes:
            expected = "".join(f"line {i}\n" for i in range(size))
            rates, complete = [], 0
            for _ in range(runs):
                seconds, whole = one_run(client, CODE[language].format(n=size), expected)
                rates.append(size / seconds if seconds != float("inf") else 0.0)
                complete += whole
                if seconds == float("inf"):
                    break   # the kernel's state is unknown after a lost idle: stop this size
            results[size] = (statistics.median(rates), complete)
    finally:
        manager.shutdown_kernel(now=True)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--sizes", default="1000,20000,200000")
    parser.add_argument("--skip-bare", action="store_true", help="leave bare JJava out (it can take minutes)")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    kernels = [k for k in KERNELS if not (args.skip_bare and k[1] == "java")]
    table = {label: measure(name, sizes, args.runs) for label, name in kernels}

    print(f"\nprinted lines delivered per second (median of {args.runs} runs), and runs with every line")
    print(f"| kernel | {' | '.join(f'{size:,} lines' for size in sizes)} |")
    print(f"|---|{'---|' * len(sizes)}")
    for label, results in table.items():
        cells = [f"{results[size][0]:,.0f}/s ({results[size][1]}/{args.runs} whole)" for size in sizes]
        print(f"| {label} | {' | '.join(cells)} |")
    ipython, course = table["IPython"], table["course kernel"]
    for size in sizes:
        ratio = course[size][0] / ipython[size][0]
        whole = course[size][1] == args.runs
        verdict = "PASS" if ratio >= 0.5 and whole else "MISS"
        print(f"{size:>7,} lines: course kernel {ratio:.2f}x IPython's rate (target >= 0.5x), "
              f"{course[size][1]}/{args.runs} runs whole (target all): {verdict}")


if __name__ == "__main__":
    main()
