"""Reading one cell of a table of rules: its titles, the grades and the situation a row's
cells give them (``loader/reading/tables.py`` reads the rows).

A cell may span lines, so it is read from its source pieces joined by single spaces, and
the titles found are mapped back to the block's clean text.
"""

from __future__ import annotations

import bisect
import dataclasses
import re

from loader.reading.lists import ListReader
from loader.reading.mentions import MentionList, find_mentions
from loader.reading.text import reduplicated


class CellReader:
    """The titles of one cell, read from its source pieces joined by single spaces, with
    offsets mapped back to the block's clean text. A jabatan cell with no known title is a
    title of its own (reported as unknown), its grade cell its condition."""

    def __init__(self, block, rules, slots, unknown: list) -> None:
        self.block, self.rules, self.slots, self.unknown = block, rules, slots, unknown

    def __call__(self, pieces, grades=None, jabatan: bool = False) -> MentionList | None:
        text, where = _joined(self.block.clean.source, pieces)
        mentions = find_mentions(text, self.rules)
        text, where, mentions = self._parted(text, where, pieces, mentions)
        lists = ListReader(text, mentions, self.rules)
        if lists.mentions:
            found = lists.forward(0, len(text))
        elif jabatan:
            found = self.slots.item_title(lists, 0, len(text))
        else:
            found = None
        if found is None:
            return None
        index = self.block.clean.index

        def clean(i: int) -> int:
            return bisect.bisect_left(index, where[min(i, len(where) - 1)])

        members = tuple(
            dataclasses.replace(m, start=clean(m.start), end=clean(m.end - 1) + 1)
            for m in found.members
        )
        self.unknown.extend((self.block, m) for m in members if not m.known)
        jenjang = found.jenjang
        if grades:
            grade_text, _ = _joined(self.block.clean.source, grades)
            jenjang = jenjang + ListReader(grade_text, [], self.rules).jenjang(0, len(grade_text))
        own = () if grades else found.own
        return MentionList(members, members[0].start, members[-1].end, jenjang, own)

    def _parted(self, text: str, where: list[int], pieces, mentions) -> tuple:
        """The cell's text with a comma where a title ends one line and another title begins
        the next: posts one under another in one cell ("Kepala Subbidang Pendataan" /
        "Kepala Subbidang Penagihan") are a list, not one post wrapped over two lines."""
        if len(pieces) < 2 or len(mentions) < 2:
            return text, where, mentions
        ends = {m.end for m in mentions}
        starts = {bisect.bisect_left(where, a) for a, _ in pieces[1:]}
        cuts = [s - 1 for s in sorted(starts) if s - 1 in ends and text[s - 1 : s] == " "]
        if not cuts:
            return text, where, mentions
        for cut in reversed(cuts):
            text = text[:cut] + "," + text[cut:]
            where.insert(cut, where[cut - 1])
        return text, where, find_mentions(text, self.rules)

    def recommender(self, pieces) -> MentionList | None:
        """The titles a note cell names as recommending the row's appraisal ("atas usul Ketua
        Tim Kerja"), if it says so."""
        text, _ = _joined(self.block.clean.source, pieces)
        return self(pieces) if self.rules.structure.clause["note_recommends"].search(text) else None

    def situation(self, pieces) -> str:
        """The situation a note cell states ("dalam hal tidak terdapat Ketua Tim Kerja"), as
        written, for the row's condition."""
        text, _ = _joined(self.block.clean.source, pieces)
        return self.slots.asides.situation(text, 0, 0, 0, len(text))


def _joined(source: str, pieces) -> tuple[str, list[int]]:
    """The words of ``pieces`` joined by single spaces, and each character's source offset.
    A word a cell broke at a line's end goes on without its hyphen ("Kepala Subdirek-" /
    "torat Program"), a reduplicated one with it ("Perundang-" / "undangan")."""
    text, where = [], []
    for a, b in pieces:
        for m in re.finditer(r"\S+", source[a:b]):
            word = m.group(0)
            if text and _BROKEN.search(text[-1]) and word[:1].islower():
                if not reduplicated(text[-1][:-1].casefold(), word.casefold()):
                    text[-1] = text[-1][:-1]
                    where.pop()
            elif text:
                text.append(" ")
                where.append(a + m.start() - 1)
            text.append(word)
            where.extend(range(a + m.start(), a + m.end()))
    return "".join(text), where


_BROKEN = re.compile(r"[^\W\d_]-$")  # a word broken at a line's end
