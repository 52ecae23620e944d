"""Console helpers: parameters as a JSON object, relationships in results drawn as a graph."""

from __future__ import annotations

import json

import pytest

from dashboard import console, messages
from dashboard.render import tables
from queries.catalog import CONSOLE_DIR, load_catalog
from queries.errors import CypherRejected, QueryTimeout, StoreUnavailable, WriteRefused
from queries.store import Rows


def test_params_must_be_a_json_object():
    assert console.parse_params(' {"jabatan": "Camat"} ') == {"jabatan": "Camat"}
    assert console.parse_params("") == {}
    with pytest.raises(messages.ParamsNotObject):
        console.parse_params('["Camat"]')
    with pytest.raises(json.JSONDecodeError):
        console.parse_params("{jabatan: Camat}")


def test_every_template_file_is_offered_and_takes_the_chosen_regency():
    files = load_catalog(CONSOLE_DIR)
    offered = console.templates()
    assert sorted(t.name for t in offered.values()) == sorted(files)
    for template in offered.values():
        params = json.loads(console.params_for(template, "Kabupaten Muna"))
        assert params["regency"] == "Kabupaten Muna", template.name
        assert all(name.isascii() and name.islower() for name in params), template.name


def test_every_template_runs_on_the_chosen_regency_only(loaded_store):
    for template in console.templates().values():
        params = json.loads(console.params_for(template, "Kabupaten Muna"))
        found = loaded_store.run_readonly(template.text, params)
        text = json.dumps(found.rows, default=str)
        assert "kabupaten-buton" not in text, template.name


def test_a_path_reads_as_words_in_the_table():
    camat = {"id": "1", "labels": ["Position"], "properties": {"title": "Camat"}}
    seksi = {"id": "2", "labels": ["Position"], "properties": {"title": "Kepala Seksi"}}
    rel = {"id": "9", "type": "APPRAISES", "start": "1", "end": "2", "properties": {}}
    path = {"nodes": [camat, seksi], "relationships": [rel]}
    assert tables.cell(path) == "Camat —Menilai kinerja (PPK)→ Kepala Seksi"
    assert tables.cell(rel) == "Menilai kinerja (PPK)"


def test_paths_and_relationships_become_chart_edges():
    # The shape Rows gives: nodes with their engine id, relationships naming those ids.
    camat = {
        "id": "494",
        "labels": ["Position"],
        "properties": {"uid": "p1", "title": "Camat", "cls": "Administrator"},
    }
    seksi = {
        "id": "499",
        "labels": ["Position"],
        "properties": {"uid": "p2", "title": "Kepala Seksi"},
    }
    rel = {
        "id": "687",
        "type": "ASSIGNS",
        "start": "494",
        "end": "499",
        "properties": {"where": "Lampiran VII A angka (2) huruf b", "condition": None},
    }
    rows = Rows(["path"], [{"path": {"nodes": [camat, seksi], "relationships": [rel]}}])
    [edge], positions = console.graph_rows(rows)
    assert [p["title"] for p in positions] == ["Camat", "Kepala Seksi"]
    assert (edge["source"], edge["type"], edge["target"]) == ("Camat", "ASSIGNS", "Kepala Seksi")
    assert edge["source_class"] == "Administrator"
    assert edge["where"] == "Lampiran VII A angka (2) huruf b"


def test_scalar_results_draw_no_graph():
    assert console.graph_rows(Rows(["n"], [{"n": 3}])) == ([], [])


@pytest.mark.parametrize(
    ("err", "words"),
    [
        (WriteRefused("write refused"), "hanya untuk membaca"),
        (QueryTimeout("timed out", limit_ms=5, setting="SK_QUERY_TIMEOUT_MS"), "batas waktu"),
        (StoreUnavailable("socket", setting="SK_DATA_DIR"), "tidak dapat dihubungi"),
        (CypherRejected("syntax"), "Periksa penulisan"),
        (ValueError("x"), "tidak sah"),
        (RuntimeError("x"), "tidak terduga"),
    ],
)
def test_each_error_class_has_its_indonesian_text(err, words):
    assert words in messages.error_text(err)
