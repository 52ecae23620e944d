"""Open position recognition (issue 11 point 2), in provisions written for this test.

Titles no table lists are still found: a head word with its unit phrase, the
abbreviations administration uses without defining them, titles a regulation
defines for itself; a title-like phrase that is none of these is reported in
``Extraction.unknown_titles``, never dropped.
"""

from __future__ import annotations

import pytest

from loader.model import PositionClass
from loader.reading.extract import extract_text

HEAD = """PERATURAN BUPATI CONTOH
NOMOR 4 TAHUN 2025
TENTANG
SISTEM KERJA

Pasal 1
"""


def extract(provisions: str):
    return extract_text(HEAD + provisions + "\n", "contoh.txt", "0" * 64)


def edges(provisions: str) -> set[tuple[str, str, str]]:
    return {(e.type.value, e.source, e.target) for e in extract(provisions).edges}


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Kepala Kantor Wilayah menetapkan kinerja Kepala Divisi Administrasi.",
            "Kepala Kantor Wilayah",
            "Kepala Divisi Administrasi",
        ),
        ("Kepala Biro Umum menetapkan kinerja Kepala Bagian.", "Kepala Biro Umum", "Kepala Bagian"),
        ("Direktur Jenderal menetapkan kinerja Direktur.", "Direktur Jenderal", "Direktur"),
        (
            "Kepala Balai Besar menetapkan kinerja Kepala Seksi.",
            "Kepala Balai Besar",
            "Kepala Seksi",
        ),
        (
            "Pejabat Pimpinan Tinggi Madya menetapkan kinerja Pejabat Administrator.",
            "Pejabat Pimpinan Tinggi Madya",
            "Pejabat Administrator",
        ),
        ("Kadis menetapkan kinerja Kabid.", "Kadis", "Kabid"),
        ("Kaban menetapkan kinerja Kalak.", "Kaban", "Kalak"),
        ("Karumkit menetapkan kinerja Kapus.", "Karumkit", "Kapus"),
        ("PUO memberikan penugasan kepada JF.", "PUO", "Pejabat Fungsional"),
    ],
)
def test_titles_no_row_lists_are_found(text, source, target):
    got = edges(f"(1) {text}")
    assert any(s == source and t == target for _, s, t in got), got


def test_a_defined_title_is_a_position_of_its_definition():
    x = extract(
        "Dalam Peraturan ini yang dimaksud dengan:\n"
        "1. Pemimpin Satuan Kerja adalah Kepala Perangkat Daerah yang memimpin satuan kerja.\n"
        "2. Kepala Kantor Wilayah yang selanjutnya disebut Kakanwil adalah pimpinan kantor.\n\n"
        "Pasal 2\n"
        "(1) Pemimpin Satuan Kerja menetapkan kinerja Kepala Bidang.\n"
        "(2) Kakanwil menilai kinerja Kepala Divisi.\n"
    )
    got = {(e.type.value, e.source, e.target) for e in x.edges}
    assert ("SETS_PERFORMANCE", "Pemimpin Satuan Kerja", "Kepala Bidang") in got
    assert ("APPRAISES", "Kakanwil", "Kepala Divisi") in got
    classes = {p.title: p.cls for p in x.wide_positions}
    assert classes["Pemimpin Satuan Kerja"] is PositionClass.JPT_PRATAMA


def test_an_unknown_title_is_reported_not_dropped():
    x = extract("(1) Kepala Gudang Senjata menetapkan kinerja Pelaksana.")
    unknown = [t.title for t in x.unknown_titles]
    assert unknown == ["Kepala Gudang Senjata"]
    t = x.unknown_titles[0]
    assert x.source_text[t.start : t.end] == "Kepala Gudang Senjata"
    assert t.where.startswith("Pasal 1")
    # it still takes part in the edge, as a position of no known class
    assert ("SETS_PERFORMANCE", "Kepala Gudang Senjata", "Pelaksana") in {
        (e.type.value, e.source, e.target) for e in x.edges
    }


def test_known_titles_are_not_reported():
    x = extract("(1) Kepala Bidang menetapkan kinerja Kepala Seksi dan Pejabat Fungsional.")
    assert x.unknown_titles == ()


def test_a_functional_post_named_by_its_own_title_is_kept_and_reported():
    x = extract("(1) Inspektur menilai kinerja Auditor Ahli Madya.")
    assert ("APPRAISES", "Inspektur", "Auditor", "Ahli Madya") in {
        (e.type.value, e.source, e.target, e.condition) for e in x.edges
    }
    assert [t.title for t in x.unknown_titles] == ["Auditor"]


def test_items_that_are_only_titles_take_the_lead_in_cue():
    x = extract(
        "(1) Kepala Bidang menetapkan kinerja jabatan di bawah koordinasinya, yaitu:\n"
        "a. Penyuluh Pertanian Ahli Muda;\n"
        "b. Pengelola Data; dan\n"
        "c. Pelaksana.\n"
    )
    got = {(e.type.value, e.source, e.target, e.condition) for e in x.edges}
    assert got == {
        ("SETS_PERFORMANCE", "Kepala Bidang", "Penyuluh Pertanian", "Ahli Muda"),
        ("SETS_PERFORMANCE", "Kepala Bidang", "Pengelola Data", None),
        ("SETS_PERFORMANCE", "Kepala Bidang", "Pelaksana", None),
    }
    assert {t.title for t in x.unknown_titles} == {"Penyuluh Pertanian", "Pengelola Data"}


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (  # "Dalam Negeri" is part of a field's name, not a locative "dalam" ending the title
            "Kepala Badan memberikan penugasan kepada Kepala Bidang Politik Dalam Negeri.",
            "Kepala Badan",
            "Kepala Bidang Politik Dalam Negeri",
        ),
        (
            "Direktur Jenderal Perdagangan Dalam Negeri menilai kinerja Sekretaris Direktorat"
            " Jenderal.",
            "Direktur Jenderal Perdagangan Dalam Negeri",
            "Sekretaris Direktorat Jenderal",
        ),
    ],
)
def test_dalam_negeri_stays_in_a_title(text, source, target):
    found = {(s, t) for _, s, t in edges(text)}
    assert (source, target) in found, found
