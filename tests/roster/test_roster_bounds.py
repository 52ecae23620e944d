"""Roster files are bounded before parsing: a zip bomb, too many rows, a huge cell (issue 12: 9)."""

from __future__ import annotations

import time
import tracemalloc
import zipfile

import openpyxl
import pytest

from loader.roster.rules import roster_rules
from loader.roster.table import read_tables
from tests.roster.conftest import PEGAWAI, nip, write_csv

ROW = '<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>{n}</t></is></c></row>'


def zip_bomb(path, rows: int):
    """A real XLSX whose sheet holds ``rows`` rows: a few MB zipped, far more unpacked."""
    book = openpyxl.Workbook()
    book.active.append(PEGAWAI)
    book.save(path)
    with zipfile.ZipFile(path) as src:
        parts = {name: src.read(name) for name in src.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    head, tail = sheet.split("<sheetData>")[0], "</sheetData>" + sheet.split("</sheetData>")[1]
    body = "".join(ROW.format(n=n) for n in range(2, rows + 2))
    parts["xl/worksheets/sheet1.xml"] = f"{head}<sheetData>{body}{tail}".encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in parts.items():
            out.writestr(name, data)
    return path


def _reasons(path) -> list[str]:
    tables, problems = read_tables(path, roster_rules())
    return [p.reason for p in problems] + [p.reason for t in tables for p in t.problems]


def test_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    bomb = zip_bomb(tmp_path / "pegawai.xlsx", 1_048_575)
    tracemalloc.start()
    start = time.monotonic()
    reasons = _reasons(bomb)
    elapsed = time.monotonic() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert any("SK_ROSTER_MAX_MB" in r for r in reasons), reasons
    assert elapsed < 5 and peak < 50_000_000, (elapsed, peak)
    print(
        f"zip bomb {bomb.stat().st_size // 1000} kB refused in {elapsed * 1000:.0f} ms,"
        f" {peak / 1e6:.1f} MB peak"
    )


def test_too_many_rows_are_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("SK_ROSTER_MAX_ROWS", "100")
    rows = [[nip(n), "Nama", "Pelaksana", "", "Dinas Kesehatan", "", ""] for n in range(150)]
    reasons = _reasons(write_csv(tmp_path / "pegawai.csv", PEGAWAI, rows))
    assert any("lebih dari 100 baris (setelan SK_ROSTER_MAX_ROWS" in r for r in reasons), reasons


@pytest.mark.parametrize("length", [5_000, 200_000])
def test_a_huge_cell_is_refused(tmp_path, length):
    rows = [[nip(1), "N" * length, "Pelaksana", "", "Dinas Kesehatan", "", ""]]
    reasons = _reasons(write_csv(tmp_path / "pegawai.csv", PEGAWAI, rows))
    assert any("lebih dari 2000 karakter (setelan SK_ROSTER_MAX_CELL" in r for r in reasons), (
        reasons
    )


def test_file_above_the_size_limit_is_not_read(tmp_path, monkeypatch):
    monkeypatch.setenv("SK_ROSTER_MAX_MB", "1")
    rows = [[nip(n % 999), "Nama " * 40, "Pelaksana", "", "Dinas", "", ""] for n in range(8000)]
    reasons = _reasons(write_csv(tmp_path / "pegawai.csv", PEGAWAI, rows))
    assert reasons == ["berkas lebih dari 1 MB (setelan SK_ROSTER_MAX_MB menaikkan batas)"]
