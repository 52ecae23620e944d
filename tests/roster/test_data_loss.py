"""A roster import never wipes what it cannot replace, and says what it removes (issue 12: 1, 3)."""

from __future__ import annotations

import argparse

from loader.commands.roster import _import
from loader.roster.importer import import_roster
from tests.roster.conftest import PEGAWAI, TIM, nip, write_csv

BUTON = "Kabupaten Buton"
HEAD, KABID, MUDA = nip(1), nip(3), nip(5)
GOOD = [
    [HEAD, "Andi Contoh", "Kepala Dinas Kesehatan", "", "Dinas Kesehatan", "", "DEMO"],
    [KABID, "Citra Contoh", "Kepala Bidang Pelayanan", "", "Dinas Kesehatan", HEAD, "DEMO"],
    [MUDA, "Eka Contoh", "Perencana", "ahli muda", "Dinas Kesehatan", KABID, "DEMO"],
]
TEAM = [["TK-1", "Tim Uji", "Dinas Kesehatan", MUDA, KABID, "2025"]]


def _counts(store) -> tuple[int, int]:
    q = (
        "MATCH (e:Employee {regency: $r}) WITH count(e) AS e "
        "OPTIONAL MATCH (t:Team {regency: $r}) RETURN e, count(t) AS t"
    )
    row = store.run_readonly(q, {"r": BUTON}).rows[0]
    return row["e"], row["t"]


def _args(partial: bool) -> argparse.Namespace:
    return argparse.Namespace(partial=partial, if_changed=False)


def test_partial_without_a_readable_pegawai_table_keeps_the_roster(people_store, tmp_path):
    good = write_csv(tmp_path / "pegawai.csv", PEGAWAI, GOOD)
    tim = write_csv(tmp_path / "tim.csv", TIM, TEAM)
    assert import_roster([good, tim], BUTON, people_store).written
    no_unit = write_csv(tmp_path / "bad.csv", ["nip", "nama", "jabatan"], [[HEAD, "A", "Camat"]])
    unreadable = tmp_path / "rusak.xlsx"
    unreadable.write_bytes(b"PK\x03\x04 broken")
    for files in ([no_unit], [unreadable], [no_unit, tim]):
        report = import_roster(files, BUTON, people_store, partial=True)
        assert not report.written, files
        assert any("tabel pegawai" in p.reason for p in report.errors)
        assert _counts(people_store) == (3, 1)


def test_pegawai_only_import_says_it_removes_the_teams(people_store, tmp_path, capsys):
    good = write_csv(tmp_path / "pegawai.csv", PEGAWAI, GOOD)
    tim = write_csv(tmp_path / "tim.csv", TIM, TEAM)
    assert _import(people_store, BUTON, [str(good), str(tim)], _args(False)) == 0
    capsys.readouterr()
    assert _import(people_store, BUTON, [str(good)], _args(False)) == 0
    out = capsys.readouterr().out
    assert _counts(people_store) == (3, 0)
    assert "removed 1 team(s) of the previous roster" in out, out
