"""Trains the course kernel's ahead-of-time cache (JDK 25+, JEP 483/514/515), or on JDK 21-24 its CDS archive.

    <venv>/bin/python kernel-config/train_aot_cache.py <installed kernel dir>

install.py runs this after installing the kernelspec. It starts the installed kernel once with
-XX:AOTCacheOutput instead of -XX:AOTCache, runs the code cells of a few course notebooks through it (a
realistic training run: JShell compiling cells, tables, generators, exercise checks), and shuts it down
cleanly: the JVM writes the cache only when it exits normally. On JDK 21-24 the kernelspec names a CDS archive
(-XX:SharedArchiveFile) instead, and the training run writes it at exit with -XX:ArchiveClassesAtExit (AppCDS,
a dynamic archive: the classes loaded, not the profiles). The cache then holds the classes that run
loaded and linked, and the method profiles it gathered, so every later kernel starts with them ready.

The cache is written next to kernel.json under a temporary name and renamed into place when complete, so a
kernel starting meanwhile never sees half a file. If anything goes wrong the kernel still works: a JVM
given a missing or stale cache logs why and starts without it.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

import nbformat
from jupyter_client import KernelManager
from jupyter_client.kernelspec import KernelSpecManager
from nbclient import NotebookClient

# The flag that uses a cache -> the flag that writes it at exit, and the log tags to quiet while writing.
CACHE_FLAGS = {
    "-XX:AOTCache=": ("-XX:AOTCacheOutput=", ["-Xlog:aot*=error", "-Xlog:cds*=error"]),
    "-XX:SharedArchiveFile=": ("-XX:ArchiveClassesAtExit=", ["-Xlog:cds*=error"]),
}
TRAINING_NOTEBOOKS = ["01-data-structures.ipynb", "05-generators-iterators.ipynb", "13-unit-testing.ipynb"]
NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
# Writing the cache runs a second JVM after the kernel exits; give it time on a slow machine.
CACHE_WRITE_SECONDS = 600


def cache_path(argv: list[str]) -> Path:
    """Where the kernelspec's JVM reads its class cache."""
    for option in argv:
        for flag in CACHE_FLAGS:
            if option.startswith(flag):
                return Path(option[len(flag):])
    raise SystemExit(f"error: the kernelspec has no {' or '.join(CACHE_FLAGS)}... flag; nothing to train")


def training_argv(argv: list[str], output: Path) -> list[str]:
    """The kernel's own command line with the cache flag turned from 'use' into 'write'."""
    java, *options = argv
    written, quiet = [], []
    for option in options:
        flag = next((flag for flag in CACHE_FLAGS if option.startswith(flag)), None)
        if flag is None:
            written.append(option)
        else:
            write_flag, quiet = CACHE_FLAGS[flag]
            written.append(f"{write_flag}{output}")
    if not quiet:
        raise SystemExit(f"error: the kernelspec has no {' or '.join(CACHE_FLAGS)}... flag; nothing to train")
    # The training run warns about every class it cannot cache (cell classes, the agent's): not news.
    return [java, *quiet, *written]


def main() -> None:
    kernel_dir = Path(sys.argv[1]).resolve()
    spec = json.loads((kernel_dir / "kernel.json").read_text(encoding="utf-8"))
    cache = kernel_dir / cache_path(spec["argv"]).name
    partial = kernel_dir / (cache.name + ".partial")
    partial.unlink(missing_ok=True)
    # the training notebooks' exercise checks must not land in the installer's ~/.java-course (the empty path
    # turns recording off; see edu.pyjava.exercises.ProgressLog)
    os.environ["JAVA_COURSE_PROGRESS"] = ""

    with tempfile.TemporaryDirectory() as kernels:
        training_dir = Path(kernels) / "course-aot-training"
        training_dir.mkdir()
        spec["argv"] = training_argv(spec["argv"], partial)
        (training_dir / "kernel.json").write_text(json.dumps(spec), encoding="utf-8")

        cells = []
        for name in TRAINING_NOTEBOOKS:
            notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
            cells.extend(cell for cell in notebook.cells if cell.cell_type == "code")
        training = nbformat.v4.new_notebook(cells=cells)
        manager = KernelManager(kernel_name=training_dir.name, shutdown_wait_time=CACHE_WRITE_SECONDS,
                                kernel_spec_manager=KernelSpecManager(kernel_dirs=[kernels]))
        with tempfile.TemporaryDirectory() as work:
            # The kernel's working directory must outlive the kernel: the JVM starts the cache writer there.
            NotebookClient(training, km=manager, timeout=300, allow_errors=True,
                           resources={"metadata": {"path": work}}).execute()
            # nbclient leaves a kernel it was handed running; a clean shutdown is what makes the JVM write.
            if manager.is_alive():
                manager.shutdown_kernel(now=False)

    if not partial.is_file():
        raise SystemExit("error: the training run wrote no cache (see the kernel's output above)")
    partial.replace(cache)


if __name__ == "__main__":
    main()
