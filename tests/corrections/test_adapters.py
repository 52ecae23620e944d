"""The write path on both adapters: save, link, read, draft, delete.

The embedded store gets a graph of its own with Buton; the Neo4j adapter needs a real Neo4j
(``real_neo4j``, skipped without NEO4J_URI): FalkorDB's Bolt endpoint takes no Neo4j schema
statements, so no write runs there. On Neo4j the test removes what it wrote (``finally``).
"""

from __future__ import annotations

import pytest

from corrections import build, storage
from corrections.model import Draft, now
from loader.graph.load import load_files
from loader.model import EdgeType
from tests.corrections.conftest import BUTON, EDITOR, amend

CAMAT = "Lampiran I A angka (2) huruf a"
REG = "kabupaten-buton/peraturan-bupati-3-2024"


@pytest.fixture(params=["embedded", "neo4j"])
def writable(request):
    if request.param == "neo4j":
        return request.getfixturevalue("real_neo4j")
    store = request.getfixturevalue("fresh_store")
    assert load_files([BUTON], store).ok
    return store


def test_write_read_draft_delete(writable, buton):
    store = writable
    c = amend(buton, CAMAT, "sekretaris Daerah", "asisten", "Ahli Madya")
    draft = Draft(f"uji {store.engine}", REG, "", EDITOR.name, now())
    proposal = build.for_sentence(
        edge_type=EdgeType.APPRAISES,
        source="Camat",
        target="Kepala Seksi",
        unit_type=REG + "/ut/vii-kecamatan",
        sentence={},
        sha256="",
        reason="usulan",
        author=EDITOR.name,
        draft=draft.name,
    )
    try:
        storage.save(store, [c], EDITOR)
        storage.save_draft(store, draft, EDITOR, [proposal])
        found = sorted(storage.for_regulation(store, REG), key=lambda x: x.id)
        assert found == sorted([c, proposal], key=lambda x: x.id)
        linked = store.run_readonly(
            "MATCH (k:Correction {id: $id})-[r]->(n) RETURN type(r) AS t, count(n) AS n ORDER BY t",
            {"id": c.id},
        ).rows
        assert {r["t"]: r["n"] for r in linked} == {"ABOUT": 2, "CITES": 1, "CORRECTS": 1}
        assert [d.name for d in storage.drafts(store, "Kabupaten Buton")] == [draft.name]
        storage.delete_draft(store, draft.name, EDITOR)
        assert storage.drafts(store, "Kabupaten Buton") == []
        assert [x.id for x in storage.for_regulation(store, REG)] == [c.id]
    finally:
        storage.delete(store, storage.corrections(store), EDITOR)
    assert storage.corrections(store) == []
    log = storage.write_log(store, "Kabupaten Buton")
    assert sorted(r["action"] for r in log if r["ref"] == c.id) == ["amend", "delete"]
