"""Fixtures for corrections: Buton's text in a folder of the test's own (so it can change)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from corrections import build, storage
from corrections.model import Kind
from loader.graph.rows import WIDE_ID, position_uid, type_uid
from loader.reading.extract import extract_file

REGULATIONS = Path(__file__).resolve().parents[2] / "data" / "regulations"
BUTON = REGULATIONS / "000_b65b5e3740c9ccfa.txt"
EDITOR = storage.Editor("Analis Uji", allowed=True)


@pytest.fixture
def buton_copy(tmp_path) -> Path:
    path = tmp_path / BUTON.name
    shutil.copyfile(BUTON, path)
    return path


def edge_row(ex, where: str, source: str, target: str) -> dict:
    """The extracted edge cited at ``where`` between two titles, as a chart row."""
    for e in ex.edges:
        if e.citation.where == where and (e.source, e.target) == (source, target):
            home = type_uid(ex.regulation.uid, e.unit_type or WIDE_ID)
            return {
                "source_uid": position_uid(home, e.source),
                "source": e.source,
                "target_uid": position_uid(home, e.target),
                "target": e.target,
                "type": str(e.type),
                "condition": e.condition,
                "where": e.citation.where,
                "quote": e.citation.quote,
                "start": e.citation.start,
                "end": e.citation.end,
            }
    raise LookupError(where)


def remove(ex, where: str, source: str, target: str, reason: str = "salah baca"):
    row = edge_row(ex, where, source, target)
    return build.for_edge(
        Kind.REMOVE, row, sha256=ex.regulation.sha256, reason=reason, author=EDITOR.name
    )


def amend(ex, where: str, source: str, target: str, condition: str):
    row = edge_row(ex, where, source, target)
    return build.for_edge(
        Kind.AMEND,
        row,
        sha256=ex.regulation.sha256,
        reason="syarat jenjang terlewat",
        author=EDITOR.name,
        new_condition=condition,
    )


@pytest.fixture
def buton():
    return extract_file(BUTON)
