"""Lists resolved in new forms (issue 11 point 3, third round, branch ea): bullets after a
colon, titles named by the points that list them ("sebagaimana dimaksud pada ayat (1) huruf a
sampai dengan huruf c"), lists paired in order ("masing-masing", "berturut-turut"), lead-ins
naming a role and whom it is for; each a sentence written for this test. Look-alikes list
titles with no relation.
"""

from __future__ import annotations

import pytest

from tests.loader.test_clauses import AS, A, C, S, read

LISTS = [
    (  # items after a bullet ("-" is no marker): the colon ends no sentence before them
        "(1) Kepala Dinas memberikan penugasan kepada:\n- Sekretaris Dinas;\n- Kepala Bidang "
        "Bina Marga; dan\n- Kepala Bidang Cipta Karya.",
        {
            (AS, "Kepala Dinas", "Sekretaris Dinas", ""),
            (AS, "Kepala Dinas", "Kepala Bidang Bina Marga", ""),
            (AS, "Kepala Dinas", "Kepala Bidang Cipta Karya", ""),
        },
    ),
    (  # alternative agents after bullets, the last one's sentence going on after a comma
        "(2) Kinerja Perencana Ahli Muda dinilai oleh:\n• Kepala Bidang Ekonomi; atau\n"
        "• Kepala Bidang Infrastruktur,\nsesuai dengan penempatan tim kerjanya.",
        {
            (A, "Kepala Bidang Ekonomi", "Perencana", "Ahli Muda"),
            (A, "Kepala Bidang Infrastruktur", "Perencana", "Ahli Muda"),
        },
    ),
    (  # a locative pointing back ("pada Direktorat yang sama") between two members
        "(1) Direktur menilai kinerja Kepala Subdirektorat Pusat di Direktorat Kelembagaan, "
        "Kepala Subdirektorat Daerah pada Direktorat yang sama, dan Kepala Subbagian Tata Usaha.",
        {
            (A, "Direktur", "Kepala Subdirektorat Pusat", ""),
            (A, "Direktur", "Kepala Subdirektorat Daerah", ""),
            (A, "Direktur", "Kepala Subbagian Tata Usaha", ""),
        },
    ),
    (  # titles named by the points that list them, a range of points and a single one
        "(1) Sekretaris Daerah menilai kinerja:\na. Asisten Pemerintahan;\nb. Asisten "
        "Administrasi Umum; dan\nc. Staf Ahli Bupati.\n(2) Penugasan kepada pejabat sebagaimana "
        "dimaksud pada ayat (1) huruf a sampai dengan huruf b diberikan oleh Sekretaris Daerah.\n"
        "(3) Penugasan kepada pejabat sebagaimana dimaksud pada ayat (1) huruf c diberikan oleh "
        "Bupati.",
        {
            (A, "Sekretaris Daerah", "Asisten Pemerintahan", ""),
            (A, "Sekretaris Daerah", "Asisten Administrasi Umum", ""),
            (A, "Sekretaris Daerah", "Staf Ahli Bupati", ""),
            (AS, "Sekretaris Daerah", "Asisten Pemerintahan", ""),
            (AS, "Sekretaris Daerah", "Asisten Administrasi Umum", ""),
            (AS, "Bupati", "Staf Ahli Bupati", ""),
        },
    ),
    (  # ... with their grades, two points joined by "dan" under a point of the article
        "(1) Kepala Badan menetapkan kinerja:\na. Analis Kebijakan Ahli Madya;\nb. Perencana "
        "Ahli Muda; dan\nc. Pelaksana.\n(2) Kinerja pejabat sebagaimana dimaksud pada ayat (1) "
        "huruf a dan huruf b dinilai oleh Sekretaris Badan.",
        {
            (S, "Kepala Badan", "Analis Kebijakan", "Ahli Madya"),
            (S, "Kepala Badan", "Perencana", "Ahli Muda"),
            (S, "Kepala Badan", "Pelaksana", ""),
            (A, "Sekretaris Badan", "Analis Kebijakan", "Ahli Madya"),
            (A, "Sekretaris Badan", "Perencana", "Ahli Muda"),
        },
    ),
]

