"""Issue 11 point 2 (branch ed): the titles of ministry, agency, province and city units the
tables did not know, their abbreviations used without definition, and functional titles named
with a grade each time. Each sentence is written for this test.

A careful reader takes "Kepala Loka ...", "Kepala Stasiun ...", "Kepala Satuan Kerja ...",
"Sekretaris Utama", "Staf Ahli ...", "Irwil II" and "Irban Wilayah I" as the titles they are,
reads "Syahbandar Ahli Madya dan Syahbandar Ahli Muda" as one title with two grades, and
reports no grade words as a title.
"""

from __future__ import annotations

import pytest

from loader.reading.extract import extract_text
from tests.loader.test_clauses import AS, HEAD, A, S, read

TITLES = [
    (  # a Loka's name holds "dan"
        "(1) Kepala Loka Pemeriksaan Obat dan Makanan menilai kinerja Pelaksana.",
        {(A, "Kepala Loka Pemeriksaan Obat dan Makanan", "Pelaksana", "")},
    ),
    (  # a Stasiun named with its class
        "(2) Kepala Stasiun Klimatologi Kelas II memberikan penugasan kepada Pelaksana.",
        {(AS, "Kepala Stasiun Klimatologi Kelas II", "Pelaksana", "")},
    ),
    (  # a Satuan Kerja is not the Satuan Polisi Pamong Praja
        "(1) Kepala Balai menilai kinerja Kepala Satuan Kerja Preservasi Jalan Wilayah II.",
        {(A, "Kepala Balai", "Kepala Satuan Kerja Preservasi Jalan Wilayah II", "")},
    ),
    (
        "(1) Kepala Satuan Polisi Pamong Praja menilai kinerja Kepala Seksi.",
        {(A, "Kepala Satuan Polisi Pamong Praja", "Kepala Seksi", "")},
    ),
    (  # an agency's Sekretaris Utama and its short form
        "(2) Sekretaris Utama menetapkan kinerja Kepala Biro Keuangan dan Kepala Biro Umum.",
        {
            (S, "Sekretaris Utama", "Kepala Biro Keuangan", ""),
            (S, "Sekretaris Utama", "Kepala Biro Umum", ""),
        },
    ),
    (
        "(3) Sestama menilai kinerja Kepala Biro Keuangan.",
        {(A, "Sestama", "Kepala Biro Keuangan", "")},
    ),
    (
        "(2) Kinerja Staf Ahli Bupati Bidang Pembangunan dinilai oleh Sekretaris Daerah.",
        {(A, "Sekretaris Daerah", "Staf Ahli Bupati Bidang Pembangunan", "")},
    ),
    (  # Irwil in a list after a Sekretaris: the list is not one unit's name
        "(1) Inspektur Jenderal menilai kinerja Sekretaris Inspektorat Jenderal, Irwil I, dan"
        " Irwil II.",
        {
            (A, "Inspektur Jenderal", "Sekretaris Inspektorat Jenderal", ""),
            (A, "Inspektur Jenderal", "Irwil I", ""),
            (A, "Inspektur Jenderal", "Irwil II", ""),
        },
    ),
    (  # Irban named by its wilayah
        "(2) Inspektur Daerah memberikan penugasan kepada Irban Wilayah III.",
        {(AS, "Inspektur Daerah", "Irban Wilayah III", "")},
    ),
    (  # a Camat and a Lurah named by their place keep it; a role after them is no name
        "(1) Camat Klojen menilai kinerja Lurah Kauman dan Lurah Oro-Oro Dowo.",
        {
            (A, "Camat Klojen", "Lurah Kauman", ""),
            (A, "Camat Klojen", "Lurah Oro-Oro Dowo", ""),
        },
    ),
    (
        "(2) Camat selaku Pejabat Penilai Kinerja menilai kinerja Lurah.",
        {(A, "Camat", "Lurah", "")},
    ),
    (
        "(2) Kepala Puskesmas Sukun memberikan penugasan kepada Bidan Mahir.",
        {(AS, "Kepala Puskesmas Sukun", "Bidan", "Mahir")},
    ),
    (  # an Atase named by fields joined with "dan"
        "(1) Kepala Perwakilan menilai kinerja Atase Imigrasi dan Kepolisian.",
        {(A, "Kepala Perwakilan", "Atase Imigrasi dan Kepolisian", "")},
    ),
    (  # a slash inside a graded title's name
        "(1) Kepala Bagian menilai kinerja Pengelola Layanan Barang/Jasa Ahli Pertama dan"
        " Pelaksana.",
        {
            (A, "Kepala Bagian", "Pengelola Layanan Barang/Jasa", "Ahli Pertama"),
            (A, "Kepala Bagian", "Pelaksana", ""),
        },
    ),
    (  # a Dirjen and a Sesditjen named by their unit
        "(1) Dirjen Cipta Karya menetapkan kinerja Sesditjen Cipta Karya.",
        {(S, "Dirjen Cipta Karya", "Sesditjen Cipta Karya", "")},
    ),
    (  # short heads named by their ministry, level or class, as the full titles are
        "(1) Kakanwil Kemenkumham menilai kinerja Kalapas Kelas IIB dan Karutan Kelas I.",
        {
            (A, "Kakanwil Kemenkumham", "Kalapas Kelas IIB", ""),
            (A, "Kakanwil Kemenkumham", "Karutan Kelas I", ""),
        },
    ),
    (
        "(2) Inspektur memberikan penugasan kepada Irbansus.",
        {(AS, "Inspektur", "Irbansus", "")},
    ),
    (  # the point of "Ka." ends no sentence: the short head is the subject
        "(3) Ka. Subbag Keuangan menilai kinerja Pelaksana.",
        {(A, "Ka. Subbag Keuangan", "Pelaksana", "")},
    ),
    (
        "(3) Ka. Bid Anggaran menetapkan kinerja Ka. Sie Belanja.",
        {(S, "Ka. Bid Anggaran", "Ka. Sie Belanja", "")},
    ),
    (  # a Sekretaris named by the unit's acronym
        "(2) Kepala Bapenda menilai kinerja Sekretaris Bapenda dan Sekretaris DPMPTSP.",
        {
            (A, "Kepala Bapenda", "Sekretaris Bapenda", ""),
            (A, "Kepala Bapenda", "Sekretaris DPMPTSP", ""),
        },
    ),
    (  # Jakarta's Suku Dinas and Satuan Pelaksana, and their short forms
        "(1) Kepala Suku Dinas Kesehatan menilai kinerja Kepala Satuan Pelaksana Kesehatan.",
        {(A, "Kepala Suku Dinas Kesehatan", "Kepala Satuan Pelaksana Kesehatan", "")},
    ),
    (
        "(2) Kasudin Perhubungan memberikan penugasan kepada Kasatpel Perhubungan.",
        {(AS, "Kasudin Perhubungan", "Kasatpel Perhubungan", "")},
    ),
    (
        "(1) Sekretaris Kementerian Koordinator menetapkan kinerja Kepala Biro Umum.",
        {(S, "Sekretaris Kementerian Koordinator", "Kepala Biro Umum", "")},
    ),
    (  # in capitals the word after a Camat or a Sekretaris is no name of it
        "(1) CAMAT SEKRETARIS KECAMATAN menilai kinerja Pelaksana.",
        {(A, "SEKRETARIS KECAMATAN", "Pelaksana", "")},
    ),
    (  # a unit named for its work on a class of posts keeps "Jabatan Fungsional"
        "(1) Kepala Bidang Pengembangan Jabatan Fungsional Pranata Komputer menilai kinerja"
        " Pelaksana.",
        {(A, "Kepala Bidang Pengembangan Jabatan Fungsional Pranata Komputer", "Pelaksana", "")},
    ),
    (  # a customs office's class letter after "Pabean"
        "(1) Kepala Kantor Pelayanan Bea dan Cukai Tipe Madya Pabean C menilai kinerja Pelaksana.",
        {(A, "Kepala Kantor Pelayanan Bea dan Cukai Tipe Madya Pabean C", "Pelaksana", "")},
    ),
    (  # a functional title written with each grade is one title with both grades
        "(1) Kepala Kantor memberikan penugasan kepada Arsitek Ahli Muda dan Arsitek Ahli Pertama.",
        {(AS, "Kepala Kantor", "Arsitek", "Ahli Muda, Ahli Pertama")},
    ),
]


@pytest.mark.parametrize(("text", "edges"), TITLES)
def test_an_agency_or_region_title_is_read_whole(text, edges):
    assert read(text) == edges


def reported(provisions: str) -> set[str]:
    """The unknown titles reported for the provisions."""
    x = extract_text(HEAD + provisions + "\n", "contoh.txt", "0" * 64)
    return {t.title for t in x.unknown_titles}


def test_grade_words_are_never_reported_as_a_title():
    titles = reported(
        "(1) Kepala Puskesmas menilai kinerja Terapis Gigi dan Mulut Terampil dan Tenaga"
        " Promosi Kesehatan Ahli Pertama."
    )
    assert not any(t.startswith(("Terampil", "Ahli")) for t in titles), titles


def test_the_older_short_forms_of_functional_and_executing_posts_are_known():
    text = "(1) Kepala Seksi memberikan penugasan kepada JFT dan JFU."
    assert read(text) == {(AS, "Kepala Seksi", "JFT", ""), (AS, "Kepala Seksi", "JFU", "")}
    assert not reported(text) & {"JFT", "JFU"}
