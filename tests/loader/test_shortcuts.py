"""The reader's smaller shortcuts answer as the plain reading they replaced.

Each is a speed aid that must never change a result (issue 11 point 6): a table
header's leftover words checked before its columns are read, the jabatan column
alone gating a table, the last list end sought from the end, a span with no
grade read as naming none, the grade patterns kept per table. Each is compared
here with the plain code it replaced, on every block of the five regulations and
of the train split (in the document of its kind).
"""

from __future__ import annotations

import re

import pytest

from loader.model import EdgeType
from loader.reading import grades, tables
from loader.reading.aliases import with_defined_aliases
from loader.reading.lists import ListReader
from loader.reading.mentions import find_mentions
from loader.reading.prefilter import rows_in
from loader.reading.rules import load_rules
from loader.reading.segment import Segmenter
from loader.reading.text import CleanText
from tests.loader.conftest import FILES
from tests.loader.wordings.corpus import load_split
from tests.loader.wordings.document import document


@pytest.fixture(scope="module")
def blocks() -> list[tuple[str, object]]:
    """(clean text, rules) of every block of the five and of the train documents."""
    sources = [f.read_text(encoding="utf-8") for f in FILES]
    sources += [document(case) for case in load_split("train")]
    out = []
    for source in sources:
        rules = with_defined_aliases(source, load_rules())
        found, _ = Segmenter(rules.structure).segment(source)
        out += [(CleanText(source, b.spans).text, rules) for b in found]
    return out


def plain_header(line: str, columns) -> list | None:
    """``tables._header`` as it was: columns read in order, then the leftover words."""
    if not any(p.search(line) for p, meaning in columns if meaning == "jabatan"):
        return None
    found, pos = [], 0
    while pos < len(line):
        best = None
        for pattern, meaning in columns:
            m = pattern.search(line, pos)
            if m and (best is None or m.start() < best[0].start()):
                best = (m, meaning)
        if best is None:
            break
        found.append(best[1])
        pos = best[0].end()
    rest = line
    for pattern, _ in columns:
        rest = pattern.sub(" ", rest)
    if rest.strip(" |\t.:-0123456789"):
        return None
    titled = [m for m in found if m not in ("skip", "grade")]
    if "jabatan" not in titled or not any(isinstance(m, EdgeType) for m in titled):
        return None
    return titled


def test_a_table_header_is_read_as_the_plain_reading_reads_it(blocks):
    columns = load_rules().structure.table_columns
    lines = [line for text, _ in blocks for line in re.split(r"(?<=[.;:])\s+|\|\s*\|", text)]
    lines += [
        "| No | Jabatan | Pejabat Penilai Kinerja | Pemberi Penugasan |",
        "Jabatan yang dinilai",
    ]
    headers = 0
    for line in lines:
        assert tables._header(line, columns) == plain_header(line, columns), line
        headers += plain_header(line, columns) is not None
    assert headers, "some header is read"


def test_the_jabatan_column_gates_a_table_as_every_column_did(blocks):
    columns = load_rules().structure.table_columns
    for text, _ in blocks:
        folded = text.casefold()
        plain = any(p.search(text) for p, m in rows_in(folded, columns) if m == "jabatan")
        quick = any(p.search(text) for p, _ in rows_in(folded, tables.jabatan_columns(columns)))
        assert quick == plain, text[:80]


class PlainReader(ListReader):
    """``ListReader.backward`` as it was: every mention tested, the last that ends before
    ``end`` kept."""

    def backward(self, end: int, tail: re.Pattern[str]):
        last = None
        for i, m in enumerate(self.mentions):
            gap = self.text[m.end : end]
            if m.end <= end and (tail.match(gap) or self._grade_gap(gap, tail)):
                last = i
        if last is None:
            return None
        first = last
        while first > 0:
            gap = self.text[self.mentions[first - 1].end : self.mentions[first].start]
            if self._alias_then_comma(first, gap) or self._clause_comma(gap, self.mentions[first]):
                break
            if self._clause_comma(gap, self.mentions[first]):
                break
            joined = self.clause["list_joiner"].match(gap) or self.clause["list_filler"].match(gap)
            if joined and (self._superior_of(first - 1) or self._clause_end(first, gap)):
                break  # the walk back stops where ListReader's does: only finding the last differs
            if joined or self.clause["defined_as"].match(gap):
                first -= 1
            else:
                break
        return self.forward(first, end)


def test_the_last_list_end_is_found_from_the_end_as_from_the_start(blocks):
    tails = [load_rules().structure.clause["subject_tail"], re.compile(r"^\s*,?\s*$")]
    found = 0
    # two lists may end before a verb: "Kepala Bidang di Sekretaris Daerah menetapkan"
    shaped = "Kepala Bidang di Sekretaris Daerah menetapkan kinerja Kepala Seksi."
    for text, rules in [*blocks[::2], (shaped, load_rules())]:
        mentions = find_mentions(text, rules)
        quick, plain = ListReader(text, mentions, rules), PlainReader(text, mentions, rules)
        words = {m.end() for m in re.finditer(r" ", text)}
        for end in sorted({m.end for m in mentions} | words)[:24]:
            for tail in tails:
                answer = quick.backward(end, tail)
                assert answer == plain.backward(end, tail), (text[:60], end)
                found += answer is not None
    assert found, "some list is found"


def plain_grades(span: str, jenjang_rules, joiner: re.Pattern[str]) -> tuple[str, ...]:
    """``grades_in`` without its early answer for a span naming no grade."""
    if len(span.strip(" ,/;.")) < 4:
        return ()
    hits = [(m.start(), m.end(), n) for p, n in jenjang_rules for m in p.finditer(span)]
    ordered = []
    for _, _, name in grades._ranges(grades._outermost(sorted(hits)), span, jenjang_rules, joiner):
        ordered += [part for part in name.split(", ") if part not in ordered]
    return tuple(ordered)


def test_grades_are_read_as_the_plain_reading_reads_them(blocks):
    structure = load_rules().structure
    joiner = structure.clause["grade_range"]
    named = 0
    for text, _ in blocks:
        for span in (text, text[: len(text) // 2], "Ahli Madya sampai dengan Ahli Pertama"):
            quick = grades.grades_in(span, structure.jenjang, joiner)
            assert quick == plain_grades(span, structure.jenjang, joiner)
            named += bool(quick)
    assert named, "some span names a grade"


def test_the_grade_patterns_kept_per_table_are_those_compiled_for_it():
    structure = load_rules().structure
    lead, joiner = structure.clause["grade_lead"].pattern, structure.clause["grade_joiner"].pattern
    kept = grades.grade_patterns(structure.jenjang, lead, joiner)
    assert grades.grade_patterns(structure.jenjang, lead, joiner) is kept
    fresh = grades._compiled(tuple(p.pattern for p, _ in structure.jenjang), lead, joiner)
    assert [p.pattern for p in kept] == [p.pattern for p in fresh]
    other = tuple(structure.jenjang[:2])  # another table: its own patterns
    assert grades.grade_patterns(other, lead, joiner)[0].pattern != kept[0].pattern
