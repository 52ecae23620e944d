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

import re

from loader.reading.lists import ListReader
from loader.reading.mentions import MentionList
from loader.reading.prefilter import per_object, required_words


class Asides:
    def __init__(self, clause: dict) -> None:
        self.clause = clause
        self._words = _situation_words(clause["situation"])
        self._gate: tuple = (None, 0, 0, False)  # (text, start, end, holds a situation word)

    def _may_situate(self, text: str, start: int, end: int) -> bool:
        """Whether the sentence holds a word every situation needs, asked once per sentence
        (most sentences hold none; each of their cues would search twice)."""
        seen, a, b, found = self._gate
        if seen is not text or (a, b) != (start, end):
            found = self._words is None or self._words.search(text, start, end) is not None
            self._gate = (text, start, end, found)
        return found

    def situation(self, text: str, start: int, cue_start: int, cue_end: int, end: int) -> str:
        """The situation of the cue at [cue_start, cue_end) in the sentence [start, end): the
        one before the cue, else the one after it, as written."""
        if not self._may_situate(text, start, end):
            return ""
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


_WORDS: dict[int, tuple] = {}


def _situation_words(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The words one of which every situation holds (``prefilter.required_words``), as one
    pattern; None when the pattern says nothing sure. Read once per pattern object."""
    return per_object(_WORDS, pattern, _words_pattern)


def _words_pattern(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    needs = required_words(pattern)
    words = sorted(needs[0], key=len, reverse=True) if needs else []
    return re.compile("|".join(map(re.escape, words)), re.IGNORECASE) if words else None
