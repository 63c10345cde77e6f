"""A small client for the course kernel, shared by the kernel tests and the notebook checks."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager
import psutil

from course_tools.constants import KERNEL_NAME

OUTPUT_TYPES = ("stream", "execute_result", "display_data", "error")


@dataclass
class CellResult:
    status: str
    outputs: list[dict] = field(default_factory=list)

    @property
    def text(self) -> str:
        """Everything the cell showed as plain text: streams, results and error names and values."""
        parts = []
        for output in self.outputs:
            if output["output_type"] == "stream":
                parts.append(output["text"])
            elif output["output_type"] == "error":
                parts.append(f"{output['ename']}: {output['evalue']}")
            else:
                parts.append(output["data"].get("text/plain", ""))
        return "".join(parts)

    def data(self, mime: str) -> str | None:
        for output in self.outputs:
            if mime in output.get("data", {}):
                return output["data"][mime]
        return None


class KernelSession:
    """Runs cells in one live kernel and collects what each shows."""

    def __init__(self, kernel_name: str = KERNEL_NAME, startup_timeout: float = 120,
                 kernel_dirs: list[Path] | None = None, log: Path | None = None):
        """Starts a kernel; `kernel_dirs` looks its kernelspec up there instead of in the installed ones, and
        `log` keeps the kernel's stderr (its log) in that file."""
        specs = KernelSpecManager(kernel_dirs=[str(d) for d in kernel_dirs]) if kernel_dirs else KernelSpecManager()
        self.manager = KernelManager(kernel_name=kernel_name, kernel_spec_manager=specs)
        self._log = open(log, "w") if log else None
        self.manager.start_kernel(**({"stderr": self._log} if self._log else {}))
        self.client = self.manager.client()
        self.client.start_channels()
        try:
            self.client.wait_for_ready(timeout=startup_timeout)
        except RuntimeError:
            self.close()
            raise

    def run(self, code: str, timeout: float = 60, interrupt_on: str | None = None) -> CellResult:
        """Runs one cell. With `interrupt_on`, presses Interrupt once the cell has printed that marker."""
        outputs: list[dict] = []
        printed: list[str] = []

        def collect(message):
            if message["msg_type"] in OUTPUT_TYPES:
                outputs.append({"output_type": message["msg_type"], **message["content"]})
            if interrupt_on is not None and message["msg_type"] == "stream" and printed != [interrupt_on]:
                printed.append(message["content"]["text"])
                if interrupt_on in "".join(printed):
                    self.manager.interrupt_kernel()
                    printed[:] = [interrupt_on]   # pressed once

        reply = self.client.execute_interactive(code, timeout=timeout, output_hook=collect)
        return CellResult(reply["content"]["status"], outputs)

    def close(self, now: bool = True) -> None:
        """Shuts the kernel down: at once (`now`), or politely with a shutdown request, as JupyterLab does."""
        with contextlib.suppress(Exception):
            self.client.stop_channels()
        self.manager.shutdown_kernel(now=now)
        if self._log:
            self._log.close()


def thread_cpu_seconds(pid: int, counted: Callable[[str], bool]) -> float:
    """CPU time of the process's threads whose names (from /proc, as the JVM set them) `counted` accepts."""
    total = 0.0
    for thread in psutil.Process(pid).threads():
        name = Path(f"/proc/{pid}/task/{thread.id}/comm").read_text().strip()
        if counted(name):
            total += thread.user_time + thread.system_time
    return total
