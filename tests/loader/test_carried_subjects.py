"""Subjects and objects found away from the cue (branch ca, issue 11 point 3).

Each sentence was written for this test (none is copied from the regulations or the wording
corpus) and failed before the change that reads it: a plural object pointing back ("kedua
Kepala Seksi tersebut"), a lower-case "pejabat" carried from the ayat before, a unit's head
named by the unit it leads, a relative clause "yang selanjutnya ..." acting as the title before
it, and a Lampiran point that is only a title over its items.
"""

from __future__ import annotations

import pytest

from tests.loader.test_clauses import AS, RV, A, S, read

FORMS = [
    (  # a plural object pointing back to the titles listed before it
        "(2) Kepala Bidang Anggaran yang membawahi Kepala Seksi Belanja dan Kepala Seksi "
        "Pendapatan menilai kinerja kedua Kepala Seksi tersebut.",
        {
            (A, "Kepala Bidang Anggaran", "Kepala Seksi Belanja"),
            (A, "Kepala Bidang Anggaran", "Kepala Seksi Pendapatan"),
        },
    ),
    (  # "para X tersebut" after an apposition naming them
        "(2) Sekretaris Daerah, selaku atasan langsung Asisten Perekonomian dan Asisten "
        "Administrasi, menetapkan kinerja para Asisten tersebut.",
        {
            (S, "Sekretaris Daerah", "Asisten Perekonomian"),
            (S, "Sekretaris Daerah", "Asisten Administrasi"),
        },
    ),
    (  # a lower-case "pejabat sebagaimana dimaksud pada ayat (1)"
        "(1) Kecamatan dipimpin oleh Camat yang bertanggung jawab kepada Bupati.\n"
        "(2) Dalam melaksanakan tugasnya, pejabat sebagaimana dimaksud pada ayat (1) "
        "memberikan penugasan kepada Sekretaris Kecamatan.",
        {(AS, "Camat", "Sekretaris Kecamatan")},
    ),
    (  # a unit's head named by the unit it leads
        "(1) Bidang Perbendaharaan dipimpin oleh seorang Kepala Bidang yang menetapkan "
        "kinerja Pelaksana pada Bidang tersebut.",
        {(S, "Kepala Bidang Perbendaharaan", "Pelaksana")},
    ),
    (  # "yang selanjutnya": the relative clause acts as the title right before it
        "(2) Kepala Badan menetapkan kinerja Sekretaris Badan, yang selanjutnya memberikan "
        "penugasan kepada Kepala Subbagian Umum.",
        {
            (S, "Kepala Badan", "Sekretaris Badan"),
            (AS, "Sekretaris Badan", "Kepala Subbagian Umum"),
        },
    ),
    (  # a point that is only a title over its items
        "(2) Peran pejabat dalam struktur penugasan:\n1. Kepala Seksi Pelayanan\n"
        "a) menetapkan kinerja Pelaksana pada Seksi Pelayanan; dan\n"
        "b) memberikan tugas kepada Pengadministrasi Umum.",
        {
            (S, "Kepala Seksi Pelayanan", "Pelaksana"),
            (AS, "Kepala Seksi Pelayanan", "Pengadministrasi Umum"),
        },
    ),
    (  # a lead-in naming its stage after the title
        "(2) Tahap evaluasi\nKepala Subbagian Program pada tahap ini:\n"
        "a) menilai kinerja Pelaksana pada Subbagian Program; dan\n"
        "b) menyusun laporan kinerja Sekretariat.",
        {(A, "Kepala Subbagian Program", "Pelaksana")},
    ),
    (  # the pointer keeps the subject for a second verb after an object list
        "(1) Puskesmas dipimpin oleh Kepala Puskesmas yang bertanggung jawab kepada Kepala "
        "Dinas.\n(2) Pejabat sebagaimana dimaksud pada ayat (1) menetapkan kinerja Kepala "
        "Subbagian Tata Usaha dan Bidan Koordinator, serta menilai kinerja mereka.",
        {
            (S, "Kepala Puskesmas", "Kepala Subbagian Tata Usaha"),
            (S, "Kepala Puskesmas", "Bidan Koordinator"),
            (A, "Kepala Puskesmas", "Kepala Subbagian Tata Usaha"),
            (A, "Kepala Puskesmas", "Bidan Koordinator"),
        },
    ),
    (  # "secara ..." between the subject and its verb in the sentence a pointer goes back to
        "(2) Inspektur secara teknis bertanggung jawab kepada Bupati. Dalam kedudukan itu, yang "
        "bersangkutan menetapkan kinerja Sekretaris Inspektorat.",
        {(S, "Inspektur", "Sekretaris Inspektorat")},
    ),
    (  # "yang selanjutnya" goes on from the title right before it
        "(3) Kepala Dinas memberikan penugasan kepada Kepala Bidang Sarana, yang selanjutnya "
        "membagi tugas kepada Pelaksana pada Bidang Sarana.",
        {
            (AS, "Kepala Dinas", "Kepala Bidang Sarana"),
            (AS, "Kepala Bidang Sarana", "Pelaksana"),
        },
    ),
    (  # "bagi mereka": the list before the cue after the subject
        "(2) Kepala Subbagian Umum yang membawahi Pengadministrasi Umum dan Pengemudi "
        "berperan sebagai Pejabat Penilai Kinerja bagi mereka.",
        {
            (A, "Kepala Subbagian Umum", "Pengadministrasi Umum"),
            (A, "Kepala Subbagian Umum", "Pengemudi"),
        },
    ),
    (  # "ia" for a later verb whose object is named by the verb before
        "(1) Kepala Seksi Operasi bertanggung jawab kepada Kepala Bidang. Ia memberikan tugas "
        "kepada Pelaksana pada Seksi Operasi dan memeriksa hasil kerjanya.",
        {(AS, "Kepala Seksi Operasi", "Pelaksana"), (RV, "Kepala Seksi Operasi", "Pelaksana")},
    ),
    (  # "mereka" after an object pointing back: the titles it shortens
        "(2) Sekretaris Badan yang membawahi Kepala Subbagian Umum dan Kepala Subbagian Program "
        "mengatur pembagian tugas di antara kedua Kepala Subbagian tersebut dan menilai kinerja "
        "mereka.",
        {
            (AS, "Sekretaris Badan", "Kepala Subbagian Umum"),
            (AS, "Sekretaris Badan", "Kepala Subbagian Program"),
            (A, "Sekretaris Badan", "Kepala Subbagian Umum"),
            (A, "Sekretaris Badan", "Kepala Subbagian Program"),
        },
    ),
    (  # a point that is a title with its level in brackets
        "(2) Peran pejabat:\n2. Kepala Subbagian Perencanaan (Pejabat Pengawas)\n"
        "a) memberikan tugas kepada Pelaksana pada Subbagian Perencanaan.",
        {(AS, "Kepala Subbagian Perencanaan", "Pelaksana")},
    ),
    (  # an object pointing back to the ayat before
        "(1) Kepala Badan menetapkan kinerja Kepala Bidang Mitigasi.\n"
        "(2) Kepala Badan juga menilai kinerja Kepala Bidang dimaksud.",
        {
            (S, "Kepala Badan", "Kepala Bidang Mitigasi"),
            (A, "Kepala Badan", "Kepala Bidang Mitigasi"),
        },
    ),
    (  # "kepadanya": the title named before it, not the subject
        "(2) Kepala Bidang Arsip selaku atasan langsung Kepala Seksi Akuisisi memberikan tugas "
        "kepadanya.",
        {(AS, "Kepala Bidang Arsip", "Kepala Seksi Akuisisi")},
    ),
    (  # "pejabat yang sama": the agent named before in the sentence
        "(2) Pengadministrasi Umum menerima penugasan dari Kepala Subbagian Kepegawaian, dan "
        "laporan hasil kerjanya diperiksa oleh pejabat yang sama.",
        {
            (AS, "Kepala Subbagian Kepegawaian", "Pengadministrasi Umum"),
            (RV, "Kepala Subbagian Kepegawaian", "Pengadministrasi Umum"),
        },
    ),
    (  # "oleh pejabat tersebut": the subject of the ayat before
        "(1) Kepala Seksi Data merupakan atasan langsung Pranata Komputer Ahli Pertama.\n"
        "(2) Pekerjaan Pranata Komputer sebagaimana dimaksud pada ayat (1) didistribusikan "
        "oleh pejabat tersebut.",
        {(AS, "Kepala Seksi Data", "Pranata Komputer")},
    ),
    (  # a series of verbs: the object of one is no subject of the next
        "(2) Kepala Seksi Pendataan menetapkan kinerja Statistisi Ahli Pertama, memberikan "
        "tugas kepada Pelaksana, dan menilai kinerja Pelaksana.",
        {
            (S, "Kepala Seksi Pendataan", "Statistisi"),
            (AS, "Kepala Seksi Pendataan", "Pelaksana"),
            (A, "Kepala Seksi Pendataan", "Pelaksana"),
        },
    ),
    (  # the same series in an "untuk" clause of a title holding a role
        "(2) Kepala Bidang Statistik dalam menjalankan perannya sebagai Pimpinan Unit "
        "Organisasi bertugas untuk menetapkan kinerja Kepala Seksi Pendataan, memberikan tugas "
        "kepada Pelaksana, dan menilai kinerja Pelaksana.",
        {
            (S, "Kepala Bidang Statistik", "Kepala Seksi Pendataan"),
            (AS, "Kepala Bidang Statistik", "Pelaksana"),
            (A, "Kepala Bidang Statistik", "Pelaksana"),
        },
    ),
    (  # a possessive locative ("pada seksinya") between a title and its verb
        "(2) Kepala Seksi Pengaduan yang membawahi Pelaksana pada seksinya bertindak sebagai "
        "Pejabat Penilai Kinerja bagi mereka.",
        {(A, "Kepala Seksi Pengaduan", "Pelaksana")},
    ),
    (  # "mereka" pointing to the objects of the ayat before
        "(1) Kepala Seksi Data membawahi Pranata Komputer dan Statistisi.\n"
        "(2) Kepala Seksi Data menilai kinerja mereka.",
        {(A, "Kepala Seksi Data", "Pranata Komputer"), (A, "Kepala Seksi Data", "Statistisi")},
    ),
    (  # "kinerjanya" after an apposition naming whose superior the subject is
        "(2) Lurah selaku atasan langsung Sekretaris Kelurahan menetapkan kinerjanya.",
        {(S, "Lurah", "Sekretaris Kelurahan")},
    ),
    (  # "keduanya": the two titles the ayat before names after its subject
        "(1) Kepala Puskesmas membawahi Kepala Subbagian Tata Usaha dan Bidan Koordinator.\n"
        "(2) Kepala Puskesmas tersebut menilai kinerja keduanya.",
        {
            (A, "Kepala Puskesmas", "Kepala Subbagian Tata Usaha"),
            (A, "Kepala Puskesmas", "Bidan Koordinator"),
        },
    ),
    (  # "hasil kerjanya" in an item: the object of the item before
        "(2) Kepala Seksi Layanan mempunyai tugas:\na) membagi tugas kepada Pranata Komputer; dan\n"
        "b) mereviu hasil kerjanya.",
        {
            (AS, "Kepala Seksi Layanan", "Pranata Komputer"),
            (RV, "Kepala Seksi Layanan", "Pranata Komputer"),
        },
    ),
]

