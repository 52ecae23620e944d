"""Titles named by pointing at numbered points.

"(1) Sekretaris Daerah menilai kinerja: a. A; b. B; c. C; dan d. D. (2) Penugasan kepada
pejabat sebagaimana dimaksud pada ayat (1) huruf a sampai dengan huruf c diberikan oleh
Sekretaris Daerah." The reference is read as one placeholder mention where it stands (so
every slot of every row takes it like a title), and an edge's end is then the titles the
points list, found among the blocks before it in the same article or Lampiran section. A
point that is not a bare title list (a sentence of its own) resolves to nothing: no edge
rather than a guess. The pattern is ``point_reference`` of ``[clause]`` in
``structure.toml``.
"""

from __future__ import annotations

import dataclasses
import functools
import re

from loader.model import PositionClass
from loader.reading.mentions import Mention, MentionList

_POINT = re.compile(r"\b(ayat|angka|huruf)\s*\(?\s*(\d{1,2}|[a-z]{1,2})\s*\)?", re.IGNORECASE)
_RANGE = re.compile(r"\s*(?:sampai dengan|s\.d\.|s/d|hingga)\s*", re.IGNORECASE)
_CITE = re.compile(r"[()]")


def with_references(text: str, found: list[Mention], clause) -> list[Mention]:
    """``found`` with a placeholder mention for each reference to points that no title
    overlaps; its ``points`` is the reference ("ayat (1) huruf a sampai dengan huruf c")."""
    if "dimaksud" not in text:
        return found  # most texts point at nothing
    pattern = clause["point_reference"]
    found = [_pointing(text, x, pattern, clause["title_pointed"]) for x in found]
    extra = [
        Mention(m.start(), m.end(), " ".join(m.group(0).split()), PositionClass.LAINNYA)
        for m in pattern.finditer(text)
        if not any(x.start < m.end() and m.start() < x.end for x in found)
    ]
    if not extra:
        return found
    extra = [dataclasses.replace(x, points=_ref(pattern, text, x)) for x in extra]
    return sorted(found + extra, key=lambda x: x.start)


def _pointing(text: str, title: Mention, pattern: re.Pattern[str], pointed) -> Mention:
    """``title`` with the points it is followed by ("Kabag sebagaimana dimaksud pada angka 1"),
    read by the pattern of "pejabat sebagaimana dimaksud ..." put in the title's place."""
    if not pointed.match(text, title.end):
        return title
    m = pattern.match(f"pejabat{text[title.end : title.end + 200]}")
    return dataclasses.replace(title, refers=m.group("ref")) if m else title


def _ref(pattern: re.Pattern[str], text: str, mention: Mention) -> str:
    return pattern.match(text, mention.start, mention.end).group("ref")


def paths(ref: str) -> list[tuple[str, ...]]:
    """The points a reference names, each as its path of (kind value) from the outermost:
    "ayat (1) huruf a sampai dengan huruf c" -> ayat 1 huruf a, ayat 1 huruf b, ayat 1 huruf c;
    "angka 1 huruf a dan huruf b" -> angka 1 huruf a, angka 1 huruf b."""
    out: list[tuple[str, ...]] = []
    prev = None
    for m in _POINT.finditer(ref):
        step = f"{m.group(1).lower()} {m.group(2).lower()}"
        if prev is None or not ref[prev.end() : m.start()].strip():
            path = (out.pop() if out and prev is not None else ()) + (step,)
            out.append(path)
        else:  # a second point of the same kind, under the first one's parents
            first = out[-1]
            at = next((i for i, s in enumerate(first) if s.split()[0] == step.split()[0]), None)
            parent = first[:at] if at is not None else first
            if _RANGE.fullmatch(ref, prev.end(), m.start()):
                out.extend((*parent, s) for s in _between(first[-1], step))
            out.append((*parent, step))
        prev = m
    return out


