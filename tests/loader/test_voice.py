"""Passive, nominalised and role-as-relation wording, and subjects carried from context.

Each sentence is written for this test in the drafting style of a regulation (none is copied
from the regulations or the wording corpus), with the edges a careful reader takes from it.
"""

from __future__ import annotations

import pytest

from tests.loader.test_clauses import AS, A, C, S, read

VOICE = [
    # passive: another verb of setting, a noun between "kinerja" and "bagi", adverbs
    (
        "(1) Target kinerja Kepala Seksi Retribusi ditentukan oleh Kepala Bidang Pendapatan.",
        {(S, "Kepala Bidang Pendapatan", "Kepala Seksi Retribusi", "")},
    ),
    (
        "(1) Sasaran Kinerja Pegawai bagi Kepala Seksi Tata Pemerintahan dirumuskan dan "
        "ditetapkan oleh Camat.",
        {(S, "Camat", "Kepala Seksi Tata Pemerintahan", "")},
    ),
    (  # "Kinerja" is no part of the title a grade follows
        "(1) Kinerja Perencana Ahli Muda pada Bidang Program setiap semester dinilai oleh "
        "Kepala Bidang Program.",
        {(A, "Kepala Bidang Program", "Perencana", "Ahli Muda")},
    ),
    (
        "(1) Kepala Subbagian Umum mendapat penilaian kinerja dari Sekretaris Kecamatan.",
        {(A, "Sekretaris Kecamatan", "Kepala Subbagian Umum", "")},
    ),
    (
        "(1) Pelaksana pada Seksi Perizinan menerima tugas langsung dari Kepala Seksi Perizinan.",
        {(AS, "Kepala Seksi Perizinan", "Pelaksana", "")},
    ),
    (
        "(1) Penugasan diberikan kepada Pejabat Fungsional pada Bidang Tata Ruang oleh Kepala "
        "Bidang Tata Ruang.",
        {(AS, "Kepala Bidang Tata Ruang", "Pejabat Fungsional", "")},
    ),
    (  # three passives sharing one agent, joined by commas
        "(1) Kepala Seksi Logistik diberi tugas, dinilai kinerjanya, dan ditetapkan sasaran "
        "kinerjanya oleh Kepala Bidang Kedaruratan.",
        {
            (AS, "Kepala Bidang Kedaruratan", "Kepala Seksi Logistik", ""),
            (A, "Kepala Bidang Kedaruratan", "Kepala Seksi Logistik", ""),
            (S, "Kepala Bidang Kedaruratan", "Kepala Seksi Logistik", ""),
        },
    ),
    (  # "not by X, but by Y": only Y
        "(1) Penilaian kinerja Pelaksana pada Bagian Umum tidak dilakukan oleh Kepala Bagian "
        "Umum, melainkan oleh Kepala Subbagian Rumah Tangga.",
        {(A, "Kepala Subbagian Rumah Tangga", "Pelaksana", "")},
    ),
    # nominalised: the agent as a power or a duty
    (
        "(1) Penilaian atas kinerja Kepala Seksi Kebersihan merupakan kewenangan Lurah.",
        {(A, "Lurah", "Kepala Seksi Kebersihan", "")},
    ),
    (
        "(1) Penetapan sasaran kinerja Kepala Subbidang Data menjadi tanggung jawab Kepala "
        "Bidang Statistik.",
        {(S, "Kepala Bidang Statistik", "Kepala Subbidang Data", "")},
    ),
    (
        "(1) Koordinasi pelaksanaan tugas Pelaksana pada Seksi Operasi merupakan tugas Kepala "
        "Seksi Operasi.",
        {(C, "Kepala Seksi Operasi", "Pelaksana", "")},
    ),
    (
        "(1) Pembagian tugas kepada Pelaksana pada Subbagian Keuangan dilakukan oleh Kepala "
        "Subbagian Keuangan.",
        {(AS, "Kepala Subbagian Keuangan", "Pelaksana", "")},
    ),
    (
        "(1) Bagi Kepala Seksi Pelayanan, penilaian kinerjanya dilaksanakan oleh Sekretaris "
        "Kelurahan.",
        {(A, "Sekretaris Kelurahan", "Kepala Seksi Pelayanan", "")},
    ),
    (
        "(1) Kewenangan menetapkan target kinerja Kepala Seksi Bina Usaha berada pada Kepala "
        "Bidang Koperasi.",
        {(S, "Kepala Bidang Koperasi", "Kepala Seksi Bina Usaha", "")},
    ),
    # a role or a power as the relation
    (
        "(1) Sekretaris Lurah berwenang menilai kinerja Pelaksana pada Kelurahan.",
        {(A, "Sekretaris Lurah", "Pelaksana", "")},
    ),
    (
        "(1) Direktur RSUD memiliki kewenangan selaku Pejabat Penilai Kinerja bagi Wakil "
        "Direktur Umum.",
        {(A, "Direktur RSUD", "Wakil Direktur Umum", "")},
    ),
    (
        "(1) Kepala Bagian Tata Usaha mengemban fungsi Pejabat Penilai Kinerja terhadap Kepala "
        "Subbagian Kepegawaian.",
        {(A, "Kepala Bagian Tata Usaha", "Kepala Subbagian Kepegawaian", "")},
    ),
    (
        "(1) Fungsi Pejabat Penilai Kinerja bagi Pelaksana pada Seksi Umum dijalankan oleh "
        "Kepala Seksi Umum.",
        {(A, "Kepala Seksi Umum", "Pelaksana", "")},
    ),
    (
        "(1) Kepala Bidang Bina Marga berfungsi sebagai Pejabat Penilai Kinerja bagi Kepala "
        "Seksi Jalan.",
        {(A, "Kepala Bidang Bina Marga", "Kepala Seksi Jalan", "")},
    ),
    (
        "(1) Kepala Seksi Pengujian ditunjuk menjadi pemberi tugas bagi Pelaksana pada Seksi "
        "Pengujian.",
        {(AS, "Kepala Seksi Pengujian", "Pelaksana", "")},
    ),
    # subjects carried from the sentence before
    (
        "(1) Bidang Pertamanan dipimpin oleh Kepala Bidang Pertamanan.\n"
        "(2) Kepala Bidang yang bersangkutan menilai kinerja Pelaksana pada Bidang Pertamanan.",
        {(A, "Kepala Bidang Pertamanan", "Pelaksana", "")},
    ),
    (
        "(1) Biro Umum dipimpin oleh seorang Kepala Biro Umum yang berada di bawah Sekretaris "
        "Daerah.\n(2) Kepala Biro dimaksud menilai kinerja Kepala Bagian Rumah Tangga.",
        {(A, "Kepala Biro Umum", "Kepala Bagian Rumah Tangga", "")},
    ),
]

