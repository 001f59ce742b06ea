"""A real redis-server for the token-store tests: started on a free 127.0.0.1 port in a temporary
directory (no persistence), ready once it says so and answers PING, always stopped afterwards.

Under CI (``CI=true``) a missing or failing server fails the tests; elsewhere a missing executable
skips them with a message naming it. No Redis import here: conftest reads SUMMARY on every run.
"""

from __future__ import annotations

import os
import queue
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pytest

from tests._processes import lines_of, stop

EXECUTABLE = "redis-server"
STARTUP_SECONDS = 20.0
SUMMARY: list[str] = []  # lines printed in pytest's terminal summary (see conftest)


def under_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on (right now)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def ping(port: int, timeout: float = 5.0) -> bool:
    """Whether a Redis on 127.0.0.1:``port`` answers PING with PONG."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(64).startswith(b"+PONG")
    except OSError:
        return False


@dataclass
class RedisServer:
    port: int
    process: subprocess.Popen[str]

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"


def require_executable() -> str:
    path = shutil.which(EXECUTABLE)
    if path is None:
        message = (
            f"{EXECUTABLE} executable not found on PATH: `make install` installs it as root "
            "(apt-get install -y redis-server)"
        )
        if under_ci():
            pytest.fail(f"CI=true and the Redis tests cannot run: {message}", pytrace=False)
        pytest.skip(message)
    return path


@contextmanager
def redis_server(port: int | None = None) -> Iterator[RedisServer]:
    """A redis-server on ``port`` (a free one if None), stopped on exit; fails loudly if it cannot start."""
    executable = require_executable()
    attempts = 1 if port is not None else 3  # a free port can be taken between finding and binding it
    with tempfile.TemporaryDirectory(prefix="candescent-redis-") as directory:
        for attempt in range(attempts):
            chosen = port if port is not None else free_port()
            process = subprocess.Popen(
                [
                    *(executable, "--port", str(chosen), "--bind", "127.0.0.1", "--dir", directory),
                    *("--save", "", "--appendonly", "no", "--daemonize", "no", "--loglevel", "notice"),
                ],
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                text=True,
            )
            try:
                seen = _wait_ready(process)
                if seen is None:
                    if not ping(chosen):
                        pytest.fail(f"{EXECUTABLE} said it was ready on port {chosen} but does not answer PING")
                    yield RedisServer(chosen, process)
                    return
            finally:
                stop(process)
            if attempt == attempts - 1:
                pytest.fail(f"{EXECUTABLE} could not start on 127.0.0.1:{chosen}:\n" + "\n".join(seen[-15:]))


def _wait_ready(process: subprocess.Popen[str]) -> list[str] | None:
    """None once the server says it accepts connections; its output if it exits or the deadline passes."""
    lines = lines_of(process.stdout)
    deadline = time.monotonic() + STARTUP_SECONDS
    seen: list[str] = []
    while (remaining := deadline - time.monotonic()) > 0:
        try:
            line = lines.get(timeout=remaining)
        except queue.Empty:
            break
        if line is None:
            return seen
        seen.append(line.rstrip("\n"))
        if "Ready to accept connections" in line:
            return None
    seen.append(f"(not ready within {STARTUP_SECONDS:g} s)")
    return seen
