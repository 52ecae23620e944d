"""The warnings the reader attaches to an extraction, each with a stable code.

The code is the contract: the CLI prints the English ``message``, the dashboard
words the warning in Indonesian from ``code`` (``dashboard/messages/``).
Codes (also listed in the README's reader section):

    NO_HEADING            no heading of an accepted kind: read as an excerpt ("Kutipan …")
    LAMPIRAN_ONLY         a Lampiran alone (its header names the regulation): read as an excerpt
    NO_STRUCTURE          neither Pasal nor Lampiran points: sentences read as plain text
    SECTION_NO_EDGE       a Lampiran unit-type section gave no edge
    LAMPIRAN_NO_SECTION   the Lampiran has no recognised unit-type section
    BODY_NO_EDGE          the body articles gave no edge
"""

from __future__ import annotations

from loader.model import ExtractionWarning, Regulation

NO_HEADING = "NO_HEADING"
LAMPIRAN_ONLY = "LAMPIRAN_ONLY"
NO_STRUCTURE = "NO_STRUCTURE"
SECTION_NO_EDGE = "SECTION_NO_EDGE"
LAMPIRAN_NO_SECTION = "LAMPIRAN_NO_SECTION"
BODY_NO_EDGE = "BODY_NO_EDGE"
CODES = (
    NO_HEADING,
    LAMPIRAN_ONLY,
    NO_STRUCTURE,
    SECTION_NO_EDGE,
    LAMPIRAN_NO_SECTION,
    BODY_NO_EDGE,
)


def excerpt_warnings(of: Regulation | None, structured: bool) -> tuple[ExtractionWarning, ...]:
    """Why an excerpt's graph is partial: no heading (or only a Lampiran's), maybe no structure."""
    if of is None:
        out = [
            ExtractionWarning(
                "heading",
                "no regulation heading found: read as an excerpt; kind, issuer, number "
                "and year are unknown",
                NO_HEADING,
            )
        ]
    else:
        out = [
            ExtractionWarning(
                "heading",
                f"a Lampiran alone (of {of.label}): read as an excerpt, without the body",
                LAMPIRAN_ONLY,
            )
        ]
    if not structured:
        out.append(
            ExtractionWarning(
                "body",
                "no Pasal or Lampiran points: the sentences were read as plain text",
                NO_STRUCTURE,
            )
        )
    return tuple(out)


def section_warnings(blocks, sections, yields, body_yield) -> list[ExtractionWarning]:
    """Sections and parts that gave no edge: where the reader may have stopped short."""
    warnings = []
    for section in sections:
        if yields[id(section)] == 0:
            warnings.append(
                ExtractionWarning(
                    "Lampiran " + " / ".join(section.labels).removeprefix("Lampiran "),
                    f"section '{'; '.join(section.headings)}' gave no edge",
                    SECTION_NO_EDGE,
                )
            )
    if not sections and any(b.part == "lampiran" for b in blocks):
        warnings.append(
            ExtractionWarning(
                "Lampiran",
                "no unit-type section recognised in the Lampiran (text cut off or "
                "unknown heading layout); only the body articles were read",
                LAMPIRAN_NO_SECTION,
            )
        )
    if body_yield == 0 and any(b.part == "body" for b in blocks):
        warnings.append(ExtractionWarning("body", "the body articles gave no edge", BODY_NO_EDGE))
    return warnings
