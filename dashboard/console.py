"""The Cypher console's pieces that are not drawing: saved templates, parameters, limits.

Templates are Indonesian questions with their Cypher and example parameters;
values always travel as ``$parameters``. The limits come from the store's
settings so the page shows the same numbers the engine enforces.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import NamedTuple

from dashboard import messages
from dashboard.messages import ParamsNotObject
from queries.catalog import CONSOLE_DIR, load_catalog

CONSOLE_MAX_ROWS = 1_000  # a grid beyond this is unreadable; a narrower query's CSV is better


class Template(NamedTuple):
    name: str  # the file's stem in queries/console/
    text: str  # the Cypher shown in the editor (the file without its header)
    params: str  # JSON shown in the parameter editor


def templates() -> dict[str, Template]:
    """The saved templates by their Indonesian question (``messages.CONSOLE_TEMPLATES``' order).

    The Cypher and its example parameters come from ``queries/console/*.cypher``,
    checked by the catalog like every named query; a file without a question in
    dashboard/messages/ is not offered (and a test says so).
    """
    found = load_catalog(CONSOLE_DIR)
    return {
        question: Template(
            name, found[name].text, json.dumps(found[name].examples, ensure_ascii=False)
        )
        for name, question in messages.CONSOLE_TEMPLATES.items()
        if name in found
    }


def limits(settings) -> dict[str, int]:
    """The console's time limit (ms, SK_QUERY_TIMEOUT_MS) and row cap (at most SK_MAX_ROWS)."""
    return {
        "timeout_ms": settings.query_timeout_ms,
        "max_rows": min(settings.max_rows, CONSOLE_MAX_ROWS),
    }


def params_for(template: Template, regency: str | None) -> str:
    """The template's example parameters, with ``regency`` set to the sidebar's regency."""
    params = json.loads(template.params)
    if regency and "regency" in params:
        params["regency"] = regency
    return json.dumps(params, ensure_ascii=False)


def parse_params(text: str) -> dict:
    """The JSON object typed by the analyst; raises JSONDecodeError or ParamsNotObject."""
    if not text.strip():
        return {}
    value = json.loads(text)
    if not isinstance(value, dict):
        raise ParamsNotObject(text)
    return value


def _props(item: Mapping) -> Mapping:
    props = item.get("properties")
    return props if isinstance(props, Mapping) else item


def _node_id(item: Mapping) -> str | None:
    """A node's engine id (what relationships' start/end name), else its uid property."""
    found = item.get("id", _props(item).get("uid"))
    return None if found is None else str(found)


def _ends(item: Mapping) -> tuple[str, str] | None:
    if item.get("start") is None or item.get("end") is None:
        return None
    return str(item["start"]), str(item["end"])


def _collect(value: object, nodes: dict, rels: list) -> None:
    """Walk a result cell, gathering nodes (dicts with labels) and relationships (with ends)."""
    if isinstance(value, list | tuple):
        for item in value:
            _collect(item, nodes, rels)
    elif isinstance(value, Mapping):
        if "relationships" in value or "nodes" in value:
            _collect(value.get("nodes", []), nodes, rels)
            _collect(value.get("relationships", []), nodes, rels)
        elif "labels" in value and _node_id(value) is not None:  # a node
            nodes[_node_id(value)] = value
        elif "type" in value and _ends(value) is not None:
            rels.append(value)


def _title(node: Mapping) -> str:
    props = _props(node)
    for key in ("title", "name", "label", "where", "uid"):
        if props.get(key):
            return str(props[key])
    return ":".join(node.get("labels", [])) or "?"


def graph_rows(rows) -> tuple[list[dict], list[dict]]:
    """(edges, positions) for a chart of the nodes and relationships in console results.

    Both are empty when the results hold only scalars; positions are every node
    found, so nodes without a relationship still show.
    """
    nodes: dict[str, Mapping] = {}
    rels: list[Mapping] = []
    for row in rows.rows:
        _collect(list(row.values()), nodes, rels)
    out = []
    for rel in rels:
        start, end = _ends(rel)
        if start in nodes and end in nodes:
            props = _props(rel)
            out.append(
                {
                    "source_uid": start,
                    "source": _title(nodes[start]),
                    "source_class": _props(nodes[start]).get("cls"),
                    "target_uid": end,
                    "target": _title(nodes[end]),
                    "target_class": _props(nodes[end]).get("cls"),
                    "type": str(rel["type"]),
                    "condition": props.get("condition"),
                    "where": props.get("where"),
                    "quote": props.get("quote"),
                }
            )
    positions = [
        {"uid": uid, "title": _title(node), "class": _props(node).get("cls")}
        for uid, node in nodes.items()
    ]
    return out, positions
