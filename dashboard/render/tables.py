"""Rows from the store as pandas DataFrames with Indonesian headers (downloads: exports.py).

``Rows`` carries plain values, plus nodes and paths as dicts/lists; a table cell
shows those compactly (a node by its title or uid) so every result fits a grid.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence

import pandas as pd

from dashboard import messages
from dashboard.render.palette import EDGE_STYLES, edge_label
from dashboard.render.titles import display_title

EDGE_COLUMNS = {
    "source": "Dari",
    "type_label": "Relasi",
    "target": "Kepada",
    "condition": "Syarat (jenjang)",
    "where": "Letak",
    "quote": "Kutipan",
    "unit_type": "Jenis unit",
    "regulation": "Peraturan",
    "badge": "Koreksi",
}
# shown only when the rows carry them; "badge" when an edge is corrected (issue 15)
OPTIONAL_EDGE_COLUMNS = ("unit_type", "regulation", "badge")


def _node_text(value: Mapping) -> str | None:
    props = value.get("properties", value)
    for key in ("title", "name", "where", "uid"):
        if isinstance(props, Mapping) and props.get(key):
            return str(props[key])
    return None


def _path_text(path: Mapping) -> str:
    """'Camat —Menilai kinerja (PPK)→ pelaksana': a path read along its relationships."""
    nodes = {str(n.get("id")): _node_text(n) or "?" for n in path.get("nodes") or []}
    steps = []
    for rel in path.get("relationships") or []:
        start, end = nodes.get(str(rel.get("start")), "?"), nodes.get(str(rel.get("end")), "?")
        if not steps:
            steps.append(start)
        steps.append(f"—{edge_label(str(rel.get('type', '')))}→ {end}")
    return " ".join(steps) or " → ".join(nodes.values())


def cell(value: object) -> object:
    """A display value: scalars as they are, a node by its title, a path or relationship read
    as words (what the analyst can follow), anything else as JSON."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, Mapping):
        if "nodes" in value or "relationships" in value:
            return _path_text(value)
        if "type" in value and "start" in value:
            props = value.get("properties") or {}
            where = props.get("where") if isinstance(props, Mapping) else None
            label = edge_label(str(value["type"]))
            return f"{label} ({where})" if where else label
        text = _node_text(value)
        if text:
            return text
    if isinstance(value, list | tuple) and all(isinstance(v, str | int | float) for v in value):
        return ", ".join(str(v) for v in value)
    return json.dumps(value, ensure_ascii=False, default=str)


def frame(
    columns: Sequence[str], rows: Iterable[Mapping], headers: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """A DataFrame with ``columns`` in order, cells made displayable, headers renamed."""
    data = [[cell(row.get(col)) for col in columns] for row in rows]
    df = pd.DataFrame(data, columns=list(columns))
    return df.rename(columns=dict(headers or {}))


def edges_frame(rows: Iterable[Mapping]) -> pd.DataFrame:
    """The edge table shown beside every chart: who, relation, whom, condition, citation."""
    rows = [
        {
            **row,
            "type_label": edge_label(row.get("type", "")),
            "badge": badge(row),
            "source": display_title(row.get("source")),
            "target": display_title(row.get("target")),
        }
        for row in rows
    ]
    columns = [
        c for c in EDGE_COLUMNS if c not in OPTIONAL_EDGE_COLUMNS or any(r.get(c) for r in rows)
    ]
    return frame(columns, rows, EDGE_COLUMNS)


def badge(row: Mapping) -> str | None:
    """ "dikoreksi — reason (author)" for a corrected edge, None for one as extracted."""
    mark = row.get("correction")
    if not mark:
        return None
    return messages.CORRECTED_CELL.format(
        reason=mark.get("reason", ""), author=mark.get("author", "")
    )


def blanks(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with missing text cells empty: st.dataframe shows None as the English "None"."""
    out = df.copy()
    for col in out.columns:
        kind = out[col].dtype
        if pd.api.types.is_object_dtype(kind) or pd.api.types.is_string_dtype(kind):
            # pandas 3 gives text its own "str" dtype, whose missing value is NaN
            out[col] = out[col].astype(object).where(out[col].notna(), "")
    return out


def edge_count_pivot(rows: Iterable[Mapping]) -> pd.DataFrame:
    """Rows of (regulation, type, count) as one line per regulation, one column per edge type."""
    data = [
        {"Peraturan": r["regulation"], "type": edge_label(r["type"]), "n": r["count"]} for r in rows
    ]
    if not data:
        return pd.DataFrame(columns=["Peraturan"])
    df = pd.DataFrame(data).pivot_table(
        index="Peraturan", columns="type", values="n", aggfunc="sum", fill_value=0
    )
    order = [s.label for s in EDGE_STYLES.values() if s.label in df.columns]
    df = df[order + sorted(set(df.columns) - set(order))]
    df["Jumlah"] = df.sum(axis=1)
    return df.reset_index().rename_axis(columns=None)
