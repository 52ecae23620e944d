"""Loading the five regulations: facts read from the texts, idempotent reload, all-or-nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from loader.graph.load import build_write, default_paths, load_files
from loader.graph.rows import instance_title
from loader.reading.extract import extract_file
from queries.errors import QueryError
from queries.store import GraphWrite, WriteStep

REGULATIONS = Path(__file__).resolve().parents[2] / "data" / "regulations"
BUTON = REGULATIONS / "000_b65b5e3740c9ccfa.txt"
COUNTS = """
MATCH (n) WITH labels(n)[0] AS label, count(n) AS n RETURN label, n ORDER BY label
"""
EDGE_COUNTS = "MATCH ()-[r]->() RETURN type(r) AS type, count(r) AS n ORDER BY type"
UIDS = "MATCH (n) RETURN n.uid AS uid ORDER BY uid"


def snapshot(store) -> tuple:
    return tuple(store.run_readonly(q, max_rows=100_000).rows for q in (COUNTS, EDGE_COUNTS, UIDS))


def test_all_five_load(load_report, loaded_store):
    assert load_report.ok and len(load_report.loaded) == 5
    regencies = loaded_store.query("regency_list").column("regency")
    assert regencies == sorted(
        [
            "Kabupaten Buton",
            "Kabupaten Muna",
            "Kabupaten Tabalong",
            "Kabupaten Konawe Selatan",
            "Kabupaten Malang",
        ]
    )


def test_edge_keeps_citation_quote_at_its_offsets(loaded_store):
    """Buton Pasal 7 ayat (4) huruf a: JPT Pratama appraises Ahli Utama/Madya functionals."""
    rows = loaded_store.run_readonly(
        "MATCH (a:Position)-[r:APPRAISES]->(b:Position) WHERE r.where = $where "
        "AND a.regency = 'Kabupaten Buton' RETURN a.title AS a, b.title AS b, r",
        {"where": "Pasal 7 ayat (4) huruf a"},
    ).rows
    assert [(row["a"], row["b"]) for row in rows] == [
        ("Jabatan Tinggi Pratama", "Jabatan Fungsional")
    ]
    edge = rows[0]["r"]["properties"]
    assert edge["condition"] == "Ahli Utama, Ahli Madya"
    assert edge["jenjang"] == ["Ahli Utama", "Ahli Madya"]
    source = BUTON.read_text(encoding="utf-8")
    assert source[edge["start"] : edge["end"]] == edge["quote"]
    assert "ahli utama dan ahli madya" in edge["quote"]


def test_named_units_get_instantiated_positions(loaded_store):
    rows = loaded_store.query("position_search", {"regency": "Kabupaten Muna", "q": "dinas kes"})
    assert "Pejabat Administrator Dinas Kesehatan" in rows.column("title")
    assert {"unit"} == {row["scope"] for row in rows.rows}


def test_instance_title_merges_the_shared_word():
    assert instance_title("Kepala Dinas", "Dinas Kesehatan") == "Kepala Dinas Kesehatan"
    assert instance_title("Sekretaris", "Dinas Kesehatan") == "Sekretaris Dinas Kesehatan"


def test_reload_is_idempotent(fresh_store):
    report = load_files([BUTON], fresh_store)
    first = snapshot(fresh_store)
    again = load_files([BUTON], fresh_store)
    assert report.ok and again.ok and snapshot(fresh_store) == first
    assert load_files([BUTON], fresh_store, if_changed=True).unchanged == [BUTON.name]


def test_a_regulation_keeps_its_text_and_one_written_without_it_is_loaded_again(fresh_store):
    assert load_files([BUTON], fresh_store).ok
    uid = fresh_store.query("regulation_list").rows[0]["uid"]
    [source] = fresh_store.query("source_text", {"regulation": uid}).rows
    assert source["text"] == extract_file(BUTON).source_text
    assert source["file"] == BUTON.name
    # a graph written before regulations kept their text: --if-changed writes it again
    fresh_store.db.select_graph(fresh_store.graph_name).query("MATCH (s:Source) DELETE s")
    assert load_files([BUTON], fresh_store, if_changed=True).loaded == [BUTON.name]
    assert fresh_store.query("source_text", {"regulation": uid}).rows


def test_bad_file_is_named_and_others_load(fresh_store, tmp_path):
    bad = tmp_path / "kosong.txt"
    bad.write_text("", encoding="utf-8")
    report = load_files([bad, BUTON], fresh_store)
    assert report.failed == ["kosong.txt"] and report.loaded == [BUTON.name]
    assert report.problems[0].startswith(str(bad))


def test_failed_write_leaves_graph_unchanged(fresh_store):
    load_files([BUTON], fresh_store)
    before = snapshot(fresh_store)
    good = build_write(extract_file(BUTON))
    broken = GraphWrite(good.uid, (*good.steps, WriteStep("create_edges", {"APPRAISES": 7})))
    with pytest.raises(QueryError):
        fresh_store.apply_writes([broken])
    assert snapshot(fresh_store) == before


def test_reset_empties_the_store(fresh_store):
    load_files([BUTON], fresh_store)
    fresh_store.reset()
    assert fresh_store.is_empty()


def test_default_paths_are_the_five():
    assert [p.name for p in default_paths()] == sorted(p.name for p in REGULATIONS.glob("*.txt"))
