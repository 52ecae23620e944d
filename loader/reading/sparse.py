"""The matches of a pattern in a whole regulation, looked for only around its required words.

``finditer`` over a whole text tries a pattern at every place; a pattern like
the abbreviation row of ``structure.toml`` ("<Title> yang selanjutnya
disingkat <ABBR>") starts at any capital, and that scan cost a tenth of
reading a regulation. Every match holds one of its required words (read from
the pattern by :func:`~loader.reading.prefilter.required_words`) and is made
only of the characters the pattern can consume (read from the pattern too), so
a match lies in the run of such characters around an occurrence of the word:
only there is it looked for. The matches are exactly ``finditer``'s; a pattern
this reading cannot vouch for (one that may match anything, or nothing) is
scanned as before.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

from loader.reading.prefilter import per_object, required_words

_CATEGORIES = {
    _c.CATEGORY_WORD: r"\w",
    _c.CATEGORY_NOT_WORD: r"\W",
    _c.CATEGORY_SPACE: r"\s",
    _c.CATEGORY_NOT_SPACE: r"\S",
    _c.CATEGORY_DIGIT: r"\d",
    _c.CATEGORY_NOT_DIGIT: r"\D",
}
# zero-width tests that look no further than the character after the place they test
_NEAR = (_c.AT_BOUNDARY, _c.AT_NON_BOUNDARY, _c.AT_BEGINNING, _c.AT_BEGINNING_STRING)


class SparseSearch:
    """``finditer`` of one pattern over long texts (build once per pattern, see :func:`sparse`)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.words: re.Pattern[str] | None = None
        self.apart: re.Pattern[str] | None = None  # a character no match can hold
        self.bounded = True  # nothing in the pattern looks past the end of its match
        self.case_blind = 0  # re.IGNORECASE when a part of the pattern ignores case
        try:
            parsed = _parser.parse(pattern.pattern, pattern.flags)
        except Exception:  # an unexpected pattern is scanned as before
            return
        needs = required_words(pattern, around=False, shortest=1)
        consumed = _consumed(list(parsed), self)
        if not needs or consumed is None or parsed.getwidth()[0] == 0:
            return  # no word every match holds, any character, or an empty match
        # the need whose shortest word is longest: the fewest places to look at
        need = max(needs, key=lambda words: min(len(w) for w in words))
        words = "|".join(re.escape(w) for w in sorted(need, key=len, reverse=True))
        self.words = re.compile(words, re.IGNORECASE)
        flags = pattern.flags & (re.IGNORECASE | re.ASCII) | self.case_blind
        self.apart = re.compile(f"[^{consumed}]", flags)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self.words is None or self.apart is None:
            yield from self.pattern.finditer(text)
            return
        breaks = [m.start() for m in self.apart.finditer(text)]
        pos = look = 0
        while (word := self.words.search(text, look)) is not None:
            at = word.start()
            look = at + 1
            if at < pos:
                continue  # inside the match before: a match holding it would start before pos
            k = bisect.bisect_left(breaks, at)
            start = max(pos, breaks[k - 1] + 1 if k else 0)
            end = breaks[k] + 1 if k < len(breaks) and self.bounded else len(text)
            m = self.pattern.search(text, start, end)
            if m is None:
                look = end  # no match starts in this run: on to the next one
                continue
            yield m
            pos = look = m.end()


def _consumed(items: list, search: SparseSearch) -> str | None:
    """The character class (its inside, for ``[...]``) of every character a match can consume;
    None when a match may consume any character. Notes on ``search`` whether the pattern
    looks past the end of its match."""
    parts: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is _c.IN:
            inside = _class(av)
            if inside is None:
                return None
            parts.append(inside)
        elif op is _c.SUBPATTERN or op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            if op is _c.SUBPATTERN and (av[1] & ~re.IGNORECASE or av[2] & ~re.IGNORECASE):
                return None  # a part with other flags of its own: not sure
            if op is _c.SUBPATTERN and av[1] & re.IGNORECASE:
                search.case_blind = re.IGNORECASE
            inner = _consumed(list(av[-1]), search)
            if inner is None:
                return None
            parts.append(inner)
        elif op is _c.BRANCH:
            for branch in av[1]:
                inner = _consumed(list(branch), search)
                if inner is None:
                    return None
                parts.append(inner)
        elif op is _c.GROUPREF_EXISTS:  # "(?(name)yes|no)": either part may be read
            for part in av[1:]:
                inner = _consumed(list(part), search) if part is not None else ""
                if inner is None:
                    return None
                parts.append(inner)
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            search.bounded = search.bounded and av[0] < 0  # a lookahead sees past the match
        elif op is _c.AT:
            search.bounded = search.bounded and av in _NEAR
        else:
            return None  # any character, a back-reference …: not sure
    return "".join(parts)


def _class(items: list) -> str | None:
    """The inside of a character class from its parsed items; None for a negated one."""
    out = []
    for op, av in items:
        if op is _c.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is _c.RANGE:
            out.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is _c.CATEGORY and av in _CATEGORIES:
            out.append(_CATEGORIES[av])
        else:
            return None
    return "".join(out)


_SEARCHES: dict[int, tuple] = {}


def sparse(pattern: re.Pattern[str]) -> SparseSearch:
    """The sparse search of ``pattern``, kept per pattern object."""
    return per_object(_SEARCHES, pattern, SparseSearch)
