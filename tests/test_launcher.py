"""The course kernel's launcher: the quick shell loop by default, JJava's stock loop as a working fallback."""

import json
import os

import jupyter_client
import pytest
from jupyter_client.kernelspec import KernelSpecManager

from kernel_session import KERNEL_NAME


def start_and_run_one_cell(tmp_path, extra_env):
    log = tmp_path / "kernel.log"
    manager = jupyter_client.KernelManager(kernel_name=KERNEL_NAME)
    with open(log, "w") as stderr:
        manager.start_kernel(env={**os.environ, **extra_env}, stderr=stderr)
        client = manager.client()
        client.start_channels()
        try:
            client.wait_for_ready(timeout=120)
            reply = client.execute_interactive("6 * 7", timeout=60, output_hook=lambda message: None)
            status = reply["content"]["status"]
        finally:
            client.stop_channels()
            manager.shutdown_kernel(now=True)
    return status, log.read_text()


@pytest.mark.parametrize("extra_env, expected_log", [
    ({}, "quick shell loop: 1 ms between polls"),
    ({"COURSE_KERNEL_STOCK_SHELL": "1"}, "using JJava's stock shell loop"),
], ids=["quick", "stock-fallback"])
def test_kernel_serves_cells_on_both_shell_loops_and_says_which(tmp_path, extra_env, expected_log):
    status, log = start_and_run_one_cell(tmp_path, extra_env)
    assert status == "ok"
    assert expected_log in log


def test_a_cell_sent_the_moment_the_kernel_is_ready_sees_the_finished_startup(tmp_path):
    # The kernel answers kernel_info while JShell warms up in the background; cells must wait for the warm-up,
    # so the start-up script's imports and the display extension are there for the very first cell.
    manager = jupyter_client.KernelManager(kernel_name=KERNEL_NAME)
    log = tmp_path / "kernel.log"
    with open(log, "w") as stderr:
        manager.start_kernel(stderr=stderr)
        client = manager.client()
        client.start_channels()
        try:
            client.wait_for_ready(timeout=120)
            outputs = []
            reply = client.execute_interactive(
                'Exercise.class.getSimpleName() + " " + Table.create("t").getClass().getSimpleName()',
                timeout=120, output_hook=outputs.append)
            complete = client.complete("Exercise.chec", 13, reply=True, timeout=60)
        finally:
            client.stop_channels()
            manager.shutdown_kernel(now=True)
    results = [m["content"]["data"]["text/plain"] for m in outputs if m["msg_type"] == "execute_result"]
    assert reply["content"]["status"] == "ok"
    assert results == ['"Exercise Table"'] or results == ["Exercise Table"]
    assert "check" in " ".join(complete["content"]["matches"])
    assert "JShell ready in" in log.read_text()


def test_a_missing_or_stale_aot_cache_never_stops_the_kernel(tmp_path):
    spec = KernelSpecManager().get_kernel_spec(KERNEL_NAME)
    stale = tmp_path / "stale.aot"
    stale.write_bytes(b"not a cache")
    for cache in (tmp_path / "missing.aot", stale):
        argv = [arg for arg in spec.argv if not arg.startswith("-XX:AOTCache=")]
        argv.insert(1, f"-XX:AOTCache={cache}")
        kernel_dir = tmp_path / "kernels" / "course-cache-test"
        kernel_dir.mkdir(parents=True, exist_ok=True)
        (kernel_dir / "kernel.json").write_text(json.dumps({**spec.to_dict(), "argv": argv}))
        manager = jupyter_client.KernelManager(
            kernel_name="course-cache-test", kernel_spec_manager=KernelSpecManager(kernel_dirs=[str(kernel_dir.parent)]))
        manager.start_kernel()
        client = manager.client()
        client.start_channels()
        try:
            client.wait_for_ready(timeout=120)
            reply = client.execute_interactive("6 * 7", timeout=120, output_hook=lambda message: None)
        finally:
            client.stop_channels()
            manager.shutdown_kernel(now=True)
        assert reply["content"]["status"] == "ok", cache.name
