"""The relations an org chart draws for one jenjang, under the one precedence (issue 14).

A chart shows a unit type's (or named unit's) own edges. With every grade shown it draws them
all; with a jenjang chosen it draws what :mod:`checks.precedence` decides: into a functional
position, the superiors of each :data:`~checks.precedence.SUPERIOR_TYPES` are the implied
candidates (and delegated alternatives) -- so a Buton Dinas/Badan chart for an Ahli Madya draws
the Kepala Dinas/Badan (holding the JPT of Pasal 7 ayat (4) huruf a), not the Kepala Bidang of
the unit type's own rule; other edges are kept when :func:`~checks.precedence.applies`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from checks.precedence import SUPERIOR_TYPES, Candidate, applies, superiors
from checks.structure import PositionNode, Structure
from loader.model import PositionClass


def chart_edges(structure: Structure, rows: Iterable[Mapping], jenjang: str | None) -> list[dict]:
    """The chart's edge rows (``source_uid``, ``target_uid``, ``type``, ``condition`` ...) as
    drawn for ``jenjang``; rows the precedence adds carry the winning edge's citation."""
    rows = [dict(row) for row in rows]
    if not jenjang:
        return rows
    graded = {
        row["target_uid"] for row in rows if _functional(structure.positions.get(row["target_uid"]))
    }
    decided = {
        (uid, str(t)): superiors(structure, "", uid, jenjang, t)
        for uid in graded
        for t in SUPERIOR_TYPES
    }
    kept = [
        row
        for row in rows
        if (row["target_uid"], row["type"]) not in decided
        and applies(row.get("condition"), jenjang)
    ]
    for (uid, edge_type), found in decided.items():
        kept += [_row(structure, uid, edge_type, c, s) for c in found for s in _sources(c)]
    return kept


def _functional(position: PositionNode | None) -> bool:
    return position is not None and position.cls == PositionClass.FUNGSIONAL


def _sources(c: Candidate) -> tuple[PositionNode, ...]:
    """Who the chart draws the edge from: the unit's own holders of a regulation-wide superior."""
    return c.local or (c.position,)


def _row(structure: Structure, target: str, edge_type: str, c: Candidate, source: PositionNode):
    subject = structure.positions[target]
    return {
        "source_uid": source.uid,
        "source": source.title,
        "source_class": source.cls.value,
        "target_uid": subject.uid,
        "target": subject.title,
        "target_class": subject.cls.value,
        "type": edge_type,
        "condition": c.edge.condition,
        "where": c.edge.cite.where,
        "quote": c.edge.cite.quote,
        "provision_uid": c.edge.cite.provision,  # the table's and chart's link to Sumber Hukum
        "delegated": c.delegated,
        "correction": c.edge.correction,  # the id of a correction it rests on (issue 15)
    }
