"""Grades (jenjang) written after a title: which ones a span names, and the patterns that
let a list of titles run on over them.

"Pejabat Fungsional jenjang Ahli Madya sampai dengan Ahli Pertama" names three grades;
"kategori keahlian" four; "Ahli Muda ke bawah" two. The names and their order are the
``[[jenjang]]`` rows of ``structure.toml``.
"""

from __future__ import annotations

import re
from itertools import pairwise


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
    for _, _, name in _ranges(sorted(hits), span, jenjang_rules, range_joiner):
        for part in name.split(", "):
            if part not in ordered:
                ordered.append(part)
    return tuple(ordered)


def _ranges(hits: list, span: str, jenjang_rules, joiner: re.Pattern[str]) -> list:
    """ "Ahli Madya sampai dengan Ahli Pertama": a range spans the grades between its two ends,
    in the order of the single grades of the jenjang table (``structure.toml``)."""
    order = [name for _, name in jenjang_rules if ", " not in name]
    out = list(hits)
    for (_, a_end, a), (b_start, _, b) in pairwise(hits):
        if a in order and b in order and joiner.fullmatch(span, a_end, b_start):
            i, j = order.index(a), order.index(b)
            between = order[min(i, j) + 1 : max(i, j)]
            out.extend((a_end, a_end, name) for name in between)
    return sorted(out)


def grade_patterns(jenjang_rules, lead: str, joiner: str):
    """Grade words between a title and what follows it (``structure.toml`` ``grade_lead`` and
    ``grade_joiner``): one pattern for a gap, one for the tail of a list. Kept per table
    object (by identity: hashing the table hashes each compiled pattern's code)."""
    key = (id(jenjang_rules), lead, joiner)
    known = _PATTERNS.get(key)
    if known is None or known[0] is not jenjang_rules:
        if len(_PATTERNS) >= 64:
            _PATTERNS.clear()
        known = _PATTERNS[key] = (jenjang_rules, _compiled(jenjang_rules, lead, joiner))
    return known[1]


_PATTERNS: dict[tuple, tuple] = {}


def _compiled(jenjang_rules, lead: str, joiner: str):
    grades = _any(jenjang_rules)
    gap = rf"\s*(?:(?:{lead})?(?:{grades})\s*(?:{joiner})?\s*)+"
    tail = rf"\s*(?:{lead})?(?:{grades})(?:\s*(?:{joiner})\s*(?:{lead})?(?:{grades}))*"
    return re.compile(gap, re.IGNORECASE), re.compile(tail, re.IGNORECASE)


def _any(jenjang_rules) -> str:
    return "|".join(f"(?:{p.pattern})" for p, _ in jenjang_rules)
