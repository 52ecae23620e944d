"""Corrections and drafts as frozen records, in the style of ``loader/model.py``.

A correction names the edge it is about by content, never by a graph id: the
regulation (uid and the sha256 of the text it was made against) and the edge
identity -- type, the two titles, the unit type uid, and the span of the
provision sentence it cites. That identity survives a reload of the same text
and can be looked for again in a changed text (``corrections.match``).

Records are flat (one scalar per field) so the graph, JSON and CSV hold them
alike. ``draft`` is "" for corrections to the enacted structure and the draft's
name for an edit of a what-if draft; a draft edit may cite nothing (``start``
-1: a proposal, "usulan" on screen).
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, fields
from datetime import UTC, datetime
from enum import StrEnum

from loader.graph.rows import position_uid
from loader.model import EdgeType, fold

MAX_TEXT = 2000  # characters of a reason or condition: a sentence, not a document
MAX_NAME = 120  # characters of an author or draft name
NO_SPAN = -1  # start/end of a draft edit that cites no provision


class Kind(StrEnum):
    """What a correction does to the edge it names."""

    ADD = "add"
    REMOVE = "remove"
    AMEND = "amend"  # give the edge another condition


class Status(StrEnum):
    """Whether the correction still finds its edge (or sentence) in the loaded text."""

    ACTIVE = "active"
    STALE = "stale"  # "tidak cocok lagi": the text changed and the edge or sentence is gone


class CorrectionRefused(ValueError):
    """A correction or draft that may not be written; ``codes`` say why (worded in messages)."""

    def __init__(self, codes: list[str]) -> None:
        super().__init__("correction refused: " + ", ".join(codes))
        self.codes = codes


@dataclass(frozen=True)
class Correction:
    """One analyst edit of one edge; ``new_condition`` is the amended (or added) condition."""

    id: str
    kind: Kind
    regulation: str  # Regulation uid
    sha256: str  # of the text the span indexes
    type: EdgeType
    source: str  # titles as the regulation writes them
    target: str
    unit_type: str  # UnitType uid ("…/ut/_seluruh" for a regulation-wide rule)
    start: int  # span of the cited sentence in the source text; NO_SPAN for a proposal
    end: int
    where: str  # "Pasal 7 ayat (4) huruf a"; "" for a proposal
    quote: str  # the cited sentence, verbatim
    condition: str  # the edge's condition as extracted ("" when none)
    new_condition: str  # amend/add: the condition it should have ("" when none)
    reason: str
    author: str
    created: str  # ISO 8601, UTC
    status: Status = Status.ACTIVE
    draft: str = ""  # "" = the enacted structure
    delegated: bool = False

    @property
    def source_uid(self) -> str:
        return position_uid(self.unit_type, self.source)

    @property
    def target_uid(self) -> str:
        return position_uid(self.unit_type, self.target)

    @property
    def cited(self) -> bool:
        return self.start != NO_SPAN

    @property
    def key(self) -> tuple:
        """Edge identity: type, folded ends, unit type and span (the content match)."""
        return (str(self.type), fold(self.source), fold(self.target), self.unit_type, *self.span)

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    def as_row(self) -> dict:
        """Flat scalars for the graph, JSON and CSV."""
        return {k: str(v) if isinstance(v, StrEnum) else v for k, v in asdict(self).items()}

    @classmethod
    def from_row(cls, row: dict) -> Correction:
        """The record from a graph row, a JSON object or a CSV row (strings everywhere)."""
        values = {f.name: row.get(f.name) for f in fields(cls)}
        values["kind"] = Kind(values["kind"])
        values["type"] = EdgeType(values["type"])
        values["status"] = Status(values.get("status") or Status.ACTIVE)
        values["start"], values["end"] = int(values["start"]), int(values["end"])
        values["delegated"] = str(values.get("delegated")).casefold() in ("true", "1")
        for name in ("where", "quote", "condition", "new_condition", "draft", "reason"):
            values[name] = values[name] or ""
        return cls(**values)


@dataclass(frozen=True)
class Draft:
    """A named what-if structure: a copy of one unit type (or a whole regulation) to edit."""

    name: str
    regulation: str  # Regulation uid
    unit_type: str  # UnitType uid, or "" for the whole regulation
    author: str
    created: str
    note: str = ""

    def as_row(self) -> dict:
        return asdict(self)

    @classmethod
    def from_row(cls, row: dict) -> Draft:
        return cls(**{f.name: row.get(f.name) or "" for f in fields(cls)})

    def covers(self, unit_type: str) -> bool:
        return not self.unit_type or self.unit_type == unit_type


def now() -> str:
    """The timestamp corrections carry: ISO 8601 in UTC, to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def new_id() -> str:
    return uuid.uuid4().hex[:16]


def problems(c: Correction) -> list[str]:
    """Why ``c`` may not be written (codes of ``dashboard/messages/``); [] when it may."""
    out = []
    if not c.author.strip():
        out.append("NO_AUTHOR")
    if not c.reason.strip():
        out.append("NO_REASON")
    if not c.draft and not c.cited:
        out.append("NO_CITATION")  # only a draft may propose an edge no provision gives
    if c.cited and (c.start < 0 or c.end <= c.start or not c.quote.strip()):
        out.append("BAD_SPAN")
    if not c.source.strip() or not c.target.strip():
        out.append("NO_ENDS")
    elif fold(c.source) == fold(c.target):
        out.append("SAME_ENDS")
    if c.kind == Kind.AMEND and fold(c.new_condition) == fold(c.condition):
        out.append("SAME_CONDITION")
    texts = (c.reason, c.new_condition, c.condition, c.source, c.target)
    if any(len(t) > MAX_TEXT for t in texts) or len(c.author) > MAX_NAME:
        out.append("TOO_LONG")
    if len(c.draft) > MAX_NAME:
        out.append("TOO_LONG")
    return out
