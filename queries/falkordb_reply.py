"""FalkorDB replies as plain Python: the size of a raw reply, and nodes/edges/paths as dicts.

Kept apart from the adapter (:mod:`queries.falkordb_store`) so it stays one screenful.
"""

from __future__ import annotations

from typing import Any

from falkordb.edge import Edge
from falkordb.node import Node
from falkordb.path import Path as FPath


def reply_size(value: Any, budget: int) -> int:
    """Bytes in a raw reply (strings by length, scalars 8), counted until past ``budget``."""
    total, stack = 0, [value]
    while stack and total <= budget:
        item = stack.pop()
        if isinstance(item, list | tuple):
            total += 8
            stack.extend(item)
        elif isinstance(item, bytes | str):
            total += len(item) + 8
        else:
            total += 8
    return total


_SCALARS = frozenset((str, int, float, bool, type(None)))


def to_plain(value: Any) -> Any:
    """Nodes, edges and paths to dicts; containers recursively; scalars unchanged (checked
    first: a roster snapshot is hundreds of thousands of plain strings, issue 13)."""
    if type(value) in _SCALARS:
        return value
    if isinstance(value, Node):
        return {"id": str(value.id), "labels": list(value.labels), "properties": value.properties}
    if isinstance(value, Edge):
        return {
            "id": str(value.id),
            "type": value.relation,
            "start": str(_node_id(value.src_node)),
            "end": str(_node_id(value.dest_node)),
            "properties": value.properties,
        }
    if isinstance(value, FPath):
        return {
            "nodes": [to_plain(n) for n in value.nodes()],
            "relationships": [to_plain(e) for e in value.edges()],
        }
    if isinstance(value, list | tuple):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    return value


def _node_id(node: Node | int) -> int:
    return node.id if isinstance(node, Node) else node
