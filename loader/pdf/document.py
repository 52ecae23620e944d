"""Read a PDF regulation into text lines with the page of each: text layer or OCR.

Library: pypdfium2 (Python bindings of PDFium, the PDF engine of Chromium).
The issue asks for a well-kept library; pdfplumber and pypdf were measured
first on the rendered regulations (``tests/pdf/render.py``), against the goal
of 0.05 s a page for the text layer:

- pdfplumber gives every glyph with its box, which rejoining wrapped lines
  needs, but its pdfminer parser alone took 0.06–0.09 s a page;
- pypdf is fast (0.01 s a page) but gives no glyph boxes, so a line cut by
  the page width cannot be told from a line that ends a paragraph, and its
  layout mode inserted blank lines inside paragraphs;
- pypdfium2 gives glyphs with their boxes in about 0.01 s a page, renders the
  pages that have no text for OCR (no poppler), and reports a wrong password
  as its own error code. It is what pdfplumber itself uses to render pages.

Pages with a text layer are read from it; pages without one (scans) go
through OCR (``loader.pdf.ocr``). Both become positioned runs that
``loader.pdf.layout`` turns into the regulation's lines. The result is kept by
``loader.pdf.kept_text`` so that quotes point into a file that can be opened.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import replace

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from loader.errors import (
    EncryptedPdf,
    NoTextLayer,
    RegulationError,
    TooManyPages,
    UnreadableFile,
)
from loader.model import Citation, Extraction, Provision
from loader.pdf import ocr
from loader.pdf.kept_text import PdfText, keep, kept
from loader.pdf.layout import (
    PhysLine,
    Run,
    logical_lines,
    opener_test,
    physical_lines,
    without_folios,
)
from loader.reading.rules import Rules

DEFAULT_MAX_PAGES = 150  # the five regulations have 10–60 printed pages; a 300-page file is not one
# A page with fewer printed characters than this is a scan (or blank), read by OCR.
MIN_TEXT_CHARS = 20


def is_pdf(raw: bytes) -> bool:
    """PDF by its magic bytes: readers accept the header anywhere in the first 1024 bytes."""
    return b"%PDF-" in raw[:1024]


def max_pages(name: str) -> int:
    """The page cap (``SK_PDF_MAX_PAGES``, default 150): refusing early spares hours of OCR.

    A bad setting stops the file like any other problem, so the CLI still prints one line.
    """
    raw = os.environ.get("SK_PDF_MAX_PAGES") or str(DEFAULT_MAX_PAGES)
    if not raw.isdigit() or int(raw) < 1:
        raise RegulationError(
            name, f"SK_PDF_MAX_PAGES must be a positive whole number, not {raw!r}"
        )
    return int(raw)


def read_pdf(name: str, raw: bytes, rules: Rules) -> PdfText:
    """The lines of the PDF ``raw`` (named ``name`` in messages), read once and then kept.

    Raises EncryptedPdf, TooManyPages, NoTextLayer, UnreadableFile for a damaged file, or
    RegulationError for a bad ``SK_PDF_MAX_PAGES``.
    """
    sha256 = hashlib.sha256(raw).hexdigest()
    found = kept(sha256)
    if found is not None:
        return found
    doc = _open(name, raw)
    try:
        count, cap = len(doc), max_pages(name)
        if count > cap:
            raise TooManyPages(name, f"{count} pages; at most {cap} are read (SK_PDF_MAX_PAGES)")
        lines, confidences = _read_pages(name, doc)
    finally:
        doc.close()
    read = logical_lines(without_folios(lines), opener_test(rules.structure))
    if not any(text.strip() for text, _ in read):
        raise UnreadableFile(name, "the PDF has no readable text on any page")
    text = "".join(f"{line}\n" for line, _ in read)
    result = PdfText(text, tuple(page for _, page in read), count, confidences)
    keep(sha256, result)
    return result


def _open(name: str, raw: bytes) -> pdfium.PdfDocument:
    """Open the PDF, refusing a cut-off file that PDFium would partly recover, silently."""
    if b"%%EOF" not in raw[-2048:]:
        raise UnreadableFile(name, "not a complete PDF (no end marker: cut off while copying?)")
    try:
        return pdfium.PdfDocument(raw)
    except pdfium.PdfiumError as err:
        if err.err_code == pdfium_c.FPDF_ERR_PASSWORD:
            raise EncryptedPdf(
                name, "the PDF is password-protected; save it without a password"
            ) from None
        raise UnreadableFile(name, f"not a readable PDF, damaged or incomplete ({err})") from None


def _read_pages(name: str, doc: pdfium.PdfDocument) -> tuple[list[PhysLine], dict[int, float]]:
    """Lines of every page in order; scanned pages are OCR'd a few at a time, one per core."""
    by_page: dict[int, list[PhysLine]] = {}
    scans = []
    for number in range(1, len(doc) + 1):
        page = doc[number - 1]
        runs = _text_runs(page)
        if sum(len(r.text) for r in runs) >= MIN_TEXT_CHARS:
            by_page[number] = physical_lines(number, runs)
        else:
            scans.append(number)
        page.close()
    if scans and (reason := ocr.unavailable()) is not None:
        raise NoTextLayer(name, f"{len(scans)} page(s) have no text layer and {reason}")
    confidences = {}
    step = 2 * (os.cpu_count() or 1)  # page images are ~4 MB each: render only what OCR can take
    for at in range(0, len(scans), step):
        numbers = scans[at : at + step]
        images = [_render(doc[number - 1]) for number in numbers]
        for number, (runs, confidence) in zip(numbers, ocr.read_pages(images), strict=True):
            by_page[number] = physical_lines(number, runs)
            confidences[number] = confidence
    return [line for number in sorted(by_page) for line in by_page[number]], confidences


def _text_runs(page: pdfium.PdfPage) -> list[Run]:
    """Printed glyphs with their loose boxes (font height), top-down coordinates in points."""
    textpage = page.get_textpage()
    height = page.get_height()
    box = pdfium_c.FS_RECTF()
    runs = []
    for i in range(textpage.count_chars()):
        char = chr(pdfium_c.FPDFText_GetUnicode(textpage, i))
        if not char.isprintable() or char.isspace() or pdfium_c.FPDFText_IsGenerated(textpage, i):
            continue
        if pdfium_c.FPDFText_GetLooseCharBox(textpage, i, box):
            runs.append(Run(char, box.left, box.right, height - box.top, height - box.bottom))
    textpage.close()
    return runs


def _render(page: pdfium.PdfPage):
    image = page.render(scale=ocr.DPI / 72, grayscale=True).to_pil()
    page.close()
    return image


def with_pages(extraction: Extraction, read: PdfText) -> Extraction:
    """The extraction with ``Provision.page`` set from the page of each provision's first line."""
    memo: dict[int, Provision] = {}

    def paged(p: Provision) -> Provision:
        if id(p) not in memo:
            memo[id(p)] = replace(p, page=read.page_of_line(p.line))
        return memo[id(p)]

    def cited(c: Citation) -> Citation:
        return replace(c, provision=paged(c.provision))

    return replace(
        extraction,
        unit_types=tuple(
            replace(u, provision=paged(u.provision) if u.provision else None)
            for u in extraction.unit_types
        ),
        edges=tuple(replace(e, citation=cited(e.citation)) for e in extraction.edges),
        roles=tuple(replace(r, citation=cited(r.citation)) for r in extraction.roles),
        provisions=tuple(paged(p) for p in extraction.provisions),
    )
