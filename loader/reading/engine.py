"""Apply the relation and role tables to the blocks of one regulation.

No regency appears here: everything specific to wording is a row in
``loader/rules/*.toml``. For each sentence the engine finds position lists,
finds cues, and takes the ends of each edge where the row says they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loader.model import EdgeType, Role
from loader.reading.clauses import Slots
from loader.reading.mentions import ListReader, Mention, MentionList, find_mentions
from loader.reading.rules import RelationRule, Rules
from loader.reading.segment import Block
from loader.reading.text import CleanText


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
        self.slots = Slots(rules)
        self.unknown: list[tuple[Block, Mention]] = []  # title-like phrases no table knows

    def sentences(self, clean: CleanText) -> list[tuple[int, int]]:
        spans, start = [], 0
        for m in self.clause["sentence_end"].finditer(clean.text):
            spans.append((start, m.end()))
            start = m.end()
        if start < len(clean.text):
            spans.append((start, len(clean.text)))
        return [(a + _lstrip(clean.text[a:b]), b) for a, b in spans if clean.text[a:b].strip()]

    def read_block(
        self, block: Block, inherited: MentionList | None, previous: MentionList | None = None
    ) -> list[Found]:
        """Edges and roles of one block; ``inherited`` is its lead-in's subject, ``previous``
        the subject of the item before it (the owner of a "-nya" in this one)."""
        clean = block.clean
        mentions = find_mentions(clean.text, self.rules)
        lists = ListReader(clean.text, mentions, self.rules)
        found: list[Found] = []
        self.previous = previous
        self.unknown.extend((block, m) for m in mentions if not m.known)
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

    def coordinator(self, block: Block) -> MentionList | None:
        """The subject of a block that names a coordinator ("X berperan sebagai pelaksana
        koordinasi"), for the item after it ("... di bawah koordinasinya")."""
        text = block.clean.text
        if not self.clause["coordinator"].search(text):
            return None
        lists = ListReader(text, find_mentions(text, self.rules), self.rules)
        for a, b in self.sentences(block.clean):
            if found := self.slots.sentence_subject(lists, a, b):
                return found
        return None

    def inherited_subject(self, block: Block) -> MentionList | None:
        """The subject a lead-in ("... meliputi:") gives its listed items."""
        text = block.clean.text
        lists = ListReader(text, find_mentions(text, self.rules), self.rules)
        return self.slots.lead_in_subject(lists, self.sentences(block.clean))

    def _apply(self, rule: RelationRule, lists: ListReader, cue, start, end, inherited):
        clause_start = self._clause_start(lists.text, start, cue.start())
        ends = []
        for spec in (rule.source, rule.target):
            if spec == "subject":
                found = self.slots.subject(lists, start, clause_start, cue.start())
                if found is None and clause_start == start and start == _first(lists.text):
                    found = inherited  # a subjectless item: "(4) Menugaskan ... X"
            elif spec == "possessor":
                found = self.slots.possessor(lists, start, cue.start(), self.previous)
            elif spec == "near":
                found = lists.backward(cue.start(), self.clause["subject_tail"])
            elif spec == "object":
                found = self.slots.object(lists, start, cue.end(), end)
                found = found or self.slots.anaphor(lists, start, cue.start(), cue.end(), end)
            else:
                anchor = re.compile(spec[6:], re.IGNORECASE).search(lists.text, cue.end(), end)
                found = anchor and lists.after(anchor.end(), end, self.clause["object_lead"])
            if not found:
                return None
            ends.append(found)
        return ends[0], ends[1]

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


def _first(text: str) -> int:
    return _lstrip(text)


def _lstrip(text: str) -> int:
    return len(text) - len(text.lstrip())
