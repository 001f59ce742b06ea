"""Child processes of the tests: a test server's output as it arrives (the served-sandbox and Redis fixtures),
and what a fresh interpreter imports."""

from __future__ import annotations

import queue
import subprocess
import sys
import threading


def lines_of(stream: object) -> queue.Queue[str | None]:
    """The stream's lines as they arrive (None at EOF), read by a daemon thread."""
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        for line in stream:  # type: ignore[attr-defined]
            lines.put(line)
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    return lines


def stop(process: subprocess.Popen[str]) -> None:
    """Terminate a test server (killed if it does not exit within 15 s) and close its output."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    if process.stdout is not None:
        process.stdout.close()


def modules_loaded_by(statement: str) -> set[str]:
    """The modules a fresh interpreter has loaded once ``statement`` has run (what an import costs)."""
    code = f"{statement}\nimport sys\nprint('\\n'.join(sys.modules))"
    return set(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout.split())
