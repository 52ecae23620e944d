"""The one write path for corrections and drafts, and their reads; every write is logged.

Writes go through :func:`save`, :func:`delete`, :func:`save_draft`,
:func:`delete_draft` and :func:`import_records` only -- never the read-only
console. Each checks the :class:`Editor` (the dashboard decides who may write:
``corrections.access``), validates the records (``model.problems`` and, for a
cited correction, that its sentence is in the loaded text at its offsets) and
writes records and a ``:WriteLog`` entry in one atomic ``GraphWrite``.
Raises ``CorrectionRefused`` (codes) or ``QueryError`` (the store).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from pathlib import Path

from corrections import files
from corrections.match import rematch
from corrections.model import Correction, CorrectionRefused, Draft, Status, new_id, now, problems
from loader.graph.rows import slug
from loader.model import Extraction
from queries.store import GraphStore, GraphWrite, WriteStep


@dataclass(frozen=True)
class Editor:
    """Who writes, and whether this session may (``access.may_write`` decides for the dashboard)."""

    name: str
    allowed: bool


def regency_uid(regency: str) -> str:
    """The Regency node's uid for a regency name ("" stays "": every regency)."""
    return slug(regency) if regency else ""


def corrections(store: GraphStore, regency: str = "") -> list[Correction]:
    rows = store.query("corrections", {"regency_uid": regency_uid(regency)}).rows
    return [Correction.from_row(row) for row in rows]


def for_regulation(store: GraphStore, regulation: str) -> list[Correction]:
    """Every correction and draft edit of one regulation (uid)."""
    rows = store.query("corrections", {"regency_uid": regulation.split("/")[0]}).rows
    return [Correction.from_row(row) for row in rows if row["regulation"] == regulation]


def version(store: GraphStore, regulation: str) -> str:
    """A digest of the regulation's corrections as they apply: a cache key part that changes
    with every write (and every status a reload sets)."""
    items = sorted(c.as_row().items() for c in for_regulation(store, regulation))
    return hashlib.sha256(repr(items).encode("utf-8")).hexdigest()[:16]


def drafts(store: GraphStore, regency: str = "") -> list[Draft]:
    rows = store.query("drafts", {"regency_uid": regency_uid(regency)}).rows
    return [Draft.from_row(row) for row in rows]


def write_log(store: GraphStore, regency: str = "") -> list[dict]:
    return store.query("write_log", {"regency_uid": regency_uid(regency)}).rows


def described(c: Correction) -> dict:
    """The edge a write was about, for the write log (the page words it)."""
    return {"type": str(c.type), "source": c.source, "target": c.target, "where": c.where}


def save(store: GraphStore, items: list[Correction], editor: Editor, action: str = "") -> None:
    """Create or replace corrections after checking each; one atomic write with its log."""
    _allowed(editor)
    for c in items:
        _validate(store, c)
    _write(store, items, editor, action)


def delete(store: GraphStore, items: list[Correction], editor: Editor) -> None:
    _allowed(editor)
    log = [_log(editor, "delete", described(c), c.regulation, c.id) for c in items]
    steps = [WriteStep("delete_corrections", {"ids": [c.id for c in items]})]
    store.apply_writes([GraphWrite("corrections", (*steps, WriteStep("log_write", {"rows": log})))])


def save_draft(store: GraphStore, draft: Draft, editor: Editor, copied: list[Correction]) -> None:
    """Create a draft; ``copied`` are edits it starts with (e.g. the enacted corrections)."""
    _allowed(editor)
    if not draft.name.strip() or len(draft.name) > 120:
        raise CorrectionRefused(["BAD_DRAFT_NAME"])
    row = draft.as_row() | {"regency_uid": draft.regulation.split("/")[0]}
    steps = [WriteStep("save_drafts", {"rows": [row]})]
    steps += _correction_steps(copied)
    log = [_log(editor, "draft", {"draft": draft.name}, draft.regulation, draft.name)]
    store.apply_writes([GraphWrite("drafts", (*steps, WriteStep("log_write", {"rows": log})))])


def delete_draft(store: GraphStore, name: str, editor: Editor) -> None:
    _allowed(editor)
    found = [d for d in drafts(store) if d.name == name]
    reg = found[0].regulation if found else ""
    log = [_log(editor, "delete_draft", {"draft": name}, reg, name)]
    steps = (WriteStep("delete_draft", {"name": name}), WriteStep("log_write", {"rows": log}))
    store.apply_writes([GraphWrite("drafts", steps)])


