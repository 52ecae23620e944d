"""What segmentation gives the rest of the reader: citable blocks and Lampiran sections.

``loader/reading/segment.py`` cuts a text into these; the engine reads each
block's clean text (``CleanText``, set by the extractor) and cites its
``where``; a block's ``parent`` is the point whose lead-in it continues.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from loader.reading.text import CleanText


@dataclass
class Section:
    """A Lampiran section about one unit type or a group of named units."""

    labels: list[str]
    headings: list[str]
    line: int
    kind: str
    named_units: list[str] = field(default_factory=list)
    has_content: bool = False


@dataclass
class Block:
    where: str
    part: str  # "body" | "lampiran"
    spans: list[tuple[int, int]]
    line: int
    section: Section | None
    parent: Block | None
    clean: CleanText | None = None

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]
