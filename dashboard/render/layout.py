"""Chart rows: each position's level, so every line runs downwards (issue 14).

All six edge types point from the higher post to the lower one (the reviewer is
``from`` for REVIEWS_RESULTS_OF), so the rows follow the edges: a position sits at
least at its class's rank and below every source of its edges. Roles and other
unclassed titles ("Pejabat Penilai Kinerja", "Ketua Tim") start one row above their
highest target instead of at the bottom, so the regulation-wide rules read as a
hierarchy and no line joins two boxes on one row. A cycle is broken at the edge
that closes it (depth-first), so the levels are finite and each edge is drawn.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from dashboard.render.palette import position_class
from loader.model import PositionClass


def _start(rows: Sequence[Mapping], positions: Sequence[Mapping]) -> dict[str, int]:
    """Each position's row by class rank, counting only the ranks present (a regency has no
    JPT Madya row, a unit without Kepala Daerah starts at its JPT); an unclassed one one row
    above its highest classed target."""
    cls: dict[str, PositionClass] = {n["uid"]: position_class(n.get("class")) for n in positions}
    for row in rows:
        cls.setdefault(row["source_uid"], position_class(row.get("source_class")))
        cls.setdefault(row["target_uid"], position_class(row.get("target_class")))
    used = sorted({c.rank for c in cls.values()})  # no empty row for a class the chart lacks
    depth = {uid: used.index(c.rank) for uid, c in cls.items()}
    for uid, c in cls.items():
        if c is PositionClass.LAINNYA:
            below = [
                depth[r["target_uid"]]
                for r in rows
                if r["source_uid"] == uid and cls[r["target_uid"]] is not PositionClass.LAINNYA
            ]
            depth[uid] = max(min(below) - 1, 0) if below else depth[uid]
    return depth


def _acyclic(depth: Mapping[str, int], rows: Sequence[Mapping]) -> dict[str, list[str]]:
    """Children of each position, leaving out the edges that close a cycle (and self-loops)."""
    children: dict[str, list[str]] = {uid: [] for uid in depth}
    for row in rows:
        if row["target_uid"] not in children[row["source_uid"]]:
            children[row["source_uid"]].append(row["target_uid"])
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    kept: dict[str, list[str]] = {uid: [] for uid in depth}
    for root in sorted(depth, key=depth.get):
        if root in state:
            continue
        stack = [(root, iter(children[root]))]
        state[root] = 1
        while stack:
            uid, todo = stack[-1]
            nxt = next(todo, None)
            if nxt is None:
                state[uid] = 2
                stack.pop()
            elif state.get(nxt) != 1:  # an edge back onto the path closes a cycle
                kept[uid].append(nxt)
                if nxt not in state:
                    state[nxt] = 1
                    stack.append((nxt, iter(children[nxt])))
    return kept


def levels(rows: Sequence[Mapping], positions: Sequence[Mapping] = ()) -> dict[str, int]:
    """Row of each position: at least its start row, and below every source of its edges."""
    depth = _start(rows, positions)
    kept = _acyclic(depth, rows)
    order: list[str] = []  # reverse post-order of the kept edges: a topological order
    seen: set[str] = set()
    for root in sorted(depth, key=depth.get):
        stack = [(root, False)]
        while stack:
            uid, done = stack.pop()
            if done:
                order.append(uid)
            elif uid not in seen:
                seen.add(uid)
                stack.append((uid, True))
                stack.extend((child, False) for child in kept[uid] if child not in seen)
    for uid in reversed(order):
        for child in kept[uid]:
            depth[child] = max(depth[child], depth[uid] + 1)
    return depth
