"""Corrections, the write log and a draft's diff as tables and picker labels (issue 15)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import pandas as pd

from corrections.model import Correction
from dashboard import messages
from dashboard.render import tables
from dashboard.render.palette import edge_label as type_label

LABEL_CHARS = 110  # of a sentence in a picker
_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def md(text: object) -> str:
    """Text an analyst typed (or an uploaded regulation holds) made inert for st.markdown:
    every markdown character escaped, so ``![x](http://…)`` can neither load an image from
    outside nor become a link (issue 5: nothing leaves the machine)."""
    return _MARKDOWN.sub(r"\\\1", " ".join(str(text or "").split()))


def sentence_label(sentence: Mapping | None) -> str:
    """'Pasal 11 ayat (3) huruf c — kalimat tak terbaca: “apabila …”' (or "usulan")."""
    if not sentence:
        return messages.PROPOSAL
    quote = " ".join(str(sentence["quote"]).split())
    clipped = quote if len(quote) <= LABEL_CHARS else quote[:LABEL_CHARS].rstrip() + " …"
    kind = messages.SENTENCE_KINDS.get(sentence.get("kind"), "")
    return f"{sentence['where']} — {kind}: “{clipped}”"


def sentence_text(sentence: Mapping) -> str:
    """The whole sentence under its picker: 'Pasal 11 ayat (3) huruf c: “…”'."""
    return f"{md(sentence['where'])}: “{md(sentence['quote'])}”"


def edge_label(edge: Mapping) -> str:
    condition = f" [{edge['condition']}]" if edge.get("condition") else ""
    return (
        f"{edge['source']} → {edge['target']}: {type_label(edge['type'])}{condition}"
        f" ({edge.get('where') or messages.PROPOSAL})"
    )


def correction_label(c: Correction) -> str:
    kind = messages.CORRECTION_KINDS.get(str(c.kind), str(c.kind))
    return f"{kind}: {c.source} → {c.target}, {type_label(str(c.type))} — {c.reason} ({c.author})"


def corrections_frame(items: Iterable[Correction]) -> pd.DataFrame:
    rows = [
        c.as_row()
        | {
            "status_label": messages.CORRECTION_STATUS.get(str(c.status)),
            "kind_label": messages.CORRECTION_KINDS.get(str(c.kind)),
            "type_label": type_label(str(c.type)),
            "where": c.where or messages.PROPOSAL,
        }
        for c in items
    ]
    headers = dict(messages.CORRECTION_HEADERS)
    if not any(r["draft"] for r in rows):
        headers.pop("draft")
    return tables.frame(list(headers), rows, headers)


def log_frame(rows: Iterable[Mapping]) -> pd.DataFrame:
    """The write log: when, who, what was done, to which edge (or draft)."""
    shown = [
        dict(r)
        | {
            "action": messages.LOG_ACTIONS.get(r["action"], r["action"]),
            "what": _log_what(r),
        }
        for r in rows
    ]
    return tables.frame(list(messages.LOG_HEADERS), shown, messages.LOG_HEADERS)


def _log_what(row: Mapping) -> str:
    if not row.get("type"):
        return f"{messages.DRAFT_PICKER}: {row.get('draft') or ''}"
    edge = f"{type_label(row['type'])}: {row['source']} → {row['target']}"
    where = row.get("where") or messages.PROPOSAL
    draft = f" — {messages.DRAFT_PICKER} {row['draft']}" if row.get("draft") else ""
    return f"{edge} ({where}){draft}"


def diff_frame(rows: Iterable[Mapping]) -> pd.DataFrame:
    """A draft's diff with Indonesian headings: ready to attach to an amendment proposal."""
    shown = [
        dict(r)
        | {
            "change_label": messages.DIFF_KINDS[r["change"]],
            "type_label": type_label(r["type"]),
            "citation": r.get("where") or messages.PROPOSAL,
        }
        for r in rows
    ]
    return tables.frame(list(messages.DIFF_HEADERS), shown, messages.DIFF_HEADERS)


def findings_frame(findings: Iterable, structure) -> pd.DataFrame:
    """Structure findings (``checks.structure_findings``) with Indonesian headings."""
    rows = []
    for f in findings:
        node = structure.unit_types.get(f.unit_type)
        wheres = [c.where for c in f.cites if c.where]
        if f.reference:
            wheres.append(f.reference)
        rows.append(
            {
                "label": messages.STRUCTURE_FINDINGS.get(f.code, f.code),
                "unit_type_name": node.name if node else f.unit_type,
                "title": f.title,
                "jenjang_text": ", ".join(f.jenjang),
                "superiors_text": ", ".join(f.superiors),
                "where": "; ".join(dict.fromkeys(wheres)),
                "corrected": messages.CORRECTED_BADGE if f.corrections else "",
            }
        )
    return tables.frame(list(messages.FINDING_HEADERS), rows, messages.FINDING_HEADERS)


def changes_frame(changes: Iterable) -> pd.DataFrame:
    """Whose appraiser a draft changes (``checks.what_if.AppraiserChange``)."""
    rows = [
        {
            "label": messages.APPRAISER_CHANGES.get(c.code, c.code),
            "nama": c.person.employee.nama,
            "nip": c.nip,
            "jabatan": c.person.employee.jabatan,
            "unit": c.person.employee.unit,
            "before": ", ".join(c.before),
            "after": ", ".join(c.after),
            "where": "; ".join(dict.fromkeys(x.where or messages.PROPOSAL for x in c.cites)),
        }
        for c in changes
    ]
    return tables.frame(list(messages.CHANGE_HEADERS), rows, messages.CHANGE_HEADERS)
