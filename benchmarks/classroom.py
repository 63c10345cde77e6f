"""A class on one JupyterHub, measured: N students log in together and Run All of one notebook.

    .venv/bin/python benchmarks/classroom.py [--students 10 20 30] [--notebook 02-builtins] [--idle-wait 90]

For each N it starts a real JupyterHub (PyPI `jupyterhub`) with its proxy (npm `configurable-http-proxy`, installed
by kernel-config/install.sh under build/classroom) on 127.0.0.1, with the dummy authenticator and
SimpleLocalProcessSpawner; every user's server is the course's venv (`jupyterhub-singleuser`) in a home of its own
under a temporary directory, holding a copy of the notebook. N simulated students start at once; each, as a
browser with JupyterLab does:
  logs in through the hub's login form, waits for its server, opens the notebook (POST /api/sessions), connects
  the kernel's websocket, sends kernel_info, then every code cell's execute_request at once (Run All), and
  collects the outputs.
Then it closes the websockets (the students close their laptops): the single-user servers' own kernel culling
(--MappingKernelManager.cull_idle_timeout) shuts the idle kernels down, and the hub's jupyterhub-idle-culler
service stops the idle servers; memory is measured at each step.

Printed per N: login -> first cell result and login -> Run All finished (median, worst); cells that failed or lost
output against the notebook's stored outputs (must be 0); memory (RSS and USS) of the kernels and of the
single-user servers, total and per student, while working and after the kernels were culled; CPU-seconds per
student to start and Run All, and a minute's CPU of an idle kernel and an idle server; the hub's own memory; and
the machine's load average. docs/classroom.md quotes a run and turns it into a sizing table. The client is aiohttp (HTTP, cookies, websocket) with jupyter_client's
Session building the Jupyter messages; no protocol code of our own.

tests/test_classroom.py runs the same code with N = 4.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
import psutil
from jupyter_client.jsonutil import json_default
from jupyter_client.session import Session

REPO = Path(__file__).resolve().parents[1]
VENV = Path(os.environ.get("COURSE_VENV", REPO / ".venv")).resolve()
PROXY = REPO / "build" / "classroom" / "node_modules" / ".bin" / "configurable-http-proxy"
KERNEL_NAME = "java-course"
KERNEL_MAIN_CLASS = "edu.pyjava.kernel.launcher.CourseKernel"
PASSWORD = "classroom"
ACTIVITY_SECONDS = 5  # how often servers and the proxy report activity to the hub, for the idle culler
CELL_TIMEOUT = 1200.0  # seconds a student waits for a server, or for the next message, before giving up


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Hub:
    """A JupyterHub process and its temporary home; `stop()` ends it and everything it started."""
    root: Path
    url: str
    process: subprocess.Popen
    seen: set[int] = field(default_factory=set)

    def processes(self) -> list[psutil.Process]:
        """The hub and every process under it (proxy, single-user servers, kernels, culler); remembered for stop()."""
        try:
            hub = psutil.Process(self.process.pid)
            tree = [hub, *hub.children(recursive=True)]
        except psutil.NoSuchProcess:
            return []
        self.seen.update(p.pid for p in tree)
        return tree

    def stop(self) -> None:
        self.processes()
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)  # the hub stops the servers and the proxy it started
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=30)
        for pid in self.seen:
            try:
                leftover = psutil.Process(pid)
                leftover.kill()
            except psutil.Error:
                pass


def hub_config(root: Path, port: int, kernel_cull_seconds: int, server_cull_seconds: int) -> str:
    """jupyterhub_config.py for a hub on loopback: dummy login, local processes, the course venv, culling."""
    python = VENV / "bin" / "python"
    return f'''
import os
c = get_config()
c.JupyterHub.ip = "127.0.0.1"
c.JupyterHub.port = {port}
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = {free_port()}
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{free_port()}"
c.ConfigurableHTTPProxy.command = [{str(PROXY)!r}]
c.JupyterHub.db_url = "sqlite:///{root}/jupyterhub.sqlite"
c.JupyterHub.cookie_secret_file = "{root}/cookie_secret"
c.JupyterHub.pid_file = "{root}/jupyterhub.pid"
c.JupyterHub.authenticator_class = "dummy"
c.DummyAuthenticator.password = {PASSWORD!r}
c.Authenticator.allow_all = True
c.JupyterHub.spawner_class = "simple"
c.SimpleLocalProcessSpawner.home_dir_template = "{root}/home/{{username}}"
c.Spawner.cmd = [{str(VENV / "bin" / "jupyterhub-singleuser")!r}]
c.Spawner.default_url = "/lab"
c.Spawner.start_timeout = 1200
c.Spawner.http_timeout = 1200
c.JupyterHub.concurrent_spawn_limit = 0
# the server's own kernel culling: a kernel idle this long with no browser connected is shut down
c.Spawner.args = ["--MappingKernelManager.cull_idle_timeout={kernel_cull_seconds}",
                  "--MappingKernelManager.cull_interval={max(2, kernel_cull_seconds // 3)}",
                  "--ServerApp.shutdown_no_activity_timeout=0"{', "--allow-root"' if os.geteuid() == 0 else ""}]
# servers report activity this often (default 300 s), so the culler never stops a server that is working
c.JupyterHub.last_activity_interval = {ACTIVITY_SECONDS}
c.Spawner.environment = {{
    "JUPYTERHUB_ACTIVITY_INTERVAL": "{ACTIVITY_SECONDS}",
    # progress records go to the student's own (temporary) home
    "JAVA_COURSE_PROGRESS": lambda spawner: "{root}/home/" + spawner.user.name + "/.java-course/progress.jsonl",
}}
# jupyterhub-idle-culler stops servers idle this long (a forgotten tab, a closed laptop)
c.JupyterHub.services = [{{
    "name": "idle-culler",
    "command": [{str(python)!r}, "-m", "jupyterhub_idle_culler", "--timeout={server_cull_seconds}",
                "--cull-every={max(5, server_cull_seconds // 4)}"],
}}]
c.JupyterHub.load_roles = [{{
    "name": "idle-culler",
    "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"],
    "services": ["idle-culler"],
}}]
'''


async def start_hub(root: Path, kernel_cull_seconds: int, server_cull_seconds: int) -> Hub:
    if not PROXY.exists():
        raise FileNotFoundError(f"{PROXY} is missing: run kernel-config/install.sh (it needs npm)")
    port = free_port()
    (root / "jupyterhub_config.py").write_text(hub_config(root, port, kernel_cull_seconds, server_cull_seconds))
    env = dict(os.environ, PATH=f"{VENV / 'bin'}{os.pathsep}{os.environ['PATH']}")
    env.pop("JAVA_COURSE_PROGRESS", None)
    log = open(root / "jupyterhub.log", "w")
    process = subprocess.Popen([str(VENV / "bin" / "jupyterhub"), "-f", str(root / "jupyterhub_config.py")],
                               cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    hub = Hub(root, f"http://127.0.0.1:{port}", process)
    deadline = time.monotonic() + 120
    async with aiohttp.ClientSession() as http:
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"JupyterHub exited ({process.returncode}); see {root / 'jupyterhub.log'}")
            try:
                async with http.get(f"{hub.url}/hub/api/") as response:
                    if response.status == 200:
                        return hub
            except aiohttp.ClientError:
                pass
            if time.monotonic() > deadline:
                hub.stop()
                raise TimeoutError(f"JupyterHub did not answer; see {root / 'jupyterhub.log'}")
            await asyncio.sleep(0.5)


@dataclass
class StudentRun:
    name: str
    first_result: float = float("nan")  # seconds from login to the first cell's first output
    run_all: float = float("nan")       # seconds from login until every cell replied and went idle
    failed: list[int] = field(default_factory=list)  # cells with an error the stored notebook does not have
    lost: list[int] = field(default_factory=list)    # cells that showed nothing where the stored notebook shows output
    error: str = ""
    first_failure: str = ""  # the first error a cell showed, for the report


def code_cells(notebook: dict) -> list[dict]:
    return [c for c in notebook["cells"] if c["cell_type"] == "code" and "".join(c["source"]).strip()]


async def log_in(http: aiohttp.ClientSession, hub: Hub, name: str, start: asyncio.Event) -> float:
    """Fetches the login page, waits for the class to start, posts the form; returns the moment of the post."""
    async with http.get(f"{hub.url}/hub/login") as response:
        page = await response.text()
    xsrf = re.search(r'name="_xsrf" value="([^"]+)"', page).group(1)
    await start.wait()
    login = time.monotonic()
    async with http.post(f"{hub.url}/hub/login?next=", data={
            "username": name, "password": PASSWORD, "_xsrf": xsrf}) as response:
        await response.read()
    return login


async def wait_for_server(http: aiohttp.ClientSession, server: str, since: float) -> None:
    """Asks for JupyterLab until it answers: the hub shows its spawn-pending page until the server is up, then its
    OAuth hands the client the server's cookies."""
    while True:
        async with http.get(f"{server}/lab") as response:
            await response.read()
            if response.status == 200 and str(response.url).startswith(f"{server}/lab"):
                return
        if time.monotonic() - since > CELL_TIMEOUT:
            raise TimeoutError(f"{server} did not start")
        await asyncio.sleep(1)


