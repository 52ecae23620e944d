"""Find position titles in clean text and group them into lists.

"Sekretaris dan Kepala Bidang" is one list of two positions;
"Pejabat Pengawas sebagai Pejabat Level III" is one position with an alias.
Lists are what the relation rules take as the two ends of an edge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from loader.model import PositionClass
from loader.reading.rules import PositionRule, Rules

_SPACE = re.compile(r"^\s*,?\s*$")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    title: str
    cls: PositionClass
    only: frozenset = frozenset()  # edge types this party may take part in; empty: any
    known: bool = True  # False: a title-like phrase no table knows, reported as such


@dataclass(frozen=True)
class MentionList:
    members: tuple[Mention, ...]
    start: int
    end: int  # includes trailing grade words ("Pejabat Fungsional Ahli Madya")
    jenjang: tuple[str, ...]


def find_mentions(text: str, rules: Rules) -> list[Mention]:
    """Non-overlapping position titles, left to right; at one place the longest title wins."""
    combined, rows = _scanner(rules.positions)
    result: list[Mention] = []
    pos = 0
    while (m := combined.search(text, pos)) is not None:
        best_end, best = m.end(), rows[m.lastindex - 1]
        for row in rows:
            other = row.pattern.match(text, m.start())
            if other and other.end() > best_end:
                best_end, best = other.end(), row
        title = " ".join(text[m.start() : best_end].split())
        result.append(Mention(m.start(), best_end, title, best.cls, best.only))
        pos = best_end
    if rules.open_title is not None:
        result = _with_open_titles(text, result, rules.open_title)
    return result


def _with_open_titles(text: str, known: list[Mention], row: PositionRule) -> list[Mention]:
    """Add title-like phrases ("Kepala Gudang Senjata") that overlap no known title."""
    found = []
    for m in row.pattern.finditer(text):
        if not any(k.start < m.end() and m.start() < k.end for k in known):
            title = " ".join(m.group(0).split())
            found.append(Mention(m.start(), m.end(), title, row.cls, known=False))
    return sorted(known + found, key=lambda m: m.start) if found else known


_SCANNERS: dict[int, tuple[re.Pattern[str], tuple[PositionRule, ...]]] = {}


def _scanner(rows: tuple[PositionRule, ...]) -> tuple[re.Pattern[str], tuple[PositionRule, ...]]:
    """The combined pattern of a position table, kept per table object (hashing 35 rows on
    every call cost more than the scan)."""
    key = id(rows)
    if key not in _SCANNERS or _SCANNERS[key][1] is not rows:
        _SCANNERS[key] = _combined(rows)
    return _SCANNERS[key]


def _combined(rows: tuple[PositionRule, ...]) -> tuple[re.Pattern[str], tuple[PositionRule, ...]]:
    """One alternation over every row, to find where titles start in one pass."""
    alternatives = "|".join(f"({row.pattern.pattern})" for row in rows)
    # Titles start a word: rejecting mid-word positions first makes the scan several times faster.
    return re.compile(rf"(?<![\w])(?=\w)(?:{alternatives})", re.IGNORECASE), rows


class ListReader:
    """Builds lists of mentions from one clean text, with the clause rules."""

    def __init__(self, text: str, mentions: list[Mention], rules: Rules) -> None:
        self.text = text
        self.mentions = mentions
        self.clause = rules.structure.clause
        self.jenjang_rules = rules.structure.jenjang

    def forward(self, index: int, limit: int) -> MentionList:
        """The list that starts with mention ``index`` and ends before ``limit``."""
        members = [self.mentions[index]]
        i = index + 1
        skip_alias = False
        while i < len(self.mentions) and self.mentions[i].end <= limit:
            gap = self.text[self.mentions[i - 1].end : self.mentions[i].start]
            if self.clause["restatement"].match(gap):
                members[-1] = self.mentions[i]  # "pejabat level II yaitu Kepala Bagian": the title
            elif self.clause["apposition"].match(gap) or (skip_alias and gap.strip() == ")"):
                skip_alias = True  # an alias names the same position: keep the first name
            elif self.clause["list_joiner"].match(gap) or self.clause["list_filler"].match(gap):
                skip_alias = False
                members.append(self.mentions[i])
            else:
                break
            i += 1
        last = self.mentions[i - 1]
        end = self._grade_tail(last.end, limit)
        start = members[0].start
        return MentionList(tuple(members), start, end, self.jenjang(start, end))

    def backward(self, end: int, tail: re.Pattern[str]) -> MentionList | None:
        """The list that ends right before ``end``, separated from it by ``tail`` text."""
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
            if self._alias_then_comma(first, gap):
                break  # "X sebagai Pimpinan Unit Organisasi, A dan B ...": the list is A and B
            if self.clause["list_joiner"].match(gap) or self.clause["list_filler"].match(gap):
                first -= 1
            else:
                break
        return self.forward(first, end)

    def _alias_then_comma(self, first: int, gap: str) -> bool:
        if first < 2 or not gap.strip().startswith(","):
            return False
        before = self.text[self.mentions[first - 2].end : self.mentions[first - 1].start]
        return bool(self.clause["apposition"].match(before))

    def after(self, pos: int, limit: int, lead: re.Pattern[str]) -> MentionList | None:
        """The list whose first mention follows ``pos`` with only ``lead`` words between."""
        for i, m in enumerate(self.mentions):
            if m.start >= pos and m.end <= limit:
                if lead.match(self.text[pos : m.start]):
                    return self.forward(i, limit)
                return None
        return None

    def first_subject(self, start: int, cue_start: int, preposition: re.Pattern[str]):
        """The subject of the verb at ``cue_start``.

        The list right before the verb when there is one ("... tersebut Camat/Kepala Dinas
        menetapkan"), else the first list of the clause; a list governed by a preposition
        ("dibagi oleh Sekretaris Daerah", "atas rekomendasi Sekretaris Lurah") is never it.
        """
        near = self.backward(cue_start, self.clause["subject_tail"])
        alias_before = self.clause["alias_before"]
        while near is not None and (alias := alias_before.search(self.text, start, near.start)):
            # "X (yang berperan) sebagai (individu atau) Y": X acts
            near = self.backward(alias.start(), self.clause["subject_tail"])
        if (
            near is not None
            and near.start >= start
            and not self.governed(start, near.start, preposition)
        ):
            return near
        for i, m in enumerate(self.mentions):
            inside = m.start >= start and m.end <= cue_start
            if inside and not self.governed(start, m.start, preposition):
                return self.forward(i, cue_start)
        return None

    def possessor_head(self, found: MentionList) -> MentionList:
        """ "Pejabat Penilai Kinerja Pejabat Fungsional atau pelaksana": the list names whose
        appraiser; the head title right before it is the one meant."""
        for i, m in enumerate(self.mentions):
            gap = self.text[m.end : found.start]
            if m.end <= found.start and self.clause["possessor_gap"].fullmatch(gap):
                return self.forward(i, m.end)
        return found

    def antecedent(self, anaphor: MentionList, start: int) -> MentionList:
        """The first list from ``start`` whose first title is the anaphor's ("Pejabat
        Fungsional dengan Jenjang Ahli Muda ... Pejabat Fungsional tersebut")."""
        key = anaphor.members[0].title.casefold()
        for i, m in enumerate(self.mentions):
            if start <= m.start < anaphor.start and m.title.casefold() == key:
                return self.forward(i, anaphor.start)
        return anaphor

    def governed(self, start: int, at: int, preposition: re.Pattern[str] | None = None) -> bool:
        """True when a preposition governs the title at ``at`` ("oleh X", "atas arahan X")."""
        preposition = preposition or self.clause["preposition"]
        return bool(preposition.search(self.text[max(start, at - 24) : at]))

    def _grade_gap(self, gap: str, tail: re.Pattern[str]) -> bool:
        """True when the gap is grade words followed by ``tail`` ("JF ahli muda berkedudukan")."""
        grades = _any(self.jenjang_rules)
        lead = r"(?:(?:dengan |pada )?(?:semua )?(?:jenjang |kategori )*)?"
        m = re.match(rf"\s*(?:{lead}(?:{grades})\s*(?:,|dan|atau)?\s*)+", gap, re.IGNORECASE)
        return bool(m) and tail.match(gap[m.end() :]) is not None

    def jenjang(self, start: int, end: int) -> tuple[str, ...]:
        span = self.text[start:end]
        hits = []
        for pattern, name in self.jenjang_rules:
            for m in pattern.finditer(span):
                hits.append((m.start(), name))
        ordered = []
        for _, name in sorted(hits):
            for part in name.split(", "):
                if part not in ordered:
                    ordered.append(part)
        return tuple(ordered)

    def _grade_tail(self, end: int, limit: int) -> int:
        """Extend a list over grade words that follow its last title."""
        m = _grade_tail_pattern(self.jenjang_rules).match(self.text, end, limit)
        return m.end() if m else end


@cache
def _grade_tail_pattern(jenjang_rules) -> re.Pattern[str]:
    grades = _any(jenjang_rules)
    return re.compile(
        rf"\s*(?:(?:dengan |pada )?(?:semua )?jenjang |kategori )?(?:{grades})"
        rf"(?:\s*(?:,|dan|atau)\s*(?:jenjang )?(?:{grades}))*",
        re.IGNORECASE,
    )


def _any(jenjang_rules) -> str:
    return "|".join(f"(?:{p.pattern})" for p, _ in jenjang_rules)
