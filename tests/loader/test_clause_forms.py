"""More forms of issue 11 point 3, each a sentence or table written for this test.

Tables of rules in the layouts a text or a PDF's text gives them, a role as
the relation, nominalised and passive wording, coordination, recommendations
without "bagi", page furniture inside a sentence, and look-alikes that give no
edge. None is copied from the regulations or the wording corpus.
"""

from __future__ import annotations

import pytest

from loader.reading.extract import extract_text
from tests.loader.test_clauses import AS, HEAD, RV, A, C, R, S, read

T = "\t"

TABLES = [
    (  # pipes, "Pejabat yang Dinilai", the appraiser's superior gives no edge
        "(2) Penilai kinerja sebagai berikut:\n"
        "| No | Pejabat yang Dinilai | Pejabat Penilai | Atasan Pejabat Penilai |\n"
        "| 1 | Sekretaris Lurah | Lurah | Camat |\n",
        {(A, "Lurah", "Sekretaris Lurah", "")},
    ),
    (  # tabs, a number the header has no column for, a grade column
        f"(2) Tabel penilai:\nJabatan{T}Jenjang{T}Pejabat Penilai Kinerja\n"
        f"1.{T}Arsiparis{T}Ahli Muda{T}Kepala Subbagian Umum\n",
        {(A, "Kepala Subbagian Umum", "Arsiparis", "Ahli Muda")},
    ),
    (  # spaces as a PDF's text gives them, a cell spanning two lines, a border line
        "(2) Tabel penugasan:\n"
        "+--------------------------+----------------------+\n"
        "Pegawai yang Dinilai        Pejabat Pemberi Tugas     Penetap Sasaran Kinerja\n"
        "Kepala Seksi Pelayanan      Sekretaris Kecamatan      Camat\n"
        "Pelaksana                   Kepala Seksi              Kepala Seksi\n"
        "                            Pelayanan                 Pelayanan\n",
        {
            (AS, "Sekretaris Kecamatan", "Kepala Seksi Pelayanan", ""),
            (S, "Camat", "Kepala Seksi Pelayanan", ""),
            (AS, "Kepala Seksi Pelayanan", "Pelaksana", ""),
            (S, "Kepala Seksi Pelayanan", "Pelaksana", ""),
        },
    ),
    (  # "Atasan PPK" is no appraiser; "Penilai" alone is; a reviewer column
        "(2) Tabel:\n| Jabatan | Penilai | Atasan PPK | Penerima Laporan Hasil Kerja |\n"
        "| Kepala Seksi | Kepala Bidang | Kepala Dinas | Kepala Bidang |\n",
        {(A, "Kepala Bidang", "Kepala Seksi", ""), (RV, "Kepala Bidang", "Kepala Seksi", "")},
    ),
    (  # a header wrapped over two lines of a PDF's text
        "(2) Tabel:\nNo   Jabatan          Pejabat Penilai    Atasan Pejabat\n"
        "                      Kinerja            Penilai Kinerja\n"
        "1    Kepala Seksi     Camat              Sekretaris Daerah\n",
        {(A, "Camat", "Kepala Seksi", "")},
    ),
    (  # a note in brackets in a header cell
        "(2) Tabel:\n| Jabatan | Pejabat Penilai Kinerja (Atasan Langsung) |\n"
        "| Kepala Seksi | Camat |\n",
        {(A, "Camat", "Kepala Seksi", "")},
    ),
    (  # single spaces as a PDF's text may give them: titles in reading order, "Atasan ..."
        # named before the appraiser's column
        "(2) Tabel:\nNo Jabatan Atasan Pejabat Penilai Kinerja Pejabat Penilai Kinerja\n"
        "1 Sekretaris Dinas Sekretaris Daerah Kepala Dinas\n",
        {(A, "Kepala Dinas", "Sekretaris Dinas", "")},
    ),
    (  # a table of posts, not of rules
        "(2) Kebutuhan jabatan:\n| No | Nama Jabatan | Kelas Jabatan |\n"
        "| 1 | Sekretaris Camat | 9 |\n",
        set(),
    ),
]

