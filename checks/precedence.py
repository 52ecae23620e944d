"""Who appraises, sets the targets of or assigns a position: the one precedence (issues 13, 14).

For a subject holding positions ``held`` (a position of a unit type and the regulation-wide
positions its holder holds too, decided by ``loader.roster.held.held_positions``), an edge
``(Q)-[type]->(P)`` into a held ``P`` applies when its jenjang is empty or names the subject's
(:func:`applies`). Among the applying edges, most specific first (:class:`RuleLevel`):
an edge naming the jenjang beats one without; the unit type's own edge beats a regulation-wide
one. What is left after precedence is *implied*; a delegated edge is never implied but kept as an
accepted alternative. Ties are ordered deterministically (level, title, uid, citation).

``superiors`` answers for a position of a structure (no roster); ``choose`` is the core it and
the employee-level derivation (``checks.people``) share.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import IntEnum

from checks.structure import PositionNode, Structure, StructureEdge
from loader.model import JENJANG, EdgeType, fold
from loader.roster.held import STRUCTURAL, ContextPosition, held_positions
from loader.roster.rules import roster_rules

SUPERIOR_TYPES = (EdgeType.APPRAISES, EdgeType.SETS_PERFORMANCE, EdgeType.ASSIGNS)
_GRADES = tuple((fold(j), j) for j in JENJANG)


class RuleLevel(IntEnum):
    """Which rule won, most specific highest: jenjang > the unit type's own > regulation-wide."""

    REGULATION = 0  # a regulation-wide rule naming no jenjang
    UNIT_TYPE = 1  # the unit type's (or named unit's) own rule naming no jenjang
    JENJANG_REGULATION = 2  # a regulation-wide rule naming the jenjang
    JENJANG_UNIT_TYPE = 3  # the unit type's own rule naming the jenjang


@dataclass(frozen=True)
class Candidate:
    """A superior position by one edge, after precedence.

    ``position`` is the superior as the edge names it (possibly regulation-wide: "Jabatan Tinggi
    Pratama"); ``local`` the positions of the subject's own unit type (or named unit) that stand
    for it ("Kepala Dinas/Badan Daerah"); ``holders`` where it is held (work unit or team uids) at
    employee level. ``via`` is the held position the edge points to.
    """

    position: PositionNode
    edge: StructureEdge
    level: RuleLevel
    implied: bool
    via: str
    holders: tuple[str, ...] = ()
    local: tuple[PositionNode, ...] = ()

    @property
    def delegated(self) -> bool:
        return self.edge.delegated

    @property
    def where(self) -> str | None:
        return self.edge.cite.where


def grades(condition: Iterable[str] | str | None) -> frozenset[str]:
    """The jenjang a condition names, folded: a list as stored on edges, or its text."""
    if not condition:
        return frozenset()
    if isinstance(condition, str):
        text = fold(condition)
        return frozenset(key for key, _ in _GRADES if key in text)
    return frozenset(fold(j) for j in condition)


def applies(
    condition: Iterable[str] | str | None, jenjang: str | None, *, strict: bool = False
) -> bool:
    """The one jenjang filter: an edge holds for ``jenjang`` when it names no grade, or names it.

    With no jenjang, a filter (a chart showing "every grade") keeps every edge; a derivation
    (``strict``: the subject has no grade, a structural post) keeps only edges naming none.
    """
    named = grades(condition)
    if not jenjang:
        return not (strict and named)
    return not named or fold(jenjang) in named


def choose(
    structure: Structure,
    held: Iterable[tuple[str, str]],
    jenjang: str | None,
    edge_type: EdgeType | str,
) -> tuple[Candidate, ...]:
    """Implied candidates and delegated alternatives over ``held`` (holder, position uid) pairs.

    Candidates by the same edge are merged, their holders joined (a post held in two teams).
    """
    edge_type = EdgeType(edge_type)
    found: dict[tuple, tuple[StructureEdge, RuleLevel, str, set[str]]] = {}
    for holder, target in held:
        for edge in structure.incoming.get((target, edge_type), ()):
            source = structure.positions.get(edge.source)
            if source is None or not applies(edge.jenjang, jenjang, strict=True):
                continue
            level = RuleLevel(2 * bool(edge.jenjang) + (not source.wide))
            key = (edge.source, edge.target, edge.cite.start, edge.cite.end, edge.delegated, level)
            found.setdefault(key, (edge, level, target, set()))[3].add(holder)
    best = max((lv for e, lv, _, _ in found.values() if not e.delegated), default=None)
    out = [
        Candidate(
            structure.positions[e.source],
            e,
            lv,
            not e.delegated and lv == best,
            via,
            tuple(sorted(h for h in holders if h)),
        )
        for e, lv, via, holders in found.values()
        if e.delegated or lv == best
    ]
    return tuple(sorted(out, key=_order))


