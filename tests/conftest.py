"""Shared fixtures: one embedded FalkorDB per test run, the five regulations loaded once.

Fixtures (all real engines, no mocks):

- ``store_settings`` (session): ``dict`` of settings for the run's server: a
  private tmp data dir, graph ``falkordb`` (the only graph FalkorDB's Bolt
  endpoint serves) and a Bolt port on 127.0.0.1. Pass it to ``open_store``.
- ``embedded_server`` (session): the started :class:`EmbeddedServer`; stopped
  and its directory removed at the end.
- ``loaded_store`` (session): an embedded ``GraphStore`` holding the five
  regulations of ``data/regulations``; read from it, do not write.
- ``load_report`` (session): the ``LoadReport`` of that load.
- ``fresh_store`` (function): an empty store on a graph of its own in the same
  server, for tests that write; dropped afterwards.
- ``bolt_store`` (session): the Neo4j adapter (real ``neo4j`` driver) over the
  embedded server's Bolt port, reading the same loaded graph.
- ``real_neo4j`` (session): the Neo4j adapter on ``NEO4J_URI`` with the five
  regulations loaded; skipped, saying what it needs, unless NEO4J_URI is set.
- ``own_graph(store_settings, prefix, files)``: a context manager giving (settings, store) of
  a graph of its own with ``files`` loaded, dropped afterwards (for tests that write).
- ``cli_env`` (function): the run's server in the environment, with a graph of the test's
  own, for tests of ``python -m loader``; dropped afterwards.
- ``any_store`` (parametrised): each of embedded / bolt / neo4j in turn, for
  contract tests that every adapter must pass.
"""

from __future__ import annotations

import os
import random
import shutil
import socket
import tempfile
import uuid
from contextlib import contextmanager

import pytest

from loader.graph.load import default_paths, load_files
from queries.embedded import EmbeddedServer
from queries.neo4j_store import Neo4jStore
from queries.settings import Settings
from queries.store import open_store

BOLT_GRAPH = "falkordb"  # FalkorDB's Bolt endpoint ignores the database name and serves this graph


def free_port() -> int:
    """A TCP port free right now, below 32768: FalkorDB 4.16 silently ignores a higher BOLT_PORT."""
    for port in random.sample(range(20000, 32000), 200):
        with socket.socket() as sock:
            try:
                sock.bind(("0.0.0.0", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free TCP port between 20000 and 32000")


@pytest.fixture(scope="session")
def store_settings() -> dict[str, str]:
    # /tmp, not pytest's tmp_path: a unix socket path must stay under ~100 characters.
    data_dir = tempfile.mkdtemp(prefix="sk-test-", dir="/tmp")
    yield {
        "SK_STORE": "embedded",
        "SK_DATA_DIR": data_dir,
        "SK_GRAPH": BOLT_GRAPH,
        "SK_BOLT_PORT": str(free_port()),
    }
    shutil.rmtree(data_dir, ignore_errors=True)


@pytest.fixture(scope="session")
def embedded_server(store_settings):
    server = EmbeddedServer(Settings.from_mapping(store_settings))
    server.ensure_running()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def _loaded(embedded_server, store_settings):
    store = open_store(store_settings)
    report = load_files(default_paths(), store)
    yield store, report
    store.close()


@pytest.fixture(scope="session")
def loaded_store(_loaded):
    return _loaded[0]


@pytest.fixture(scope="session")
def load_report(_loaded):
    return _loaded[1]


@pytest.fixture
def fresh_store(embedded_server, store_settings):
    graph = f"test_{uuid.uuid4().hex[:12]}"
    store = open_store(store_settings | {"SK_GRAPH": graph})
    yield store
    store.db.connection.delete(graph, f"{graph}__staging")
    store.close()


def connect_bolt(port: str | int) -> Neo4jStore:
    """The Neo4j adapter on an embedded server's Bolt port (graph ``falkordb``)."""
    settings = Settings.from_mapping(
        {
            "SK_STORE": "neo4j",
            "NEO4J_URI": f"bolt://127.0.0.1:{port}",
            "NEO4J_USERNAME": "falkordb",
            "NEO4J_DATABASE": BOLT_GRAPH,
        }
    )
    # One connection for the whole run: FalkorDB 4.16's Bolt listener stalls the handshake of a
    # new connection after a client said GOODBYE, so the pool must never need a second one.
    return Neo4jStore.connect(settings, max_connection_pool_size=1, connection_timeout=5)


@pytest.fixture(scope="session")
def bolt_store(loaded_store, store_settings):
    store = connect_bolt(store_settings["SK_BOLT_PORT"])
    yield store
    store.close()


@pytest.fixture(scope="session")
def real_neo4j():
    if not os.environ.get("NEO4J_URI"):
        pytest.skip("real Neo4j tests need NEO4J_URI (and NEO4J_USERNAME, NEO4J_PASSWORD)")
    store = Neo4jStore.connect(Settings.from_mapping({**os.environ, "SK_STORE": "neo4j"}))
    load_files(default_paths(), store)
    yield store
    store.close()


@pytest.fixture(params=["embedded", "bolt", "neo4j"])
def any_store(request):
    """Each adapter in turn; ``request.node.flavour`` names it, so a test can skip a gap."""
    name = {"embedded": "loaded_store", "bolt": "bolt_store", "neo4j": "real_neo4j"}
    store = request.getfixturevalue(name[request.param])
    request.node.flavour = request.param
    return store


@pytest.fixture
def cli_env(embedded_server, store_settings, monkeypatch):
    """The run's server, a graph of this test's own; dropped afterwards."""
    graph = f"cli_{uuid.uuid4().hex[:10]}"
    for name, value in (store_settings | {"SK_GRAPH": graph}).items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("NEO4J_URI", raising=False)
    yield graph
    store = open_store()
    store.db.connection.delete(graph)
    store.close()


@contextmanager
def own_graph(store_settings, prefix: str, files):
    """(settings, store) of a new graph in the run's server with ``files`` loaded; dropped after."""
    graph = f"{prefix}_{uuid.uuid4().hex[:10]}"
    settings = dict(store_settings) | {"SK_GRAPH": graph}
    store = open_store(settings)
    try:
        assert load_files(files, store).loaded
        yield settings, store
    finally:
        store.db.connection.delete(graph, f"{graph}__staging")
        store.close()