def _between(a: str, b: str) -> list[str]:
    """The points strictly between two of one kind ("huruf a", "huruf d" -> b, c)."""
    kind, x = a.split()
    y = b.split()[1]
    if x.isdigit() and y.isdigit():
        return [f"{kind} {n}" for n in range(int(x) + 1, int(y))]
    if len(x) == len(y) == 1 and x.isalpha() and y.isalpha():
        return [f"{kind} {chr(c)}" for c in range(ord(x) + 1, ord(y))]
    return []


def _key(where: str) -> str:
    return " ".join(_CITE.sub(" ", where).casefold().split())


class Points:
    """Resolves placeholder mentions against the blocks of one document."""

    def __init__(self, blocks: list, engine, index: dict[int, int]) -> None:
        self.blocks = blocks
        self.engine = engine
        self.index = index  # id(block) -> its place in ``blocks``, the document's own map

    def resolved(self, block, hits):
        """The hits with their references read (``resolve``), none left empty."""
        for hit in hits:
            if (hit := self.resolve(block, hit)) is not None:
                yield hit

    def resolve(self, block, hit):
        """``hit`` with each placeholder replaced by the titles its points list (each with
        its own grades); None when an end is left empty. Most hits hold none: returned as is."""
        source, target = hit.source, hit.target
        if not _points(source) and not _points(target):
            return hit
        source = self._list(block, source)
        target = self._list(block, target) if target is not None else None
        if source is None or (hit.target is not None and target is None):
            return None
        return dataclasses.replace(hit, source=source, target=target)

    def _list(self, block, found: MentionList) -> MentionList | None:
        if not _points(found):
            return found
        members, own = [], []
        for m in found.members:
            if not m.points and not m.refers:
                members.append(m)
                own.append(found.grades_of(m))
                continue
            named = self._named(block, m.points or m.refers)
            if m.refers:  # a title pointing at points: those it heads, or those that
                # restate it there ("anggota tim yang terdiri atas A, B, dan C")
                named = _all_headed(named, m.title)
                if not named and m.cls is not PositionClass.LAINNYA:
                    # a post of the structure pointing at sentences: the titles there it heads
                    # (a team's role, "Ketua Tim", is the same role, not a shortened post)
                    named = _all_headed(self._named(block, m.refers, self._mentioned), m.title)
                restating = functools.partial(self._restating, title=m.title)
                named = named or self._named(block, m.refers, restating)
                if not named:  # none: the title as written
                    members.append(m)
                    own.append(found.grades_of(m))
            for n in named:
                members.extend(n.members)
                own.extend(n.grades_of(x) for x in n.members)
        if not members:
            return None
        return dataclasses.replace(found, members=tuple(members), own=tuple(own))

    def _named(self, block, ref: str, read=None) -> list[MentionList]:
        """The title lists of the points ``ref`` names (``read``: what a point names, by
        default its bare title list; or the titles restating one there, ``_restating``), each
        the latest such block before ``block`` in its article (body) or Lampiran section."""
        read = read or self._title
        here = _key(block.where)
        out = []
        for path in paths(ref):
            kind = path[0].split()[0]
            at = here.rfind(f" {kind} ")
            wanted = f"{here[:at] if at >= 0 else here} {' '.join(path)}"
            item = self._block(block, wanted)
            named = item is not None and read(item)
            if named:
                out.append(named)
        return out

    def _block(self, block, wanted: str):
        for b in reversed(self.blocks[: self.index[id(block)]]):
            if b.part != block.part or b.section is not block.section:
                return None
            if _key(b.where) == wanted:
                return b
        return None

    def _title(self, item) -> MentionList | None:
        """The item's titles when it is only a title list ("a. Asisten Administrasi Umum;"), or
        those of its own items when it is a lead-in ("(1) Asisten membawahkan: a. ...; b. ...")."""
        if item.clean is None:
            return None
        if item.clean.text.rstrip().endswith(":"):
            return self._items_of(item)
        lists = self.engine.lists(item)
        text = lists.text
        found = lists.after(0, len(text), self.engine.clause["object_lead"])
        found = found or self.engine.slots.item_title(lists, 0, len(text))
        found = found or _clause_object(lists)
        if found is None or not self.engine.clause["bare_end"].fullmatch(text, found.end):
            return None
        return found

    def _restating(self, item, title: str) -> MentionList | None:
        """The titles that restate ``title`` in the item ("anggota tim yang terdiri atas A dan
        B": A and B), or None when it is not restated there."""
        if item.clean is None:
            return None
        lists = self.engine.lists(item)
        for i, m in enumerate(lists.mentions):
            if m.title.casefold() == title.casefold():
                found = lists.forward(i, len(lists.text))
                if found.members[0].start != m.start:
                    return found
        return None

    def _mentioned(self, item) -> MentionList | None:
        """Every title a point names, a sentence's too ("(1) Kepala Bidang Umum menilai ...")."""
        if item.clean is None or not (found := self.engine.lists(item).mentions):
            return None
        return MentionList(tuple(found), found[0].start, found[-1].end, ())

    def _items_of(self, lead) -> MentionList | None:
        """The titles of the items under a lead-in, when every one is a bare title list."""
        found = []
        for b in self.blocks[self.index[id(lead)] + 1 :]:
            if b.parent is not lead:
                break
            named = self._title(b)
            if named is None:
                return None
            found.append(named)
        return _joined(found)


