"""Branch ha (issue 11, sixth round of 2026-12-04): a Kabupaten's or Kota's Bagian Organisasi.

Each passage is written for this test, in the prose and the Lampiran records of a Peraturan
Bupati / Peraturan Wali Kota on sistem kerja: points under a title point that name a relation
and, after a colon, the titles it is held for; records ("Jabatan: X" / "PPK: Y", "Alur laporan:
A kepada B, B kepada C") read as table rows; a shortened post or a team lead pointed back to;
"pejabat tersebut" as an object; a list closed by a bare comma before "kepada"; a running head
inside a title; reporting in steps; a terse colon after a point's subject.
"""

from __future__ import annotations

import pytest

from tests.loader.test_clauses import AS, RV, A, C, R, S, read

CASES = [
    (  # a relation and its titles after a colon on the point's line, under a title point
        "(1) Kepala UPTD Puskesmas\na. menetapkan kinerja: Kepala Subbagian Tata Usaha dan"
        " Penanggung Jawab Klaster;\nb. Pejabat Penilai Kinerja bagi: Kepala Subbagian Tata"
        " Usaha, Pejabat Fungsional Dokter, dan Pejabat Fungsional Bidan.\n"
        "(2) Kepala Subbagian Tata Usaha\na. memberikan penugasan kepada: Pelaksana;\n"
        "b. menerima laporan dari: Pelaksana.",
        {
            (S, "Kepala UPTD Puskesmas", "Kepala Subbagian Tata Usaha", ""),
            (S, "Kepala UPTD Puskesmas", "Penanggung Jawab Klaster", ""),
            (A, "Kepala UPTD Puskesmas", "Kepala Subbagian Tata Usaha", ""),
            (A, "Kepala UPTD Puskesmas", "Pejabat Fungsional Dokter", ""),
            (A, "Kepala UPTD Puskesmas", "Pejabat Fungsional Bidan", ""),
            (AS, "Kepala Subbagian Tata Usaha", "Pelaksana", ""),
            (RV, "Kepala Subbagian Tata Usaha", "Pelaksana", ""),
        },
    ),
    (  # a shortened title pointing at an ayat that is a sentence: the title it heads there
        "(1) Kepala Bidang Penegakan Peraturan Daerah bertindak sebagai pelaksana koordinasi bagi"
        " Pelaksana.\n(2) Kepala Satuan Polisi Pamong Praja menilai kinerja Kepala Bidang"
        " sebagaimana dimaksud pada ayat (1).",
        {
            (C, "Kepala Bidang Penegakan Peraturan Daerah", "Pelaksana", ""),
            (
                A,
                "Kepala Satuan Polisi Pamong Praja",
                "Kepala Bidang Penegakan Peraturan Daerah",
                "",
            ),
        },
    ),
    (  # the same with a point
        "(1) Kepala Pelaksana:\na. menetapkan kinerja Sekretaris;\nb. Kepala Bidang Kedaruratan"
        " dan Logistik memberikan penugasan kepada Pelaksana; dan\nc. menerima laporan hasil"
        " kerja Kepala Bidang sebagaimana dimaksud pada huruf b.",
        {
            (S, "Kepala Pelaksana", "Sekretaris", ""),
            (AS, "Kepala Bidang Kedaruratan dan Logistik", "Pelaksana", ""),
            (RV, "Kepala Pelaksana", "Kepala Bidang Kedaruratan dan Logistik", ""),
        },
    ),
    (  # notes on every member reported for the appraisal of the posts named after: those
        "(3) Ketua Tim Kerja Gizi menyampaikan catatan capaian kinerja setiap anggota tim kepada"
        " Kepala Bidang Kesehatan Masyarakat sebagai bahan penilaian kinerja Pejabat Fungsional"
        " Nutrisionis dan Pelaksana.",
        {
            (R, "Ketua Tim Kerja Gizi", "Pejabat Fungsional Nutrisionis", ""),
            (R, "Ketua Tim Kerja Gizi", "Pelaksana", ""),
        },
    ),
    (  # a team lead pointed back to: the one appointed to it
        "(1) Kepala Seksi Pemerintahan ditunjuk sebagai ketua tim kerja bagi Pelaksana.\n"
        "(2) Ketua tim kerja sebagaimana dimaksud pada ayat (1) memberikan rekomendasi penilaian"
        " kinerja bagi Pelaksana kepada Camat.",
        {
            (C, "Kepala Seksi Pemerintahan", "Pelaksana", ""),
            (R, "Kepala Seksi Pemerintahan", "Pelaksana", ""),
        },
    ),
    (  # "pejabat tersebut" as the object: the posts the clause before named
        "(1) Kalak BPBD menetapkan kinerja Sekretaris BPBD dan Kabid Kedaruratan dan Logistik,"
        " dan menilai kinerja pejabat tersebut pada akhir tahun.",
        {
            (S, "Kalak BPBD", "Sekretaris BPBD", ""),
            (S, "Kalak BPBD", "Kabid Kedaruratan dan Logistik", ""),
            (A, "Kalak BPBD", "Sekretaris BPBD", ""),
            (A, "Kalak BPBD", "Kabid Kedaruratan dan Logistik", ""),
        },
    ),
    (  # two roles held at once, "merangkap"
        "(1) Kepala Bagian Umum merangkap sebagai Pejabat Penilai Kinerja dan pemberi tugas bagi"
        " Pelaksana.",
        {(A, "Kepala Bagian Umum", "Pelaksana", ""), (AS, "Kepala Bagian Umum", "Pelaksana", "")},
    ),
    (  # a bare comma before "kepada" closes the list: whom it is sent to is no member
        "(2) Ketua Tim Kerja melaporkan hasil kinerja anggota tim, yaitu Perawat dan Bidan, kepada"
        " Kepala Puskesmas sebagai bahan penilaian kinerja.",
        {(R, "Ketua Tim Kerja", "Perawat", ""), (R, "Ketua Tim Kerja", "Bidan", "")},
    ),
    (  # a preposition repeated after a conjunction still joins ("baik kepada X maupun kepada Y")
        "(1) Kepala Dinas memberikan penugasan baik kepada Sekretaris maupun kepada Kepala Bidang.",
        {(AS, "Kepala Dinas", "Sekretaris", ""), (AS, "Kepala Dinas", "Kepala Bidang", "")},
    ),
    (  # a Ketua Tim's short form named by its team
        "(1) Kepala Puskesmas menunjuk Katim UKP sebagai penanggung jawab pencapaian target"
        " kinerja pelayanan rawat jalan.",
        {(S, "Kepala Puskesmas", "Katim UKP", "")},
    ),
    (  # a nominal reporting in steps, each sender after "oleh"
        "(3) Pelaporan hasil kerja dilakukan oleh Pelaksana kepada Kepala Seksi, oleh Kepala Seksi"
        " kepada Kepala Bidang, dan oleh Kepala Bidang kepada Kepala Dinas.",
        {
            (RV, "Kepala Seksi", "Pelaksana", ""),
            (RV, "Kepala Bidang", "Kepala Seksi", ""),
            (RV, "Kepala Dinas", "Kepala Bidang", ""),
        },
    ),
    (  # a terse colon between a point's subject and its verb
        "(1) Lurah: menetapkan kinerja Seklur dan Kasi.\n(2) Seklur: memberi tugas kepada"
        " Pelaksana.",
        {
            (S, "Lurah", "Seklur", ""),
            (S, "Lurah", "Kasi", ""),
            (AS, "Seklur", "Pelaksana", ""),
        },
    ),
]


