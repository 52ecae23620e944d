"""Chains of accountability: from one position up to the top, per edge type.

Input is the edges that lead into a position, directly or through others (the
``dashboard_upward_edges`` query), each a dict with at least ``source_uid,
source, target_uid, target, type, condition``. Edges point from the superior to
the subordinate, so walking a chain upward follows edges backwards. A position
with two superiors yields two chains; cycles in a bad reading are cut.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

MAX_CHAINS = 12  # beyond this many branches the page shows the first ones and says so
MAX_DEPTH = 10  # no regulation has more levels than Bupati -> ... -> Pelaksana


def applies(row: Mapping, jenjang: str | None) -> bool:
    """An edge applies to a jenjang when it has no condition or its condition names it."""
    condition = (row.get("condition") or "").casefold()
    return not jenjang or not condition or jenjang.casefold() in condition


def chains(
    edges: Iterable[Mapping], start_uid: str, edge_type: str, jenjang: str | None = None
) -> list[list[Mapping]]:
    """Every chain of ``edge_type`` edges from ``start_uid`` upward, each bottom hop first.

    The jenjang filter applies to the first hop only: it says which superior
    appraises (or assigns) a functional official of that grade; the hops above
    are between structural positions and carry no grade.
    """
    incoming: dict[str, list[Mapping]] = {}
    seen_edges = set()
    for row in edges:
        key = (row["source_uid"], row["target_uid"], row["type"], row.get("condition"))
        if row["type"] == edge_type and key not in seen_edges:
            seen_edges.add(key)
            incoming.setdefault(row["target_uid"], []).append(row)
    found: list[list[Mapping]] = []
    _walk(incoming, start_uid, [], {start_uid}, jenjang, found)
    return found[:MAX_CHAINS]


def _walk(incoming, uid, path, visited, jenjang, found) -> None:
    if len(found) >= MAX_CHAINS:
        return
    ups = [
        e
        for e in incoming.get(uid, [])
        if e["source_uid"] not in visited and (path or applies(e, jenjang))
    ]
    if not ups or len(path) >= MAX_DEPTH:
        if path:
            found.append(path)
        return
    for edge in ups:
        _walk(
            incoming,
            edge["source_uid"],
            [*path, edge],
            visited | {edge["source_uid"]},
            jenjang,
            found,
        )


def chain_label(chain: list[Mapping]) -> str:
    """'Pelaksana ← Kepala Seksi ← Camat': the chain read from the start position upward."""
    if not chain:
        return ""
    return " ← ".join([chain[0]["target"], *(hop["source"] for hop in chain)])
