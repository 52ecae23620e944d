"""What-if drafts: the enacted structure (as corrected) with a draft's edits on top, and the diff.

A draft's edits are Corrections whose ``draft`` is its name; a draft copies a
unit type (or the whole regulation) by naming it, so the copy never goes stale
against corrections made later to the enacted structure. The diff lists every
edge added, removed or given another condition, each with its citation (or
none: an "usulan") and the reason the analyst gave.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from corrections import overlay
from corrections.model import Correction, Draft


def edits_of(draft: Draft, items: Sequence[Correction]) -> list[Correction]:
    """The draft's own active edits within its scope."""
    return [c for c in overlay.active(items, draft.name) if draft.covers(c.unit_type)]


def enacted(
    extracted: Sequence[Mapping], items: Sequence[Correction], home: str | None = None
) -> list[dict]:
    """The enacted structure: extracted edges with the enacted corrections applied."""
    return overlay.apply(extracted, overlay.active(items), home=home)


def drafted(
    extracted: Sequence[Mapping],
    items: Sequence[Correction],
    draft: Draft,
    home: str | None = None,
) -> list[dict]:
    """The draft's structure: the enacted one with the draft's edits applied on top."""
    return overlay.apply(enacted(extracted, items, home), edits_of(draft, items), home=home)


def diff(
    before: Sequence[Mapping], after: Sequence[Mapping], edits: Sequence[Correction]
) -> list[dict]:
    """Rows ``change`` (added/removed/changed), type, ends, conditions, citation and reason."""
    old = {overlay.edge_key(e): e for e in before}
    new = {overlay.edge_key(e): e for e in after}
    reasons = {c.id: c.reason for c in edits}
    out = []
    for key, edge in old.items():
        if key not in new:
            out.append(_row("removed", edge, edge.get("condition"), None, _removal(edge, edits)))
        elif (edge.get("condition") or "") != (new[key].get("condition") or ""):
            mark = new[key].get("correction") or {}
            out.append(
                _row(
                    "changed",
                    edge,
                    edge.get("condition"),
                    new[key].get("condition"),
                    reasons.get(mark.get("id"), ""),
                )
            )
    for key, edge in new.items():
        if key not in old:
            mark = edge.get("correction") or {}
            out.append(
                _row("added", edge, None, edge.get("condition"), reasons.get(mark.get("id"), ""))
            )
    order = {"removed": 0, "changed": 1, "added": 2}
    return sorted(out, key=lambda r: (order[r["change"]], r["source"], r["target"], r["type"]))


def _removal(edge: Mapping, edits: Sequence[Correction]) -> str:
    marks = overlay.removed([edge], edits)
    return marks[0]["correction"]["reason"] if marks else ""


def _row(change: str, edge: Mapping, before, after, reason: str) -> dict:
    return {
        "change": change,
        "type": edge["type"],
        "source": edge["source"],
        "target": edge["target"],
        "condition_before": before,
        "condition_after": after,
        "where": edge.get("where"),
        "quote": edge.get("quote"),
        "reason": reason,
    }
