"""Object slots of one clause: who is acted on.

The list after a cue, after a second verb sharing it ("menugaskan dan melaksanakan distribusi
X") or after the last of coordinated cues sharing it; a list that goes on with titles no table
knows; the antecedent a clause-final cue points back to ("X tersebut"); and where an object must
stop before the anchor of the other end. The subject side is ``clauses.Slots``, which inherits
these. Every word list used here is a key of ``[clause]`` in ``structure.toml``.
"""

from __future__ import annotations

import re

from loader.model import PositionClass
from loader.reading.lists import ListReader
from loader.reading.mentions import Mention, MentionList

# nothing but spaces between two words: a title standing alone
SPACE_ONLY = re.compile(r"^\s*$")
_CAPITALISED = re.compile(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*")  # one title of an open list


class ObjectSlots:
    """The object-side slot readers; ``self.rules`` and ``self.clause`` are set by ``Slots``."""

    def object(self, lists: ListReader, start: int, cue_end: int, end: int, depth: int = 3):
        """The list a cue acts on; see the module docstring."""
        found = self._after(lists, cue_end, end, depth)
        if found and self.clause["anaphor"].match(lists.text, found.end, end):
            return lists.antecedent(found, start)  # "bagi Pejabat Fungsional tersebut"
        return (
            self._open_tail(lists, found, end) if found else self.open_object(lists, cue_end, end)
        )

    def pronoun(self, lists: ListReader, start: int, cue_start: int, cue_end: int, end: int):
        """ "... bagi mereka" after the cue: the last list of the sentence before the cue that
        is not its first (its subject) — "X yang membawahi Pelaksana ... bertindak sebagai PPK
        bagi mereka" gives Pelaksana."""
        if not self.clause["object_pronoun"].match(lists.text, cue_end, end):
            return None
        lists_before = lists.lists_in(start, cue_start)
        if len(lists_before) < 2 and not self._governed(lists, lists_before, start):
            return None
        last = lists_before[-1]  # "... di antara kedua Kepala Seksi tersebut dan menilai ..."
        if len(lists_before) > 1 and self._relative_on_agent(lists, start, last):
            last = lists_before[-2]  # "X dinilai oleh Y, yang juga menugasinya": X
        anaphor = self.clause["anaphor"].match(lists.text, last.end, cue_start)
        return lists.antecedent(last, start) if anaphor else last

    def _relative_on_agent(self, lists: ListReader, start: int, found: MentionList) -> bool:
        """True when ``found`` is an agent or a giver that a relative clause follows ("X dinilai
        oleh Y, yang sekaligus memberikan penugasan kepadanya"): "-nya" is not Y himself."""
        relative = self.clause["agent_relative"].match(lists.text, found.end)
        return bool(relative) and self.agent_or_giver(lists, start, found.start)

    def agent_or_giver(self, lists: ListReader, start: int, at: int) -> bool:
        """True when the list at ``at`` is a passive's agent ("dinilai oleh Y") or the giver of
        what the subject receives ("menerima penugasan dari Y"), in the clause from ``start``."""
        return lists.governed(start, at, self.clause["agent"]) or bool(
            self.clause["giver"].search(lists.text, start, at)
        )

    def _governed(self, lists: ListReader, found: list, start: int) -> bool:
        """True when the one list before the cue is an object ("Pejabat sebagaimana dimaksud
        ... membagi pekerjaan kepada Pelaksana dan menilai kinerja yang bersangkutan": the
        subject points back and names no title)."""
        return len(found) == 1 and bool(
            self.clause["preposition"].search(lists.text, start, found[0].start)
        )

    def _open_tail(self, lists: ListReader, found: MentionList, end: int) -> MentionList:
        """A list of known titles that goes on with titles no table knows ("kepada Pelaksana
        dan Pengelola Data"): those are members too, reported as unknown."""
        joint = self.clause["open_joiner"].match(lists.text, found.end, end)
        more = joint and self.open_object(lists, joint.end(), end)
        if not more or any(m.known for m in more.members):
            return found
        own = (found.own or tuple(found.jenjang for _ in found.members)) + more.own
        jenjang = tuple(dict.fromkeys(found.jenjang + more.jenjang))
        return MentionList(found.members + more.members, found.start, more.end, jenjang, own)

    def open_object(self, lists: ListReader, at: int, end: int) -> MentionList | None:
        """Titles no table knows right after a cue ("memberikan penugasan kepada Apoteker dan
        Asisten Apoteker", "menilai kinerja Auditor pada jenjang yang sama ..."): each member
        of the capitalised list is a known mention where one starts there, else a title-like
        phrase reported as unknown; a unit or a document named there is no party."""
        m = self.clause["open_object"].match(lists.text, at, end)
        if not m:
            return None
        known = {x.start: x for x in lists.mentions}
        members, grades = [], []
        for part in _CAPITALISED.finditer(m.group("titles")):
            a = m.start("titles") + part.start()
            b = a + len(part.group(0).rstrip(","))
            if self.clause["open_object_not"].match(lists.text, a, b):
                return None
            cut = lists.grade_start(a, b) or b
            title = " ".join(lists.text[a:cut].split())
            found = known.get(a)
            if found is None or found.end < cut:  # "Asisten Apoteker", not the known "Asisten"
                found = Mention(a, cut, title, PositionClass.LAINNYA, known=False)
            members.append(found)
            grades.append(lists.jenjang(found.end, b))
        stop = m.end("titles")
        tail = lists.jenjang(stop, _grade_end(lists, stop, end))
        grades[-1] = tuple(dict.fromkeys(grades[-1] + tail))
        own = tuple(grades)
        return MentionList(tuple(members), members[0].start, stop, own[-1], own)

    def anaphor(self, lists: ListReader, start: int, cue_start: int, cue_end: int, end: int):
        """The object a clause-final cue refers back to ("... bagi Pejabat Fungsional tersebut
        dan hanya memberikan penugasan;"): the antecedent of the sentence's "X tersebut",
        first written with its grade."""
        if not self.clause["clause_end"].match(lists.text, cue_end, end):
            return None
        for m in self.clause["anaphor"].finditer(lists.text, start, cue_start):
            near = lists.backward(m.start(), SPACE_ONLY)
            if near is not None and near.start >= start:
                return lists.antecedent(near, start)
        return None

    def _after(self, lists: ListReader, at: int, end: int, depth: int) -> MentionList | None:
        """The list after a cue, after a verb sharing it, or after the last of coordinated
        cues sharing it ("menetapkan kinerja, melakukan penilaian kinerja dan memberikan
        penugasan bagi X": each verb takes X)."""
        lead = self.clause["object_lead"]
        found = lists.after(at, end, lead)
        if found or depth == 0:
            return found
        bridge = self.clause["verb_bridge"].match(lists.text, at, end)
        if bridge and (found := lists.after(bridge.end(), end, self.clause["bridge_lead"])):
            return found
        nxt = self._coordinated(lists.text, at, end)
        return None if nxt is None else self._after(lists, nxt, end, depth - 1)

    def ends_lead_in(self, text: str, at: int, depth: int = 3) -> bool:
        """True when the cue ending at ``at`` ends its lead-in, alone or with the coordinated
        cues after it sharing the items ("menetapkan kinerja dan menilai kinerja:",
        "memberikan penugasan, menetapkan kinerja, dan menilai kinerja kepada:")."""
        if self.clause["lead_in_end"].fullmatch(text, at):
            return True
        if not depth or not text.rstrip().endswith(":"):
            return False  # most cues: no colon ends the text, no lead-in to end
        nxt = self._coordinated(text, at, len(text))
        return nxt is not None and self.ends_lead_in(text, nxt, depth - 1)

    def _coordinated(self, text: str, at: int, end: int) -> int | None:
        """The end of a cue taking an object that is coordinated with the cue ending at
        ``at`` (", dan menilai kinerja"), if one follows."""
        joint = self.clause["coordination"].match(text, at, end)
        if not joint:
            return None
        at = joint.end()
        for rule in self.rules.relations:
            # the cheap test first: most rows take no object, and a joint is tried against all
            if rule.target == "object" and (nxt := rule.cue.match(text, at, end)):
                return nxt.end()
        return None


def _grade_end(lists: ListReader, stop: int, end: int) -> int:
    """Where grade words right after a list end ("Auditor pada jenjang yang sama")."""
    m = lists.grades_after(stop, end)
    return m if m is not None else stop


def object_limit(rule, lists: ListReader, cue_end: int, end: int) -> int:
    """Where the object after a cue must stop: before the anchor of the other end when a
    title stands between the cue and the anchor ("PPK Sekretaris Kecamatan yaitu Camat": the
    object is not restated as Camat). An anchor right after the cue leaves the object as it
    is."""
    other = rule.source if rule.target == "object" else rule.target
    if not other.startswith("after:"):
        return end
    anchor = re.compile(other[6:], re.IGNORECASE).search(lists.text, cue_end, end)
    if anchor and any(cue_end <= m.start and m.end <= anchor.start() for m in lists.mentions):
        return anchor.start()
    return end