async def open_notebook(http: aiohttp.ClientSession, server: str, notebook_name: str, headers: dict) -> str:
    """POST /api/sessions, as JupyterLab does when it opens a notebook; returns the new kernel's id."""
    async with http.post(f"{server}/api/sessions", headers=headers, json={
            "path": notebook_name, "name": notebook_name, "type": "notebook",
            "kernel": {"name": KERNEL_NAME}}) as response:
        assert response.status == 201, await response.text()
        return (await response.json())["kernel"]["id"]


async def run_all(ws: aiohttp.ClientWebSocketResponse, session: Session, cells: list[dict], run: StudentRun,
                  login: float) -> list[list[str]]:
    """Sends kernel_info and every cell's execute_request at once, as Run All does, and collects each cell's output
    types until every cell has both replied and gone idle (the two arrive on different channels, in either order)."""
    async def send(msg_type: str, content: dict) -> str:
        message = session.msg(msg_type, content)
        message["channel"] = "shell"
        await ws.send_str(json.dumps(message, default=json_default))
        return message["header"]["msg_id"]

    await send("kernel_info_request", {})
    ids = [await send("execute_request", {"code": "".join(c["source"]), "silent": False, "store_history": True,
                                          "allow_stdin": False, "stop_on_error": False}) for c in cells]
    index = {msg_id: i for i, msg_id in enumerate(ids)}
    outputs: list[list[str]] = [[] for _ in cells]
    replied: set[int] = set()
    idle: set[int] = set()
    while len(replied) < len(ids) or len(idle) < len(ids):
        frame = await ws.receive(timeout=CELL_TIMEOUT)
        if frame.type != aiohttp.WSMsgType.TEXT:
            raise ConnectionError(f"{run.name}'s websocket closed: {frame.type}")
        message = json.loads(frame.data)
        cell = index.get(message.get("parent_header", {}).get("msg_id"))
        if cell is None:
            continue
        kind, content = message["msg_type"], message["content"]
        if message["channel"] == "iopub" and kind in ("stream", "execute_result", "display_data", "error"):
            outputs[cell].append(kind)
            if kind == "error" and not run.first_failure:
                run.first_failure = f"cell {cell}: {content['ename']}: {content['evalue']}"
        elif message["channel"] == "iopub" and kind == "status" and content["execution_state"] == "idle":
            idle.add(cell)
        elif message["channel"] == "shell" and kind == "execute_reply":
            replied.add(cell)
        if cell == 0 and run.first_result != run.first_result and (outputs[0] or 0 in replied):
            run.first_result = time.monotonic() - login
    return outputs


