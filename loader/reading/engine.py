"""Apply the relation and role tables to the blocks of one regulation.

No regency appears here: everything specific to wording is a row in
``loader/rules/*.toml``. For each sentence the engine finds position lists,
finds cues, and takes the ends of each edge where the row says they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loader.model import EdgeType, Role
from loader.reading.mentions import ListReader, MentionList, find_mentions
from loader.reading.rules import RelationRule, Rules
from loader.reading.segment import Block
from loader.reading.text import CleanText

_PREPOSITION = re.compile(
    r"\b(?:oleh|dari|kepada|bagi|dengan|terhadap|atas|rekomendasi|usulan|persetujuan|arahan)"
    r"\s+$",
    re.IGNORECASE,
)
# Words between a cue and its list; "individu atau" leaves the positions that follow.
_LEAD = re.compile(
    r"^\s*(?:(?:bagi|kepada|terhadap|para|seluruh|setiap|masing-masing)\s+"
    r"|(?:individu|tim kerja)\s*(?:,|atau|dan|/)\s*)*$",
    re.IGNORECASE,
)
_SPACE_ONLY = re.compile(r"^\s*$")
_COORDINATION = re.compile(r"\s*(?:,\s*)?(?:(?:dan|serta|sekaligus|maupun)\s+)?", re.IGNORECASE)


@dataclass(frozen=True)
class Found:
    """An edge or role read from one sentence, before it becomes a model object."""

    edge: EdgeType | None
    role: Role | None
    source: MentionList
    target: MentionList | None
    sentence: tuple[int, int]  # clean offsets
    rule: str


class Engine:
    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        self.clause = rules.structure.clause

    def sentences(self, clean: CleanText) -> list[tuple[int, int]]:
        spans, start = [], 0
        for m in self.clause["sentence_end"].finditer(clean.text):
            spans.append((start, m.end()))
            start = m.end()
        if start < len(clean.text):
            spans.append((start, len(clean.text)))
        return [(a + _lstrip(clean.text[a:b]), b) for a, b in spans if clean.text[a:b].strip()]

    def read_block(self, block: Block, inherited: MentionList | None) -> list[Found]:
        clean = block.clean
        mentions = find_mentions(clean.text, self.rules)
        lists = ListReader(clean.text, mentions, self.rules)
        found: list[Found] = []
        for start, end in self.sentences(clean):
            used: list[tuple[int, int]] = []
            found.extend(self._roles(clean.text, lists, start, end))
            for rule in self.rules.relations:
                for cue in rule.cue.finditer(clean.text, start, end):
                    if any(cue.start() < b and a < cue.end() for a, b in used):
                        continue
                    if self._negated(clean.text, start, cue.start()):
                        continue
                    if rule.requires and not rule.requires.search(clean.text, start, end):
                        continue
                    hit = self._apply(rule, lists, cue, start, end, inherited)
                    if hit is None:
                        continue
                    used.append((cue.start(), cue.end()))
                    source, target = hit
                    for edge in rule.edges:
                        found.append(Found(edge, None, source, target, (start, end), rule.id))
        return found

    def inherited_subject(self, block: Block) -> MentionList | None:
        """A lead-in like "Tanggung jawab Ketua Tim … meliputi:" gives its items a subject."""
        text = block.clean.text
        m = self.clause["inherited_subject"].match(text)
        if not m or not text.rstrip().endswith(":"):
            return None
        lists = ListReader(text, find_mentions(text, self.rules), self.rules)
        return lists.after(m.end(), len(text), _LEAD)

    def _apply(self, rule: RelationRule, lists: ListReader, cue, start, end, inherited):
        clause_start = self._clause_start(lists.text, start, cue.start())
        ends = []
        for spec in (rule.source, rule.target):
            if spec == "subject":
                found = lists.first_subject(clause_start, cue.start(), _PREPOSITION) or inherited
            elif spec == "near":
                found = lists.backward(cue.start(), self.clause["subject_tail"])
            elif spec == "object":
                found = self._object(lists, cue.end(), end, depth=3)
                if found and self.clause["anaphor"].match(lists.text, found.end, end):
                    found = lists.antecedent(found, start)  # "bagi Pejabat Fungsional tersebut"
                found = found or self._anaphor(lists, start, cue.start(), cue.end(), end)
            else:
                anchor = re.compile(spec[6:], re.IGNORECASE).search(lists.text, cue.end(), end)
                found = anchor and lists.after(anchor.end(), end, _LEAD)
            if not found:
                return None
            ends.append(found)
        return ends[0], ends[1]

    def _object(self, lists: ListReader, at: int, end: int, depth: int) -> MentionList | None:
        """The list after a cue, or after the last of coordinated cues sharing it.

        "menetapkan kinerja, melakukan penilaian kinerja dan memberikan penugasan bagi X":
        each verb takes X.
        """
        found = lists.after(at, end, _LEAD)
        if found or depth == 0:
            return found
        bridge = self.clause["verb_bridge"].match(lists.text, at, end)
        if bridge and (found := lists.after(bridge.end(), end, _LEAD)):
            return found  # "menugaskan dan melaksanakan distribusi X": both verbs take X
        joint = _COORDINATION.match(lists.text, at, end)
        if not joint:
            return None
        for rule in self.rules.relations:
            nxt = rule.cue.match(lists.text, joint.end(), end)
            if nxt and rule.target == "object":
                return self._object(lists, nxt.end(), end, depth - 1)
        return None

    def _anaphor(self, lists: ListReader, start: int, cue_start: int, cue_end: int, end: int):
        """The object a clause-final cue refers back to ("... bagi Pejabat Fungsional tersebut
        dan hanya memberikan penugasan;"): the antecedent of the sentence's "X tersebut",
        first written with its grade."""
        if not self.clause["clause_end"].match(lists.text, cue_end, end):
            return None
        for m in self.clause["anaphor"].finditer(lists.text, start, cue_start):
            near = lists.backward(m.start(), _SPACE_ONLY)
            if near is not None and near.start >= start:
                return lists.antecedent(near, start)
        return None

    def _clause_start(self, text: str, start: int, cue_start: int) -> int:
        best = start
        for m in self.clause["clause_start"].finditer(text, start, cue_start):
            best = m.end()
        return best

    def _negated(self, text: str, start: int, cue_start: int) -> bool:
        return bool(self.clause["negation"].search(text[max(start, cue_start - 40) : cue_start]))

    def _roles(self, text: str, lists: ListReader, start: int, end: int) -> list[Found]:
        found = []
        for m in self.rules.roles.phrase.finditer(text, start, end):
            if self._negated(text, start, m.start()):
                continue
            holders = lists.backward(m.start(), re.compile(r"^\s*,?\s*$"))
            if holders is None:
                continue
            phrase = m.group(0)
            for pattern, role in self.rules.roles.terms:
                if pattern.search(phrase):
                    found.append(Found(None, role, holders, None, (start, end), "role"))
        return found


def _lstrip(text: str) -> int:
    return len(text) - len(text.lstrip())
