"""Structure in new words (issue 11, dev round of 2026-12-05, branch da): tables whose header
names its columns in words the header rows lacked ("Anggota Tim", "Jabatan yang Diberi Tugas",
"Pemberi Target Kinerja", "Koordinator Tim", two relations in one column), lead-ins whose items
the coordinated verbs, a coordinator's role or a passive's agent give their edges to. Each a
passage written for this test; look-alikes give no edge.
"""

from __future__ import annotations

import pytest

from tests.loader.test_clauses import AS, RV, A, C, R, S, read

KSP, KBP = "Kepala Seksi Perizinan", "Kepala Bidang Pelayanan"


def each(types: tuple, source: str, *targets: str, grade: str = "") -> set:
    """The edges of every type in ``types`` from ``source`` to every one of ``targets``."""
    return {(t, source, target, grade) for t in types for target in targets}


CASES = [
    (  # the team's members as the jabatan column, its coordinator, a recommender
        "Pasal 2\n| No | Anggota Tim Kerja | Koordinator Tim | Pemberi Rekomendasi |\n"
        f"|---|---|---|---|\n| 1 | Pelaksana | {KSP} | {KSP} |",
        each((C, R), KSP, "Pelaksana"),
    ),
    (  # the one given a task, the giver of a target
        "Pasal 2\n| Jabatan yang Diberi Tugas | Pemberi Target Kinerja | Penilai |\n|---|---|---|\n"
        f"| {KSP} | {KBP} | {KBP} |",
        each((S, A), KBP, KSP),
    ),
    (  # a team table whose rows name the member's place ("Anggota") opens no matrix
        "Pasal 2\n| Unsur Tim | Jabatan | Melapor kepada | Pemberi Rekomendasi Penilaian |\n"
        f"|---|---|---|---|\n| Anggota | Pelaksana | {KSP} | {KSP} |",
        each((RV, R), KSP, "Pelaksana"),
    ),
    (  # two verbs before the colon: both take each item
        "Pasal 2\n(1) Kepala Dinas menetapkan kinerja dan memberikan penugasan kepada:\n"
        f"a. Sekretaris; dan\nb. {KBP}.",
        each((S, AS), "Kepala Dinas", "Sekretaris", KBP),
    ),
    (  # the first verb with its own object: only the second takes the items
        "Pasal 2\n(1) Kepala Dinas menetapkan kinerja Sekretaris dan menilai kinerja:\n"
        f"a. {KBP}; dan\nb. Kepala Bidang Perizinan.",
        each((S,), "Kepala Dinas", "Sekretaris")
        | each((A,), "Kepala Dinas", KBP, "Kepala Bidang Perizinan"),
    ),
    (  # a coordinator's role ends the lead-in: the items are the coordinated posts
        "Pasal 2\n(1) Sekretaris Dinas selaku koordinator atas:\na. Kepala Subbagian Umum; dan\n"
        "b. Kepala Subbagian Keuangan.",
        each((C,), "Sekretaris Dinas", "Kepala Subbagian Umum", "Kepala Subbagian Keuangan"),
    ),
    (  # the kind of task between the noun and its receivers
        "Pasal 2\n(1) Penugasan pengawasan kepada Auditor Ahli Muda diberikan oleh Inspektur.",
        each((AS,), "Inspektur", "Auditor", grade="Ahli Muda"),
    ),
    (  # a point pointing at an item whose title is followed by where the post is placed
        "Pasal 2\n(1) Lurah memberikan penugasan kepada:\na. Sekretaris Kelurahan; dan\n"
        "b. Pelaksana yang ditempatkan di Sekretariat Kelurahan.\n(2) Kinerja pegawai "
        "sebagaimana dimaksud pada ayat (1) huruf b dinilai oleh Sekretaris Kelurahan.",
        each((AS,), "Lurah", "Sekretaris Kelurahan", "Pelaksana")
        | each((A,), "Sekretaris Kelurahan", "Pelaksana"),
    ),
    (  # functional posts with no grade whose heads the title lists lacked, as alternatives
        "Pasal 2\n(1) Kinerja Surveyor Pemetaan dan Peneliti dinilai oleh Kepala Seksi Survei "
        "atau Kepala Bidang Riset.",
        each((A,), "Kepala Seksi Survei", "Surveyor Pemetaan", "Peneliti")
        | each((A,), "Kepala Bidang Riset", "Surveyor Pemetaan", "Peneliti"),
    ),
    (  # one column naming two relations of one official
        f"Pasal 2\n| Jabatan | Pemberi Tugas dan Penilai Kinerja |\n|---|---|\n| {KSP} | {KBP} |",
        each((AS, A), KBP, KSP),
    ),
    (  # a header the markdown rule underlines, one of its columns of no relation
        "Pasal 2\n| Jabatan | Pemberi Arahan | Pejabat Penilai Kinerja |\n|---|---|---|\n"
        f"| {KSP} | Kepala Dinas | {KBP} |",
        each((A,), KBP, KSP),
    ),
    (  # a passive relative naming the agent closes the lead-in; its two passives both read
        f"Pasal 2\n(1) Pegawai yang ditugaskan dan dinilai kinerjanya oleh {KSP} sebagai "
        "berikut:\na. Pelaksana; dan\nb. Pengadministrasi Umum.",
        each((AS, A), KSP, "Pelaksana", "Pengadministrasi Umum"),
    ),
    (  # the object announced with "para ... berikut ini"; the nominal's agent before "kepada:"
        "Pasal 2\n(1) Camat menilai kinerja para pejabat berikut ini:\na. Sekretaris "
        "Kecamatan.\n(2) Penugasan diberikan oleh Camat kepada:\na. Kepala Seksi Pemerintahan.",
        each((A,), "Camat", "Sekretaris Kecamatan")
        | each((AS,), "Camat", "Kepala Seksi Pemerintahan"),
    ),
    (  # the team's members as the jabatan column of a table whose cells tabs part
        "Pasal 2\nTim Kerja Perizinan\nAnggota Tim\tKoordinator Tim\tPenilai Kinerja\n"
        f"Pelaksana\t{KSP}\t{KBP}",
        each((C,), KSP, "Pelaksana") | each((A,), KBP, "Pelaksana"),
    ),
    (  # the posts announced before a passive whose agent closes the lead-in
        "Pasal 2\n(1) Kinerja pejabat berikut dinilai oleh Camat:\na. Sekretaris Kecamatan; dan"
        "\nb. Kepala Seksi Pemerintahan.",
        each((A,), "Camat", "Sekretaris Kecamatan", "Kepala Seksi Pemerintahan"),
    ),
]

