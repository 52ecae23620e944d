"""docs/graph-model.md lists every setting, as the settings table defines them."""

from __future__ import annotations

from pathlib import Path

from queries.settings import SETTINGS

DOC = Path(__file__).resolve().parents[2] / "docs" / "graph-model.md"


def test_every_setting_is_documented():
    text = DOC.read_text(encoding="utf-8")
    missing = [name for name, _, _ in SETTINGS if f"| `{name}` |" not in text]
    assert missing == []
