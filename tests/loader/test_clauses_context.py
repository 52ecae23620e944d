"""Parties taken from the text before, grade spans, powers handed down, defined abbreviations.

Sentences written for this test in the drafting style of a regulation (not copied from the
five regulations or the wording corpus), each with the edges a careful reader takes."""

from __future__ import annotations

import pytest

from loader.reading.extract import extract_text
from tests.loader.test_clauses import AS, RV, A, C, R, S, read

HEAD = """PERATURAN BUPATI CONTOH
NOMOR 4 TAHUN 2025
TENTANG
SISTEM KERJA

Pasal 1
"""

CASES = [
    # results flowing up, the owner named in the ayat before
    (
        "(1) Pejabat Fungsional pada Seksi melaksanakan tugas secara individu.\n"
        "(2) Kepala Seksi mereviu hasil kerja sebagaimana dimaksud pada ayat (1).",
        {(RV, "Kepala Seksi", "Pejabat Fungsional", "")},
    ),
    (
        "(1) Pelaksana menyusun laporan kegiatan.\n"
        "(2) Laporan tersebut ditinjau oleh Kepala Subbagian Umum.",
        {(RV, "Kepala Subbagian Umum", "Pelaksana", "")},
    ),
    (
        "(1) Koordinator meninjau laporan hasil kerja Pejabat Fungsional dan menyampaikannya "
        "kepada Direktur.",
        {(RV, "Koordinator", "Pejabat Fungsional", ""), (RV, "Direktur", "Koordinator", "")},
    ),
    (
        "(1) Kepala Seksi bertindak selaku peninjau hasil kerja bagi Pelaksana.",
        {(RV, "Kepala Seksi", "Pelaksana", "")},
    ),
    (
        "(1) Ketua Tim Kerja mereviu hasil kerja yang disusun oleh anggota tim kerja.",
        {(RV, "Ketua Tim Kerja", "anggota tim kerja", "")},
    ),
    (
        "(1) Pejabat Fungsional Pranata Komputer bekerja secara individu.\n"
        "(2) Hasil kerja sebagaimana dimaksud pada ayat (1) dilaporkan kepada Kepala Seksi.",
        {(RV, "Kepala Seksi", "Pejabat Fungsional Pranata Komputer", "")},
    ),
    (
        "(1) Laporan pelaksanaan tugas Kepala Seksi disampaikan setiap bulan kepada Camat.",
        {(RV, "Camat", "Kepala Seksi", "")},
    ),
    (
        "(1) Ketua Tim Kerja bertanggung jawab atas hasil kerja tim kepada Kepala Bidang.",
        {(RV, "Kepala Bidang", "Ketua Tim Kerja", "")},
    ),
    (
        "(1) Kepala Seksi bertindak selaku Pejabat Penilai Kinerja sekaligus pemberi tugas bagi "
        "Pelaksana.",
        {(A, "Kepala Seksi", "Pelaksana", ""), (AS, "Kepala Seksi", "Pelaksana", "")},
    ),
    (
        "(1) Penilaian atas kinerja Lurah dilaksanakan oleh Camat.",
        {(A, "Camat", "Lurah", "")},
    ),
    (
        "(1) Kepala Subbagian mengusulkan penilaian kinerja Pelaksana kepada Sekretaris.",
        {(R, "Kepala Subbagian", "Pelaksana", "")},
    ),
    (
        "(1) Sekretaris mereviu hasil kerja yang disampaikan oleh Kepala Subbagian, kemudian "
        "menyampaikan laporan hasil reviu kepada Kepala Badan.",
        {(RV, "Sekretaris", "Kepala Subbagian", ""), (RV, "Kepala Badan", "Sekretaris", "")},
    ),
    (
        "(1) Pelaksana menyampaikan hasil pelaksanaan tugas kepada atasan langsung, yaitu "
        "Kepala Seksi.",
        {(RV, "Kepala Seksi", "Pelaksana", "")},
    ),
    (
        "(1) Pejabat Penilai Kinerja bagi Kepala Seksi adalah Camat.",
        {(A, "Camat", "Kepala Seksi", "")},
    ),
    (
        "(1) Lurah melakukan penilaian terhadap kinerja Pelaksana.",
        {(A, "Lurah", "Pelaksana", "")},
    ),
    (
        "(1) Hasil kerja Pelaksana ditinjau oleh Kepala Seksi sebelum disampaikan kepada Camat.",
        {(RV, "Kepala Seksi", "Pelaksana", "")},
    ),
    (
        "(1) Pemberian tugas kepada Pelaksana dilakukan oleh Lurah.",
        {(AS, "Lurah", "Pelaksana", "")},
    ),
    (
        "(1) Kepala Bagian merupakan Pejabat Penilai Kinerja bagi Pelaksana.",
        {(A, "Kepala Bagian", "Pelaksana", "")},
    ),
    # carried subjects
    (
        "(1) Kecamatan dipimpin oleh Camat.\n"
        "(2) Camat sebagaimana dimaksud pada ayat (1) menilai kinerja Sekretaris Camat.",
        {(A, "Camat", "Sekretaris Camat", "")},
    ),
    (
        "(1) Puskesmas dipimpin oleh Kepala Puskesmas.\n"
        "(2) Kepala sebagaimana dimaksud pada ayat (1) menilai kinerja Pelaksana.",
        {(A, "Kepala Puskesmas", "Pelaksana", "")},
    ),
    (
        "(1) Lurah menetapkan kinerja Sekretaris Lurah.\n"
        "(2) Yang bersangkutan juga menilai kinerja Kepala Seksi.",
        {(S, "Lurah", "Sekretaris Lurah", ""), (A, "Lurah", "Kepala Seksi", "")},
    ),
    (
        "(1) Setiap Puskesmas dipimpin oleh seorang Kepala Puskesmas.\n"
        "(2) Kepala tersebut memberikan penugasan kepada Pelaksana.",
        {(AS, "Kepala Puskesmas", "Pelaksana", "")},
    ),
    (
        "(1) Camat menetapkan kinerja Sekretaris Camat.\n"
        "(2) Kepala Seksi yang bersangkutan menilai kinerja Pelaksana.",
        {(S, "Camat", "Sekretaris Camat", ""), (A, "Kepala Seksi", "Pelaksana", "")},
    ),
    # grades: ranges, "ke bawah", a category
    (
        "(1) Kepala Bidang menilai kinerja Pejabat Fungsional jenjang Ahli Madya sampai dengan "
        "Ahli Pertama.",
        {(A, "Kepala Bidang", "Pejabat Fungsional", "Ahli Madya, Ahli Muda, Ahli Pertama")},
    ),
    (
        "(1) Kepala Bidang menetapkan kinerja Pejabat Fungsional jenjang Ahli Muda ke bawah.",
        {(S, "Kepala Bidang", "Pejabat Fungsional", "Ahli Muda, Ahli Pertama")},
    ),
    (
        "(1) Sekretaris memberikan penugasan kepada Pejabat Fungsional kategori keahlian.",
        {
            (
                AS,
                "Sekretaris",
                "Pejabat Fungsional",
                "Ahli Utama, Ahli Madya, Ahli Muda, Ahli Pertama",
            )
        },
    ),
    (
        "(1) Lurah memberikan penugasan kepada Pejabat Fungsional yang jenjangnya sama dengan "
        "Sekretaris Lurah.",
        {(AS, "Lurah", "Pejabat Fungsional", "jenjang yang sama")},
    ),
    (
        "(1) Ketua Tim Kerja memberikan rekomendasi penilaian kinerja bagi anggota tim kerja "
        "yang menduduki jabatan fungsional jenjang Ahli Muda.",
        {(R, "Ketua Tim Kerja", "anggota tim kerja", "Ahli Muda")},
    ),
    (
        "(1) Pelaksana pada Seksi berada dalam koordinasi Kepala Seksi.",
        {(C, "Kepala Seksi", "Pelaksana", "")},
    ),
    # two verbs sharing "Kinerja X"
    (
        "(1) Camat menetapkan dan menilai Kinerja Sekretaris Camat dan Lurah.",
        {
            (S, "Camat", "Sekretaris Camat", ""),
            (S, "Camat", "Lurah", ""),
            (A, "Camat", "Sekretaris Camat", ""),
            (A, "Camat", "Lurah", ""),
        },
    ),
    # relative clauses
    (
        "(1) Kepala Bidang, yang mengoordinasikan Penyuluh, melaporkan capaian kinerja Bidang "
        "kepada Kepala Dinas.",
        {(C, "Kepala Bidang", "Penyuluh", ""), (RV, "Kepala Dinas", "Kepala Bidang", "")},
    ),
    (
        "(1) Kinerja Pelaksana dinilai oleh Kepala Seksi, yang juga memberikan penugasan kepada "
        "Pelaksana tersebut.",
        {(A, "Kepala Seksi", "Pelaksana", ""), (AS, "Kepala Seksi", "Pelaksana", "")},
    ),
    # the individual of a review is the worker the sentence names
    (
        "(1) Hasil kerja Pelaksana disampaikan kepada Kepala Seksi oleh individu atau ketua tim "
        "kerja.",
        {(RV, "Kepala Seksi", "Pelaksana", ""), (RV, "Kepala Seksi", "ketua tim kerja", "")},
    ),
    # titles no table knows, after a cue and named by what they coordinate
    (
        "(1) Kepala Instalasi Gizi memberikan penugasan kepada Nutrisionis dan Juru Masak.",
        {
            (AS, "Kepala Instalasi Gizi", "Nutrisionis", ""),
            (AS, "Kepala Instalasi Gizi", "Juru Masak", ""),
        },
    ),
    (
        "(1) Koordinator Kesehatan Masyarakat menilai kinerja Pelaksana.",
        {(A, "Koordinator Kesehatan Masyarakat", "Pelaksana", "")},
    ),
    (
        "(1) Pelaksana pada Seksi Umum ditetapkan kinerjanya oleh Kepala Kantor.",
        {(S, "Kepala Kantor", "Pelaksana", "")},
    ),
    # abbreviations defined in the text
    (
        "(1) Kepala Unit Layanan Pengadaan (KULP) menetapkan kinerja Pelaksana.\n"
        "(2) KULP menilai kinerja Pelaksana.",
        {
            (S, "Kepala Unit Layanan Pengadaan", "Pelaksana", ""),
            (A, "KULP", "Pelaksana", ""),
        },
    ),
    (
        "(1) Kepala Seksi Ketenteraman yang selanjutnya disebut Kasi Trantib menilai kinerja "
        "Pelaksana.\n(2) Kasi Trantib memberikan penugasan kepada Pelaksana.",
        {
            (A, "Kepala Seksi Ketenteraman", "Pelaksana", ""),
            (AS, "Kasi Trantib", "Pelaksana", ""),
        },
    ),
]


