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

from loader.reading.blocks import Block, Section
from loader.reading.layout import any_marker, furniture
from loader.reading.named_units import collect_units
from loader.reading.rules import Marker, Structure
from loader.reading.text import Line, split_lines

_STRIP = re.compile(r"^[\s#>*\-•]*")
_ODD_SPACE = re.compile(r"[^\S\n]")


@dataclass
class _Level:
    kind: str
    cite: str
    block: Block | None
    section: Section | None = None


@dataclass
class _State:
    blocks: list[Block] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    stack: list[_Level] = field(default_factory=list)
    part: str | None = None
    current: Block | None = None
    collecting: Section | None = None  # a list of named units is being read
    lampiran: object = False  # the numeral of the Lampiran being read (None: it has none)
    last: str = ""  # the last line of content read, to tell whether a sentence ended there
    # A unit heading's own text, kept as content only if the next line goes on with its sentence
    heading_block: Block | None = None


def _broken_off(open_end: re.Pattern[str], last: str) -> bool:
    """True when the line before a LAMPIRAN line broke off a sentence in running text, so
    the LAMPIRAN line is a page's running head ("LAMPIRAN II PERATURAN GUBERNUR ..."), not a
    new annex; not a signature's capitals ("GUBERNUR CONTOH,")."""
    return bool(open_end.search(last)) and not last.isupper()


