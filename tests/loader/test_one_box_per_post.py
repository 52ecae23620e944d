"""One post is one box: an abbreviation or a damaged numeral is not a position of its own.

Muna writes "JF" beside "Pejabat Fungsional" in one section (GLOSSARY: "Jabatan Fungsional
(JF) / Pejabat Fungsional"); Malang's text gives "pejabat level Il" and "pejabat level 1"
beside "pejabat level II" and "pejabat level I". The rows of ``positions.toml`` with a
``title`` read each spelling as one title. "Individu" and "Tim Kerja" are parties of review
edges, not posts: class "Pihak".
"""

from __future__ import annotations

import pytest

from loader.model import PositionClass
from loader.reading.rules import load_rules
from loader.reading.titles import canonical_title
from tests.loader.conftest import FILES, MALANG, MUNA


def _scopes(x):
    yield "body", x.wide_positions
    for u in x.unit_types:
        yield u.id, u.positions


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_no_position_is_an_abbreviation_or_a_damaged_numeral(path, extracted):
    x = extracted[path.name]
    for scope, positions in _scopes(x):
        titles = {p.key for p in positions}
        assert "jf" not in titles, scope
        assert not {"pejabat level il", "pejabat level 1", "pejabat level ll"} & titles, scope


@pytest.mark.parametrize("path", [MUNA, MALANG], ids=lambda p: p.stem)
def test_individu_and_tim_kerja_are_parties_not_posts(path, extracted):
    x = extracted[path.name]
    found = [p for _, ps in _scopes(x) for p in ps if p.key in ("individu", "tim kerja")]
    assert found
    assert {p.cls for p in found} == {PositionClass.PIHAK}


def test_edges_name_the_one_title():
    x_titles = {"JF", "pejabat level Il", "Pejabat Level 1", "Pejabat Level lll"}
    got = {canonical_title(t, load_rules()) for t in x_titles}
    assert got == {"Pejabat Fungsional", "Pejabat Level II", "Pejabat Level I", "Pejabat Level III"}
    assert canonical_title("Kepala Bagian", load_rules()) == "Kepala Bagian"


def test_the_muna_section_that_wrote_jf_has_one_functional_box(extracted):
    x = extracted[MUNA.name]
    for u in x.unit_types:
        functional = [p.title for p in u.positions if p.cls is PositionClass.FUNGSIONAL]
        assert len({t.casefold() for t in functional}) <= 1, (u.id, functional)
