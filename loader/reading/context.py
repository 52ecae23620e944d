"""What a clause takes from the text before it: a carried subject, or whose results.

Regulations name a party once and then point back to it:

- a subject carried by "yang bersangkutan", "ia", or a shortened title with
  "tersebut"/"dimaksud" ("(1) Balai dipimpin oleh seorang Kepala Balai. (2) Kepala
  tersebut menetapkan kinerja ..."): the party is the latest title the short one
  begins (Kepala Balai), else the subject of the sentence before;
- results flowing up whose owner is named before ("(1) Pejabat Fungsional ...
  melaksanakan tugas ... (2) Kepala Bidang meninjau hasil pelaksanaan tugas
  sebagaimana dimaksud pada ayat (1)"): the reviewed party is the subject of the
  sentence before, when the clause points back or names no owner.

"Before" is the earlier sentences of the block, then the block read just before it
when both stand in the same article or list (``loader.reading.extract`` says which).
Every word list is a key of ``[clause]`` in ``structure.toml``.
"""

from __future__ import annotations

import dataclasses
import re

from loader.reading.holders import role_holder
from loader.reading.mentions import MentionList
from loader.reading.references import beside, every_headed

_SPACE = re.compile(r"^\s*$")
# What a carried subject stands for when two parties could be meant: no edge, not a guess.
AMBIGUOUS = MentionList((), 0, 0, ())


