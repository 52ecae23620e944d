"""Names and conditions (branch db, issue 11, dev round of 2026-12-05): short heads with a
point before a unit's acronym, "Kapus"/"Kakel" named by their unit, a defined short form whose
long title holds "dan", "JFU"/"JFT" after a named JF, a grade written after a list of
functional titles, and one title spelled two ways in one text.

Each sentence is written for this test; none is copied from the regulations or the corpus.
"""

from __future__ import annotations

import pytest

from tests.loader.test_clauses import AS, A, C, S, read

SAME = "jenjang yang sama"

NAMES = [
    (  # a short head with a point before the unit's acronym is the whole title
        "(1) Ka. BKPSDM menetapkan kinerja Kepala Bidang Mutasi.",
        {(S, "Ka. BKPSDM", "Kepala Bidang Mutasi", "")},
    ),
    (  # "Kapus" named by its Pusat is the whole title, not "Kapus" (a false party before)
        "(1) Kapus Riset Kesehatan menilai kinerja Kakel Riset Gizi.",
        {(A, "Kapus Riset Kesehatan", "Kakel Riset Gizi", "")},
    ),
    (  # "JFU" after "dan" starts a title of its own, not the named JF's name going on
        "(1) Kepala Seksi Umum menilai kinerja JF Arsiparis dan JFU.",
        {(A, "Kepala Seksi Umum", "JF Arsiparis", ""), (A, "Kepala Seksi Umum", "JFU", "")},
    ),
    (  # ... while a named JF that holds "dan" stays one
        "(1) Kepala Bagian Pengadaan menilai kinerja JF Pengelola Pengadaan Barang dan Jasa.",
        {(A, "Kepala Bagian Pengadaan", "JF Pengelola Pengadaan Barang dan Jasa", "")},
    ),
    (  # a long title holding "dan" defined for a short form
        "(1) Kepala Pusat Data dan Informasi yang selanjutnya disebut Kapusdatin adalah"
        " pimpinan Pusat.\n(2) Kapusdatin memberikan penugasan kepada Pranata Komputer.",
        {(AS, "Kapusdatin", "Pranata Komputer", "")},
    ),
]


@pytest.mark.parametrize(("text", "want"), NAMES)
def test_names(text: str, want: set) -> None:
    assert read(text) == want


GRADES = [
    (  # a grade led in after a list of functional titles is each one's
        "(1) Kepala Dinas Perikanan menilai kinerja Pengendali Hama dan Penyuluh Perikanan"
        " jenjang Ahli Muda.",
        {
            (A, "Kepala Dinas Perikanan", "Pengendali Hama", "Ahli Muda"),
            (A, "Kepala Dinas Perikanan", "Penyuluh Perikanan", "Ahli Muda"),
        },
    ),
    (  # ... not a structural post's
        "(1) Kepala Dinas Perikanan menilai kinerja Kepala Seksi Budidaya dan Penyuluh Perikanan"
        " jenjang Ahli Muda.",
        {
            (A, "Kepala Dinas Perikanan", "Kepala Seksi Budidaya", ""),
            (A, "Kepala Dinas Perikanan", "Penyuluh Perikanan", "Ahli Muda"),
        },
    ),
    (  # a Perancang is a functional title, and shares "jenjang yang sama" with the title
        # before it (both read without the condition before)
        "(1) Perancang Peraturan Perundang-undangan dan Analis Hukum pada jenjang yang sama"
        " dengan Kepala Bagian Hukum dinilai kinerjanya oleh Asisten Pemerintahan.",
        {
            (A, "Asisten Pemerintahan", "Perancang Peraturan Perundang-undangan", SAME),
            (A, "Asisten Pemerintahan", "Analis Hukum", SAME),
        },
    ),
    (  # a relative clause naming where the title is placed stands before its grade
        "(1) Penyuluh Perikanan yang ditempatkan pada Bidang Budidaya dengan jenjang Ahli Madya"
        " dinilai kinerjanya oleh Kepala Dinas Perikanan.",
        {(A, "Kepala Dinas Perikanan", "Penyuluh Perikanan", "Ahli Madya")},
    ),
    (  # ... and one naming the team it is a member of
        "(1) Pejabat Fungsional yang menjadi anggota tim kerja dengan jenjang yang sama dengan"
        " ketua tim kerja diberi penugasan oleh Kepala Bidang Budidaya.",
        {(AS, "Kepala Bidang Budidaya", "Pejabat Fungsional", SAME)},
    ),
    (  # ... also with no "dengan" (the team was a title of its own, cutting the grade off)
        "(1) Statistisi yang menjadi anggota tim kerja jenjang Ahli Madya diberi penugasan oleh"
        " Kepala Bidang Budidaya.",
        {(AS, "Kepala Bidang Budidaya", "Statistisi", "Ahli Madya")},
    ),
    (  # ... and a grade written right after the last title is that title's own
        "(1) Kepala Dinas Perikanan menilai kinerja Pengelola Data dan Pranata Komputer Mahir.",
        {
            (A, "Kepala Dinas Perikanan", "Pengelola Data", ""),
            (A, "Kepala Dinas Perikanan", "Pranata Komputer", "Mahir"),
        },
    ),
]


