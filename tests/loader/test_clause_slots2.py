"""Clause slots II (issue 11, dev round of 2026-12-05, branch dd): powers handed down together,
the owner of "-nya" after a clause that gave work to someone, and receivers listed on after a
jenjang condition.

Each sentence is written for this test (not copied from the regulations or the wording
corpus), with the edges a careful reader takes: (type, source, target, condition, delegated).
"""

from __future__ import annotations

import pytest

from tests.loader.test_clauses import AS, RV, A, S
from tests.loader.test_conditions_delegation import read

CASES = [
    (  # two powers handed down at once: both are the delegate's
        "(1) Kepala Badan melimpahkan pemberian penugasan dan penilaian kinerja Pelaksana pada"
        " Bidang Anggaran kepada Kepala Bidang Anggaran.",
        {
            (AS, "Kepala Bidang Anggaran", "Pelaksana", "", True),
            (A, "Kepala Bidang Anggaran", "Pelaksana", "", True),
        },
    ),
    (  # "penetapan dan penilaian kinerja" share "kinerja"
        "(1) Sekretaris Daerah mendelegasikan kewenangan penetapan dan penilaian kinerja Analis"
        " Keuangan kepada Kepala Biro Keuangan.",
        {
            (S, "Kepala Biro Keuangan", "Analis Keuangan", "", True),
            (A, "Kepala Biro Keuangan", "Analis Keuangan", "", True),
        },
    ),
    (  # the delegate as subject, receiving the power
        "(1) Sekretaris Dinas menerima pelimpahan kewenangan penetapan kinerja Pelaksana pada"
        " Subbagian Umum dari Kepala Dinas.",
        {(S, "Sekretaris Dinas", "Pelaksana", "", True)},
    ),
    (  # a negated hand-over gives nothing
        "(1) Kepala Dinas tidak dapat melimpahkan penetapan kinerja dan penilaian kinerja Kepala"
        " Bidang kepada pejabat lain.",
        set(),
    ),
]


@pytest.mark.parametrize("provisions, edges", CASES, ids=lambda c: str(c)[:40])
def test_clause_slots(provisions: str, edges: set) -> None:
    assert read(provisions) == edges


def test_nya_after_work_given_is_its_receiver() -> None:
    """ "penugasan kepada X diberikan oleh A dan penilaian kinerjanya dilakukan oleh B": "-nya"
    is X, not the official the "dalam hal" clause names (a false edge B → that official)."""
    got = read(
        "(1) Dalam hal Kepala Instalasi Farmasi dijabat oleh Apoteker, penugasan kepada Pelaksana"
        " pada instalasi diberikan oleh Kepala Instalasi Farmasi dan penilaian kinerjanya"
        " dilakukan oleh Kepala Bidang Penunjang Medik."
    )
    appraised = {(t, s, o) for t, s, o, _, _ in got if t == A}
    assert appraised == {(A, "Kepala Bidang Penunjang Medik", "Pelaksana")}


def test_nya_of_the_dalam_hal_party_when_no_work_is_given() -> None:
    """With no work given in the sentence, "-nya" stays the party the "dalam hal" names."""
    got = read(
        "(1) Dalam hal Kepala Puskesmas dijabat oleh dokter, penilaian kinerjanya dilakukan oleh"
        " Kepala Dinas Kesehatan."
    )
    assert {(t, s, o) for t, s, o, _, _ in got} == {
        (A, "Kepala Dinas Kesehatan", "Kepala Puskesmas")
    }


def test_receivers_listed_on_after_a_same_jenjang_condition() -> None:
    got = read(
        "(1) Ketua Tim Kerja Pengelolaan Data memberikan penugasan kepada Statistisi jenjang yang"
        " sama atau lebih rendah dari jenjang ketua tim serta kepada Pelaksana."
    )
    assert {(t, s, o) for t, s, o, _, _ in got} == {
        (AS, "Ketua Tim Kerja Pengelolaan Data", "Statistisi"),
        (AS, "Ketua Tim Kerja Pengelolaan Data", "Pelaksana"),
    }


def test_a_grade_equal_to_a_class_names_no_party() -> None:
    """ "jenjang setara Pejabat Administrator" compares a grade with a class: the class is no
    second receiver (the merge of branches db and dd read it as one; train t-db-48)."""
    got = read(
        "(1) Pejabat Fungsional dengan jenjang setara Pejabat Administrator di lingkungan Asisten"
        " Deputi Hortikultura dinilai kinerjanya oleh Asisten Deputi Hortikultura."
    )
    assert {o for _, _, o, _, _ in got} == {"Pejabat Fungsional"}


def test_a_condition_then_a_report_is_no_list() -> None:
    """After the condition "serta" opens a second verb: its "kepada" names no receiver of the
    work."""
    got = read(
        "(1) Ketua Tim Kerja Neraca memberikan penugasan kepada Statistisi jenjang yang sama atau"
        " lebih rendah, serta berkoordinasi dengan Kepala Bidang Neraca."
    )
    assert {(t, s, o) for t, s, o, _, _ in got} == {(AS, "Ketua Tim Kerja Neraca", "Statistisi")}