async def student(hub: Hub, name: str, notebook_name: str, cells: list[dict], start: asyncio.Event) -> StudentRun:
    """One student: log in, wait for the server, open the notebook, Run All, and check every cell's outputs."""
    run = StudentRun(name)
    jar = aiohttp.CookieJar(unsafe=True)  # cookies for 127.0.0.1
    async with aiohttp.ClientSession(cookie_jar=jar, timeout=aiohttp.ClientTimeout(total=CELL_TIMEOUT)) as http:
        login = await log_in(http, hub, name, start)
        server = f"{hub.url}/user/{name}"
        await wait_for_server(http, server, login)
        xsrf = next(c.value for c in jar if c.key == "_xsrf" and c["path"].startswith(f"/user/{name}"))
        headers = {"X-XSRFToken": xsrf}  # JupyterLab sends the server's _xsrf cookie back with every request
        kernel_id = await open_notebook(http, server, notebook_name, headers)
        session = Session(username=name)
        channels = f"{server.replace('http', 'ws', 1)}/api/kernels/{kernel_id}/channels?session_id={session.session}"
        async with http.ws_connect(channels, headers=headers, max_msg_size=0) as ws:
            outputs = await run_all(ws, session, cells, run, login)
            run.run_all = time.monotonic() - login
    for i, cell in enumerate(cells):
        stored = [o["output_type"] for o in cell.get("outputs", [])]
        if "error" in outputs[i] and "error" not in stored:
            run.failed.append(i)
        elif stored and not outputs[i]:
            run.lost.append(i)
    return run


async def guarded(coroutine, name: str) -> StudentRun:
    try:
        return await coroutine
    except Exception as error:  # one student's failure is reported, not fatal to the class
        return StudentRun(name, error=f"{type(error).__name__}: {error}")


