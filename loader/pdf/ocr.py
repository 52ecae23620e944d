"""OCR of scanned pages with Tesseract's Indonesian model, through pytesseract.

pytesseract rather than ocrmypdf: we need words with their boxes (to rebuild
lines the same way as the text layer, ``loader.pdf.layout``) and a confidence
per word (for the review report), which is exactly Tesseract's TSV output that
``image_to_data`` parses. ocrmypdf writes a new PDF with a hidden text layer and
brings Ghostscript, pikepdf and a plugin system we would not use; reading its
output back would lose the confidences.

Tesseract comes from Debian (``tesseract-ocr``, ``tesseract-ocr-ind``), which
``make setup`` installs; :func:`unavailable` says why OCR cannot run otherwise.
"""

from __future__ import annotations

import os
import re
import statistics
from concurrent.futures import ThreadPoolExecutor
from functools import cache

import pytesseract
from PIL.Image import Image

from loader.pdf.layout import Run

LANGUAGE = "ind"
DPI = 200  # scans are published at 150–300 dpi; 200 keeps 11 pt text legible for Tesseract
# psm 4: one column of text of varying sizes, the layout of a Perbup page.
CONFIG = "--psm 4"
# Tesseract's OpenMP threads made one page 4x slower on the 2-core machine (11 s vs 2.5 s);
# one thread per process and one page per core is faster.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")


# Tesseract's usual slip in these texts: "l" for "I" in Roman numerals ("Pejabat Level Il").
_ROMAN = re.compile(r"^(?=[IVXl]*[IVX])(?=[IVXl]*l)[IVXl]+(?!\w)")


def repair(word: str) -> str:
    """One OCR word with a numeral's "l" read back as "I": "Il" -> "II", "Ill/" -> "III/"."""
    return _ROMAN.sub(lambda m: m.group(0).replace("l", "I"), word)


@cache
def unavailable() -> str | None:
    """Why OCR cannot run here (no tesseract, no Indonesian data), or None when it can."""
    try:
        languages = pytesseract.get_languages()
    except pytesseract.TesseractNotFoundError:
        return (
            "tesseract is not installed (Debian: apt-get install tesseract-ocr tesseract-ocr-ind)"
        )
    if LANGUAGE not in languages:
        return "tesseract has no Indonesian data (Debian: apt-get install tesseract-ocr-ind)"
    return None


def read_pages(images: list[Image]) -> list[tuple[list[Run], float]]:
    """Words (boxes in points) and mean word confidence (0–100) of each page image, in order."""
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        return list(pool.map(_read_page, images))


def _read_page(image: Image) -> tuple[list[Run], float]:
    data = pytesseract.image_to_data(
        image, lang=LANGUAGE, config=CONFIG, output_type=pytesseract.Output.DICT
    )
    to_pt = 72 / DPI
    runs, confidences = [], []
    for i, word in enumerate(data["text"]):
        conf = float(data["conf"][i])
        if not word.strip() or conf < 0:
            continue
        left, top = data["left"][i], data["top"][i]
        runs.append(
            Run(
                repair(word.strip()),
                left * to_pt,
                (left + data["width"][i]) * to_pt,
                top * to_pt,
                (top + data["height"][i]) * to_pt,
                word=True,
            )
        )
        confidences.append(conf)
    return runs, round(statistics.fmean(confidences), 1) if confidences else 0.0