LOOKALIKES = [
    # the agent's name does not close the lead-in: the items are documents, not posts
    "Pasal 2\n(1) Pejabat yang dinilai kinerjanya oleh Kepala Dinas menyampaikan dokumen "
    "sebagai berikut:\na. Sasaran Kinerja Pegawai; dan\nb. Laporan Capaian Kinerja.",
    # a column of no relation beside one naming relation words with one of none: no table
    "Pasal 2\n| Jabatan | Uraian Tugas | Pemberi Arahan dan Pembinaan |\n|---|---|---|\n"
    f"| {KSP} | menyusun rencana | Kepala Dinas |",
    # the same words in lower case name no post
    "Pasal 2\n(1) Kepala Bidang Riset menyiapkan instruktur, peneliti tamu, dan surveyor "
    "lapangan untuk pelatihan.",
    # a task proposed, not given (read as an assignment by its proposer before)
    "Pasal 2\n(1) Usulan penugasan kepada Auditor Ahli Muda disiapkan oleh Ketua Tim Kerja.",
    # a coordinator over tasks, not posts
    "Pasal 2\n(1) Kepala Bidang Perencanaan bertindak sebagai koordinator bagi:\n"
    "a. penyusunan rencana kerja; dan\nb. evaluasi pelaksanaan program.",
    # a team's membership: no relation column
    "Pasal 2\n| No | Anggota Tim Kerja | Uraian Tugas |\n|---|---|---|\n"
    "| 1 | Pelaksana | menyiapkan bahan administrasi |",
    # a verb of no relation before the colon
    "Pasal 2\n(1) Kepala Dinas memberikan penugasan dan berkoordinasi dengan:\n"
    "a. Kepala Badan Pendapatan Daerah; dan\nb. Kepala Badan Keuangan Daerah.",
]


@pytest.mark.parametrize(("text", "edges"), CASES)
def test_structure_in_new_words_is_read(text: str, edges: set) -> None:
    assert read(text) == edges


@pytest.mark.parametrize("text", LOOKALIKES)
def test_structure_lookalikes_give_no_edge(text: str) -> None:
    assert read(text) == set()


def test_an_alternative_after_a_situation_is_read() -> None:
    """Both alternatives read; the situation is the second's condition (the reader sets it on
    both, as it did on the first before: the pairs are what this test holds)."""
    text = (
        "Pasal 2\n(1) Penugasan kepada Pelaksana diberikan oleh Kepala Seksi Perizinan atau, "
        "dalam hal jabatan tersebut lowong, oleh Kepala Dinas."
    )
    pairs = {(t, source, target) for t, source, target, _ in read(text)}
    assert pairs == {(AS, KSP, "Pelaksana"), (AS, "Kepala Dinas", "Pelaksana")}
