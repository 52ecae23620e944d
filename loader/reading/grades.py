"""Grades (jenjang) written after a title: which ones a span names, and the patterns that
let a list of titles run on over them.

"Pejabat Fungsional jenjang Ahli Madya sampai dengan Ahli Pertama" names three grades;
"kategori keahlian" four; "Ahli Muda ke bawah" two. The names and their order are the
``[[jenjang]]`` rows of ``structure.toml``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from loader.reading.prefilter import per_object


def grades_in(span: str, jenjang_rules, range_joiner: re.Pattern[str], rows=None):
    """The canonical grades ``span`` names, in the order written. ``rows`` are the jenjang
    rows tried (default all; a caller may pass those whose words its text holds); the order
    of a range is always that of the whole table."""
    if len(span.strip(" ,/;.")) < 4:
        return ()  # the gap between two members of a list
    hits = []
    for pattern, name in jenjang_rules if rows is None else rows:
        for m in pattern.finditer(span):
            hits.append((m.start(), m.end(), name))
    if not hits:
        return ()  # most spans name no grade: no range to read
    ordered = []
    for _, _, name in _ranges(_outermost(sorted(hits)), span, jenjang_rules, range_joiner):
        for part in name.split(", "):
            if part not in ordered:
                ordered.append(part)
    return tuple(ordered)


def _outermost(hits: list) -> list:
    """The hits no longer hit holds: "di bawah jenjang Ahli Madya" names the grades under
    it, not Ahli Madya, which its own row finds inside it (``hits`` sorted by start)."""
    if len(hits) < 2:
        return hits
    return [
        h
        for h in hits
        if not any(o[0] <= h[0] and h[1] <= o[1] and o[1] - o[0] > h[1] - h[0] for o in hits)
    ]


def _ranges(hits: list, span: str, jenjang_rules, joiner: re.Pattern[str]) -> list:
    """ "Ahli Madya sampai dengan Ahli Pertama": a range spans the grades between its two ends,
    in the order of the single grades of the jenjang table (``structure.toml``)."""
    order = per_object(_ORDER, jenjang_rules, _single_grades)
    out = list(hits)
    for (_, a_end, a), (b_start, _, b) in pairwise(hits):
        if a in order and b in order and joiner.fullmatch(span, a_end, b_start):
            i, j = order.index(a), order.index(b)
            between = order[min(i, j) + 1 : max(i, j)]
            out.extend((a_end, a_end, name) for name in between)
    return sorted(out)


def _single_grades(jenjang_rules) -> list[str]:
    """The grades in the order of their own rows, the last rows of a single grade ("di bawah
    jenjang Ahli Muda" names one grade too, before them)."""
    names = [name for _, name in jenjang_rules if ", " not in name]
    return list(dict.fromkeys(reversed(names)))[::-1]


_ORDER: dict = {}  # the single grades' order, per jenjang table (worked out once)
_NEVER = re.compile(r"(?!)")


def grade_patterns(jenjang_rules, lead: str, joiner: str):
    """Grade words between a title and what follows it (``structure.toml`` ``grade_lead`` and
    ``grade_joiner``): one pattern for a gap, one for the tail of a list. ``jenjang_rules``
    may be the rows a text holds the words of (``rows_in``): each list of a text tries every
    gap, so a pattern of only those rows is what keeps a larger jenjang table cheap."""
    if not jenjang_rules:
        return _NEVER, _NEVER
    return _compiled(tuple(p.pattern for p, _ in jenjang_rules), lead, joiner)


@lru_cache(maxsize=256)  # one per set of rows a text holds; a few dozen in practice
def _compiled(patterns: tuple[str, ...], lead: str, joiner: str):
    """Keyed by the rows' texts: hashing compiled patterns would hash their code each time."""
    grades = "|".join(f"(?:{p})" for p in patterns)
    gap = rf"\s*(?:(?:{lead})?(?:{grades})\s*(?:{joiner})?\s*)+"
    tail = rf"\s*(?:{lead})?(?:{grades})(?:\s*(?:{joiner})\s*(?:{lead})?(?:{grades}))*"
    return re.compile(gap, re.IGNORECASE), re.compile(tail, re.IGNORECASE)
