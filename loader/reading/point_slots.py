"""Slots a point or a lead-in fills for the items under it: the subject a lead-in ending in ":"
gives its items, a point that is only a title over its items, and an item that is only a title
no table knows. A mixin of ``clauses.Slots``, whose ``clause`` rows and ``sentence_subject`` it
uses.
"""

from __future__ import annotations

import re

from loader.model import PositionClass
from loader.reading.lists import ListReader
from loader.reading.mentions import Mention, MentionList
from loader.reading.objects import SPACE_ONLY


class PointSlots:
    def lead_in_subject(self, lists: ListReader, sentences: list[tuple[int, int]]):
        """The subject a lead-in ending in ":" gives its items: the list after its opener
        ("Tanggung jawab Ketua Tim ... meliputi:"), else the subject of its last sentence that
        has one ("Kepala Bagian merumuskan strategi .... Perumusan strategi tersebut meliputi:")."""
        text = lists.text
        if not text.rstrip().endswith(":"):
            return None
        m = self.clause["inherited_subject"].match(text)
        found = m and lists.after(m.end(), len(text), self.clause["object_lead"])
        if found:
            return found
        for a, b in reversed(sentences):
            if found := self.sentence_subject(lists, a, b, agent=True):
                return found
        return None

    def title_point(self, lists: ListReader) -> MentionList | None:
        """A point that is only a title over its items ("2. Sekretaris Badan" / "a) menetapkan
        kinerja ..."), perhaps with its level in brackets: that title, for its subjectless
        items."""
        if not self.clause["title_point"].fullmatch(lists.text):
            return None
        found = lists.after(0, len(lists.text), SPACE_ONLY)
        tail = found and re.fullmatch(r"\s*\)?\s*(?:\([^()]*\))?\s*\.?\s*", lists.text[found.end :])
        return found if tail else None

    def item_title(self, lists: ListReader, start: int, end: int) -> MentionList | None:
        """An item under a lead-in that is only a title no table knows ("a) Penyuluh
        Pertanian Ahli Muda;"): a position of no known class, reported as unknown, with the
        item's grade as its condition."""
        stop = _item_end(lists.text, end)
        grade = lists.grade_start(start, stop)
        m = self.clause["item_title"].fullmatch(lists.text, start, grade or stop)
        if not m:
            return None
        title = " ".join(m.group(0).split())
        cls = PositionClass.FUNGSIONAL if grade else PositionClass.LAINNYA
        mention = Mention(m.start(), m.end(), title, cls, known=False)
        return MentionList((mention,), m.start(), stop, lists.jenjang(m.end(), stop))


def _item_end(text: str, end: int) -> int:
    """End of an item's words: before its closing "; dan", ";", "." or ","."""
    return len(re.sub(r"[\s;.,]*(?:\b(?:dan|atau)\s*)?[\s;.,]*$", "", text[:end]))