ROLES = [
    (
        "(2) Kepala Bidang merupakan Pejabat Penilai Kinerja bagi Kepala Seksi Jalan.",
        {(A, "Kepala Bidang", "Kepala Seksi Jalan")},
    ),
    (
        "(2) Sekretaris Camat adalah PPK bagi Pelaksana pada Kecamatan.",
        {(A, "Sekretaris Camat", "Pelaksana")},
    ),
    (
        "(2) Kepala Kantor ditetapkan sebagai Pejabat Penilai Kinerja Kepala Seksi Pendidikan.",
        {(A, "Kepala Kantor", "Kepala Seksi Pendidikan")},
    ),
    (
        "(2) Pejabat Penilai Kinerja Sekretaris Lurah yaitu Lurah.",
        {(A, "Lurah", "Sekretaris Lurah")},
    ),
    (
        "(2) Selaku Pejabat Penilai Kinerja, Inspektur menilai kinerja Inspektur Pembantu.",
        {(A, "Inspektur", "Inspektur Pembantu")},
    ),
    (
        "(2) Direktur berkedudukan selaku PPK sekaligus Pimpinan Unit Organisasi terhadap "
        "Koordinator.",
        {(A, "Direktur", "Koordinator")},
    ),
]

CLAUSES = [
    (
        "(2) Penilaian atas kinerja Kepala Seksi dilaksanakan oleh Camat.",
        {(A, "Camat", "Kepala Seksi")},
    ),
    (
        "(2) Kepala Seksi dinilai kinerjanya secara langsung oleh Sekretaris.",
        {(A, "Sekretaris", "Kepala Seksi")},
    ),
    (
        "(2) Pemberian tugas kepada Pelaksana dilakukan oleh Kepala Seksi.",
        {(AS, "Kepala Seksi", "Pelaksana")},
    ),
    (
        "(2) Pelaksana menerima penugasan secara langsung dari Kepala Subbagian.",
        {(AS, "Kepala Subbagian", "Pelaksana")},
    ),
    (
        "(2) Kepala Seksi ditetapkan target kinerjanya oleh Lurah.",
        {(S, "Lurah", "Kepala Seksi")},
    ),
    (
        "(2) Penetapan perjanjian kinerja Sekretaris oleh Kepala Badan dilakukan setiap tahun.",
        {(S, "Kepala Badan", "Sekretaris")},
    ),
    ("(2) Pelaksana ditugaskan langsung oleh Kepala Seksi.", {(AS, "Kepala Seksi", "Pelaksana")}),
    (
        "(2) Pelaksana berada di bawah koordinasi langsung Kepala Seksi.",
        {(C, "Kepala Seksi", "Pelaksana")},
    ),
    ("(2) Kepala Seksi mengkoordinir Pelaksana.", {(C, "Kepala Seksi", "Pelaksana")}),
    (
        "(2) Kepala Bidang sebagai koordinator Pejabat Fungsional.",
        {(C, "Kepala Bidang", "Pejabat Fungsional")},
    ),
    (
        "(2) Koordinasi pelaksanaan tugas Pelaksana menjadi tanggung jawab Kepala Seksi.",
        {(C, "Kepala Seksi", "Pelaksana")},
    ),
    (
        "(2) Kepala Seksi melaksanakan koordinasi terhadap:\n"
        "a. Pelaksana; dan\nb. Arsiparis Terampil.",
        {(C, "Kepala Seksi", "Pelaksana"), (C, "Kepala Seksi", "Arsiparis")},
    ),
    (
        "(2) Sekretaris sebagai pelaksana koordinasi pada Sekretariat.\n"
        "(3) Pelaksana pada Sekretariat berada di bawah koordinasinya.",
        {(C, "Sekretaris", "Pelaksana")},
    ),
    (
        "(2) Ketua Tim Kerja memberikan rekomendasi kepada Kepala Bidang atas penilaian kinerja "
        "Pejabat Fungsional.",
        {(R, "Ketua Tim Kerja", "Pejabat Fungsional")},
    ),
    (
        "(2) Rekomendasi penilaian kinerja Pelaksana dari Kepala Seksi disampaikan kepada Camat.",
        {(R, "Kepala Seksi", "Pelaksana")},
    ),
    (
        "(2) Usulan nilai kinerja Pelaksana diajukan oleh Koordinator kepada Kepala Bidang.",
        {(R, "Koordinator", "Pelaksana")},
    ),
    (
        "(2) Koordinator memberikan pertimbangan penilaian kinerja Pelaksana kepada Kepala Bidang.",
        {(R, "Koordinator", "Pelaksana")},
    ),
    (
        "(2) Yang memberikan penugasan kepada Pelaksana adalah Kepala Seksi.",
        {(AS, "Kepala Seksi", "Pelaksana")},
    ),
    (
        "(2) Kepala Seksi merekomendasikan penilaian kinerja Pelaksana kepada Camat.",
        {(R, "Kepala Seksi", "Pelaksana")},
    ),
    (
        "(2) Kepala Seksi melakukan koordinasi pelaksanaan tugas Pelaksana.",
        {(C, "Kepala Seksi", "Pelaksana")},
    ),
    (
        "(2) Kepala Seksi bertindak selaku pemberi rekomendasi bagi Pelaksana.",
        {(R, "Kepala Seksi", "Pelaksana")},
    ),
    (
        "(2) Kepala Seksi berperan sebagai peninjau hasil kerja bagi Pelaksana.",
        {(RV, "Kepala Seksi", "Pelaksana")},
    ),
    (
        "(2) Lurah selaku penetap kinerja bagi Sekretaris Lurah.",
        {(S, "Lurah", "Sekretaris Lurah")},
    ),
    (
        "(2) Penilaian kinerja Pelaksana diusulkan oleh Kepala Seksi kepada Camat.",
        {(R, "Kepala Seksi", "Pelaksana")},
    ),
    (
        "(2) Pelaksana berada dalam koordinasi Kepala Seksi.",
        {(C, "Kepala Seksi", "Pelaksana")},
    ),
    (
        "(2) Target kinerja bagi Kepala Seksi dan Pelaksana ditetapkan langsung oleh Camat.",
        {(S, "Camat", "Kepala Seksi"), (S, "Camat", "Pelaksana")},
    ),
    (
        "(2) Kinerja Pelaksana dinilai oleh Camat dengan memperhatikan rekomendasi Kepala Seksi.",
        {(A, "Camat", "Pelaksana"), (R, "Kepala Seksi", "Pelaksana")},
    ),
    (
        "(2) Pelaksana diberikan penugasan serta dinilai kinerjanya oleh Kepala Seksi.",
        {(AS, "Kepala Seksi", "Pelaksana"), (A, "Kepala Seksi", "Pelaksana")},
    ),
    (
        "(2) Kepala Seksi masing-masing berperan sebagai PPK bagi Pelaksana.",
        {(A, "Kepala Seksi", "Pelaksana")},
    ),
    ("(2) Camat selaku PPK menilai Kepala Seksi.", {(A, "Camat", "Kepala Seksi")}),
    (
        "(2) Camat melakukan penilaian terhadap kinerja Kepala Seksi.",
        {(A, "Camat", "Kepala Seksi")},
    ),
    (
        "(2) Pelaksana memperoleh penugasan dari Kepala Seksi.",
        {(AS, "Kepala Seksi", "Pelaksana")},
    ),
    ("(2) Tugas Pelaksana diberikan oleh Kepala Seksi.", {(AS, "Kepala Seksi", "Pelaksana")}),
    ("(2) Pelaksana dikoordinir oleh Kepala Seksi.", {(C, "Kepala Seksi", "Pelaksana")}),
    (
        "(2) Camat menetapkan Sasaran Kinerja Pegawai Kepala Seksi.",
        {(S, "Camat", "Kepala Seksi")},
    ),
    (
        "(2) Sekretaris selaku pelaksana koordinasi pada Sekretariat.\n"
        "(3) Jabatan di bawah koordinasi sebagaimana dimaksud pada ayat (2) terdiri atas:\n"
        "a. Arsiparis Mahir; dan\nb. Pelaksana.",
        {(C, "Sekretaris", "Arsiparis"), (C, "Sekretaris", "Pelaksana")},
    ),
    (
        "(2) Bagi Pelaksana, Pejabat Penilai Kinerjanya adalah Kepala Seksi.",
        {(A, "Kepala Seksi", "Pelaksana")},
    ),
    (
        "(2) Ketua Tim Kerja menyampaikan hasil penilaian kinerja anggota tim kerja kepada Camat.",
        {(R, "Ketua Tim Kerja", "anggota tim kerja")},
    ),
    (
        "(2) Penugasan kepada Pelaksana pada Seksi dan Arsiparis Mahir diberikan oleh Camat.",
        {(AS, "Camat", "Pelaksana"), (AS, "Camat", "Arsiparis")},
    ),
    (
        "(2) Pelaksana memperoleh penugasan serta dinilai kinerjanya oleh Camat.",
        {(AS, "Camat", "Pelaksana"), (A, "Camat", "Pelaksana")},
    ),
    (
        "(2) Pengkoordinasian Pelaksana dilakukan oleh Kepala Seksi.",
        {(C, "Kepala Seksi", "Pelaksana")},
    ),
    (
        "(2) Camat menetapkan target kinerja individu Kepala Seksi.",
        {(S, "Camat", "Kepala Seksi")},
    ),
    (
        "(2) Kepala Seksi melakukan reviu atas hasil kerja Pelaksana.",
        {(RV, "Kepala Seksi", "Pelaksana")},
    ),
]

