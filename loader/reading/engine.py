"""Apply the relation and role tables to the blocks of one regulation.

No regency appears here: everything specific to wording is a row in
``loader/rules/*.toml``. For each sentence the engine finds position lists,
finds cues, and takes the ends of each edge where the row says they are.
"""

from __future__ import annotations

from dataclasses import dataclass

from loader.model import EdgeType, Role
from loader.reading.anchored import anchored
from loader.reading.blocks import Block
from loader.reading.cell_reader import CellReader
from loader.reading.clauses import Slots
from loader.reading.context import AMBIGUOUS, Context
from loader.reading.grades import regraded
from loader.reading.holders import COMMA_ONLY
from loader.reading.items import ITEMS, Items
from loader.reading.lists import ListReader
from loader.reading.mentions import (
    Mention,
    MentionList,
    find_mentions,
    named_by_unit,
    shortened,
    unknown_titles,
    with_memberships,
)
from loader.reading.objects import object_limit
from loader.reading.prefilter import relation_index
from loader.reading.records import record_rows
from loader.reading.references import with_references
from loader.reading.respective import pairs
from loader.reading.rules import RelationRule, Rules
from loader.reading.tables import block_rows
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
    situation: str = ""  # "dalam hal ..." the sentence puts before the cue, kept as written
    delegated: bool = False  # the row says the edge is given by delegation


