"""Tables of rules whose cells are written once for several rows or carry notes, headers in
more words and layouts, and page furniture inside a sentence (branch eb, issue 11).

Each input is written for this test; none is copied from the regulations or the corpus.
"""

from __future__ import annotations

import pytest

from loader.reading.extract import extract_text
from tests.loader.test_clauses import AS, HEAD, A, C, S, read

T = "\t"

TABLES = [
    (  # "sda" in the appraiser's column of numbered tab rows (each row a block of its own)
        f"(2) Tabel:\nNo{T}Jabatan{T}Pejabat Penilai Kinerja\n"
        f"1){T}Sekretaris Lurah{T}Lurah\n2){T}Kepala Seksi Pelayanan{T}sda\n",
        {(A, "Lurah", "Sekretaris Lurah", ""), (A, "Lurah", "Kepala Seksi Pelayanan", "")},
    ),
    (  # "idem" in pipes, and a ditto mark in spaced columns
        "(2) Tabel:\n| No | Jabatan | Pemberi Penugasan |\n|---|---|---|\n"
        "| 1 | Sekretaris Lurah | Lurah |\n| 2 | Kepala Seksi Pelayanan | idem |\n",
        {(AS, "Lurah", "Sekretaris Lurah", ""), (AS, "Lurah", "Kepala Seksi Pelayanan", "")},
    ),
    (
        "(2) Tabel:\nNo.  Jabatan                    Penetap Kinerja\n"
        "1.   Sekretaris Lurah           Lurah\n"
        '2.   Kepala Seksi Pelayanan     "\n',
        {(S, "Lurah", "Sekretaris Lurah", ""), (S, "Lurah", "Kepala Seksi Pelayanan", "")},
    ),
    (  # a merged appraiser cell: blank in the numbered pipe rows below its first
        "(2) Tabel:\n| No | Jabatan | PPK | Atasan PPK |\n|---|---|---|---|\n"
        "| 1 | Sekretaris Lurah | Lurah | Camat |\n| 2 | Kepala Seksi Pelayanan | | |\n",
        {(A, "Lurah", "Sekretaris Lurah", ""), (A, "Lurah", "Kepala Seksi Pelayanan", "")},
    ),
    (  # a blank coordinator cell is no merged cell: not every post has a coordinator
        "(2) Tabel:\n| No | Jabatan | Koordinator |\n|---|---|---|\n"
        "| 1 | Pelaksana | Kepala Seksi |\n| 2 | Kepala Seksi | |\n",
        {(C, "Kepala Seksi", "Pelaksana", "")},
    ),
    (  # a dash says the row has none
        "(2) Tabel:\n| No | Jabatan | Pejabat Penilai Kinerja |\n|---|---|---|\n"
        "| 1 | Sekretaris Lurah | Lurah |\n| 2 | Lurah | - |\n",
        {(A, "Lurah", "Sekretaris Lurah", "")},
    ),
    (  # a Keterangan column: its grades and its situation condition the row
        "(2) Tabel:\n| Jabatan | Pejabat Penilai Kinerja | Keterangan |\n|---|---|---|\n"
        "| Arsiparis | Kepala Seksi | jenjang Ahli Pertama |\n"
        "| Pelaksana | Sekretaris Lurah | dalam hal Kepala Seksi lowong |\n",
        {
            (A, "Kepala Seksi", "Arsiparis", "Ahli Pertama"),
            (A, "Sekretaris Lurah", "Pelaksana", "dalam hal Kepala Seksi lowong"),
        },
    ),
    (  # a tab header wrapped over two lines, the second opening with a tab
        f"(2) Tabel:\nNo.{T}Jabatan yang{T}Pemberi\n{T}Dinilai{T}Penugasan\n"
        f"a.{T}Kepala Seksi Pelayanan{T}Lurah\n",
        {(AS, "Lurah", "Kepala Seksi Pelayanan", "")},
    ),
    (  # a title a cell broke at a line's end with a hyphen
        "(2) Tabel:\n| No | Jabatan | Pejabat Penilai Kinerja |\n|---|---|---|\n"
        "| 1 | Kepala Subdirek- | Direktur |\n|   | torat Program |  |\n",
        {(A, "Direktur", "Kepala Subdirektorat Program", "")},
    ),
    (  # header words: passive forms, "Penetap SKP", "Atasan Langsung selaku PPK"
        "(2) Tabel:\n| Jabatan | Ditugaskan oleh | Dinilai oleh | Penetap SKP |\n"
        "|---|---|---|---|\n| Kepala Seksi | Lurah | Camat | Lurah |\n",
        {
            (AS, "Lurah", "Kepala Seksi", ""),
            (A, "Camat", "Kepala Seksi", ""),
            (S, "Lurah", "Kepala Seksi", ""),
        },
    ),
    (
        "(2) Tabel:\n| Pejabat yang Dinilai | Atasan Langsung selaku PPK | "
        "Atasan dari Atasan Langsung |\n|---|---|---|\n| Kepala Seksi | Lurah | Camat |\n",
        {(A, "Lurah", "Kepala Seksi", "")},
    ),
    (  # a table of functional posts and their angka kredit appraisers: no rule of the kind
        "(2) Tabel:\n| No | Jabatan Fungsional | Jenjang | Penilai Angka Kredit |\n"
        "|---|---|---|---|\n| 1 | Arsiparis | Ahli Muda | Kepala Seksi |\n",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "edges"), TABLES)
