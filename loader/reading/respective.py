"""Two lists paired member by member ("respectively").

"Penugasan kepada A dan B diberikan masing-masing oleh C dan D", "C dan D berturut-turut
menilai kinerja A dan B": C acts on A and D on B, not each on both. Only when the wording
says so (``respective`` of ``[clause]``: "berturut-turut" between the lists, or "masing-masing"
right before the later one) and both lists are as long: "C dan D masing-masing menilai kinerja
A dan B" (each) and "... pada bagian masing-masing" pair nothing.
"""

from __future__ import annotations

import re

from loader.reading.mentions import MentionList


def pairs(text: str, source: MentionList, target: MentionList | None, pattern: re.Pattern[str]):
    """The (source, target) pairs an edge of these two lists stands for: each member with
    the one in the same place of the other list when the text pairs them, else the lists."""
    if target is None or len(source.members) < 2 or len(source.members) != len(target.members):
        return [(source, target)]
    first, second = sorted((source, target), key=lambda x: x.start)
    if first.end > second.start or not pattern.search(text, first.end, second.start):
        return [(source, target)]
    return [
        (_one(source, s), _one(target, t))
        for s, t in zip(source.members, target.members, strict=True)
    ]


def _one(found: MentionList, member) -> MentionList:
    return MentionList((member,), member.start, member.end, found.grades_of(member))
