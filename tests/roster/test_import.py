"""Roster import: what it writes, and every kind of bad input (issue 6, "Bad input")."""

from __future__ import annotations

import openpyxl
import pytest

from loader.roster.importer import RosterRefused, import_roster
from tests.roster.conftest import PEGAWAI, TIM, nip, write_csv

BUTON = "Kabupaten Buton"
HEAD, SEK, KABID, MADYA, MUDA = nip(1), nip(2), nip(3), nip(4), nip(5)
GOOD = [
    [HEAD, "Andi Contoh", "Kepala Dinas Kesehatan", "", "Dinas Kesehatan", "", "DEMO"],
    [SEK, "Budi Contoh", "Sekretaris", "", "Dinas Kesehatan", HEAD, "DEMO"],
    [KABID, "Citra Contoh", "Kepala Bidang Pelayanan", "", "Dinas Kesehatan", HEAD, "DEMO"],
    [MADYA, "Dewi Contoh", "Perawat Ahli Madya", "Ahli Madya", "Dinas Kesehatan", HEAD, "DEMO"],
    [MUDA, "Eka Contoh", "Perencana", "ahli  muda", "Dinas Kesehatan", KABID, "DEMO"],
]


def counts(store) -> dict:
    q = (
        "MATCH (e:Employee {regency: $r}) WITH count(e) AS e "
        "OPTIONAL MATCH (t:Team {regency: $r}) WITH e, count(t) AS t "
        "OPTIONAL MATCH (p:Post {regency: $r}) RETURN e, t, count(p) AS p"
    )
    return store.run_readonly(q, {"r": BUTON}).rows[0]


def uids(store) -> list[str]:
    rows = store.run_readonly(
        "MATCH (e:Employee {regency: $r})-[:HOLDS]->(s:Post) RETURN e.uid + ' ' + s.uid AS x",
        {"r": BUTON},
    )
    return sorted(rows.column("x"))


def test_good_roster_is_written_with_title_rows_above_and_is_idempotent(people_store, tmp_path):
    pegawai = write_csv(tmp_path / "pegawai.csv", PEGAWAI, GOOD, above=2)
    tim = write_csv(
        tmp_path / "tim.csv", TIM, [["TK-1", "Tim Uji", "Dinas Kesehatan", MUDA, MADYA, "2025"]]
    )
    report = import_roster([pegawai, tim], "buton", people_store)
    assert report.written and not report.errors
    assert report.counts["employees"] == 5 and report.counts["teams"] == 1
    first = (counts(people_store), uids(people_store))
    assert first[0]["e"] == 5 and first[0]["t"] == 1
    row = people_store.run_readonly(
        "MATCH (e:Employee {nip: $n}) RETURN e.jenjang AS j, e.demo AS d, e.unit_type_name AS t",
        {"n": MUDA},
    ).rows[0]
    assert row == {"j": "Ahli Muda", "d": True, "t": "Dinas/Badan Daerah"}
    again = import_roster([pegawai, tim], BUTON, people_store)
    assert again.written and (counts(people_store), uids(people_store)) == first


def test_if_changed_skips_the_same_files(people_store, tmp_path):
    pegawai = write_csv(tmp_path / "pegawai.csv", PEGAWAI, GOOD)
    import_roster([pegawai], BUTON, people_store)
    assert import_roster([pegawai], BUTON, people_store, if_changed=True).unchanged


def _problems(report) -> list[tuple]:
    return [(p.file, p.row, p.column, p.reason) for p in report.errors]


@pytest.mark.parametrize(
    ("cell", "words"),
    [
        ("19800101200501100", "18 digit"),
        ("1.98001E+17", "angka ilmiah"),
        ("19801301200501 1 001", "tanggal lahir"),
        ("198001012005133001", "bulan pengangkatan"),
        ("198001011970011001", "tahun pengangkatan"),
        ("198001012005013001", "jenis kelamin"),
        ("19800101-2005O1-1001", "angka saja"),
    ],
)
def test_malformed_nip_is_located_and_nothing_is_written(people_store, tmp_path, cell, words):
    pegawai = write_csv(tmp_path / "pegawai.csv", PEGAWAI, GOOD)
    import_roster([pegawai], BUTON, people_store)
    before = uids(people_store)
    bad = write_csv(
        tmp_path / "bad.csv",
        PEGAWAI,
        [*GOOD, [cell, "X", "Pelaksana", "", "Dinas Kesehatan", "", ""]],
    )
    report = import_roster([bad], BUTON, people_store)
    assert not report.written
    [(file, row, column, reason)] = _problems(report)
    assert (file, row, column) == ("bad.csv", 7, "nip") and words in reason
    assert uids(people_store) == before  # the graph is as it was


