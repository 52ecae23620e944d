"""Issue 11 (branch cd): page furniture of a PDF's text, abbreviated titles and a role as the
relation in wording the other tests do not hold. Each sentence is written for this test.

A careful reader reads through a regional gazette's running head, a JDIH address or a copy's
certification stamp inside a sentence, knows the abbreviations Indonesian administration uses
without defining them, and reads an OCR slip ("lnspektur", "Wilayah Il") as the title meant.
"""

from __future__ import annotations

import pytest

from tests.loader.test_clauses import AS, A, S, read

FURNITURE = [
    (  # a province's gazette running head between two words of a title
        "(1) Kepala Dinas memberikan penugasan kepada Sekretaris\n"
        "BERITA DAERAH PROVINSI CONTOH TAHUN 2024 NOMOR 19\nDinas.\n",
        {(AS, "Kepala Dinas", "Sekretaris Dinas", "")},
    ),
    (  # the certification stamp of a copy
        "(2) Kepala Bidang Tata Ruang menilai kinerja Pejabat\n"
        "Salinan sesuai dengan aslinya\nFungsional dan Pelaksana.\n",
        {
            (A, "Kepala Bidang Tata Ruang", "Pejabat Fungsional", ""),
            (A, "Kepala Bidang Tata Ruang", "Pelaksana", ""),
        },
    ),
    (  # a short page footer
        "(1) Kepala Badan memberikan penugasan kepada Sekretaris Badan dan\nHal. 3 dari 12\n"
        "Kepala Bidang Pendapatan.\n",
        {
            (AS, "Kepala Badan", "Sekretaris Badan", ""),
            (AS, "Kepala Badan", "Kepala Bidang Pendapatan", ""),
        },
    ),
    (  # a gazette's running head broken over two lines, a JDIH address with its scheme
        "(2) Kepala Dinas menilai kinerja Sekretaris Dinas\n\nLEMBARAN DAERAH PROVINSI CONTOH\n"
        "TAHUN 2024 NOMOR 5\n\ndan Kepala Bidang\nhttps://jdih.contohprov.go.id\nKeuangan.\n",
        {
            (A, "Kepala Dinas", "Sekretaris Dinas", ""),
            (A, "Kepala Dinas", "Kepala Bidang Keuangan", ""),
        },
    ),
    (  # a figure's caption in the body
        "(2) Kepala Dinas memberikan penugasan kepada Sekretaris Dinas dan\n"
        "Gambar 2. Alur Penugasan pada Dinas\nKepala Bidang.\n",
        {(AS, "Kepala Dinas", "Sekretaris Dinas", ""), (AS, "Kepala Dinas", "Kepala Bidang", "")},
    ),
    (  # a reduplicated word broken at its hyphen keeps it; a PDF's soft hyphens
        "(2) Sekre\u00adtaris DPRD menilai kinerja Kepala Bagian Perundang-\nundangan dan Kepala"
        " Sub\u00ad\nbagian Umum.\n",
        {
            (A, "Sekretaris DPRD", "Kepala Bagian Perundang-undangan", ""),
            (A, "Sekretaris DPRD", "Kepala Subbagian Umum", ""),
        },
    ),
    (  # a JDIH address between the halves of a hyphenated word
        "(1) Sekretaris DPRD menetapkan kinerja Kepala Ba-\nwww.jdih.contohkota.go.id\n"
        "gian Umum.\n",
        {(S, "Sekretaris DPRD", "Kepala Bagian Umum", "")},
    ),
]


@pytest.mark.parametrize(("text", "edges"), FURNITURE)
def test_a_sentence_reads_through_page_furniture(text, edges):
    assert read(text) == edges


