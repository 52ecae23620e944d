"""Results flowing up in new verbs and chains, recommendations named beside their appraiser,
and unit titles read whole (issue 11, branch cc).

Each sentence was written for this test (none copied from the regulations or the wording
corpus); each failed before the rows and the reading it tests.
"""

from __future__ import annotations

import pytest

from tests.loader.test_clauses import AS, RV, A, R, S, read

FLOW = [
    (  # a nominal review coordinated with another ("verifikasi dan validasi")
        "(1) Kepala Subbagian Perencanaan melakukan verifikasi dan validasi atas laporan"
        " bulanan Pelaksana.",
        {(RV, "Kepala Subbagian Perencanaan", "Pelaksana", "")},
    ),
    (  # quality control as a verb
        "(2) Kepala Seksi Pelayanan menjamin kualitas hasil kerja Pelaksana pada Seksi.",
        {(RV, "Kepala Seksi Pelayanan", "Pelaksana", "")},
    ),
    (  # quality control as a noun, its agent after "oleh"
        "(3) Penjaminan mutu hasil kerja Kepala Seksi Statistik dilakukan oleh Kepala Bidang"
        " Statistik.",
        {(RV, "Kepala Bidang Statistik", "Kepala Seksi Statistik", "")},
    ),
    (  # answering for one's results, passive
        "(1) Hasil kerja Kepala Seksi Ketahanan Pangan dipertanggungjawabkan kepada Kepala"
        " Bidang Ketahanan Pangan.",
        {(RV, "Kepala Bidang Ketahanan Pangan", "Kepala Seksi Ketahanan Pangan", "")},
    ),
    (  # receiving another's account of results
        "(2) Camat menerima pertanggungjawaban hasil pelaksanaan tugas dari Sekretaris Camat.",
        {(RV, "Camat", "Sekretaris Camat", "")},
    ),
    (  # approval as what the results must obtain
        "(3) Laporan pelaksanaan tugas Kepala Seksi Perbenihan harus memperoleh persetujuan"
        " Kepala Balai.",
        {(RV, "Kepala Balai", "Kepala Seksi Perbenihan", "")},
    ),
    (  # a chain: each receiver reviews the sender before it
        "(1) Laporan hasil kerja disampaikan dari Kepala Seksi kepada Kepala Bidang dan"
        " selanjutnya kepada Kepala Badan.",
        {(RV, "Kepala Bidang", "Kepala Seksi", ""), (RV, "Kepala Badan", "Kepala Bidang", "")},
    ),
    (  # reviewed before being sent on: the receiver after "sebelum" reviews nothing by it
        "(2) Kepala Subbagian Umum memvalidasi hasil kerja Pelaksana sebelum hasil kerja itu"
        " diteruskan kepada Sekretaris.",
        {(RV, "Kepala Subbagian Umum", "Pelaksana", "")},
    ),
    (  # the sending put first
        "(3) Sebelum diteruskan kepada Kepala Dinas, laporan hasil kerja Kepala Seksi Gizi"
        " divalidasi oleh Kepala Bidang Kesehatan Masyarakat.",
        {(RV, "Kepala Bidang Kesehatan Masyarakat", "Kepala Seksi Gizi", "")},
    ),
]

LOOKALIKES = [
    # an answer to a request sent from one head to another: no results
    "(5) Jawaban atas permohonan tersebut disampaikan secara tertulis dari Kepala Bidang Mutasi"
    " kepada Kepala Bidang Pengembangan.",
    # an evaluation sent down as feedback
    "(4) Sekretaris Dinas menyampaikan hasil evaluasi kinerja Subbagian kepada Kepala"
    " Subbagian Keuangan sebagai umpan balik.",
    # a report to the DPRD's leadership: no post of the unit reviews it
    "(1) Sekretaris DPRD menyampaikan laporan kinerja Sekretariat kepada Ketua DPRD.",
    # a complaint received through another official
    "(2) Kepala Badan menerima laporan keluhan pegawai melalui Sekretaris Badan.",
    # an external audit's report received and sent on for follow-up
    "(3) Laporan hasil audit Badan Pemeriksa Keuangan diterima oleh Kepala Dinas untuk"
    " ditindaklanjuti.",
]

RECOMMENDATIONS = [
    (  # a recommendation on a result of performance, to one named as appraiser
        "(1) Kepala Seksi Kesiswaan memberikan rekomendasi atas capaian kinerja Pelaksana"
        " kepada Kepala Bidang Pembinaan SMK selaku Pejabat Penilai Kinerja.",
        {
            (R, "Kepala Seksi Kesiswaan", "Pelaksana", ""),
            (A, "Kepala Bidang Pembinaan SMK", "Pelaksana", ""),
        },
    ),
    (  # the appraised put first, both roles after
        "(2) Bagi Pelaksana, Kepala Seksi Gizi berperan sebagai pemberi rekomendasi dan"
        " Kepala Bidang Kesehatan sebagai Pejabat Penilai Kinerja.",
        {
            (R, "Kepala Seksi Gizi", "Pelaksana", ""),
            (A, "Kepala Bidang Kesehatan", "Pelaksana", ""),
        },
    ),
    (  # the recommendation's origin, and its weight in the appraiser's judgment
        "(3) Usulan predikat kinerja Bidan Terampil berasal dari Kepala Ruang Bersalin dan"
        " menjadi pertimbangan Kepala Puskesmas dalam menilai kinerja Bidan Terampil.",
        {
            (R, "Kepala Ruang Bersalin", "Bidan", "Terampil"),
            (A, "Kepala Puskesmas", "Bidan", "Terampil"),
        },
    ),
    (  # heard before the appraisal, in writing
        "(4) Kepala Biro Umum menilai kinerja Arsiparis Ahli Muda setelah mendengar"
        " pertimbangan tertulis Kepala Bagian Arsip.",
        {
            (A, "Kepala Biro Umum", "Arsiparis", "Ahli Muda"),
            (R, "Kepala Bagian Arsip", "Arsiparis", "Ahli Muda"),
        },
    ),
    (  # a nominal recommendation "dilakukan oleh"
        "(5) Pemberian masukan atas kinerja Pelaksana dilakukan oleh Kepala Subbagian Umum.",
        {(R, "Kepala Subbagian Umum", "Pelaksana", "")},
    ),
]