@dataclass
class Memory:
    kernels: int
    kernel_rss: float
    kernel_uss: float
    servers: int
    server_rss: float
    server_uss: float
    cpu_seconds: float  # kernels and servers, user + system
    hub_rss: float = 0.0  # the hub, its proxy and the culler: once per class, not per student
    server_cpu: dict[int, float] = field(default_factory=dict)  # each server's CPU-seconds, by process id
    kernel_cpu: dict[int, float] = field(default_factory=dict)  # each kernel's CPU-seconds, by process id
    at: float = field(default_factory=time.monotonic)


def measure(hub: Hub) -> Memory:
    """RSS and USS (MiB) of the kernels (each JVM with its children) and of the single-user servers."""
    kernel_rss = kernel_uss = server_rss = server_uss = cpu = hub_rss = 0.0
    server_cpu: dict[int, float] = {}
    kernel_cpu: dict[int, float] = {}
    kernels = servers = 0
    for process in hub.processes():
        try:
            command = " ".join(process.cmdline())
            if KERNEL_MAIN_CLASS in command:
                kernels += 1
                target = "kernel"
            elif "jupyterhub-singleuser" in command:
                servers += 1
                target = "server"
            else:
                hub_rss += process.memory_info().rss / 2**20
                continue
            info = process.memory_full_info()
            times = process.cpu_times()
        except psutil.Error:
            continue
        cpu += times.user + times.system
        (server_cpu if target == "server" else kernel_cpu)[process.pid] = times.user + times.system
        if target == "kernel":
            kernel_rss += info.rss / 2**20
            kernel_uss += info.uss / 2**20
        else:
            server_rss += info.rss / 2**20
            server_uss += info.uss / 2**20
    return Memory(kernels, kernel_rss, kernel_uss, servers, server_rss, server_uss, cpu, hub_rss, server_cpu,
                  kernel_cpu)


