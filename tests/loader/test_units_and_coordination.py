"""Coordination wording, tables of rules and the titles of province, city and ministry units
(issue 11 points 2 and 3), each a sentence or table written for this test (not copied from
the regulations or the wording corpus).
"""

from __future__ import annotations

import re

import pytest

from loader.reading.extract import extract_text
from loader.reading.titles import _factored
from tests.loader.test_clauses import AS, HEAD, A, C, R, S, read

T = "\t"

COORDINATION = [
    (  # a task noun between the verb and the coordinated
        "(1) Kepala Seksi Pemerintahan mengoordinasikan penyelenggaraan tugas Lurah.",
        {(C, "Kepala Seksi Pemerintahan", "Lurah", "")},
    ),
    (  # nominalised, the coordinator after "menjadi tugas"
        "(1) Pengoordinasian terhadap Pejabat Fungsional Arsiparis menjadi tugas Kepala"
        " Subbagian Umum.",
        {(C, "Kepala Subbagian Umum", "Pejabat Fungsional Arsiparis", "")},
    ),
    (  # a coordinator role with the coordinated after "membawahkan"
        "(1) Kepala Kantor Imigrasi selaku koordinator membawahkan Kepala Seksi Lalu Lintas"
        " dan Kepala Seksi Inteldakim.",
        {
            (C, "Kepala Kantor Imigrasi", "Kepala Seksi Lalu Lintas", ""),
            (C, "Kepala Kantor Imigrasi", "Kepala Seksi Inteldakim", ""),
        },
    ),
    (  # the coordinator in the ayat before, the coordinated in the items after
        "(1) Kepala Bidang Kedaruratan bertindak sebagai koordinator.\n"
        "(2) Koordinasi sebagaimana dimaksud pada ayat (1) dilakukan terhadap:\n"
        "a. Analis Bencana; dan\nb. Pelaksana.",
        {
            (C, "Kepala Bidang Kedaruratan", "Analis Bencana", ""),
            (C, "Kepala Bidang Kedaruratan", "Pelaksana", ""),
        },
    ),
]

COORDINATION += [
    (  # a target that only announces the items after the lead-in
        "(1) Pelaksanaan tugas jabatan pelaksana berikut dikoordinasikan oleh Kepala Subbagian"
        " Keuangan:\na. Pengelola Gaji; dan\nb. Bendahara Pengeluaran.",
        {
            (C, "Kepala Subbagian Keuangan", "Pengelola Gaji", ""),
            (C, "Kepala Subbagian Keuangan", "Bendahara Pengeluaran", ""),
        },
    ),
]

COORDINATION += [
    (  # the members announced after "di bawah koordinasinya sebagai berikut:"
        "(1) Koordinator Perencanaan menilai kinerja anggota tim di bawah koordinasinya sebagai"
        " berikut:\na. Statistisi Ahli Muda; dan\nb. Pranata Komputer Terampil.",
        {
            (A, "Koordinator Perencanaan", "Statistisi", "Ahli Muda"),
            (A, "Koordinator Perencanaan", "Pranata Komputer", "Terampil"),
        },
    ),
]

COORDINATION += [
    (  # a relative clause on the agent of a passive: the agent coordinates
        "(1) Kepala Kantor Wilayah dibantu oleh Kepala Bagian Umum yang mengoordinasikan"
        " Pelaksana pada Bagian Umum.",
        {(C, "Kepala Bagian Umum", "Pelaksana", "")},
    ),
]

LOOKALIKES = [
    "(1) Kepala Biro Hukum berkoordinasi dengan Kepala Biro Organisasi dalam penyusunan rancangan.",
    "(1) Koordinasi lintas sektor antara Kepala Bidang Sosial dan Camat dilaksanakan melalui"
    " forum.",
    "(1) Rapat koordinasi dipimpin oleh Asisten Pemerintahan dan dihadiri oleh Kepala Biro Hukum.",
]

