"""Fixtures for the extraction tests: the five regulations, read once per run."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from loader.reading.extract import extract_file
from loader.reading.rules import RULES_DIR

REGULATIONS = Path(__file__).resolve().parents[2] / "data" / "regulations"
FILES = sorted(REGULATIONS.glob("*.txt"))
BUTON, MUNA, TABALONG, KONAWE_SELATAN, MALANG = FILES


@pytest.fixture(scope="session")
def extracted():
    """Extraction of every regulation, keyed by file name."""
    return {f.name: extract_file(f) for f in FILES}


@pytest.fixture
def rules_copy(tmp_path):
    """A copy of the rule tables a test may edit (a new row, a bad row)."""
    target = tmp_path / "rules"
    shutil.copytree(RULES_DIR, target)
    return target
