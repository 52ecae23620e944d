"""Argument slots of one clause: who acts (subject) and who is acted on (object).

The relation rows of ``loader/rules/relations.toml`` name a predicate (the cue)
and say in which slot each end of the edge sits. This module fills the slots
the way a reader does, beyond the words right next to the cue:

- the subject before the verb, or the holder of a role named as the subject
  ("Kepala Bagian tidak berperan sebagai PPK ... hanya berperan sebagai Pimpinan
  Unit Organisasi yang memberikan penugasan": the Kepala Bagian acts);
- the controller of an "untuk" clause ("yang dijadikan acuan X untuk memberikan
  penilaian kinerja bagi Y": X appraises);
- the subject carried from a lead-in or its last sentence with a subject, and a point that is
  only a title (``point_slots.PointSlots``, inherited);
- the object: ``objects.ObjectSlots`` (inherited), after a cue, after a second verb
  sharing it, or named before and pointed back to ("X tersebut").

Every word list used here is a key of ``[clause]`` in ``structure.toml``.
"""

from __future__ import annotations

import re

from loader.reading.asides import Asides
from loader.reading.lists import ListReader
from loader.reading.mentions import MentionList
from loader.reading.objects import SPACE_ONLY, ObjectSlots
from loader.reading.point_slots import PointSlots
from loader.reading.rules import Rules


