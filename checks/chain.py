"""Chains of accountability on a structure: upward from a position by edge type (issues 13, 14).

Every hop is one :func:`checks.precedence.superiors` answer, so a chain names the same superior as
the people checks and the org chart: the Ahli Madya of a Buton Dinas/Badan is appraised by the
JPT (Pasal 7 ayat (4) huruf a), then the walk goes on from "Kepala Dinas/Badan Daerah". A
regulation-wide superior is followed as the unit type's own position that holds it (``local``);
the jenjang filter applies to the first hop only (the hops above are structural positions).
Cycles in a bad reading are cut; a position with two implied superiors gives two chains.
"""

from __future__ import annotations

from dataclasses import dataclass

from checks.people import Superior, derive, implied
from checks.precedence import SUPERIOR_TYPES, Candidate, RuleLevel, resolve, superiors
from checks.roster import Person, Roster
from checks.structure import Cite, PositionNode, Structure, StructureEdge
from loader.model import EdgeType

MAX_CHAINS = 12  # beyond this many branches a page shows the first ones and says so
MAX_DEPTH = 10  # no regulation has more levels than Bupati -> ... -> Pelaksana


@dataclass(frozen=True)
class ChainHop:
    """One step up: ``subject`` is answerable to ``superior`` by ``edge`` (cited).

    ``superior`` is the position as the edge names it; ``next`` the position the walk goes on
    from (the unit type's own holder of a regulation-wide superior, or the superior itself).
    ``alternatives`` counts the other implied superiors at this step (ties).
    """

    subject: PositionNode
    superior: PositionNode
    next: PositionNode
    type: EdgeType
    edge: StructureEdge
    level: RuleLevel
    alternatives: int = 0

    @property
    def cite(self) -> Cite:
        return self.edge.cite

    @property
    def delegated(self) -> bool:
        return self.edge.delegated


Chain = tuple[ChainHop, ...]


def walk(
    structure: Structure,
    unit_type: str,
    position: str,
    jenjang: str | None = None,
    edge_type: EdgeType | str = EdgeType.APPRAISES,
) -> tuple[Chain, ...]:
    """Every chain of implied ``edge_type`` superiors from ``position`` (uid, or title within
    ``unit_type``) up to a position with none, bottom hop first; at most ``MAX_CHAINS``."""
    start = resolve(structure, unit_type, position)
    found: list[Chain] = []
    _branch(structure, start, EdgeType(edge_type), jenjang, (), {start.uid}, found)
    return tuple(found[:MAX_CHAINS])


def _branch(structure, subject, edge_type, jenjang, path, seen, found) -> None:
    if len(found) >= MAX_CHAINS:
        return
    steps = _steps(structure, subject, edge_type, jenjang if not path else None)
    steps = [h for h in steps if h.next.uid not in seen]
    if not steps or len(path) >= MAX_DEPTH:
        if path:
            found.append(path)
        return
    for hop in steps:
        _branch(structure, hop.next, edge_type, None, (*path, hop), seen | {hop.next.uid}, found)


def combined(
    structure: Structure,
    unit_type: str,
    position: str,
    jenjang: str | None = None,
    types: tuple[EdgeType, ...] = SUPERIOR_TYPES,
) -> Chain:
    """One chain to the head of the government: at each position, the first of ``types`` that
    names a superior (who appraises it; for one with no appraiser, who sets its targets; then
    who assigns it), first implied superior on a tie (``alternatives`` counts the others)."""
    subject = resolve(structure, unit_type, position)
    hops: list[ChainHop] = []
    seen = {subject.uid}
    while len(hops) < MAX_DEPTH:
        steps = []
        for edge_type in types:
            steps = [
                h for h in _steps(structure, subject, edge_type, jenjang) if h.next.uid not in seen
            ]
            if steps:
                break
        if not steps:
            break
        hops.append(steps[0])
        subject, jenjang = steps[0].next, None
        seen.add(subject.uid)
    return tuple(hops)


def _steps(
    structure: Structure, subject: PositionNode, edge_type: EdgeType, jenjang: str | None
) -> list[ChainHop]:
    """The implied superiors of ``subject`` as hops, one per position the walk continues from;
    kept in the structure's memo (it is frozen), so a page walking chains again asks the
    precedence once per position and type (warm chain p95, issue 13)."""
    key = ("chain_steps", subject.uid, edge_type, jenjang)
    found = structure.memo.get(key)
    if found is None:
        found = structure.memo[key] = _fresh_steps(structure, subject, edge_type, jenjang)
    return list(found)


def _fresh_steps(
    structure: Structure, subject: PositionNode, edge_type: EdgeType, jenjang: str | None
) -> tuple[ChainHop, ...]:
    implied = [c for c in superiors(structure, "", subject.uid, jenjang, edge_type) if c.implied]
    hops = [_hop(subject, c, nxt, edge_type) for c in implied for nxt in (c.local or (c.position,))]
    return tuple(
        ChainHop(h.subject, h.superior, h.next, h.type, h.edge, h.level, len(hops) - 1)
        for h in hops
    )


def _hop(subject: PositionNode, c: Candidate, nxt: PositionNode, edge_type: EdgeType) -> ChainHop:
    return ChainHop(subject, c.position, nxt, edge_type, c.edge, c.level)


@dataclass(frozen=True)
class PersonHop:
    """One employee on a chain and the implied superiors the regulation gives them (cited);
    ``nips`` are who holds those posts. The walk goes on when exactly one person does."""

    nip: str
    person: Person | None
    superiors: tuple[Superior, ...]
    nips: tuple[str, ...]

    @property
    def cites(self) -> tuple[Cite, ...]:
        return tuple(s.cite for s in self.superiors)


def person_walk(
    roster: Roster, nip: str, edge_type: EdgeType | str = EdgeType.APPRAISES
) -> tuple[PersonHop, ...]:
    """The employee, then each implied superior of ``edge_type`` up to the top (or to a post
    held by several people, or vacant), each hop with its provision."""
    return person_combined(roster, nip, (EdgeType(edge_type),))


def person_combined(
    roster: Roster, nip: str, types: tuple[EdgeType, ...] = SUPERIOR_TYPES
) -> tuple[PersonHop, ...]:
    """:func:`combined` for an employee: at each person the first of ``types`` that gives
    implied superiors (who appraises them; else who sets their targets; else who assigns
    them), up to the top, a vacant post or a post held by several people; each hop cited."""
    derived = [derive(roster, edge_type) for edge_type in types]
    hops: list[PersonHop] = []
    current: str | None = nip
    seen: set[str] = set()
    while current and current not in seen and len(hops) < MAX_DEPTH:
        seen.add(current)
        picks = next((found for d in derived if (found := implied(d.get(current, ())))), ())
        nips = tuple(dict.fromkeys(n for s in picks for n in s.nips))
        hops.append(PersonHop(current, roster.by_nip.get(current), picks, nips))
        current = nips[0] if len(nips) == 1 else None
    return tuple(hops)