@pytest.mark.parametrize(("provisions", "expected"), CASES)
def test_the_construction_is_read(provisions, expected):
    assert read(provisions) == expected


def test_results_named_by_no_one_before_give_no_edge():
    """ "Meninjau hasil pelaksanaan kegiatan." does not say whose results: no edge."""
    got = read(
        "(1) Pelaksana menyusun laporan kegiatan.\n"
        "(2) Kepala Seksi meninjau hasil pelaksanaan kegiatan."
    )
    assert not {e for e in got if e[0] == RV}


def delegated(provisions: str) -> set[tuple[str, str, str, bool]]:
    x = extract_text(HEAD + provisions + "\n", "contoh.txt", "0" * 64)
    return {(e.type.value, e.source, e.target, e.delegated) for e in x.edges}


@pytest.mark.parametrize(
    ("provisions", "expected"),
    [
        (
            "(1) Penetapan kinerja Pelaksana dilimpahkan oleh Kepala Dinas kepada "
            "Sekretaris Dinas.",
            {(S, "Sekretaris Dinas", "Pelaksana", True)},
        ),
        (
            "(1) Atas pendelegasian dari Camat, Sekretaris Camat menilai kinerja Kepala Seksi.",
            {(A, "Sekretaris Camat", "Kepala Seksi", True)},
        ),
        (
            "(1) Kepala Dinas mendelegasikan kewenangan menilai kinerja Pelaksana kepada "
            "Kepala UPTD.",
            {(A, "Kepala UPTD", "Pelaksana", True)},
        ),
        (
            "(1) Camat melimpahkan kewenangan penetapan kinerja Pelaksana kepada Sekretaris Camat.",
            {(S, "Sekretaris Camat", "Pelaksana", True)},
        ),
    ],
)
def test_a_power_handed_down_is_the_delegates_edge(provisions, expected):
    assert delegated(provisions) == expected


