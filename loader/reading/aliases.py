"""Abbreviations a regulation defines for itself become position titles for that text.

"Pejabat Penilai Kinerja yang selanjutnya disingkat PJK" teaches the reader
that "PJK" is a position of the same class in this one regulation, without a
new row in the shared tables (issue 3: abbreviations defined in the text).
"""

from __future__ import annotations

import dataclasses
import re

from loader.reading.mentions import find_mentions
from loader.reading.rules import PositionRule, Rules


def with_defined_aliases(source: str, rules: Rules) -> Rules:
    text = " ".join(source.split())
    learned: list[PositionRule] = []
    for m in rules.structure.abbreviation.finditer(text):
        long, short = m.group("long").rstrip(" ,"), m.group("short").strip(" ,.;")
        mentions = find_mentions(long, rules)
        if not mentions or mentions[-1].end < len(long) or not short:
            continue
        if find_mentions(short, rules):
            continue  # already a known title
        pattern = re.compile(rf"(?<![\w]){re.escape(short)}(?![\w])")
        learned.append(PositionRule(pattern, mentions[-1].cls))
    if not learned:
        return rules
    return dataclasses.replace(rules, positions=rules.positions + tuple(learned))
