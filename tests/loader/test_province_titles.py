"""Issue 11 (branch fa): a province's titles and the short forms regional texts use without
defining them. Each sentence is written for this test.

A careful reader takes "Asda Ekonomi dan Pembangunan", "Kacabdis Pendidikan Wilayah IV",
"Ka. UPTD Laboratorium Lingkungan", "Dirut RSUD", "Irbanwil II" and "JF Perencana" as the
titles they are, keeps "Provinsi" in "Sekretaris Daerah Provinsi" as it keeps it in "Sekretaris
DPRD Provinsi", and ends an Asisten's field before "dan Staf Ahli".
"""

from __future__ import annotations

import pytest

from tests.loader.test_clauses import AS, A, S, read

TITLES = [
    (  # an Asisten Sekretaris Daerah's short form named by its field
        "(1) Sekda menetapkan kinerja Asda Ekonomi dan Pembangunan.",
        {(S, "Sekda", "Asda Ekonomi dan Pembangunan", "")},
    ),
    (  # a Cabang Dinas's head written "Kacabdis", named by its wilayah
        "(2) Kacabdis Pendidikan Wilayah IV menilai kinerja Pelaksana.",
        {(A, "Kacabdis Pendidikan Wilayah IV", "Pelaksana", "")},
    ),
    (  # "Ka. UPTD" keeps the UPTD's name as "Kepala UPTD" does
        "(1) Ka. UPTD Laboratorium Lingkungan menilai kinerja Pelaksana.",
        {(A, "Ka. UPTD Laboratorium Lingkungan", "Pelaksana", "")},
    ),
    (  # a hospital's Direktur Utama written short, named by the hospital
        "(1) Dirut RSUD memberikan penugasan kepada Wadir Keuangan.",
        {(AS, "Dirut RSUD", "Wadir Keuangan", "")},
    ),
    (  # an Inspektur Pembantu Wilayah written "Irbanwil" with its number
        "(2) Irbanwil II menilai kinerja Auditor Ahli Madya.",
        {(A, "Irbanwil II", "Auditor", "Ahli Madya")},
    ),
    (  # "JF" named by its post keeps the name, with its grade as the condition
        "(1) Kepala Bidang memberikan penugasan kepada JF Perencana Ahli Muda.",
        {(AS, "Kepala Bidang", "JF Perencana", "Ahli Muda")},
    ),
    (  # the level is part of the Sekretaris Daerah's title when no name follows it
        "(1) Sekretaris Daerah Provinsi menilai kinerja Staf Ahli Gubernur.",
        {(A, "Sekretaris Daerah Provinsi", "Staf Ahli Gubernur", "")},
    ),
    (  # ", dan" after a grade opens a second clause when a title with its own verb follows
        "(3) JPT Pratama menilai kinerja JF jenjang Ahli Madya, dan Kabid menilai kinerja"
        " Pelaksana.",
        {
            (A, "JPT Pratama", "Pejabat Fungsional", "Ahli Madya"),
            (A, "Kabid", "Pelaksana", ""),
        },
    ),
    (  # an Asisten's field ends before "dan Staf Ahli"
        "(1) Sekda menilai kinerja Asisten Administrasi Umum dan Staf Ahli Gubernur.",
        {
            (A, "Sekda", "Asisten Administrasi Umum", ""),
            (A, "Sekda", "Staf Ahli Gubernur", ""),
        },
    ),
]


@pytest.mark.parametrize(("text", "edges"), TITLES)
def test_a_province_title_or_its_short_form_is_read_whole(text, edges):
    assert read(text) == edges


LOOKALIKES = [
    # "JF" alone stays the one title of functional posts, with its grade
    "(1) Kepala Bidang menilai kinerja JF Ahli Pertama.",
    # a job word "Asisten" and a procurement PPK give no edge
    "(2) Asisten perawat berkoordinasi dengan Kepala Ruangan.",
    "(3) Pengadaan dilaksanakan oleh PPK yang ditetapkan oleh Kepala Dinas.",
]


def test_lookalikes_of_province_titles():
    assert read(LOOKALIKES[0]) == {(A, "Kepala Bidang", "Pejabat Fungsional", "Ahli Pertama")}
    assert read(LOOKALIKES[1]) == set()
    assert read(LOOKALIKES[2]) == set()
