"""Cut a regulation into citable blocks: body articles and Lampiran points.

A block is one numbered point (an ayat, a huruf, an angka …) with the lines
that follow it up to the next marker, blank lines included, because the OCR'd
texts break sentences across blank lines. Each block knows its citation
("Pasal 7 ayat (4) huruf a") and, in the Lampiran, the unit-type section it
belongs to. Headings that follow one another with nothing between them form a
group that the next content applies to (Tabalong's B–H).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from loader.rules import Marker, Structure
from loader.text import CleanText, Line, split_lines

_STRIP = re.compile(r"^[\s#>*\-•]*")
_BODY_START = re.compile(r"^(?:BAB I\b|Pasal 1\s*$)")
_ODD_SPACE = re.compile(r"[^\S\n]")
_SIGNATURE = re.compile(r"^(?:Ditetapkan di|Diundangkan di)\b", re.IGNORECASE)


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


@dataclass
class _Level:
    kind: str
    cite: str
    block: Block | None
    section: Section | None = None


class Segmenter:
    def __init__(self, structure: Structure) -> None:
        self.s = structure

    def segment(self, source: str) -> tuple[list[Block], list[Section]]:
        lines = split_lines(source)
        blocks: list[Block] = []
        sections: list[Section] = []
        stack: list[_Level] = []
        part: str | None = None
        current: Block | None = None
        for line in lines:
            stripped_at = len(_STRIP.match(line.text).group(0))
            # same length as the source line: offsets stay valid while markers see plain spaces
            text = _ODD_SPACE.sub(" ", line.text[stripped_at:]).rstrip()
            if part is None:
                if _BODY_START.match(text):
                    part = "body"
                else:
                    continue
            if self.s.lampiran_start.match(text):
                part, stack, current = "lampiran", [], None
                continue
            if _SIGNATURE.match(text):
                part = "signature"
                current = None
                continue
            if part == "signature" or not text:
                continue
            marker, match = self._marker(text, part)
            if marker is None:
                if self.s.figure_residue.match(text) and part == "lampiran":
                    continue
                if current is None:
                    current = self._open(blocks, stack, part, line, line.start + stripped_at)
                else:
                    current.spans.append((line.start + stripped_at, line.start + len(line.text)))
                self._mark_content(stack)
                continue
            rest_at = line.start + stripped_at + match.end()
            rest = text[match.end() :]
            stack = self._push(stack, marker, match, part)
            if part == "lampiran" and self._is_unit_heading(marker, rest):
                stack[-1].section = self._section(sections, stack, rest, line)
                current = None
                continue
            self._mark_content(stack)
            current = self._open(blocks, stack, part, line, rest_at)
            stack[-1].block = current
        for block in blocks:
            block.spans = [(a, b) for a, b in block.spans if b > a] or block.spans[:1]
        return blocks, sections

    def _marker(self, text: str, part: str) -> tuple[Marker | None, re.Match | None]:
        for marker in self.s.markers:
            if marker.lampiran_only and part != "lampiran":
                continue
            match = marker.pattern.match(text)
            if match:
                return marker, match
        return None, None

    def _push(self, stack: list[_Level], marker: Marker, match: re.Match, part: str):
        for i, level in enumerate(stack):
            if level.kind == marker.kind:
                stack = stack[:i]
                break
        template = marker.lampiran_cite if part == "lampiran" else marker.cite
        return [*stack, _Level(marker.kind, template.format(n=match.group("n")), None)]

    def _is_unit_heading(self, marker: Marker, rest: str) -> bool:
        rest = rest.strip()
        return (
            marker.kind not in ("pasal", "bab", "ayat")
            and len(rest) <= self.s.unit_heading_max
            and self.s.unit_heading.match(rest) is not None
        )

    def _section(self, sections: list[Section], stack: list[_Level], heading: str, line: Line):
        heading = " ".join(heading.split()).rstrip(".:;")
        label = " ".join(lv.cite for lv in stack)
        last = sections[-1] if sections else None
        if last is not None and not last.has_content and last.kind == stack[-1].kind:
            last.headings.append(heading)
            last.labels.append(label)
            return last
        section = Section([label], [heading], line.number, stack[-1].kind)
        sections.append(section)
        return section

    @staticmethod
    def _mark_content(stack: list[_Level]) -> None:
        for level in reversed(stack):
            if level.section is not None:
                level.section.has_content = True
                return

    def _open(self, blocks, stack, part, line: Line, start: int) -> Block:
        section = next((lv.section for lv in reversed(stack) if lv.section), None)
        parent = next((lv.block for lv in reversed(stack[:-1]) if lv.block), None)
        cites = [lv.cite for lv in stack if part != "body" or lv.kind != "bab"]
        where = " ".join(cites) if part == "body" else " ".join(["Lampiran", *cites])
        block = Block(
            where.strip(),
            part,
            [(start, line.start + len(line.text))],
            line.number,
            section,
            parent,
        )
        blocks.append(block)
        return block