@pytest.mark.parametrize(("text", "want"), GRADES)
def test_grades_after_a_list(text: str, want: set) -> None:
    assert read(text) == want


SPELLINGS = [
    (  # a copy with one letter more is the title it copies (a false party before)
        "(1) Kepala Dinas Pangan menilai kinerja Kepala Bidang Ketersediaan Pangan.\n"
        "(2) Kepala Bidang Ketersediaaan Pangan memberikan penugasan kepada Pelaksana.",
        {
            (A, "Kepala Dinas Pangan", "Kepala Bidang Ketersediaan Pangan", ""),
            (AS, "Kepala Bidang Ketersediaan Pangan", "Pelaksana", ""),
        },
    ),
    (  # ... and one with a scanned "l" for "i", written first
        "(1) Kepala Seksi Pemantauan Kualltas Air memberikan penugasan kepada Pelaksana.\n"
        "(2) Kepala Bidang Tata Lingkungan menilai kinerja Kepala Seksi Pemantauan Kualitas"
        " Air.",
        {
            (AS, "Kepala Seksi Pemantauan Kualitas Air", "Pelaksana", ""),
            (A, "Kepala Bidang Tata Lingkungan", "Kepala Seksi Pemantauan Kualitas Air", ""),
        },
    ),
    (  # two posts one letter apart, by letters no scan confuses, stay two
        "(1) Kepala Bidang Pendapatan menilai kinerja Kepala Seksi Pendataan dan Kepala Seksi"
        " Pendanaan.",
        {
            (A, "Kepala Bidang Pendapatan", "Kepala Seksi Pendataan", ""),
            (A, "Kepala Bidang Pendapatan", "Kepala Seksi Pendanaan", ""),
        },
    ),
]


@pytest.mark.parametrize(("text", "want"), SPELLINGS)
def test_one_title_spelled_two_ways(text: str, want: set) -> None:
    assert read(text) == want