def _clause_object(lists) -> MentionList | None:
    """The one list of an item that is a clause of its lead-in's subject, opened by its verb
    ("b. memberikan penugasan kepada Sekretaris, Kepala Bidang, dan Kepala UPTD;"): the
    officials that item names. None when it names any other title (two lists: a guess)."""
    if not lists.mentions or not lists.text[:1].islower():
        return None
    found = lists.forward(0, len(lists.text))
    return found if len(found.members) == len(lists.mentions) else None


def headed(found: MentionList, title: str) -> MentionList | None:
    """The members of ``found`` that ``title`` heads ("Kabag" -> "Kabag Umum", "Kabag
    Keuangan"), with their grades; None when it heads none."""
    head = title.casefold()
    kept = [m for m in found.members if f"{m.title.casefold()} ".startswith(f"{head} ")]
    if not kept:
        return None
    own = tuple(found.grades_of(m) for m in kept)
    return dataclasses.replace(found, members=tuple(kept), own=own)


def _joined(found: list[MentionList]) -> MentionList | None:
    """One list of the members of ``found``, each with its own grades."""
    if not found:
        return None
    members = tuple(m for f in found for m in f.members)
    own = tuple(f.grades_of(m) for f in found for m in f.members)
    return MentionList(members, found[0].start, found[-1].end, (), own)


def _points(found: MentionList | None) -> bool:
    return found is not None and any(m.points or m.refers for m in found.members)


def _all_headed(named: list[MentionList], title: str) -> list[MentionList]:
    """Of each list, the members ``title`` heads; the lists where it heads none left out."""
    return [n for n in (headed(n, title) for n in named) if n]


def every_headed(lists, hits: list[int], head: str, end: int) -> MentionList | None:
    """The titles ``head`` begins in the list that holds all of ``hits`` ("Kepala Bagian Umum,
    Kepala Bidang Haji, Kepala Bidang Zakat, dan Pembimbing Masyarakat": the two Kepala Bidang),
    or None when they stand in more than one list."""
    found = headed(lists.forward(hits[0], end), head)
    starts = {m.start for m in found.members} if found else set()
    return found if all(lists.mentions[i].start in starts for i in hits) else None


def beside(subject: MentionList | None, at: int, found: MentionList) -> MentionList:
    """``found`` with the subject's other titles before the pointer at ``at`` ("Kepala Bagian
    Umum dan para Kepala Bidang tersebut": Kepala Bagian Umum stays a subject)."""
    if subject is None or not (subject.start < at <= subject.end):
        return found
    kept = [i for i, m in enumerate(subject.members) if m.start < at]
    if not kept:
        return found
    members = tuple(subject.members[i] for i in kept) + found.members
    own = tuple(subject.grades_of(subject.members[i]) for i in kept)
    own += tuple(found.grades_of(m) for m in found.members)
    return MentionList(members, subject.start, subject.end, (), own)