# written after the first round's changes (ea_lists2.toml showed them missing)
LISTS += [
    (  # the coordinator's name closes the lead-in, the coordinated are its items
        "(2) Jabatan yang dikoordinasikan oleh Kepala Bidang Anggaran:\na. Analis Anggaran Ahli "
        "Muda; dan\nb. Pengelola Keuangan.",
        {
            (C, "Kepala Bidang Anggaran", "Analis Anggaran", "Ahli Muda"),
            (C, "Kepala Bidang Anggaran", "Pengelola Keuangan", ""),
        },
    ),
    (  # one title with each grade, parted by semicolons
        "(1) Kepala Bidang menetapkan kinerja Perawat Ahli Madya; Perawat Ahli Muda; dan Perawat "
        "Ahli Pertama.",
        {(S, "Kepala Bidang", "Perawat", "Ahli Madya, Ahli Muda, Ahli Pertama")},
    ),
    (  # alternative agents opened by "baik" after a comma
        "(3) Kinerja Pelaksana dinilai, baik oleh Kepala Seksi Pemerintahan maupun oleh Kepala "
        "Seksi Pelayanan, sesuai dengan penempatannya.",
        {
            (A, "Kepala Seksi Pemerintahan", "Pelaksana", ""),
            (A, "Kepala Seksi Pelayanan", "Pelaksana", ""),
        },
    ),
    (  # titles no table knows, holding "dan", each with its grade, paired in order
        "(2) Kepala Bidang Cipta Karya dan Kepala Bidang Bina Marga memberikan penugasan "
        "masing-masing kepada Teknik Tata Bangunan dan Perumahan Ahli Muda dan Teknik Jalan dan "
        "Jembatan Ahli Muda.",
        {
            (AS, "Kepala Bidang Cipta Karya", "Teknik Tata Bangunan dan Perumahan", "Ahli Muda"),
            (AS, "Kepala Bidang Bina Marga", "Teknik Jalan dan Jembatan", "Ahli Muda"),
        },
    ),
    (  # "masing-masing" right before the later list pairs the two lists in order
        "(3) Penugasan kepada Pengadministrasi Umum dan Bendahara diberikan masing-masing oleh "
        "Kepala Subbagian Umum dan Kepala Subbagian Keuangan.",
        {
            (AS, "Kepala Subbagian Umum", "Pengadministrasi Umum", ""),
            (AS, "Kepala Subbagian Keuangan", "Bendahara", ""),
        },
    ),
    (  # ... and so does "berturut-turut" between them
        "(2) Kepala Subbagian Umum dan Kepala Subbagian Keuangan berturut-turut menilai kinerja "
        "Pengadministrasi Umum dan Bendahara.",
        {
            (A, "Kepala Subbagian Umum", "Pengadministrasi Umum", ""),
            (A, "Kepala Subbagian Keuangan", "Bendahara", ""),
        },
    ),
    (  # ... but "masing-masing" after the subjects means each of them: every pair
        "(2) Kepala Subbagian Umum dan Kepala Subbagian Keuangan masing-masing menilai kinerja "
        "Pengadministrasi Umum dan Bendahara pada subbagiannya.",
        {
            (A, x, y, "")
            for x in ("Kepala Subbagian Umum", "Kepala Subbagian Keuangan")
            for y in ("Pengadministrasi Umum", "Bendahara")
        },
    ),
]

# the role and whom it is for named by the lead-in, its holders by the items
LISTS += [
    (
        "(2) Pejabat Penilai Kinerja bagi Pelaksana pada Subbagian Umum yaitu:\na. Kepala "
        "Subbagian Umum; atau\nb. Sekretaris Dinas.",
        {
            (A, "Kepala Subbagian Umum", "Pelaksana", ""),
            (A, "Sekretaris Dinas", "Pelaksana", ""),
        },
    ),
    (  # ... each item naming whom it holds the role for
        "(2) Pejabat Penilai Kinerja bagi Pelaksana yaitu:\n1) Kepala Subbagian Keuangan, bagi "
        "Pelaksana pada Subbagian Keuangan; dan\n2) Kepala Subbagian Umum, bagi Pengadministrasi "
        "Umum.",
        {
            (A, "Kepala Subbagian Keuangan", "Pelaksana", ""),
            (A, "Kepala Subbagian Umum", "Pengadministrasi Umum", ""),
        },
    ),
]

