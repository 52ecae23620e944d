"""What a sentence sets aside around its clause: situations, fronted objects, substitutes.

Regulations put conditions and parties outside the plain "subject verb object" order:

- a situation kept as the edge's condition text ("Dalam hal Kepala Seksi berhalangan, ...",
  "Apabila X berhalangan, ...", "... bagi Pelaksana dalam hal tidak terdapat Kepala Seksi"),
  never a reason to widen or drop the edge;
- an object put before its clause ("Terhadap Pelaksana pada Seksi, penilaian kinerja
  dilakukan oleh ..."; "Bagi Pejabat Fungsional jenjang Ahli Muda, ...");
- a situation set between the subject and its verb ("Kepala Bidang, dalam hal Kepala Seksi
  berhalangan, memberikan ..."): the subject stands before it;
- a substitute for one who is away ("X yang berhalangan digantikan oleh Y dalam menilai
  kinerja Z"): Y acts.

Every word list is a key of ``[clause]`` in ``structure.toml``.
"""

from __future__ import annotations

from loader.reading.mentions import ListReader, MentionList


class Asides:
    def __init__(self, clause: dict) -> None:
        self.clause = clause

    def situation(self, text: str, start: int, cue_start: int, cue_end: int, end: int) -> str:
        """The situation of the cue at [cue_start, cue_end) in the sentence [start, end): the
        one before the cue, else the one after it, as written."""
        ends = [self.clause["situation_stop"]]
        m = self.clause["situation"].search(text, start, cue_start)
        if m is None:
            m = self.clause["situation"].search(text, cue_end, end)
            ends.append(self.clause["situation_resume"])
        if m is None:
            return ""
        said = m.group(0)
        for stop in ends:
            said = said[: stop.search(said).start()] if stop.search(said) else said
        return " ".join(said.rstrip(" .").split())

    def fronted(self, lists: ListReader, start: int, cue_start: int) -> MentionList | None:
        """An object put before its clause and closed by a comma."""
        m = self.clause["fronted"].match(lists.text, start, cue_start)
        found = m and lists.after(m.end(), cue_start, self.clause["object_lead"])
        if found and self.clause["fronted_end"].match(lists.text[found.end : cue_start]):
            return found
        return None

    def subject(self, lists: ListReader, start: int, clause_start: int, cue_start: int, found):
        """The subject when an aside moves it: the substitute named in the clause, else the list
        before a situation set between subject and verb, else ``found``."""
        sub = self.clause["substitute"].search(lists.text, clause_start, cue_start)
        if sub and (named := lists.after(sub.end(), cue_start, self.clause["object_lead"])):
            return named
        if found is None and clause_start > start:
            aside = self.clause["interposed"].search(lists.text, start, clause_start)
            if aside and aside.end() == clause_start:
                return lists.backward(aside.start(), self.clause["subject_tail"])
        return found
