"""Process and file-system helpers of the embedded server (:mod:`queries.embedded`).

The server runs detached so several processes can share it; these helpers
find, end and wait for it, give it an environment that cannot reach the
network, and serialise loads with a lock the kernel releases if the holder dies.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import signal
import subprocess
import time
from pathlib import Path

_DEAD_PROXY = "http://127.0.0.1:9"  # the discard port: nothing listens, every fetch fails
children: dict[int, subprocess.Popen] = {}  # servers this process spawned, to reap them


def end(proc: subprocess.Popen) -> None:
    proc.kill()
    proc.wait()
    children.pop(proc.pid, None)


def server_env() -> dict[str, str]:
    """The server's environment: every proxy points at a closed port, so LOAD CSV FROM
    'https://...' (which FalkorDB fetches with libcurl, honouring these) cannot leave the
    machine even if a statement slipped past the guard."""
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY"):
        env[name] = _DEAD_PROXY
    env["ALL_PROXY"] = _DEAD_PROXY
    return env


@contextlib.contextmanager
def file_lock(path: Path):
    """An exclusive flock, released by the kernel even if the holder is killed."""
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def is_zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] == "Z"
    except OSError:
        return True


def wait_gone(pid: int, socket: Path, timeout_s: float) -> None:
    """Wait for the shutdown to finish, then for the process.

    Redis saves and removes its socket within milliseconds, but FalkorDB 4.16's
    module teardown then idles ~4 s before the process exits; once the socket
    is gone the data is on disk, so a lingering process is killed after 1 s.
    """
    deadline = time.monotonic() + timeout_s
    while socket.exists() and alive(pid) and time.monotonic() < deadline:
        time.sleep(0.01)
    linger = time.monotonic() + 1
    while alive(pid) and time.monotonic() < linger:
        time.sleep(0.01)
    if alive(pid) and not socket.exists():
        os.kill(pid, signal.SIGKILL)
    child = children.pop(pid, None)
    if child is not None:
        child.wait(timeout=timeout_s)
    while alive(pid) and time.monotonic() < deadline:
        time.sleep(0.01)


def alive(pid: int) -> bool:
    return Path(f"/proc/{pid}").exists() and not is_zombie(pid)
