"""``Regulation.label`` of a regulation built without a heading names its issuer as given.

Issue 11: nothing downstream may assume "Kabupaten". The label used to strip "Kabupaten " and
"Kota " from the issuer, so "Kota Malang" and "Kabupaten Malang" had one label, and a
ministry's or an excerpt's label read "Nomor  Tahun None".
"""

from __future__ import annotations

import pytest

from loader.model import EXCERPT_KIND, Regulation


def regulation(kind: str, number: str, year: int | None, issuer: str, heading: str = ""):
    return Regulation(kind, number, year, issuer, "", "", None, "f.txt", "ab" * 32, heading=heading)


@pytest.mark.parametrize(
    ("kind", "number", "year", "issuer", "label"),
    [
        ("Peraturan Bupati", "3", 2024, "Kabupaten Malang", "Peraturan Bupati Kabupaten Malang "
         "Nomor 3 Tahun 2024"),
        ("Peraturan Wali Kota", "3", 2024, "Kota Malang", "Peraturan Wali Kota Kota Malang "
         "Nomor 3 Tahun 2024"),
        ("Peraturan Menteri", "7", 2022, "Kementerian Agama", "Peraturan Menteri Kementerian "
         "Agama Nomor 7 Tahun 2022"),
        ("Peraturan Bupati", "12", None, "Kabupaten Buton", "Peraturan Bupati Kabupaten "
         "Buton Nomor 12"),
        (EXCERPT_KIND, "", None, "Kutipan abababab", "Kutipan (abababab)"),
        (EXCERPT_KIND, "", None, "Kabupaten Buton", "Kutipan Kabupaten Buton (abababab)"),
    ],
)  # fmt: skip
def test_a_label_without_heading_keeps_the_issuer_whole(kind, number, year, issuer, label):
    assert regulation(kind, number, year, issuer).label == label


def test_the_city_and_the_regency_of_one_name_have_two_labels():
    city = regulation("Peraturan Wali Kota", "1", 2024, "Kota Malang")
    regency = regulation("Peraturan Wali Kota", "1", 2024, "Kabupaten Malang")
    assert city.label != regency.label


def test_a_heading_is_the_label():
    heading = "Peraturan Bupati Buton Nomor 3 Tahun 2024"
    assert regulation("Peraturan Bupati", "3", 2024, "Kabupaten Buton", heading).label == heading
