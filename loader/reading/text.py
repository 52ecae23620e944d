"""Reading a regulation file and building a clean view that maps back to the source.

Quotes must be verbatim slices of the file as Python reads it with universal
newlines (issue 3), yet the rules want to see "Pejabat  Fungsional" and
"Pejabat\\n\\nFungsional" alike. :class:`CleanText` therefore keeps, for every
character of the normalised text, the offset it came from in the source.
"""

from __future__ import annotations

import bisect
import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from loader.errors import UnreadableFile

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters other than tab, newline, carriage return and form feed mark a binary file.
_BINARY = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def read_source(path: str | Path) -> str:
    """Return the file's text with universal newlines, or raise :class:`UnreadableFile`."""
    return decode(str(path), read_bytes(path))


def read_bytes(path: str | Path) -> bytes:
    """The file's bytes, or :class:`UnreadableFile` saying why they cannot be had."""
    name = str(path)
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise UnreadableFile(name, "file not found") from None
    except IsADirectoryError:
        raise UnreadableFile(name, "is a directory, not a file") from None
    except OSError as err:
        raise UnreadableFile(name, f"cannot be read ({err.strerror})") from None


def decode(name: str, raw: bytes) -> str:
    if not raw.strip():
        raise UnreadableFile(name, "file is empty")
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return _universal_newlines(raw.decode(encoding))
    if _BINARY.search(raw[:65536]):
        raise UnreadableFile(
            name, "binary file, not text (convert PDFs with 'loader extract FILE.pdf')"
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise UnreadableFile(
            name, f"not UTF-8 text (invalid byte 0x{raw[err.start]:02x} at offset {err.start})"
        ) from None
    return _universal_newlines(text)


def _universal_newlines(text: str) -> str:
    """What ``open(path, encoding=...).read()`` gives: CRLF and lone CR become LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


@dataclass(frozen=True)
class Line:
    number: int  # 1-based
    start: int  # offset of the first character in the source
    text: str  # without the newline


def split_lines(source: str) -> list[Line]:
    lines, offset = [], 0
    for number, text in enumerate(source.split("\n"), start=1):
        lines.append(Line(number, offset, text))
        offset += len(text) + 1
    return lines


# markdown decoration opening a line; used with match(source, start, end), so no "^"
_LEADING = re.compile(r"[\s#>*\-•]*(?=\S)")
# What is not copied as it stands: emphasis marks, and whitespace other than one plain space
# between two characters. Everything between two such runs is copied verbatim (offsets map 1:1).
_GAP = "[\\s\u200b\ufeff*_`]"
_IRREGULAR = re.compile(rf"{_GAP}{{2,}}|[^\S ]|[\u200b\ufeff*_`]| $")
_SPACE = re.compile(r"[\s\u200b\ufeff]")


class CleanText:
    """Whitespace-collapsed text of a source span, with a map back to source offsets.

    Each span is one line (or the rest of one); markdown decoration at its
    start and emphasis marks inside are dropped, runs of any whitespace become
    one space. The map is kept as runs (clean start -> source start) rather than
    one offset per character: most of a line is copied as it stands, so building
    it costs one regex scan per line instead of Python work per word.
    """

    def __init__(self, source: str, spans: list[tuple[int, int]]) -> None:
        parts: list[str] = []
        clean_at: list[int] = []  # clean offset where each run starts
        source_at: list[int] = []  # source offset of that run's first character
        size, spaced = 0, True  # clean length so far; True when empty or ending with a space
        for start, end in spans:
            lead = _LEADING.match(source, start, end)
            pos = lead.end() if lead else start
            for m in _IRREGULAR.finditer(source, pos, end):
                if m.start() > pos:  # verbatim text before the irregular run
                    clean_at.append(size)
                    source_at.append(pos)
                    parts.append(source[pos : m.start()])
                    size += m.start() - pos
                    spaced = False
                space = _SPACE.search(m.group(0))
                if space is not None and not spaced:
                    clean_at.append(size)
                    source_at.append(m.start() + space.start())
                    parts.append(" ")
                    size, spaced = size + 1, True
                pos = m.end()
            if end > pos:
                clean_at.append(size)
                source_at.append(pos)
                parts.append(source[pos:end])
                size += end - pos
                spaced = False
            if not spaced:
                clean_at.append(size)
                source_at.append(end)
                parts.append(" ")
                size, spaced = size + 1, True
        text = "".join(parts).rstrip(" ")
        self.text = text
        self.source = source
        self._clean_at = clean_at
        self._source_at = source_at

    def offset(self, i: int) -> int:
        """Source offset of clean character ``i``."""
        k = bisect.bisect_right(self._clean_at, i) - 1
        return self._source_at[k] + i - self._clean_at[k]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets covering clean characters ``[start, end)``."""
        return self.offset(start), self.offset(end - 1) + 1


class LineIndex:
    """1-based line of any offset, by bisection over the line starts."""

    def __init__(self, source: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", source)]

    def line(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset)
