"""Fixtures for the PDF tests: the five regulations rendered to PDF, read once per run.

The PDFs are made here from ``data/regulations/*.txt`` (``tests/pdf/render.py``)
into ``tests/artifacts/pdf`` (git-ignored, reused while newer than the sources).
The text read from them is kept in a private directory for the run
(``SK_PDF_TEXT_DIR``), so tests neither read nor leave entries in ``data/texts``.

OCR is slow (about 1.5 s a page on two cores), so the tests OCR one scanned
regulation, Konawe Selatan's (14 pages); ``bench/pdf.py`` OCRs all five.
"""

from __future__ import annotations

import os

import pytest

from loader.pdf import ocr
from loader.reading.extract import extract_file
from tests.loader.conftest import FILES, KONAWE_SELATAN
from tests.pdf.render import rendered

SCANNED = KONAWE_SELATAN


def edges(extraction) -> list[tuple]:
    """What the round trip compares: (type, from, to, condition) of every edge, in order."""
    return [(e.type.value, e.source, e.target, e.condition) for e in extraction.edges]


@pytest.fixture(scope="session", autouse=True)
def kept_text_dir(tmp_path_factory):
    """Text read from PDFs goes to a directory of this run, for child processes too."""
    path = tmp_path_factory.mktemp("texts")
    before = os.environ.get("SK_PDF_TEXT_DIR")
    os.environ["SK_PDF_TEXT_DIR"] = str(path)
    yield path
    if before is None:
        os.environ.pop("SK_PDF_TEXT_DIR")
    else:
        os.environ["SK_PDF_TEXT_DIR"] = before


@pytest.fixture(scope="session")
def text_pdfs():
    """``{txt name: text-layer PDF}`` for the five regulations."""
    return {f.name: rendered(f, "text") for f in FILES}


@pytest.fixture(scope="session")
def from_text():
    """Extraction of each .txt, the reference every PDF is compared with."""
    return {f.name: extract_file(f) for f in FILES}


@pytest.fixture(scope="session")
def needs_ocr():
    reason = ocr.unavailable()
    if reason is not None:
        pytest.skip(f"OCR unavailable: {reason} ('make ocr' installs it)")


@pytest.fixture(scope="session")
def scanned(needs_ocr):
    """The scanned (image-only, 200 dpi) PDF of Konawe Selatan and its extraction by OCR."""
    path = rendered(SCANNED, "scan")
    return path, extract_file(path)
