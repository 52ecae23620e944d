"""Lists, alternatives and coordination (issue 11 point 3), each a sentence written for this
test: alternatives repeated with their preposition, a second clause after ", dan", a class of
posts whose coordinator is named before the items or "meliputi", a coordinator named in the
passive for the ayat after it, a functional title ending in a locative, and a citation of the
rules on a relation, which gives no edge. None is copied from the regulations or the corpus.
"""

from __future__ import annotations

import pytest

from tests.loader.test_clauses import AS, A, C, S, read

FORMS = [
    (  # the preposition repeated: "baik kepada X maupun kepada Y"
        "(1) Camat memberikan penugasan, baik kepada Sekretaris Camat maupun kepada Kepala Seksi.",
        {(AS, "Camat", "Sekretaris Camat", ""), (AS, "Camat", "Kepala Seksi", "")},
    ),
    (  # ", dan" after a list with its "dan", then a title with its own verb: a second clause
        "(1) Lurah menetapkan kinerja Sekretaris Lurah dan Kepala Seksi, dan Sekretaris Lurah "
        "menetapkan kinerja Pelaksana.",
        {
            (S, "Lurah", "Sekretaris Lurah", ""),
            (S, "Lurah", "Kepala Seksi", ""),
            (S, "Sekretaris Lurah", "Pelaksana", ""),
        },
    ),
    (  # the coordinated announced as a class of posts, listed in the items after the lead-in
        "(2) Jabatan yang dikoordinasikan oleh Kepala Bidang Penyuluhan sebagai berikut:\n"
        "a. Penyuluh Pertanian Ahli Muda; dan\nb. Pelaksana pada Bidang Penyuluhan.",
        {
            (C, "Kepala Bidang Penyuluhan", "Penyuluh Pertanian", "Ahli Muda"),
            (C, "Kepala Bidang Penyuluhan", "Pelaksana", ""),
        },
    ),
    (  # ... or after "meliputi", the coordinator named between
        "(2) Jabatan yang berada di bawah koordinasi Kepala Bidang Pelayanan Medik sebagaimana "
        "dimaksud pada ayat (1) meliputi Dokter dan Perawat Penyelia.",
        {
            (C, "Kepala Bidang Pelayanan Medik", "Dokter", ""),
            (C, "Kepala Bidang Pelayanan Medik", "Perawat", "Penyelia"),
        },
    ),
    (  # a coordinator named in the passive, "di bawah koordinasinya" in the ayat after
        "(1) Kepala Subbagian Tata Usaha ditunjuk sebagai koordinator pelayanan administrasi.\n"
        "(2) Para Pelaksana pada Puskesmas berada di bawah koordinasinya.",
        {(C, "Kepala Subbagian Tata Usaha", "Pelaksana", "")},
    ),
    (  # a functional title whose name ends in a locative, with its grade
        "(2) Inspektur Pembantu menilai kinerja Pengawas Penyelenggaraan Urusan Pemerintahan "
        "di Daerah Ahli Pertama.",
        {
            (
                A,
                "Inspektur Pembantu",
                "Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah",
                "Ahli Pertama",
            )
        },
    ),
]


# written after the first round's changes (cb_lists2.toml showed them missing)
FORMS += [
    (  # the nominal of the verb after "melakukan", the items after the lead-in
        "(2) Kepala Instalasi Gawat Darurat melakukan pengoordinasian terhadap:\n"
        "a. Dokter Ahli Pertama; dan\nb. Pelaksana pada Instalasi Gawat Darurat.",
        {
            (C, "Kepala Instalasi Gawat Darurat", "Dokter", "Ahli Pertama"),
            (C, "Kepala Instalasi Gawat Darurat", "Pelaksana", ""),
        },
    ),
    (  # "koordinator atas pelaksanaan tugas Y"
        "(2) Kepala Bagian Umum berperan sebagai koordinator atas pelaksanaan tugas Arsiparis.",
        {(C, "Kepala Bagian Umum", "Arsiparis", "")},
    ),
    (  # a lower-case locative between the coordinated and "berada di bawah koordinasinya"
        "(1) Inspektur Pembantu Wilayah IV bertindak selaku koordinator pengawasan.\n"
        "(2) Auditor pada wilayah IV berada di bawah koordinasinya.",
        {(C, "Inspektur Pembantu Wilayah IV", "Auditor", "")},
    ),
    (  # points numbered inside the sentence
        "(2) Kepala Puskesmas menilai kinerja (a) Kepala Subbagian Tata Usaha, (b) Dokter, dan "
        "(c) Bidan.",
        {
            (A, "Kepala Puskesmas", "Kepala Subbagian Tata Usaha", ""),
            (A, "Kepala Puskesmas", "Dokter", ""),
            (A, "Kepala Puskesmas", "Bidan", ""),
        },
    ),
]

# the appraised listed in Lampiran sub-points, the appraiser closing the last one's sentence
FORMS.append(
    (
        "(2) Pejabat Penilai Kinerja bagi:\na. Kepala Bidang Anggaran;\nb. Kepala Bidang "
        "Akuntansi,\nadalah Kepala Badan Keuangan.",
        {
            (A, "Kepala Badan Keuangan", "Kepala Bidang Anggaran", ""),
            (A, "Kepala Badan Keuangan", "Kepala Bidang Akuntansi", ""),
        },
    )
)

