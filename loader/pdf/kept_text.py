"""The text read from a PDF, kept beside the graph so every quote stays verifiable.

An edge read from a PDF cites offsets into the *text* that was read from it,
not into the PDF. That text is written once per PDF, keyed by the PDF's
sha256, under ``SK_PDF_TEXT_DIR`` (default ``data/texts/``)::

    <sha256>.txt    the lines read, UTF-8, "\\n" line ends: open(...).read()[start:end] == quote
    <sha256>.json   how it was read: page of every line, pages OCR'd and their confidence

It doubles as a cache: OCR costs seconds a page, and the review, the load and
the dashboard all read the same PDF again. A PDF whose bytes change gets a new
sha256, hence a new entry; nothing is ever stale.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "data" / "texts"
FORMAT = 2  # bump when the reading changes, so older entries are read again


@dataclass(frozen=True)
class PdfText:
    """What was read from one PDF.

    text (str): the regulation's lines joined by "\\n", ending with one.
    pages (tuple[int, ...]): 1-based page of each line (``pages[line - 1]``).
    page_count (int): pages in the PDF.
    ocr (dict[int, float]): page -> mean word confidence (0–100) for pages read by OCR.
    """

    text: str
    pages: tuple[int, ...]
    page_count: int
    ocr: dict[int, float] = field(default_factory=dict)

    def page_of_line(self, line: int) -> int | None:
        return self.pages[line - 1] if 0 < line <= len(self.pages) else None


def text_dir() -> Path:
    return Path(os.environ.get("SK_PDF_TEXT_DIR") or DEFAULT_DIR)


def text_path(sha256: str) -> Path:
    """Where the text read from the PDF with this sha256 is kept."""
    return text_dir() / f"{sha256}.txt"


def kept(sha256: str) -> PdfText | None:
    """The text kept for this PDF, or None when it was never read (or read by an older format)."""
    meta_path = text_path(sha256).with_suffix(".json")
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        text = text_path(sha256).read_text(encoding="utf-8")
    except (FileNotFoundError, json.JSONDecodeError):
        return None
    if meta.get("format") != FORMAT:
        return None
    ocr = {int(page): conf for page, conf in meta["ocr"].items()}
    return PdfText(text, tuple(meta["pages"]), meta["page_count"], ocr)


def keep(sha256: str, read: PdfText) -> Path:
    """Write the text and its sidecar; the sidecar last, so a half-written entry is never read."""
    path = text_path(sha256)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(read.text, encoding="utf-8", newline="\n")
    meta = {
        "format": FORMAT,
        "page_count": read.page_count,
        "pages": list(read.pages),
        "ocr": {str(page): conf for page, conf in read.ocr.items()},
    }
    path.with_suffix(".json").write_text(json.dumps(meta), encoding="utf-8")
    return path