MORE = [
    (  # a parenthetical between the performance and its passive verb
        "(1) Kinerja Kepala Seksi Jalan, sebagaimana tertuang dalam perjanjian kinerja, "
        "ditetapkan oleh Kepala Bidang Bina Marga.",
        {(S, "Kepala Bidang Bina Marga", "Kepala Seksi Jalan", "")},
    ),
    (
        "(1) Pelaksanaan penugasan kepada Pelaksana pada Seksi Umum menjadi tanggung jawab "
        "Kepala Seksi Umum.",
        {(AS, "Kepala Seksi Umum", "Pelaksana", "")},
    ),
    (
        "(1) Penetapan target kinerja bagi Kepala Seksi Statistik adalah tugas Kepala Bidang Data.",
        {(S, "Kepala Bidang Data", "Kepala Seksi Statistik", "")},
    ),
    (
        "(1) Camat ditugaskan sebagai Pejabat Penilai Kinerja bagi Sekretaris Camat.",
        {(A, "Camat", "Sekretaris Camat", "")},
    ),
    (
        "(1) Kepala Biro Umum mempunyai tugas selaku Pejabat Penilai Kinerja terhadap Kepala "
        "Bagian Rumah Tangga.",
        {(A, "Kepala Biro Umum", "Kepala Bagian Rumah Tangga", "")},
    ),
    (
        "(1) Kepala Bidang Sosial selaku atasan langsung sekaligus Pejabat Penilai Kinerja "
        "Kepala Seksi Jaminan Sosial menyusun rencana kerja bidang.",
        {(A, "Kepala Bidang Sosial", "Kepala Seksi Jaminan Sosial", "")},
    ),
]