ABBREVIATIONS = [
    (  # a Kepala Biro's short form keeps the Biro's name, as "Kabag Tata Usaha" does
        "(2) Karo Umum menilai kinerja Kabag Tata Usaha dan Kabag Rumah Tangga.\n",
        {(A, "Karo Umum", "Kabag Tata Usaha", ""), (A, "Karo Umum", "Kabag Rumah Tangga", "")},
    ),
    (  # "dan" before a second short title ends the first one's name
        "(1) Kabid Anggaran menilai kinerja Kasubbid Perencanaan dan Kasubbid Pelaporan.\n",
        {
            (A, "Kabid Anggaran", "Kasubbid Perencanaan", ""),
            (A, "Kabid Anggaran", "Kasubbid Pelaporan", ""),
        },
    ),
    (
        "(2) Kapus menetapkan kinerja Kasubbag TU dan JF di Puskesmas.\n",
        {(S, "Kapus", "Kasubbag TU", ""), (S, "Kapus", "Pejabat Fungsional", "")},
    ),
    (
        "(1) Kadiv Pemasyarakatan memberikan penugasan kepada Pelaksana.\n",
        {(AS, "Kadiv Pemasyarakatan", "Pelaksana", "")},
    ),
    (  # the head of a BPBD and of a Dinas by their short forms, with the unit's name
        "(1) Kalak BPBD menetapkan kinerja Sekretaris BPBD.\n"
        "(2) Kadis Kesehatan menilai kinerja Sekretaris Dinas.\n",
        {(S, "Kalak BPBD", "Sekretaris BPBD", ""), (A, "Kadis Kesehatan", "Sekretaris Dinas", "")},
    ),
    (  # short forms in daily use, none defined in the text
        "(1) Sekda menilai kinerja Sekwan.\n(2) Kakan Pertanahan menugaskan Kasi Survei.\n"
        "(3) Kalapas menetapkan kinerja Katim dan Kepsek.\n",
        {
            (A, "Sekda", "Sekwan", ""),
            (AS, "Kakan Pertanahan", "Kasi Survei", ""),
            (S, "Kalapas", "Katim", ""),
            (S, "Kalapas", "Kepsek", ""),
        },
    ),
    (  # a short form defined in other words: the full title where it is defined, then the short
        "(1) Kepala Bidang Pengawasan, untuk selanjutnya disebut Kabid Wasdal, menilai kinerja "
        "Pelaksana.\n(2) Kepala Pusat Data, selanjutnya disebut dengan Kapusdat, menilai kinerja "
        "Koordinator.\n(3) Kapusdat memberikan penugasan kepada Koordinator.\n",
        {
            (A, "Kepala Bidang Pengawasan", "Pelaksana", ""),
            (A, "Kepala Pusat Data", "Koordinator", ""),
            (AS, "Kapusdat", "Koordinator", ""),
        },
    ),
    (  # a sentence that opens with a title and its short form between commas: no verb series
        "(3) Kepala Seksi, yang selanjutnya disebut Kasi, memberikan penugasan kepada Pelaksana.\n",
        {(AS, "Kepala Seksi", "Pelaksana", "")},
    ),
    (  # OCR: a lowercase "l" for "I"
        "(1) lnspektur menetapkan kinerja Inspektur Pembantu Wilayah Il.\n",
        {(S, "Inspektur", "Inspektur Pembantu Wilayah II", "")},
    ),
    (  # OCR and a slip of the pen in a ministry's titles: "lnspektur Wilayah Il", "Sekertaris"
        "(1) Inspektur Jenderal menilai kinerja lnspektur Wilayah I, lnspektur Wilayah Il, dan "
        "Sekertaris Inspektorat Jenderal.\n",
        {
            (A, "Inspektur Jenderal", "Inspektur Wilayah I", ""),
            (A, "Inspektur Jenderal", "Inspektur Wilayah II", ""),
            (A, "Inspektur Jenderal", "Sekretaris Inspektorat Jenderal", ""),
        },
    ),
]


@pytest.mark.parametrize(("text", "edges"), ABBREVIATIONS)
def test_abbreviated_and_ocr_damaged_titles(text, edges):
    assert read(text) == edges


