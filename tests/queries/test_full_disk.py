"""A full disk loses nothing and leaves no broken server (issue 12: 4, 11).

Each test gets a small tmpfs of its own as the data directory (root only: skipped,
saying so, where mounting is not permitted) and fills it with a filler file.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

import pytest

from loader.commands import output
from loader.commands.output import on_store
from loader.graph.load import default_paths, load_files
from queries import embedded
from queries.embedded import EmbeddedServer
from queries.errors import DiskFull, StoreUnavailable
from queries.settings import Settings
from queries.store import open_store

KONAWE = default_paths()[3]  # the smallest regulation: 28 kB of graph.rdb


@pytest.fixture
def small_disk():
    path = Path(tempfile.mkdtemp(prefix="sk-full-", dir="/tmp"))
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(path)], capture_output=True
    )
    if done.returncode != 0:
        path.rmdir()
        pytest.skip(f"mounting a tmpfs is not permitted here: {done.stderr.decode().strip()}")
    yield path
    server = EmbeddedServer(Settings.from_mapping({"SK_DATA_DIR": str(path)}))
    pid = server.running_pid()
    if pid is not None:
        os.kill(pid, signal.SIGKILL)
    subprocess.run(["umount", "-l", str(path)], check=False)
    shutil.rmtree(path, ignore_errors=True)


def fill(path: Path, leave: int) -> Path:
    """Fill the file system of ``path`` until ``leave`` bytes are free."""
    filler = path / "filler"
    free = shutil.disk_usage(path).free
    with filler.open("ab") as f:
        f.write(b"\0" * max(0, free - leave))
    return filler


def test_failed_save_rolls_back_and_says_disk_full(small_disk):
    settings = {"SK_DATA_DIR": str(small_disk), "SK_MIN_FREE_MB": "0"}
    store = open_store(settings)
    assert load_files([KONAWE], store).ok
    before = store.regulation_hashes()
    fill(small_disk, 300_000)  # room for the copy of Konawe, not for saving all five
    with pytest.raises(DiskFull, match=r"^disk full: saving the new graph failed"):
        load_files(default_paths(), store)
    assert store.regulation_hashes() == before  # not live
    assert not list((small_disk / "tmp").iterdir())
    store.close()
    assert store.server.stop()
    (small_disk / "filler").unlink()
    again = open_store(settings)
    assert again.regulation_hashes() == before  # not on disk either
    assert load_files(default_paths(), again).ok  # and the store is not broken
    again.close()


def test_load_is_refused_before_the_swap_when_space_is_short(small_disk):
    store = open_store({"SK_DATA_DIR": str(small_disk)})  # SK_MIN_FREE_MB 64 > the 4 MB disk
    with pytest.raises(DiskFull, match=r"^disk full: a load needs about 64 MB"):
        load_files([KONAWE], store)
    assert store.is_empty()
    store.close()


def test_start_and_stop_on_a_full_disk(small_disk, monkeypatch, capsys):
    monkeypatch.setenv("SK_DATA_DIR", str(small_disk))
    store = open_store({"SK_DATA_DIR": str(small_disk), "SK_MIN_FREE_MB": "0"})
    assert load_files([KONAWE], store).ok
    store.close()
    (small_disk / "tmp" / "stale.dump").write_bytes(b"x" * 100_000)  # left by a failed copy
    fill(small_disk, 0)
    assert embedded.main(["stop"]) == 0  # the final save fails: one line, not a traceback
    assert "not saved at shutdown" in capsys.readouterr().out
    assert embedded.main(["start"]) == 2  # refused in one line, no orphan server
    assert "disk full" in capsys.readouterr().err
    server = EmbeddedServer(Settings.from_mapping({"SK_DATA_DIR": str(small_disk)}))
    assert server.running_pid() is None and not server.pid_file.exists()
    assert not (small_disk / "tmp" / "stale.dump").exists()  # stale dumps cleared at start
    (small_disk / "filler").unlink()
    assert embedded.main(["start"]) == 0
    assert (small_disk / "server.log.1").stat().st_size > 0  # the previous run's log is kept
    again = open_store({"SK_DATA_DIR": str(small_disk)})
    assert list(again.regulation_hashes()) == [KONAWE.name]
    again.close()


def test_server_death_mid_load_exits_2(small_disk, capsys, monkeypatch):
    store = open_store({"SK_DATA_DIR": str(small_disk), "SK_MIN_FREE_MB": "0"})
    os.kill(store.server.running_pid(), signal.SIGKILL)  # dies after the files were read
    with pytest.raises(StoreUnavailable):
        load_files([KONAWE], store)
    monkeypatch.setattr(output, "open_store", lambda: store)  # the CLI's store, already open
    assert on_store(lambda s: 0 if load_files([KONAWE], s).ok else 1) == 2
    assert "not answering" in capsys.readouterr().err
