"""Checks one notebook the way the course promises: it runs fresh, shows no error, and shows what it stores.

A code cell tagged `nondeterministic` (times, hash codes, thread interleavings) is run and must not fail,
but its outputs are not compared. Keep that set small.

A cell tagged `jdk-dependent` prints something that differs between Java releases (a javac message that changed)
and is compared on every release, each with its own expected outputs:
- `outputs` hold what the release that stored the notebook printed (the notebook's
  `metadata.language_info.version`, e.g. "25.0.3+9-LTS");
- the cell's `metadata.outputs_by_jdk` maps each other feature release to its outputs, in the same nbformat
  form: `{"21": [{"output_type": "stream", "name": "stdout", "text": "..."}]}`.
A tagged cell must store the outputs of JDK 21, the course's minimum, one way or the other (CI runs 21 and the
newest); a run on a release it stores nothing for (say 23) does not compare it. Fill `outputs_by_jdk` by running,
with the kernel installed on that JDK, `PYTHONPATH=scripts .venv/bin/python tests/notebook_check.py
--store-jdk-outputs NOTEBOOK...` (scripts/jdk21-test's root under build/jdk21 has JDK 21). Only tag a cell
whose message cannot be avoided: the notebook's text should show and explain the JDK 21 form.

A student may press Run All again in the same kernel, so a notebook can also be run twice in one kernel
(`runs=2`), and the second run must show the stored outputs too. Only a cell tagged `first-run` is exempt there:
one that shows what happens before a later cell has defined something (the later definition is still there the
second time).
"""

from __future__ import annotations

import copy
import re
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from kernel_session import KERNEL_NAME

NONDETERMINISTIC_TAG = "nondeterministic"
JDK_DEPENDENT_TAG = "jdk-dependent"
FIRST_RUN_TAG = "first-run"
OUTPUTS_BY_JDK = "outputs_by_jdk"
MIN_JAVA_RELEASE = "21"
COMPARED_MIME_TYPES = ("text/plain", "text/html", "text/markdown", "text/latex", "application/json")
ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;]*m")


def code_cells(notebook) -> list:
    return [cell for cell in notebook.cells if cell.cell_type == "code" and cell.source.strip()]


def is_nondeterministic(cell) -> bool:
    return NONDETERMINISTIC_TAG in cell.get("metadata", {}).get("tags", [])


def java_feature_release(notebook) -> str:
    """The Java feature release ("21", "25") the kernel reported when the notebook ran."""
    version = notebook.get("metadata", {}).get("language_info", {}).get("version", "")
    return re.split(r"[.+-]", version, maxsplit=1)[0]


def expected_outputs(cell, stored, fresh, rerun: bool = False) -> list | None:
    """The outputs the fresh run of `cell` must show, or None if they are not compared."""
    tags = cell.get("metadata", {}).get("tags", [])
    if NONDETERMINISTIC_TAG in tags or (rerun and FIRST_RUN_TAG in tags):
        return None
    release = java_feature_release(fresh)
    if JDK_DEPENDENT_TAG not in tags or release == java_feature_release(stored):
        return cell.outputs
    return cell.get("metadata", {}).get(OUTPUTS_BY_JDK, {}).get(release)


def comparable(outputs: list) -> list:
    """What a reader sees of a cell's outputs, without volatile details (counts, metadata, ids, colours)."""
    seen = []
    for output in outputs:
        kind = output["output_type"]
        if kind == "stream":
            text = output["text"]   # a list of lines in metadata.outputs_by_jdk as written by hand
            seen.append(("stream", output["name"], "".join(text) if isinstance(text, list) else text))
        elif kind in ("execute_result", "display_data"):
            data = output.get("data", {})
            for mime in sorted(data):
                if mime in COMPARED_MIME_TYPES:
                    value = data[mime]
                    seen.append((kind, mime, "".join(value) if isinstance(value, list) else value))
                else:
                    seen.append((kind, mime, "<binary>"))
        elif kind == "error":
            seen.append(("error", output["ename"], ANSI_ESCAPE.sub("", output["evalue"])))
    return _merge_streams(seen)


def _merge_streams(seen: list) -> list:
    """Adjacent writes to one stream may arrive split differently from run to run: join them."""
    merged = []
    for item in seen:
        if merged and item[0] == "stream" and merged[-1][0] == "stream" and merged[-1][1] == item[1]:
            merged[-1] = ("stream", item[1], merged[-1][2] + item[2])
        else:
            merged.append(item)
    return merged


