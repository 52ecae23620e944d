"""The review report of an uploaded regulation as tables, and its edges as chart rows (issue 7).

Pure builders from ``loader.review.analysis.Review``: the upload page shows what was
understood (sections and the edges each gave) and what was not (unread
sentences, positions never linked, OCR confidence per page) before the
analyst decides to load the file.
"""

from __future__ import annotations

import pandas as pd

from dashboard.render import tables
from loader.model import Extraction, position_key
from loader.review.analysis import BODY, GENERAL, Review

SECTION_HEADERS = {"name": "Bagian", "where": "Letak", "edges": "Relasi", "named_units": "Unit"}
UNREAD_HEADERS = {
    "where": "Letak",
    "page": "Halaman",
    "line": "Baris",
    "cue": "Kata kunci",
    "positions": "Jabatan",
    "quote": "Kalimat",
}
UNLINKED_HEADERS = {"title": "Jabatan", "mentions": "Disebut", "first_where": "Pertama di"}
OCR_HEADERS = {"page": "Halaman", "confidence": "Keyakinan OCR (0–100)"}


def sections_frame(r: Review) -> pd.DataFrame:
    rows = [vars(s) for s in r.sections]
    return tables.frame(list(SECTION_HEADERS), rows, SECTION_HEADERS)


def unread_frame(r: Review) -> pd.DataFrame:
    rows = [{**vars(u), "quote": " ".join(u.quote.split())} for u in r.unread]
    headers = dict(UNREAD_HEADERS)
    if r.pages is None:  # a text file has no pages
        headers.pop("page")
    return tables.frame(list(headers), rows, headers)


def unlinked_frame(r: Review) -> pd.DataFrame:
    return tables.frame(list(UNLINKED_HEADERS), [vars(u) for u in r.unlinked], UNLINKED_HEADERS)


def ocr_frame(r: Review) -> pd.DataFrame:
    rows = [{"page": p, "confidence": round(c, 1)} for p, c in sorted(r.ocr.items())]
    return tables.frame(list(OCR_HEADERS), rows, OCR_HEADERS)


def section_names(x: Extraction) -> dict[str, str]:
    """{section key: name} for the preview picker; the key is what ``edge_rows`` filters on."""
    names = {BODY: BODY, GENERAL: GENERAL}
    names.update({u.id: u.name for u in x.unit_types})
    return names


def _section_of(edge) -> str:
    if edge.unit_type:
        return edge.unit_type
    return BODY if edge.citation.provision.part == "body" else GENERAL


def edge_rows(x: Extraction, section: str | None = None) -> list[dict]:
    """The extraction's edges as chart/table rows (see ``render/chart.py``), of one section or all.

    Node uids are the folded title within the section, as the graph keys a
    position within its unit type.
    """
    classes = {(u.id, p.key): p.cls.value for u in x.unit_types for p in u.positions} | {
        (None, p.key): p.cls.value for p in x.wide_positions
    }
    names = section_names(x)
    rows = []
    for e in x.edges:
        key = _section_of(e)
        if section is not None and key != section:
            continue
        ends = {}
        for side, title in (("source", e.source), ("target", e.target)):
            ends[f"{side}_uid"] = f"{key}/{position_key(title)}"
            ends[side] = title
            ends[f"{side}_class"] = classes.get((e.unit_type, position_key(title)))
        rows.append(
            {
                **ends,
                "type": e.type.value,
                "condition": e.condition,
                "where": e.citation.where,
                "quote": e.citation.quote,
                "unit_type": names.get(key, key),
            }
        )
    return rows


def sections_with_edges(x: Extraction) -> list[str]:
    """Section keys that gave at least one edge, in text order (body first)."""
    return list(dict.fromkeys(_section_of(e) for e in x.edges))
