"""The JSON contract of ``loader extract`` and its readable table.

The keys are fixed by issue 3 (other tools read them); extra keys may be
added, none removed. ``provision.start/end`` index the file as Python reads it
with universal newlines, and ``quote`` is that slice; for a PDF they index the
text read from it, named by ``regulation.text_file``, and ``provision.page``
gives the page.
"""

from __future__ import annotations

from dataclasses import asdict

from loader.model import Citation, Extraction
from loader.pdf.kept_text import text_path


def to_json(x: Extraction) -> dict:
    names = {u.id: u.name for u in x.unit_types}
    return {
        "regulation": {
            **asdict(x.regulation),
            "uid": x.regulation.uid,
            "label": x.regulation.label,
            **_text_file(x),
        },
        "unit_types": [
            {
                "id": u.id,
                "name": u.name,
                "named_units": list(u.named_units),
                "positions": [
                    {"title": p.title, "class": p.cls.value, "rank": p.cls.rank}
                    for p in u.positions
                ],
                "provision": {"where": u.provision.where, "line": u.provision.line}
                if u.provision
                else None,
            }
            for u in x.unit_types
        ],
        "edges": [
            {
                "type": e.type.value,
                "from": e.source,
                "to": e.target,
                "unit_type": e.unit_type,
                "unit_type_name": names.get(e.unit_type),
                "condition": e.condition,
                "delegated": e.delegated,
                "provision": _citation(e.citation),
            }
            for e in x.edges
        ],
        "roles": [
            {
                "position": r.position,
                "role": r.role.value,
                "unit_type": r.unit_type,
                "provision": _citation(r.citation),
            }
            for r in x.roles
        ],
        "warnings": [{"where": w.where, "message": w.message, "code": w.code} for w in x.warnings],
        "unknown_titles": [asdict(t) for t in x.unknown_titles],
    }


def _text_file(x: Extraction) -> dict:
    """For a PDF, the kept text that ``start``/``end`` index (``loader.pdf.kept_text``)."""
    if not any(p.page is not None for p in x.provisions):
        return {}
    return {"text_file": str(text_path(x.regulation.sha256))}


def _citation(c: Citation) -> dict:
    out = {"where": c.where, "quote": c.quote, "start": c.start, "end": c.end, "line": c.line}
    if c.provision.page is not None:  # read from a PDF: the page the provision starts on
        out["page"] = c.provision.page
    return out


def to_table(x: Extraction, width: int = 60) -> str:
    r = x.regulation
    out = [f"{r.label} — {r.title}", f"{r.source_file} · enacted {r.enacted or '?'}", ""]
    names = {u.id: u.name for u in x.unit_types}
    rows = [("type", "from", "to", "condition", "unit type", "where")]
    for e in x.edges:
        unit = names.get(e.unit_type, "(seluruh Perangkat Daerah)")
        rows.append((e.type.value, e.source, e.target, e.condition or "", unit, e.citation.where))
    widths = [min(width, max(len(str(row[i])) for row in rows)) for i in range(len(rows[0]))]
    for row in rows:
        out.append("  ".join(str(v)[:w].ljust(w) for v, w in zip(row, widths, strict=True)))
    out.append("")
    out.append(f"{len(x.edges)} edges, {len(x.roles)} roles, {len(x.unit_types)} unit types")
    out.extend(f"warning [{w.code}] {w.where}: {w.message}" for w in x.warnings)
    return "\n".join(out)
