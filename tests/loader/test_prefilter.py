"""The prefilter's shortcuts give what testing every need of every row gives.

``loader/reading/prefilter.py`` lets the reader skip cue rows whose words a
text lacks, and skip pieces contained in an absent one: a speed aid that must
never drop a row that could apply.
"""

from __future__ import annotations

import re

import pytest

from loader.reading.engine import _ROLES
from loader.reading.prefilter import NeedIndex, literal_starts, relation_index, required_words
from loader.reading.rules import load_rules
from tests.loader.conftest import FILES
from tests.loader.wordings.corpus import load_split


def each_need(rows, folded: str) -> list:
    return [row for row, needs in rows if all(any(p in folded for p in n) for n in needs)]


def test_the_cue_rows_for_a_text_are_those_whose_every_need_it_meets():
    rules = load_rules()
    rows = [(r, required_words(r.cue)) for r in rules.relations]
    index = NeedIndex(rows)
    texts = [f.read_text(encoding="utf-8") for f in FILES]
    texts += [case.text for case in load_split("train")]
    paragraphs = [p.casefold() for t in texts for p in t.split("\n\n")]
    for folded in paragraphs:
        assert index.rows_for(folded) == each_need(rows, folded)
    index = relation_index(rules.relations, rules.roles.phrase, _ROLES)
    assert index.rows_for("") == [r for r, ids in index.rows if not ids]


def test_a_row_is_not_tried_on_a_text_without_what_its_requires_needs():
    """The index holds the words of a row's ``requires`` beside its cue's: a text holding the
    cue but not what ``requires`` needs is given no such row (it could give no edge)."""
    rules = load_rules()
    index = relation_index(rules.relations, rules.roles.phrase, _ROLES)
    row = next(r for r in rules.relations if r.id == "penugasan-langsung-oleh")
    assert row not in index.rows_for("penugasan langsung kepada pelaksana")
    assert row in index.rows_for("penugasan langsung kepada pelaksana oleh camat")


def test_pieces_inside_one_another_are_all_found():
    rows = [("a", (frozenset({"kinerja"}),)), ("b", (frozenset({"penilaian kinerja"}),))]
    rows += [("c", (frozenset({"nilai"}), frozenset({"oleh"})))]
    index = NeedIndex(rows)
    for text in ("kinerja", "penilaian kinerja oleh", "nilai oleh", "penilaian", ""):
        assert index.rows_for(text) == each_need(rows, text)


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        (r"\bmenetapkan\b", (frozenset({"menetapkan"}),)),
        (r"(?:di)?nilai(?= oleh)", (frozenset({"nilai"}), frozenset({" oleh"}))),
        (r"X(?! oleh)", ()),  # what must NOT follow is not needed
    ],
)
def test_required_words_read_what_a_lookahead_requires(pattern, needs):
    assert required_words(re.compile(pattern)) == needs


@pytest.mark.parametrize(
    ("pattern", "starts"),
    [
        (r"(?<!Wakil )Bupati(?! Nomor)", {"Bupati"}),
        (
            r"(?:Pejabat |Jabatan )?Pimpinan Tinggi|JPT",
            {"Pejabat Pimpinan Tinggi", "Jabatan Pimpinan Tinggi", "Pimpinan Tinggi", "JPT"},
        ),
        (r"(?:Sub ?)+Koordinator", {"Sub", "Sub "}),  # a repeated item: its own start only
        (r"Kepala [A-Z]\w+", {"Kepala "}),
        (r"[A-Z]\w+ Ahli", None),  # may begin with any capital
        (r"(?:Ketua)?", None),  # may be empty
    ],
)
def test_literal_starts_begin_every_match(pattern, starts):
    assert literal_starts(re.compile(pattern)) == starts


def test_every_position_row_begins_with_literal_words():
    """A row of positions.toml whose start is a class ("[Il]nspektur") or a flag group has no
    literal start: the title scanner then tries every row at every word (0.09 s more for the
    five regulations). Spell an OCR variant as an alternative ("(?:Inspektur|lnspektur)")."""
    from loader.reading.rules import load_rules

    bare = [r.pattern.pattern for r in load_rules().positions if not literal_starts(r.pattern)]
    assert bare == []
