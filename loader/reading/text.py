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


_TOKEN = re.compile(r"[\s\u00a0\u200b\ufeff]+|[*_`]+|[^\s\u00a0\u200b\ufeff*_`]+")
_LEADING = re.compile(r"^[\s#>*\-•]*(?=\S)")


class CleanText:
    """Whitespace-collapsed text of a source span, with a map back to source offsets.

    Each span is one line (or the rest of one); markdown decoration at its
    start and emphasis marks inside are dropped, runs of any whitespace become
    one space.
    """

    def __init__(self, source: str, spans: list[tuple[int, int]]) -> None:
        chars: list[str] = []
        index: list[int] = []
        for start, end in spans:
            piece = source[start:end]
            lead = _LEADING.match(piece)
            offset = lead.end() if lead else 0
            for m in _TOKEN.finditer(piece, offset):
                token = m.group(0)
                if token[0] in "*_`":
                    continue
                if token.isspace() or token[0] in "\u00a0\u200b\ufeff":
                    if chars and chars[-1] != " ":
                        chars.append(" ")
                        index.append(start + m.start())
                    continue
                chars.append(token)
                index.extend(range(start + m.start(), start + m.end()))
            if chars and chars[-1] != " ":
                chars.append(" ")
                index.append(end)
        text = "".join(chars).rstrip(" ")
        self.text = text
        self.index = index[: len(text)]
        self.source = source

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets covering clean characters ``[start, end)``."""
        return self.index[start], self.index[end - 1] + 1


class LineIndex:
    """1-based line of any offset, by bisection over the line starts."""

    def __init__(self, source: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", source)]

    def line(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset)
