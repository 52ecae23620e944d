"""FalkorDB replies as plain Python: the size of a raw reply, and nodes/edges/paths as dicts.

Kept apart from the adapter (:mod:`queries.falkordb_store`) so it stays one screenful.
A reply of scalars and lists (every snapshot read: hundreds of thousands of cells) is decoded
here in one pass that also counts its size (:func:`plain_rows`); the client library's decoder
(node, edge and path objects) is left for the replies that hold them.
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


_DIRECT = frozenset((1, 2, 3))  # null, string, integer: hiredis already gives the value
_SCALARS = frozenset((str, int, float, bool, type(None)))


class NotPlain(Exception):
    """A cell the client library decodes (node, edge, path, map, point, vector, temporal)."""


def plain_rows(rows: list, budget: int) -> tuple[list[list], int]:
    """The rows of a compact reply (cells ``[type, value]``) as values, and the reply's size
    counted as :func:`reply_size` counts it; stops once past ``budget``. Raises
    :class:`NotPlain` for a cell that is not a null, string, integer, boolean, double or list.

    The server already sent strings and integers decoded (hiredis, in C), so most cells are
    taken as they are: about ten times faster than the client library's per-cell dispatch
    (issue 13: the roster snapshot).
    """
    out, size = [], 8
    for row in rows:
        values = [v if t in _DIRECT else _value(t, v) for t, v in row]
        size += 8 + _cells_size(row)
        if size > budget:
            break
        out.append(values)
    return out, size


def _cells_size(cells: list) -> int:
    """Compact cells ``[type, value]`` of plain values as :func:`reply_size` counts them."""
    return sum(
        len(v) + 24 if type(v) is str else 24 + _cells_size(v) if type(v) is list else 24
        for _, v in cells
    )


def _value(kind: int, value: Any) -> Any:
    if kind == 4:
        return value == "true"
    if kind == 5:
        return float(value)
    if kind == 6:
        return [v if t in _DIRECT else _value(t, v) for t, v in value]
    raise NotPlain(kind)


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
