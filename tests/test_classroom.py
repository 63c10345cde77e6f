"""A class of four on a real JupyterHub (benchmarks/classroom.py with N = 4): every student logs in, gets a server,
opens a notebook and runs all of it through the hub's proxy; no cell fails or loses output; the idle kernels and
then the idle servers are culled and their memory returns; the hub, its proxy and every server and kernel it
started are gone afterwards. The hub binds 127.0.0.1 on ephemeral ports and is always stopped."""

import asyncio
import importlib.util
import sys
import psutil
import pytest

from support import IN_CI, REPO

pytestmark = pytest.mark.slow

spec = importlib.util.spec_from_file_location("classroom", REPO / "benchmarks" / "classroom.py")
classroom = sys.modules["classroom"] = importlib.util.module_from_spec(spec)  # dataclasses look it up there
spec.loader.exec_module(classroom)

STUDENTS = 4


@pytest.fixture(scope="module")
def class_of_four():
    if not classroom.PROXY.exists():
        message = f"{classroom.PROXY} missing: kernel-config/install.sh installs it when npm is present"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    result = asyncio.run(classroom.run_class(STUDENTS, REPO / "notebooks" / "02-builtins.ipynb",
                                             kernel_cull_seconds=10, server_cull_seconds=20, idle_wait=150))
    print("\n".join(classroom.report(result)))
    return result


def test_every_student_logs_in_and_runs_all_cells_without_a_failed_or_lost_output(class_of_four):
    result = class_of_four
    assert [r.error for r in result.runs] == [""] * STUDENTS
    assert all(r.first_result <= r.run_all for r in result.runs)
    assert [(r.failed, r.lost) for r in result.runs] == [([], [])] * STUDENTS


def test_each_student_has_one_server_and_one_kernel_while_working(class_of_four):
    result = class_of_four
    working = result.working
    assert (working.kernels, working.servers) == (STUDENTS, STUDENTS)
    assert working.kernel_uss > 0 and working.server_uss > 0
    assert working.kernel_uss <= working.kernel_rss


def test_idle_kernels_then_idle_servers_are_culled_and_their_memory_returns(class_of_four):
    result = class_of_four
    kernels_culled = result.idle_kernels_culled
    assert kernels_culled is not None, "the servers' kernel culling did not shut the idle kernels down"
    assert (kernels_culled.kernels, kernels_culled.kernel_rss) == (0, 0)
    assert kernels_culled.servers == STUDENTS
    servers_culled = result.idle_servers_culled
    assert servers_culled is not None, "jupyterhub-idle-culler did not stop the idle servers"
    assert (servers_culled.servers, servers_culled.server_rss) == (0, 0)


def test_the_hub_and_everything_it_started_are_stopped(class_of_four):
    started = class_of_four.pids
    assert len(started) >= 1 + 1 + 1 + 2 * STUDENTS  # hub, proxy, culler, a server and a kernel per student
    still_running = []
    for pid in started:
        try:
            if psutil.Process(pid).status() != psutil.STATUS_ZOMBIE:
                still_running.append(pid)
        except psutil.NoSuchProcess:
            pass
    assert still_running == []