# written after the second round's changes (ea_lists3.toml showed them missing)
LISTS += [
    (  # an ayat whose items list the titles, pointed at as a whole
        "(1) Asisten Administrasi Umum membawahkan:\na. Kepala Biro Umum; dan\nb. Kepala Biro "
        "Hukum.\n(2) Kinerja pejabat sebagaimana dimaksud pada ayat (1) dinilai oleh Asisten "
        "Administrasi Umum.",
        {
            (A, "Asisten Administrasi Umum", "Kepala Biro Umum", ""),
            (A, "Asisten Administrasi Umum", "Kepala Biro Hukum", ""),
        },
    ),
    (  # a pointed point whose title ends in a locative, the reference as a subject
        "(1) Kepala Dinas menetapkan kinerja:\na. Sekretaris Dinas; dan\nb. Kepala Seksi "
        "Penagihan pada Bidang Pajak.\n(2) Pejabat sebagaimana dimaksud pada ayat (1) huruf a "
        "dan huruf b menilai kinerja Pelaksana di unit kerjanya.",
        {
            (S, "Kepala Dinas", "Sekretaris Dinas", ""),
            (S, "Kepala Dinas", "Kepala Seksi Penagihan", ""),
            (A, "Sekretaris Dinas", "Pelaksana", ""),
            (A, "Kepala Seksi Penagihan", "Pelaksana", ""),
        },
    ),
    (  # a range of points written "s.d.", the nominal with the points between
        "(1) Pejabat Pengawas pada Sekretariat terdiri atas:\na. Kepala Subbagian Program;\nb. "
        "Kepala Subbagian Keuangan; dan\nc. Kepala Subbagian Umum.\n(2) Kinerja pejabat "
        "sebagaimana dimaksud pada ayat (1) huruf a s.d. huruf b ditetapkan oleh Sekretaris Badan.",
        {
            (S, "Sekretaris Badan", "Kepala Subbagian Program", ""),
            (S, "Sekretaris Badan", "Kepala Subbagian Keuangan", ""),
        },
    ),
    (  # ... but as a subject it stands for the subject named there
        "(1) Kepala Bagian Umum merupakan atasan langsung Kepala Subbagian Rumah Tangga.\n"
        "(2) Pejabat sebagaimana dimaksud pada ayat (1) menilai kinerja Kepala Subbagian Rumah "
        "Tangga.",
        {(A, "Kepala Bagian Umum", "Kepala Subbagian Rumah Tangga", "")},
    ),
]

# a list whose members carry a short form in brackets, and a grade in brackets that is no
# short form of its title (written when ea_lists2/3 showed "Bidan (Ahli Pertama)" taught as one)
LISTS += [
    (
        "(1) Camat memberikan penugasan kepada Sekretaris Kecamatan (Sekcam), Kepala Seksi "
        "Pemerintahan (Kasi Pemerintahan), dan Kepala Seksi Pelayanan.",
        {
            (AS, "Camat", "Sekretaris Kecamatan", ""),
            (AS, "Camat", "Kepala Seksi Pemerintahan", ""),
            (AS, "Camat", "Kepala Seksi Pelayanan", ""),
        },
    ),
    (
        "(1) Kepala Puskesmas menilai kinerja Bidan (Ahli Pertama).\n(2) Kepala Subbagian Tata "
        "Usaha menilai kinerja Auditor jenjang Ahli Pertama.",
        {
            (A, "Kepala Puskesmas", "Bidan", "Ahli Pertama"),
            (A, "Kepala Subbagian Tata Usaha", "Auditor", "Ahli Pertama"),
        },
    ),
]


