"""The Cypher console's pieces that are not drawing: saved templates, parameters, limits.

Templates are Indonesian questions with their Cypher and example parameters;
values always travel as ``$parameters``. The limits come from the store's
settings so the page shows the same numbers the engine enforces.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import NamedTuple

from dashboard.messages import ParamsNotObject

DEFAULT_TIMEOUT_MS = 5_000  # an analyst's question over five regulations answers in well under 1 s
DEFAULT_MAX_ROWS = 1_000  # a grid beyond this is unreadable; the CSV of a narrower query is better


class Template(NamedTuple):
    text: str
    params: str  # JSON shown in the parameter editor


_WHO_APPRAISES = """\
MATCH (c:Regency {name: $kabupaten})-[:HAS_REGULATION]->(:Regulation)-[:HAS_UNIT_TYPE]->(t:UnitType)
WHERE toLower(t.name) CONTAINS toLower($jenis_unit)
MATCH (t)<-[:IN_UNIT_TYPE]-(b:Position)<-[e:APPRAISES]-(a:Position)
WHERE toLower(b.title) CONTAINS toLower($jabatan)
RETURN t.name AS jenis_unit, a.title AS penilai, b.title AS dinilai,
       e.condition AS syarat, e.where AS letak, e.quote AS kutipan"""

_ASSIGNED_BY = """\
MATCH (c:Regency {name: $kabupaten})-[:HAS_REGULATION]->(:Regulation)-[:HAS_UNIT_TYPE]->(t:UnitType)
MATCH (t)<-[:IN_UNIT_TYPE]-(a:Position)-[e:ASSIGNS]->(b:Position)
WHERE toLower(a.title) CONTAINS toLower($jabatan)
RETURN a, e, b"""

_EDGES_PER_REGENCY = """\
MATCH (c:Regency)-[:HAS_REGULATION]->(r:Regulation)
MATCH (:Position)-[e]->(:Position)
WHERE e.regulation = r.uid
RETURN c.name AS kabupaten, type(e) AS relasi, count(*) AS jumlah
ORDER BY kabupaten, relasi"""

_TEAM_RULES = """\
MATCH (c:Regency)-[:HAS_REGULATION]->(r:Regulation)-[:HAS_PROVISION]->(p:Provision)
WHERE toLower(p.text) CONTAINS $kata
RETURN c.name AS kabupaten, p.where AS letak, p.text AS ketentuan
ORDER BY kabupaten, p.start"""

_CHAIN = """\
MATCH path = (:Position)-[:APPRAISES*1..4]->(b:Position)
WHERE toLower(b.title) = toLower($jabatan)
RETURN path
LIMIT 25"""

TEMPLATES: dict[str, Template] = {
    "Siapa penilai kinerja Kepala Seksi di Kecamatan?": Template(
        _WHO_APPRAISES,
        '{"kabupaten": "Kabupaten Buton", "jenis_unit": "Kecamatan", "jabatan": "Kepala Seksi"}',
    ),
    "Siapa saja yang diberi penugasan oleh Camat?": Template(
        _ASSIGNED_BY, '{"kabupaten": "Kabupaten Buton", "jabatan": "Camat"}'
    ),
    "Berapa relasi per jenis di setiap kabupaten?": Template(_EDGES_PER_REGENCY, "{}"),
    "Ketentuan apa saja tentang tim kerja lintas unit?": Template(
        _TEAM_RULES, '{"kata": "lintas"}'
    ),
    "Rantai penilai kinerja sampai ke puncak untuk Pelaksana": Template(
        _CHAIN, '{"jabatan": "Pelaksana"}'
    ),
}


def limits(settings: Mapping[str, str] | None = None) -> dict[str, int]:
    """The console's time limit (ms) and row cap, from settings or the defaults."""
    settings = settings or {}
    return {
        "timeout_ms": int(settings.get("CONSOLE_TIMEOUT_MS", DEFAULT_TIMEOUT_MS)),
        "max_rows": int(settings.get("CONSOLE_MAX_ROWS", DEFAULT_MAX_ROWS)),
    }


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
    for key in ("element_id", "id", "uid"):
        if item.get(key) is not None:
            return str(item[key])
    return None


def _ends(item: Mapping) -> tuple[str, str] | None:
    for a, b in (("start", "end"), ("start_id", "end_id"), ("src", "dst"), ("source", "target")):
        if item.get(a) is not None and item.get(b) is not None:
            return str(item[a]), str(item[b])
    return None


def _collect(value: object, nodes: dict, rels: list) -> None:
    """Walk a result cell, gathering nodes (dicts with labels) and relationships (with ends)."""
    if isinstance(value, list | tuple):
        for item in value:
            _collect(item, nodes, rels)
    elif isinstance(value, Mapping):
        if "relationships" in value or "nodes" in value:
            _collect(value.get("nodes", []), nodes, rels)
            _collect(value.get("relationships", []), nodes, rels)
        elif "labels" in value and _node_id(value) is not None:
            nodes[_node_id(value)] = value
        elif "type" in value and _ends(value) is not None:
            rels.append(value)


def _title(node: Mapping) -> str:
    props = _props(node)
    for key in ("title", "name", "label", "where", "uid"):
        if props.get(key):
            return str(props[key])
    return ":".join(node.get("labels", [])) or "?"


def graph_rows(rows) -> list[dict]:
    """Relationships found in console results as chart edge rows; [] when there are none."""
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
                    "source_class": _props(nodes[start]).get("class"),
                    "target_uid": end,
                    "target": _title(nodes[end]),
                    "target_class": _props(nodes[end]).get("class"),
                    "type": str(rel["type"]),
                    "condition": props.get("condition"),
                    "where": props.get("where"),
                    "quote": props.get("quote"),
                }
            )
    return out