class Engine:
    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        self.clause = rules.structure.clause
        self.slots = Slots(rules)
        self.unknown: list[tuple[Block, Mention]] = []  # title-like phrases no table knows
        self.items = Items(self)  # lead-ins whose edges wait for their items
        self.table: list = [None]  # the header of a table of rules whose rows may follow
        # the same for a table read in columns, with the cells a row below may stand for
        self.cells: list = [None, {}]  # (tables.cell_table)
        self._lists: dict[str, ListReader] = {}
        self.needs = relation_index(rules.relations, rules.roles.phrase, _ROLES)
        self._seen: dict[str, tuple[list[RelationRule], bool]] = {}  # text -> rows that may apply
        self.context = Context(self)

    def sentences(self, clean: CleanText) -> list[tuple[int, int]]:
        spans, start = [], 0
        for m in self.clause["sentence_end"].finditer(clean.text):
            spans.append((start, m.end()))
            start = m.end()
        if start < len(clean.text):
            spans.append((start, len(clean.text)))
        return [(a + _lstrip(clean.text[a:b]), b) for a, b in spans if clean.text[a:b].strip()]

    def read_block(
        self,
        block: Block,
        inherited: MentionList | None,
        previous: MentionList | None = None,
        before: Block | None = None,
    ) -> list[Found]:
        """Edges and roles of one block; ``inherited`` is its lead-in's subject, ``previous``
        the subject of the item before it (the owner of a "-nya" in this one), ``before`` the
        block read before it in the same article or list (what "tersebut" points back to)."""
        clean = block.clean
        self.block, self.context.before = block, before
        folded = clean.text.casefold()
        tabled = self._table(block, previous, folded) or self._records(block, inherited)
        if tabled:
            return tabled
        listed = self._listed(block)
        active, roles = self._rows(clean.text, folded)
        if not active and not roles:
            # most blocks state no relation: no list is read, only titles no table knows noted
            self.unknown.extend((block, m) for m in unknown_titles(clean.text, self.rules))
            return listed
        lists = self.lists(block)
        self.unknown.extend((block, m) for m in lists.mentions if not m.known)
        found: list[Found] = listed
        self.previous = previous
        for start, end in self.sentences(clean):
            used: list[tuple[int, int]] = []
            if roles:
                found.extend(self._roles(clean.text, lists, start, end))
            for rule in active:
                for cue in anchored(rule.cue).finditer(clean.text, start, end):
                    if any(cue.start() < b and a < cue.end() for a, b in used):
                        continue
                    if self._negated(clean.text, start, cue.start()):
                        continue
                    if rule.requires and not anchored(rule.requires).search(clean.text, start, end):
                        continue
                    if rule.unless and rule.unless.search(clean.text, start, end):
                        continue
                    hit = self._apply(rule, lists, cue, start, end, inherited)
                    if self.items.awaits(block, rule, lists, cue, start, inherited, hit):
                        continue
                    used.append((cue.start(), cue.end()))
                    source, target = hit[0], self.context.individual(lists, hit[1], start, end)
                    self.unknown.extend((block, m) for m in target.members if not m.known)
                    situation = self.slots.asides.situation(
                        clean.text, start, cue.start(), cue.end(), end
                    )
                    span, delegates = (start, end), rule.delegates
                    found.extend(
                        Found(e, None, s, t, span, rule.id, situation, delegates)
                        for s, t in pairs(clean.text, source, target, self.clause["respective"])
                        for e in rule.edges
                    )
        return found

    def _rows(self, text: str, folded: str) -> tuple[list[RelationRule], bool]:
        """The rows that may apply to a block's text, and whether a role phrase occurs in it:
        worked out once per text of a document (a Lampiran repeats its sentences for each
        type of unit)."""
        known = self._seen.get(text)
        if known is None:
            candidates = self.needs.rows_for(folded)
            active = [r for r in candidates if r is not _ROLES and self._may(r, text)]
            phrase = anchored(self.rules.roles.phrase)
            roles = any(r is _ROLES for r in candidates) and bool(phrase.search(text))
            known = self._seen[text] = (active, roles)
        return known

    def _listed(self, block: Block) -> list[Found]:
        """The edges of an item whose lead-in's cue awaits it (``items.Items``)."""
        return [
            Found(edge, None, source, target, span, rule)
            for edge, source, target, span, rule in self.items.listed(block)
        ]

    def _table(self, block: Block, previous, folded: str) -> list[Found]:
        """The rows of a table of rules in this block (``tables.block_rows``)."""
        states = (self.table, self.cells)
        rows = block_rows(block, folded, self.rules, self.slots, self.unknown, states, self.lists)
        return [
            Found(edge, None, source, target, span, "table", situation)
            for edge, source, target, span, situation in rows
        ]

    def _records(self, block: Block, inherited) -> list[Found]:
        """The relations of a Lampiran record in this block ("Jabatan: X" / "PPK: Y")."""
        if block.part != "lampiran" or ":" not in block.clean.text:
            return []
        reader = lambda: CellReader(block, self.rules, self.slots, self.unknown)  # noqa: E731
        rows = record_rows(block, self.rules, reader, inherited)
        return [Found(e, None, s, t, span, "record", sit) for e, s, t, span, sit in rows]

    def lists(self, block: Block) -> ListReader:
        """The mentions of a block, found once per text of a document however often it is
        read (a Lampiran repeats its sentences for each type of unit)."""
        text = block.clean.text
        if text not in self._lists:
            found = named_by_unit(text, find_mentions(text, self.rules), self.clause["led_by"])
            found = with_memberships(text, found, self.clause)
            found = with_references(text, found, self.clause)
            found = shortened(text, found, self.clause["bare_head"], self.clause["sentence_end"])
            self._lists[text] = ListReader(text, found, self.rules)
        return self._lists[text]

    @staticmethod
    def _may(rule: RelationRule, text: str) -> bool:
        """Whether a row can apply in ``text`` at all: its cue and what it requires occur."""
        return bool(anchored(rule.cue).search(text)) and not (
            rule.requires and not anchored(rule.requires).search(text)
        )

    def coordinator(self, block: Block) -> MentionList | None:
        """The subject of a block that names a coordinator ("X berperan sebagai pelaksana
        koordinasi", "X ditunjuk sebagai koordinator"), for the item after it ("... di bawah
        koordinasinya")."""
        if not self.clause["coordinator"].search(block.clean.text):
            return None
        lists = self.lists(block)
        for a, b in self.sentences(block.clean):
            if found := self.slots.sentence_subject(lists, a, b, passive=True):
                return found
            # "Koordinator pelayanan kefarmasian adalah Apoteker Ahli Muda": who is named
            copula = self.clause["cleft_copula"].search(lists.text, a, b)
            named = copula and self.clause["coordinator"].search(lists.text, a, copula.start())
            if named and (named := lists.after(copula.end(), b, self.clause["object_lead"])):
                return named
        return None

    def inherited_subject(self, block: Block, before: Block | None = None) -> MentionList | None:
        """The subject a lead-in ("... meliputi:") or a point that is only a title gives its
        listed items; one that points back ("Pimpinan Unit Organisasi sebagaimana dimaksud
        pada ayat (1):") gives the party it stands for (``before``: the lead-in's context)."""
        lists = self.lists(block)
        if not block.clean.text.rstrip().endswith(":"):
            return self.slots.title_point(lists)
        found = self.slots.lead_in_subject(lists, self.sentences(block.clean))
        if found is None:
            return None
        self.context.before = before
        carried = self.context.carried(block, lists, found.start, len(lists.text), found)
        return None if carried is AMBIGUOUS else carried or found

    def _apply(self, rule: RelationRule, lists: ListReader, cue, start, end, inherited):
        clause_start = self.slots.clause_start(lists.text, start, cue.start())
        ends, limit = [], object_limit(rule, lists, cue.end(), end)
        for end_name, spec in (("source", rule.source), ("target", rule.target)):
            if spec.startswith(("before:", "before!:")):  # the list after REGEX's last match
                found = self.slots.before(
                    lists, spec.partition(":")[2], start, clause_start, cue.start()
                )
                if found is None and spec.startswith("before!"):
                    return None  # "before!:" names no other end: none found, no edge
                spec = "subject" if found is None else spec
            if spec == "subject":
                found = self.slots.subject(lists, start, clause_start, cue.start())
                carried = self.context.carried(self.block, lists, clause_start, cue.start(), found)
                if carried is AMBIGUOUS:
                    return None  # two parties could be meant: no edge rather than a guess
                found = regraded(lists, carried or found, clause_start, cue.start())
                if found is None:
                    found = self.slots.cleft(lists, start, cue.start(), cue.end(), end)
                if found is None and clause_start == start and self._item_start(lists.text, start):
                    found = inherited  # a subjectless item: "(4) Menugaskan ... X"
            elif spec == "possessor":
                found = self.slots.possessor(lists, start, cue.start(), self.previous)
            elif spec == "items":
                found = ITEMS
            elif spec == "near":  # (a holder pointed back to is the one named before)
                found = self.slots.near(lists, clause_start, cue.start())
                carried = found and self.context.carried(
                    self.block, lists, clause_start, cue.start(), found
                )
                if carried is AMBIGUOUS:
                    return None
                found = carried or found
                if found is None and clause_start == start and self._item_start(lists.text, start):
                    found = inherited  # a subjectless item: "c. berperan sebagai PPK bagi X"
            elif spec == "object":
                found = self.slots.object_slot(lists, start, cue.start(), cue.end(), limit)
                found = self.context.object_pointer(self.block, lists, found, start, cue.end())
            elif spec.startswith("after:"):
                found = self.context.after_slot(lists, spec[6:], start, cue.end(), end)
            if not found and rule.context == end_name:
                slots = (lists.text[clause_start : cue.start()], lists.text[cue.end() : end])
                found = self.context.owner(self.block, lists, slots, start)
            if not found:
                return None
            ends.append(found)
        return ends[0], ends[1]

    def _item_start(self, text: str, start: int) -> bool:
        """True when a sentence opens a listed item: the block's first, or one after an item's
        end or number (an item whose number OCR lost or misread runs on after the one before)."""
        before = text[max(0, start - 12) : start]
        return start == _lstrip(text) or bool(self.clause["item_break"].search(before))

    def _negated(self, text: str, start: int, cue_start: int) -> bool:
        return bool(self.clause["negation"].search(text[max(start, cue_start - 40) : cue_start]))

    def _roles(self, text: str, lists: ListReader, start: int, end: int) -> list[Found]:
        found = []
        for m in anchored(self.rules.roles.phrase).finditer(text, start, end):
            if self._negated(text, start, m.start()):
                continue
            holders = lists.backward(m.start(), COMMA_ONLY)
            if holders is None:
                continue
            phrase = m.group(0)
            for pattern, role in self.rules.roles.terms:
                if pattern.search(phrase):
                    found.append(Found(None, role, holders, None, (start, end), "role"))
        return found


_ROLES = "roles"  # the role phrase, indexed beside the relation rows


def _lstrip(text: str) -> int:
    return len(text) - len(text.lstrip())