def static_problems(notebook, name: str) -> list[str]:
    """Problems visible without running anything."""
    problems = []
    kernelspec = notebook.metadata.get("kernelspec", {})
    if kernelspec.get("name") != KERNEL_NAME:
        problems.append(f"{name}: kernelspec is {kernelspec.get('name')!r}, expected {KERNEL_NAME!r}")
    for index, cell in enumerate(notebook.cells):
        if cell.cell_type != "code" or not cell.source.strip():
            continue
        if cell.get("execution_count") is None:
            problems.append(f"{name} cell {index}: never executed (store real outputs)")
        for output in cell.get("outputs", []):
            if output["output_type"] == "error":
                problems.append(f"{name} cell {index}: stored error output {output['ename']}: {output['evalue']}")
        tagged = JDK_DEPENDENT_TAG in cell.get("metadata", {}).get("tags", [])
        by_jdk = cell.get("metadata", {}).get(OUTPUTS_BY_JDK, {})
        if by_jdk and not tagged:
            problems.append(f"{name} cell {index}: stores {OUTPUTS_BY_JDK} but is not tagged {JDK_DEPENDENT_TAG}")
        if tagged and MIN_JAVA_RELEASE not in {java_feature_release(notebook), *by_jdk}:
            problems.append(f"{name} cell {index}: tagged {JDK_DEPENDENT_TAG} but stores no outputs for JDK "
                            f"{MIN_JAVA_RELEASE} (run tests/notebook_check.py --store-jdk-outputs on JDK "
                            f"{MIN_JAVA_RELEASE})")
    return problems


def execute(notebook, timeout: int = 120, cwd: Path | None = None, env: dict[str, str] | None = None,
            runs: int = 1) -> list:
    """Runs all of the notebook's cells `runs` times in one new kernel, as Run All pressed `runs` times; returns
    one executed copy per run. `env`, if given, is the kernel's whole environment."""
    copies = [copy.deepcopy(notebook) for _ in range(runs)]
    client = NotebookClient(copies[0], kernel_name=KERNEL_NAME, timeout=timeout, allow_errors=True,
                            resources={"metadata": {"path": str(cwd)}} if cwd else {})
    with client.setup_kernel(**({"env": env} if env is not None else {})):
        info = client.wait_for_reply(client.kc.kernel_info())
        for fresh in copies:
            client.nb = fresh
            fresh.metadata["language_info"] = info["content"]["language_info"]
            for index, cell in enumerate(fresh.cells):
                client.execute_cell(cell, index, execution_count=client.code_cells_executed + 1)
    return copies


def fresh_run_problems(stored, fresh, name: str, rerun: bool = False) -> list[str]:
    """Errors in the fresh run, and deterministic cells whose fresh outputs differ from the stored ones.
    `rerun`: the run was Run All pressed again in the same kernel."""
    problems = []
    name = f"{name} (second Run All)" if rerun else name
    for index, (old, new) in enumerate(zip(stored.cells, fresh.cells)):
        if old.cell_type != "code" or not old.source.strip():
            continue
        for output in new.get("outputs", []):
            if output["output_type"] == "error":
                problems.append(f"{name} cell {index}: error when run fresh: {output['ename']}: "
                                f"{ANSI_ESCAPE.sub('', output['evalue'])}")
        expected = expected_outputs(old, stored, fresh, rerun)
        if expected is not None and comparable(expected) != comparable(new.outputs):
            jdk = f" (JDK {java_feature_release(fresh)})" if JDK_DEPENDENT_TAG in old.metadata.get("tags", []) else ""
            problems.append(f"{name} cell {index}: fresh output differs from the stored one{jdk}\n"
                            f"  stored: {comparable(expected)!r}\n  fresh:  {comparable(new.outputs)!r}")
    return problems


def run_and_check(path: Path, timeout: int = 120, env: dict[str, str] | None = None, runs: int = 1):
    """The first fresh run of the notebook at `path`, and the problems: static ones and those of every run."""
    notebook = nbformat.read(path, as_version=4)
    problems = static_problems(notebook, path.name)
    runs_done = execute(notebook, timeout=timeout, cwd=path.parent, env=env, runs=runs)
    for number, fresh in enumerate(runs_done):
        problems += fresh_run_problems(notebook, fresh, path.name, rerun=number > 0)
    return runs_done[0], problems


def check_notebook(path: Path, timeout: int = 120, env: dict[str, str] | None = None, runs: int = 1) -> list[str]:
    return run_and_check(path, timeout=timeout, env=env, runs=runs)[1]


def store_jdk_outputs(path: Path) -> list[str]:
    """Runs the notebook on the installed kernel's JDK and, where that is not the release that stored it, keeps
    each `jdk-dependent` cell's fresh outputs in its `metadata.outputs_by_jdk`; returns what it stored."""
    notebook = nbformat.read(path, as_version=4)
    fresh = execute(notebook, cwd=path.parent)[0]
    release = java_feature_release(fresh)
    if release == java_feature_release(notebook):
        return []
    stored = []
    for index, (cell, new) in enumerate(zip(notebook.cells, fresh.cells)):
        if cell.cell_type == "code" and JDK_DEPENDENT_TAG in cell.metadata.get("tags", []):
            outputs = [{key: value for key, value in output.items() if key != "execution_count"}
                       for output in new.outputs]
            cell.metadata.setdefault(OUTPUTS_BY_JDK, {})[release] = outputs
            stored.append(f"{path.name} cell {index}: outputs for JDK {release}")
    nbformat.write(notebook, path)
    return stored


if __name__ == "__main__":
    import sys

    if len(sys.argv) < 3 or sys.argv[1] != "--store-jdk-outputs":
        sys.exit("usage: PYTHONPATH=scripts python tests/notebook_check.py --store-jdk-outputs NOTEBOOK...")
    for argument in sys.argv[2:]:
        print("\n".join(store_jdk_outputs(Path(argument))) or f"{argument}: nothing to store")
