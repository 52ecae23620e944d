"""Fixtures for the extraction tests: the five regulations, read once per run."""

from __future__ import annotations

from pathlib import Path

import pytest

from loader.reading.extract import extract_file

REGULATIONS = Path(__file__).resolve().parents[2] / "data" / "regulations"
FILES = sorted(REGULATIONS.glob("*.txt"))
BUTON, MUNA, TABALONG, KONAWE_SELATAN, MALANG = FILES


@pytest.fixture(scope="session")
def extracted():
    """Extraction of every regulation, keyed by file name."""
    return {f.name: extract_file(f) for f in FILES}
