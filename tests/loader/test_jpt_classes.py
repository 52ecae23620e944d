"""A ministry's JPT Utama and JPT Madya are classes of their own, above JPT Pratama.

PermenPANRB 7/2022 and the ministries' own sistem-kerja regulations name "Pejabat Pimpinan
Tinggi Utama/Madya" (Sekretaris Jenderal, Direktur Jenderal, Inspektur Jenderal, Deputi)
above the JPT Pratama (Direktur, Kepala Biro). Before, they took the JPT Pratama class, so a
chart drew the Direktur Jenderal on the Direktur's row and the checks ranked them as peers.
"""

from __future__ import annotations

import pytest

from loader.model import PositionClass
from loader.roster.held import STRUCTURAL, ContextPosition, how_held
from loader.roster.rules import roster_rules
from tests.loader.test_titles import extract

MADYA, UTAMA, PRATAMA = PositionClass.JPT_MADYA, PositionClass.JPT_UTAMA, PositionClass.JPT_PRATAMA


def classes(text: str) -> dict[str, PositionClass]:
    x = extract(text)
    return {p.title: p.cls for u in (*x.unit_types,) for p in u.positions} | {
        p.title: p.cls for p in x.wide_positions
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "(1) Direktur Jenderal menetapkan kinerja Direktur.",
            {"Direktur Jenderal": MADYA, "Direktur": PRATAMA},
        ),
        (
            "(1) Pejabat Pimpinan Tinggi Utama menetapkan kinerja Pejabat Pimpinan Tinggi Madya.",
            {"Pejabat Pimpinan Tinggi Utama": UTAMA, "Pejabat Pimpinan Tinggi Madya": MADYA},
        ),
        (
            "(1) JPT Madya memberikan penilaian kinerja bagi JPT Pratama.",
            {"JPT Madya": MADYA, "JPT Pratama": PRATAMA},
        ),
        ("(1) Sekjen menetapkan kinerja Kepala Biro Umum.", {"Sekjen": MADYA}),
        ("(1) Irjen menetapkan kinerja Sesditjen.", {"Irjen": MADYA, "Sesditjen": PRATAMA}),
    ],
)
def test_jpt_madya_and_utama_take_their_own_class(text, expected):
    got = classes(text)
    assert {t: got.get(t) for t in expected} == expected


def test_the_classes_rank_above_jpt_pratama():
    assert UTAMA.rank < MADYA.rank < PRATAMA.rank < PositionClass.ADMINISTRATOR.rank


def test_a_generic_jpt_madya_title_is_held_by_an_employee_of_that_class():
    rules = roster_rules()
    post = ContextPosition("u1", "Pejabat Pimpinan Tinggi Madya", MADYA, "scope")
    assert how_held(post, "Direktur Jenderal Pajak", MADYA, 1, rules) == "class"
    assert how_held(post, "Direktur Penyuluhan", PRATAMA, 2, rules) is None
    assert {MADYA, UTAMA} <= set(STRUCTURAL)


def test_the_structural_ladder_puts_madya_above_pratama():
    # checks/precedence.py ranks the structural classes present in a unit type by rank: tier 1
    # for the highest (a unit led by a JPT Madya gives its JPT Pratama tier 2)
    ladder = sorted(
        {PRATAMA, MADYA, PositionClass.ADMINISTRATOR} & set(STRUCTURAL), key=lambda c: c.rank
    )
    assert ladder == [MADYA, PRATAMA, PositionClass.ADMINISTRATOR]
