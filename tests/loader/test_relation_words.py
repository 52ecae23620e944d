"""The relation's words: roles, recommendations, verbs and nominals of every edge type,
delegation and acting officials, in wording the reader did not read before (branch ec).

Each sentence is written for this test in the drafting style of a regulation (none is copied
from the regulations or the wording corpus), with the edges a careful reader takes from it;
the look-alikes after them give no edge.
"""

from __future__ import annotations

import pytest

from loader.reading.extract import extract_text
from tests.loader.test_clauses import AS, HEAD, RV, A, C, R, S, read

WORDS = [
    # a role held "sekaligus", and in a relative clause after "Atasan langsung X adalah Y"
    (
        "(1) Kepala Seksi Ketertiban sekaligus berperan sebagai Pejabat Penilai Kinerja bagi "
        "Pelaksana pada Seksi Ketertiban.",
        {(A, "Kepala Seksi Ketertiban", "Pelaksana", "")},
    ),
    (
        "(1) Atasan langsung Pengadministrasi Umum adalah Kepala Subbagian Tata Usaha, yang "
        "sekaligus menjadi Pejabat Penilai Kinerja bagi Pengadministrasi Umum.",
        {(A, "Kepala Subbagian Tata Usaha", "Pengadministrasi Umum", "")},
    ),
    (
        "(1) Sekretaris Kecamatan bertanggung jawab atas penilaian kinerja Pelaksana pada "
        "Sekretariat Kecamatan.",
        {(A, "Sekretaris Kecamatan", "Pelaksana", "")},
    ),
    # an infinitive as the subject, the power's holder after it
    (
        "(1) Menilai kinerja Kepala Subbagian Program menjadi kewenangan Sekretaris Badan.",
        {(A, "Sekretaris Badan", "Kepala Subbagian Program", "")},
    ),
    (
        "(1) Menetapkan sasaran kinerja Kepala Seksi Pemerintahan merupakan tugas Camat.",
        {(S, "Camat", "Kepala Seksi Pemerintahan", "")},
    ),
    # recommendations: "bahan penilaian", observations sent "sebagai bahan penilaian"
    (
        "(1) Ketua Tim Kerja memberikan bahan penilaian kepada Kepala Bidang Anggaran atas "
        "kinerja Pelaksana.",
        {(R, "Ketua Tim Kerja", "Pelaksana", "")},
    ),
    (
        "(1) Koordinator menyampaikan hasil pemantauan kinerja Pelaksana kepada Kepala Bagian "
        "sebagai bahan penilaian kinerja.",
        {(R, "Koordinator", "Pelaksana", "")},
    ),
    # new verbs of setting, assigning and coordinating
    (
        "(1) Kepala Biro Umum menyepakati perjanjian kinerja dengan Kepala Bagian Rumah Tangga.",
        {(S, "Kepala Biro Umum", "Kepala Bagian Rumah Tangga", "")},
    ),
    (
        "(1) Kepala Seksi Pelayanan menyetujui sasaran kinerja Pelaksana pada Seksi Pelayanan.",
        {(S, "Kepala Seksi Pelayanan", "Pelaksana", "")},
    ),
    (
        "(1) Sekretaris Dinas mendisposisikan pekerjaan kepada Kepala Subbagian Keuangan.",
        {(AS, "Sekretaris Dinas", "Kepala Subbagian Keuangan", "")},
    ),
    (
        "(1) Kepala Pelaksana membagi habis tugas BPBD kepada Sekretaris dan Kepala Bidang.",
        {(AS, "Kepala Pelaksana", "Sekretaris", ""), (AS, "Kepala Pelaksana", "Kepala Bidang", "")},
    ),
    (
        "(1) Camat menandatangani surat tugas bagi Kepala Seksi Ketenteraman.",
        {(AS, "Camat", "Kepala Seksi Ketenteraman", "")},
    ),
    (
        "(1) Sekretaris Daerah mengarahkan dan mengendalikan pelaksanaan tugas Asisten "
        "Administrasi Umum.",
        {(C, "Sekretaris Daerah", "Asisten Administrasi Umum", "")},
    ),
    # passives whose agent stands after an adjunct
    (
        "(1) Kinerja Kepala Seksi Perizinan dinilai pada akhir tahun, berdasarkan laporan "
        "bulanan, oleh Kepala Bidang Perizinan.",
        {(A, "Kepala Bidang Perizinan", "Kepala Seksi Perizinan", "")},
    ),
    # acting officials hold the post
    (
        "(1) Penilaian kinerja Sekretaris Lurah dilakukan oleh Plh. Lurah.",
        {(A, "Lurah", "Sekretaris Lurah", "")},
    ),
]

