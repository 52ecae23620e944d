"""What a pattern's matches must contain, read from its parse tree: a speed aid only.

The reader tries some 45 cue patterns and 70 title patterns on every block of
a regulation; most blocks hold none of them. Two facts read once from each
pattern let it skip work that cannot succeed, without changing any result:

- :func:`first_letters`: the letters a match can start with, so a scanner
  rejects other positions with one character-class test;
- :func:`required_words`: literal pieces every match contains (one of each
  set), so a pattern is tried only on text that holds them.

When a pattern is beyond this simple reading (an unknown construct), the
answer is "unsure" and the pattern is always tried.
"""

from __future__ import annotations

import re
from functools import reduce
from operator import itemgetter, or_
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

import ahocorasick

_ZERO_WIDTH = (_c.ASSERT, _c.ASSERT_NOT, _c.AT)


def _tree(pattern: re.Pattern[str]) -> list | None:
    try:
        return list(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # an unexpected pattern only costs speed
        return None


def first_letters(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The casefolded letters a match of ``pattern`` can start with; None when unsure."""
    tree = _tree(pattern)
    found = _first(tree) if tree is not None else None
    return frozenset(found) if found else None


def _first(items: list) -> set[str] | None:
    """FIRST set of a sequence of parse items; None when it may be empty or is unknown."""
    out: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # zero-width
        if op is _c.LITERAL:
            return out | {chr(av).casefold(), chr(av).upper().casefold()}
        if op is _c.SUBPATTERN:
            inner = _first(list(av[-1]))
            return None if inner is None else out | inner
        if op is _c.BRANCH:
            parts = [_first(list(b)) for b in av[1]]
            return None if any(p is None for p in parts) else out.union(*parts)
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            inner = _first(list(av[2]))
            if inner is None:
                return None
            out |= inner
            if av[0] > 0:
                return out
            continue  # optional: what follows may start the match too
        return None
    return None


def literal_starts(pattern: re.Pattern[str], length: int = 24) -> frozenset[str] | None:
    """Literal texts one of which begins every match of ``pattern`` (compared ignoring case,
    as the pattern's own letters may be), each cut at ``length`` characters (shorter starts
    are fewer when a pattern's openings branch often); None when unsure or when a match may
    begin with anything (a character class, an empty match)."""
    tree = _tree(pattern)
    found = _starts((tree,), "", length) if tree is not None else None
    if not found or "" in found or len(found) > _MAX_STARTS:
        return None
    return frozenset(found)


_MAX_STARTS = 256  # more literal starts than this is a pattern to try everywhere


def exact_starts(pattern: re.Pattern[str], length: int = 24) -> frozenset[str] | None:
    """The literal starts of ``pattern`` as written, when its matches open with letters it
    compares case-sensitively: it ignores no case, or it opens (after zero-width items) with
    a group that does not ("(?-i:Kepala|Direktur) ..."), whose starts these are; None when
    a match may open otherwise (then ``literal_starts``, compared ignoring case)."""
    tree = _tree(pattern)
    if tree is not None and pattern.flags & re.IGNORECASE:
        opening = next(((op, av) for op, av in tree if op not in _ZERO_WIDTH), (None, None))
        exact = opening[0] is _c.SUBPATTERN and opening[1][2] & re.IGNORECASE
        tree = list(opening[1][-1]) if exact else None
    if tree is None or _ignores_case(tree):
        return None
    found = _starts((tree,), "", length)
    return None if not found or "" in found or len(found) > _MAX_STARTS else frozenset(found)


def _ignores_case(items) -> bool:
    """True when a group inside ``items`` ignores case again ("(?i:...)")."""
    for op, av in items:
        if op is _c.SUBPATTERN and av[1] & re.IGNORECASE:
            return True
        parts = av if isinstance(av, tuple | list) else ()
        parts = [x for p in parts for x in (p if isinstance(p, list) else [p])]  # BRANCH's
        if any(_ignores_case(p) for p in parts if isinstance(p, _parser.SubPattern)):
            return True
    return False


def _starts(stack: tuple, prefix: str, length: int) -> set[str] | None:
    """The literal starts of the items in ``stack`` (a tuple of item lists, read in order)
    after ``prefix``; a start ends where the items stop being sure literals."""
    while stack and not stack[0]:
        stack = stack[1:]
    if not stack or len(prefix) >= length:
        return {prefix}
    (op, av), rest = stack[0][0], (stack[0][1:], *stack[1:])
    if op in _ZERO_WIDTH:
        return _starts(rest, prefix, length)  # zero-width
    if op is _c.LITERAL:
        return _starts(rest, prefix + chr(av), length)
    if op is _c.SUBPATTERN:
        return _starts((list(av[-1]), *rest), prefix, length)
    if op is _c.BRANCH:
        return _union(_starts((list(b), *rest), prefix, length) for b in av[1])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        low, high, inner = av
        # once through an optional item and on ("X?"), or a start inside a repeated one
        entered = _starts((list(inner), *rest) if high == 1 else (list(inner),), prefix, length)
        return entered if low > 0 else _union((entered, _starts(rest, prefix, length)))
    return {prefix}  # a character class or anything else: the start ends here


def _union(parts) -> set[str] | None:
    out: set[str] = set()
    for part in parts:
        if part is None or len(out) > _MAX_STARTS:
            return None
        out |= part
    return out


def required_words(
    pattern: re.Pattern[str] | None, around: bool = True, shortest: int = 3
) -> tuple[frozenset[str], ...]:
    """Sets of casefolded literal pieces (``shortest`` characters or more): every match of
    ``pattern`` contains one piece of each set, or (``around``) stands beside it (what a
    lookahead or lookbehind requires). Empty when nothing is sure, or for no pattern."""
    tree = _tree(pattern) if pattern is not None else None
    return tuple(_required(tree, (around, shortest))) if tree is not None else ()


def _required(items: list, how: tuple[bool, int] = (True, 3)) -> list[frozenset[str]]:
    needs: list[frozenset[str]] = []
    run: list[str] = []

    def close() -> None:
        if run and len(run) >= how[1]:
            needs.append(frozenset({"".join(run).casefold()}))
        run.clear()

    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        close()
        if op is _c.SUBPATTERN:
            needs.extend(_required(list(av[-1]), how))
        elif op is _c.BRANCH:
            options = [_required(list(b), how) for b in av[1]]
            if all(o for o in options):  # one piece of each branch's first need
                needs.append(frozenset().union(*(o[0] for o in options)))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] > 0:
            needs.extend(_required(list(av[2]), how))
        elif op is _c.ASSERT and how[0]:  # a lookaround that must match: its text is there
            needs.extend(_required(list(av[1]), how))
    close()
    return needs


def rows_in(folded: str, rows: tuple) -> tuple:
    """The rows of a table whose needed words all occur in the casefolded ``folded``: the
    others cannot match in it. A row is ``(pattern, …)`` or has a ``pattern``."""
    found = []
    for row, needs in zip(rows, per_object(_NEEDS, rows, _needs_of), strict=True):
        met = True
        for need in needs:
            for piece in need:
                if piece in folded:
                    break
            else:
                met = False  # no piece of this need: the row cannot match
                break
        if met:
            found.append(row)
    return tuple(found)


def shared_rows_in(folded: str, rows: tuple) -> tuple:
    """``rows_in`` for a table every text is tested against (the jenjang rows, the title-like
    rows): its pieces found in one pass (``NeedIndex``) rather than one by one; the index is
    built once per table, so a table made for one text should use ``rows_in``."""
    index = per_object(_TABLE_INDEX, rows, _table_index)
    return tuple(index.rows_for(folded))


def _table_index(rows: tuple) -> NeedIndex:
    return NeedIndex(list(zip(rows, _needs_of(rows), strict=True)))


_TABLE_INDEX: dict[int, tuple] = {}


def _needs_of(rows: tuple) -> tuple:
    return tuple(required_words(row[0] if isinstance(row, tuple) else row.pattern) for row in rows)


_NEEDS: dict[int, tuple] = {}
_KEEP = 64  # objects whose derived data are kept; tables made for one text are let go


def per_object(cache: dict, obj, build, keep: int = _KEEP):
    """``build(obj)``, kept per object by identity (a table or a compiled pattern is not hashed
    on every call: that cost more than the work saved); ``cache`` is emptied when it holds
    ``keep`` objects."""
    known = cache.get(id(obj))
    if known is None or known[0] is not obj:
        if len(cache) >= keep:
            cache.clear()
        known = cache[id(obj)] = (obj, build(obj))
    return known[1]


class NeedIndex:
    """Which rows may apply to a text, from the pieces it holds: one pass of an Aho-Corasick
    automaton over the text finds every piece at once (overlapping and nested pieces too),
    then a subset test per row, instead of testing every row's needs one by one (the pieces
    were tested one by one in Python before: a fifth of the reader's time).

    Only the rows whose key need (that of longest pieces, rarely met) a piece found meets are
    tested, by the bits of an integer (need ``i``: bit ``i``; a text meets the OR of its
    pieces'): testing all 166 relation rows on every text cost twice the automaton's pass.
    """

    def __init__(self, rows: list[tuple[object, tuple[frozenset[str], ...]]]) -> None:
        self.rows = []
        self._bits: list[int] = []  # per row, the bits of its needs
        by_piece: dict[str, tuple[int, set[int]]] = {}  # the needs it meets, the rows it keys
        n = 0
        for r, (row, needs) in enumerate(rows):
            ids = frozenset(range(n, n + len(needs)))
            n += len(needs)
            for i, need in zip(sorted(ids), needs, strict=True):
                for piece in need:
                    bits, keyed = by_piece.setdefault(piece, (0, set()))
                    by_piece[piece] = (bits | 1 << i, keyed)
            for piece in max(needs, key=lambda need: min(map(len, need)), default=()):
                by_piece[piece][1].add(r)
            self.rows.append((row, ids))
            self._bits.append(sum(1 << i for i in ids))
        self._always = frozenset(r for r, (_, ids) in enumerate(self.rows) if not ids)
        self._piece_bits = tuple(bits for bits, _ in by_piece.values())  # per piece number
        self._piece_rows = tuple(frozenset(keyed) for _, keyed in by_piece.values())
        self.automaton = ahocorasick.Automaton()
        for number, piece in enumerate(by_piece):
            self.automaton.add_word(piece, number)
        if by_piece:
            self.automaton.make_automaton()

    def rows_for(self, folded: str) -> list:
        """The rows whose needs the casefolded text meets."""
        found = ()
        if self.automaton.kind == ahocorasick.AHOCORASICK:
            found = set(map(_PIECE, self.automaton.iter(folded)))
        tried = self._always.union(*map(self._piece_rows.__getitem__, found))
        if not tried:
            return []
        met, bits = reduce(or_, map(self._piece_bits.__getitem__, found), 0), self._bits
        return [self.rows[r][0] for r in sorted(tried) if bits[r] & met == bits[r]]


_PIECE = itemgetter(1)  # the piece's number, of an (end, number) hit of the automaton


_ROW_INDEX: dict[int, tuple] = {}


def relation_index(relations: tuple, roles_phrase: re.Pattern[str], roles_key: object):
    """Each relation row with the words its cue and its ``requires`` need (a block without what
    ``requires`` needs cannot give the row's edge either), and under ``roles_key`` what the
    role phrase needs: read once per relation table (the tables are shared by every file)."""

    def build(table: tuple) -> NeedIndex:
        rows = [(r, required_words(r.cue) + required_words(r.requires)) for r in table]
        return NeedIndex([*rows, (roles_key, required_words(roles_phrase))])

    return per_object(_ROW_INDEX, relations, build)