TITLES = [
    (  # an Asisten named by its field, with "dan" in the name
        "(1) Asisten Pemerintahan dan Kesejahteraan Rakyat menilai kinerja Kepala Biro Hukum.",
        {(A, "Asisten Pemerintahan dan Kesejahteraan Rakyat", "Kepala Biro Hukum", "")},
    ),
    (  # a ministry's regional inspector
        "(1) Inspektur Wilayah III menetapkan kinerja Auditor Ahli Muda.",
        {(S, "Inspektur Wilayah III", "Auditor", "Ahli Muda")},
    ),
    (  # the level of a DPRD secretariat kept in the title
        "(1) Sekretaris DPRD Kabupaten menilai kinerja Kepala Bagian Umum.",
        {(A, "Sekretaris DPRD Kabupaten", "Kepala Bagian Umum", "")},
    ),
    (  # "Jabatan" inside a unit's name; "dan" inside a UPTD's name
        "(1) Kepala Dinas menilai kinerja Kepala Bagian Analisis Jabatan dan Kepala UPTD"
        " Pengujian dan Sertifikasi.",
        {
            (A, "Kepala Dinas", "Kepala Bagian Analisis Jabatan", ""),
            (A, "Kepala Dinas", "Kepala UPTD Pengujian dan Sertifikasi", ""),
        },
    ),
    (  # "dan" before an agent noun starts a new title, not the unit's name
        "(1) Kepala Bidang Tata Ruang menetapkan kinerja Kepala Seksi Perencanaan dan Penata"
        " Ruang Ahli Muda.",
        {
            (S, "Kepala Bidang Tata Ruang", "Kepala Seksi Perencanaan", ""),
            (S, "Kepala Bidang Tata Ruang", "Penata Ruang", "Ahli Muda"),
        },
    ),
    (  # titles no table knows after list joiners, a long graded one
        "(1) Camat memberikan penugasan kepada Kepala Seksi Pelayanan, Pengelola Layanan"
        " Kependudukan, dan Analis Sumber Daya Manusia Aparatur Ahli Pertama.",
        {
            (AS, "Camat", "Kepala Seksi Pelayanan", ""),
            (AS, "Camat", "Pengelola Layanan Kependudukan", ""),
            (AS, "Camat", "Analis Sumber Daya Manusia Aparatur", "Ahli Pertama"),
        },
    ),
]

TITLES += [
    (  # a Roman numeral after "Wilayah" is part of the unit's name
        "(1) Pengawas Sekolah Ahli Muda dikoordinasikan oleh Kepala Cabang Dinas Wilayah V.",
        {(C, "Kepala Cabang Dinas Wilayah V", "Pengawas Sekolah", "Ahli Muda")},
    ),
    (  # any peN- word not ending in -an after "dan" starts a title; "Perundang-undangan" not
        "(1) Kepala Bidang Perundang-undangan dan Pengkajian menilai kinerja Penyuluh Perikanan"
        " dan Pengendali Hama Tanaman.",
        {
            (A, "Kepala Bidang Perundang-undangan dan Pengkajian", "Penyuluh Perikanan", ""),
            (A, "Kepala Bidang Perundang-undangan dan Pengkajian", "Pengendali Hama Tanaman", ""),
        },
    ),
]

TITLES += [
    (  # an Inspektur named by the level, an Inspektur Pembantu by his field
        "(1) Inspektur Kabupaten menilai kinerja Inspektur Pembantu Bidang Investigasi.",
        {(A, "Inspektur Kabupaten", "Inspektur Pembantu Bidang Investigasi", "")},
    ),
    (  # a UPTD's name ending in a Roman numeral
        "(1) Kepala UPTD Samsat Wilayah I menilai kinerja Kepala Seksi Penagihan.",
        {(A, "Kepala UPTD Samsat Wilayah I", "Kepala Seksi Penagihan", "")},
    ),
]

TITLES += [
    (  # health posts no table lists, as subjects too
        "(1) Dokter dan Bidan Koordinator menyampaikan laporan hasil kerja kepada Kepala"
        " Puskesmas.",
        {
            ("REVIEWS_RESULTS_OF", "Kepala Puskesmas", "Dokter", ""),
            ("REVIEWS_RESULTS_OF", "Kepala Puskesmas", "Bidan Koordinator", ""),
        },
    ),
    (  # a graded title with "dan" in it
        "(1) Kepala Bidang Sumber Daya Air menilai kinerja Teknik Pengairan dan Irigasi Ahli Muda.",
        {(A, "Kepala Bidang Sumber Daya Air", "Teknik Pengairan dan Irigasi", "Ahli Muda")},
    ),
]