class Slots(PointSlots, ObjectSlots):
    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        self.clause = rules.structure.clause
        self.asides = Asides(self.clause)

    def subject(self, lists: ListReader, start: int, clause_start: int, cue_start: int):
        """The subject of the verb at ``cue_start`` in the sentence from ``start``."""
        agent = self._relative_agent(lists, clause_start, cue_start)
        found = agent or lists.first_subject(clause_start, cue_start, self.clause["preposition"])
        if agent is None and found and self.clause["relative_also"].match(lists.text, found.end):
            # "X menetapkan kinerja Y, yang juga memberikan ...": "juga" goes back to X
            main = lists.first_subject(clause_start, found.start, self.clause["preposition"])
            found = main if main is not None and main.start < found.start else found
        elif found is not None and lists.text[found.end : cue_start].lstrip().startswith(","):
            # "X, yang mereviu hasil kerja Y, menyampaikan ...": Y closes a relative clause of X
            rel = self.clause["relative_open"].search(lists.text, clause_start, found.start)
            main = rel and lists.first_subject(
                clause_start, rel.start(), self.clause["preposition"]
            )
            found = main or found
        if agent is None and found is not None:
            found = self._before_relative(lists, clause_start, found)
        if found is None or self._role_only(lists, found):
            found = self._role_holder(lists, start, cue_start) or found
        found = (found and self._after_role(lists, found, cue_start)) or found
        if found is None and clause_start > start:
            controlled = self.clause["controlled"].search(lists.text, start, clause_start)
            if controlled and controlled.end() == clause_start:
                found = self._passive_purpose(lists, start, controlled.start(), clause_start)
                found = found or self._appointed(
                    lists, start, lists.backward(controlled.start(), self.clause["subject_tail"])
                )
                found = found and lists.possessor_head(found)
                if found and self._role_only(lists, found):  # "X ... sebagai PUO bertugas untuk"
                    found = lists.first_subject(start, found.start, self.clause["preposition"])
        return self.asides.subject(lists, start, clause_start, cue_start, found)

    def _passive_purpose(self, lists: ListReader, start: int, untuk: int, clause_start: int):
        """ "Kinerja X direkomendasikan Y untuk dinilai oleh Z": a passive "untuk" clause after
        a passive main clause shares its patient, X (the sentence's first title no preposition
        governs), not Y before "untuk"; None when either clause is active."""
        passive = self.clause["passive_verb"]
        if not passive.match(lists.text, clause_start):
            return None
        for i, m in enumerate(lists.mentions):
            if start <= m.start < untuk and not lists.governed(
                start, m.start, self.clause["preposition"]
            ):
                main = lists.forward(i, untuk)
                return main if passive.search(lists.text, main.end, untuk) else None
        return None

    def _appointed(self, lists: ListReader, start: int, found):
        """ "X ditunjuk/ditetapkan oleh Y untuk mengoordinasikan Z": the one appointed does the
        task, not Y, the agent before "untuk" (``found``)."""
        if found is None or not lists.governed(start, found.start, self.clause["agent"]):
            return found
        for i, m in enumerate(lists.mentions):
            if start <= m.start < found.start:
                patient = lists.forward(i, found.start)
                appointed = self.clause["subject_passive"].match(lists.text, patient.end)
                return patient if appointed else found
        return found

    def object_slot(self, lists: ListReader, start: int, cue_start: int, cue_end: int, end: int):
        """The object of a cue: the list after it, else what a clause-final cue points back to,
        else "mereka" for the list before, else a list put first ("Terhadap X, ...")."""
        return (
            self.object(lists, start, cue_end, end)
            or self.anaphor(lists, start, cue_start, cue_end, end)
            or self.pronoun(lists, start, cue_start, cue_end, end)
            or self.asides.fronted(lists, start, cue_start)
        )

    def near(self, lists: ListReader, clause_start: int, cue_start: int):
        """The list right before a cue ("Y berperan sebagai PPK bagi X"), or the title a bare
        relative clause ending there describes ("Y yang membawahi Z berperan sebagai ...": Y),
        or the holder of a role set beside it ("Y selaku pemilik kinerja berperan sebagai ...")."""
        tail = self.clause["subject_tail"]
        found = lists.backward(cue_start, tail)
        at = found.start if found else 0
        if found and self.clause["superior_of"].search(lists.text, max(0, at - 24), at):
            found = None  # "X selaku atasan langsung Y berperan sebagai ...": X
        found = (
            found
            or lists.backward(cue_start, self.clause["role_aside"])
            or lists.backward(cue_start, self.clause["role_pointed"])
        )
        if found is None and self.clause["role_again"].search(lists.text, clause_start, cue_start):
            # "X berperan sebagai PPK bagi Y, serta sebagai pemberi penugasan bagi Z": X
            return lists.first_subject(clause_start, cue_start, self.clause["preposition"])
        return found and self._before_relative(lists, clause_start, found)

    def _before_relative(self, lists: ListReader, clause_start: int, found: MentionList):
        """ "X yang menetapkan kinerja Y pada Divisi melaporkan ...": Y is the object of a
        relative clause of X, with no comma to close it; X acts."""
        rel = self.clause["relative_bare"].search(lists.text, clause_start, found.start)
        main = rel and lists.backward(rel.start(), SPACE_ONLY)
        return main if main and main.start >= clause_start else found

    def cleft(self, lists: ListReader, start: int, cue_start: int, cue_end: int, end: int):
        """The subject of a cleft sentence, after its copula ("Yang memberikan penugasan kepada
        Pelaksana adalah Kepala Seksi")."""
        if not self.clause["cleft"].match(lists.text[start:cue_start]):
            return None
        copula = self.clause["cleft_copula"].search(lists.text, cue_end, end)
        return copula and lists.after(copula.end(), end, self.clause["object_lead"])

    def before(self, lists: ListReader, regex: str, start: int, clause_start: int, cue_start: int):
        """The list right after the last match of ``regex`` before the cue ("Target kinerja
        bagi X ... ditetapkan oleh Y": X), titles no table knows included ("Dalam menilai
        kinerja Pengelola Arsip, ..."), or None (the row then takes the subject). A clause
        that names none may take it from the situation that opens the sentence ("Dalam hal X
        ..., penilaian kinerjanya ...": X), where the row's ``regex`` matches that opening."""
        text = lists.text
        hits = [
            h
            for h in re.finditer(regex, text[start:cue_start], re.IGNORECASE)
            if start + h.start() >= clause_start
            or self.clause["situation"].match(text, start + h.start())
        ]
        if not hits:
            return None
        at = start + hits[-1].end()
        found = lists.after(at, cue_start, self.clause["object_lead"])
        # open titles are read to the sentence's words after them, so a title followed by its
        # own verb ("..., Sekretaris Dinas memperhatikan") is not taken into the list; one
        # closing a known list joins it ("menugaskan Analis Hukum dan Perancang Peraturan ...")
        found = self._open_tail(lists, found, cue_start) if found else None
        found = found or self.open_object(lists, at, len(lists.text))
        return found if found is None or found.end <= cue_start else None

    def after(self, lists: ListReader, at: int, end: int) -> MentionList | None:
        """The list right after an anchor ("... oleh X", "... merupakan tanggung jawab X"),
        titles no table knows included ("... tanggung jawab Pengendali Teknis")."""
        return lists.after(at, end, self.clause["object_lead"]) or self.open_object(lists, at, end)

    def anchor(self, regex: str, text: str, at: int, end: int):
        """The first match of an "after:" anchor that no negation governs: "tidak dilakukan
        oleh X, melainkan oleh Y" names Y as the agent, not X."""
        negation = self.clause["negation"]
        for m in re.compile(regex, re.IGNORECASE).finditer(text, at, end):
            if not negation.search(text[max(at, m.start() - 40) : m.start()]):
                return m
        return None

    def clause_start(self, text: str, start: int, cue_start: int) -> int:
        """Where the clause of the cue at ``cue_start`` starts ("..., maka", "dalam hal ...,")."""
        best = start
        for m in self.clause["clause_start"].finditer(text, start, cue_start):
            best = m.end()
        return best

    def _relative_agent(self, lists: ListReader, clause_start: int, cue_start: int):
        """ "Kinerja Y dinilai oleh X, yang juga memberikan ...", "Z dibantu oleh X yang
        mengoordinasikan ...": the agent X acts; "... kepada Y, yang selanjutnya ...": Y."""
        near = lists.backward(cue_start, self.clause["subject_tail"])
        if near is None or near.start < clause_start:
            return None
        if self.clause["relative_next"].match(lists.text, near.end):
            return near  # "... kepada Y, yang selanjutnya membagi tugas ...": Y acts
        relative = self.clause["relative_also"].match(lists.text, near.end) or self.clause[
            "agent_relative"
        ].match(lists.text, near.end)
        return near if relative and self.agent_or_giver(lists, clause_start, near.start) else None

    def _role_only(self, lists: ListReader, found: MentionList) -> bool:
        """True when the list is a role ("Pimpinan Unit Organisasi") introduced by
        sebagai/selaku: the role's holder is the actor."""
        before = lists.text[max(0, found.start - 40) : found.start]
        return bool(self.clause["role_intro"].search(before)) and all(
            self.is_role(m) for m in found.members
        )

    def is_role(self, mention) -> bool:
        """True when a mention is a role's name (roles.toml), not a post."""
        return any(p.fullmatch(mention.title) for p, _ in self.rules.roles.terms)

    def _after_role(self, lists: ListReader, found: MentionList, cue_start: int):
        """ "Dalam kedudukannya selaku PPK, Camat menilai ... dan menetapkan ...": a list that
        opens with a role put first is its holder, named after it, for every verb."""
        before = lists.text[max(0, found.start - 40) : found.start]
        if not self.clause["role_intro"].search(before) or not self.is_role(found.members[0]):
            return None
        for i, m in enumerate(lists.mentions):
            if found.start < m.start < cue_start and not self.is_role(m):
                return lists.forward(i, cue_start)
        return None

    def _role_holder(self, lists: ListReader, start: int, cue_start: int):
        """The last list in the sentence before the cue that is said to (not) act as a role."""
        holder = None
        for m in self.clause["role_holder"].finditer(lists.text, start, cue_start):
            near = lists.backward(m.start(), SPACE_ONLY)
            if near is not None and near.start >= start:
                holder = near
        return holder

    def sentence_subject(
        self, lists: ListReader, a: int, b: int, agent: bool = False, passive: bool = False
    ):
        """The first list of sentence [a, b) followed by its verb (or, with ``agent``, the
        agent of a passive: "digunakan oleh Pejabat Level I ... untuk merumuskan"; with
        ``passive``, the subject of a passive: "X ditetapkan sebagai ...")."""
        for i, mention in enumerate(lists.mentions):
            if not (a <= mention.start < b):
                continue
            candidate = lists.forward(i, b)
            if agent and lists.governed(a, mention.start, self.clause["agent"]):
                return candidate
            if lists.governed(a, mention.start):
                continue
            if self.clause["subject_verb"].match(lists.text, candidate.end, b):
                return candidate
            if passive and self.clause["subject_passive"].match(lists.text, candidate.end, b):
                return candidate
        return None

    def possessor(self, lists: ListReader, start: int, cue_start: int, previous):
        """Whose "-nya" when a sentence's subject is under it ("Pejabat Fungsional dan
        Pelaksana berada di bawah koordinasinya"): the subject of the item before."""
        near = lists.backward(cue_start, self.clause["subject_tail"])
        subject = self.sentence_subject(lists, start, cue_start)
        if subject is None or (near is not None and subject.start == near.start):
            return previous
        # "Y menyampaikan arahan kepada X yang berada di bawah koordinasinya": a description
        # of X, not a statement of coordination (no reading of the five takes an edge from it)
        return None
