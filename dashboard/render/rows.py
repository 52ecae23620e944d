"""The catalog's row shapes turned into what the builders here take.

The org-chart and citation queries of ``queries/cypher`` name endpoints
``from_*``/``to_*``; the chart, tables and comparison take edge dicts with
``source*``/``target*`` keys (see ``chart.py``). Choices for pickers become
``{uid: label}`` dicts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence


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
        "provision_uid": row.get("provision"),
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


LABEL_CHARS = 90  # a picker line; Tabalong's grouped unit type is 1,080 characters
UNIT_TYPE_IN_UNIT_CHARS = 50  # the type named after a unit, in brackets


def shorten(text: str, limit: int = LABEL_CHARS) -> str:
    """``text`` cut at a word boundary before ``limit`` characters, with '…' when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(" ,;(") + " …"


def unit_type_labels(
    types: Sequence[Mapping], regulation_format: str, empty_mark: str
) -> dict[str, str]:
    """Picker labels of ``unit_types`` rows, by uid, each one different from the others.

    The name is shortened; its regulation is named when the regency has several (an
    amendment); look-alike names (identical, or cut short by the reader) get their
    place in the regulation and their highest position, then a number; a type
    without positions is marked with ``empty_mark`` and listed last.
    """
    several = len({row.get("regulation_uid") for row in types}) > 1
    labels = {}
    for row in types:
        label = shorten(row["name"])
        if several:
            label += " · " + regulation_format.format(number=row["number"], year=row["year"])
        labels[row["uid"]] = label
    labels = _apart(labels, {row["uid"]: _detail(row) for row in types})
    labels = _apart(labels, {uid: str(i) for i, uid in enumerate(labels, 1)})
    empty = [row["uid"] for row in types if not row.get("positions")]
    full = {uid: label for uid, label in labels.items() if uid not in empty}
    return full | {uid: f"{labels[uid]} {empty_mark}" for uid in empty}


def _detail(row: Mapping) -> str:
    return ", ".join(str(part) for part in (row.get("where"), row.get("top")) if part)


def _apart(labels: dict[str, str], details: Mapping[str, str]) -> dict[str, str]:
    """Each label shared by several uids, followed by that uid's detail."""
    seen: dict[str, int] = {}
    for label in labels.values():
        seen[label.casefold()] = seen.get(label.casefold(), 0) + 1
    return {
        uid: f"{label} — {details[uid]}" if seen[label.casefold()] > 1 and details[uid] else label
        for uid, label in labels.items()
    }


def unit_options(
    unit_types: Sequence[Mapping],
    units: Iterable[Mapping],
    regulation_format: str = "{number}/{year}",
    empty_mark: str = "(-)",
) -> dict[str, dict]:
    """Org-chart choices: every unit type (labelled by ``unit_type_labels``), then every
    named unit, by uid. Each value holds ``label``, ``kind`` ('unit_type' or 'unit'),
    ``type_name`` and ``regulation`` (uid)."""
    labels = unit_type_labels(unit_types, regulation_format, empty_mark)
    by_uid = {row["uid"]: row for row in unit_types}
    options = {
        uid: {
            "label": label,
            "kind": "unit_type",
            "type_name": by_uid[uid]["name"],
            "regulation": by_uid[uid].get("regulation_uid"),
        }
        for uid, label in labels.items()
    }
    for row in units:
        kind = labels.get(row["unit_type"]) or row["unit_type_name"]
        options[row["uid"]] = {
            "label": f"{row['name']} ({shorten(kind, UNIT_TYPE_IN_UNIT_CHARS)})",
            "kind": "unit",
            "type_name": row["unit_type_name"],
            "regulation": row.get("regulation_uid"),
        }
    return options


def position_options(rows: Iterable[Mapping], regulation_format: str = "{number}/{year}"):
    """Chain-page choices from ``position_search`` rows: 'title — unit (or unit type)', and
    ' · ' its regulation when the regency has several (an amendment).

    Positions of unit types (and regulation-wide ones) come first, copies in named
    units after them: the type is what the regulation speaks of.
    """
    rows = sorted(rows, key=lambda row: row.get("scope") == "unit")
    several = len({row.get("regulation") for row in rows}) > 1
    options = {}
    for row in rows:
        label = (
            f"{row['title']} — {shorten(row.get('unit_name') or row.get('unit_type_name') or '')}"
        )
        if several:
            label += " · " + regulation_format.format(number=row["number"], year=row["year"])
        options[row["uid"]] = label
    return options
