"""Find position titles in clean text and group them into lists.

"Sekretaris dan Kepala Bidang" is one list of two positions;
"Pejabat Pengawas sebagai Pejabat Level III" is one position with an alias.
Lists are what the relation rules take as the two ends of an edge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loader.model import PositionClass
from loader.reading.anchored import anchored
from loader.reading.grades import grade_patterns, grades_in
from loader.reading.prefilter import rows_in
from loader.reading.rules import PositionRule, Rules
from loader.reading.scanner import scanner

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
    # the grades written right after each member ("Sekretaris Badan, Kepala Bidang, dan
    # Pejabat Fungsional jenjang Ahli Madya": only the last has one)
    own: tuple[tuple[str, ...], ...] = ()

    def grades_of(self, member: Mention) -> tuple[str, ...]:
        """The grades that condition an edge to ``member``: its own (with those of the same
        title repeated in the list) when the list gives any member its own grade, else the
        list's."""
        if not any(self.own):
            return self.jenjang
        same = member.title.casefold()  # "JF ahli pertama dan JF kategori keterampilan": one JF
        grades = [
            g
            for m, own in zip(self.members, self.own, strict=True)
            for g in own
            if m.title.casefold() == same
        ]
        return tuple(dict.fromkeys(grades))


def find_mentions(text: str, rules: Rules, spans=None, open_rows=None) -> list[Mention]:
    """Non-overlapping position titles, left to right; at one place the longest title wins.

    The shared table first, then titles the regulation defines and title-like phrases no
    table knows, each where no title was found before. ``spans`` limits the search to some
    sentences of ``text`` (offsets stay those of ``text``). ``open_rows`` are the title-like
    rows tried (by default those whose words ``text`` holds; ``()`` for known titles only).
    """
    result = []
    if open_rows is None:
        open_rows = open_rows_in(text, rules)
    for pos, endpos in spans if spans is not None else [(0, len(text))]:
        found = _scan(text, rules.positions, pos, endpos)
        if rules.learned:
            found = _add_apart(found, _scan(text, rules.learned, pos, endpos))
        for row in open_rows:
            found = _with_open_titles(text, found, row, pos, endpos)
        result.extend(found)
    return result


def open_titles(text: str, rules: Rules, always: bool = True):
    """(row, match) of each title-like phrase in ``text``, row by row (``open_rows_in``)."""
    rows = open_rows_in(text, rules, always)
    return ((r, m) for r in rows for m in anchored(r.pattern).finditer(text))


def open_rows_in(text: str, rules: Rules, always: bool = True) -> tuple[PositionRule, ...]:
    """The rows of title-like phrases (``titles.toml``) whose words occur in ``text`` at all:
    the open patterns are costly, and most texts hold the words of none or one; with them
    the rows tried on every text (``Rules.open_always``) unless ``always`` is False."""
    found = rows_in(text.casefold(), rules.open_titles)
    return found + rules.open_always if always else found


def _add_apart(known: list[Mention], more: list[Mention]) -> list[Mention]:
    extra = [m for m in more if not any(k.start < m.end and m.start < k.end for k in known)]
    return sorted(known + extra, key=lambda m: m.start) if extra else known


def _scan(text: str, table: tuple[PositionRule, ...], pos: int, endpos: int) -> list[Mention]:
    result: list[Mention] = []
    for start, end, row in scanner(table).scan(text, pos, endpos):
        title = row.title or " ".join(text[start:end].split())
        result.append(Mention(start, end, title, row.cls, row.only))
    return result


def _with_open_titles(text: str, known: list[Mention], row: PositionRule, pos: int, endpos: int):
    """Add title-like phrases ("Kepala Gudang Senjata") that overlap no known title."""
    found = [
        Mention(m.start(), m.end(), " ".join(m.group(0).split()), row.cls, known=False)
        for m in anchored(row.pattern).finditer(text, pos, endpos)
    ]
    return _add_apart(known, found) if found else known


