"""The overlay on a checks :class:`~checks.structure.Structure`: what chains and checks walk.

``checks.snapshot.read_structure`` calls :func:`corrected` -- the one place edges are read -- so
the precedence, the chains and the people checks all run on the corrected structure. Edges match
corrections as on the pages (``overlay.edge_key``: type, template ends, folded quote); an edge a
correction added or amended carries the correction's id in ``StructureEdge.correction``, so an
answer can say where a correction was used. An added edge is copied into every named unit of its
unit type, as the loader copies extracted edges; an end the regulation never named becomes a
position of class "Lainnya".
"""

from __future__ import annotations

from dataclasses import replace

from checks.structure import Cite, PositionNode, Structure, StructureEdge
from corrections import drafts, overlay
from corrections.model import Correction, Draft, Kind
from loader.graph.rows import jenjang_of, position_uid
from loader.model import PositionClass, fold


def drafted(enacted: Structure, items: list[Correction], draft: Draft) -> Structure:
    """The draft's structure: ``enacted`` (already corrected) with the draft's edits on top."""
    return corrected(enacted, drafts.edits_of(draft, items), draft.name)


def corrected(structure: Structure, items: list[Correction], draft: str = "") -> Structure:
    """``structure`` with the regulation's active corrections (or one draft's edits) applied."""
    mine = [c for c in overlay.active(items, draft) if c.regulation == structure.regulation]
    if not mine:
        return structure
    edits = {overlay.correction_key(c): c for c in mine if c.kind != Kind.ADD}
    edges, positions = [], dict(structure.positions)
    for edge in structure.edges:
        c = edits.get(_key(edge))
        if c is None:
            edges.append(edge)
        elif c.kind == Kind.AMEND:
            condition = c.new_condition or None
            edges.append(
                replace(edge, condition=condition, jenjang=_grades(condition), correction=c.id)
            )
    present = {_key(e) for e in edges}
    titled = {fold(p.title): p for p in structure.positions.values()}
    for c in (c for c in mine if c.kind == Kind.ADD):
        for home, unit in _homes(structure, c.unit_type):
            edge = _added(c, home)
            if _key(edge) in present:
                continue  # the reader now gives this edge itself
            for title, uid in ((c.source, edge.source), (c.target, edge.target)):
                if uid not in positions:
                    positions[uid] = _new_position(structure, titled, uid, title, c, unit)
            edges.append(edge)
    return replace(structure, positions=positions, edges=tuple(edges))


def _key(edge: StructureEdge) -> tuple:
    row = {
        "type": str(edge.type),
        "source_uid": edge.source,
        "target_uid": edge.target,
        "quote": edge.cite.quote,
    }
    return overlay.edge_key(row)


def _grades(condition: str | None) -> tuple[str, ...]:
    return tuple(jenjang_of(condition)) if condition else ()


def _homes(structure: Structure, unit_type: str) -> list[tuple[str, str | None]]:
    """The unit type itself and each of its named units: where an added edge is copied."""
    node = structure.unit_types.get(unit_type)
    units = node.units if node else ()
    return [(unit_type, None), *((uid, uid) for uid, _ in units)]


def _added(c: Correction, home: str) -> StructureEdge:
    condition = c.new_condition or None
    cite = Cite(
        c.where or None, c.quote or None, c.start if c.cited else None, c.end if c.cited else None
    )
    return StructureEdge(
        type=c.type,
        source=position_uid(home, c.source),
        target=position_uid(home, c.target),
        condition=condition,
        jenjang=_grades(condition),
        delegated=c.delegated,
        cite=cite,
        unit_type=c.unit_type,
        correction=c.id,
    )


def _new_position(
    structure: Structure, titled: dict, uid: str, title: str, c: Correction, unit: str | None
) -> PositionNode:
    """A position an added edge names but the regulation does not: its class borrowed from a
    position of the same title elsewhere in the regulation (``titled``), else "Lainnya"."""
    same, unit_type = titled.get(fold(title)), c.unit_type
    wide = unit_type == structure.wide_type
    return PositionNode(
        uid=uid,
        title=title,
        cls=same.cls if same else PositionClass.LAINNYA,
        scope="unit" if unit else ("regulation" if wide else "unit_type"),
        unit_type=unit_type,
        unit=unit,
        rank=same.rank if same else PositionClass.LAINNYA.rank,
        template=position_uid(unit_type, title) if unit else None,
    )
