"""A sparse search finds exactly the matches ``finditer`` finds.

``loader/reading/sparse.py`` looks for a pattern only in the runs of text
around its required words: a speed aid that must never change a match. Compared
with ``finditer`` on the five regulations, the train split of the wording
corpus, and patterns shaped to defeat the shortcut.
"""

from __future__ import annotations

import re

import pytest

from loader.reading.rules import load_rules
from loader.reading.sparse import SparseSearch
from tests.loader.conftest import FILES
from tests.loader.wordings.corpus import load_split
from tests.loader.wordings.document import document


def spans(matches) -> list[tuple]:
    return [(m.span(), m.groups()) for m in matches]


def test_abbreviations_are_found_as_a_scan_of_the_whole_text_finds_them():
    pattern = load_rules().structure.abbreviation
    search = SparseSearch(pattern)
    assert search.words is not None, "the abbreviation row is searched sparsely"
    texts = [f.read_text(encoding="utf-8") for f in FILES]
    texts += [document(case) for case in load_split("train")]
    found = 0
    for text in (" ".join(t.split()) for t in texts):
        expected = spans(pattern.finditer(text))
        assert spans(search.finditer(text)) == expected
        found += len(expected)
    assert found > 5


TEXT = (
    "Badan Kepegawaian Daerah yang selanjutnya disingkat BKD; Kepala Dinas, yang "
    "selanjutnya disebut Kadis. kepala seksi yang selanjutnya disingkat Kasi, "
    "Sub Bagian Umum: yang selanjutnya disebut Subbag Umum dan Kepala UPT yang "
    "SELANJUTNYA disebut KUPT (yang selanjutnya disebut) Yang selanjutnya disebut X. "
    "Unit 12 KODE yang selanjutnya disebut 7. Dinas Sosial yang selanjutnya disebut Dinsos. "
    "Lalu Kantor yang selanjutnya disebut Pusat"
)


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?P<long>(?:[A-Z][\w/]*\s+){1,8}?)\s*,?\s*yang selanjutnya (?:disingkat|disebut)\s+"
        r"(?P<short>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})",
        r"(?:[A-Z]\w*\s+){1,3}yang selanjutnya disebut \w+(?=\. \w)",  # looks past its match
        r"(?:[A-Z]\w*\s+){1,3}(?i:yang selanjutnya) disebut \w+",  # a part ignores case
        r"\d+ (?i:kode) yang selanjutnya disebut \d+",  # its letters in either case
        r"[^.;]*yang selanjutnya disingkat \w+",  # may hold any character but two
        r"(?<=: )yang selanjutnya disebut [\w ]+",  # the word before it, not in it
        r"\w+ yang selanjutnya disebut \w+$",
    ],
)
def test_a_sparse_search_finds_what_finditer_finds(pattern):
    compiled = re.compile(pattern)
    expected = spans(compiled.finditer(TEXT))
    assert expected, "the text holds a match"
    assert spans(SparseSearch(compiled).finditer(TEXT)) == expected
    folded = re.compile(pattern, re.IGNORECASE)
    assert spans(SparseSearch(folded).finditer(TEXT)) == spans(folded.finditer(TEXT))