class ListReader:
    """Builds lists of mentions from one clean text, with the clause rules."""

    def __init__(self, text: str, mentions: list[Mention], rules: Rules) -> None:
        self.text = text
        self.mentions = mentions
        self.clause = rules.structure.clause
        self.jenjang_rules = rules.structure.jenjang
        # the grade rows whose words occur in this text at all: most texts name no grade
        self.grades_here = rows_in(text.casefold(), self.jenjang_rules)
        self._grade_gap_tail: tuple[re.Pattern[str], re.Pattern[str]] | None = None

    def forward(self, index: int, limit: int) -> MentionList:
        """The list that starts with mention ``index`` and ends before ``limit``."""
        members = [self.mentions[index]]
        i = index + 1
        skip_alias = False
        while i < len(self.mentions) and self.mentions[i].end <= limit:
            gap = self.text[self.mentions[i - 1].end : self.mentions[i].start]
            if self.clause["restatement"].match(gap):
                members[-1] = self.mentions[i]  # "pejabat level II yaitu Kepala Bagian": the title
            elif (
                self.clause["apposition"].match(gap)
                or self.clause["defined_as"].match(gap)
                or (skip_alias and gap.strip() == ")")
            ):
                skip_alias = True  # an alias names the same position: keep the first name
            elif self._clause_comma(gap, self.mentions[i]):
                break
            elif self.clause["list_joiner"].match(gap) or self.clause["list_filler"].match(gap):
                skip_alias = False
                members.append(self.mentions[i])
            else:
                break
            i += 1
        last = self.mentions[i - 1]
        end = self._grade_tail(last.end, limit)
        start = members[0].start
        bounds = [m.start for m in members[1:]] + [end]
        own = tuple(self.jenjang(m.end, b) for m, b in zip(members, bounds, strict=True))
        return MentionList(tuple(members), start, end, self.jenjang(start, end), own)

    def _clause_comma(self, gap: str, mention: Mention) -> bool:
        """True when a bare comma ends a fronted phrase rather than joining a list: the title
        after it is the subject of the verb that follows ("Dalam menilai kinerja Pelaksana,
        Lurah mempertimbangkan ...": Pelaksana and Lurah are no list)."""
        verb = self.clause["comma_subject"]
        return gap.strip() == "," and bool(verb.match(self.text, mention.end))

    def backward(self, end: int, tail: re.Pattern[str]) -> MentionList | None:
        """The list that ends right before ``end``, separated from it by ``tail`` text."""
        last = next(
            (i for i in reversed(range(len(self.mentions))) if self._ends(i, end, tail)), None
        )
        if last is None:
            return None
        first = last
        while first > 0:
            gap = self.text[self.mentions[first - 1].end : self.mentions[first].start]
            if self._alias_then_comma(first, gap):
                break  # "X sebagai Pimpinan Unit Organisasi, A dan B ...": the list is A and B
            joined = self.clause["list_joiner"].match(gap) or self.clause["list_filler"].match(gap)
            if joined and self._superior_of(first - 1):
                break  # "Z selaku atasan banding X dan Y selaku PPK ...": the list is Y
            if joined or self.clause["defined_as"].match(gap):  # "X yang selanjutnya disebut Y"
                first -= 1
            else:
                break
        return self.forward(first, end)

    def _ends(self, i: int, end: int, tail: re.Pattern[str]) -> bool:
        """True when mention ``i`` ends before ``end`` with only ``tail`` text (after grade
        words) between: the last such is sought from the end, not by testing every one."""
        m = self.mentions[i]
        gap = self.text[m.end : end]
        return m.end <= end and bool(tail.match(gap) or self._grade_gap(gap, tail))

    def _superior_of(self, index: int) -> bool:
        """True when mention ``index`` names whose superior a phrase before it is ("atasan
        banding Pejabat Pengawas"): it closes that phrase and starts no list with what follows."""
        at = self.mentions[index].start
        return bool(self.clause["superior_of"].search(self.text, max(0, at - 24), at))

    def _alias_then_comma(self, first: int, gap: str) -> bool:
        """True when a comma follows an alias or a role ("Sebagai Pejabat Penilai Kinerja,
        Camat ...": the list is Camat)."""
        if first < 1 or not gap.strip().startswith(","):
            return False
        role = self.mentions[first - 1].start
        if self.clause["role_intro"].search(self.text, max(0, role - 12), role):
            return True
        if first < 2:
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
        m = self._grades()[0].match(gap)
        return bool(m) and tail.match(gap[m.end() :]) is not None

    def _grades(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        if self._grade_gap_tail is None:  # looked up once per text, not hashed per call
            lead, joiner = self.clause["grade_lead"].pattern, self.clause["grade_joiner"].pattern
            self._grade_gap_tail = grade_patterns(self.grades_here, lead, joiner)
        return self._grade_gap_tail

    def jenjang(self, start: int, end: int) -> tuple[str, ...]:
        return grades_in(
            self.text[start:end], self.jenjang_rules, self.clause["grade_range"], self.grades_here
        )

    def grade_start(self, start: int, end: int) -> int | None:
        """Where the grade words that end ``text[start:end]`` begin ("Arsiparis Ahli Pertama")."""
        tail = self._grades()[1]
        for m in re.finditer(r"\s", self.text[start:end]):
            at = start + m.start()
            hit = tail.match(self.text, at, end)
            if hit and hit.end() == end:
                return at
        return None

    def grades_after(self, end: int, limit: int) -> int | None:
        """The end of grade words right after ``end``, if any."""
        m = self._grades()[1].match(self.text, end, limit)
        return m.end() if m else None

    def _grade_tail(self, end: int, limit: int) -> int:
        """Extend a list over grade words that follow its last title."""
        m = self._grades()[1].match(self.text, end, limit)
        return m.end() if m else end
