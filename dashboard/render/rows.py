"""The catalog's row shapes turned into what the builders here take.

The org-chart and citation queries of ``queries/cypher`` name endpoints
``from_*``/``to_*``; the chart, tables and comparison take edge dicts with
``source*``/``target*`` keys (see ``chart.py``). Choices for pickers become
``{uid: label}`` dicts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping


def _edge(row: Mapping, classes: Mapping[str, str | None]) -> dict:
    return {
        "source_uid": row["from_uid"],
        "source": row["from_title"],
        "source_class": row.get("from_cls") or classes.get(row["from_uid"]),
        "target_uid": row["to_uid"],
        "target": row["to_title"],
        "target_class": row.get("to_cls") or classes.get(row["to_uid"]),
        "type": row["type"],
        "condition": row.get("condition"),
        "where": row.get("where"),
        "quote": row.get("quote"),
        "unit_type": row.get("unit_type_name"),
        "start": row.get("start"),  # offsets of the quote: a correction names its edge by them
        "end": row.get("end"),
        "delegated": row.get("delegated"),
    }


def org_chart(rows: Iterable[Mapping]) -> tuple[list[dict], list[dict]]:
    """(edges, positions) from ``org_chart_unit_type``/``org_chart_unit`` rows.

    Those list every position once at least (``type`` null when it has no edge);
    a target's class is read from its own row.
    """
    rows = list(rows)
    positions: dict[str, dict] = {}
    for row in rows:
        positions.setdefault(
            row["from_uid"],
            {
                "uid": row["from_uid"],
                "title": row["from_title"],
                "class": row.get("from_cls"),
                "roles": row.get("roles") or [],
            },
        )
    classes = {uid: p["class"] for uid, p in positions.items()}
    edges = [_edge(row, classes) for row in rows if row.get("type") and row.get("to_uid")]
    return edges, list(positions.values())


def cited_edges(rows: Iterable[Mapping]) -> list[dict]:
    """Edge dicts from ``edges_citing_provision`` rows (no classes there: tables only)."""
    return [_edge(row, {}) for row in rows]


def unit_options(unit_types: Iterable[Mapping], units: Iterable[Mapping]) -> dict[str, dict]:
    """Org-chart choices: every unit type, then every named unit, by uid.

    Each value holds ``label``, ``kind`` ('unit_type' or 'unit') and ``type_name``.
    """
    options = {
        row["uid"]: {"label": row["name"], "kind": "unit_type", "type_name": row["name"]}
        for row in unit_types
    }
    for row in units:
        label = f"{row['name']} ({row['unit_type_name']})"
        options[row["uid"]] = {"label": label, "kind": "unit", "type_name": row["unit_type_name"]}
    return options


def position_options(rows: Iterable[Mapping]) -> dict[str, str]:
    """Chain-page choices from ``position_search`` rows: 'title — unit (or unit type)'.

    Positions of unit types (and regulation-wide ones) come first, copies in named
    units after them: the type is what the regulation speaks of.
    """
    ordered = sorted(rows, key=lambda row: row.get("scope") == "unit")
    return {
        row["uid"]: f"{row['title']} — {row.get('unit_name') or row.get('unit_type_name')}"
        for row in ordered
    }