THIRD = [
    (  # a passive in a relative clause on the object
        "(1) Pelaksana pada Seksi Umum melaksanakan tugas yang diberikan oleh Kepala Seksi Umum.",
        {(AS, "Kepala Seksi Umum", "Pelaksana", "")},
    ),
    (  # the agent before the one appraised
        "(1) Penilaian kinerja oleh Camat terhadap Sekretaris Camat dilakukan setiap tahun.",
        {(A, "Camat", "Sekretaris Camat", "")},
    ),
    (
        "(1) Penetapan target kinerja oleh Kepala Bidang Data bagi Kepala Seksi Statistik "
        "dilakukan pada awal tahun.",
        {(S, "Kepala Bidang Data", "Kepala Seksi Statistik", "")},
    ),
    (  # "-nya": the one the verb before acted on
        "(1) Kepala Bidang Umum memberikan tugas kepada Kepala Seksi Arsip dan menilai kinerjanya.",
        {
            (AS, "Kepala Bidang Umum", "Kepala Seksi Arsip", ""),
            (A, "Kepala Bidang Umum", "Kepala Seksi Arsip", ""),
        },
    ),
    (  # after "dan" a graded functional title is a second title, not part of a unit's name
        "(1) Camat menilai kinerja Kepala Seksi Umum dan Pengelola Keuangan Ahli Pertama.",
        {
            (A, "Camat", "Kepala Seksi Umum", ""),
            (A, "Camat", "Pengelola Keuangan", "Ahli Pertama"),
        },
    ),
    (  # a role put before the subject is not the subject of a later verb
        "(1) Dalam kedudukannya selaku Pejabat Penilai Kinerja, Camat menilai kinerja Sekretaris "
        "Camat dan menetapkan target kinerja Kepala Seksi Pelayanan.",
        {
            (A, "Camat", "Sekretaris Camat", ""),
            (S, "Camat", "Kepala Seksi Pelayanan", ""),
        },
    ),
]

FOURTH = [
    (  # a functional title of five words before its grade
        "(1) Kinerja Analis Sumber Daya Manusia Aparatur Ahli Muda dinilai oleh Kepala Bagian "
        "Umum.",
        {(A, "Kepala Bagian Umum", "Analis Sumber Daya Manusia Aparatur", "Ahli Muda")},
    ),
    (
        "(1) Pelaksana pada Seksi Umum dikoordinasikan dan dinilai kinerjanya oleh Kepala Seksi "
        "Umum.",
        {(C, "Kepala Seksi Umum", "Pelaksana", ""), (A, "Kepala Seksi Umum", "Pelaksana", "")},
    ),
    (
        "(1) Kepala Seksi Pendataan menerima sasaran kinerja dari Kepala Bidang Data.",
        {(S, "Kepala Bidang Data", "Kepala Seksi Pendataan", "")},
    ),
    (  # the subject of a passive, carried
        "(1) Kepala Seksi Umum ditetapkan sebagai Pimpinan Unit Organisasi pada Seksi.\n"
        "(2) Yang bersangkutan memberikan penugasan kepada Pelaksana.",
        {(AS, "Kepala Seksi Umum", "Pelaksana", "")},
    ),
]