def test_a_title_no_table_knows_is_reported():
    x = extract_text(
        HEAD + "(1) Kepala Instalasi Gizi memberikan penugasan kepada Nutrisionis.\n",
        "contoh.txt",
        "0" * 64,
    )
    assert "Nutrisionis" in {t.title for t in x.unknown_titles}


def test_a_lampiran_heading_that_runs_on_into_a_sentence_is_read():
    """The heading names the section and, going on in lower case on the next line, is the
    start of a sentence too; a heading whose next line starts afresh is a heading only."""
    text = (
        HEAD
        + "(1) Peraturan ini berlaku sejak tanggal diundangkan.\n\nDitetapkan di Contoh\n\n"
        + "LAMPIRAN\nPERATURAN BUPATI CONTOH\n\n"
        + "C. Mekanisme Kerja pada Kecamatan, di mana Camat memberikan penugasan\n"
        + "kepada Sekretaris Camat dan Kepala Seksi.\n"
        + "D. Mekanisme Kerja pada Kelurahan dengan Lurah yang memberikan penugasan\n"
        + "Lurah menetapkan kinerja Sekretaris Kelurahan.\n"
    )
    x = extract_text(text, "contoh.txt", "0" * 64)
    got = {(e.type.value, e.source, e.target) for e in x.edges}
    assert got == {
        (AS, "Camat", "Sekretaris Camat"),
        (AS, "Camat", "Kepala Seksi"),
        (S, "Lurah", "Sekretaris Kelurahan"),
    }
