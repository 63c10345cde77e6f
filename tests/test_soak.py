"""A student's hour in one kernel (issue 15): 200 cells of definitions, redefinitions, exceptions, printing loops,
interrupted busy loops, worker pools shut down with shutdownNow() and %library, every output checked, nothing lost,
and the kernel's memory bounded."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import psutil
import pytest

from kernel_session import CellResult, KernelSession

CELLS = 200
RSS_LIMIT_MIB = 900          # -Xmx512m heap, plus metaspace for 200 cells' classes, code cache and the JVM itself
RSS_GROWTH_LIMIT_MIB = 300   # from the first round of cells to the last


@dataclass(frozen=True)
class Step:
    """One kind of cell a student runs: its code for round `n`, and what it must show."""
    name: str
    code: Callable[[int], str]
    shows: Callable[[int, CellResult], bool]
    interrupt_on: str | None = None


def ok_with(text: Callable[[int], str]) -> Callable[[int, CellResult], bool]:
    return lambda n, cell: cell.status == "ok" and cell.text == text(n)


STEPS = [
    Step("definition", lambda n: f"int value{n} = {n};\nvalue{n} * 2", ok_with(lambda n: str(2 * n))),
    Step("redefined method", lambda n: f'String greet() {{ return "hi {n}"; }}\ngreet()',
         lambda n, cell: cell.status == "ok" and cell.text.strip('"') == f"hi {n}"),
    Step("redefined record", lambda n: f"record Point(int x, int y) {{ int sum() {{ return x + y + {n}; }} }}\n"
                                       f"new Point(1, 2).sum()", ok_with(lambda n: str(3 + n))),
    Step("exception", lambda n: f'throw new IllegalStateException("boom {n}");',
         lambda n, cell: cell.status == "error" and "IllegalStateException" in cell.text and f"boom {n}" in cell.text),
    Step("printing loop", lambda n: f'for (int i = 0; i < 2000; i++) System.out.println("{n}:" + i);',
         ok_with(lambda n: "".join(f"{n}:{i}\n" for i in range(2000)))),
    Step("interrupted busy loop", lambda n: 'System.out.println("started");\nlong spins = 0;\nwhile (true) spins++;',
         lambda n, cell: cell.status == "error" and "interrupt" in cell.text.lower(), interrupt_on="started"),
    Step("shutdownNow", lambda n: "var pool = java.util.concurrent.Executors.newFixedThreadPool(2);\n"
                                  "var job = pool.submit(() -> { long k = 0; "
                                  "while (!Thread.currentThread().isInterrupted()) k++; return \"clean\"; });\n"
                                  "Thread.sleep(5); pool.shutdownNow(); job.get()",
         lambda n, cell: cell.status == "ok" and cell.text.strip('"') == "clean"),
    Step("library", lambda n: "%library databases" if n == 0 else "org.h2.Driver.class.getSimpleName()",
         lambda n, cell: cell.status == "ok" and (n == 0 or cell.text.strip('"') == "Driver")),
    Step("stream", lambda n: f"java.util.stream.IntStream.rangeClosed(1, {n + 1}).sum()",
         ok_with(lambda n: str((n + 1) * (n + 2) // 2))),
    Step("generator", lambda n: "edu.pyjava.generators.Generator.<Integer>of(out -> "
                                f"{{ for (int k = 0; k < 3; k++) out.yield(k + {n}); }}).stream().toList()",
         ok_with(lambda n: f"[{n}, {n + 1}, {n + 2}]")),
]


def rss_mib(kernel: KernelSession) -> float:
    return psutil.Process(kernel.manager.provisioner.pid).memory_info().rss / 2**20


@pytest.mark.slow
def test_two_hundred_cells_of_a_students_hour_in_one_kernel():
    kernel = KernelSession()
    wrong = []
    try:
        first_round_rss = None
        for index in range(CELLS):
            step = STEPS[index % len(STEPS)]
            round_ = index // len(STEPS)
            cell = kernel.run(step.code(round_), timeout=120, interrupt_on=step.interrupt_on)
            if not step.shows(round_, cell):
                wrong.append(f"cell {index} ({step.name}): {cell.status} {cell.text[:300]!r}")
            if index == len(STEPS) - 1:
                first_round_rss = rss_mib(kernel)
        final_rss = rss_mib(kernel)
        still_alive = kernel.run("1 + 1")
    finally:
        kernel.close()
    assert wrong == [], "\n".join(wrong)
    assert (still_alive.status, still_alive.text) == ("ok", "2")
    assert final_rss < RSS_LIMIT_MIB, f"RSS {final_rss:.0f} MiB after {CELLS} cells"
    assert final_rss - first_round_rss < RSS_GROWTH_LIMIT_MIB, (
        f"RSS grew from {first_round_rss:.0f} to {final_rss:.0f} MiB over {CELLS} cells")
