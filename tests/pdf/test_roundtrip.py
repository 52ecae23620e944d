"""A regulation printed to PDF reads back into the same edges as its text (issue 7)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from loader.pdf.kept_text import kept, text_path
from loader.reading.extract import extract_file
from tests.loader.conftest import FILES
from tests.pdf.conftest import SCANNED, edges

NAMES = [f.name for f in FILES]
AGREEMENT_GOAL = 0.95  # issue 7: share of the text's edges found again in the scan


@pytest.fixture(scope="session")
def from_pdf(text_pdfs):
    return {name: extract_file(path) for name, path in text_pdfs.items()}


@pytest.mark.parametrize("name", NAMES)
def test_text_layer_pdf_gives_exactly_the_edges_of_the_text(name, from_pdf, from_text):
    assert edges(from_pdf[name]) == edges(from_text[name])


@pytest.mark.parametrize("name", NAMES)
def test_text_layer_pdf_keeps_the_sections_of_the_text(name, from_pdf, from_text):
    """Same sections; a heading the .txt cut at a hard line break (Malang's OCR'd text) may
    read in full from the PDF, where that break is a wrap."""
    pdf = [u.name for u in from_pdf[name].unit_types]
    text = [u.name for u in from_text[name].unit_types]
    assert len(pdf) == len(text)
    for read, written in zip(pdf, text, strict=True):
        assert read.startswith(written), (read, written)


@pytest.mark.parametrize("name", NAMES)
def test_quotes_are_verbatim_in_the_kept_text(name, from_pdf):
    extraction = from_pdf[name]
    with open(text_path(extraction.regulation.sha256), encoding="utf-8") as f:
        text = f.read()
    for edge in extraction.edges:
        c = edge.citation
        assert text[c.start : c.end] == c.quote
        assert text.count("\n", 0, c.start) + 1 == c.line


@pytest.mark.parametrize("name", NAMES)
def test_every_provision_is_cited_with_the_page_it_starts_on(name, from_pdf, text_pdfs):
    doc = pdfium.PdfDocument(text_pdfs[name])
    try:
        pages = [" ".join(p.get_textpage().get_text_range().split()) for p in doc]
    finally:
        doc.close()
    for edge in from_pdf[name].edges:
        provision = edge.citation.provision
        opening = " ".join(provision.text.split("\n")[0].split()[:3])
        assert opening in pages[provision.page - 1], (provision.where, provision.page)


def test_a_pdf_is_known_by_its_bytes_not_its_name(tmp_path, text_pdfs, from_text):
    disguised = Path(shutil.copy(text_pdfs[NAMES[3]], tmp_path / "peraturan.txt"))
    assert edges(extract_file(disguised)) == edges(from_text[NAMES[3]])


def test_the_read_text_is_kept_by_sha256_beside_the_graph(from_pdf):
    extraction = from_pdf[NAMES[0]]
    read = kept(extraction.regulation.sha256)
    assert read is not None and read.text == extraction.source_text
    assert len(read.pages) == extraction.source_text.count("\n")
    assert read.ocr == {}  # a text layer needs no OCR


@pytest.mark.ocr
def test_scanned_pdf_agrees_with_the_text(scanned, from_text):
    _, extraction = scanned
    expected = Counter(edges(from_text[SCANNED.name]))
    found = Counter(edges(extraction))
    agreement = sum((expected & found).values()) / sum(expected.values())
    assert agreement >= AGREEMENT_GOAL, f"{agreement:.3f} of {sum(expected.values())} edges"


@pytest.mark.ocr
def test_scanned_pdf_reports_ocr_confidence_for_every_page(scanned):
    path, extraction = scanned
    read = kept(extraction.regulation.sha256)
    doc = pdfium.PdfDocument(path)
    count = len(doc)
    doc.close()
    assert read.page_count == count
    assert sorted(read.ocr) == list(range(1, count + 1))
    assert all(0 < conf <= 100 for conf in read.ocr.values())
    assert all(e.citation.provision.page for e in extraction.edges)


def test_extract_cli_names_the_text_file_and_the_page_of_each_edge(text_pdfs):
    done = subprocess.run(
        [sys.executable, "-m", "loader", "extract", str(text_pdfs[NAMES[2]])],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    with open(out["regulation"]["text_file"], encoding="utf-8") as f:
        text = f.read()
    for edge in out["edges"]:
        cited = edge["provision"]
        assert text[cited["start"] : cited["end"]] == cited["quote"]
        assert cited["page"] >= 1


@pytest.mark.ocr
def test_a_pdf_mixing_text_and_scanned_pages_reads_each_its_own_way(
    tmp_path, text_pdfs, scanned, from_text
):
    """Page 3 of the text-layer PDF swapped for its scan: only that page is OCR'd."""
    mixed = pdfium.PdfDocument.new()
    text, scan = pdfium.PdfDocument(text_pdfs[SCANNED.name]), pdfium.PdfDocument(scanned[0])
    try:
        mixed.import_pages(text, [0, 1])
        mixed.import_pages(scan, [2])
        mixed.import_pages(text, list(range(3, len(text))))
        mixed.save(tmp_path / "campuran.pdf")
    finally:
        for doc in (mixed, text, scan):
            doc.close()
    extraction = extract_file(tmp_path / "campuran.pdf")
    assert sorted(kept(extraction.regulation.sha256).ocr) == [3]
    assert edges(extraction) == edges(from_text[SCANNED.name])
