"""An anchored search finds exactly what the pattern's own ``search`` and ``finditer`` find.

``loader/reading/anchored.py`` tries a pattern only where one of its literal
starts stands in the lowered text: a speed aid that must never change a
result. Compared here with ``re`` on every pattern searched so (cues, requirements,
table columns, the role phrase, open title rows, delegation cues, the
introduction of named units), over the paragraphs of the five regulations and of
the train split, whole and between offsets as the engine gives them (a
sentence: what lies before it is seen by lookbehinds, what lies after is not),
and on patterns and texts shaped to defeat the shortcut.
"""

from __future__ import annotations

import re

import pytest

from loader.reading.anchored import AnchoredSearch, anchored
from loader.reading.rules import load_rules
from tests.loader.conftest import FILES
from tests.loader.wordings.corpus import load_split


def spans(matches) -> list[tuple]:
    return [(m.span(), m.groups()) for m in matches]


def same(search: AnchoredSearch, text: str, pos: int, endpos: int) -> bool:
    plain, quick = search.pattern, search
    found = plain.search(text, pos, endpos)
    other = quick.search(text, pos, endpos)
    return (found and found.span()) == (other and other.span()) and spans(
        plain.finditer(text, pos, endpos)
    ) == spans(quick.finditer(text, pos, endpos))


def rule_patterns() -> list[re.Pattern[str]]:
    rules = load_rules()
    patterns = [r.cue for r in rules.relations] + [r.requires for r in rules.relations]
    patterns += [p for p, _ in rules.structure.table_columns] + [rules.roles.phrase]
    patterns += [r.pattern for r in rules.open_titles + rules.open_always]
    patterns += [rules.structure.named_units_intro]
    patterns += [*rules.delegation, *rules.delegation_before]
    return list(dict.fromkeys(p for p in patterns if p is not None))


def test_the_rule_patterns_are_searched_as_re_searches_them():
    patterns = rule_patterns()
    searches = [anchored(p) for p in patterns]
    assert sum(s.starts is not None for s in searches) > 0.9 * len(searches), "most anchored"
    texts = [f.read_text(encoding="utf-8") for f in FILES]
    texts += [case.text for case in load_split("train")]
    for text in (p for t in texts for p in t.split("\n\n")):
        third = len(text) // 3
        for pos, endpos in ((0, len(text)), (third, 2 * third)):
            assert all(same(s, text, pos, endpos) for s in searches), text[:80]


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?<!ber)koordinasi(?: oleh)?",  # a lookbehind sees the text before ``pos``
        r"(?:berperan |bertindak )?(?:sebagai|selaku) PPK",  # optional words before the start
        r"PPK(?= [A-Z])",  # a lookahead stops at ``endpos``
        r"(?-i:Kepala) Dinas",  # a case-sensitive part: the starts find more places, no fewer
        r"\bKepala\b|Sekretaris",
        r"[A-Z]\w+ Ahli",  # no literal start: searched by re itself
        r"(?:Sub ?)+Bagian",  # a repeated start
        r"Éselon|Eselon",  # a start that is not ASCII: searched by re itself
        r"(?<!x)kk",  # a place where the pattern fails, and a start again one further on
        r"(?<![\w])(?-i:Kepala|Sub ?Bagian) \w+",  # case-sensitive starts, sought as written
        r"(?-i:Ke(?i:pala)) Dinas",  # a case-sensitive group that ignores case again inside
        r"(?-i:É)selon",  # a case-sensitive start that is not ASCII
    ],
)
def test_shaped_patterns_are_searched_as_re_searches_them(pattern):
    search = AnchoredSearch(re.compile(pattern, re.IGNORECASE))
    texts = [
        "Berkoordinasi dan koordinasi oleh KOORDINASI; PPK Kepala dinas bertindak selaku PPK.",
        "kepala Dinas, KEPALA DINAS, Sekretaris; Sub Sub Bagian; Ahli Utama, Eselon, Éselon",
        "xkkk xkk kkk",
        "Kepala Dinas (\u212a) Kelvin sign, İ and ß: a text that is not ASCII",
        "",
    ]
    for text in texts:
        for pos in range(0, len(text), 7):
            for endpos in (pos, pos + 9, len(text)):
                assert same(search, text, pos, endpos), (text, pos, endpos)


def test_case_sensitive_starts_are_sought_as_written():
    """The agent nouns' capitalised heads are looked for as written, not in the lowered text
    (where every "pe" of a lower-case word was a place to try); a group ignoring case again
    inside, or a pattern ignoring case from its first letter, keeps the lowered starts."""
    assert anchored(re.compile(r"(?<![\w])(?-i:Kepala|Analis) \w+", re.IGNORECASE)).exact
    assert anchored(re.compile(r"Kepala")).exact
    assert not anchored(re.compile(r"(?-i:Ke(?i:pala))", re.IGNORECASE)).exact
    assert not anchored(re.compile(r"Kepala (?-i:Dinas)", re.IGNORECASE)).exact
    assert anchored(load_rules().open_always[0].pattern).exact


def test_the_last_lowered_text_is_that_of_the_text_asked_about():
    search = anchored(re.compile("kepala", re.IGNORECASE))
    assert search.search("KEPALA").span() == (0, 6)
    assert search.search("x KEPALA".removeprefix("x ")).span() == (0, 6)  # an equal new string
    assert search.search("Kepala Ülkü").span() == (0, 6)
    assert search.search("Bupati") is None