FURNITURE = [
    (
        "(2) Camat memberikan penilai-\nan kinerja bagi Sekretaris Camat.",
        {(A, "Camat", "Sekretaris Camat")},
    ),
    (
        "(2) Lurah memberikan penugasan kepada\n17\nSekretaris Lurah.",
        {(AS, "Lurah", "Sekretaris Lurah")},
    ),
    (
        "(2) Direktur menetapkan kinerja\n2025, No. 12 -4-\nKoordinator.",
        {(S, "Direktur", "Koordinator")},
    ),
]

FIGURE = (  # a figure's caption between two lines of one sentence of a Lampiran
    "Pasal 2\nLampiran tercantum dalam Lampiran.\n\nLAMPIRAN\nPERATURAN WALI KOTA CONTOH\n"
    "a. Kepala Seksi memberikan penugasan kepada\nGambar 3.2 Struktur Penugasan Seksi\n"
    "Pelaksana pada Seksi.\n"
)


def test_a_figure_caption_inside_a_sentence_is_dropped():
    assert (AS, "Kepala Seksi", "Pelaksana", "") in read(FIGURE)


def test_a_row_in_capitals_is_no_lost_figure():
    """A Lampiran row short and all in capitals, as a lost chart's box text is, but in a
    table's pipes."""
    lampiran = FIGURE.split("a. ")[0]
    table = "| JABATAN | PEJABAT PENILAI KINERJA |\n|---|---|\n| KEPALA SEKSI | CAMAT |\n"
    assert read(lampiran + table) == {(A, "CAMAT", "KEPALA SEKSI", "")}


