"""Coordination in wording the corpus lacked (issue 11, engineer fb), each a sentence written
for this test: the verb without "-kan", the items after "pelaksanaan tugas pejabat sebagai
berikut:", the members a team is said to consist of, "Jabatan yang dikoordinasikan
meliputi:" under a point naming a title, a role with the task-giver after an aside; and
look-alikes that give no edge.
"""

from __future__ import annotations

import pytest

from tests.loader.test_clauses import AS, A, C, read

FORMS = [
    (  # "mengkoordinasi" (no "-kan"), a list of two
        "(1) Kepala Bidang Bina Marga mengkoordinasi pelaksanaan tugas Pejabat Fungsional"
        " dan Pelaksana.\n",
        {
            (C, "Kepala Bidang Bina Marga", "Pejabat Fungsional"),
            (C, "Kepala Bidang Bina Marga", "Pelaksana"),
        },
    ),
    (  # the items after "pelaksanaan tugas pejabat sebagai berikut:"
        "(1) Kepala Seksi Ketenteraman mengoordinasikan pelaksanaan tugas pejabat sebagai"
        " berikut:\na. Pejabat Fungsional; dan\nb. Pelaksana.\n",
        {
            (C, "Kepala Seksi Ketenteraman", "Pejabat Fungsional"),
            (C, "Kepala Seksi Ketenteraman", "Pelaksana"),
        },
    ),
    (  # the members named replace the team they make up
        "(1) Ketua Tim Kerja mengoordinir anggota tim kerja yang terdiri atas Pejabat"
        " Fungsional dan Pelaksana.\n",
        {(C, "Ketua Tim Kerja", "Pejabat Fungsional"), (C, "Ketua Tim Kerja", "Pelaksana")},
    ),
    (  # a Lampiran point naming a title, then "Jabatan yang dikoordinasikan meliputi:"
        "2. Kepala Bidang Retribusi\n   Jabatan yang dikoordinasikan meliputi:\n"
        "   a) Pejabat Fungsional; dan\n   b) Pelaksana.\n",
        {
            (C, "Kepala Bidang Retribusi", "Pejabat Fungsional"),
            (C, "Kepala Bidang Retribusi", "Pelaksana"),
        },
    ),
    (  # "menjadi PPK sekaligus pemberi tugas bagi", after an aside naming the subject's standing
        "(1) Kepala Dinas, selaku atasan langsung, menjadi Pejabat Penilai Kinerja sekaligus"
        " pemberi tugas bagi Sekretaris Dinas.\n",
        {(A, "Kepala Dinas", "Sekretaris Dinas"), (AS, "Kepala Dinas", "Sekretaris Dinas")},
    ),
]

LOOKALIKES = [
    # a team formed, its make-up named: no one coordinates anyone
    "(1) Kepala Dinas membentuk tim kerja yang terdiri atas Pejabat Fungsional dan Pelaksana.\n",
    # a task coordinated together with a post, not the post
    "(1) Sekretaris Kecamatan mengkoordinasi penyusunan rencana kerja bersama Kepala Seksi.\n",
    # a list of posts drawn up, not a coordinator's
    "(1) Kepala Bidang Retribusi menyusun daftar jabatan yang dikoordinasikan meliputi:\n"
    "a. Pejabat Fungsional; dan\nb. Pelaksana.\n",
]


@pytest.mark.parametrize(("text", "edges"), FORMS)
def test_a_coordination_form_gives_its_edges(text, edges):
    assert {e[:3] for e in read(text)} == edges


@pytest.mark.parametrize("text", LOOKALIKES)
def test_a_coordination_lookalike_gives_no_edge(text):
    assert not {e for e in read(text) if e[0] == C}
