"""Read a regulation's structure from the store once, as plain values (named Cypher only).

``read_structure`` is the one place edges are read: an overlay of analyst corrections
(issue 15) applies there (``Structure.with_edges``), so every check and chain sees it.
"""

from __future__ import annotations

import threading

from checks.structure import Cite, PositionNode, Structure, StructureEdge, UnitTypeNode
from corrections import storage
from corrections import structure as overlay_structure
from loader.model import EXCERPT_KIND, EdgeType, PositionClass
from queries.store import GraphStore


def regulation_of(store: GraphStore, regency: str) -> dict | None:
    """The regency's governing regulation (uid, label, sha256): the one its roster is placed on;
    the analyst's choice, else its newest full regulation (an excerpt only when alone)."""
    params = {"regency": regency, "excerpt": EXCERPT_KIND}
    rows = store.query("regency_regulation", params).rows
    return rows[0] if rows else None


def read_structure(store: GraphStore, regulation: str, corrected: bool = True) -> Structure:
    """Unit types, positions and edges of regulation ``regulation`` (uid): three reads, then
    the analysts' corrections applied (``corrected``; False: the structure as extracted)."""
    structure = _extracted(store, regulation)
    return with_corrections(store, structure) if corrected else structure


def with_corrections(store: GraphStore, structure: Structure) -> Structure:
    """``structure`` with its regulation's active corrections applied (one small read)."""
    items = storage.for_regulation(store, structure.regulation)
    return overlay_structure.corrected(structure, items)


def _extracted(store: GraphStore, regulation: str) -> Structure:
    params = {"regulation": regulation}
    types = store.query("structure_unit_types", params).rows
    positions = store.query("structure_positions", params).rows
    edges = store.query("structure_edges", params).rows
    regency, label, sha = _heading(store, regulation)
    return Structure(
        regulation=regulation,
        regency=regency,
        label=label,
        sha256=sha,
        unit_types={t["uid"]: _unit_type(t) for t in types},
        positions={p["uid"]: _position(p) for p in positions},
        edges=tuple(_edge(e) for e in edges),
    )


def _heading(store: GraphStore, regulation: str) -> tuple[str, str, str]:
    rows = store.query("regulation_heading", {"regulation": regulation}).rows
    if not rows:
        return "", regulation, ""
    return rows[0]["regency"], rows[0]["label"], rows[0]["sha256"] or ""


def _unit_type(row: dict) -> UnitTypeNode:
    units = tuple(zip(row["units"] or [], row["unit_names"] or [], strict=True))
    return UnitTypeNode(row["uid"], row["id"], row["name"], row["where"], units)


def _position(row: dict) -> PositionNode:
    return PositionNode(
        uid=row["uid"],
        title=row["title"],
        cls=PositionClass(row["cls"]),
        scope=row["scope"],
        unit_type=row["unit_type"],
        unit=row["unit"],
        rank=row["rank"] if row["rank"] is not None else 4,
        jenjang=tuple(row["jenjang"] or ()),
        roles=tuple(row["roles"] or ()),
        template=row["template"],
    )


def _edge(row: dict) -> StructureEdge:
    cite = Cite(row["where"], row["quote"], row["start"], row["end"], row["line"], row["provision"])
    return StructureEdge(
        type=EdgeType(row["type"]),
        source=row["source"],
        target=row["target"],
        condition=row["condition"],
        jenjang=tuple(row["jenjang"] or ()),
        delegated=bool(row["delegated"]),
        cite=cite,
        unit_type=row["unit_type"],
    )


STRUCTURES_CACHED = 64  # one structure is a few thousand small values
_structures: dict[tuple, Structure] = {}
_lock = threading.Lock()


def cached_structure(
    store: GraphStore, regulation: str, version: str = "", corrected: bool = True
) -> Structure:
    """``read_structure``, kept while the regulation's sha256 (and ``version``: anything else
    the edges depend on) is unchanged: a page walking chains or drawing a chart reads one small
    heading, not the whole regulation. The structure as extracted is what is kept; the
    analysts' corrections are applied on every call (``corrected``), so a correction shows at
    once (issue 15); they are read only when the heading counts some (one query when there are
    none: the chain page's warm p95, issue 13)."""
    heading = store.query("regulation_heading", {"regulation": regulation}).rows
    sha = heading[0]["sha256"] if heading else ""
    key = (id(store), str(store.settings.data_dir), store.settings.graph, regulation, sha, version)
    with _lock:
        found = _structures.get(key)
    if found is None:
        found = _extracted(store, regulation)
        with _lock:
            _structures[key] = found
            while len(_structures) > STRUCTURES_CACHED:
                _structures.pop(next(iter(_structures)))
    has_corrections = bool(heading and heading[0]["corrections"])
    return with_corrections(store, found) if corrected and has_corrections else found
