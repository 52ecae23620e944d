"""Search across regencies (issue 14): the answers of every loaded regulation side by side.

Input is the rows of ``search_positions`` (one per edge into a matching position)
or ``search_provisions``; output is DataFrames: one column per regency for reading
side by side, and one long table (with the citations) for export.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import pandas as pd

from dashboard.render.palette import EDGE_STYLES, edge_label
from dashboard.render.titles import display_title
from loader.model import fold

POSITION_COLUMNS = {
    "regency": "Instansi",  # the issuer: kabupaten, kota, provinsi, kementerian, badan
    "unit_type": "Jenis unit",
    "title": "Jabatan",
    "relation": "Relasi",
    "superior": "Oleh",
    "condition": "Syarat (jenjang)",
    "where": "Letak",
    "quote": "Kutipan",
    "regulation": "Peraturan",
}
PROVISION_COLUMNS = {
    "regency": "Instansi",  # the issuer: kabupaten, kota, provinsi, kementerian, badan
    "where": "Letak",
    "text": "Ketentuan",
    "edges": "Relasi",
    "regulation": "Peraturan",
}
_ORDER = {style.label: i for i, style in enumerate(EDGE_STYLES.values())}


def position_rows(rows: Iterable[Mapping], no_edge: str) -> list[dict]:
    """One record per answer: the position, the relation into it and who holds that relation.

    A matching position with no edge into it is one record whose relation is ``no_edge``.
    """
    out = []
    for row in rows:
        out.append(
            {
                **row,
                "title": display_title(row["title"]),
                "superior": display_title(row.get("superior")) if row.get("type") else "",
                "relation": edge_label(row["type"]) if row.get("type") else no_edge,
            }
        )
    return out


def positions_side_by_side(
    records: Sequence[Mapping], regencies: Sequence[str], missing: str
) -> pd.DataFrame:
    """Rows (position title, relation), one column per regency: who, in which unit type, where.

    Titles written alike ("camat", "Camat") share a row; a regency without that answer
    shows ``missing``.
    """
    cells: dict[tuple[str, str], dict[str, list[str]]] = {}
    titles: dict[str, str] = {}
    for r in records:
        key = (fold(r["title"]), r["relation"])
        titles.setdefault(key[0], r["title"])
        where = "; ".join(x for x in (r.get("unit_type"), r.get("where")) if x)
        text = f"{r['superior']} ({where})" if r["superior"] else f"({where})"
        bucket = cells.setdefault(key, {}).setdefault(r["regency"], [])
        if text not in bucket:
            bucket.append(text)
    ordered = sorted(cells, key=lambda k: (k[0], _ORDER.get(k[1], len(_ORDER))))
    data = [
        {
            "Jabatan": titles[title],
            "Relasi": relation,
            **{g: "\n".join(cells[(title, relation)].get(g, [])) or missing for g in regencies},
        }
        for title, relation in ordered
    ]
    return pd.DataFrame(data, columns=["Jabatan", "Relasi", *regencies])


def positions_frame(records: Sequence[Mapping]) -> pd.DataFrame:
    """Every answer with its citation, for the table and its CSV/XLSX."""
    data = [{label: r.get(key) or "" for key, label in POSITION_COLUMNS.items()} for r in records]
    return pd.DataFrame(data, columns=list(POSITION_COLUMNS.values()))


def provisions_frame(rows: Iterable[Mapping]) -> pd.DataFrame:
    """Every provision found, by regency, for the table and its CSV/XLSX."""
    data = [{label: r.get(key) for key, label in PROVISION_COLUMNS.items()} for r in rows]
    return pd.DataFrame(data, columns=list(PROVISION_COLUMNS.values()))


def provision_counts(rows: Iterable[Mapping], regencies: Sequence[str]) -> dict[str, int]:
    """How many provisions each regency's regulations hold that match (0 where none)."""
    counts = dict.fromkeys(regencies, 0)
    for r in rows:
        counts[r["regency"]] = counts.get(r["regency"], 0) + 1
    return counts