LOOKALIKES = [
    # a description of who is under whom, inside another relation's object: no COORDINATES
    "(2) Perencanaan meliputi penugasan Pelaksana di bawah koordinasi Kepala Seksi.",
    "(2) Kepala Seksi berkoordinasi dengan Kepala Seksi Pelayanan.",
    "(2) Pegawai dapat mengajukan keberatan kepada Atasan Pejabat Penilai Kinerja.",
    "(2) Rekomendasi penilaian kinerja disusun sesuai dengan ketentuan peraturan.",
]


@pytest.mark.parametrize(("text", "edges"), TABLES)
def test_a_table_of_rules_in_any_layout(text, edges):
    assert read(text) == edges


@pytest.mark.parametrize(("text", "edges"), ROLES + CLAUSES + FURNITURE)
def test_a_clause_form_gives_its_edge(text, edges):
    assert {e[:3] for e in read(text)} == edges


@pytest.mark.parametrize("text", LOOKALIKES)
def test_a_lookalike_gives_no_edge_of_its_kind(text):
    assert not {e for e in read(text) if e[0] in (C, R, A)}


@pytest.mark.parametrize("text", [TABLES[2][0], FURNITURE[0][0], FURNITURE[2][0]])
def test_quotes_of_tables_and_broken_words_stay_verbatim(text):
    """A row read in columns and a word joined across a hyphen or a running head are quoted
    as the file holds them, at their offsets."""
    source = HEAD + text + "\n"
    x = extract_text(source, "contoh.txt", "0" * 64)
    assert x.edges
    for e in x.edges:
        c = e.citation
        assert source[c.start : c.end] == c.quote
        assert source.count("\n", 0, c.start) + 1 == c.line