def _order(c: Candidate) -> tuple:
    cite = c.edge.cite
    return (not c.implied, -c.level, c.position.title, c.position.uid, cite.start or 0, c.via)


def superiors(
    structure: Structure,
    unit_type: str,
    position: str,
    jenjang: str | None,
    edge_type: EdgeType | str,
) -> tuple[Candidate, ...]:
    """Who the regulation makes the superior of ``position`` of ``unit_type``, with no roster.

    ``position`` is a position uid, or a title looked up in ``unit_type`` (uid). Each candidate
    carries ``local``: the subject's own positions standing for a regulation-wide superior.
    """
    subject = resolve(structure, unit_type, position)
    chosen = choose(
        structure, [("", uid) for uid in held_by(structure, subject.uid)], jenjang, edge_type
    )
    return tuple(_localised(structure, subject, c) for c in chosen)


def resolve(structure: Structure, unit_type: str, position: str) -> PositionNode:
    """A position by uid, or by title within a unit type; KeyError names what was missing."""
    if position in structure.positions:
        return structure.positions[position]
    found = structure.by_title(unit_type, position)
    if found is None:
        raise KeyError(f"no position {position!r} in unit type {unit_type!r}")
    return found


def held_by(structure: Structure, position: str) -> tuple[str, ...]:
    """The position itself and every position its holder holds too (generic, level, head and
    regulation-wide ones), as the roster import would place a holder of that title."""
    memo = structure.memo.setdefault("held", {})
    if position not in memo:
        memo[position] = _held(structure, structure.positions[position])
    return memo[position]


def _held(structure: Structure, p: PositionNode) -> tuple[str, ...]:
    own = [_ctx(x) for x in structure.scopes.get((p.unit_type, p.unit), ())]
    wide_key = (structure.wide_type, None)
    wide = [] if p.wide else [_ctx(x) for x in structure.scopes.get(wide_key, ())]
    rules = roster_rules()
    tier = _tier(structure, p, rules)
    title = _template_title(structure, p)
    held = held_positions(own, wide, title, p.cls, tier, rules)
    return (p.uid, *(c.uid for c, _ in held if c.uid != p.uid))


def _tier(structure: Structure, p: PositionNode, rules) -> int:
    """1 for the highest structural class present in the position's unit type, 2 the next …"""
    for pattern, level in rules.levels:
        if pattern.search(p.title):
            return level
    present = {
        x.cls for x in structure.scopes.get((p.unit_type, p.unit), ()) if x.cls in STRUCTURAL
    }
    ladder = sorted(present, key=lambda c: c.rank)
    return ladder.index(p.cls) + 1 if p.cls in ladder else 0


def _template_title(structure: Structure, p: PositionNode) -> str:
    template = structure.positions.get(p.template) if p.template else None
    return template.title if template else p.title


def _ctx(p: PositionNode) -> ContextPosition:
    return ContextPosition(p.uid, p.title, p.cls, p.scope)


def _localised(structure: Structure, subject: PositionNode, c: Candidate) -> Candidate:
    """Name the subject's own positions that hold a regulation-wide superior."""
    sup = c.position
    if not sup.wide or subject.wide:
        return _with_local(c, (sup,))
    scope = structure.scopes.get((subject.unit_type, subject.unit), ())
    local = tuple(x for x in scope if x.uid != subject.uid and sup.uid in held_by(structure, x.uid))
    return _with_local(c, local)


def _with_local(c: Candidate, local: tuple[PositionNode, ...]) -> Candidate:
    return replace(c, local=local)