@pytest.mark.parametrize(("text", "edges"), LISTS)
def test_a_list_in_a_new_form_gives_every_edge(text, edges):
    assert read(text) == edges


LIST_LOOKALIKES = [
    # titles listed after a colon with no relation
    "(2) Rapat koordinasi dihadiri oleh pejabat sebagai berikut: Sekretaris Dinas; Kepala "
    "Bidang Bina Marga; dan Kepala Bidang Cipta Karya.",
    # the appraiser's superior (pejabat banding) in the items: no appraisal
    "(2) Atasan Pejabat Penilai Kinerja bagi Pelaksana yaitu:\na. Sekretaris Dinas; dan\nb. "
    "Kepala Dinas.",
    # posts coordinated in a meeting, not in their work
    "(2) Pejabat yang dikoordinasikan oleh Sekretaris Daerah dalam rapat koordinasi:\n"
    "a. Kepala Dinas Pendidikan; dan\nb. Kepala Dinas Kesehatan.",
    # points cited where the rules on them are written: a citation, no relation
    "(1) Asisten Umum menilai kinerja:\na. Kepala Bagian Umum; dan\nb. Kepala Bagian "
    "Organisasi.\n(2) Ketentuan lebih lanjut mengenai penugasan kepada pejabat sebagaimana "
    "dimaksud pada ayat (1) huruf a dan huruf b diatur dengan Peraturan Bupati.",
]


@pytest.mark.parametrize("text", LIST_LOOKALIKES)
def test_a_list_look_alike_gives_no_new_edge(text):
    assert {e for e in read(text) if e[1] != "Asisten Umum"} == set()


@pytest.mark.parametrize(
    ("ref", "paths"),
    [
        ("huruf d", [("huruf d",)]),
        ("ayat (1) huruf a sampai dengan huruf c", [("ayat 1", f"huruf {x}") for x in "abc"]),
        ("angka 1 huruf a dan huruf b", [("angka 1", "huruf a"), ("angka 1", "huruf b")]),
        ("angka 2 sampai dengan angka 4", [("angka 2",), ("angka 3",), ("angka 4",)]),
    ],
)
def test_a_reference_names_each_point(ref, paths):
    from loader.reading.references import paths as points

    assert points(ref) == paths


# Two clauses joined by "dan" with no comma, each with its own verb (fa's note, 2026-12-04): the
# title after "dan" is the second clause's subject, not a member of the first clause's list; a
# list of subjects before one verb, and a list followed by a preposition, stay lists.
BARE_JOINTS = [
    (
        "(1) Kepala Dinas menilai kinerja Sekretaris dan Kepala Bidang menilai kinerja Kepala "
        "Seksi.",
        {(A, "Kepala Dinas", "Sekretaris", ""), (A, "Kepala Bidang", "Kepala Seksi", "")},
    ),
    (
        "(1) Camat menetapkan kinerja Sekretaris Kecamatan dan Sekretaris Kecamatan memberikan "
        "penugasan kepada Pelaksana.",
        {(S, "Camat", "Sekretaris Kecamatan", ""), (AS, "Sekretaris Kecamatan", "Pelaksana", "")},
    ),
    (  # one verb, two subjects
        "(1) Kepala Dinas dan Sekretaris menilai kinerja Kepala Seksi.",
        {(A, "Kepala Dinas", "Kepala Seksi", ""), (A, "Sekretaris", "Kepala Seksi", "")},
    ),
    (  # a preposition after the list: one clause
        "(1) Kepala Dinas menilai kinerja Sekretaris dan Kepala Bidang berdasarkan sasaran "
        "kinerja.",
        {(A, "Kepala Dinas", "Sekretaris", ""), (A, "Kepala Dinas", "Kepala Bidang", "")},
    ),
]


@pytest.mark.parametrize(("text", "edges"), BARE_JOINTS)
def test_two_clauses_joined_by_a_bare_dan_are_read_apart(text, edges):
    assert read(text) == edges