def test_a_post_made_answerable_for_a_target_has_it_set() -> None:
    """ "Penunjukan X sebagai penanggung jawab pencapaian target kinerja dilakukan oleh Y" is Y
    setting X's performance (as the active "Y menunjuk X sebagai penanggung jawab"), not an
    assignment."""
    got = read(
        "(1) Penunjukan Koordinator Pelayanan Publik sebagai penanggung jawab pencapaian target"
        " kinerja Bagian dilakukan oleh Kepala Bagian Organisasi."
    )
    assert {(t, s, o) for t, s, o, _, _ in got} == {
        (S, "Kepala Bagian Organisasi", "Koordinator Pelayanan Publik")
    }


def test_results_reviewed_before_they_are_sent_on() -> None:
    """ "X direviu laporan hasil kerjanya oleh Y sebelum disampaikan kepada Z": Y reviews X; Z
    reviews nothing by it."""
    got = read(
        "(1) Pelaksana pada Subbagian Keuangan direviu laporan hasil kerjanya oleh Kepala"
        " Subbagian Keuangan sebelum disampaikan kepada Sekretaris Dinas."
    )
    assert {(t, s, o) for t, s, o, _, _ in got} == {(RV, "Kepala Subbagian Keuangan", "Pelaksana")}


def test_the_individuals_are_the_posts_said_to_work_alone() -> None:
    """ "(1) X dan Y melaksanakan tugas secara individu ... (2) Hasil kerja ... disampaikan oleh
    individu atau ketua tim kerja kepada Z": Z reviews X, Y and the ketua tim, no "Individu"."""
    got = read(
        "(1) Arsiparis dan Pelaksana pada Bagian Umum melaksanakan tugas secara individu atau"
        " dalam tim kerja.\n(2) Hasil kerja sebagaimana dimaksud pada ayat (1) disampaikan oleh"
        " individu atau ketua tim kerja kepada Kepala Bagian Umum."
    )
    assert {o for t, s, o, _, _ in got if t == RV} == {"Arsiparis", "Pelaksana", "ketua tim kerja"}


def test_individuals_in_a_relative_clause_stay_the_party_individu() -> None:
    """A relative ("baik yang bertugas secara individu ...") names no one working alone."""
    got = read(
        "(1) Target kinerja Arsiparis dan Pelaksana baik yang bertugas secara individu ataupun"
        " dalam tim kerja ditetapkan oleh Kepala Bagian Umum.\n(2) Hasil kerja disampaikan"
        " kepada Kepala Bagian Umum oleh individu atau ketua tim kerja."
    )
    assert {o for t, s, o, _, _ in got if t == RV} == {"individu", "ketua tim kerja"}


def test_a_bare_head_after_the_full_title_is_that_post() -> None:
    """ "... kepada Kepala Bidang Anggaran untuk direviu, dan hasil reviu tersebut dilaporkan oleh
    Kepala Bidang kepada Z": the bare head is Kepala Bidang Anggaran (no edge to a "Kepala
    Bidang", none from the post to itself)."""
    got = read(
        "(1) Hasil kerja Analis Anggaran disampaikan kepada Kepala Bidang Anggaran untuk direviu,"
        " dan hasil reviu tersebut dilaporkan oleh Kepala Bidang kepada Kepala Badan."
    )
    assert {(t, s, o) for t, s, o, _, _ in got} == {
        (RV, "Kepala Bidang Anggaran", "Analis Anggaran"),
        (RV, "Kepala Badan", "Kepala Bidang Anggaran"),
    }


def test_a_bare_head_two_posts_begin_with_stays_as_written() -> None:
    got = read(
        "(1) Kepala Bidang Lalu Lintas dan Kepala Bidang Angkutan menilai kinerja Pelaksana, dan"
        " Kepala Bidang menyampaikan laporan hasil kerja kepada Kepala Dinas."
    )
    assert (RV, "Kepala Dinas", "Kepala Bidang") in {(t, s, o) for t, s, o, _, _ in got}


def test_a_post_longer_titles_begin_with_is_no_bare_head() -> None:
    """ "Inspektur" is no head of "Inspektur Pembantu": another post."""
    got = read(
        "(1) Laporan hasil kerja Auditor disampaikan kepada Inspektur Pembantu sebelum diteruskan"
        " kepada Inspektur."
    )
    assert {(t, s, o) for t, s, o, _, _ in got} == {(RV, "Inspektur Pembantu", "Auditor")}


def test_a_post_placed_by_dalam_hal_is_the_one_acted_on() -> None:
    got = read(
        "(1) Dalam hal Pelaksana ditempatkan pada UPTD Laboratorium, penilaian kinerja dilakukan"
        " oleh Kepala UPTD Laboratorium."
    )
    assert {(t, s, o) for t, s, o, _, _ in got} == {(A, "Kepala UPTD Laboratorium", "Pelaksana")}


def test_a_post_absent_by_dalam_hal_is_not_the_one_acted_on() -> None:
    """ "Dalam hal X berhalangan, penugasan diberikan oleh Y": Y stands in for X; X receives
    nothing."""
    got = read(
        "(1) Dalam hal Kepala Seksi Produksi berhalangan, penugasan diberikan oleh Kepala Bidang"
        " Tanaman Pangan."
    )
    assert not {(t, s, o) for t, s, o, _, _ in got if o == "Kepala Seksi Produksi"}
