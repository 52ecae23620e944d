"""Which edges a regulation gives by delegation (``Edge.delegated``).

Why: some sentences give a power not as the position's own but by delegation
("Kepala Dinas dengan pendelegasian kewenangan akan menetapkan kinerja Kepala
UPTD ..."; Muna, Lampiran). An analyst reading the graph must be able to tell
such an edge from the ordinary line of authority, so the edge keeps the edge's
type and ends and carries ``delegated: true``.

The rule: a delegation cue (the ``[[delegation]]`` rows of
``loader/rules/relations.toml``) marks an edge when, inside the edge's
sentence, it follows the mention of the edge's *source* with no other position
mentioned between them. So in "… dilaksanakan oleh Kepala Dinas atau Pejabat
Administrator pada Dinas yang diberikan pendelegasian kewenangan" only the
Administrator acts by delegation (the Kepala Dinas is named before another
position), and in "Pejabat Level I menetapkan kinerja Pejabat Fungsional …
setelah berkoordinasi dengan Kepala Dinas atau Pejabat Administrator … yang
diberikan pendelegasian kewenangan" the cue belongs to the one coordinated
with, not to Pejabat Level I, whose edge stays direct. A row with ``before =
true`` is a lead standing before the delegate ("Atas pendelegasian dari Kepala
Dinas, Sekretaris Dinas menetapkan ..."): the members named after it act by
delegation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from loader.reading.anchored import anchored
from loader.reading.mentions import Mention, MentionList, find_mentions
from loader.reading.prefilter import per_object
from loader.reading.rules import Rules


def delegated_sources(
    text: str, sentence: tuple[int, int], source: MentionList, rules: Rules
) -> frozenset[Mention]:
    """The members of ``source`` a delegation cue attaches to, in ``text[sentence]``.

    ``text`` is the clean text the mentions index. A source inherited from a
    lead-in (outside the sentence) is never marked.
    """
    start, end = sentence
    cues = _joined(rules.delegation)
    before, cued = _sentence(text, start, end, rules)
    if before is not None:  # "Atas pendelegasian dari Kepala Dinas, Sekretaris Dinas ..."
        return frozenset(m for m in source.members if before <= m.start < end)
    if not cued:
        return frozenset()  # the common case: no cue, no mention scan
    mentions = [
        Mention(m.start + start, m.end + start, m.title, m.cls, m.only)
        for m in find_mentions(text[start:end], rules)
    ]
    return frozenset(
        m
        for m in source.members
        if start <= m.start < end and cue_follows(text, m, mentions, cues, end)
    )


_LAST: list = [None, None, 0, 0, None, False]  # the sentence asked last: table, text, span, answers


def _sentence(text: str, start: int, end: int, rules: Rules) -> tuple[int | None, bool]:
    """Where a lead before the delegate ends, and whether any other cue occurs, in one
    sentence; kept for the next edge of the same sentence (each edge asks again)."""
    table, seen, a, b, before, cued = _LAST
    if table is not rules.delegation or seen is not text or (a, b) != (start, end):
        before = _after_lead(text, start, end, _joined(rules.delegation_before))
        cued = any(c.search(text, start, end) for c in _joined(rules.delegation))
        _LAST[:] = [rules.delegation, text, start, end, before, cued]
    return before, cued


def cue_follows(
    text: str,
    mention: Mention,
    mentions: Sequence[Mention],
    cues: Sequence[re.Pattern[str]],
    end: int,
) -> bool:
    """True when a cue starts after ``mention`` and before the next mention (or ``end``)."""
    stop = min((m.start for m in mentions if m.start >= mention.end), default=end)
    stop = min(stop, end)
    for cue in cues:
        hit = cue.search(text, mention.end, end)
        if hit and hit.start() < stop:
            return True
    return False


_JOINED: dict[int, tuple] = {}


def _joined(cues: tuple[re.Pattern[str], ...]) -> tuple[re.Pattern[str], ...]:
    """The cues as one pattern: one search per sentence finds the earliest cue of any row
    (every edge of a sentence asks again). Kept per table object (``prefilter.per_object``)."""
    return per_object(_JOINED, cues, _one_pattern)


def _one_pattern(cues: tuple[re.Pattern[str], ...]) -> tuple[re.Pattern[str], ...]:
    if len(cues) < 2:
        return cues
    return (re.compile("|".join(f"(?:{c.pattern})" for c in cues), cues[0].flags),)


def _after_lead(text: str, start: int, end: int, cues: Sequence[re.Pattern[str]]) -> int | None:
    """Where a sentence's actor starts after a delegation lead ("Atas pendelegasian dari X,"):
    the members named after it act by delegation (the delegating X is inside the lead)."""
    for cue in cues:
        hit = anchored(cue).search(text, start, end)
        if hit:
            return hit.end()
    return None
