"""Grades (jenjang) written after a title: which ones a span names, and the patterns that
let a list of titles run on over them.

"Pejabat Fungsional jenjang Ahli Madya sampai dengan Ahli Pertama" names three grades;
"kategori keahlian" four; "Ahli Muda ke bawah" two. The names and their order are the
``[[jenjang]]`` rows of ``structure.toml``.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from itertools import pairwise

from loader.model import PositionClass
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


def shared_grades(reader, members: list, bounds: list[int]) -> tuple:
    """The grades written after each member before ``bounds`` (``reader``: its ListReader),
    where a functional title listed with none right before functional titles with grades
    shares the next one's ("Polisi Kehutanan dan Penyuluh Kehutanan jenjang Ahli Madya": both
    Ahli Madya); a structural post ("Pejabat Pengawas dan Pejabat Fungsional jenjang Ahli
    Muda"), a Pelaksana or a title with grades of its own breaks the run. Only grades led in
    (``grade_lead``: "jenjang", "kategori") are shared: "Pranata Komputer Ahli Pertama" holds
    its own."""
    own = [reader.jenjang(m.end, b) for m, b in zip(members, bounds, strict=True)]
    if all(own) or not any(own):
        return tuple(own)
    carry: tuple[str, ...] = ()
    lead = reader.clause["grade_lead"]
    for i in range(len(members) - 1, -1, -1):
        if not _functional(members[i], reader.rules):
            carry = ()
        elif own[i]:
            gap = reader.text[members[i].end : bounds[i]]
            carry = own[i] if lead.match(gap, len(gap) - len(gap.lstrip())) else ()
        elif carry:
            own[i] = carry
    return tuple(own)


def regraded(lists, found, clause_start: int, cue_start: int):
    """ "X jenjang A dinilai oleh Y, sedangkan jenjang B dinilai oleh Z": a clause that names
    only grades before its verb (after ``grade_switch``) speaks of ``found`` (X, named before
    it) with those grades."""
    if found is None or found.end > cue_start:
        return found
    switch = lists.clause["grade_switch"]
    switches = list(switch.finditer(lists.text, max(clause_start, found.end), cue_start))
    at = switches[-1].end() if switches else clause_start  # after the last ", sedangkan"
    if at < found.end or any(at <= m.start < cue_start for m in lists.mentions):
        return found  # the clause names its own title
    grades = lists.jenjang(at, cue_start)
    if not grades:
        return found
    return dataclasses.replace(found, jenjang=grades, own=tuple(grades for _ in found.members))


def _functional(mention, rules) -> bool:
    """A functional title: of that class, or a title-like phrase an agent noun heads
    ("Penyuluh Pertanian", "Statistisi"; ``Rules.open_always``)."""
    if mention.cls is PositionClass.FUNGSIONAL:
        return True
    return not mention.known and any(r.pattern.fullmatch(mention.title) for r in rules.open_always)


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
