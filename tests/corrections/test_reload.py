"""A correction survives ``loader load`` of the same text and goes stale when its text changes."""

from __future__ import annotations

from corrections import storage
from corrections.model import Status
from loader.__main__ import main
from loader.graph.load import load_files
from loader.reading.extract import extract_file
from tests.corrections.conftest import EDITOR, amend, remove

CAMAT = "Lampiran I A angka (2) huruf a"


def _by_id(store):
    return {c.id: c for c in storage.corrections(store)}


def test_same_text_reload_keeps_every_correction(fresh_store, buton_copy):
    assert load_files([buton_copy], fresh_store).ok
    ex = extract_file(buton_copy)
    made = [
        remove(ex, "Pasal 7 ayat (4) huruf a", "Jabatan Tinggi Pratama", "Jabatan Fungsional"),
        amend(ex, CAMAT, "sekretaris Daerah", "asisten", "Ahli Madya"),
    ]
    storage.save(fresh_store, made, EDITOR)
    before = _by_id(fresh_store)
    report = load_files([buton_copy], fresh_store)
    assert report.ok and not report.stale
    after = _by_id(fresh_store)
    assert after == before and set(after) == {c.id for c in made}
    assert all(c.status == Status.ACTIVE for c in after.values())
    linked = fresh_store.run_readonly(
        "MATCH (c:Correction)-[:CITES]->(p:Provision) RETURN c.id AS id, p.where AS where"
    ).rows
    assert {(r["id"], r["where"]) for r in linked} == {(c.id, c.where) for c in made}


def test_changed_text_marks_only_the_lost_one_stale(fresh_store, buton_copy):
    assert load_files([buton_copy], fresh_store).ok
    ex = extract_file(buton_copy)
    lost = remove(ex, "Pasal 7 ayat (4) huruf a", "Jabatan Tinggi Pratama", "Jabatan Fungsional")
    kept = amend(ex, CAMAT, "sekretaris Daerah", "asisten", "Ahli Madya")
    storage.save(fresh_store, [lost, kept], EDITOR)
    text = buton_copy.read_text(encoding="utf-8")
    assert text.count(lost.quote) == 1
    # the amendment drops Ahli Madya from Pasal 7 (4) a: that sentence is no longer in the text
    buton_copy.write_text(text.replace(lost.quote, lost.quote.replace(" dan ahli madya", "")))
    report = load_files([buton_copy], fresh_store)
    assert report.stale == {buton_copy.name: [lost.id]}
    after = _by_id(fresh_store)
    assert after[lost.id].status == Status.STALE and after[lost.id].sha256 == lost.sha256
    moved = after[kept.id]
    assert moved.status == Status.ACTIVE and moved.start == kept.start - len(" dan ahli madya")
    new_text = buton_copy.read_text(encoding="utf-8")
    assert new_text[moved.start : moved.end] == kept.quote
    assert moved.sha256 == extract_file(buton_copy).regulation.sha256 != kept.sha256


def test_cli_load_same_file_keeps_corrections(cli_env, buton_copy, capsys):
    from queries.store import open_store

    assert main(["load", str(buton_copy)]) == 0
    store = open_store()
    try:
        ex = extract_file(buton_copy)
        c = amend(ex, CAMAT, "sekretaris Daerah", "asisten", "Ahli Madya")
        storage.save(store, [c], EDITOR)
        assert main(["load", str(buton_copy)]) == 0
        assert "no longer match" not in capsys.readouterr().out
        assert [x.status for x in storage.corrections(store)] == [Status.ACTIVE]
    finally:
        store.close()