TITLES = [
    (  # a unit named by fields listed with commas: one title
        "(1) Kepala Badan menetapkan kinerja Kepala Bidang Pemerintahan, Sosial, dan Budaya.",
        {(S, "Kepala Badan", "Kepala Bidang Pemerintahan, Sosial, dan Budaya", "")},
    ),
    (  # two such titles joined by "dan"
        "(2) Kadis menilai kinerja Kabid Sarana, Prasarana, dan Peralatan dan Kabid Tata"
        " Usaha, Keuangan, dan Aset.",
        {
            (A, "Kadis", "Kabid Sarana, Prasarana, dan Peralatan", ""),
            (A, "Kadis", "Kabid Tata Usaha, Keuangan, dan Aset", ""),
        },
    ),
    (  # the head of a Cabang Dinas by his short title, the region's numeral with it
        "(3) Kacabdin Wilayah IV memberikan penugasan kepada Pelaksana.",
        {(AS, "Kacabdin Wilayah IV", "Pelaksana", "")},
    ),
    (  # a school head named by the school
        "(4) Kepala SMK Negeri 2 menilai kinerja Pelaksana pada sekolah.",
        {(A, "Kepala SMK Negeri 2", "Pelaksana", "")},
    ),
]

# the second round, after the second batch of train wordings showed these missed
SECOND_ROUND = [
    (  # results returned for correction have been reviewed
        "(1) Kepala Subbagian Keuangan mengembalikan laporan kerja Pelaksana yang belum lengkap.",
        {(RV, "Kepala Subbagian Keuangan", "Pelaksana", "")},
    ),
    (  # approving a report
        "(2) Kepala Bidang Anggaran mengesahkan laporan hasil kerja Kepala Seksi Belanja.",
        {(RV, "Kepala Bidang Anggaran", "Kepala Seksi Belanja", "")},
    ),
    (  # what of the results is weighed, between the passive and its agent
        "(3) Laporan hasil kerja Pelaksana diperiksa kelengkapannya oleh Kepala Seksi Data.",
        {(RV, "Kepala Seksi Data", "Pelaksana", "")},
    ),
    (  # a nominal chain that ends at the last receiver
        "(4) Pelaporan hasil kerja dimulai dari Kepala Seksi kepada Kepala Bidang dan berakhir"
        " pada Kepala Dinas.",
        {(RV, "Kepala Bidang", "Kepala Seksi", ""), (RV, "Kepala Dinas", "Kepala Bidang", "")},
    ),
    (  # the score proposed by one and fixed by another: a recommendation and an appraisal
        "(5) Nilai kinerja Arsiparis Terampil diusulkan Kepala Subbagian Umum dan ditetapkan"
        " oleh Sekretaris Dinas.",
        {
            (R, "Kepala Subbagian Umum", "Arsiparis", "Terampil"),
            (A, "Sekretaris Dinas", "Arsiparis", "Terampil"),
        },
    ),
    (  # a first appraisal sent to the one named appraiser
        "(6) Koordinator menyusun penilaian awal atas kinerja Pelaksana dan menyampaikannya"
        " kepada Direktur selaku Pejabat Penilai Kinerja.",
        {(R, "Koordinator", "Pelaksana", ""), (A, "Direktur", "Pelaksana", "")},
    ),
    (  # a Kepala Dinas whose unit lists its fields with commas
        "(7) Kepala Dinas Kebudayaan, Kepemudaan, Olahraga, dan Pariwisata menilai kinerja"
        " Sekretaris Dinas.",
        {
            (
                A,
                "Kepala Dinas Kebudayaan, Kepemudaan, Olahraga, dan Pariwisata",
                "Sekretaris Dinas",
                "",
            )
        },
    ),
]

TABLE = """
| No | Jabatan | Memberikan Rekomendasi | Menilai Kinerja |
|---|---|---|---|
| 1 | Pelaksana | Kepala Seksi Umum | Kepala Balai |
"""


@pytest.mark.parametrize("text, want", FLOW + RECOMMENDATIONS + TITLES + SECOND_ROUND)
def test_the_form_gives_its_edges(text, want):
    assert read(text) == want


@pytest.mark.parametrize("text", LOOKALIKES)
def test_the_lookalike_gives_no_edge(text):
    assert read(text) == set()


def test_a_list_of_titles_is_not_one_unit_name():
    """Commas between titles still make a list: "Guru" and an agent noun start a title."""
    want = {(A, "Kepala Sekolah", t, "") for t in ("Guru", "Pengelola Keuangan", "Pelaksana")}
    assert read("(1) Kepala Sekolah menilai kinerja Guru, Pengelola Keuangan, dan Pelaksana.") == (
        want
    )


def test_a_table_header_in_the_verb_form_names_its_column():
    assert read(TABLE.replace("Memberikan Rekomendasi", "Pejabat yang Merekomendasikan")) == {
        (R, "Kepala Seksi Umum", "Pelaksana", ""),
        (A, "Kepala Balai", "Pelaksana", ""),
    }
    assert read(TABLE) == {
        (R, "Kepala Seksi Umum", "Pelaksana", ""),
        (A, "Kepala Balai", "Pelaksana", ""),
    }
