"""Work teams and results flowing up (branch gd, issue 11): team leaders named by their team,
two roles sharing the ones after them, a recommendation received from its maker, chains of
senders, a maker and a reviewer in two passives, and the precision defects of that wording.

Each sentence is written for this test; none is copied from the regulations or the corpus.
"""

from __future__ import annotations

import pytest

from tests.loader.test_clauses import AS, RV, A, C, R, read

CASES = [
    (  # a team's name of four words with "dan" inside it is one title, not cut after two words
        "(1) Kepala Bidang Angkutan mengoordinasikan Ketua Tim Kerja Perizinan dan Pengawasan"
        " Angkutan Umum.",
        {
            (
                C,
                "Kepala Bidang Angkutan",
                "Ketua Tim Kerja Perizinan dan Pengawasan Angkutan Umum",
                "",
            )
        },
    ),
    (  # but "dan" before another post ends the team's name
        "(1) Kepala Bidang Angkutan mengoordinasikan Ketua Tim Kerja Perizinan dan Pelaksana.",
        {
            (C, "Kepala Bidang Angkutan", "Ketua Tim Kerja Perizinan", ""),
            (C, "Kepala Bidang Angkutan", "Pelaksana", ""),
        },
    ),
    (  # two Subkoordinator joined by "dan" are two titles
        "(1) Koordinator Perencanaan menerima laporan hasil kerja Subkoordinator Anggaran dan"
        " Subkoordinator Pelaporan.",
        {
            (RV, "Koordinator Perencanaan", "Subkoordinator Anggaran", ""),
            (RV, "Koordinator Perencanaan", "Subkoordinator Pelaporan", ""),
        },
    ),
    (  # a recommendation handed down is the delegate's recommendation, not an appraisal
        "(1) Masukan penilaian kinerja bagi Pelaksana dilimpahkan kepada Ketua Tim Kerja.",
        {(R, "Ketua Tim Kerja", "Pelaksana", "")},
    ),
    (  # the appraiser receiving it: the maker after "dari", the one appraised after "atas"
        "(1) Sekretaris Dinas memperoleh masukan dari Ketua Tim Kerja mengenai kinerja Pelaksana.",
        {(R, "Ketua Tim Kerja", "Pelaksana", "")},
    ),
    (  # two roles sharing the ones after them
        "(1) Kepala Seksi Pelayanan berperan selaku koordinator sekaligus pemberi masukan"
        " penilaian kinerja bagi Pelaksana.",
        {
            (C, "Kepala Seksi Pelayanan", "Pelaksana", ""),
            (R, "Kepala Seksi Pelayanan", "Pelaksana", ""),
        },
    ),
    (  # the role of a subjectless item: the lead-in's subject holds it
        "(1) Kepala Subbagian Umum:\na. mengoordinasikan Pelaksana; dan\n"
        "b. bertindak sebagai Pejabat Penilai Kinerja bagi Pelaksana.",
        {
            (C, "Kepala Subbagian Umum", "Pelaksana", ""),
            (A, "Kepala Subbagian Umum", "Pelaksana", ""),
        },
    ),
    (  # each step of a chain with its own sender
        "(1) Laporan hasil kerja diteruskan secara berjenjang dari Pelaksana kepada Kepala Seksi,"
        " lalu dari Kepala Seksi kepada Camat.",
        {(RV, "Kepala Seksi", "Pelaksana", ""), (RV, "Camat", "Kepala Seksi", "")},
    ),
    (  # the maker and the reviewer in two passives: the reviewer reviews the maker, and the
        # receiver after "sebelum" nothing
        "(2) Laporan capaian tim dibuat oleh Ketua Tim Kerja, kemudian diperiksa oleh Kepala"
        " Seksi sebelum dikirimkan kepada Lurah.",
        {(RV, "Kepala Seksi", "Ketua Tim Kerja", "")},
    ),
    (  # a report pointed back to by a reference, sent up
        "(3) Kepala Seksi menyampaikan laporan sebagaimana dimaksud pada ayat (2) kepada Lurah.",
        {(RV, "Lurah", "Kepala Seksi", "")},
    ),
    (  # a vowel typed twice in the noun
        "(1) Lurah memberikan penugasaan kepada Kepala Seksi Pelayanan.",
        {(AS, "Lurah", "Kepala Seksi Pelayanan", "")},
    ),
    (  # a team member's results reported with "capaian hasil kerja" as material for appraisal
        "(1) Ketua Tim Kerja melaporkan capaian hasil kerja Pelaksana kepada Kepala Seksi"
        " sebagai bahan penilaian kinerja.",
        {(R, "Ketua Tim Kerja", "Pelaksana", "")},
    ),
    (  # a column of the row's place in a team gives no edge and spoils no table
        "(2) Tabel:\n| Jabatan | Peran dalam Tim | Pejabat Penilai Kinerja |\n|---|---|---|\n"
        "| Pelaksana | Anggota | Kepala Seksi |\n",
        {(A, "Kepala Seksi", "Pelaksana", "")},
    ),
    # second batch (gd_2): precision defects first, then the wording read since
    (  # notes handed on "sebagai bahan penilaian" recommend; they are no results sent up
        "(1) Koordinator memberikan catatan capaian kinerja setiap Pelaksana kepada Kepala"
        " Seksi sebagai bahan penilaian kinerja.",
        {(R, "Koordinator", "Pelaksana", "")},
    ),
    (  # a category narrowed by the grades after it names only those
        "(1) Kepala Seksi menugaskan Pejabat Fungsional kategori keahlian jenjang Ahli Pertama"
        " sampai dengan Ahli Muda.",
        {(AS, "Kepala Seksi", "Pejabat Fungsional", "Ahli Pertama, Ahli Muda")},
    ),
    (  # a title and the team it belongs to are one party
        "(1) Pelaksana anggota tim menyampaikan laporan hasil kerja kepada Koordinator.",
        {(RV, "Koordinator", "Pelaksana", "")},
    ),
    (  # a team's draft sent up is its maker's result
        "(1) Subkoordinator meneruskan konsep kajian yang telah diperiksa kepada Koordinator.",
        {(RV, "Koordinator", "Subkoordinator", "")},
    ),
    (  # the result's possessive ending
        "(1) Kepala Seksi memeriksa hasil kerja Pelaksana dan menyampaikan hasilnya kepada Camat.",
        {(RV, "Kepala Seksi", "Pelaksana", ""), (RV, "Camat", "Kepala Seksi", "")},
    ),
    (  # the issuer named after the written assignment
        "(1) Pelaksana melaksanakan tugas dalam tim kerja berdasarkan Surat Perintah Sekretaris"
        " Camat.",
        {(AS, "Sekretaris Camat", "Pelaksana", "")},
    ),
    (  # the written assignment as the subject, its issuer the agent
        "(1) Surat Tugas bagi Pejabat Fungsional anggota tim kerja ditandatangani oleh Camat.",
        {(AS, "Camat", "Pejabat Fungsional", "")},
    ),
    (  # working under a coordinator
        "(1) Pelaksana menjalankan tugas di bawah koordinasi Kepala Seksi Ketertiban.",
        {(C, "Kepala Seksi Ketertiban", "Pelaksana", "")},
    ),
    (  # a nominal coordination whose coordinated follow in items
        "(1) Koordinasi kegiatan dilaksanakan oleh Sekretaris Camat terhadap jabatan berikut:\n"
        "a. Kepala Subbagian Umum; dan\nb. Pelaksana.",
        {
            (C, "Sekretaris Camat", "Kepala Subbagian Umum", ""),
            (C, "Sekretaris Camat", "Pelaksana", ""),
        },
    ),
    (  # a lead's own assessment given as material for the appraiser
        "(1) Hasil penilaian Koordinator atas kinerja Pelaksana dijadikan bahan pertimbangan oleh"
        " Kepala Seksi.",
        {(R, "Koordinator", "Pelaksana", "")},
    ),
    (  # proposing the score of achieved performance
        "(1) Ketua Tim Kerja mengusulkan nilai capaian kinerja Pelaksana kepada Kepala Seksi.",
        {(R, "Ketua Tim Kerja", "Pelaksana", "")},
    ),
    (  # table columns of whom the row reports to and who coordinates it
        "(2) Tabel:\n| Unsur Tim | Jabatan | Melapor kepada | Dikoordinasikan oleh |\n"
        "|---|---|---|---|\n| Anggota | Pelaksana | Kepala Seksi | Koordinator |\n",
        {(RV, "Kepala Seksi", "Pelaksana", ""), (C, "Koordinator", "Pelaksana", "")},
    ),
    # third batch (gd_3)
    (  # a flow of results drawn with arrows
        "(1) Alur pelaporan hasil kerja: Pelaksana → Kepala Seksi → Lurah.",
        {(RV, "Kepala Seksi", "Pelaksana", ""), (RV, "Lurah", "Kepala Seksi", "")},
    ),
    (  # arrows that carry no results give no edge
        "(1) Susunan organisasi: Lurah → Sekretaris Lurah → Kepala Seksi.",
        set(),
    ),
    (  # the maker in a relative clause, the reviewer after a second passive
        "(1) Rekapitulasi hasil pendataan yang dihimpun oleh Pelaksana diverifikasi oleh Kepala"
        " Seksi.",
        {(RV, "Kepala Seksi", "Pelaksana", "")},
    ),
    (  # the score set as the appraisal, a recommendation asked for before it
        "(1) Sebelum menetapkan predikat kinerja Pelaksana, Lurah meminta masukan dari Kepala"
        " Seksi.",
        {(A, "Lurah", "Pelaksana", ""), (R, "Kepala Seksi", "Pelaksana", "")},
    ),
    (  # "bawahannya" after two nouns sharing it
        "(1) Kepala Seksi membawahi Pelaksana.\n(2) Penilaian kinerja dan penugasan bawahannya"
        " dilakukan oleh Kepala Seksi.",
        {(A, "Kepala Seksi", "Pelaksana", ""), (AS, "Kepala Seksi", "Pelaksana", "")},
    ),
    (  # the short forms of the coordinators
        "(1) Korsub Perencanaan menilai hasil kerja Subkor Anggaran.",
        {(RV, "Korsub Perencanaan", "Subkor Anggaran", "")},
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_team_and_flow_wording(text: str, want: set) -> None:
    assert read(text) == want
