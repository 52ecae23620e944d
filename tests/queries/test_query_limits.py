"""The engine's own limits hold even for a statement the guard lets through (issue 12: 5, 6).

A server of its own with small limits: 1 GB for the process, 64 MB per query, 1 MB of result.
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import tempfile
import threading
import time

import pytest
import redis

from loader.graph.load import default_paths, load_files
from queries.errors import CypherRejected, TooLarge
from queries.server_process import no_network_prefix
from queries.store import open_store


@pytest.fixture(scope="module")
def limited_store():
    data_dir = tempfile.mkdtemp(prefix="sk-lim-", dir="/tmp")
    store = open_store(
        {
            "SK_DATA_DIR": data_dir,
            "SK_SERVER_MEM_MB": "1024",
            "SK_QUERY_MEM_MB": "64",
            "SK_MAX_RESULT_MB": "1",
        }
    )
    assert load_files(default_paths()[3:4], store).ok
    yield store
    store.close()
    store.server.stop()
    shutil.rmtree(data_dir, ignore_errors=True)


@pytest.mark.parametrize(
    "text",
    [
        "LOAD/**/CSV FROM 'https://example.org/x.csv' AS r RETURN r",
        "load\n// a comment\ncsv from 'file://x.csv' AS r RETURN r",
        "LoAd /* LOAD */ CsV WITH HEADERS FROM $u AS r RETURN r",
        "RETURN 1 AS x UNION LOAD\tCSV FROM 'https://example.org/x' AS r RETURN r AS x",
    ],
)
def test_load_csv_is_refused_however_it_is_written(loaded_store, text):
    with pytest.raises(CypherRejected, match="LOAD CSV is refused"):
        loaded_store.run_readonly(text, {"u": "https://example.org/x.csv"})


def test_load_csv_words_inside_strings_and_comments_are_not_refused(loaded_store):
    text = "// LOAD CSV is not run here\nRETURN 'LOAD CSV' AS a, $p AS b /* LOAD CSV */"
    assert loaded_store.run_readonly(text, {"p": 1}).rows == [{"a": "LOAD CSV", "b": 1}]


def test_a_statement_past_the_guard_cannot_reach_the_network(limited_store):
    if not no_network_prefix():
        pytest.skip("unshare cannot make a network namespace here: the server keeps the network")
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(3)
    port = listener.getsockname()[1]
    hits = []
    thread = threading.Thread(target=lambda: _accept(listener, hits))
    thread.start()
    graph = limited_store.db.select_graph(limited_store.graph_name)
    with contextlib.suppress(redis.ResponseError):  # an error or no rows: either way, no fetch
        graph.ro_query(f"LOAD CSV FROM 'https://127.0.0.1:{port}/x.csv' AS r RETURN r")
    thread.join()
    listener.close()
    assert hits == []


def _accept(listener: socket.socket, hits: list) -> None:
    try:
        conn, _ = listener.accept()
    except OSError:
        return
    hits.append(conn.recv(100))
    conn.close()


def test_one_huge_allocation_is_refused_and_the_store_comes_back(limited_store):
    start = time.monotonic()
    with pytest.raises(TooLarge, match="SK_SERVER_MEM_MB"):
        limited_store.run_readonly("UNWIND range(1, 10000000000) AS x RETURN count(x) AS n")
    assert time.monotonic() - start < 30  # refused, not grown until the kernel steps in
    assert list(limited_store.regulation_hashes()) == [default_paths()[3].name]
    assert (limited_store.server.data_dir / "server.log.1").exists()  # the crash report is kept


def test_query_memory_cap(limited_store):
    with pytest.raises(TooLarge, match="SK_QUERY_MEM_MB"):
        limited_store.run_readonly("RETURN size(range(1, 20000000)) AS n")


def test_result_size_cap_in_bytes(limited_store):
    start = time.monotonic()
    with pytest.raises(TooLarge, match="SK_MAX_RESULT_MB"):
        limited_store.run_readonly("RETURN range(1, 500000) AS r")
    assert time.monotonic() - start < 30
    assert len(limited_store.run_readonly("RETURN range(1, 1000) AS r").rows[0]["r"]) == 1000
