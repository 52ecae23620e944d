"""What was understood in a regulation, and what was not: the review report (issue 7).

An analyst dropping in a new regency's regulation must see where the reader
stopped short rather than trust a silent, partial graph. The report lists:

- the articles (Pasal) and Lampiran sections recognised, with the edges each gave;
- *unread sentences*: a sentence holding a cue of the relation table between two
  position titles of the position table (the same tables and sentence
  splitting the engine uses), yet no edge cites it;
- positions the text names that no edge links;
- for a PDF, the page count, the text file the quotes point into, and the OCR
  confidence of every page that was read by OCR.

Nothing here decides an edge: it only re-reads the text with the rule tables
and compares with what ``extract_file`` found.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from loader.model import Extraction, Provision, position_key
from loader.pdf.document import is_pdf, read_pdf
from loader.pdf.kept_text import PdfText, text_path
from loader.reading.aliases import with_defined_aliases
from loader.reading.engine import Engine
from loader.reading.extract import extract_file
from loader.reading.mentions import find_mentions
from loader.reading.rules import Rules, load_rules
from loader.reading.text import CleanText

_PASAL = re.compile(r"^Pasal \d+[A-Z]?")
BODY, GENERAL = "(batang tubuh)", "(Lampiran, bagian umum)"


@dataclass(frozen=True)
class SectionYield:
    id: str | None  # the unit type's id; None for the body and the Lampiran's general part
    name: str
    where: str
    edges: int
    named_units: int = 0


@dataclass(frozen=True)
class UnreadSentence:
    where: str
    quote: str
    start: int
    end: int
    line: int
    page: int | None
    cue: str
    positions: tuple[str, ...]


@dataclass(frozen=True)
class UnlinkedPosition:
    title: str
    mentions: int
    first_where: str


@dataclass(frozen=True)
class Review:
    """The review of one file; ``ocr`` maps page -> mean word confidence (0–100)."""

    extraction: Extraction
    articles: tuple[str, ...]
    sections: tuple[SectionYield, ...]
    unread: tuple[UnreadSentence, ...]
    unlinked: tuple[UnlinkedPosition, ...]
    pages: int | None = None
    text_file: str | None = None
    ocr: dict[int, float] = field(default_factory=dict)


def review_file(path: str | Path) -> Review:
    """Extract ``path`` and review it; raises RegulationError as ``extract_file`` does."""
    extraction = extract_file(path)
    read = _pdf_text(path)
    rules = with_defined_aliases(extraction.source_text, load_rules())
    return Review(
        extraction=extraction,
        articles=_articles(extraction.provisions),
        sections=_sections(extraction),
        unread=tuple(_unread(extraction, rules, read)),
        unlinked=tuple(_unlinked(extraction, rules)),
        pages=read.page_count if read else None,
        text_file=str(text_path(extraction.regulation.sha256)) if read else None,
        ocr=dict(read.ocr) if read else {},
    )


def _pdf_text(path: str | Path) -> PdfText | None:
    """The kept text of a PDF (``extract_file`` has just read it, so this is a cache hit)."""
    raw = Path(path).read_bytes()
    return read_pdf(str(path), raw, load_rules()) if is_pdf(raw) else None


def _articles(provisions: tuple[Provision, ...]) -> tuple[str, ...]:
    found = (_PASAL.match(p.where) for p in provisions if p.part == "body")
    return tuple(dict.fromkeys(m.group(0) for m in found if m))


def _sections(x: Extraction) -> tuple[SectionYield, ...]:
    counts = Counter(
        e.unit_type or (BODY if e.citation.provision.part == "body" else GENERAL) for e in x.edges
    )
    rows = [SectionYield(None, BODY, "Pasal", counts[BODY])]
    if counts[GENERAL] or any(p.part == "lampiran" and not x.unit_types for p in x.provisions):
        rows.append(SectionYield(None, GENERAL, "Lampiran", counts[GENERAL]))
    for u in x.unit_types:
        where = u.provision.where if u.provision else ""
        rows.append(SectionYield(u.id, u.name, where, counts[u.id], len(u.named_units)))
    return tuple(rows)


def _unread(x: Extraction, rules: Rules, read: PdfText | None):
    """Sentences with a relation cue between two titles that no edge cites, in text order."""
    engine = Engine(rules)
    cited = [(e.citation.start, e.citation.end) for e in x.edges]
    for provision in x.provisions:
        clean = CleanText(x.source_text, [(provision.start, provision.end)])
        mentions = find_mentions(clean.text, rules)
        for a, b in engine.sentences(clean):
            inside = [m for m in mentions if a <= m.start < b]
            if len({position_key(m.title) for m in inside}) < 2:
                continue
            cue = next((c for r in rules.relations if (c := r.cue.search(clean.text, a, b))), None)
            if cue is None or not _between(cue, inside):
                continue
            start, end = clean.source_span(a, b)
            if any(s < end and start < e for s, e in cited):
                continue
            line = x.source_text.count("\n", 0, start) + 1
            yield UnreadSentence(
                provision.where,
                x.source_text[start:end],
                start,
                end,
                line,
                read.page_of_line(line) if read else None,
                " ".join(cue.group(0).split()),
                tuple(dict.fromkeys(m.title for m in inside)),
            )


def _between(cue: re.Match, mentions: list) -> bool:
    """A relation names one party before its cue and one after ("X menetapkan kinerja Y"),
    which leaves out a noun cue heading a list ("Penugasan Pejabat Fungsional dan Pelaksana")."""
    before = any(m.end <= cue.start() for m in mentions)
    return before and any(m.start >= cue.end() for m in mentions)


def _unlinked(x: Extraction, rules: Rules):
    """Titles named in the provisions that are the end of no edge, most mentioned first."""
    linked = {position_key(t) for e in x.edges for t in (e.source, e.target)}
    seen: dict[str, list] = {}
    for provision in x.provisions:
        clean = CleanText(x.source_text, [(provision.start, provision.end)])
        for m in find_mentions(clean.text, rules):
            key = position_key(m.title)
            if key not in linked:
                seen.setdefault(key, [m.title, 0, provision.where])[1] += 1
    rows = [UnlinkedPosition(title, n, where) for title, n, where in seen.values()]
    return sorted(rows, key=lambda r: -r.mentions)
