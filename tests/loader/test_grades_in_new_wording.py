"""Grade (jenjang) conditions in new wording (issue 11 point 3, third round, branch ea): ranges
opened by "mulai dari", bounds written "di bawah jenjang", "sampai dengan jenjang", "jenjang
tertinggi", grades in brackets after each title, "jenjang setara"; each a sentence written for
this test, none copied from the regulations or the corpus. Look-alikes name a grade in a
sentence that sets no relation.
"""

from __future__ import annotations

import pytest

from tests.loader.test_clauses import AS, A, S, read

GRADES = [
    (  # a range opened by "mulai dari", each end with its "jenjang"
        "(1) Inspektur Pembantu memberikan penugasan kepada Auditor mulai dari jenjang Ahli "
        "Pertama hingga jenjang Ahli Madya.",
        {(AS, "Inspektur Pembantu", "Auditor", "Ahli Pertama, Ahli Muda, Ahli Madya")},
    ),
    (  # a bound below a grade, the category before it: the grades under it only
        "(2) Kepala Bidang menilai kinerja Pejabat Fungsional kategori keahlian di bawah "
        "jenjang Ahli Madya.",
        {(A, "Kepala Bidang", "Pejabat Fungsional", "Ahli Muda, Ahli Pertama")},
    ),
    (  # ... after the title alone
        "(1) Kepala Badan menetapkan kinerja Perencana di bawah jenjang Ahli Utama.",
        {(S, "Kepala Badan", "Perencana", "Ahli Madya, Ahli Muda, Ahli Pertama")},
    ),
    (  # an upper bound with no lower end
        "(3) Kepala Subdirektorat menilai kinerja Analis Kebijakan sampai dengan jenjang Ahli "
        "Muda.",
        {(A, "Kepala Subdirektorat", "Analis Kebijakan", "Ahli Muda, Ahli Pertama")},
    ),
    (  # ... which is no bound when a grade opens the range
        "(3) Kepala Subdirektorat menilai kinerja Analis Kebijakan jenjang Ahli Madya sampai "
        "dengan jenjang Ahli Muda.",
        {(A, "Kepala Subdirektorat", "Analis Kebijakan", "Ahli Madya, Ahli Muda")},
    ),
    (  # "jenjang tertinggi"
        "(1) Kepala Bagian menetapkan kinerja Analis Kepegawaian dengan jenjang tertinggi Ahli "
        "Muda.",
        {(S, "Kepala Bagian", "Analis Kepegawaian", "Ahli Muda, Ahli Pertama")},
    ),
    (  # grades in brackets after each title of a list
        "(1) Kepala Puskesmas menetapkan kinerja Dokter (Ahli Pertama dan Ahli Muda), Perawat "
        "(Terampil, Mahir, dan Penyelia), serta Bidan (Ahli Pertama).",
        {
            (S, "Kepala Puskesmas", "Dokter", "Ahli Pertama, Ahli Muda"),
            (S, "Kepala Puskesmas", "Perawat", "Terampil, Mahir, Penyelia"),
            (S, "Kepala Puskesmas", "Bidan", "Ahli Pertama"),
        },
    ),
    (  # a bound after "yang jenjangnya"
        "(4) Kepala Bidang menilai kinerja Pengawas Madrasah yang jenjangnya lebih rendah dari "
        "Ahli Madya.",
        {(A, "Kepala Bidang", "Pengawas Madrasah", "Ahli Muda, Ahli Pertama")},
    ),
    (  # a range written "s.d." before a capital, which ends no sentence
        "(3) Inspektur Wilayah memberikan penugasan kepada Auditor Ahli Pertama s.d. Ahli Madya.",
        {(AS, "Inspektur Wilayah", "Auditor", "Ahli Pertama, Ahli Muda, Ahli Madya")},
    ),
    (  # a bound after its category, beside another category
        "(2) Kepala Bidang menetapkan kinerja Penyuluh Pertanian jenjang keterampilan dan jenjang "
        "keahlian paling tinggi Ahli Muda.",
        {
            (
                S,
                "Kepala Bidang",
                "Penyuluh Pertanian",
                "Penyelia, Mahir, Terampil, Pemula, Ahli Muda, Ahli Pertama",
            )
        },
    ),
    (  # a grade equal to another post's, written "setara"
        "(2) Kepala Bidang memberikan penugasan kepada Pejabat Fungsional yang jenjangnya "
        "setara dengan Ketua Tim Kerja.",
        {(AS, "Kepala Bidang", "Pejabat Fungsional", "jenjang yang sama")},
    ),
]


@pytest.mark.parametrize(("text", "edges"), GRADES)
def test_a_grade_condition_is_read_as_written(text, edges):
    assert read(text) == edges


LOOKALIKES = [
    # an equal post, not an equal grade: no condition, and here no relation
    "(4) Kepala Dinas atau pejabat lain yang setara dengan Pejabat Administrator menghadiri "
    "rapat evaluasi kinerja yang dipimpin oleh Sekretaris Daerah.",
    # a promotion to a grade, decided by the head of government
    "(1) Kenaikan jenjang jabatan Pranata Komputer Terampil ke jenjang Mahir ditetapkan oleh "
    "Bupati setelah memenuhi angka kredit.",
]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_a_grade_in_a_sentence_without_relation_gives_no_edge(text):
    assert read(text) == set()