CARRIED = [
    # a role given in the passive after a fronted object closed by a locative and a comma
    (
        "(1) Bagi Kepala Seksi pada Kantor Kecamatan, Sekretaris Camat ditunjuk sebagai Pejabat "
        "Penilai Kinerja.",
        {(A, "Sekretaris Camat", "Kepala Seksi")},
    ),
    # three clauses, each with its own subject, the last after ", dan"
    (
        "(1) Camat menetapkan kinerja Sekretaris Camat, Sekretaris Camat membagi tugas kepada "
        "Kepala Subbagian Umum, dan Kepala Subbagian Umum menilai kinerja Pelaksana.",
        {
            (S, "Camat", "Sekretaris Camat"),
            (AS, "Sekretaris Camat", "Kepala Subbagian Umum"),
            (A, "Kepala Subbagian Umum", "Pelaksana"),
        },
    ),
    # "yang bersangkutan" as the object: the one named before in the sentence
    (
        "(1) Kepala Seksi Pelayanan menyusun rencana kerja Seksi.\n"
        "(2) Pejabat dimaksud pada ayat (1) memberikan tugas kepada Pengadministrasi Umum dan "
        "menetapkan target kinerja yang bersangkutan.",
        {
            (AS, "Kepala Seksi Pelayanan", "Pengadministrasi Umum"),
            (S, "Kepala Seksi Pelayanan", "Pengadministrasi Umum"),
        },
    ),
    # a count before a shortened title points back to the titles it shortens
    (
        "(1) Kepala Bidang Bina Marga membawahi Kepala Seksi Jalan dan Kepala Seksi Jembatan.\n"
        "(2) Kepala Bidang Bina Marga menilai kinerja kedua Kepala Seksi.",
        {
            (A, "Kepala Bidang Bina Marga", "Kepala Seksi Jalan"),
            (A, "Kepala Bidang Bina Marga", "Kepala Seksi Jembatan"),
        },
    ),
]

SECOND = [
    (
        "(1) Pendistribusian pekerjaan kepada Kepala Subbagian Umum dilakukan oleh Sekretaris "
        "Kecamatan.",
        {(AS, "Sekretaris Kecamatan", "Kepala Subbagian Umum")},
    ),
    (
        "(1) Koordinator mencatat catatan kinerja Pelaksana dan menyerahkannya kepada Kepala "
        "Bidang sebagai bahan penilaian.",
        {(R, "Koordinator", "Pelaksana")},
    ),
    (
        "(1) Setelah menilai kinerja Kepala Seksi, Camat meminta masukan dari Sekretaris Camat.",
        {(A, "Camat", "Kepala Seksi"), (R, "Sekretaris Camat", "Kepala Seksi")},
    ),
    (
        "(1) Kepala Dinas melimpahkan pemberian tugas kepada Pelaksana kepada Kepala Bidang.",
        {(AS, "Kepala Bidang", "Pelaksana")},
    ),
    (
        "(1) Kepala Bagian Umum membawahi Kepala Subbagian Rumah Tangga.\n"
        "(2) Kepala Bagian Umum mereviu laporan kerja bawahannya.",
        {(RV, "Kepala Bagian Umum", "Kepala Subbagian Rumah Tangga")},
    ),
    (
        "(1) Sekretaris Lurah mendistribusikan pekerjaan kebersihan kepada Pelaksana dan "
        "memeriksa laporan kegiatannya.",
        {(AS, "Sekretaris Lurah", "Pelaksana"), (RV, "Sekretaris Lurah", "Pelaksana")},
    ),
    (
        "(1) Kepala Balai berperan rangkap, yaitu sebagai Pimpinan Unit Organisasi dan sebagai "
        "Pejabat Penilai Kinerja bagi Kepala Seksi Evaluasi.",
        {(A, "Kepala Balai", "Kepala Seksi Evaluasi")},
    ),
    (
        "(1) Koordinator menyusun usulan kinerja bagi Pelaksana, dan usulan tersebut "
        "disampaikan kepada Kepala Bidang selaku Pejabat Penilai Kinerja.",
        {(R, "Koordinator", "Pelaksana"), (A, "Kepala Bidang", "Pelaksana")},
    ),
]