TABLES = [
    (  # "Jabatan Pegawai", "Pejabat yang Menilai", its superior gives no edge
        f"(2) Tabel:\nJabatan Pegawai{T}Pejabat yang Menilai{T}Atasan Pejabat yang Menilai\n"
        f"Kepala Seksi Irigasi{T}Kepala Bidang Sumber Daya Air{T}Kepala Dinas\n",
        {(A, "Kepala Bidang Sumber Daya Air", "Kepala Seksi Irigasi", "")},
    ),
    (  # a "Kelas Jabatan" column is no grade and no edge; "Jabatan Bawahan"
        "(2) Tabel:\n| No | Jabatan Bawahan | Kelas Jabatan | Pemberi Penugasan |\n"
        "| 1 | Pelaksana | 7 | Kepala Seksi Gizi |\n",
        {(AS, "Kepala Seksi Gizi", "Pelaksana", "")},
    ),
    (  # a row naming only the unit of the rows below is no rest of the jabatan above
        "(2) Tabel:\n| No | Jabatan | Pejabat Penilai Kinerja |\n"
        "| 1 | Kepala Seksi Pelayanan | Lurah |\n"
        "| | Seksi Ketertiban | |\n| 2 | Pelaksana | Kepala Seksi Ketertiban |\n",
        {
            (A, "Lurah", "Kepala Seksi Pelayanan", ""),
            (A, "Kepala Seksi Ketertiban", "Pelaksana", ""),
        },
    ),
]


TABLES += [
    (  # the appraiser named as the direct superior, the note naming the role
        "(2) Tabel:\n| Nama Jabatan | Atasan Langsung (Pejabat Penilai Kinerja) |\n"
        "| Kepala Seksi Irigasi | Kepala Bidang Sumber Daya Air |\n",
        {(A, "Kepala Bidang Sumber Daya Air", "Kepala Seksi Irigasi", "")},
    ),
    (  # "Pejabat Banding" gives no edge; "Penetap Target", "Ketua Tim", "Pemberi Usulan"
        "(2) Tabel:\n| Jabatan ASN | Penetap Target | Ketua Tim | Pemberi Usulan Penilaian"
        " | Pejabat Banding |\n| Pelaksana | Kepala Seksi Gizi | Koordinator Gizi |"
        " Koordinator Gizi | Kepala Dinas |\n",
        {
            (S, "Kepala Seksi Gizi", "Pelaksana", ""),
            (C, "Koordinator Gizi", "Pelaksana", ""),
            (R, "Koordinator Gizi", "Pelaksana", ""),
        },
    ),
]


def test_factored_alternatives_match_the_same_words():
    words = "Analis|Pranata|Penata|Pengelola|Pengawas|Pengawas Sekolah|Pe[mnr]\\w+|Auditor"
    plain = re.compile(rf"(?:{words})\b")
    factored = re.compile(rf"(?:{_factored(words)})\b")
    for text in ("Analis", "Penata", "Pengawas", "Pengelola", "Perencana", "Auditor", "Pena"):
        assert bool(plain.match(text)) == bool(factored.match(text)), text


@pytest.mark.parametrize(("text", "edges"), COORDINATION)
def test_a_coordination_form_gives_its_edges(text, edges):
    assert read(text) == edges


@pytest.mark.parametrize("text", LOOKALIKES)
def test_a_coordination_lookalike_gives_no_edge(text):
    assert read(text) == set()


@pytest.mark.parametrize(("text", "edges"), TITLES)
def test_a_unit_title_is_read_whole(text, edges):
    assert read(text) == edges


@pytest.mark.parametrize(("text", "edges"), TABLES)
def test_a_table_header_in_other_words(text, edges):
    assert read(text) == edges


def test_titles_after_a_list_joiner_are_reported_as_unknown():
    text = (
        "(1) Kepala Dinas memberikan penugasan kepada Kepala Bidang Statistik, Penata Kelola"
        " Sistem dan Teknologi Informasi, dan Pranata Hubungan Masyarakat.\n"
    )
    x = extract_text(HEAD + text, "contoh.txt", "0" * 64)
    reported = {t.title for t in x.unknown_titles}
    assert {"Penata Kelola Sistem dan Teknologi Informasi", "Pranata Hubungan Masyarakat"} <= (
        reported
    )
