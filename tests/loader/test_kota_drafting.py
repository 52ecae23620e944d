"""Branch ha (issue 11, sixth round of 2026-12-04): a Kabupaten's or Kota's Bagian Organisasi.

Each passage is written for this test, in the prose and the Lampiran records of a Peraturan
Bupati / Peraturan Wali Kota on sistem kerja: points under a title point that name a relation
and, after a colon, the titles it is held for.
"""

from __future__ import annotations

import pytest

from tests.loader.test_clauses import AS, RV, A, S, read

CASES = [
    (  # a relation and its titles after a colon on the point's line, under a title point
        "(1) Kepala UPTD Puskesmas\na. menetapkan kinerja: Kepala Subbagian Tata Usaha dan"
        " Penanggung Jawab Klaster;\nb. Pejabat Penilai Kinerja bagi: Kepala Subbagian Tata"
        " Usaha, Pejabat Fungsional Dokter, dan Pejabat Fungsional Bidan.\n"
        "(2) Kepala Subbagian Tata Usaha\na. memberikan penugasan kepada: Pelaksana;\n"
        "b. menerima laporan dari: Pelaksana.",
        {
            (S, "Kepala UPTD Puskesmas", "Kepala Subbagian Tata Usaha", ""),
            (S, "Kepala UPTD Puskesmas", "Penanggung Jawab Klaster", ""),
            (A, "Kepala UPTD Puskesmas", "Kepala Subbagian Tata Usaha", ""),
            (A, "Kepala UPTD Puskesmas", "Pejabat Fungsional Dokter", ""),
            (A, "Kepala UPTD Puskesmas", "Pejabat Fungsional Bidan", ""),
            (AS, "Kepala Subbagian Tata Usaha", "Pelaksana", ""),
            (RV, "Kepala Subbagian Tata Usaha", "Pelaksana", ""),
        },
    ),
]


@pytest.mark.parametrize(("text", "edges"), CASES)
def test_kota_drafting_is_read(text: str, edges: set) -> None:
    assert read(text) == edges


def test_a_role_held_by_one_named_after_it_is_not_the_title_points() -> None:
    text = "(1) Kepala Seksi Pemerintahan\na. Pejabat Penilai Kinerja bagi: Pelaksana, adalah"
    text += " Camat."
    assert not {e for e in read(text) if e[1] == "Kepala Seksi Pemerintahan"}