@pytest.mark.parametrize(("text", "edges"), CASES)
def test_kota_drafting_is_read(text: str, edges: set) -> None:
    assert read(text) == edges


def test_a_role_held_by_one_named_after_it_is_not_the_title_points() -> None:
    text = "(1) Kepala Seksi Pemerintahan\na. Pejabat Penilai Kinerja bagi: Pelaksana, adalah"
    text += " Camat."
    assert not {e for e in read(text) if e[1] == "Kepala Seksi Pemerintahan"}


LAMPIRAN = "Ditetapkan di Contoh\n\nLAMPIRAN\nPERATURAN WALI KOTA CONTOH\n\nA. KECAMATAN\n"

RECORDS = [
    (  # a record per post: the Jabatan line names the post, each labelled line its holder
        "1. Jabatan: Kepala Seksi Ketenteraman dan Ketertiban Umum\n   Penetap kinerja: Camat\n"
        "   Penerima laporan: Sekretaris Camat\n",
        {
            (S, "Camat", "Kepala Seksi Ketenteraman dan Ketertiban Umum", ""),
            (RV, "Sekretaris Camat", "Kepala Seksi Ketenteraman dan Ketertiban Umum", ""),
        },
    ),
    (  # the post as the point's title
        "a. Kepala Seksi Pelayanan Umum\n   Pejabat Penilai Kinerja: Camat\n",
        {(A, "Camat", "Kepala Seksi Pelayanan Umum", "")},
    ),
    (  # a value naming its own parties: the holder, then for whom; steps after "kepada"
        "1. Pemberi penugasan: Camat kepada Sekretaris Camat; Sekretaris Camat kepada Pelaksana\n"
        "2. PPK: Camat, bagi Kepala Seksi Pemerintahan dan Kepala Seksi Pelayanan Umum\n",
        {
            (AS, "Camat", "Sekretaris Camat", ""),
            (AS, "Sekretaris Camat", "Pelaksana", ""),
            (A, "Camat", "Kepala Seksi Pemerintahan", ""),
            (A, "Camat", "Kepala Seksi Pelayanan Umum", ""),
        },
    ),
    (  # a flow of reports: each receiver reviews its sender; several senders before one
        "1. Alur pelaporan hasil kerja: Pelaksana kepada Kepala Seksi Pemerintahan, Kepala Seksi"
        " Pemerintahan kepada Camat\n"
        "2. Alur laporan: Sekretaris Camat, Kepala Seksi Pelayanan Umum, dan Kepala Seksi"
        " Pemerintahan kepada Camat\n",
        {
            (RV, "Kepala Seksi Pemerintahan", "Pelaksana", ""),
            (RV, "Camat", "Kepala Seksi Pemerintahan", ""),
            (RV, "Camat", "Sekretaris Camat", ""),
            (RV, "Camat", "Kepala Seksi Pelayanan Umum", ""),
        },
    ),
]