# written after the second round's changes (cb_lists3.toml showed them missing)
FORMS += [
    (  # members of one list parted by semicolons
        "(1) Kepala Dinas menetapkan kinerja Sekretaris Dinas; Kepala Bidang Bina Marga; dan "
        "Kepala Bidang Tata Ruang.",
        {
            (S, "Kepala Dinas", "Sekretaris Dinas", ""),
            (S, "Kepala Dinas", "Kepala Bidang Bina Marga", ""),
            (S, "Kepala Dinas", "Kepala Bidang Tata Ruang", ""),
        },
    ),
    (  # ... but a semicolon before a title with its own verb ends the sentence
        "(1) Camat menilai kinerja Sekretaris Camat; Sekretaris Camat menilai kinerja Pelaksana.",
        {(A, "Camat", "Sekretaris Camat", ""), (A, "Sekretaris Camat", "Pelaksana", "")},
    ),
    (  # the coordinator as the subject of a duty
        "(3) Sekretaris Badan bertanggung jawab atas pengoordinasian Kepala Subbagian Umum.",
        {(C, "Sekretaris Badan", "Kepala Subbagian Umum", "")},
    ),
    (  # the coordinator shortened and pointed back to ("Kepala Bidang tersebut")
        "(1) Kepala Pelaksana BPBD menunjuk Kepala Bidang Kedaruratan dan Logistik sebagai "
        "koordinator.\n(2) Pelaksana pada Pusdalops berada di bawah koordinasi Kepala Bidang "
        "tersebut.",
        {(C, "Kepala Bidang Kedaruratan dan Logistik", "Pelaksana", "")},
    ),
    (  # the owner of "-nya" named by the situation that opens the sentence
        "(3) Dalam hal Pejabat Fungsional tidak tergabung dalam tim kerja, penilaian kinerjanya "
        "dilakukan oleh Kepala Bidang.",
        {
            (
                A,
                "Kepala Bidang",
                "Pejabat Fungsional",
                "Dalam hal Pejabat Fungsional tidak tergabung dalam tim kerja",
            )
        },
    ),
]

# written after the third round's changes (cb_lists4.toml showed them missing)
FORMS += [
    (  # a nominal lead-in closed by the agent of its last item
        "(2) Penilaian kinerja bagi:\na. Kepala Subbagian Tata Usaha; dan\nb. Pelaksana,\n"
        "dilakukan oleh Kepala Bagian Umum.",
        {
            (A, "Kepala Bagian Umum", "Kepala Subbagian Tata Usaha", ""),
            (A, "Kepala Bagian Umum", "Pelaksana", ""),
        },
    ),
    (  # ... or by each item's own agent
        "(2) Penugasan kepada:\na. Kepala Seksi oleh Camat; dan\nb. Pelaksana oleh Sekretaris "
        "Camat.",
        {(AS, "Camat", "Kepala Seksi", ""), (AS, "Sekretaris Camat", "Pelaksana", "")},
    ),
    (  # the agent after the nominal, the coordinated in the items
        "(2) Koordinasi oleh Kepala Bidang Pembinaan dilaksanakan terhadap:\na. Penyuluh Agama "
        "Ahli Muda; dan\nb. Pelaksana.",
        {
            (C, "Kepala Bidang Pembinaan", "Penyuluh Agama", "Ahli Muda"),
            (C, "Kepala Bidang Pembinaan", "Pelaksana", ""),
        },
    ),
]

# written after the fourth round's changes (cb_lists5.toml showed them missing)
FORMS += [
    (  # a pronoun object for the list before it
        "(1) Kepala Badan menetapkan kinerja Sekretaris dan Kepala Bidang serta menilai kinerja "
        "keduanya.",
        {
            (S, "Kepala Badan", "Sekretaris", ""),
            (S, "Kepala Badan", "Kepala Bidang", ""),
            (A, "Kepala Badan", "Sekretaris", ""),
            (A, "Kepala Badan", "Kepala Bidang", ""),
        },
    ),
    (  # a coordinator named by a copula, "di bawah koordinasinya" in the ayat after
        "(1) Koordinator pelayanan kefarmasian adalah Apoteker Ahli Muda.\n"
        "(2) Asisten Apoteker pada Puskesmas berada di bawah koordinasinya.",
        {(C, "Apoteker", "Asisten Apoteker", "")},
    ),
]


@pytest.mark.parametrize(("text", "edges"), FORMS)
def test_a_list_or_coordination_gives_every_edge(text, edges):
    assert read(text) == edges


LOOKALIKES = [
    # where the rules on a relation are written: a citation, no relation
    "(2) Ketentuan mengenai penilaian kinerja Pejabat Fungsional oleh Kepala Bidang atau "
    "Kepala Seksi diatur dalam Peraturan Menteri.",
    "(3) Tata cara penugasan oleh Kepala Dinas kepada Pelaksana diatur dengan Keputusan Kepala "
    "Dinas.",
    # a lead-in whose items name no agent gives nothing from the lead-in
    "(2) Penilaian kinerja bagi:\na. Kepala Subbagian Tata Usaha; dan\nb. Pelaksana.",
    # coordination with a peer is no coordination of a post
    "(2) Sekretaris Dinas bertanggung jawab atas koordinasi dengan Kepala Bidang.",
]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_a_citation_of_the_rules_gives_no_edge(text):
    assert read(text) == set()
