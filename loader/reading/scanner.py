"""Where the titles of one position table stand in a text: the longest title at each place.

A position table holds some 85 patterns. One alternation over all of them, tried
at every word, cost a quarter of reading a regulation; instead a pattern of the
literal words titles begin with ("Kepala", "Sekretaris", "JF" …, read from each
row by :func:`~loader.reading.prefilter.literal_starts`) finds the few places a
title may start, and only there are the rows tried. The result is the same as
trying every row at every word: the leftmost place where a row matches, the
longest match there, the first row on a tie. In ASCII text those places are
sought in the lowered text with a case-sensitive pattern, which ``re`` runs
faster than the same pattern ignoring case.
"""

from __future__ import annotations

import re
from typing import Protocol

from loader.reading.anchored import fewest_starts, letter_tree, lowered
from loader.reading.prefilter import first_letters, literal_starts, per_object


class _Row(Protocol):
    pattern: re.Pattern[str]


class Scanner:
    """The compiled search of one table (built once per table, see :func:`scanner`)."""

    def __init__(self, rows: tuple[_Row, ...]) -> None:
        self.rows = rows
        firsts = [first_letters(row.pattern) for row in rows]
        letters = set().union(*(f for f in firsts if f is not None))
        # per first letter, the rows that may start with it: the longest title is sought
        # among few
        self.by_letter = {
            c: tuple(r for r, f in zip(rows, firsts, strict=True) if f is None or c in f)
            for c in letters
        }
        starts = [literal_starts(row.pattern) for row in rows]
        pieces = fewest_starts(set().union(*starts)) if all(starts) else set()
        self.starts = _start_pattern(pieces, letters, None in firsts)
        # the same places in a lowered ASCII text, sought case-sensitively (faster in ``re``)
        self.lowered_starts = None
        # per literal start (lower case), the rows that begin with it: when every start is
        # ASCII, at most one of them stands at a place, and only its rows are tried
        self.by_start: dict[str, tuple[_Row, ...]] = {}
        if pieces and all(p.isascii() for p in pieces):
            self.by_start = {
                p.lower(): tuple(
                    r
                    for r, s in zip(rows, starts, strict=True)
                    if any(x.lower().startswith(p.lower()) for x in s)
                )
                for p in pieces
            }
            self.lowered_starts = re.compile(self.starts.pattern)

    def scan(self, text: str, pos: int, endpos: int) -> list[tuple[int, int, _Row]]:
        """(start, end, row) of each title in ``text[pos:endpos]``, left to right, apart."""
        found = []
        search, within = self.starts.search, text
        if self.lowered_starts is not None and (low := lowered(text)) is not None:
            search, within = self.lowered_starts.search, low
        while (m := search(within, pos, endpos)) is not None:
            at, best_end, best = m.start(), -1, None
            for row in self._candidates(text, m):
                hit = row.pattern.match(text, at, endpos)
                if hit and hit.end() > best_end:
                    best_end, best = hit.end(), row
            if best is None:
                pos = at + 1  # a title's first word, but no title here
                continue
            found.append((at, best_end, best))
            pos = best_end
        return found

    def _candidates(self, text: str, m: re.Match[str]) -> tuple[_Row, ...]:
        """The rows that may match where ``m`` found a start: those of that start, or (an
        unusual letter, a table without literal starts) those of its first letter."""
        piece = m.group(0)
        rows = self.by_start.get(piece.lower()) if piece.isascii() else None
        if rows is not None:
            return rows
        return self.by_letter.get(text[m.start()].casefold(), self.rows)


def _start_pattern(pieces: set[str], letters: set[str], any_letter: bool) -> re.Pattern[str]:
    """Where a title may start: after no word character, one of the rows' literal starts (as
    a tree of letters, which ``re`` tries several times faster than a flat alternation); when
    a row has none, any of the rows' first letters (or any word character)."""
    if pieces:
        if all(p.isascii() for p in pieces):
            alternatives = letter_tree({p.lower() for p in pieces})
        else:
            alternatives = "|".join(re.escape(p) for p in sorted(pieces))
        return re.compile(rf"(?<![\w])(?:{alternatives})", re.IGNORECASE)
    start = "\\w" if any_letter else "".join(sorted(re.escape(c) for c in letters))
    return re.compile(rf"(?<![\w])(?=[{start}])", re.IGNORECASE)


_SCANNERS: dict[int, tuple] = {}


def scanner(rows: tuple[_Row, ...]) -> Scanner:
    """The scanner of a position table, kept per table object."""
    return per_object(_SCANNERS, rows, Scanner)
