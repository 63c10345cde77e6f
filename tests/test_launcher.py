"""The course kernel's launcher: the quick shell loop by default, JJava's stock loop as a working fallback."""

import json
import os
import re
import subprocess
import time

import jupyter_client
import pytest
from jupyter_client.kernelspec import KernelSpecManager

from kernel_session import KERNEL_NAME, KernelSession, thread_cpu_seconds


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
    ({}, "quick shell loop: blocking poll, no sleep"),
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


CACHE_FLAGS = ("-XX:AOTCache=", "-XX:SharedArchiveFile=")


def class_cache_flag(java: str) -> str:
    """The option naming the kernel's class cache: JDK 25's AOT cache, or an older JDK's CDS archive."""
    version = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=60).stderr
    return CACHE_FLAGS[0] if int(re.search(r'version "(\d+)', version)[1]) >= 25 else CACHE_FLAGS[1]


def test_a_missing_or_stale_aot_cache_never_stops_the_kernel(tmp_path):
    spec = KernelSpecManager().get_kernel_spec(KERNEL_NAME)
    flag = class_cache_flag(spec.argv[0])
    stale = tmp_path / "stale.aot"
    stale.write_bytes(b"not a cache")
    for cache in (tmp_path / "missing.aot", stale):
        argv = [arg for arg in spec.argv if not arg.startswith(CACHE_FLAGS)]
        argv.insert(1, f"{flag}{cache}")
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


def test_an_idle_kernel_does_not_poll_in_a_busy_loop():
    # JJava's loop polls and sleeps; with a 1 ms sleep each channel woke 1000 times a second (3% of a core each,
    # paid by every idle kernel of a class). The course kernel's channels wait inside the poll instead.
    kernel = KernelSession()
    try:
        assert kernel.run("1 + 1").status == "ok"
        pid = kernel.manager.provisioner.pid

        def in_loops(thread_name: str) -> bool:
            return thread_name.startswith(("Shell", "Control"))

        before = thread_cpu_seconds(pid, in_loops)
        time.sleep(3.0)
        idle = thread_cpu_seconds(pid, in_loops) - before
    finally:
        kernel.close()
    assert idle < 0.03, f"the shell and control threads used {idle:.3f} s of CPU in 3 idle seconds"


def test_package_names_complete_once_completion_has_started_the_class_path_index():
    # The launcher holds JShell's class-path index back until the first completion request (a kernel that only
    # runs cells never needs it); from then on it builds in the background and package names complete.
    kernel = KernelSession()
    code = "import tech.tablesaw.c"
    try:
        deadline = time.monotonic() + 60
        matches = []
        while time.monotonic() < deadline and "columns." not in matches:
            matches = kernel.client.complete(code, len(code), reply=True, timeout=60)["content"]["matches"]
            time.sleep(0.5)
    finally:
        kernel.close()
    assert "columns." in matches, matches
