"""Group the position titles of a clean text into lists.

"Sekretaris dan Kepala Bidang" is one list of two positions;
"Pejabat Pengawas sebagai Pejabat Level III" is one position with an alias.
Lists are what the relation rules take as the two ends of an edge.
"""

from __future__ import annotations

import re

from loader.reading.grades import grade_patterns, grades_in, shared_grades
from loader.reading.mentions import Mention, MentionList
from loader.reading.prefilter import shared_rows_in
from loader.reading.rules import Rules

_SPACE = re.compile(r"^\s*,?\s*$")


class ListReader:
    """Builds lists of mentions from one clean text, with the clause rules."""

    def __init__(self, text: str, mentions: list[Mention], rules: Rules) -> None:
        self.text = text
        self.mentions = mentions
        self.rules = rules
        self.clause = rules.structure.clause
        self.jenjang_rules = rules.structure.jenjang
        # the grade rows whose words occur in this text at all: most texts name no grade
        self.grades_here = shared_rows_in(text.casefold(), self.jenjang_rules)
        self._grade_gap_tail: tuple[re.Pattern[str], re.Pattern[str]] | None = None

    def forward(self, index: int, limit: int) -> MentionList:
        """The list that starts with mention ``index`` and ends before ``limit``."""
        members = [self.mentions[index]]
        i = index + 1
        skip_alias = False
        while i < len(self.mentions) and self.mentions[i].end <= limit:
            gap = self.text[self.mentions[i - 1].end : self.mentions[i].start]
            if skip_alias and gap.strip().startswith(")") and gap.strip() != ")":
                gap = gap.split(")", 1)[1]  # "A (B), C": the alias closes, a list goes on
            if self.clause["restatement"].match(gap):
                members[-1] = self.mentions[i]  # "pejabat level II yaitu Kepala Bagian": the title
            elif (
                self.clause["apposition"].match(gap)
                or self.clause["defined_as"].match(gap)
                or (skip_alias and gap.strip() == ")")
            ):
                skip_alias = True  # an alias names the same position: keep the first name
            elif self._clause_comma(gap, self.mentions[i]) or self._clause_end(i, gap):
                break
            elif self.clause["list_joiner"].match(gap) or self.clause["list_filler"].match(gap):
                skip_alias = False
                members.append(self.mentions[i])
            else:
                break
            i += 1
        end = self._grade_tail(self.mentions[i - 1].end, limit)
        start = members[0].start
        bounds = [m.start for m in members[1:]] + [end]
        own = shared_grades(self, members, bounds)
        return MentionList(tuple(members), start, end, self.jenjang(start, end), own)

    def _clause_comma(self, gap: str, mention: Mention) -> bool:
        """True when a bare comma ends a fronted phrase rather than joining a list: the title
        after it is the subject of the verb that follows ("Dalam menilai kinerja Pelaksana,
        Lurah mempertimbangkan ...": Pelaksana and Lurah are no list), a locative before the
        comma too ("Untuk X pada Sekretariat, Y ditetapkan sebagai PPK")."""
        if not gap.rstrip().endswith(","):
            return False
        if gap.strip() != ",":  # "X Ahli Muda, Direktur ..."
            gap = self.text[
                self._grade_tail(mention.start - len(gap), mention.start) : mention.start
            ]
        comma = gap.strip() == "," or bool(self.clause["fronted_end"].match(gap))
        return comma and bool(self.clause["comma_subject"].match(self.text, mention.end))

    def _clause_end(self, i: int, gap: str) -> bool:
        """True when mention ``i`` opens a new clause or sentence, not the list's next member."""
        if "," in gap and self._new_clause(i, gap):
            return True
        return (";" in gap and self._sentence_end(i, gap)) or self._bare_joint(i, gap)

    def _bare_joint(self, i: int, gap: str) -> bool:
        """True when a "dan" with no comma joins two clauses: the titles on each side follow a
        verb of their own ("X menilai kinerja A dan B menilai ..."; not "X yang membawahi A")."""
        verb, at = self.clause["joint_verb"], self.mentions
        joint = i >= 2 and self.clause["bare_joint"].match(gap)
        return bool(joint) and all(verb.match(self.text, at[k].end) for k in (i - 2, i))

    def _sentence_end(self, i: int, gap: str) -> bool:
        """True when a semicolon before mention ``i`` ends a sentence; one before a bare
        title joins a list ("Sekretaris Dinas; Kepala Bidang Bina Marga; dan ...")."""
        at = gap.find(";")  # there is one: _clause_end asks only then
        return bool(self.clause["sentence_end"].match(self.text, self.mentions[i - 1].end + at))

    def _new_clause(self, i: int, gap: str) -> bool:
        """True when mention ``i`` opens a second clause rather than going on with a list
        ("... kinerja A dan B, dan C menetapkan ...": C has its own verb after ", dan", and
        the list before it already has its conjunction or is that one title: "Y memberikan
        penugasan kepada A, dan A mereviu ..."), after the grade of the list's last title too
        ("... JF jenjang Ahli Madya, dan Kabid menilai ...")."""
        tail = self._grade_tail(self.mentions[i - 1].end, self.mentions[i].start)
        if i < 2 or not self.clause["clause_joint"].match(self.text[tail : self.mentions[i].start]):
            return False
        before = self.text[self.mentions[i - 2].end : self.mentions[i - 1].start]
        verb = self.clause["comma_subject"].match(self.text, self.mentions[i].end)
        joined = self.clause["list_joiner"].match(before) or self.clause["list_filler"].match(
            before
        )
        return bool(verb) and (not joined or bool(self.clause["list_conjunction"].search(before)))

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
            if gap.rstrip().endswith(",") and self._clause_comma(gap, self.mentions[first]):
                break  # "Bagi Pelaksana, Kepala Seksi berperan ...": as forward() reads it
            joined = self.clause["list_joiner"].match(gap) or self.clause["list_filler"].match(gap)
            if joined and (self._superior_of(first - 1) or self._clause_end(first, gap)):
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
            if self.clause["verb_series"].fullmatch(self.text, near.end, cue_start) and any(
                w.islower() for w in self.text[start : near.start].split()
            ):  # (a sentence that opens with the list, "X, yang selanjutnya disebut Y, ...": X)
                # "X menetapkan kinerja A, membagi tugas kepada B": A is the object of the verb
                # before, and the subject is the clause's own (X), if any
                return self.first_subject(start, near.start, preposition)
            return near
        series = self.backward(cue_start, self.clause["verb_series_and"])
        if series is not None and series.start > start:  # "..., dan menilai kinerja Y"
            return self.first_subject(start, series.start, preposition)
        if self.clause["verb_first"].match(self.text, start, cue_start):
            return None  # "(untuk) menetapkan kinerja A ... dan menilai ...": A is an object
        start = self._switched(start, cue_start)
        for i, m in enumerate(self.mentions):
            inside = m.start >= start and m.end <= cue_start
            if inside and not self.governed(start, m.start, preposition):
                return self.forward(i, cue_start)
        return None

    def _switched(self, start: int, cue_start: int) -> int:
        """Where the clause of a later verb starts when ", sedangkan X" opens one with its own
        subject X before it; else ``start``."""
        between = self.text[start:cue_start]
        if "sedangkan" not in between and "sementara" not in between:
            return start  # most clauses hold no switch: no pattern is tried
        switch = self.clause["clause_switch"]
        for m in reversed(self.mentions):
            if start < m.start < cue_start and switch.search(self.text, start, m.start):
                return m.start
        return start

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
        return self.named_in_full(anaphor, key, start) or anaphor

    def lists_in(self, start: int, end: int) -> list[MentionList]:
        """The lists of titles from ``start`` to ``end``, in order, none inside another."""
        found: list[MentionList] = []
        for i, m in enumerate(self.mentions):
            if start <= m.start < end and (not found or m.start >= found[-1].end):
                found.append(self.forward(i, end))
        return found

    def named_in_full(self, anaphor: MentionList, key: str, start: int) -> MentionList | None:
        """The list before the anaphor whose every title the shortened one begins ("Kepala
        Seksi Jalan dan Kepala Seksi Jembatan ... kedua Kepala Seksi tersebut"), or None."""
        for i, m in enumerate(self.mentions):
            if not (start <= m.start < anaphor.start) or not _longer(m.title, key):
                continue
            found = self.forward(i, anaphor.start)
            if found.end <= anaphor.start and all(_longer(x.title, key) for x in found.members):
                return found
        return None

    def governed(self, start: int, at: int, preposition: re.Pattern[str] | None = None) -> bool:
        """True when a preposition governs the title at ``at`` ("oleh X", "atas arahan X")."""
        preposition = preposition or self.clause["preposition"]
        return bool(preposition.search(self.text[max(start, at - 24) : at]))

    def _grade_gap(self, gap: str, tail: re.Pattern[str]) -> bool:
        """Grade words, then ``tail`` ("JF ahli muda berkedudukan"; a last "dan" is the tail's)."""
        m = self._grades()[1].match(gap)
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


def _longer(title: str, key: str) -> bool:
    """True when ``title`` is the casefolded shortened ``key`` with more words after it."""
    return title.casefold().startswith(key + " ")
