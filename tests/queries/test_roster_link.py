"""Reloading a regulation keeps its regency's roster attached, on both adapters (issue 12: 2).

The Neo4j adapter writes through the Bolt endpoint of a server of its own, so the shared
test graph is not disturbed. FalkorDB's Bolt listener crashes on a large parameter list
(the node and edge batches of a regulation, its text), so through Bolt the reload is the
regulation's own steps without its node and edge batches and with its text cut short:
exactly the statements that touch the Regency and the roster link.
"""

from __future__ import annotations

import shutil
import tempfile

import pytest

from loader.graph.load import DEFAULT_DIR, build_write, load_files
from loader.reading.extract import extract_file
from loader.roster.importer import import_roster
from queries.embedded import EmbeddedServer
from queries.settings import Settings
from queries.store import GraphWrite, WriteStep, open_store
from tests.conftest import BOLT_GRAPH, connect_bolt, free_port
from tests.roster.conftest import PEGAWAI, nip, write_csv

BUTON_FILE = DEFAULT_DIR / "000_b65b5e3740c9ccfa.txt"
BUTON = "Kabupaten Buton"
ROWS = [
    [nip(1), "Andi Contoh", "Kepala Dinas Kesehatan", "", "Dinas Kesehatan", "", "DEMO"],
    [nip(2), "Budi Contoh", "Sekretaris", "", "Dinas Kesehatan", nip(1), "DEMO"],
]
_BATCHES = ("create_nodes", "create_edges")


@pytest.fixture(scope="module")
def bolt_pair():
    """(FalkorDB adapter, Neo4j adapter) on one private server's graph ``falkordb``."""
    data_dir = tempfile.mkdtemp(prefix="sk-link-", dir="/tmp")
    mapping = {"SK_DATA_DIR": data_dir, "SK_GRAPH": BOLT_GRAPH, "SK_BOLT_PORT": str(free_port())}
    server = EmbeddedServer(Settings.from_mapping(mapping))
    server.ensure_running()
    embedded = open_store(mapping)
    bolt = connect_bolt(mapping["SK_BOLT_PORT"])
    bolt._schema_applied = True  # FalkorDB takes no Neo4j DDL: its own adapter made the schema
    yield embedded, bolt
    bolt.close()
    embedded.close()
    server.stop()
    shutil.rmtree(data_dir, ignore_errors=True)


@pytest.fixture(params=["embedded", "bolt"])
def stores(request):
    """(store that loads and imports, store that reloads, step names the reload leaves out)."""
    if request.param == "embedded":
        store = request.getfixturevalue("fresh_store")
        return store, store, ()
    embedded, bolt = request.getfixturevalue("bolt_pair")
    return embedded, bolt, _BATCHES


def _small(step: WriteStep) -> WriteStep:
    """The step with the regulation's text cut short: a large parameter also crashes Bolt."""
    if step.name != "create_regulation":
        return step
    return WriteStep(step.name, {**step.params, "source": {**step.params["source"], "text": "."}})


def test_regulation_reload_keeps_the_roster_attached(stores, tmp_path):
    setup, reloader, left_out = stores
    assert load_files([BUTON_FILE], setup).ok
    pegawai = write_csv(tmp_path / "pegawai.csv", PEGAWAI, ROWS)
    assert import_roster([pegawai], BUTON, setup).written
    before = setup.query("roster_list").column("regency")
    assert BUTON in before
    write = build_write(extract_file(BUTON_FILE))
    steps = tuple(_small(s) for s in write.steps if s.name not in left_out)
    reloader.apply_writes([GraphWrite(write.uid, steps)])
    assert setup.query("roster_list").column("regency") == before
    linked = setup.run_readonly(
        "MATCH (:Regency {name: $r})-[:HAS_ROSTER]->(:Roster) RETURN count(*) AS n", {"r": BUTON}
    )
    assert linked.rows[0]["n"] == 1
