"""Clause slots (branch dc, issue 11, dev round of 2026-12-05): roles as the relation, carried
subjects and relative clauses, the appraiser beside a recommendation. The precision cases
(false edges) failed before their fix.

Each sentence is written for this test; none is copied from the regulations or the corpus.
"""

from __future__ import annotations

import pytest

from tests.loader.test_clauses import AS, RV, A, C, R, S, read

CASES = [
    (  # a recommendation's words are no appraisal: material for a plan recommends nothing
        "(1) Kepala Dinas menyusun rencana pengembangan kompetensi berdasarkan rekomendasi"
        " penilaian kinerja dari Kepala Bidang.",
        set(),
    ),
    (  # ... while the appraisal beside it is read, and the recommendation on its appraised
        "(1) Kepala Dinas menilai kinerja Pengawas Sekolah berdasarkan masukan penilaian kinerja"
        " dari Kepala Cabang Dinas.",
        {
            (A, "Kepala Dinas", "Pengawas Sekolah", ""),
            (R, "Kepala Cabang Dinas", "Pengawas Sekolah", ""),
        },
    ),
    (  # the superior of another is the role's holder, not the one he is superior of
        "(1) Sekretaris Camat selaku atasan langsung Kepala Subbagian berperan sebagai Pejabat"
        " Penilai Kinerja bagi Pelaksana pada Sekretariat.",
        {(A, "Sekretaris Camat", "Pelaksana", "")},
    ),
    (  # a directorate's secretary is one title, not a bare "Sekretaris"
        "(1) Sekretaris Direktorat memberikan rekomendasi penilaian kinerja bagi Kepala"
        " Subdirektorat.",
        {(R, "Sekretaris Direktorat", "Kepala Subdirektorat", "")},
    ),
    (  # a team's work named before "bagi"; not a team formed "untuk" a year
        "(1) Kepala Seksi bertindak sebagai ketua tim kerja pengendalian mutu bagi Pranata"
        " Laboratorium Kesehatan.\n(2) Kepala Bidang ditunjuk sebagai ketua tim kerja penyusunan"
        " anggaran yang dibentuk untuk Tahun 2026.",
        {(C, "Kepala Seksi", "Pranata Laboratorium Kesehatan", "")},
    ),
    (  # two roles for one list, and a second role after the first's object
        "(1) Kepala Bagian Umum merangkap sebagai pemberi penugasan dan Pejabat Penilai Kinerja"
        " Arsiparis.\n(2) Sekretaris berperan sebagai Pejabat Penilai Kinerja bagi Kepala Bagian"
        " Umum, serta sebagai pemberi penugasan bagi Pelaksana.",
        {
            (A, "Kepala Bagian Umum", "Arsiparis", ""),
            (AS, "Kepala Bagian Umum", "Arsiparis", ""),
            (A, "Sekretaris", "Kepala Bagian Umum", ""),
            (AS, "Sekretaris", "Pelaksana", ""),
        },
    ),
    (  # the one who answers for a target is set it; not for a plain duty
        "(1) Lurah menetapkan Sekretaris Lurah sebagai penanggung jawab pencapaian target kinerja"
        " kelurahan.\n(2) Lurah menetapkan Kepala Seksi sebagai penanggung jawab pengelolaan"
        " arsip.",
        {(S, "Lurah", "Sekretaris Lurah", "")},
    ),
    (  # a relative clause on the giver, "mereka" for the sentence's subject
        "(1) Bendahara menerima penugasan dari Kepala Subbagian Keuangan, yang juga menilai"
        " kinerja mereka.\n(2) Arsiparis diberi tugas oleh Kepala Subbagian Umum, yang juga"
        " memeriksa hasil kerjanya.",
        {
            (AS, "Kepala Subbagian Keuangan", "Bendahara", ""),
            (A, "Kepala Subbagian Keuangan", "Bendahara", ""),
            (AS, "Kepala Subbagian Umum", "Arsiparis", ""),
            (RV, "Kepala Subbagian Umum", "Arsiparis", ""),
        },
    ),
    (  # a shortened holder pointed back to before a role is the one named in full before
        "(1) Kepala Seksi Kebudayaan menetapkan kinerja Pamong Budaya.\n(2) Kepala Seksi"
        " dimaksud juga bertindak sebagai pemberi tugas bagi Pelaksana.",
        {
            (S, "Kepala Seksi Kebudayaan", "Pamong Budaya", ""),
            (AS, "Kepala Seksi Kebudayaan", "Pelaksana", ""),
        },
    ),
    (  # the one a recommendation is material for appraises, not the recommender
        "(1) Ketua Tim Kerja memberikan penilaian awal atas kinerja Analis Pasar sebagai bahan"
        " bagi Kepala Bidang dalam menilai kinerja mereka.",
        {(R, "Ketua Tim Kerja", "Analis Pasar", ""), (A, "Kepala Bidang", "Analis Pasar", "")},
    ),
    (  # ... and so does the receiver of notes sent as material for his appraisal
        "(1) Koordinator menyampaikan catatan kinerja Arsiparis kepada Direktur sebagai bahan"
        " pertimbangan dalam menilai kinerja Arsiparis tersebut.",
        {(R, "Koordinator", "Arsiparis", ""), (A, "Direktur", "Arsiparis", "")},
    ),
    (  # the verbs of an "untuk" clause stay its own subject's; an appraisal after "sekaligus"
        # of the ones assigned is the assigner's
        "(1) Camat menugaskan Kepala Seksi untuk menyusun laporan sekaligus menyampaikannya"
        " kepada Sekretaris Camat.\n(2) Lurah menugaskan Pengelola Data untuk memutakhirkan"
        " data sekaligus menilai kinerja mereka.",
        {
            (AS, "Camat", "Kepala Seksi", ""),
            (RV, "Sekretaris Camat", "Kepala Seksi", ""),
            (AS, "Lurah", "Pengelola Data", ""),
            (A, "Lurah", "Pengelola Data", ""),
        },
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_clause_slots(text: str, want: set) -> None:
    assert read(text) == want
