"""Notebook 23 against a real MariaDB server, not only the embedded H2 it uses by default.

Starts a private MariaDB server for this module (its own data directory under a temp dir, 127.0.0.1 on a free
port, no system service, no config files), creates a database and a user, and runs the notebook through the
course kernel with COURSE_JDBC_URL / COURSE_JDBC_USER / COURSE_JDBC_PASSWORD in the kernel's environment. The
stored outputs (made with H2) must come out the same, except the one cell tagged `nondeterministic`, which
says which database the notebook talks to: it must say MariaDB. The server is stopped and its data removed at
the end. Without MariaDB's binaries the test is skipped with the command to install them, except in CI
(CI=true), where it fails.
"""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from notebook_check import is_nondeterministic, run_and_check
from support import IN_CI, REPO, free_port

pytestmark = [pytest.mark.db, pytest.mark.slow]

NOTEBOOK = REPO / "notebooks" / "23-mysql-jdbc.ipynb"
DATABASE, USER = "course", "course"


def binary(name: str) -> str:
    """Debian puts the server in /usr/sbin, which is not on every user's PATH."""
    return shutil.which(name) or next((f"{d}/{name}" for d in ("/usr/sbin", "/usr/bin")
                                       if Path(f"{d}/{name}").is_file()), name)


SERVER, INSTALL_DB, CLIENT = binary("mariadbd"), binary("mariadb-install-db"), binary("mariadb")


def wait_for_handshake(port: int, server: subprocess.Popen, log: Path, timeout: float = 60) -> None:
    """The server opens its TCP port only when it is ready; it greets every client with a handshake packet."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=2) as probe:
                if probe.recv(1):
                    return
        except OSError:
            pass
        if server.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"MariaDB did not start on port {port}:\n{log.read_text(errors='replace')}")
        time.sleep(0.2)


@pytest.fixture(scope="module")
def mariadb():
    missing = [path for path in (SERVER, INSTALL_DB, CLIENT) if not Path(path).is_file()]
    if missing:
        message = f"MariaDB is needed ({', '.join(missing)} missing): sudo apt-get install mariadb-server"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    root = Path(tempfile.mkdtemp(prefix="course-mariadb-"))  # short: a socket path has at most 107 bytes
    as_root = ["--user=root"] if os.geteuid() == 0 else []
    password = secrets.token_hex(12)
    port = free_port()
    server = None
    try:
        subprocess.run([INSTALL_DB, "--no-defaults", f"--datadir={root / 'data'}", "--skip-test-db",
                        "--auth-root-authentication-method=normal", *as_root],
                       check=True, capture_output=True, timeout=120)
        # Runs once at start-up, before the server accepts connections.
        (root / "init.sql").write_text(
            f"CREATE DATABASE {DATABASE} CHARACTER SET utf8mb4;\n"
            f"CREATE USER '{USER}'@'127.0.0.1' IDENTIFIED BY '{password}';\n"
            f"GRANT ALL ON {DATABASE}.* TO '{USER}'@'127.0.0.1';\n")
        server = subprocess.Popen(
            [SERVER, "--no-defaults", f"--datadir={root / 'data'}", f"--socket={root / 'sock'}",
             f"--pid-file={root / 'pid'}", f"--log-error={root / 'error.log'}", f"--init-file={root / 'init.sql'}",
             "--bind-address=127.0.0.1", f"--port={port}", "--skip-name-resolve", "--skip-log-bin",
             "--character-set-server=utf8mb4", "--innodb-buffer-pool-size=32M", *as_root],
            stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        wait_for_handshake(port, server, root / "error.log")
        yield {"COURSE_JDBC_URL": f"jdbc:mariadb://127.0.0.1:{port}/{DATABASE}",
               "COURSE_JDBC_USER": USER, "COURSE_JDBC_PASSWORD": password, "socket": str(root / "sock")}
    finally:
        if server is not None:
            server.terminate()  # SIGTERM: a clean shutdown
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait(timeout=10)
        shutil.rmtree(root, ignore_errors=True)


def server_query(mariadb, sql: str) -> str:
    """Runs `sql` as the server's root user over the private socket; tab-separated rows, no header."""
    result = subprocess.run([CLIENT, "--no-defaults", f"--socket={mariadb['socket']}", "--user=root",
                             "--batch", "--skip-column-names", "--execute", sql],
                            capture_output=True, text=True, timeout=30, check=True)
    return result.stdout.strip()


def test_notebook_23_runs_against_mariadb_with_its_stored_outputs(mariadb, notebook_times):
    env = dict(os.environ, **{key: value for key, value in mariadb.items() if key.startswith("COURSE_")})
    started = time.monotonic()
    fresh, problems = run_and_check(NOTEBOOK, env=env)
    notebook_times[f"{NOTEBOOK.name} (MariaDB)"] = time.monotonic() - started
    assert not problems, "\n".join(problems)

    tagged = [cell for cell in fresh.cells if cell.cell_type == "code" and is_nondeterministic(cell)]
    assert len(tagged) == 1, "exactly one cell may differ between H2 and MariaDB: the one naming the database"
    shown = "".join(output.get("text", "") for output in tagged[0].outputs)
    assert "MariaDB" in shown, f"the notebook did not talk to the MariaDB server: {shown!r}"

    # The server saw the notebook's work, and the notebook removed its tables at the end.
    created = server_query(mariadb, "SHOW GLOBAL STATUS LIKE 'Com_create_table'").split()[-1]
    assert int(created) >= 1, "the notebook created no table on the server"
    left = server_query(mariadb, f"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '{DATABASE}'")
    assert left == "0", f"the notebook left {left} table(s) behind"
