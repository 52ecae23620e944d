"""Process and file-system helpers of the embedded server (:mod:`queries.embedded`).

The server runs detached so several processes can share it; these helpers
find, end and wait for it, give it an environment that cannot reach the
network, and serialise loads with a lock the kernel releases if the holder dies.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

_ISOLATION: dict[str, list[str]] = {}  # no_network_prefix(), probed once per process
children: dict[int, subprocess.Popen] = {}  # servers this process spawned, to reap them


def end(proc: subprocess.Popen) -> None:
    proc.kill()
    proc.wait()
    children.pop(proc.pid, None)


def no_network_prefix() -> list[str]:
    """``unshare`` arguments that start the server in an empty network namespace, or [].

    The server needs only its unix socket, so in a namespace with no interface
    a ``LOAD CSV FROM 'https://...'`` that slipped past the guard cannot leave
    the machine (FalkorDB has no setting to switch remote LOAD CSV off). Root
    needs ``-n`` alone; others map themselves to root in a user namespace.
    Empty when ``unshare`` is missing or not permitted here (e.g. a container).
    """
    if "prefix" not in _ISOLATION:
        tool = shutil.which("unshare")
        args = [tool, "-n"] if os.geteuid() == 0 else [tool, "-r", "-n"]
        ok = tool is not None and _runs([*args, "true"])
        _ISOLATION["prefix"] = [*args, "--"] if ok else []
    return _ISOLATION["prefix"]


def _runs(command: list[str]) -> bool:
    try:
        return subprocess.run(command, capture_output=True, timeout=5).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


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


def rdb_size(data_dir: Path) -> int:
    """Bytes of the saved graph (0 before the first save)."""
    try:
        return (data_dir / "graph.rdb").stat().st_size
    except OSError:
        return 0


def free_bytes(data_dir: Path) -> int:
    """Free bytes on the data directory's file system."""
    return shutil.disk_usage(data_dir).free


def remove_dumps(data_dir: Path) -> None:
    """Delete GRAPH.COPY dumps a failed copy left in TEMP_FOLDER (they keep a disk full).

    Called under the load lock after the copy returned, or before a start: no copy is running.
    """
    for dump in (data_dir / "tmp").glob("*.dump"):
        dump.unlink(missing_ok=True)


def raw_client(socket: Path, timeout: float) -> redis.Redis:
    """A one-shot connection without retries: redis-py's default backoff adds ~4 s to a miss."""
    return redis.Redis(
        unix_socket_path=str(socket),
        socket_connect_timeout=timeout,
        socket_timeout=timeout,
        retry=Retry(NoBackoff(), retries=0),
    )
