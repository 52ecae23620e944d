"""A reply of plain values is decoded by the adapter itself (issue 13: the roster snapshot),
and answers exactly as the client library's decoder does; other replies still go through it."""

from __future__ import annotations

import pytest
from falkordb.query_result import QueryResult

from queries.falkordb_reply import NotPlain, plain_rows, reply_size, to_plain

VALUES = (
    "RETURN 'teks' AS s, 'é ü' AS u, '' AS blank, 7 AS i, -2 AS n, true AS t, false AS f, "
    "1.5 AS d, -0.25 AS nd, 1e300 AS big, null AS z, [1, 'x', [true, null, 2.5], []] AS l, "
    "[] AS e"
)


def _raw(store, text: str) -> list:
    return store.reads.execute_command("GRAPH.RO_QUERY", store.graph_name, text, "--compact")


def _library(store, raw: list) -> list[list]:
    result = QueryResult(store.db.select_graph(store.graph_name), raw)
    return [[to_plain(v) for v in row] for row in result.result_set]


def test_plain_values_decode_as_the_client_library_decodes_them(loaded_store):
    raw = _raw(loaded_store, VALUES)
    values, _ = plain_rows(raw[1], 10**9)
    assert values == _library(loaded_store, raw)
    assert [type(v) for v in values[0]] == [type(v) for v in _library(loaded_store, raw)[0]]
    row = loaded_store.run_readonly(VALUES).rows[0]
    assert row["t"] is True and row["f"] is False and row["d"] == 1.5 and row["z"] is None
    assert row["l"] == [1, "x", [True, None, 2.5], []]


def test_many_rows_of_plain_values_are_the_same(loaded_store):
    text = (
        "MATCH (p:Position) RETURN p.uid AS uid, p.title AS title, p.rank AS rank, "
        "p.jenjang AS jenjang, p.roles AS roles ORDER BY uid"
    )
    raw = _raw(loaded_store, text)
    assert len(raw[1]) > 100
    values, size = plain_rows(raw[1], 10**9)
    assert values == _library(loaded_store, raw)
    assert size == reply_size(raw[1], 10**9)  # the SK_MAX_RESULT_MB budget counts as before


def test_the_size_count_stops_past_the_budget(loaded_store):
    raw = _raw(loaded_store, "MATCH (p:Position) RETURN p.uid AS uid")
    values, size = plain_rows(raw[1], 1000)
    assert size > 1000 and len(values) < len(raw[1])


def test_nodes_and_maps_are_left_to_the_client_library(loaded_store):
    text = "MATCH (p:Position) RETURN p, {a: 1, b: [p.uid]} AS m ORDER BY p.uid LIMIT 3"
    raw = _raw(loaded_store, text)
    with pytest.raises(NotPlain):
        plain_rows(raw[1], 10**9)
    rows = loaded_store.run_readonly(text).rows
    assert [[r["p"], r["m"]] for r in rows] == _library(loaded_store, raw)
    assert rows[0]["p"]["labels"] == ["Position"] and rows[0]["m"]["a"] == 1
