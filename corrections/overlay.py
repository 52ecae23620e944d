"""The overlay: extracted edges plus corrections -> the structure "as corrected".

Edges are the dicts the pages and checks already pass around
(``source_uid, source, target_uid, target, type, condition, where, quote``;
extra keys are kept). Nothing is written: the overlay is applied on read, so
"as extracted" is always the store's own edges and switching back costs nothing.

A corrected edge carries ``correction``: ``{"id", "kind", "reason", "author",
"created"}`` (the chart's "dikoreksi" style and the tables' badge read it). An
edge a correction removes is left out. Positions of named units are copies of
their unit type's (``loader/graph/rows.py``): ``…/ut/<t>/unit/<u>/pos/<p>``
corrects as ``…/ut/<t>/pos/<p>``, and an added edge is copied into the named
unit whose chart is drawn (``home``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from corrections.model import Correction, Kind, Status
from loader.graph.rows import position_uid
from loader.model import fold

_UNIT_PART = re.compile(r"/unit/[^/]+(?=/pos/)")


def template_uid(uid: str) -> str:
    """The unit-type position a named unit's position copies (itself for a template)."""
    return _UNIT_PART.sub("", uid or "", count=1)


def home_of(uid: str) -> str:
    """The unit type or named unit a position uid belongs to (its part before ``/pos/``)."""
    return (uid or "").rsplit("/pos/", 1)[0]


def edge_key(edge: Mapping) -> tuple:
    """Type, template ends and folded quote: how an edge row meets a correction."""
    return (
        str(edge.get("type")),
        template_uid(edge.get("source_uid", "")),
        template_uid(edge.get("target_uid", "")),
        fold(edge.get("quote")),
    )


def correction_key(c: Correction) -> tuple:
    return (str(c.type), c.source_uid, c.target_uid, fold(c.quote))


def marker(c: Correction) -> dict:
    """What a corrected edge carries: enough for the badge's hover text and the page's link."""
    return {
        "id": c.id,
        "kind": str(c.kind),
        "reason": c.reason,
        "author": c.author,
        "created": c.created,
    }


def active(corrections: Iterable[Correction], draft: str = "") -> list[Correction]:
    """Corrections that apply: still matching, and of the enacted structure (or one draft)."""
    return [c for c in corrections if c.status == Status.ACTIVE and c.draft == draft]


def apply(
    edges: Iterable[Mapping],
    corrections: Sequence[Correction],
    *,
    home: str | None = None,
    classes: Mapping[str, str | None] | None = None,
) -> list[dict]:
    """The edges as corrected; ``corrections`` should already be ``active(...)``.

    ``home`` is the unit type or named unit uid the edges are drawn for: added
    edges of that unit type appear there (None: every added edge, at its unit
    type's positions). ``classes`` gives position classes by uid for added ends.
    """
    edits = {correction_key(c): c for c in corrections if c.kind != Kind.ADD}
    adds = [c for c in corrections if c.kind == Kind.ADD]
    out, seen = [], set()
    for edge in edges:
        key = edge_key(edge)
        seen.add(key)
        c = edits.get(key)
        if c is None:
            out.append(dict(edge))
        elif c.kind == Kind.AMEND:
            out.append(dict(edge) | {"condition": c.new_condition or None, "correction": marker(c)})
    known = dict(classes or {})
    for edge in out:
        known.setdefault(edge.get("source_uid"), edge.get("source_class"))
        known.setdefault(edge.get("target_uid"), edge.get("target_class"))
    for c in adds:
        row = added_edge(c, home)
        if row is None or edge_key(row) in seen:
            continue  # not this chart's, or the reader now finds the edge itself
        row["source_class"] = known.get(row["source_uid"])
        row["target_class"] = known.get(row["target_uid"])
        out.append(row)
    return out


def added_edge(c: Correction, home: str | None = None) -> dict | None:
    """The edge row an ADD correction gives in ``home`` (None when it belongs elsewhere)."""
    place = c.unit_type
    if home is not None:
        if template_uid(home + "/pos/x") != c.unit_type + "/pos/x":
            return None
        place = home
    return {
        "source_uid": position_uid(place, c.source),
        "source": c.source,
        "target_uid": position_uid(place, c.target),
        "target": c.target,
        "type": str(c.type),
        "condition": c.new_condition or None,
        "where": c.where or None,
        "quote": c.quote or None,
        "start": c.start,
        "end": c.end,
        "delegated": c.delegated,
        "correction": marker(c),
    }


def removed(edges: Iterable[Mapping], corrections: Sequence[Correction]) -> list[dict]:
    """The edges a REMOVE correction drops, each with its marker (for a "dihapus" list)."""
    drops = {correction_key(c): c for c in corrections if c.kind == Kind.REMOVE}
    return [
        dict(e) | {"correction": marker(drops[edge_key(e)])} for e in edges if edge_key(e) in drops
    ]


def with_marker(edge: Mapping, by_id: Mapping[str, Correction]) -> dict:
    """``edge`` with its ``correction`` id (as checks carry it) turned into the marker dict."""
    mark = edge.get("correction")
    if isinstance(mark, str):
        c = by_id.get(mark)
        return dict(edge) | {"correction": marker(c) if c else None}
    return dict(edge)


def used(edges: Iterable[Mapping]) -> list[dict]:
    """The distinct correction markers among ``edges``: "where a correction was used"."""
    found = {}
    for edge in edges:
        mark = edge.get("correction")
        if mark:
            found.setdefault(mark["id"], mark)
    return list(found.values())
