"""From positioned text on PDF pages to the lines of a regulation, with the page of each.

Both PDF paths, the text layer and OCR, end here as :class:`Run`\\ s (a glyph
or a word with its box, in points from the page's top-left corner), so one
piece of geometry decides reading order and line breaks for both.

A printed page breaks every paragraph into lines that fill the column, but the
extractor reads a line that opens with "(1)", "a." or "Pasal 5" as a new
point: a sentence wrapped just before "ayat (1)" would be cut in two. So a
physical line is joined to the one before it when it is a *wrap*: the line
before is full (its next word would not have fitted before the column's right
edge), no blank space separates them, and it is not the case that the line
before ends a clause (``.;:``) while this one opens with a marker of the rule
tables. Blank space of a line or more becomes blank lines, as in the source.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from loader.reading.rules import Structure

# Type is set with its lines about 1.2–1.4 times the glyph height apart.
_LINE_PITCH = 1.5
# A line this much taller than the median pitch holds blank lines.
_BLANK_PITCH = 1.5
# Runs whose vertical centres differ by less than this share a line (fraction of their height).
_SAME_LINE = 0.5
# A horizontal gap wider than this (fraction of the line height) is a space between words.
_WORD_GAP = 0.12
_CLAUSE_END = re.compile(r"[.;:]\s*$")
# A page number printed above or below the text: "- 2 -", "2", "Halaman 2 dari 9".
_FOLIO = re.compile(r"^\W*(?:hal(?:aman)?\.?\s*)?\d{1,4}(?:\s*(?:dari|/)\s*\d{1,4})?\W*$", re.I)
_DECORATION = re.compile(r"^[\s#>*\-•]*")


@dataclass(frozen=True)
class Run:
    """A glyph or word: its text and box in points, ``top < bottom`` measured downwards.

    ``word`` marks a whole word (OCR), always set apart from the next however
    narrow the gap; glyphs are set apart only by a gap wider than a space.
    """

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    word: bool = False


@dataclass(frozen=True)
class PhysLine:
    """One printed line: its text, 1-based page, and box; ``first_word`` is that word's width."""

    text: str
    page: int
    x0: float
    x1: float
    top: float
    height: float
    first_word: float


def physical_lines(page: int, runs: Iterable[Run]) -> list[PhysLine]:
    """Runs of one page grouped into lines, top to bottom, each read left to right.

    A run joins the current line when its vertical centre lies within half the
    line's tallest box of the line's first centre: OCR boxes are tight, so an
    "a" is half as tall as the "Pejabat" beside it.
    """
    rows: list[list[Run]] = []
    centre = height = 0.0
    for run in sorted(runs, key=lambda r: r.top + r.bottom):
        middle = (run.top + run.bottom) / 2
        height = max(height, run.bottom - run.top)
        if rows and abs(middle - centre) < _SAME_LINE * height:
            rows[-1].append(run)
        else:
            rows.append([run])
            centre, height = middle, run.bottom - run.top
    return [_line(page, sorted(row, key=lambda r: r.x0)) for row in rows]


def _line(page: int, row: list[Run]) -> PhysLine:
    height = max(r.bottom - r.top for r in row)
    parts, first_end = [row[0].text], None
    for before, run in itertools.pairwise(row):
        if before.word or run.x0 - before.x1 > _WORD_GAP * height:
            first_end = before.x1 if first_end is None else first_end
            parts.append(" ")
        parts.append(run.text)
    return PhysLine(
        text="".join(parts),
        page=page,
        x0=row[0].x0,
        x1=max(r.x1 for r in row),
        top=min(r.top for r in row),
        height=height,
        first_word=(first_end if first_end is not None else row[-1].x1) - row[0].x0,
    )


def without_folios(lines: list[PhysLine]) -> list[PhysLine]:
    """Drop page numbers: a number alone as the first or last line of its page.

    Left in, a page number would sit between the two halves of a sentence that
    runs over the page break and stop them from being joined.
    """
    edges = {}
    for i, line in enumerate(lines):
        edges.setdefault(line.page, [i, i])[1] = i
    ends = {i for first, last in edges.values() for i in (first, last)}
    return [line for i, line in enumerate(lines) if i not in ends or not _FOLIO.match(line.text)]


def opener_test(structure: Structure) -> Callable[[str], bool]:
    """True for a line the segmenter would read as a new point, article or the Lampiran."""

    def opens(text: str) -> bool:
        bare = text[_DECORATION.match(text).end() :]
        return bool(structure.lampiran_start.match(bare)) or any(
            m.pattern.match(bare) for m in structure.markers
        )

    return opens


def logical_lines(lines: list[PhysLine], opens: Callable[[str], bool]) -> list[tuple[str, int]]:
    """``(text, page)`` per line of the regulation: wraps joined, blank space kept."""
    if not lines:
        return []
    right = _right_edge(lines)
    pitch = _pitch(lines)
    out: list[list] = []
    for before, line in zip([None, *lines], lines, strict=False):
        blanks = 0
        if before is not None and before.page == line.page:
            gap = line.top - before.top
            blanks = max(0, round(gap / pitch) - 1) if gap > _BLANK_PITCH * pitch else 0
        if before is not None and not blanks and _wraps(before, line, right, opens):
            out[-1][0] = f"{out[-1][0]} {line.text}"
            continue
        out.extend([["", line.page]] * blanks)
        out.append([line.text, line.page])
    return [(text, page) for text, page in out]


def _right_edge(lines: list[PhysLine]) -> float:
    """The column's right edge: nearly the widest line, so one stray wide line does not count."""
    ends = sorted(line.x1 for line in lines)
    return ends[round(0.98 * (len(ends) - 1))]


def _pitch(lines: list[PhysLine]) -> float:
    """The distance between the tops of two lines of one paragraph (points).

    The median step between lines, but never more than 1.5 line heights: on a
    page of paragraphs set apart by blank lines the median step is itself a
    blank line.
    """
    steps = [
        b.top - a.top for a, b in itertools.pairwise(lines) if a.page == b.page and b.top > a.top
    ]
    tallest = _LINE_PITCH * statistics.median(line.height for line in lines)
    return min(statistics.median(steps), tallest) if steps else tallest


def _wraps(before: PhysLine, line: PhysLine, right: float, opens: Callable[[str], bool]) -> bool:
    space = 0.3 * before.height
    if before.x1 + space + line.first_word <= right:
        return False  # the next word would have fitted: the line before ended its paragraph
    return not (_CLAUSE_END.search(before.text) and opens(line.text))
