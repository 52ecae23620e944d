"""The store contract, checked on every adapter available (embedded, Bolt, real Neo4j).

FalkorDB's Bolt endpoint runs every query with GRAPH.QUERY and ignores the
transaction timeout, so the two engine-enforced guarantees are skipped there
with that reason; the embedded adapter and a real Neo4j must honour them.
"""

from __future__ import annotations

import pytest

from queries.errors import CypherRejected, MissingParameter, QueryTimeout, WriteRefused
from queries.store import Rows

# Costly by construction: 25 million rows filtered one by one, far beyond 5 ms on any engine.
# (A single UNWIND of a huge range is built whole before FalkorDB first checks its timer.)
SLOW = (
    "UNWIND range(1, 5000) AS i UNWIND range(1, 5000) AS j WITH i, j WHERE i * j = -1"
    " RETURN count(*) AS n"
)
BOLT_LIMITS = "FalkorDB's Bolt endpoint enforces neither READ mode nor transaction timeouts"


def test_run_readonly_returns_plain_rows(any_store):
    rows = any_store.run_readonly(
        "MATCH (p:Position) WHERE p.title = $title RETURN p, p.title AS title LIMIT 1",
        {"title": "Jabatan Pengawas"},
    )
    assert isinstance(rows, Rows) and rows.columns == ["p", "title"]
    node = rows.rows[0]["p"]
    assert "Position" in node["labels"]
    assert node["properties"]["title"] == rows.rows[0]["title"] == "Jabatan Pengawas"


def test_paths_and_relationships_become_dicts(any_store):
    rows = any_store.run_readonly(
        "MATCH p = (:Position)-[r:APPRAISES]->(:Position) RETURN p, r LIMIT 1"
    )
    path, rel = rows.rows[0]["p"], rows.rows[0]["r"]
    assert [r["type"] for r in path["relationships"]] == ["APPRAISES"] == [rel["type"]]
    assert len(path["nodes"]) == 2
    assert rel["properties"]["where"]


def test_row_cap_sets_truncated(any_store):
    rows = any_store.run_readonly("UNWIND range(1, 50) AS i RETURN i", max_rows=10)
    assert rows.truncated and rows.column("i") == list(range(1, 11))
    whole = any_store.run_readonly("UNWIND range(1, 10) AS i RETURN i", max_rows=10)
    assert not whole.truncated and len(whole) == 10


def test_load_csv_is_refused_before_the_engine(any_store):
    with pytest.raises(CypherRejected, match="LOAD CSV"):
        any_store.run_readonly("load csv from 'file:///etc/passwd' AS row RETURN row")


def test_missing_parameter_is_named(any_store):
    with pytest.raises(MissingParameter, match=r"\$regency"):
        any_store.run_readonly("MATCH (g:Regency {name: $regency}) RETURN g")


def test_syntax_error_is_one_line(any_store):
    with pytest.raises(CypherRejected) as caught:
        any_store.run_readonly("MATCH (p:Position RETURN p")
    assert "\n" not in str(caught.value) and caught.value.query == "MATCH (p:Position RETURN p"


def test_ad_hoc_write_is_refused_and_changes_nothing(any_store, request):
    if request.node.flavour == "bolt":
        pytest.skip(BOLT_LIMITS)
    before = any_store.run_readonly("MATCH (r:Regency) RETURN count(r) AS n").rows
    with pytest.raises(WriteRefused):
        any_store.run_readonly("CREATE (:Regency {name: 'Kabupaten Palsu'})")
    assert any_store.run_readonly("MATCH (r:Regency) RETURN count(r) AS n").rows == before


def test_slow_query_times_out(any_store, request):
    if request.node.flavour == "bolt":
        pytest.skip(BOLT_LIMITS)
    with pytest.raises(QueryTimeout) as caught:
        any_store.run_readonly(SLOW, timeout_ms=5)
    assert caught.value.limit_ms == 5 and caught.value.setting == "SK_QUERY_TIMEOUT_MS"


def test_is_empty_and_hashes(any_store):
    assert not any_store.is_empty()
    assert len(any_store.regulation_hashes()) == 5


def test_unknown_catalog_name_is_a_query_error(any_store):
    with pytest.raises(CypherRejected, match="no query named"):
        any_store.query("no_such_query")
