"""A small client for the course kernel, shared by the kernel tests and the notebook checks."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import jupyter_client
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

    def __init__(self, kernel_name: str = KERNEL_NAME, startup_timeout: float = 120):
        self.manager, self.client = jupyter_client.manager.start_new_kernel(
            kernel_name=kernel_name, startup_timeout=startup_timeout)

    def run(self, code: str, timeout: float = 60) -> CellResult:
        outputs: list[dict] = []

        def collect(message):
            if message["msg_type"] in OUTPUT_TYPES:
                outputs.append({"output_type": message["msg_type"], **message["content"]})

        reply = self.client.execute_interactive(code, timeout=timeout, output_hook=collect)
        return CellResult(reply["content"]["status"], outputs)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.client.stop_channels()
        self.manager.shutdown_kernel(now=True)


def thread_cpu_seconds(pid: int, counted: Callable[[str], bool]) -> float:
    """CPU time of the process's threads whose names (from /proc, as the JVM set them) `counted` accepts."""
    total = 0.0
    for thread in psutil.Process(pid).threads():
        name = Path(f"/proc/{pid}/task/{thread.id}/comm").read_text().strip()
        if counted(name):
            total += thread.user_time + thread.system_time
    return total
