"""A pattern's ``search`` and ``finditer`` tried only where one of its literal starts stands.

The cue rows of ``relations.toml`` ignore case, and many open with a
lookbehind or an optional word ("(?<!ber)koordinasi", "(?:berperan )?sebagai"):
``re`` then has no first character to skip ahead by and runs the whole pattern
at every place of a block, which made asking whether a cue occurs at all a
sixth of the engine's time. Every match of such a pattern begins with one of a
few literal texts (:func:`~loader.reading.prefilter.literal_starts`, compared
ignoring case). In a text of ASCII characters, where ignoring case is comparing
lower case, a case-sensitive search of those starts in the lowered text finds
the few places a match may begin, and the pattern is tried at those alone.
The matches are exactly the pattern's own (``match`` at a place sees the text
before it, as ``search`` does); a pattern without such starts, or a text with
other characters, is searched as before. A pattern whose matches open with
letters it compares case-sensitively ("(?-i:Kepala|Direktur) ...",
:func:`~loader.reading.prefilter.exact_starts`) has its starts sought as
written, in any text.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

from loader.reading.prefilter import exact_starts, literal_starts, per_object

_END = sys.maxsize
_LENGTH = 8  # longer starts branch into hundreds on patterns of many optional words


class AnchoredSearch:
    """``search``/``finditer`` of one pattern (build once per pattern, see :func:`anchored`)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.starts: re.Pattern[str] | None = None
        # starts the pattern compares case-sensitively are sought as written, in any text: in
        # the lowered text, the capitalised heads of the agent nouns ("Analis", "Pengelola")
        # stopped at every "pe", "an" of a lower-case word, more costly than no starts at all
        exact = exact_starts(pattern, _LENGTH)
        self.exact = exact is not None
        if exact:
            self.starts = re.compile(letter_tree(set(exact)))
            return
        starts = literal_starts(pattern, _LENGTH)
        if starts and all(s.isascii() for s in starts):
            self.starts = re.compile(letter_tree({s.lower() for s in fewest_starts(starts)}))

    def search(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        """What ``pattern.search(text, pos, endpos)`` gives."""
        low = None if self.starts is None else text if self.exact else lowered(text)
        if low is None:
            return self.pattern.search(text, pos, endpos)
        find, match = self.starts.search, self.pattern.match
        while (start := find(low, pos, endpos)) is not None:
            if found := match(text, start.start(), endpos):
                return found
            pos = start.start() + 1
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match[str]]:
        """What ``pattern.finditer(text, pos, endpos)`` gives (no match is empty: each begins
        with a literal start; a pattern without starts is searched by ``re`` itself)."""
        if self.starts is None:
            yield from self.pattern.finditer(text, pos, endpos)
            return
        while (found := self.search(text, pos, endpos)) is not None:
            yield found
            pos = found.end()


_LAST: tuple[str, str | None] = ("", "")


def lowered(text: str) -> str | None:
    """``text`` in lower case when it is ASCII (the same offsets, and ignoring case is then
    comparing lower case), else None; the last text's is kept, as a block is searched by
    many patterns in turn."""
    global _LAST
    last = _LAST
    if last[0] is not text:
        last = _LAST = (text, text.lower() if text.isascii() else None)
    return last[1]


_SEARCHES: dict[int, tuple[re.Pattern[str], AnchoredSearch]] = {}
_KEEP = 4096  # patterns kept; the tables hold a few hundred


def anchored(pattern: re.Pattern[str]) -> AnchoredSearch:
    """The anchored search of ``pattern``, kept per pattern object (by identity: hashing a
    compiled pattern hashes its code, which cost more than the search saved)."""
    return per_object(_SEARCHES, pattern, AnchoredSearch, _KEEP)


def letter_tree(words: set[str]) -> str:
    """One regular expression for ``words`` (none empty), their common beginnings written
    once: "kepala (?:bidang|dinas)"."""
    heads: dict[str, set[str]] = {}
    for w in words:
        heads.setdefault(w[0], set()).add(w[1:])
    alternatives = []
    for head, rest in sorted(heads.items()):
        tails = rest - {""}
        if len(rest) == 1:
            alternatives.append(re.escape(head + next(iter(rest))))
        else:
            optional = "?" if "" in rest else ""
            alternatives.append(f"{re.escape(head)}(?:{letter_tree(tails)}){optional}")
    return "|".join(alternatives)


def fewest_starts(pieces: set[str]) -> set[str]:
    """The pieces that no shorter piece begins (where "Kepala" may start, so may "Kepala
    Dinas"): fewer alternatives, the same places."""
    keep: set[str] = set()
    for piece in sorted(pieces, key=len):
        folded = piece.lower()
        if not (piece.isascii() and any(folded.startswith(k.lower()) for k in keep)):
            keep.add(piece)
    return keep