class Context:
    def __init__(self, engine) -> None:
        self.engine = engine
        self.clause = engine.clause
        self.before = None  # the block read before the current one, when it is its context
        self._resolved: dict[tuple[str, int], MentionList] = {}  # class pointers read (_of_class)

    def subject(self, block, at: int, sole: bool = False, said=None) -> MentionList | None:
        """The subject of the latest sentence before ``at`` (this block, then the one before),
        None if ``said`` does not go on from it; with ``sole``, AMBIGUOUS when that sentence has
        a second clause with a subject of its own ("X menyusun ..., sedangkan Y menyusun ...")."""
        for b, limit in ((block, at), (self.before, None)):
            if b is None or b.clean is None:
                continue
            lists = self.engine.lists(b)
            spans = [s for s in self.engine.sentences(b.clean) if limit is None or s[1] <= limit]
            for a, e in reversed(spans):
                if found := self.engine.slots.sentence_subject(lists, a, e, True, sole):
                    if said is not None and not said.match(b.clean.text, found.end, e):
                        return None
                    return AMBIGUOUS if sole and self._second_subject(lists, found, e) else found
        return None

    def _second_subject(self, lists, first: MentionList, end: int) -> bool:
        """True when a clause after ``first``'s opens with another title and its verb."""
        title = first.members[0].title
        for i, m in enumerate(lists.mentions):
            if not (first.end <= m.start < end) or m.title == title:
                continue
            if self.clause["second_subject"].search(lists.text, first.end, m.start):
                rest = lists.forward(i, end)
                if self.clause["second_verb"].match(lists.text, rest.end, end):
                    return True
        return False

    def antecedent(self, block, at: int, head: str, counted: bool = False):
        """The latest title before ``at`` that the shortened ``head`` begins ("Kepala Kantor
        tersebut" -> "Kepala Kantor Pertanahan"), in this block, then the one before; with
        ``counted`` ("masing-masing Direktur dimaksud"), the list of all the titles it begins."""
        key = " ".join(head.split()).casefold()
        for b, limit in ((block, at), (self.before, None)):
            if b is None or b.clean is None:
                continue
            lists = self.engine.lists(b)
            hits = [
                i
                for i, m in enumerate(lists.mentions)
                if (limit is None or m.end <= limit) and m.title.casefold().startswith(key)
            ]
            if not hits:
                continue
            if len({lists.mentions[i].title.casefold() for i in hits} - {key}) > 1:
                end = len(lists.text) if limit is None else limit
                every = counted and (
                    lists.named_in_full(MentionList((), end, end, ()), key, 0)
                    or every_headed(lists, hits, head, end)
                )
                return every or AMBIGUOUS  # "Kepala Bidang Pajak ..., Kepala Bidang Retribusi"
            return lists.forward(hits[-1], lists.mentions[hits[-1]].end)
        return None

    def object_pointer(self, block, lists, found, start: int, at: int) -> MentionList | None:
        """The object after a cue at ``at`` when it points back: an agent "oleh pejabat
        tersebut/yang sama" (``agent``), or a title pointing past its own block ("(1) X
        menetapkan kinerja Ketua Tim Kerja Perencanaan. (2) ... Ketua Tim Kerja dimaksud": the
        titles it shortens in the block read before; "kedua Kepala Subbagian" the same way);
        else the object as written."""
        if not found:
            return (
                self.agent(block, lists, start, at)
                or self._pronoun_before(lists, at)
                or self._subordinates(block, lists, at)
            )
        if self.clause["same_pointer"].match(lists.text, found.end):
            # "ditetapkan oleh Deputi Bidang X dan dinilai oleh Deputi yang sama": the title
            # the shortened one begins, named before it
            same = self.antecedent(block, found.start, found.members[0].title)
            if same and same is not AMBIGUOUS and _renamed(same, found.members[0].title):
                return same
        before = self.before
        if before is None or before.clean is None:
            return found
        counted = self.clause["counted"].search(
            lists.text, max(start, found.start - 40), found.start
        )
        if not (counted or self.clause["anaphor"].match(lists.text, found.end)):
            return found
        earlier = self.engine.lists(before)
        end = len(earlier.text)
        key = found.members[0].title.casefold()
        for i, m in enumerate(earlier.mentions):
            if m.title.casefold() == key:
                return earlier.forward(i, end)
        named = earlier.named_in_full(MentionList(found.members, end, end, ()), key, 0)
        return named or self._of_class(lists, found, earlier) or found

    def _of_class(self, lists, found, earlier) -> MentionList | None:
        """ "pejabat fungsional tersebut" after an item naming "para Auditor": the last object
        list of the block before whose titles are all of that class (a title no table knows
        counts: most are functional), kept for a "mereka" in the item after this one."""
        pointer = found.members[0]
        if len(found.members) > 1 or not self.clause["class_pointer"].fullmatch(pointer.title):
            return None
        for candidate in reversed(self._objects(earlier)):
            if all(
                (m.cls == pointer.cls or not m.known)
                and m.title.casefold() != pointer.title.casefold()
                for m in candidate.members
            ):
                self._resolved[(lists.text, found.start)] = candidate
                return candidate
        return None

    def _objects(self, earlier) -> list[MentionList]:
        """The object lists of a block: all its lists when it opens with its verb (an item),
        else those after its subject."""
        found = earlier.lists_in(0, len(earlier.text))
        return found if self.clause["verb_first"].match(earlier.text) else found[1:]

    def _pronoun_before(self, lists, at: int) -> MentionList | None:
        """ "mereka" with no list before it in its block ("2) membagi tugas kepada Penata Ruang
        Ahli Muda dan Ahli Pertama; 3) menerima laporan hasil kerja mereka"): the last list of
        the block read before, when that is an object (not its only, subject list)."""
        before = self.before
        if before is None or before.clean is None:
            return None
        if not self.clause["object_pronoun"].match(lists.text, at):
            return None
        earlier = self.engine.lists(before)
        objects = self._objects(earlier)
        last = objects[-1] if objects else None
        return last and self._resolved.get((earlier.text, last.start), last)

    def _subordinates(self, block, lists, at: int) -> MentionList | None:
        """ "bawahannya" after a cue: the posts the text names as under the subject ("(1) X
        membawahi A dan B. (2) X menilai kinerja bawahannya": A and B), in this block before
        the cue, else in the block before; never a guess from other lists."""
        if not self.clause["subordinates"].match(lists.text, at):
            return None
        for b, limit in ((block, at), (self.before, None)):
            if b is None or b.clean is None:
                continue
            earlier = self.engine.lists(b)
            limit = len(earlier.text) if limit is None else limit
            heads = list(self.clause["head_of"].finditer(earlier.text, 0, limit))
            if heads and (
                found := earlier.after(heads[-1].end(), limit, self.clause["object_lead"])
            ):
                return found
        return None

    def after_slot(self, lists, regex: str, start: int, cue_end: int, end: int):
        """The list after an "after:" anchor ("... oleh X"), or the party an agent pointing back
        there stands for ("oleh pejabat tersebut")."""
        anchor = self.engine.slots.anchor(regex, lists.text, cue_end, end)
        if anchor is None:
            return None
        found = self.engine.slots.after(lists, anchor.end(), end)
        return found or self.agent(self.engine.block, lists, start, anchor.end())

    def agent(self, block, lists, start: int, at: int) -> MentionList | None:
        """An agent that points back ("dibagi oleh pejabat tersebut", "diverifikasi oleh pejabat
        yang sama"): the party named as an agent or source before it in the sentence for "yang
        sama", else the subject named before (as a carried subject)."""
        m = self.clause["agent_pointer"].match(lists.text, at)
        if not m:
            return None
        if not m.group("same"):
            found = self.subject(block, m.start(), sole=True)
            return None if found is AMBIGUOUS else found
        found = None
        for i, x in enumerate(lists.mentions):
            if start <= x.start < at and lists.governed(
                start, x.start, self.clause["agent_source"]
            ):
                found = lists.forward(i, at)
        return found

    def carried(self, block, lists, clause_start: int, cue_start: int, subject=None):
        """The party a pointing-back subject stands for ("yang bersangkutan menilai ...",
        "Kepala tersebut menetapkan ..."), or None when the subject names itself. ``subject``
        is the clause's subject as read without context: when it is the shortened title of
        the pointer, a later verb shares the pointer ("Kepala Biro dimaksud menetapkan kinerja
        dan menilai kinerja X")."""
        tail = self.clause["subject_tail"]
        for m in self.clause["carried"].finditer(lists.text, clause_start, cue_start):
            if any(x.start == m.start() and _item_points(x.points) for x in lists.mentions):
                continue  # "pejabat sebagaimana dimaksud pada ayat (1) huruf a": its points
            head = m.group("head")
            near = lists.backward(m.start(), _SPACE) if head is None else None
            own = near.start if near is not None else m.start()
            # "Pejabat dimaksud menyepakati target bersama X dan Y, serta mengevaluasi capaian
            # kinerja mereka": a subject read after the pointer (or none) is no subject of its own
            shared = subject is None or subject.start == own or subject.start >= m.end()
            if not (shared or tail.match(lists.text[m.end() : cue_start])):
                continue
            if near is not None:  # "Kepala Bidang yang bersangkutan": a shortened title ...
                title = near.members[0].title
                found = self.antecedent(block, near.start, title)
                longer = found and (found is AMBIGUOUS or _renamed(found, title))
                return found if longer else None  # ... or one that names itself
            # counted ("para Kepala Bidang tersebut") or pointed at its points ("Kepala Bidang
            # sebagaimana dimaksud pada ayat (1)"): every title it heads there
            counted = self.clause["counted_subject"].search(lists.text, clause_start, m.start())
            counted = counted or self.clause["points_at"].search(m.group(0))
            found = head and self.antecedent(block, m.start(), head, bool(counted))
            if found and (found is AMBIGUOUS or _renamed(found, head)):
                return found if found is AMBIGUOUS else beside(subject, m.start(), found)
            if found and (holder := role_holder(self.engine, (block, self.before), found)):
                return holder  # "PPK sebagaimana dimaksud ...": who was named as the PPK
            if head and any(x.start == m.start() and not x.points for x in lists.mentions):
                return None  # a title of its own ("Kepala Bidang tersebut")
            return self.subject(block, m.start(), sole=True)
        return None

    def owner(self, block, lists, slots: tuple[str, ...], at: int) -> MentionList | None:
        """Whose results a clause reviews when it names no owner and points back (``slots`` are
        the texts where the owner would stand, before and after the cue): the subject of the
        sentence before."""
        if not any(self.clause["points_back"].match(slot) for slot in slots):
            return None
        return self.subject(block, at)

    def individual(self, lists, target: MentionList, start: int, end: int) -> MentionList:
        """ "Hasil kerja Pelaksana ... disampaikan ... oleh individu atau ketua tim kerja": the
        individual is the worker the sentence names, else those the sentence just before says
        work "secara individu"; kept as "Individu" when none is named."""
        if not any(self.clause["individual"].fullmatch(m.title) for m in target.members):
            return target
        owner = None
        for m in self.clause["result_of"].finditer(lists.text, start, end):
            owner = owner or lists.after(m.end(), end, self.clause["object_lead"])
        owner = owner or self.subject(self.engine.block, start, said=self.clause["works_alone"])
        if owner is None:
            return target
        members = []
        for m in target.members:
            named = self.clause["individual"].fullmatch(m.title)
            members.extend(owner.members if named else (m,))
        own = tuple(owner.jenjang if any(o is m for o in owner.members) else () for m in members)
        return dataclasses.replace(target, members=tuple(members), own=own)


def _item_points(points: str) -> bool:
    """True when a reference names items ("ayat (1) huruf a"), not only an ayat: "pejabat
    sebagaimana dimaksud pada ayat (1)" as a subject is the subject named there."""
    return "huruf" in points or "angka" in points


def _renamed(found: MentionList, short: str) -> bool:
    """True when the antecedent's title is longer than the shortened one pointing to it."""
    return found.members[0].title.casefold() != short.casefold()


def context_block(blocks: list, i: int):
    """The block read before ``blocks[i]`` when both stand in one article or one list (what a
    "tersebut" or "sebagaimana dimaksud pada ayat (1)" in it may point back to)."""
    block, before = blocks[i], blocks[i - 1] if i else None
    if before is None or before.part != block.part or before.section is not block.section:
        return None
    if before.parent is not block.parent and before is not block.parent:
        return None
    return before if block.part != "body" or _article(before) == _article(block) else None


def _article(block) -> str:
    """ "Pasal 7" of "Pasal 7 ayat (2) huruf a"."""
    return " ".join(block.where.split()[:2])
