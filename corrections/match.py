"""Find each correction again in a (re)loaded regulation: still matching, or "tidak cocok lagi".

Called by the loader for every regulation it writes (``loader/graph/load.py``),
so a correction is never silently dropped: the same text finds every one; a
changed text keeps those whose sentence is still there (at its new offsets)
and whose edge the reader still gives (for remove/amend), and marks the rest
STALE, keeping the sha256 of the text they were made against.
"""

from __future__ import annotations

from dataclasses import replace

from corrections.model import Correction, Kind, Status
from loader.graph.rows import WIDE_ID, type_uid
from loader.model import Extraction, fold


def rematch(corrections: list[Correction], ex: Extraction) -> list[Correction]:
    """The corrections of ``ex``'s regulation with status, sha256 and span brought up to date."""
    reg = ex.regulation
    types = {type_uid(reg.uid, ut.id) for ut in ex.unit_types} | {type_uid(reg.uid, WIDE_ID)}
    edges = {_edge_key(reg.uid, e) for e in ex.edges}
    out = []
    for c in corrections:
        if c.regulation != reg.uid:
            continue
        span = find_span(ex.source_text, c) if c.cited else c.span
        ok = span is not None and c.unit_type in types
        if ok and c.kind != Kind.ADD:
            ok = _key(c, span) in edges
        if ok:
            out.append(
                replace(c, status=Status.ACTIVE, sha256=reg.sha256, start=span[0], end=span[1])
            )
        else:
            out.append(replace(c, status=Status.STALE))
    return out


def find_span(text: str, c: Correction) -> tuple[int, int] | None:
    """Where the cited sentence is in ``text``: at its old offsets, else its nearest occurrence."""
    if text[c.start : c.end] == c.quote:
        return c.span
    hits, at = [], text.find(c.quote)
    while at >= 0 and c.quote:
        hits.append(at)
        at = text.find(c.quote, at + 1)
    if not hits:
        return None
    best = min(hits, key=lambda h: abs(h - c.start))
    return best, best + len(c.quote)


def _edge_key(reg_uid: str, e) -> tuple:
    t = type_uid(reg_uid, e.unit_type or WIDE_ID)
    span = (e.citation.start, e.citation.end)
    return (str(e.type), fold(e.source), fold(e.target), t, *span)


def _key(c: Correction, span: tuple[int, int]) -> tuple:
    return (str(c.type), fold(c.source), fold(c.target), c.unit_type, *span)