LOOKALIKES = [
    # a pointer with no party named before it
    "(1) Rencana kerja disusun setiap awal tahun.\n(2) Tugas Pelaksana dibagi oleh pejabat "
    "tersebut.",
    # the relative clause describes the object: "menugaskannya" is no "kepadanya"
    "(2) Laporan Pelaksana diperiksa oleh Kepala Seksi atau oleh Ketua Tim yang menugaskannya.",
    # "kinerjanya" where the ayat before names only its subject: its own, no edge
    "(1) Kepala Seksi Data menyusun rencana kerja.\n(2) Kepala Seksi Data menetapkan "
    "kinerjanya bersama Kepala Bidang.",
    # "mereka" where the ayat before names only its subject: nobody to point to
    "(1) Kepala Seksi Data menyusun rencana kerja.\n(2) Kepala Bidang memberikan tugas kepada "
    "mereka.",
]


@pytest.mark.parametrize(("text", "edges"), FORMS)
def test_a_party_named_away_from_the_cue_is_found(text, edges):
    assert {e[:3] for e in read(text)} == edges


@pytest.mark.parametrize("text", LOOKALIKES)
def test_a_pointer_with_nothing_to_point_to_gives_no_edge(text):
    assert not {e for e in read(text) if e[0] in (AS, S)}