FURNITURE_AND_ROLES = [
    (  # a running head and a page number on one line, inside a title: dropped (a false
        # "Kepala Bidang BERITA DAERAH ..." before)
        "(1) Kepala Dinas Pariwisata menilai kinerja Kepala Bidang\n"
        "BERITA DAERAH KOTA CONTOH TAHUN 2025 NOMOR 7          Halaman 4 dari 19\n"
        "Destinasi dan Kepala Bidang Pemasaran.",
        {
            (A, "Kepala Dinas Pariwisata", "Kepala Bidang Destinasi", ""),
            (A, "Kepala Dinas Pariwisata", "Kepala Bidang Pemasaran", ""),
        },
    ),
    (  # a verb and a role in series share the object (the role's title was the object before)
        "(1) Kepala Dinas Pariwisata menetapkan kinerja dan menjadi Pejabat Penilai Kinerja bagi"
        " Sekretaris Dinas.",
        {
            (S, "Kepala Dinas Pariwisata", "Sekretaris Dinas", ""),
            (A, "Kepala Dinas Pariwisata", "Sekretaris Dinas", ""),
        },
    ),
    (  # the role as a second predicate is the subject's, not the object's before "serta"
        "(1) Kepala Dinas Pariwisata memberikan penugasan kepada Sekretaris Dinas serta"
        " bertindak sebagai Pejabat Penilai Kinerja bagi Kepala Bidang Pemasaran.",
        {
            (AS, "Kepala Dinas Pariwisata", "Sekretaris Dinas", ""),
            (A, "Kepala Dinas Pariwisata", "Kepala Bidang Pemasaran", ""),
        },
    ),
    (  # ... while a title right before the role verb holds it
        "(1) Kepala Dinas Pariwisata menilai kinerja Sekretaris Dinas, dan Sekretaris Dinas"
        " menjadi Pejabat Penilai Kinerja bagi Kepala Subbagian Umum.",
        {
            (A, "Kepala Dinas Pariwisata", "Sekretaris Dinas", ""),
            (A, "Sekretaris Dinas", "Kepala Subbagian Umum", ""),
        },
    ),
]


@pytest.mark.parametrize(("text", "want"), FURNITURE_AND_ROLES)
def test_furniture_and_roles_in_series(text: str, want: set) -> None:
    assert read(text) == want


APPOINTED = [
    (  # a functional Inspektur named by its field and graded (a bare "Inspektur" before)
        "(1) Kepala Bidang Pertambangan menilai kinerja Inspektur Tambang jenjang Ahli Muda dan"
        " Pengelola Data.",
        {
            (A, "Kepala Bidang Pertambangan", "Inspektur Tambang", "Ahli Muda"),
            (A, "Kepala Bidang Pertambangan", "Pengelola Data", ""),
        },
    ),
    (  # ... while the Inspektorat's head and an Inspektur Pembantu stay as they are
        "(1) Inspektur menilai kinerja Inspektur Pembantu Wilayah III.",
        {(A, "Inspektur", "Inspektur Pembantu Wilayah III", "")},
    ),
    (  # the one appointed "untuk" a task does it, not the one appointing (a false edge before)
        "(1) Koordinator ditetapkan oleh Kepala Dinas untuk mengoordinasikan Pengelola Data.",
        {(C, "Koordinator", "Pengelola Data", "")},
    ),
]


@pytest.mark.parametrize(("text", "want"), APPOINTED)
def test_inspektur_and_the_appointed(text: str, want: set) -> None:
    assert read(text) == want


CLAUSES = [
    (  # a clause naming only grades speaks of the title before with its own grades (it kept
        # the first clause's before)
        "(1) Pranata Komputer jenjang Penyelia dinilai kinerjanya oleh Kepala Seksi Data,"
        " sedangkan jenjang Mahir dan Terampil dinilai kinerjanya oleh Kepala Subbagian Umum.",
        {
            (A, "Kepala Seksi Data", "Pranata Komputer", "Penyelia"),
            (A, "Kepala Subbagian Umum", "Pranata Komputer", "Mahir, Terampil"),
        },
    ),
    (  # a post named after "di lingkungan" is where, not who (it appraised itself before)
        "(1) Pejabat Fungsional dengan jenjang yang sama dengan Pejabat Administrator di"
        " lingkungan Kepala Bagian Umum dinilai kinerjanya oleh Kepala Bagian Umum.",
        {(A, "Kepala Bagian Umum", "Pejabat Fungsional", SAME)},
    ),
]


@pytest.mark.parametrize(("text", "want"), CLAUSES)
def test_grades_of_a_second_clause_and_a_locative(text: str, want: set) -> None:
    assert read(text) == want
