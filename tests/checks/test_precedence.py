"""The one precedence on a structure, with no roster (issues 13, 14).

Expected values come from the regulation texts:
- Buton Pasal 7 ayat (4): JF Ahli Utama/Ahli Madya under the JPT (huruf a), Ahli Muda under the
  Administrator (huruf b), Ahli Pertama and keterampilan grades under the Pengawas (huruf c);
  Lampiran IV A angka (2) huruf b: Sekretaris and Kepala Bidang appraise the Dinas/Badan's JF
  and pelaksana (the unit type's own rule, beaten by a jenjang rule, beating Pasal 7 ayat (5)).
- Tabalong Pasal 6 ayat (2): the same split for its "JF".
- Muna Lampiran BAB II D angka 8 huruf b angka 6): the Pejabat Administrator appraises by
  delegation (an accepted alternative, never the implied appraiser).
"""

from __future__ import annotations

import pytest

from checks.precedence import RuleLevel, applies, superiors
from checks.snapshot import read_structure, regulation_of
from loader.model import EdgeType

BUTON_DINAS = "kabupaten-buton/peraturan-bupati-3-2024/ut/iv-dinas-badan-daerah"


@pytest.fixture(scope="module")
def buton(loaded_store):
    return read_structure(loaded_store, "kabupaten-buton/peraturan-bupati-3-2024")


def _implied(candidates) -> list[tuple[str, str, tuple[str, ...]]]:
    return [
        (c.position.title, c.where, tuple(p.title for p in c.local))
        for c in candidates
        if c.implied
    ]


def test_ahli_madya_in_a_dinas_is_appraised_by_the_jpt_pasal_7_ayat_4_huruf_a(buton):
    found = superiors(buton, BUTON_DINAS, "Pejabat Fungsional", "Ahli Madya", EdgeType.APPRAISES)
    assert _implied(found) == [
        ("Jabatan Tinggi Pratama", "Pasal 7 ayat (4) huruf a", ("Kepala Dinas/Badan Daerah",))
    ]
    assert found[0].level is RuleLevel.JENJANG_REGULATION
    assert "ahli madya" in found[0].edge.cite.quote.casefold()


@pytest.mark.parametrize(
    ("jenjang", "where", "local"),
    [
        ("Ahli Utama", "Pasal 7 ayat (4) huruf a", ("Kepala Dinas/Badan Daerah",)),
        ("Ahli Muda", "Pasal 7 ayat (4) huruf b", ("Kepala Bidang", "Sekretaris")),
        ("Ahli Pertama", "Pasal 7 ayat (4) huruf c", ("Pejabat Pengawas",)),
        ("Terampil", "Pasal 7 ayat (4) huruf c", ("Pejabat Pengawas",)),
    ],
)
def test_each_jenjang_rule_beats_the_unit_types_own_rule(buton, jenjang, where, local):
    found = superiors(buton, BUTON_DINAS, "Pejabat Fungsional", jenjang, "APPRAISES")
    assert [(w, loc) for _, w, loc in _implied(found)] == [(where, local)]


def test_the_unit_types_own_rule_beats_the_regulation_wide_one_for_pelaksana(buton):
    found = superiors(buton, BUTON_DINAS, "pelaksana", None, EdgeType.APPRAISES)
    assert {(t, w) for t, w, _ in _implied(found)} == {
        ("Kepala Bidang", "Lampiran IV A angka (2) huruf b"),
        ("Sekretaris", "Lampiran IV A angka (2) huruf b"),
    }
    assert {c.level for c in found} == {RuleLevel.UNIT_TYPE}


def test_a_functional_post_without_jenjang_gets_only_rules_naming_no_grade(buton):
    found = superiors(buton, BUTON_DINAS, "Pejabat Fungsional", None, EdgeType.APPRAISES)
    assert {c.where for c in found} == {"Lampiran IV A angka (2) huruf b"}


def test_a_structure_read_twice_and_edges_reordered_gives_the_same_order(loaded_store, buton):
    again = read_structure(loaded_store, buton.regulation)
    shuffled = again.with_edges(tuple(reversed(again.edges)))
    for edge_type in ("APPRAISES", "SETS_PERFORMANCE"):
        a = superiors(buton, BUTON_DINAS, "Pejabat Fungsional", "Ahli Muda", edge_type)
        b = superiors(shuffled, BUTON_DINAS, "Pejabat Fungsional", "Ahli Muda", edge_type)
        assert [(c.position.uid, c.local, c.edge) for c in a] == [
            (c.position.uid, c.local, c.edge) for c in b
        ]


def test_tabalong_pasal_6_ayat_2_splits_its_jf_the_same_way(loaded_store):
    reg = regulation_of(loaded_store, "Kabupaten Tabalong")
    structure = read_structure(loaded_store, reg["uid"])
    wide = structure.wide_type
    # the text's "JF" is read as the one title "Pejabat Fungsional" (positions.toml)
    found = superiors(structure, wide, "Pejabat Fungsional", "Ahli Madya", "APPRAISES")
    assert _implied(found) == [
        ("Jabatan Tinggi Pratama", "Pasal 6 ayat (2) huruf a", ("Jabatan Tinggi Pratama",))
    ]


def test_a_delegated_appraiser_is_an_alternative_never_the_implied_one(loaded_store):
    reg = regulation_of(loaded_store, "Kabupaten Muna")
    structure = read_structure(loaded_store, reg["uid"])
    unit_type = next(t.uid for t in structure.unit_types.values() if t.where == "BAB II D angka 8")
    found = superiors(structure, unit_type, "Pejabat Fungsional", None, "APPRAISES")
    delegated = [c for c in found if c.delegated]
    assert [(c.position.title, c.implied) for c in delegated] == [("Pejabat Administrator", False)]
    assert delegated[0].where == "Lampiran BAB II D angka 8 huruf b angka 6)"
    assert any(c.implied for c in found)


@pytest.mark.parametrize(
    ("condition", "jenjang", "strict", "expected"),
    [
        (None, "Ahli Madya", False, True),
        ("", None, True, True),
        ("Ahli Utama, Ahli Madya", "ahli  madya", False, True),
        ("Ahli Utama, Ahli Madya", "Ahli Muda", False, False),
        (["Ahli Muda"], "Ahli Muda", False, True),
        (["Ahli Muda"], None, False, True),  # a chart showing every grade
        (["Ahli Muda"], None, True, False),  # a subject with no grade
        ("dengan pendelegasian", "Ahli Muda", True, True),  # a condition naming no grade
    ],
)
def test_applies_is_the_one_jenjang_filter(condition, jenjang, strict, expected):
    assert applies(condition, jenjang, strict=strict) is expected