@pytest.mark.parametrize(("text", "edges"), RECORDS)
def test_a_lampiran_record_is_read_as_a_table_row(text: str, edges: set) -> None:
    assert read(LAMPIRAN + text) == edges


LOOKALIKES = [
    # a label that names no relation, a record with no post, a legend, another flow's label
    "1. Pemilik kinerja: Camat\n2. PPK: Camat\n",
    "Keterangan gambar:\ngaris utuh : hubungan penugasan\ngaris putus-putus : koordinasi\n",
    "1. Alur koordinasi: Camat kepada Sekretaris Camat, Sekretaris Camat kepada Pelaksana\n",
    "1. Alur disposisi surat: Camat kepada Sekretaris Camat\n",
]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_a_record_naming_no_relation_gives_no_edge(text: str) -> None:
    assert read(LAMPIRAN + text) == set()


def test_a_running_head_inside_a_title_cut_at_its_head_word() -> None:
    text = LAMPIRAN + (
        "1. Camat memberikan penugasan kepada Sekretaris Camat dan Kepala Seksi\n\n"
        "LAMPIRAN I PERATURAN WALI KOTA CONTOH\nNOMOR 12 TAHUN 2023\n- 23 -\n\n"
        "Ketenteraman dan Ketertiban Umum.\n"
    )
    assert read(text) == {
        (AS, "Camat", "Sekretaris Camat", ""),
        (AS, "Camat", "Kepala Seksi Ketenteraman dan Ketertiban Umum", ""),
    }
