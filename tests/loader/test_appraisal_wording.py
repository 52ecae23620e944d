"""Appraisal-cycle wording of PermenPANRB 6/2022 read as edges (issue 11 point 3, third stop).

The predikat kinerja and its umpan balik are the appraisal's outcome (APPRAISES); the Rencana
Hasil Kerja and the Ekspektasi are the performance set (SETS_PERFORMANCE); "menelaah" is a review
verb; "Kepala UPTD" keeps the unit's name. Active, passive and nominalised wording of each,
written for this test (none copied from the regulations or the wording corpus), and look-alikes
that name no one whose performance it is.
"""

from __future__ import annotations

import pytest

from tests.loader.test_clauses import RV, A, R, S, read

FORMS = [
    (  # active: the rating with its feedback
        "(1) Kepala Biro Umum memberikan umpan balik serta menetapkan predikat kinerja"
        " Kepala Bagian Keuangan.",
        {(A, "Kepala Biro Umum", "Kepala Bagian Keuangan", "")},
    ),
    (  # passive: the rating set by someone
        "(2) Predikat kinerja Kepala Subbagian Program ditetapkan oleh Sekretaris Dinas.",
        {(A, "Sekretaris Dinas", "Kepala Subbagian Program", "")},
    ),
    (  # nominalised
        "(3) Penetapan predikat kinerja Lurah dilaksanakan oleh Camat.",
        {(A, "Camat", "Lurah", "")},
    ),
    (  # active: the expectations are the performance set
        "(1) Kepala Bidang Sosial menetapkan Ekspektasi kinerja Kepala Seksi Rehabilitasi.",
        {(S, "Kepala Bidang Sosial", "Kepala Seksi Rehabilitasi", "")},
    ),
    (  # nominalised: drafting the Rencana Hasil Kerja
        "(2) Penyusunan Rencana Hasil Kerja Sekretaris Kelurahan dilakukan oleh Lurah.",
        {(S, "Lurah", "Sekretaris Kelurahan", "")},
    ),
    (  # passive, two verbs sharing the agent
        "(3) Rencana Hasil Kerja Kepala Seksi Pemerintahan disusun dan ditetapkan oleh Camat.",
        {(S, "Camat", "Kepala Seksi Pemerintahan", "")},
    ),
    (  # active
        "(1) Inspektur menetapkan Rencana Hasil Kerja Inspektur Pembantu Wilayah II.",
        {(S, "Inspektur", "Inspektur Pembantu Wilayah II", "")},
    ),
    (  # a review verb not read before, and its passive
        "(1) Sekretaris Badan menelaah laporan hasil kerja Kepala Subbagian Umum.",
        {(RV, "Sekretaris Badan", "Kepala Subbagian Umum", "")},
    ),
    (
        "(2) Hasil kerja Kepala Seksi Perizinan ditelaah oleh Kepala Bidang Perizinan.",
        {(RV, "Kepala Bidang Perizinan", "Kepala Seksi Perizinan", "")},
    ),
    (  # a recommendation to someone named as the appraiser: both edges
        "(2) Kepala Subbagian Umum memberikan pertimbangan terhadap kinerja Pejabat Fungsional"
        " Arsiparis kepada Sekretaris Dinas selaku Pejabat Penilai Kinerja.",
        {
            (R, "Kepala Subbagian Umum", "Pejabat Fungsional Arsiparis", ""),
            (A, "Sekretaris Dinas", "Pejabat Fungsional Arsiparis", ""),
        },
    ),
    (  # a team's name is part of its leader's title
        "(3) Ketua Tim Pemeriksa mengusulkan nilai kinerja Pelaksana kepada Kepala Bidang.",
        {(R, "Ketua Tim Pemeriksa", "Pelaksana", "")},
    ),
    (  # the UPTD's name is part of the title
        "(1) Kepala UPTD Laboratorium Kesehatan Daerah menilai kinerja"
        " Kepala Subbagian Tata Usaha.",
        {(A, "Kepala UPTD Laboratorium Kesehatan Daerah", "Kepala Subbagian Tata Usaha", "")},
    ),
]

LOOKALIKES = [
    # a rating of an institution, no one's performance
    "(1) Predikat kinerja Perangkat Daerah ditetapkan berdasarkan hasil evaluasi.",
    # drafting a plan of the unit, no one's performance set by another
    "(2) Kepala Badan menyusun Rencana Hasil Kerja sesuai dengan Rencana Strategis.",
    # a document read, not anyone's results
    "(3) Sekretaris Dinas menelaah rancangan Peraturan Gubernur.",
]


@pytest.mark.parametrize("text, want", FORMS)
def test_appraisal_cycle_wording_gives_its_edge(text, want):
    assert read(text) == want


@pytest.mark.parametrize("text", LOOKALIKES)
def test_appraisal_cycle_lookalikes_give_no_edge(text):
    assert read(text) == set()


def test_a_recommendation_to_the_appraiser_never_makes_the_recommender_appraised():
    """With a title no table knows before "kepada", the appraiser's end is not found: no edge,
    not the clause's subject (the recommender) in its place."""
    text = (
        "(2) Kepala Subbagian Umum memberikan pertimbangan terhadap kinerja Arsiparis kepada"
        " Sekretaris Dinas selaku Pejabat Penilai Kinerja."
    )
    assert (A, "Sekretaris Dinas", "Kepala Subbagian Umum", "") not in read(text)
