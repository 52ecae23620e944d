"""Abbreviations a regulation defines for itself become position titles for that text.

"Pejabat Penilai Kinerja yang selanjutnya disingkat PJK" teaches the reader
that "PJK" is a position of the same class in this one regulation, without a
new row in the shared tables (issue 3: abbreviations defined in the text);
so does "Dalam Peraturan ini yang dimaksud dengan: 1. Pemimpin Satuan Kerja
adalah Kepala Perangkat Daerah ..." (issue 11: definitions in every form).
"""

from __future__ import annotations

import dataclasses
import re

from loader.reading.mentions import find_mentions
from loader.reading.rules import PositionRule, Rules
from loader.reading.sparse import sparse


def _defined(text: str, rules: Rules, learned: list[PositionRule]) -> list[PositionRule]:
    """ "1. Pemimpin Satuan Kerja adalah Kepala Perangkat Daerah ...": a title no table
    knows, defined as a known one, is a position of that one's class."""
    if rules.definition is None:
        return []
    taught = []
    for m in _definitions(text, rules.definition):
        short, long = m.group("short").strip(), m.group("long")
        known = [x for x in find_mentions(long, rules) if x.known]
        if not known or known[0].start != 0:
            continue
        if _known(short, rules):
            continue  # already a known title
        pattern = re.compile(rf"(?<![\w]){re.escape(short)}(?![\w])")
        taught.append(PositionRule(pattern, known[0].cls))
    return taught


def _definitions(text: str, pattern: re.Pattern[str]):
    """Matches of the definition pattern, looked for only around each " adalah " (a scan of
    the whole text at every position cost more than the rest of this module)."""
    at, last = text.find(" adalah "), -1
    while at != -1:
        window = max(last, at - 120)
        m = pattern.search(text, window, at + 100)
        if m is not None and m.start() < at:
            yield m
            last = m.end()
        at = text.find(" adalah ", at + 1)


_DAN = re.compile(r"(?:[A-Z][\w/]*\s)+(?:dan|serta)\s$")


def _with_dan(text: str, start: int) -> str:
    """The words of a long title the definition's pattern left out before a "dan" ("Kepala
    Pusat Data dan" of "... Sistem Informasi yang selanjutnya disebut Kapusdatin")."""
    m = _DAN.search(text, max(0, start - 80), start)
    return m.group(0) if m else ""


def _known(short: str, rules: Rules) -> bool:
    """True when a known title is the whole short form ("Kasi Kesos" is new although "Kasi"
    is known: the defined form is the longer one)."""
    return any(
        m.known and m.start == 0 and m.end >= len(short) for m in find_mentions(short, rules)
    )


def _grade(short: str, rules: Rules) -> bool:
    """True when the short form is a grade (jenjang) word, not a name for the title."""
    return any(p.fullmatch(short) for p, _ in rules.structure.jenjang)


def with_defined_aliases(source: str, rules: Rules) -> Rules:
    text = " ".join(source.split())
    learned: list[PositionRule] = []
    for m in sparse(rules.structure.abbreviation).finditer(text):
        long, short = m.group("long").rstrip(" ,"), m.group("short").strip(" ,.;")
        mentions = find_mentions(long, rules)
        if not mentions or mentions[-1].end < len(long):
            long = _with_dan(text, m.start("long")) + long
            mentions = find_mentions(long, rules)
        if not mentions or mentions[-1].end < len(long) or not short:
            continue
        if _known(short, rules) or _grade(short, rules):
            continue  # already a known title, or a grade in brackets ("Bidan (Ahli Pertama)")
        pattern = re.compile(rf"(?<![\w]){re.escape(short)}(?![\w])")
        learned.append(PositionRule(pattern, mentions[-1].cls))
    learned.extend(_defined(text, rules, learned))
    if not learned:
        return rules
    return dataclasses.replace(rules, learned=rules.learned + tuple(learned))
