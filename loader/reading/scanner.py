"""Where the titles of one position table stand in a text: the longest title at each place.

A position table holds some 85 patterns. One alternation over all of them, tried
at every word, cost a quarter of reading a regulation; instead a pattern of the
literal words titles begin with ("Kepala", "Sekretaris", "JF" …, read from each
row by :func:`~loader.reading.prefilter.literal_starts`) finds the few places a
title may start, and only there are the rows tried. The result is the same as
trying every row at every word: the leftmost place where a row matches, the
longest match there, the first row on a tie.
"""

from __future__ import annotations

import re
from typing import Protocol

from loader.reading.prefilter import first_letters, literal_starts


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
        self.starts = _start_pattern(rows, firsts)

    def scan(self, text: str, pos: int, endpos: int) -> list[tuple[int, int, _Row]]:
        """(start, end, row) of each title in ``text[pos:endpos]``, left to right, apart."""
        found = []
        while (m := self.starts.search(text, pos, endpos)) is not None:
            at, best_end, best = m.start(), -1, None
            for row in self.by_letter.get(text[at].casefold(), self.rows):
                hit = row.pattern.match(text, at, endpos)
                if hit and hit.end() > best_end:
                    best_end, best = hit.end(), row
            if best is None:
                pos = at + 1  # a title's first word, but no title here
                continue
            found.append((at, best_end, best))
            pos = best_end
        return found


def _start_pattern(rows: tuple[_Row, ...], firsts: list) -> re.Pattern[str]:
    """Where a title may start: after no word character, one of the rows' literal starts; when
    a row has none, any of the rows' first letters (or any word character)."""
    starts = [literal_starts(row.pattern) for row in rows]
    if all(starts):
        pieces = _shortest(set().union(*starts))
        alternatives = "|".join(re.escape(p) for p in sorted(pieces))
        return re.compile(rf"(?<![\w])(?:{alternatives})", re.IGNORECASE)
    letters = set().union(*(f for f in firsts if f is not None))
    start = "\\w" if None in firsts else "".join(sorted(re.escape(c) for c in letters))
    return re.compile(rf"(?<![\w])(?=[{start}])", re.IGNORECASE)


def _shortest(pieces: set[str]) -> set[str]:
    """The pieces that no shorter piece begins (where "Kepala" may start, so may "Kepala
    Dinas"): fewer alternatives, the same places."""
    keep: set[str] = set()
    for piece in sorted(pieces, key=len):
        folded = piece.lower()
        if not (piece.isascii() and any(folded.startswith(k.lower()) for k in keep)):
            keep.add(piece)
    return keep


_SCANNERS: dict[int, tuple] = {}


def scanner(rows: tuple[_Row, ...]) -> Scanner:
    """The scanner of a position table, kept per table object (hashing the rows on every call
    cost more than the scan)."""
    key = id(rows)
    if key not in _SCANNERS or _SCANNERS[key][0] is not rows:
        _SCANNERS[key] = (rows, Scanner(rows))
    return _SCANNERS[key][1]
