"""Seconds per page reading PDFs, and the edges found again from them (issue 7).

Renders the five regulations into a text-layer PDF and a scanned (image-only,
200 dpi) PDF with ``tests/pdf/render.py``, reads each with ``loader.pdf.document`` into
an empty text directory (so the kept-text cache never answers), and compares
the edges (type, from, to, condition) with those of the .txt:

- text layer: best of several runs, per page; the edges must be identical;
- OCR: one run (minutes for all five), per page; agreement is the share of
  the .txt's edges found again, precision the share of the scan's edges that
  the .txt also gives.

Goals: text layer <= 0.05 s/page, OCR <= 3 s/page, agreement >= 95 %. Wall time
depends on what else the machine runs; the CPU seconds per page (this process
and its Tesseract children) divided by the cores is the wall time to expect on
an idle machine, and the load average is printed beside.
A benchmark, not a test: it prints, it does not assert. ``--no-ocr`` skips
the scanned PDFs.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from loader.pdf import ocr
from loader.pdf.document import read_pdf
from loader.reading.extract import extract_file
from loader.reading.rules import load_rules
from tests.pdf.render import REGULATIONS, rendered

RUNS = 3


def edges(extraction) -> Counter:
    return Counter((e.type.value, e.source, e.target, e.condition) for e in extraction.edges)


def timed_read(path: Path, runs: int) -> tuple[float, float, int]:
    """Best wall time to read ``path`` from scratch, CPU time of that run (ours and Tesseract's
    processes), and its pages. The text is kept in a fresh directory each run, so the
    extraction that follows reads the last run's text rather than OCR'ing again."""
    raw, rules, best, cpu = path.read_bytes(), load_rules(), float("inf"), 0.0
    for _ in range(runs):
        os.environ["SK_PDF_TEXT_DIR"] = tempfile.mkdtemp(prefix="bench-pdf-")
        t0, c0 = time.perf_counter(), _cpu()
        read = read_pdf(path.name, raw, rules)
        if time.perf_counter() - t0 < best:
            best, cpu = time.perf_counter() - t0, _cpu() - c0
    return best, cpu, read.page_count


def _cpu() -> float:
    own, children = (
        resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def bench(kind: str, runs: int) -> tuple[float, int, Counter, Counter]:
    """Seconds and pages over the five, with the edges expected and found again."""
    seconds = cpu_seconds = pages = 0
    expected_all, agreed_all, found_all = Counter(), Counter(), Counter()
    print(f"\n{kind}: {'file':24} {'pages':>5} {'s/page':>7} {'cpu s/page':>10}", end=" ")
    print(f"{'edges':>6} {'agree':>6} {'prec':>6}")
    for source in sorted(REGULATIONS.glob("*.txt")):
        path = rendered(source, kind)
        best, cpu, count = timed_read(path, runs)
        expected, found = edges(extract_file(source)), edges(extract_file(path))
        agreed = expected & found
        print(
            f"{kind}: {source.name:24} {count:5d} {best / count:7.3f} {cpu / count:10.3f}",
            f"{sum(expected.values()):6d} {_share(agreed, expected):6.3f}",
            f"{_share(agreed, found):6.3f}",
        )
        seconds, cpu_seconds, pages = seconds + best, cpu_seconds + cpu, pages + count
        expected_all += expected
        agreed_all += agreed
        found_all += found
    agreement, precision = _share(agreed_all, expected_all), _share(agreed_all, found_all)
    print(f"{kind}: all five: {pages} pages, {seconds / pages:.3f} s/page", end=" ")
    print(
        f"({cpu_seconds / pages:.3f} CPU s/page; load average {os.getloadavg()[0]:.1f}),", end=" "
    )
    print(f"agreement {agreement:.3f}, precision {precision:.3f}")
    return seconds / pages, pages, agreed_all, expected_all


def _share(part: Counter, whole: Counter) -> float:
    total = sum(whole.values())
    return sum(part.values()) / total if total else 1.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-ocr", action="store_true", help="skip the scanned PDFs")
    args = parser.parse_args()
    load_rules()
    per_page, _, agreed, expected = bench("text", RUNS)
    exact = agreed == expected
    print(f"text layer <= 0.05 s/page: {'met' if per_page <= 0.05 else 'NOT met'};", end=" ")
    print(f"edges identical to the .txt: {'yes' if exact else 'NO'}")
    if args.no_ocr:
        return
    if (reason := ocr.unavailable()) is not None:
        print(f"OCR skipped: {reason}")
        return
    per_page, _, agreed, expected = bench("scan", 1)
    agreement = _share(agreed, expected)
    print(
        f"OCR <= 3 s/page: {'met' if per_page <= 3 else 'NOT met'} ({os.cpu_count()} cores);",
        end=" ",
    )
    print(f"agreement >= 0.95: {'met' if agreement >= 0.95 else 'NOT met'} ({agreement:.3f})")


if __name__ == "__main__":
    main()
