"""What was understood in a regulation, and what was not: the review report (issue 7).

An analyst dropping in a new regency's regulation must see where the reader
stopped short rather than trust a silent, partial graph. The report lists:

- the articles (Pasal) and Lampiran sections recognised, with the edges each gave;
- *unread sentences*: every sentence holding a cue of the relation table or a
  role phrase of the roles table (the same tables and sentence splitting the
  engine uses) that no edge or role cites, whether or not it names two known
  titles: a cue with one known title, or none, is where an unknown title or an
  unusual construction stopped the reader;
- positions the text names that no edge links;
- titles the reader found but could not place (``Extraction.unknown_titles``);
- for a PDF, the page count, the text file the quotes point into, and the OCR
  confidence of every page that was read by OCR.

Nothing here decides an edge: it only re-reads the text with the rule tables
and compares with what ``extract_file`` found.
"""

from __future__ import annotations

import bisect
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
    return review_extraction(extract_file(path), _pdf_text(path))


def review_extraction(extraction: Extraction, read: PdfText | None = None) -> Review:
    """The review of an extraction already made (``read``: the kept text of a PDF)."""
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
    """Sentences holding a relation cue that no edge cites, or a role phrase that no edge or
    role cites, in text order; ``positions`` lists the known titles each names (maybe none)."""
    engine = Engine(rules)
    by_edges = _merged((e.citation.start, e.citation.end) for e in x.edges)
    by_either = _merged([*by_edges, *((r.citation.start, r.citation.end) for r in x.roles)])
    cues = [(r.cue, by_edges) for r in rules.relations] + [(rules.roles.phrase, by_either)]
    for provision in x.provisions:
        clean = CleanText(x.source_text, [(provision.start, provision.end)])
        mentions = None
        for a, b in engine.sentences(clean):
            start, end = clean.source_span(a, b)
            cue = next(
                (
                    c
                    for pattern, cited in cues
                    if (c := pattern.search(clean.text, a, b)) and not _overlaps(cited, start, end)
                ),
                None,
            )
            if cue is None:
                continue
            if mentions is None:
                mentions = find_mentions(clean.text, rules)
            inside = [m for m in mentions if a <= m.start < b]
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


def _merged(spans) -> list[tuple[int, int]]:
    """The union of ``spans`` as sorted, disjoint spans."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when one of the sorted, disjoint ``spans`` overlaps ``[start, end)``."""
    i = bisect.bisect_left(spans, (end,))
    return i > 0 and spans[i - 1][1] > start


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