def test_a_table_of_rules_is_read_in_its_layout(text: str, edges: set) -> None:
    assert read(text) == edges


FURNITURE = [
    "PERATURAN WALI KOTA CONTOH NOMOR 3 TAHUN 2025 TENTANG SISTEM KERJA",
    "WALI KOTA CONTOH",
    "SALINAN",
    "Berita Daerah Kota Contoh Tahun 2025 Nomor 3",
    "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik",
    "Sumber: Bagian Organisasi",
    "Keterangan:",
    "---- : garis koordinasi",
    "Hal. 4/12",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_page_furniture_inside_a_sentence_is_read_through(line: str) -> None:
    text = f"(2) Lurah memberikan penugasan kepada Sekretaris Lurah dan\n{line}\nKepala Seksi.\n"
    assert read(text) == {
        (AS, "Lurah", "Sekretaris Lurah", ""),
        (AS, "Lurah", "Kepala Seksi", ""),
    }


def test_a_lampiran_title_repeated_at_a_page_head_opens_no_new_lampiran() -> None:
    text = (
        "Ditetapkan di Contoh\n\nLAMPIRAN I\nPERATURAN WALI KOTA CONTOH\n\n"
        "A. KELURAHAN\n1. Lurah memberikan penugasan kepada:\na. Sekretaris Lurah;\n"
        "LAMPIRAN I PERATURAN WALI KOTA CONTOH\nb. Kepala Seksi.\n"
    )
    assert read(text) == {
        (AS, "Lurah", "Sekretaris Lurah", ""),
        (AS, "Lurah", "Kepala Seksi", ""),
    }


OCR = [
    ("(2) Kepaia Seksi menilai kinerja Pelaksana.", {(A, "Kepala Seksi", "Pelaksana", "")}),
    ("(2) Lurah menilai kinerja Sekre taris Lurah.", {(A, "Lurah", "Sekretaris Lurah", "")}),
    (
        "(2) Kepala Dinas menilai kinerja Kepala UPTD Wilayah Il dan Kepala UPTD Wilayah lll.",
        {
            (A, "Kepala Dinas", "Kepala UPTD Wilayah II", ""),
            (A, "Kepala Dinas", "Kepala UPTD Wilayah III", ""),
        },
    ),
]


@pytest.mark.parametrize(("text", "edges"), OCR)
def test_an_ocr_slip_in_a_title_is_read_as_the_title_meant(text: str, edges: set) -> None:
    assert read(text) == edges


def test_a_mended_slip_keeps_the_quote_as_the_source_writes_it() -> None:
    source = HEAD + "(2) Lurah menilai kinerja Sekre taris Lurah dan Kepaia Seksi.\n"
    x = extract_text(source, "contoh.txt", "0" * 64)
    assert {e.target for e in x.edges} == {"Sekretaris Lurah", "Kepala Seksi"}
    for e in x.edges:
        c = e.citation
        assert source[c.start : c.end] == c.quote
        assert "Sekre taris Lurah dan Kepaia Seksi" in c.quote


ROUND_TWO = [
    (  # header words as a relative clause: "Pejabat yang Memberikan Tugas / Mengoordinasikan"
        "(2) Tabel:\n| Jabatan | Pejabat yang Memberikan Tugas | Pejabat yang Mengoordinasikan |"
        " Pejabat yang Meninjau Hasil Kerja |\n|---|---|---|---|\n"
        "| Pelaksana | Lurah | Kepala Seksi | Kepala Seksi |\n",
        {
            (AS, "Lurah", "Pelaksana", ""),
            (C, "Kepala Seksi", "Pelaksana", ""),
            ("REVIEWS_RESULTS_OF", "Kepala Seksi", "Pelaksana", ""),
        },
    ),
    (  # a note naming the recommender of the row's appraisal
        "(2) Tabel:\n| Jabatan | Pejabat Penilai Kinerja | Keterangan |\n|---|---|---|\n"
        "| Pelaksana | Lurah | atas usul Kepala Seksi |\n",
        {(A, "Lurah", "Pelaksana", ""), ("RECOMMENDS_APPRAISAL", "Kepala Seksi", "Pelaksana", "")},
    ),
    (  # a sentence naming the columns with "memuat ... beserta ..."
        "(2) Daftar berikut memuat jabatan yang dinilai beserta pejabat penilai kinerjanya:\n"
        f"Sekretaris Lurah{T}Lurah\n",
        {(A, "Lurah", "Sekretaris Lurah", "")},
    ),
    (  # a table continued after its caption "Tabel 2 (lanjutan)"
        "(2) Tabel:\n| No | Jabatan | PPK |\n|---|---|---|\n| 1 | Sekretaris Lurah | Lurah |\n"
        "Tabel 2 (lanjutan)\n| 2 | Kepala Seksi | Lurah |\n",
        {(A, "Lurah", "Sekretaris Lurah", ""), (A, "Lurah", "Kepala Seksi", "")},
    ),
]


@pytest.mark.parametrize(("text", "edges"), ROUND_TWO)
def test_more_header_words_notes_and_continued_tables(text: str, edges: set) -> None:
    assert read(text) == edges


def test_a_running_head_of_two_lines_inside_a_sentence_is_read_through() -> None:
    text = (
        "(2) Lurah memberikan penugasan kepada Kepala Seksi Pemerintahan dan\n"
        "PERATURAN WALI KOTA CONTOH\nNOMOR 3 TAHUN 2025\nPembangunan.\n"
    )
    assert read(text) == {
        (AS, "Lurah", "Kepala Seksi Pemerintahan dan Pembangunan", ""),
    }


def test_a_jabatan_cut_after_dan_goes_on_in_the_next_line_of_an_unnumbered_table() -> None:
    text = (
        f"(2) Tabel:\nJabatan{T}Pejabat Penilai Kinerja\n"
        f"Kepala Seksi Operasi dan{T}Kepala Bidang\nPengendalian{T}Ketertiban\n"
    )
    assert read(text) == {
        (A, "Kepala Bidang Ketertiban", "Kepala Seksi Operasi dan Pengendalian", "")
    }


ROUND_FOUR = [
    (  # a number column headed "No. Urut", rows numbered "1.1"
        f"(2) Tabel:\nNo. Urut{T}Jabatan{T}Pemberi Penugasan\n1.1{T}Kepala Seksi{T}Lurah\n",
        {(AS, "Lurah", "Kepala Seksi", "")},
    ),
    (  # "Nomor"
        "(2) Tabel:\n| Nomor | Jabatan | PPK |\n|---|---|---|\n| 1 | Kepala Seksi | Lurah |\n",
        {(A, "Lurah", "Kepala Seksi", "")},
    ),
    (  # a page number as "3/15", and "Bldang" read as "Bidang"
        "(2) Lurah menilai kinerja Kepala Seksi dan\n3/15\nKepala Bldang Umum.\n",
        {(A, "Lurah", "Kepala Seksi", ""), (A, "Lurah", "Kepala Bidang Umum", "")},
    ),
]


@pytest.mark.parametrize(("text", "edges"), ROUND_FOUR)
def test_number_columns_page_numbers_and_slips_of_round_four(text: str, edges: set) -> None:
    assert read(text) == edges


ROUND_FIVE = [
    (  # "Bawahan" alone names the jabatan column
        f"(2) Tabel:\nBawahan{T}Penilai\nKepala Seksi{T}Lurah\n",
        {(A, "Lurah", "Kepala Seksi", "")},
    ),
    (  # two names parted by a slash, the superior's beside the appraiser's
        "(2) Tabel:\n| Jabatan/Pegawai yang Dinilai | Pejabat Penilai Kinerja/Atasan Langsung |\n"
        "|---|---|\n| Kepala Seksi | Lurah |\n",
        {(A, "Lurah", "Kepala Seksi", "")},
    ),
    (  # two relations parted by a slash: the official takes both (branch da, 2026-12-05;
        # before, no column of one meaning and no edge)
        "(2) Tabel:\n| Jabatan | Pemberi Tugas/Penilai |\n|---|---|\n| Kepala Seksi | Lurah |\n",
        {(AS, "Lurah", "Kepala Seksi", ""), (A, "Lurah", "Kepala Seksi", "")},
    ),
    (  # a ministry's running head and a roman page number inside a sentence
        "(2) Lurah menilai kinerja Kepala Seksi dan\nKEMENTERIAN CONTOH\n- ii -\nPelaksana.\n",
        {(A, "Lurah", "Kepala Seksi", ""), (A, "Lurah", "Pelaksana", "")},
    ),
]


@pytest.mark.parametrize(("text", "edges"), ROUND_FIVE)
def test_header_words_and_running_heads_of_round_five(text: str, edges: set) -> None:
    assert read(text) == edges


ROUND_SIX = [
    (  # a paraf line set inside a numbered table is no row
        "(2) Tabel:\n| No | Jabatan | PPK |\n|---|---|---|\n| 1 | Kepala Seksi | Lurah |\n"
        "| Paraf | Sekda: ..... | Asisten: ..... |\n| 2 | Pelaksana | Kepala Seksi |\n",
        {(A, "Lurah", "Kepala Seksi", ""), (A, "Kepala Seksi", "Pelaksana", "")},
    ),
    (
        "(2) Carnat menilai kinerja Sekretaris Kecamatan.",
        {(A, "Camat", "Sekretaris Kecamatan", "")},
    ),
]


@pytest.mark.parametrize(("text", "edges"), ROUND_SIX)
def test_other_matter_in_a_table_and_a_slip_of_round_six(text: str, edges: set) -> None:
    assert read(text) == edges
