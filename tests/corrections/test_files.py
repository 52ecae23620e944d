"""Export -> reset -> import restores every correction (JSON and CSV, CLI and library)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from corrections import build, files, storage
from corrections.model import CorrectionRefused, Draft, Kind, now
from loader.__main__ import main
from loader.graph.load import load_files
from loader.model import EdgeType
from queries.store import open_store
from tests.corrections.conftest import BUTON, EDITOR, amend, remove

CAMAT = "Lampiran I A angka (2) huruf a"


def _made(buton):
    sentence = {"where": "Pasal 25", "quote": "", "start": None}
    for e in buton.edges:
        if e.citation.where == "Pasal 25":
            c = e.citation
            sentence = {"where": c.where, "quote": c.quote, "start": c.start, "end": c.end}
    added = build.for_sentence(
        edge_type=EdgeType.APPRAISES,
        source="Camat",
        target="=Sekretaris Camat",  # a formula-like cell must come back as written
        unit_type="kabupaten-buton/peraturan-bupati-3-2024/ut/vii-kecamatan",
        sentence=sentence,
        sha256=buton.regulation.sha256,
        reason='kalimat tidak terbaca, "dikutip"; baris\nkedua',
        author=EDITOR.name,
    )
    return [
        remove(buton, "Pasal 7 ayat (4) huruf a", "Jabatan Tinggi Pratama", "Jabatan Fungsional"),
        amend(buton, CAMAT, "sekretaris Daerah", "asisten", "Ahli Madya"),
        added,
    ]


@pytest.mark.parametrize("suffix", [".json", ".csv"])
def test_export_reset_import_restores_every_correction(cli_env, buton, tmp_path, suffix, capsys):
    assert main(["load", str(BUTON)]) == 0
    store = open_store()
    try:
        storage.save(store, _made(buton), EDITOR)
        before = sorted(storage.corrections(store), key=lambda c: c.id)
        out = tmp_path / f"koreksi{suffix}"
        assert main(["corrections", "export", str(out)]) == 0
        assert main(["reset"]) == 0
        assert "corrections exported to" in capsys.readouterr().out
        assert storage.corrections(store) == []
        assert main(["load", str(BUTON)]) == 0
        assert main(["corrections", "import", str(out), "--author", "Bagian Organisasi"]) == 0
        after = sorted(storage.corrections(store), key=lambda c: c.id)
        assert after == before and len(after) == 3
        log = storage.write_log(store, "Kabupaten Buton")
        assert {(r["who"], r["action"]) for r in log} == {("Bagian Organisasi", "import")}
        # a second import replaces, never doubles
        assert main(["corrections", "import", str(out)]) == 0
        assert len(storage.corrections(store)) == 3
    finally:
        store.close()


def test_csv_is_formula_neutral(buton):
    text = files.to_csv(_made(buton))
    assert ",'=Sekretaris Camat," in text
    assert files.from_csv(text)[0][2].target == "=Sekretaris Camat"


def test_csv_keeps_a_reason_that_begins_with_an_apostrophe(buton):
    made = _made(buton)
    made[2] = dataclasses.replace(made[2], reason="'=A1 sebagai teks")
    text = files.to_csv(made)
    assert files.from_csv(text)[0][2].reason == "'=A1 sebagai teks"


def test_reset_with_no_regulation_left_writes_the_backup(cli_env, buton, capsys):
    assert main(["load", str(BUTON)]) == 0
    store = open_store()
    try:
        made = _made(buton)[:1]
        storage.save(store, made, EDITOR)
        assert main(["reset"]) == 0
        line = capsys.readouterr().out.splitlines()[-2]
        path = line.removeprefix("corrections exported to ")
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
        assert [c["id"] for c in doc["corrections"]] == [made[0].id]
    finally:
        store.close()


def test_not_an_export_is_refused(tmp_path, cli_env, capsys):
    bad = tmp_path / "x.json"
    bad.write_text('{"hello": 1}')
    assert main(["corrections", "import", str(bad)]) == 2
    assert "not a corrections export" in capsys.readouterr().err


def test_a_correction_must_cite_the_loaded_text(fresh_store, buton):
    assert load_files([BUTON], fresh_store).ok
    c = _made(buton)[1]
    from dataclasses import replace

    with pytest.raises(CorrectionRefused) as err:
        storage.save(fresh_store, [replace(c, quote=c.quote + " tambahan")], EDITOR)
    assert err.value.codes == ["NOT_IN_TEXT"]
    with pytest.raises(CorrectionRefused) as err:
        storage.save(fresh_store, [replace(c, start=-1, end=-1, reason=" ")], EDITOR)
    assert err.value.codes == ["NO_REASON", "NO_CITATION"]
    with pytest.raises(CorrectionRefused) as err:
        storage.save(fresh_store, [c], storage.Editor("Tamu", allowed=False))
    assert err.value.codes == ["READ_ONLY"]
    assert storage.corrections(fresh_store) == []


def test_draft_rows_round_trip():
    d = Draft("Usulan 2025", "kabupaten-buton/peraturan-bupati-3-2024", "", "A", now())
    cs, ds = files.from_json(files.to_json([], [d]))
    assert (cs, ds) == ([], [d])
    assert Kind("amend") == Kind.AMEND
