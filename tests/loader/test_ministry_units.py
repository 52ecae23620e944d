"""Unit-type headings of ministries, agencies, provinces and cities in the Lampiran
(issue 11, point 2). Written for this test in the drafting style of a Lampiran."""

from __future__ import annotations

import pytest

from loader.model import EdgeType, position_key
from loader.reading.extract import extract_file

HEAD = """PERATURAN MENTERI KELAUTAN DAN PERIKANAN REPUBLIK INDONESIA
NOMOR 4 TAHUN 2024
TENTANG
SISTEM KERJA DI LINGKUNGAN KEMENTERIAN KELAUTAN DAN PERIKANAN

MENTERI KELAUTAN DAN PERIKANAN REPUBLIK INDONESIA,

BAB I
KETENTUAN UMUM

Pasal 1
Pejabat Administrator menetapkan kinerja Pejabat Pengawas.

Ditetapkan di Jakarta
pada tanggal 9 April 2024

{lampiran}
PERATURAN MENTERI KELAUTAN DAN PERIKANAN
NOMOR 4 TAHUN 2024
TENTANG SISTEM KERJA

MEKANISME KERJA
"""

UNITS = [
    "Unit Eselon I",
    "Sekretariat Jenderal",
    "Direktorat Jenderal Perikanan Tangkap",
    "Kantor Wilayah",
    "Kantor Pusat",
    "Direktorat",
    "Biro Umum",
    "Pusat Data dan Informasi",
    "Balai Besar Riset",
    "Unit Pelaksana Teknis",
    "Kelurahan",
    "Satpol PP",
    "BPBD",
    "Sekretariat DPRD",
    "RSUD",
    "Puskesmas",
    "Deputi Bidang Pengawasan",
    "Inspektorat Jenderal",
]
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _text(lampiran: str) -> str:
    parts = [HEAD.format(lampiran=lampiran)]
    for letter, unit in zip(LETTERS, UNITS, strict=False):
        parts.append(f"{letter}. {unit}\n")
        parts.append("1. Pejabat Administrator menetapkan kinerja Pejabat Pengawas.\n")
        parts.append("2. Pejabat Pengawas memberikan penugasan kepada Pejabat Fungsional.\n\n")
    return "".join(parts)


@pytest.mark.parametrize("lampiran", ["LAMPIRAN", "LAMPIRAN I", "Lampiran", "SALINAN LAMPIRAN"])
def test_every_unit_heading_opens_a_unit_type(tmp_path, lampiran):
    path = tmp_path / "permen.txt"
    path.write_text(_text(lampiran), encoding="utf-8")
    x = extract_file(path)
    assert [u.name for u in x.unit_types] == UNITS
    for unit in x.unit_types:
        edges = {
            (e.type, position_key(e.source), position_key(e.target))
            for e in x.edges
            if e.unit_type == unit.id
        }
        assert edges == {
            (EdgeType.SETS_PERFORMANCE, "pejabat administrator", "pejabat pengawas"),
            (EdgeType.ASSIGNS, "pejabat pengawas", "pejabat fungsional"),
        }, unit.name
    assert not any(w.code == "SECTION_NO_EDGE" for w in x.warnings)


def test_a_heading_that_lost_its_letter_still_opens_a_ministry_unit(tmp_path):
    text = HEAD.format(lampiran="LAMPIRAN") + (
        "Mekanisme Kerja pada Kantor Wilayah\n"
        "1. Pejabat Administrator menetapkan kinerja Pejabat Pengawas.\n\n"
        "Mekanisme Kerja pada Balai Besar\n"
        "1. Pejabat Pengawas memberikan penugasan kepada Pejabat Fungsional.\n"
    )
    path = tmp_path / "permen.txt"
    path.write_text(text, encoding="utf-8")
    x = extract_file(path)
    names = [u.name for u in x.unit_types]
    assert names == ["Mekanisme Kerja pada Kantor Wilayah", "Mekanisme Kerja pada Balai Besar"]
    by_unit = {u.id: u.name for u in x.unit_types}
    assert {by_unit[e.unit_type] for e in x.edges if e.unit_type} == set(names)