async def wait_until(condition, seconds: float, step: float = 2.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        await asyncio.sleep(step)
    return condition()


@dataclass
class ClassRun:
    students: int
    runs: list[StudentRun]
    working: Memory
    idle_open: Memory  # a little later, the kernels still open and idle
    idle_kernels_culled: Memory | None
    idle_servers_culled: Memory | None
    load: tuple[float, float, float]
    wall: float
    pids: set[int] = field(default_factory=set)  # every process the hub started, all stopped by now


async def run_class(students: int, notebook: Path, kernel_cull_seconds: int = 30, server_cull_seconds: int = 60,
                    idle_wait: float = 120, cull_servers: bool = True) -> ClassRun:
    """Starts a hub, runs a class of `students`, measures, lets the culler work, and always stops the hub."""
    stored = json.loads(notebook.read_text(encoding="utf-8"))
    cells = code_cells(stored)
    root = Path(tempfile.mkdtemp(prefix="classroom-"))
    hub = result = None
    try:
        names = [f"student{i:02d}" for i in range(1, students + 1)]
        for name in names:
            home = root / "home" / name
            home.mkdir(parents=True)
            shutil.copy2(notebook, home / notebook.name)
        hub = await start_hub(root, kernel_cull_seconds, server_cull_seconds)
        start = asyncio.Event()
        began = time.monotonic()
        tasks = [asyncio.create_task(guarded(student(hub, name, notebook.name, cells, start), name)) for name in names]
        await asyncio.sleep(0.5)  # every student has the login page: they press the button together
        start.set()
        runs = await asyncio.gather(*tasks)
        wall = time.monotonic() - began
        load = os.getloadavg()
        working = measure(hub)
        await asyncio.sleep(min(20, kernel_cull_seconds * 2 / 3))  # the class sits idle, kernels still open
        idle_open = measure(hub)
        kernels_culled = servers_culled = None
        if await wait_until(lambda: measure(hub).kernels == 0, idle_wait):
            kernels_culled = measure(hub)
            if cull_servers and await wait_until(lambda: measure(hub).servers == 0, idle_wait):
                servers_culled = measure(hub)
        result = ClassRun(students, runs, working, idle_open, kernels_culled, servers_culled, load, wall)
        return result
    finally:
        if hub is not None:
            hub.stop()
            if result is not None:
                result.pids = set(hub.seen)
        shutil.rmtree(root, ignore_errors=True)


def seconds(values: list[float]) -> str:
    values = [v for v in values if v == v]
    if not values:
        return "n/a"
    return f"{statistics.median(values):6.1f} / {max(values):6.1f}"


def idle_cpu_per_minute(before: dict[int, float], after: dict[int, float], minutes: float) -> float:
    """CPU-seconds a minute one idle process used between two measurements, over the processes alive at both."""
    both = before.keys() & after.keys()
    if not both or minutes <= 0:
        return float("nan")
    return sum(after[pid] - before[pid] for pid in both) / len(both) / minutes


def report(result: ClassRun) -> list[str]:
    n = result.students
    runs = result.runs
    failed = sum(len(r.failed) for r in runs)
    lost = sum(len(r.lost) for r in runs)
    errors = [f"{r.name}: {r.error}" for r in runs if r.error]
    w = result.working
    lines = [
        f"N = {n}  (wall {result.wall:.0f} s, load average at the end {result.load[0]:.1f} / {result.load[1]:.1f} / "
        f"{result.load[2]:.1f})",
        f"  login -> first cell result   median / worst  {seconds([r.first_result for r in runs])} s",
        f"  login -> Run All finished    median / worst  {seconds([r.run_all for r in runs])} s",
        f"  cells failed / lost output   {failed} / {lost}   students who could not finish: {len(errors)}",
        f"  working: {w.kernels} kernels  RSS {w.kernel_rss:7.0f} MiB  USS {w.kernel_uss:7.0f} MiB  "
        f"({w.kernel_rss / max(1, w.kernels):.0f} / {w.kernel_uss / max(1, w.kernels):.0f} MiB each)",
        f"           {w.servers} servers  RSS {w.server_rss:7.0f} MiB  USS {w.server_uss:7.0f} MiB  "
        f"({w.server_rss / max(1, w.servers):.0f} / {w.server_uss / max(1, w.servers):.0f} MiB each)",
        f"  CPU-seconds per student (kernel + server, until Run All)  {w.cpu_seconds / n:.1f}",
        f"  hub + proxy + culler (once per class)  RSS {w.hub_rss:.0f} MiB",
    ]
    i = result.idle_open
    minutes = (i.at - w.at) / 60
    lines.append(f"  idle, kernels open: an idle kernel uses {idle_cpu_per_minute(w.kernel_cpu, i.kernel_cpu, minutes):.2f}"
                 f", an idle server {idle_cpu_per_minute(w.server_cpu, i.server_cpu, minutes):.2f} CPU-seconds a minute")
    if result.idle_kernels_culled:
        m = result.idle_kernels_culled
        idle_cpu = idle_cpu_per_minute(w.server_cpu, m.server_cpu, (m.at - w.at) / 60)
        lines.append(f"  idle, kernels culled: {m.kernels} kernels, {m.servers} servers  "
                     f"RSS {m.kernel_rss + m.server_rss:7.0f} MiB  USS {m.kernel_uss + m.server_uss:7.0f} MiB; "
                     f"an idle server uses {idle_cpu:.2f} CPU-seconds a minute")
    else:
        lines.append("  idle: the kernels were NOT culled in time")
    if result.idle_servers_culled:
        m = result.idle_servers_culled
        lines.append(f"  idle, servers culled: {m.kernels} kernels, {m.servers} servers  "
                     f"RSS {m.kernel_rss + m.server_rss:7.0f} MiB")
    lines += [f"  ! {e}" for e in errors[:5]]
    failures = sorted({r.first_failure[:200] for r in runs if r.failed and r.first_failure})
    lines += [f"  ! {failure}" for failure in failures[:3]]
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--students", type=int, nargs="+", default=[10, 20, 30])
    parser.add_argument("--notebook", default="02-builtins", help="notebook name under notebooks/ (no .ipynb)")
    parser.add_argument("--kernel-cull", type=int, default=30, help="seconds before an idle kernel is culled")
    parser.add_argument("--server-cull", type=int, default=60, help="seconds before an idle server is culled")
    parser.add_argument("--idle-wait", type=float, default=180, help="seconds to wait for each culling step")
    args = parser.parse_args()
    notebook = REPO / "notebooks" / f"{args.notebook}.ipynb"
    print(f"classroom: {notebook.name}, {len(code_cells(json.loads(notebook.read_text())))} code cells, "
          f"{os.cpu_count()} cores, {psutil.virtual_memory().total / 2**30:.0f} GiB; load before "
          f"{' / '.join(f'{x:.1f}' for x in os.getloadavg())}", flush=True)
    clean = True
    for students in args.students:
        result = asyncio.run(run_class(students, notebook, args.kernel_cull, args.server_cull, args.idle_wait))
        print("\n".join(report(result)), flush=True)
        clean &= all(not r.error and not r.failed and not r.lost for r in result.runs)
    return 0 if clean else 1


if __name__ == "__main__":
    sys.exit(main())
