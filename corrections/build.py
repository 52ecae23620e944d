"""Corrections made from what the analyst is looking at: an edge row, or a sentence of the text.

Edge rows are the chart/table dicts (``corrections.overlay``) with the edge's
``start``/``end`` offsets; a sentence is a span of the regulation's source text
(an unread sentence of the review report, or any provision's sentence).
"""

from __future__ import annotations

from collections.abc import Mapping

from corrections.model import NO_SPAN, Correction, Kind, new_id, now
from corrections.overlay import home_of, template_uid
from loader.model import EdgeType


def _offset(row: Mapping, key: str) -> int:
    """A row's ``start``/``end``; NO_SPAN when it has none (an edge an analyst added uncited)."""
    value = row.get(key)
    return NO_SPAN if value is None else value


def regulation_of(unit_type_uid: str) -> str:
    """The Regulation uid a unit type uid starts with (``<regulation>/ut/<id>``)."""
    return unit_type_uid.split("/ut/", 1)[0]


def for_edge(
    kind: Kind,
    edge: Mapping,
    *,
    sha256: str,
    reason: str,
    author: str,
    new_condition: str = "",
    draft: str = "",
) -> Correction:
    """A REMOVE or AMEND of the edge row ``edge`` (its ends may be a named unit's copies)."""
    unit_type = home_of(template_uid(edge["source_uid"]))
    return Correction(
        id=new_id(),
        kind=kind,
        regulation=regulation_of(unit_type),
        sha256=sha256,
        type=EdgeType(edge["type"]),
        source=edge["source"],
        target=edge["target"],
        unit_type=unit_type,
        start=_offset(edge, "start"),
        end=_offset(edge, "end"),
        where=edge.get("where") or "",
        quote=edge.get("quote") or "",
        condition=edge.get("condition") or "",
        new_condition=new_condition,
        reason=reason,
        author=author,
        created=now(),
        draft=draft,
        delegated=bool(edge.get("delegated")),
    )


def for_sentence(
    *,
    edge_type: EdgeType,
    source: str,
    target: str,
    unit_type: str,
    sentence: Mapping,
    sha256: str,
    reason: str,
    author: str,
    condition: str = "",
    draft: str = "",
) -> Correction:
    """An ADD citing ``sentence`` (``where``, ``quote``, ``start``, ``end``), or a proposal.

    A draft may pass an empty sentence: the edge is then an "usulan" citing nothing.
    """
    cited = sentence.get("start") is not None and sentence.get("quote")
    return Correction(
        id=new_id(),
        kind=Kind.ADD,
        regulation=regulation_of(unit_type),
        sha256=sha256,
        type=edge_type,
        source=source.strip(),
        target=target.strip(),
        unit_type=unit_type,
        start=int(sentence["start"]) if cited else NO_SPAN,
        end=int(sentence["end"]) if cited else NO_SPAN,
        where=sentence.get("where") or "" if cited else "",
        quote=sentence.get("quote") or "" if cited else "",
        condition="",
        new_condition=condition,
        reason=reason,
        author=author,
        created=now(),
        draft=draft,
    )
