"""Two regencies side by side: which relations both regulations give, and which only one does.

Positions are matched by class (JPT Pratama, Administrator, …) rather than by
title, since regencies name the same level differently ("Kepala Dinas" and
"Kepala Badan" are both JPT Pratama). Each side keeps its titles and citations.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pandas as pd

from dashboard.render.palette import edge_label

BOTH, ONLY_A, ONLY_B = "Keduanya", "Hanya {a}", "Hanya {b}"


def _key(row: Mapping) -> tuple[str, str, str]:
    return (row["type"], row.get("source_class") or "", row.get("target_class") or "")


def _group(rows: Iterable[Mapping]) -> dict[tuple[str, str, str], list[Mapping]]:
    groups: dict[tuple[str, str, str], list[Mapping]] = {}
    for row in rows:
        groups.setdefault(_key(row), []).append(row)
    return groups


def _side(rows: list[Mapping]) -> tuple[str, str]:
    """Titles and citations of one side's edges for one key, joined for a table cell."""
    titles = sorted({f"{r['source']} → {r['target']}" for r in rows})
    wheres = sorted({r.get("where") or "" for r in rows} - {""})
    return "; ".join(titles), "; ".join(wheres)


def compare_frame(rows_a: Iterable[Mapping], rows_b: Iterable[Mapping], a: str, b: str):
    """A DataFrame: one line per (relation, class from, class to), with each side's edges.

    ``a`` and ``b`` name the regencies in the headers and the status column.
    """
    ga, gb = _group(rows_a), _group(rows_b)
    lines = []
    for key in sorted(set(ga) | set(gb)):
        status = BOTH if key in ga and key in gb else ONLY_A if key in ga else ONLY_B
        titles_a, where_a = _side(ga.get(key, []))
        titles_b, where_b = _side(gb.get(key, []))
        lines.append(
            {
                "Status": status.format(a=a, b=b),
                "Relasi": edge_label(key[0]),
                "Kelas dari": key[1],
                "Kelas kepada": key[2],
                f"{a}: jabatan": titles_a,
                f"{a}: letak": where_a,
                f"{b}: jabatan": titles_b,
                f"{b}: letak": where_b,
            }
        )
    columns = ["Status", "Relasi", "Kelas dari", "Kelas kepada"]
    columns += [f"{a}: jabatan", f"{a}: letak", f"{b}: jabatan", f"{b}: letak"]
    return pd.DataFrame(lines, columns=columns)


def status_counts(df: pd.DataFrame) -> dict[str, int]:
    """How many lines each status has, for the three metrics above the table."""
    return {str(k): int(v) for k, v in df["Status"].value_counts().items()}