FIFTH = [
    (
        "(1) Kepala Dinas berkedudukan sebagai Pejabat Penilai Kinerja para Kepala Bidang.",
        {(A, "Kepala Dinas", "Kepala Bidang", "")},
    ),
    (  # "mereka": those the verb before acted on
        "(1) Camat menetapkan kinerja Sekretaris Camat dan Kepala Seksi, serta menilai kinerja "
        "mereka.",
        {
            (S, "Camat", "Sekretaris Camat", ""),
            (S, "Camat", "Kepala Seksi", ""),
            (A, "Camat", "Sekretaris Camat", ""),
            (A, "Camat", "Kepala Seksi", ""),
        },
    ),
    (  # a role carried by "sebagaimana dimaksud" stands for its holder
        "(1) Pejabat Penilai Kinerja bagi Pelaksana pada Seksi Umum adalah Kepala Seksi Umum.\n"
        "(2) Pejabat Penilai Kinerja sebagaimana dimaksud pada ayat (1) memberikan penugasan "
        "kepada Pelaksana.",
        {(A, "Kepala Seksi Umum", "Pelaksana", ""), (AS, "Kepala Seksi Umum", "Pelaksana", "")},
    ),
]

SIXTH = [
    (  # the one whose target is set, put first after "Bagi"
        "(1) Bagi Pelaksana pada Seksi Umum, target kinerja ditetapkan oleh Kepala Seksi Umum.",
        {(S, "Kepala Seksi Umum", "Pelaksana", "")},
    ),
    (
        "(1) Kepala Seksi Jalan diberi tugas oleh Kepala Bidang Bina Marga.",
        {(AS, "Kepala Bidang Bina Marga", "Kepala Seksi Jalan", "")},
    ),
    (
        "(1) Kepala Seksi Jalan mendapat arahan dan penugasan dari Kepala Bidang Bina Marga.",
        {(AS, "Kepala Bidang Bina Marga", "Kepala Seksi Jalan", "")},
    ),
]

FORBIDDEN = "(1) Kepala Seksi Umum dilarang memberikan penugasan kepada Pejabat Fungsional."

AMBIGUOUS = [
    # two titles the shortened one may stand for
    "(1) Kepala Bidang Pajak menyusun rencana kerja dan Kepala Bidang Retribusi menyusun "
    "anggaran.\n(2) Kepala Bidang tersebut memberikan penugasan kepada Pelaksana.",
    # two subjects in the sentence before: "yang bersangkutan" may be either, so no edge
    "(1) Kepala Seksi Pemerintahan menyusun rencana kerja, sedangkan Kepala Seksi Pelayanan "
    "menyusun laporan.\n(2) Yang bersangkutan memberikan penugasan kepada Pelaksana.",
    "(1) Kepala Bidang Anggaran menyusun rencana anggaran dan Kepala Bidang Akuntansi menyusun "
    "laporan keuangan.\n(2) Yang bersangkutan menilai kinerja Pelaksana.",
]


@pytest.mark.parametrize(("text", "edges"), VOICE + MORE + THIRD + FOURTH + FIFTH + SIXTH)
def test_a_voice_or_role_form_gives_its_edge(text, edges):
    assert read(text) == edges


@pytest.mark.parametrize("text", AMBIGUOUS)
def test_an_ambiguous_carried_subject_gives_no_edge(text):
    assert read(text) == set()


def test_a_single_subject_is_still_carried():
    text = (
        "(1) Kepala Seksi Pemerintahan menyusun rencana kerja Seksi.\n"
        "(2) Yang bersangkutan memberikan penugasan kepada Pelaksana."
    )
    assert read(text) == {(AS, "Kepala Seksi Pemerintahan", "Pelaksana", "")}


def test_a_later_verb_shares_a_carried_subject():
    text = (
        "(1) Seksi Pelayanan dipimpin oleh Kepala Seksi Pelayanan.\n"
        "(2) Kepala Seksi yang bersangkutan menetapkan kinerja dan memberikan penugasan kepada "
        "Pelaksana."
    )
    assert read(text) == {
        (S, "Kepala Seksi Pelayanan", "Pelaksana", ""),
        (AS, "Kepala Seksi Pelayanan", "Pelaksana", ""),
    }


def test_a_forbidden_act_gives_no_edge():
    assert read(FORBIDDEN) == set()
