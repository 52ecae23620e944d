"""Render a regulation text into PDFs, the test material of issue 7.

Two renderings share one layout (A4, Bitstream Vera 11 pt shipped with
reportlab, greedy word wrap, list markers hanging and page numbers at the top
from the second page, as in a printed Perbup):

- ``text_pdf``: a text-layer PDF, as a regency's word processor exports it;
- ``scanned_pdf``: each page drawn into a greyscale image at ``dpi`` (200 by
  default, as the issue asks) and stored image-only, as a scanner would.

Run ``python -m tests.pdf.render [OUT_DIR]`` to write both PDFs of the five
regulations (default ``tests/artifacts/pdf``, which git ignores).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

ROOT = Path(__file__).resolve().parents[2]
REGULATIONS = ROOT / "data" / "regulations"
ARTIFACTS = ROOT / "tests" / "artifacts" / "pdf"
FONT_FILE = Path(pdfmetrics.__file__).resolve().parent.parent / "fonts" / "Vera.ttf"
FONT, SIZE, LEADING = "Vera", 11, 15
MARGIN = 64  # points; leaves 467 pt of text width on A4
INDENT = 4  # points per leading space of the source line


@dataclass(frozen=True)
class Placed:
    x: float  # points from the left edge
    y: float  # points from the top edge, to the baseline
    text: str


def layout(text: str) -> list[list[Placed]]:
    """Pages of placed lines: each source line wrapped to the text width, blank lines kept."""
    _register_font()
    width, height = A4
    pages: list[list[Placed]] = [[]]
    y = MARGIN
    for raw in text.split("\n"):
        stripped = raw.replace("\t", " ").lstrip(" ")
        indent = INDENT * (len(raw) - len(raw.lstrip(" \t")))
        hang, room = _hang(stripped), width - 2 * MARGIN - indent
        for i, piece in enumerate(_wrap(stripped, room, room - hang) or [""]):
            y += LEADING
            if y > height - MARGIN:
                pages.append([])
                y = MARGIN + LEADING
            if piece:
                pages[-1].append(Placed(MARGIN + indent + (hang if i else 0.0), y, piece))
    for number, page in enumerate(pages[1:], start=2):
        folio = f"- {number} -"  # a Perbup numbers its pages from the second, at the top
        x = (width - pdfmetrics.stringWidth(folio, FONT, SIZE)) / 2
        page.insert(0, Placed(x, MARGIN / 2, folio))
    return pages


def _wrap(text: str, first: float, rest: float) -> list[str]:
    """Greedy word wrap: ``first`` points for the first line, ``rest`` for the others."""
    lines: list[str] = []
    for word in text.split():
        room = rest if len(lines) > 1 else first
        if lines and pdfmetrics.stringWidth(f"{lines[-1]} {word}", FONT, SIZE) <= room:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def _hang(line: str) -> float:
    """Continuation lines of "a. text" or "(1) text" align with the text after the marker."""
    first = line.split(" ", 1)[0]
    if len(first) <= 4 and first[-1:] in ".)" and len(line) > len(first):
        return pdfmetrics.stringWidth(first + " ", FONT, SIZE)
    return 0.0


def text_pdf(source: Path, out: Path) -> Path:
    pages = layout(source.read_text(encoding="utf-8"))
    canvas = Canvas(str(out), pagesize=A4, invariant=1)
    canvas.setTitle(source.stem)
    for page in pages:
        canvas.setFont(FONT, SIZE)
        for line in page:
            canvas.drawString(line.x, A4[1] - line.y, line.text)
        canvas.showPage()
    canvas.save()
    return out


def scanned_pdf(source: Path, out: Path, dpi: int = 200) -> Path:
    """Image-only PDF: no text layer, one greyscale page image at ``dpi``."""
    scale = dpi / 72
    font = ImageFont.truetype(str(FONT_FILE), round(SIZE * scale))
    images = []
    for page in layout(source.read_text(encoding="utf-8")):
        image = Image.new("L", (round(A4[0] * scale), round(A4[1] * scale)), 255)
        draw = ImageDraw.Draw(image)
        for line in page:
            draw.text((line.x * scale, line.y * scale), line.text, font=font, fill=0, anchor="ls")
        images.append(image)
    images[0].save(out, save_all=True, append_images=images[1:], resolution=dpi)
    return out


RENDERERS = {"text": text_pdf, "scan": scanned_pdf}


def rendered(source: Path, kind: str, out_dir: Path = ARTIFACTS) -> Path:
    """The ``kind`` ("text" or "scan") PDF of ``source`` in ``out_dir``, made unless newer."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{source.stem}.{kind}.pdf"
    newest = max(source.stat().st_mtime, Path(__file__).stat().st_mtime)
    if not path.exists() or path.stat().st_mtime <= newest:
        RENDERERS[kind](source, path)
    return path


def _register_font() -> None:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(FONT_FILE)))


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ARTIFACTS
    for txt in sorted(REGULATIONS.glob("*.txt")):
        print(*(rendered(txt, kind, target) for kind in RENDERERS))