class Segmenter:
    """Cuts one text into blocks; the word lists it needs are ``structure.toml`` rows."""

    def __init__(self, structure: Structure) -> None:
        self.s = structure
        self.layout = structure.layout
        self.structured = False  # a Pasal, BAB, LAMPIRAN or point marker was seen
        self._any_marker = any_marker(structure)

    def segment(self, source: str, excerpt: bool = False) -> tuple[list[Block], list[Section]]:
        """Blocks and Lampiran sections of ``source``.

        A full regulation's body starts at "BAB I" or "Pasal 1". An ``excerpt`` (no
        heading) starts at its first BAB or Pasal, or at a LAMPIRAN line, or, with
        neither, at its first line read as Lampiran points.
        """
        st = _State()
        lines = split_lines(source)
        self._start = self.layout["excerpt_start"] if excerpt else self.layout["body_start"]
        if excerpt:
            self._excerpt_start(st, lines)
        for line in lines:
            stripped_at = len(_STRIP.match(line.text).group(0))
            text = line.text[stripped_at:]
            if not text.isprintable():  # tabs, no-break spaces: markers must see plain spaces
                text = _ODD_SPACE.sub(" ", text)  # same length: offsets stay valid
            text = text.rstrip()
            if self._switch_part(st, text) or not text or st.part in (None, "signature"):
                if text:
                    self._settle_heading(st, continued=False)
                continue
            marker, match = self._marker(text, st.part, st.stack)
            if marker is not None:
                self._settle_heading(st, continued=False)
            if marker is None:
                self._plain_line(st, line, stripped_at, text)
            else:
                self.structured = True
                self._marker_line(st, line, stripped_at, text, marker, match)
        self._settle_heading(st, continued=False)
        for block in st.blocks:
            block.spans = [(a, b) for a, b in block.spans if b > a] or block.spans[:1]
        return st.blocks, st.sections

    def _excerpt_start(self, st: _State, lines) -> None:
        """An excerpt with no BAB, Pasal or LAMPIRAN line is Lampiran points throughout; one
        cut inside a Lampiran (points or table rows before its first LAMPIRAN line, which is
        then that Lampiran's running head) is read from its first line, not from that head."""
        before = False
        for line in lines:
            text = _STRIP.sub("", line.text, count=1)
            if self._start.match(text):
                return
            if self.s.lampiran_start.match(text):
                if before:
                    st.part, st.lampiran = "lampiran", self._numeral(text)
                return
            before = before or text.startswith("|") or bool(self._any_marker.match(text))
        st.part = "lampiran"

    def _numeral(self, text: str) -> str | None:
        """The numeral of a LAMPIRAN line ("LAMPIRAN II ..."), None when it has none."""
        numeral = self.layout["lampiran_numeral"].match(text)
        return numeral and numeral.group("n").upper()

    def _switch_part(self, st: _State, text: str) -> bool:
        """Body, Lampiran and signature blocks: True when the line only switched part."""
        if st.part is None and self._start.match(text):
            st.part, self.structured = "body", True
            return False
        if self.s.lampiran_start.match(text):  # a Keputusan's Lampiran may come with no Pasal
            numeral = self._numeral(text)
            broken = _broken_off(self.layout["open_end"], st.last)
            if st.part == "lampiran" and (numeral == st.lampiran or broken):
                return True  # the Lampiran's title repeated at a page's head: page furniture
            st.part, st.stack, st.current, st.collecting = "lampiran", [], None, None
            st.lampiran = numeral
            self.structured = True
            return True
        if st.part is None:
            return False
        if self.layout["signature"].match(text):
            st.part, st.current = "signature", None
            return True
        return False

    def _plain_line(self, st: _State, line: Line, stripped_at: int, text: str) -> None:
        lampiran = st.part == "lampiran"
        if furniture(text, self.layout["page_furniture"]):
            return  # a sentence broken by a page number goes on after it
        residue = self.s.figure_residue if lampiran else self.layout["caption"]
        if residue.match(text):
            if st.last.endswith((".", ";", ":")):
                st.current = None  # the chart sat between two sentences: do not join them
            return
        self._settle_heading(st, continued=text[:1].islower())
        if lampiran and self.s.unmarked_heading.match(text):
            st.stack = self._close_section(st.stack)
            st.stack.append(_Level("heading", "", None))
            st.stack[-1].section = self._section(st, text[:200], line)
        if collect_units(self.s, st, text):
            return
        if st.current is None:
            st.current = self._open(st, line, line.start + stripped_at)
            if st.stack and st.stack[-1].block is None:
                # a line under a unit heading ("Sekretaris DPRD:") heads the points after it
                st.stack[-1].block = st.current
        else:
            st.current.spans.append((line.start + stripped_at, line.start + len(line.text)))
        st.last = text
        self._mark_content(st.stack)

    def _marker_line(self, st: _State, line, stripped_at, text, marker, match) -> None:
        rest = text[match.end() :]
        st.stack = self._push(st.stack, marker, match, st.part)
        if st.collecting is not None and collect_units(self.s, st, rest, item=True):
            st.current = None
            return
        if st.part == "lampiran" and self._is_unit_heading(marker, rest):
            st.stack[-1].section = self._section(st, rest, line)
            st.current = None
            if self.layout["heading_sentence"].search(rest):
                # a heading that runs on into a sentence (a PDF's wrapped line, where the
                # .txt broke the line after the heading) may be content as well
                st.current = st.heading_block = self._open(
                    st, line, line.start + stripped_at + match.end()
                )
            return
        self._mark_content(st.stack)
        st.current = self._open(st, line, line.start + stripped_at + match.end())
        st.stack[-1].block = st.current
        st.last = text
        collect_units(self.s, st, rest)

    @staticmethod
    def _settle_heading(st: _State, continued: bool) -> None:
        """Keep a unit heading's text as content when the line after it goes on with its
        sentence (opens in lower case); else drop it, the heading names a section only."""
        block, st.heading_block = st.heading_block, None
        if block is None or continued:
            return
        st.blocks.remove(block)
        if st.current is block:
            st.current = None

    def _marker(self, text: str, part: str, stack: list[_Level]):
        """The marker opening ``text``; "I." "V." "X." are letters inside a lettered list."""
        if not self._any_marker.match(text):
            return None, None  # most lines: one match instead of one per marker row
        found = []
        for marker in self.s.markers:
            if marker.lampiran_only and part != "lampiran":
                continue
            match = marker.pattern.match(text)
            if match:
                found.append((marker, match))
        if not found:
            return None, None
        kinds = {level.kind for level in stack}
        if (
            len(found) > 1
            and found[0][0].kind == "roman"
            and "roman" not in kinds
            and "letter" in kinds
        ):
            return found[1]
        return found[0]

    def _push(self, stack: list[_Level], marker: Marker, match: re.Match, part: str):
        for i, level in enumerate(stack):
            if level.kind == marker.kind:
                stack = stack[:i]
                break
        template = marker.lampiran_cite if part == "lampiran" else marker.cite
        return [*stack, _Level(marker.kind, template.format(n=match.group("n")), None)]

    @staticmethod
    def _close_section(stack: list[_Level]) -> list[_Level]:
        for i in range(len(stack) - 1, -1, -1):
            if stack[i].section is not None:
                return stack[:i]
        return stack

    def _is_unit_heading(self, marker: Marker, rest: str) -> bool:
        rest = rest.strip()
        return (
            marker.kind not in ("pasal", "bab", "ayat")
            and len(rest) <= self.s.unit_heading_max
            and self.s.unit_heading.match(rest) is not None
            and not rest.endswith((";", ",", ":"))
        )

    def _section(self, st: _State, heading: str, line: Line) -> Section:
        heading = " ".join(heading.split()).rstrip(".:;")
        label = " ".join(lv.cite for lv in st.stack if lv.cite)
        last = st.sections[-1] if st.sections else None
        if last is not None and not last.has_content and last.kind == st.stack[-1].kind:
            last.headings.append(heading)
            last.labels.append(label)
            return last
        section = Section([label], [heading], line.number, st.stack[-1].kind)
        st.sections.append(section)
        return section

    @staticmethod
    def _mark_content(stack: list[_Level]) -> None:
        for level in reversed(stack):
            if level.section is not None:
                level.section.has_content = True
                return

    def _open(self, st: _State, line: Line, start: int) -> Block:
        stack, part = st.stack, st.part
        section = next((lv.section for lv in reversed(stack) if lv.section), None)
        parent = next((lv.block for lv in reversed(stack[:-1]) if lv.block), None)
        cites = [lv.cite for lv in stack if lv.cite and (part != "body" or lv.kind != "bab")]
        where = " ".join(cites) if part == "body" else " ".join(["Lampiran", *cites])
        block = Block(
            where.strip(),
            part,
            [(start, line.start + len(line.text))],
            line.number,
            section,
            parent,
        )
        st.blocks.append(block)
        return block