ROLES = [
    (
        "(1) PPK atas Pelaksana di lingkungan Seksi adalah Kepala Seksi.\n",
        {(A, "Kepala Seksi", "Pelaksana", "")},
    ),
    (
        "(1) Camat merangkap sebagai PUO dan PPK bagi Sekretaris Camat.\n",
        {(A, "Camat", "Sekretaris Camat", "")},
    ),
    (  # a cleft, the one appraised after the role
        "(2) Yang menjadi PPK atas Pejabat Fungsional Ahli Pertama ialah Koordinator.\n",
        {(A, "Koordinator", "Pejabat Fungsional", "Ahli Pertama")},
    ),
    (  # a cleft, the one appraised put before it
        "(4) Untuk Pejabat Fungsional Ahli Madya, yang bertindak selaku PPK ialah Kepala Dinas.\n",
        {(A, "Kepala Dinas", "Pejabat Fungsional", "Ahli Madya")},
    ),
    ("(4) Yang bertindak selaku PPK ialah Kepala Dinas.\n", set()),  # no one appraised named
    (  # the plan by its short name: SKP (Sasaran Kinerja Pegawai), RHK (Rencana Hasil Kerja)
        "(1) Kepala Dinas menetapkan SKP Kepala Bidang.\n(2) SKP Kepala Seksi ditetapkan oleh "
        "Kepala Bidang.\n(3) Penetapan RHK Pelaksana dilakukan oleh Kepala Seksi.\n",
        {
            (S, "Kepala Dinas", "Kepala Bidang", ""),
            (S, "Kepala Bidang", "Kepala Seksi", ""),
            (S, "Kepala Seksi", "Pelaksana", ""),
        },
    ),
    (  # a plan written and submitted, set by no one named
        "(1) SKP disusun oleh setiap Pegawai dan ditetapkan oleh PPK.\n"
        "(2) Kepala UPTD menyusun SKP dan RHK UPTD.\n",
        set(),
    ),
    (
        "(3) Sekretaris Camat bertanggung jawab selaku PPK atas Pelaksana.\n",
        {(A, "Sekretaris Camat", "Pelaksana", "")},
    ),
    (  # the one appraised put before, the role at the clause's end
        "(2) Atas Pejabat Fungsional Ahli Muda, Direktur bertindak sebagai PPK.\n",
        {(A, "Direktur", "Pejabat Fungsional", "Ahli Muda")},
    ),
    (
        "(2) Bagi Pelaksana, Kepala Seksi berperan sebagai Pejabat Penilai Kinerja.\n",
        {(A, "Kepala Seksi", "Pelaksana", "")},
    ),
    (
        "(1) Kepala Seksi ditugasi sebagai PPK untuk Pelaksana.\n"
        "(2) Kepala Bidang diangkat menjadi PPK bagi Kepala Seksi.\n",
        {(A, "Kepala Seksi", "Pelaksana", ""), (A, "Kepala Bidang", "Kepala Seksi", "")},
    ),
    ("(2) Kepala Dinas bertindak sebagai PPK.\n", set()),  # no one appraised named
    ("(2) Atas nama Bupati, Sekretaris Daerah bertindak sebagai PPK.\n", set()),  # a mandate
    ("(2) Dalam hal Kepala Dinas berhalangan, Sekretaris Dinas bertindak sebagai PPK.\n", set()),
]


@pytest.mark.parametrize(("text", "edges"), ROLES)
def test_a_role_as_the_relation(text, edges):
    assert read(text) == edges


T = "\t"
TABLES = [
    (  # the columns named in the sentence before tab-separated rows
        "(2) Pembagian peran ditetapkan sebagai berikut (jabatan yang dinilai, pejabat penilai "
        f"kinerja, atasan pejabat penilai kinerja):\nKepala Bidang{T}Kepala Badan{T}Sekretaris "
        f"Daerah\nKepala Subbagian Umum{T}Sekretaris Badan{T}Kepala Badan\n",
        {
            (A, "Kepala Badan", "Kepala Bidang", ""),
            (A, "Sekretaris Badan", "Kepala Subbagian Umum", ""),
        },
    ),
    (  # the same in spaced columns, the columns counted in words
        "(3) Penilai ditetapkan dalam daftar berikut, kolom kesatu memuat jabatan yang dinilai "
        "dan kolom kedua memuat pejabat penilai kinerjanya:\n"
        "Sekretaris Camat                  Camat\n"
        "Pelaksana pada Seksi Pelayanan    Kepala Seksi Pelayanan\n",
        {(A, "Camat", "Sekretaris Camat", ""), (A, "Kepala Seksi Pelayanan", "Pelaksana", "")},
    ),
    (  # a matrix: officials in the header, the relation named in a row's cell
        "(2) Matriks penilai:\n| Jabatan yang Dinilai | Kepala Biro Umum | Kepala Bagian Umum |\n"
        "|---|---|---|\n| Kepala Bagian Umum | PPK | - |\n| Pelaksana | - | Penilai |\n",
        {
            (A, "Kepala Biro Umum", "Kepala Bagian Umum", ""),
            (A, "Kepala Bagian Umum", "Pelaksana", ""),
        },
    ),
    (  # a matrix whose cells are empty but one a row, an official also naming a column
        "(2) Matriks:\n| Jabatan | Direktur | Kepala Subdirektorat Program | Koordinator |\n"
        "|---|---|---|---|\n| Koordinator | Penilai | | |\n| Analis Kebijakan | | | Penilai |\n",
        {(A, "Direktur", "Koordinator", ""), (A, "Koordinator", "Analis Kebijakan", "")},
    ),
    (  # a table of duties, no relation named in its cells
        "(2) Uraian:\n| Jabatan | Kepala Biro Umum | Kepala Bagian Umum |\n"
        "| Pelaksana | menyusun laporan | mengarsipkan surat |\n",
        set(),
    ),
    (  # a sentence naming no column of a relation
        "(2) Daftar jabatan (jabatan, kelas jabatan):\n"
        f"Analis Kepegawaian{T}9\nPengadministrasi Umum{T}5\n",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "edges"), TABLES)
def test_tables_with_columns_named_in_a_sentence_or_a_matrix(text, edges):
    assert read(text) == edges