def import_records(
    store: GraphStore, items: list[Correction], found_drafts: list[Draft], editor: Editor
) -> None:
    """Write an export back: ids kept (a second import replaces, never doubles).

    A correction made against another text than the one loaded is kept but
    marked stale until its regulation is loaded again, which matches it anew.
    """
    _allowed(editor)
    bad = sorted({code for c in items for code in problems(c)})
    if bad:
        raise CorrectionRefused(bad)
    loaded = {r["uid"]: r for r in store.query("regulation_list").rows}
    hashes = store.regulation_hashes()
    by_uid = {uid: hashes.get(r["source_file"]) for uid, r in loaded.items()}
    items = [
        c if by_uid.get(c.regulation) in (None, c.sha256) else replace(c, status=Status.STALE)
        for c in items
    ]
    for d in found_drafts:
        row = d.as_row() | {"regency_uid": d.regulation.split("/")[0]}
        store.apply_writes([GraphWrite("drafts", (WriteStep("save_drafts", {"rows": [row]}),))])
    _write(store, items, editor, "import")


def by_regulation(store: GraphStore) -> dict[str, list[Correction]]:
    """Every correction (and draft edit) in the store by regulation uid, for a load."""
    out: dict[str, list[Correction]] = {}
    for c in corrections(store):
        out.setdefault(c.regulation, []).append(c)
    return out


def reload_steps(
    ex: Extraction, items: list[Correction]
) -> tuple[list[WriteStep], list[Correction]]:
    """Steps that carry ``items`` over a (re)load of ``ex``, and those no longer matching.

    Runs inside the load's own atomic write, after the regulation is recreated:
    statuses and spans as ``match.rematch`` finds them, then the links again.
    """
    if not items:
        return [], []
    matched = rematch(items, ex)
    rows = [
        {"id": c.id, "status": str(c.status), "sha256": c.sha256, "start": c.start, "end": c.end}
        for c in matched
    ]
    steps = [
        WriteStep("set_correction_status", {"rows": rows}),
        WriteStep("link_corrections", {"regulation": ex.regulation.uid}),
    ]
    return steps, [c for c in matched if c.status == Status.STALE]


def _write(store: GraphStore, items: list[Correction], editor: Editor, action: str) -> None:
    log = [
        _log(editor, action or str(c.kind), described(c) | {"draft": c.draft}, c.regulation, c.id)
        for c in items
    ]
    steps = (*_correction_steps(items), WriteStep("log_write", {"rows": log}))
    store.apply_writes([GraphWrite("corrections", steps)])


def _correction_steps(items: list[Correction]) -> list[WriteStep]:
    rows = [
        c.as_row()
        | {"regency_uid": c.regulation.split("/")[0]}
        | {"source_uid": c.source_uid, "target_uid": c.target_uid}
        for c in items
    ]
    steps = [WriteStep("save_corrections", {"rows": rows})]
    for regulation in sorted({c.regulation for c in items}):
        steps.append(WriteStep("link_corrections", {"regulation": regulation}))
    return steps


def _log(editor: Editor, action: str, what: dict, regulation: str, ref: str) -> dict:
    """One WriteLog row: who, when, the action and what it was about (edge or draft)."""
    return what | {
        "who": editor.name,
        "at": now(),
        "action": action,
        "regency_uid": regulation.split("/")[0],
        "ref": ref,
    }


def _allowed(editor: Editor) -> None:
    if not editor.allowed:
        raise CorrectionRefused(["READ_ONLY"])
    if not editor.name.strip():
        raise CorrectionRefused(["NO_AUTHOR"])


def _validate(store: GraphStore, c: Correction) -> None:
    """``model.problems``, then: a cited sentence is in the loaded text, at its offsets."""
    codes = problems(c)
    if not codes and c.cited:
        params = {"regulation": c.regulation, "start": c.start, "end": c.end}
        found = store.query("provision_at", params).rows
        if not found:
            codes.append("NOT_IN_TEXT")
        else:
            p = found[0]
            if p["text"][c.start - p["start"] : c.end - p["start"]] != c.quote:
                codes.append("NOT_IN_TEXT")
            elif p["sha256"] != c.sha256:
                codes.append("OTHER_TEXT")
    if codes:
        raise CorrectionRefused(codes)


def backup(store: GraphStore, directory: Path) -> Path | None:
    """Export every correction and draft to a new file in ``directory`` before they are removed.

    Returns the file written, or None when there was nothing to keep.
    """
    items, kept = corrections(store), drafts(store)
    if not items and not kept:
        return None
    directory.mkdir(parents=True, exist_ok=True)
    stamp = now().replace(":", "").replace("+0000", "Z")
    path = directory / f"koreksi-{stamp}-{new_id()[:6]}.json"
    path.write_text(files.to_json(items, kept), encoding="utf-8")
    return path