def test_every_problem_is_listed_at_once(people_store, tmp_path):
    rows = [
        *GOOD,
        [HEAD, "Dua Kali", "Pelaksana", "", "Dinas Kesehatan", "", ""],
        [nip(6), "Tanpa Unit", "Pelaksana", "", "Kantor Antah Berantah", "", ""],
        [nip(7), "Jabatan Aneh", "Tukang Sulap", "", "Dinas Kesehatan", "", ""],
        [nip(8), "", "Pelaksana", "", "Dinas Kesehatan", "", ""],
        [nip(9), "Jenjang Salah", "Analis", "Ahli Sakti", "Dinas Kesehatan", "", ""],
    ]
    pegawai = write_csv(tmp_path / "pegawai.csv", PEGAWAI, rows)
    tim = write_csv(
        tmp_path / "tim.csv",
        TIM,
        [
            ["TK-1", "Tim A", "Dinas Kesehatan", MUDA, f"{MADYA}; {nip(99)}", ""],
            ["tk-1", "Tim B", "Dinas Kesehatan", MUDA, MADYA, ""],
        ],
    )
    report = import_roster([pegawai, tim], BUTON, people_store)
    found = {(p[1], p[2], p[3].split(" ")[0]) for p in _problems(report)}
    assert (7, "nip", "NIP") in found  # duplicate NIP (row 7 repeats row 2)
    assert (8, "unit", "unit") in found
    assert (9, "jabatan", "jabatan") in found
    assert (10, "nama", "kosong,") in found
    assert (11, "jenjang", "jenjang") in found
    assert (2, "anggota", "NIP") in found  # member not on the roster
    assert (3, "kode", "kode") in found  # team code twice, case-insensitively
    assert not report.written


def test_partial_writes_the_good_rows_only(people_store, tmp_path):
    rows = [*GOOD, [nip(6), "Tanpa Unit", "Pelaksana", "", "Kantor Antah Berantah", "", ""]]
    pegawai = write_csv(tmp_path / "pegawai.csv", PEGAWAI, rows)
    report = import_roster([pegawai], BUTON, people_store, partial=True)
    assert report.written and len(report.errors) == 1
    assert counts(people_store)["e"] == 5


def test_missing_column_and_unknown_layout(people_store, tmp_path):
    no_unit = write_csv(tmp_path / "p.csv", ["nip", "nama", "jabatan"], [[HEAD, "A", "Camat"]])
    report = import_roster([no_unit], BUTON, people_store)
    [(_, row, _, reason), (_, _, _, refusal)] = _problems(report)
    assert row == 1 and "kolom wajib tidak ada: unit" in reason
    assert "tidak ada tabel pegawai" in refusal and report.refused
    other = write_csv(tmp_path / "x.csv", ["a", "b"], [["1", "2"]])
    assert "baris judul kolom" in _problems(import_roster([other], BUTON, people_store))[0][3]
    binary = tmp_path / "y.xlsx"
    binary.write_bytes(b"PK\x03\x04 broken")
    assert "XLSX rusak" in _problems(import_roster([binary], BUTON, people_store))[0][3]


def test_regency_not_loaded_is_refused(people_store, tmp_path):
    pegawai = write_csv(tmp_path / "pegawai.csv", PEGAWAI, GOOD)
    with pytest.raises(RosterRefused, match="belum dimuat"):
        import_roster([pegawai], "Kabupaten Atlantis", people_store)


def test_xlsx_merged_cells_and_numeric_nips(people_store, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "pegawai"
    sheet.append(["Daftar pegawai"])
    sheet.append(PEGAWAI)
    for row in GOOD:
        sheet.append(row)
    sheet.merge_cells("E3:E7")  # unit written once, merged down: filled and noted
    sheet.append([198001012005011088, "Angka", "Pelaksana", "", "Dinas Kesehatan", "", ""])
    sheet.append([nip(89), "Lebar", "Pelaksana", "", "Dinas Kesehatan", "", ""])
    sheet.merge_cells("C9:D9")  # across columns: refused
    path = tmp_path / "pegawai.xlsx"
    book.save(path)
    report = import_roster([path], BUTON, people_store)
    errors = {(p.row, p.column) for p in report.errors}
    assert errors == {(8, "nip"), (9, "jabatan"), (9, "jenjang")}
    notes = [p for p in report.problems if not p.fatal]
    assert {p.row for p in notes} == {4, 5, 6, 7} and all("E3:E7" in p.reason for p in notes)
    report = import_roster([path], BUTON, people_store, partial=True)
    assert report.written and report.counts["employees"] == 5
    units = people_store.run_readonly(
        "MATCH (e:Employee {regency: $r}) RETURN collect(DISTINCT e.unit_name) AS u", {"r": BUTON}
    ).rows[0]["u"]
    assert units == ["Dinas Kesehatan"]