THIRD = [
    (
        "(1) Kepala Dinas menandatangani perjanjian kinerja Sekretaris Dinas.",
        {(S, "Kepala Dinas", "Sekretaris Dinas")},
    ),
    (
        "(1) Laporan hasil kerja Pelaksana ditelaah terlebih dahulu oleh Kepala Subbagian Umum.",
        {(RV, "Kepala Subbagian Umum", "Pelaksana")},
    ),
    (
        "(1) Hasil pemantauan Koordinator atas kinerja Pelaksana menjadi bahan pertimbangan "
        "Kepala Bidang dalam menilai kinerja Pelaksana.",
        {(R, "Koordinator", "Pelaksana"), (A, "Kepala Bidang", "Pelaksana")},
    ),
    (
        "(1) Target kinerja Kepala Subbagian Umum disusun bersama dan disahkan oleh Sekretaris "
        "Badan.",
        {(S, "Sekretaris Badan", "Kepala Subbagian Umum")},
    ),
    (
        "(1) Kepala Seksi Pengujian memegang wewenang sebagai Pejabat Penilai Kinerja atas "
        "Pelaksana pada Seksi Pengujian.",
        {(A, "Kepala Seksi Pengujian", "Pelaksana")},
    ),
    (  # ", sedangkan X" opens a clause whose later verbs are X's
        "(1) Camat menetapkan target kinerja Sekretaris Camat, sedangkan Sekretaris Camat "
        "memberikan tugas kepada Pelaksana dan memeriksa laporan hasil kerja mereka.",
        {
            (S, "Camat", "Sekretaris Camat"),
            (AS, "Sekretaris Camat", "Pelaksana"),
            (RV, "Sekretaris Camat", "Pelaksana"),
        },
    ),
]

LOOKALIKES = [
    # agreeing a plan with the head of government is made upward
    "(1) Kepala Dinas menyepakati perjanjian kinerja dengan Bupati.",
    # directing alone, and a report approved: no plan set
    "(1) Kepala Bidang mengarahkan pelaksanaan program kepada masyarakat.",
    # a power that may not be handed on
    "(1) Kewenangan menilai kinerja Sekretaris tidak dapat dilimpahkan kepada Kepala Bidang.",
    # a direct superior named, no relation of the six
    "(1) Atasan langsung Kepala Seksi adalah Kepala Bidang.",
    # a recommendation on a budget
    "(1) Kepala Bidang memberikan masukan kepada Sekretaris Dinas atas rancangan anggaran.",
    # subordinates never named: no guess
    "(1) Kepala Bidang menghadiri rapat bersama Kepala Dinas.\n"
    "(2) Kepala Bidang menilai kinerja bawahannya.",
    # an audit's recommendation sent on is not the sender's results
    "(1) Rekomendasi hasil audit Inspektorat disampaikan oleh Sekretaris kepada Kepala Bidang.",
    # notes kept, not given for an appraisal
    "(1) Ketua Tim Kerja membuat catatan kinerja anggota tim kerja setiap bulan.",
    # a plan signed with the head of government is signed upward
    "(1) Kepala Badan menandatangani perjanjian kinerja dengan Gubernur.",
]


@pytest.mark.parametrize(("text", "edges"), WORDS)
def test_new_wording_gives_its_edge(text, edges):
    assert read(text) == edges


@pytest.mark.parametrize("text", LOOKALIKES)
def test_a_lookalike_gives_no_edge(text):
    assert read(text) == set()


def test_one_designated_to_appraise_acts_by_delegation():
    text = (
        "(1) Kepala Dinas menunjuk Sekretaris Dinas untuk menilai kinerja Kepala Subbagian "
        "Umum dan Kepegawaian."
    )
    x = extract_text(HEAD + text + "\n", "contoh.txt", "0" * 64)
    got = {(e.type.value, e.source, e.target, e.delegated) for e in x.edges}
    assert got == {(A, "Sekretaris Dinas", "Kepala Subbagian Umum dan Kepegawaian", True)}


@pytest.mark.parametrize(("text", "edges"), CARRIED + SECOND + THIRD)
def test_a_party_carried_from_before_is_read(text, edges):
    assert {e[:3] for e in read(text)} == edges


def test_a_class_of_posts_points_back_to_the_titles_of_the_item_before():
    text = (
        "Pasal 9\n"
        "Inspektur Pembantu Wilayah I:\n"
        "a. menetapkan target kinerja para Pengawas Pemerintahan di wilayahnya;\n"
        "b. memberikan penugasan kepada pejabat fungsional tersebut; dan\n"
        "c. menilai kinerja mereka."
    )
    got = {e[:3] for e in read(text)}
    assert got == {
        (S, "Inspektur Pembantu Wilayah I", "Pengawas Pemerintahan"),
        (AS, "Inspektur Pembantu Wilayah I", "Pengawas Pemerintahan"),
        (A, "Inspektur Pembantu Wilayah I", "Pengawas Pemerintahan"),
    }
