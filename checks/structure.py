"""One regulation's structure as plain typed values: unit types, positions, edges with conditions.

A :class:`Structure` is what ``checks.snapshot.read_structure`` reads from the graph (or what a
correction overlay or a draft builds from it): the precedence and the chain walks run on it in
Python, so a page or a check reads a regulation once, not once per position or per hop.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from functools import cached_property

from loader.model import EdgeType, PositionClass

WIDE_ID = "_seluruh"  # the synthetic unit type holding a regulation's regulation-wide rules
SCOPE_WIDE = "regulation"


@dataclass(frozen=True)
class Cite:
    """Where an edge was read: the provision (``where``, uid) and the verbatim quote's span."""

    where: str | None
    quote: str | None
    start: int | None
    end: int | None
    line: int | None = None
    provision: str | None = None


@dataclass(frozen=True)
class UnitTypeNode:
    uid: str
    id: str
    name: str
    where: str | None  # the Lampiran section that speaks of it
    units: tuple[tuple[str, str], ...] = ()  # (unit uid, unit name) of its named units

    @property
    def wide(self) -> bool:
        return self.id == WIDE_ID


@dataclass(frozen=True)
class PositionNode:
    """A position of the regulation; ``unit`` is set for an instance in a named unit."""

    uid: str
    title: str
    cls: PositionClass
    scope: str  # "regulation" (regulation-wide), "unit_type" (template) or "unit" (instance)
    unit_type: str  # unit type uid
    unit: str | None = None
    rank: int = 4
    jenjang: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    template: str | None = None

    @property
    def wide(self) -> bool:
        return self.scope == SCOPE_WIDE


@dataclass(frozen=True)
class StructureEdge:
    """``source`` (superior) -> ``target``; ``jenjang`` lists the grades ``condition`` names."""

    type: EdgeType
    source: str
    target: str
    condition: str | None
    jenjang: tuple[str, ...]
    delegated: bool
    cite: Cite
    unit_type: str | None = None
    correction: str | None = None  # set by an overlay (issue 15) on an edge it added or amended


@dataclass(frozen=True)
class Structure:
    """A snapshot of one regulation; edges may be replaced (``with_edges``) by an overlay."""

    regulation: str
    regency: str
    label: str
    unit_types: dict[str, UnitTypeNode]
    positions: dict[str, PositionNode]
    edges: tuple[StructureEdge, ...]
    sha256: str = ""

    def with_edges(self, edges: tuple[StructureEdge, ...]) -> Structure:
        """The same structure with other edges (a correction overlay or a draft, issue 15)."""
        return replace(self, edges=tuple(edges))

    @cached_property
    def memo(self) -> dict:
        """Derived answers (held positions, chain steps), computed once: a structure's positions
        and edges never change (an overlay makes a new one)."""
        return {}

    @cached_property
    def wide_type(self) -> str | None:
        return next((t.uid for t in self.unit_types.values() if t.wide), None)

    @cached_property
    def incoming(self) -> dict[tuple[str, EdgeType], tuple[StructureEdge, ...]]:
        """(target position uid, edge type) -> the edges into it, in a fixed order."""
        out: dict[tuple[str, EdgeType], list[StructureEdge]] = defaultdict(list)
        for edge in sorted(self.edges, key=edge_order):
            out[edge.target, edge.type].append(edge)
        return {key: tuple(edges) for key, edges in out.items()}

    @cached_property
    def scopes(self) -> dict[tuple[str, str | None], tuple[PositionNode, ...]]:
        """(unit type uid, named unit uid or None) -> its positions, ordered by rank and title."""
        out: dict[tuple[str, str | None], list[PositionNode]] = defaultdict(list)
        for p in self.positions.values():
            out[p.unit_type, p.unit].append(p)
        return {k: tuple(sorted(v, key=lambda p: (p.rank, p.title, p.uid))) for k, v in out.items()}

    def by_title(self, unit_type: str, title: str, unit: str | None = None) -> PositionNode | None:
        """The position of a unit type (or named unit) with this title, case and spacing folded."""
        wanted = " ".join(title.split()).casefold()
        return next(
            (
                p
                for p in self.scopes.get((unit_type, unit), ())
                if " ".join(p.title.split()).casefold() == wanted
            ),
            None,
        )


def edge_order(edge: StructureEdge) -> tuple:
    """A total order on edges, so ties come out the same on every run and engine."""
    c = edge.cite
    return (edge.type, edge.target, edge.source, c.start or 0, c.end or 0, edge.condition or "")
