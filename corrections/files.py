"""Corrections and drafts as a JSON or CSV file a bureau can share and review.

JSON::

    {"format": "sistem-kerja-koreksi", "version": 1,
     "corrections": [{Correction fields}], "drafts": [{Draft fields}]}

CSV holds one row per correction (the Correction field names as headers); a
draft named by a row but not described is rebuilt from its edits on import.
Cells that a spreadsheet would run as a formula (starting ``= + - @``) are
written with a leading apostrophe and read back without it (``loader.cells``, the
project's one formula guard), so the file is formula-neutral and the round trip exact.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import fields
from pathlib import Path

from corrections.model import Correction, Draft
from loader.cells import plain_cell, safe_cell

FORMAT = "sistem-kerja-koreksi"
VERSION = 1
COLUMNS = [f.name for f in fields(Correction)]


class NotAnExport(ValueError):
    """A file that is not a corrections export; the message says what was expected."""


def to_json(corrections: list[Correction], drafts: list[Draft]) -> str:
    doc = {
        "format": FORMAT,
        "version": VERSION,
        "corrections": [c.as_row() for c in corrections],
        "drafts": [d.as_row() for d in drafts],
    }
    return json.dumps(doc, ensure_ascii=False, indent=1)


def to_csv(corrections: list[Correction]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, COLUMNS, lineterminator="\n")
    writer.writeheader()
    for c in corrections:
        writer.writerow({k: safe_cell(v) for k, v in c.as_row().items()})
    return out.getvalue()


def from_json(text: str) -> tuple[list[Correction], list[Draft]]:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as err:
        raise NotAnExport(f"not JSON: {err}") from err
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise NotAnExport(f"not a corrections export (expected format {FORMAT!r})")
    return _records(doc.get("corrections", [])), [Draft.from_row(d) for d in doc.get("drafts", [])]


def from_csv(text: str) -> tuple[list[Correction], list[Draft]]:
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = set(COLUMNS) - {"status", "draft", "delegated"} - set(reader.fieldnames or [])
    if missing:
        raise NotAnExport("CSV lacks column(s): " + ", ".join(sorted(missing)))
    rows = [{k: plain_cell(v) for k, v in row.items()} for row in reader]
    corrections = _records(rows)
    return corrections, implied_drafts(corrections)


def implied_drafts(corrections: list[Correction]) -> list[Draft]:
    """A Draft for every draft name the edits use (whole regulation, first author and time)."""
    out: dict[str, Draft] = {}
    for c in corrections:
        if c.draft and c.draft not in out:
            out[c.draft] = Draft(c.draft, c.regulation, "", c.author, c.created)
    return list(out.values())


def read_file(path: str | Path) -> tuple[list[Correction], list[Draft]]:
    """Corrections and drafts from a ``.json`` or ``.csv`` file (by its suffix)."""
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    return from_csv(text) if path.suffix.casefold() == ".csv" else from_json(text)


def write_file(path: str | Path, corrections: list[Correction], drafts: list[Draft]) -> None:
    path = Path(path)
    text = to_csv(corrections) if path.suffix.casefold() == ".csv" else to_json(corrections, drafts)
    path.write_text(text, encoding="utf-8")


def _records(rows: list) -> list[Correction]:
    out = []
    for n, row in enumerate(rows, 1):
        try:
            out.append(Correction.from_row(dict(row)))
        except (KeyError, TypeError, ValueError) as err:
            raise NotAnExport(f"correction {n}: {err}") from err
    return out
