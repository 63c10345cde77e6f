"""The course kernel's launcher: the quick shell loop by default, JJava's stock loop as a working fallback."""

import os

import jupyter_client
import pytest

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
