"""The review report as JSON (for the dashboard and other tools) and as a readable table.

JSON keys::

    {"regulation": {"label", "source_file", "sha256", "text_file", "pages"},
     "articles": ["Pasal 1", ...],
     "sections": [{"id", "name", "where", "edges", "named_units"}],
     "unread_sentences": [{"where", "page", "line", "start", "end", "cue", "positions", "quote"}],
     "unlinked_positions": [{"title", "mentions", "first_where"}],
     "unknown_titles": [{"title", "where", "start", "end", "line"}],
     "ocr": [{"page", "confidence"}],
     "warnings": [{"where", "message", "code"}]}

``unread_sentences`` holds every sentence with a cue of the relation table or a
role phrase that no edge or role cites (``positions``: the known titles it
names, maybe none); ``unknown_titles`` the title-like phrases the reader could
not place among known positions; ``code`` is the warning's stable code
(``loader.reading.notices``).

``start``/``end`` index ``text_file`` for a PDF, else the file itself, as in
``loader extract``; ``confidence`` is Tesseract's mean word confidence, 0–100.
"""

from __future__ import annotations

from dataclasses import asdict

from loader.review.analysis import Review

QUOTE_WIDTH = 110  # characters of an unread sentence shown in the table


def to_json(r: Review) -> dict:
    reg = r.extraction.regulation
    return {
        "regulation": {
            "label": reg.label,
            "source_file": reg.source_file,
            "sha256": reg.sha256,
            "text_file": r.text_file,
            "pages": r.pages,
        },
        "articles": list(r.articles),
        "sections": [asdict(s) for s in r.sections],
        "unread_sentences": [{**asdict(u), "positions": list(u.positions)} for u in r.unread],
        "unlinked_positions": [asdict(u) for u in r.unlinked],
        "unknown_titles": [asdict(t) for t in r.extraction.unknown_titles],
        "ocr": [{"page": page, "confidence": conf} for page, conf in sorted(r.ocr.items())],
        "warnings": [asdict(w) for w in r.extraction.warnings],
    }


def to_table(r: Review) -> str:
    reg = r.extraction.regulation
    out = [f"Review: {reg.label} — {reg.source_file}"]
    if r.pages is not None:
        out.append(f"PDF, {r.pages} page(s); text read kept in {r.text_file}")
    out.append(f"\nArticles recognised: {len(r.articles)} ({_span(r.articles)})")
    out.append(f"\nSections ({len(r.sections)}) and the edges each gave:")
    out.extend(_rows([("edges", "where", "section")] + [_section(s) for s in r.sections]))
    out.append(f"\nSentences with a relation cue that gave no edge: {len(r.unread)}")
    for u in r.unread:
        page = f"p. {u.page}, " if u.page else ""
        names = ", ".join(u.positions) or "(no known title)"
        out.append(f"  {u.where} ({page}line {u.line}) cue '{u.cue}': {names}")
        quote = " ".join(u.quote.split())
        out.append(f"    “{quote[:QUOTE_WIDTH]}{'…' if len(quote) > QUOTE_WIDTH else ''}”")
    out.append(f"\nPositions named but never linked: {len(r.unlinked)}")
    out.extend(f"  {u.title} ({u.mentions}×, first in {u.first_where})" for u in r.unlinked)
    unknown = r.extraction.unknown_titles
    out.append(f"\nTitles not among the known positions: {len(unknown)}")
    out.extend(f"  {t.title} ({t.where}, line {t.line})" for t in unknown)
    if r.ocr:
        mean = sum(r.ocr.values()) / len(r.ocr)
        out.append(f"\nOCR confidence per page (mean {mean:.1f}):")
        out.extend(f"  page {page:>3}: {conf:5.1f}" for page, conf in sorted(r.ocr.items()))
    out.extend(f"warning [{w.code}] {w.where}: {w.message}" for w in r.extraction.warnings)
    return "\n".join(out)


def _span(articles: tuple[str, ...]) -> str:
    return f"{articles[0]} … {articles[-1]}" if articles else "none"


def _section(s) -> tuple[str, str, str]:
    units = f" [{s.named_units} named units]" if s.named_units else ""
    return (str(s.edges), s.where, s.name + units)


def _rows(rows: list[tuple[str, ...]], width: int = 70) -> list[str]:
    widths = [min(width, max(len(row[i]) for row in rows)) for i in range(len(rows[0]))]
    return [
        "  " + "  ".join(v[:w].ljust(w) for v, w in zip(row, widths, strict=True)) for row in rows
    ]
