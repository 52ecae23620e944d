"""Reading a regulation file and building a clean view that maps back to the source.

Quotes must be verbatim slices of the file as Python reads it with universal
newlines (issue 3), yet the rules want to see "Pejabat  Fungsional" and
"Pejabat\\n\\nFungsional" alike. :class:`CleanText` therefore keeps, for every
character of the normalised text, the offset it came from in the source.
"""

from __future__ import annotations

import bisect
import codecs
import functools
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from loader.errors import UnreadableFile
from loader.limits import limit, megabytes

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
    """The file's bytes, or :class:`UnreadableFile` saying why they cannot be had.

    Only a regular file is opened (a FIFO would block for ever, ``/dev/zero``
    never ends), and at most ``SK_FILE_MAX_MB`` of it is read: a file that is
    longer, or grows while read, is refused rather than exhausting memory.
    """
    name = str(path)
    try:
        cap = megabytes("SK_FILE_MAX_MB")
        mode = os.stat(path).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError
        if not stat.S_ISREG(mode):
            raise UnreadableFile(
                name, "not a regular file (a pipe, device or socket is never read)"
            )
        with open(path, "rb") as handle:
            raw = handle.read(cap + 1)
    except FileNotFoundError:
        raise UnreadableFile(name, "file not found") from None
    except IsADirectoryError:
        raise UnreadableFile(name, "is a directory, not a file") from None
    except OSError as err:
        raise UnreadableFile(name, f"cannot be read ({err.strerror})") from None
    except ValueError as err:
        raise UnreadableFile(name, str(err)) from None
    if len(raw) > cap:
        raise UnreadableFile(name, _too_big("SK_FILE_MAX_MB"))
    return raw


def _too_big(setting: str) -> str:
    return f"larger than {limit(setting)} MB ({setting} raises the limit)"


def decode(name: str, raw: bytes) -> str:
    """The text of ``raw``: UTF-8, or UTF-16 with or without its byte-order mark."""
    if not raw.strip():
        raise UnreadableFile(name, "file is empty")
    try:
        cap = megabytes("SK_TEXT_MAX_MB")
    except ValueError as err:
        raise UnreadableFile(name, str(err)) from None
    if len(raw) > cap:
        raise UnreadableFile(name, f"text {_too_big('SK_TEXT_MAX_MB')}")
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return _universal_newlines(raw.decode(encoding))
    utf16 = _utf16_without_bom(raw)
    if utf16 is not None:
        return _universal_newlines(utf16)
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


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 text saved without a byte-order mark (some Windows tools), else None.

    Latin-script UTF-16 has a zero byte in every other position: mostly the odd
    ones (little-endian) or the even ones (big-endian), almost never both.
    """
    sample = raw[:65536]
    if len(sample) < 4 or len(raw) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    encoding = "utf-16-le" if odd > 0.4 * half > 4 * even else None
    encoding = encoding or ("utf-16-be" if even > 0.4 * half > 4 * odd else None)
    if encoding is None:
        return None
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError:
        return None
    return None if _BINARY.search(text[:65536].encode("utf-8")) else text


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
_IRREGULAR = re.compile(rf"{_GAP}{{2,}}|[^\S ]|[\u200b\ufeff\u00ad*_`]| $")
_SPACE = re.compile(r"[\s\u200b\ufeff]")
# a word broken at the line's end ("penilai-"), with a hyphen or a PDF's soft hyphen (U+00AD,
# dropped inside a line: "Sekre\u00adtaris")
_WORD_BREAK = re.compile("[^\\W\\d_][-\u00ad]$")


def _hyphenated(source: str, end: int, following: int | None) -> tuple[int, bool]:
    """(characters dropped, halves joined) at the end of the line ending at ``end``: a word
    broken there that the next line goes on with in lower case is joined without its hyphen
    ("penilai-" / "an" -> "penilaian"), a reduplicated word with it ("Perundang-" / "undangan"
    -> "Perundang-undangan", "masing-" / "masing"); (0, False) for any other line end."""
    if following is None or not _WORD_BREAK.search(source, max(0, end - 3), end):
        return 0, False
    lead = _LEADING.match(source, following)
    at = lead.end() if lead else following
    nxt = _WORD.match(source, at)
    if nxt is None or not source[at].islower():
        return 0, False
    before = _WORD_BEFORE.search(source, max(0, end - 40), end - 1)
    if before and reduplicated(before.group(0).casefold(), nxt.group(0).casefold()):
        return 0, True
    return 1, True


_WORD = re.compile(r"[^\W\d_]+")
_WORD_BEFORE = re.compile(r"[^\W\d_]+$")


def reduplicated(left: str, right: str) -> bool:
    """True when ``right`` repeats ``left`` or four letters or more of its end ("masing" /
    "masing", "perundang" / "undangan"); a syllable repeated is no reduplication ("statis" /
    "tisi" is "Statistisi" broken)."""
    return left == right or any(
        left.endswith(right[:k]) for k in range(min(len(left), len(right)), 3, -1)
    )


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
        for n, (start, end) in enumerate(spans):
            cut, joined = _hyphenated(source, end, spans[n + 1][0] if n + 1 < len(spans) else None)
            end -= cut  # "penilai-" / "an kinerja": the word goes on without its hyphen
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
            if not spaced and not joined:
                clean_at.append(size)
                source_at.append(end)
                parts.append(" ")
                size, spaced = size + 1, True
        text = "".join(parts).rstrip(" ")
        self.text = text
        self.source = source
        self._clean_at = clean_at
        self._source_at = source_at

    @functools.cached_property
    def index(self) -> list[int]:
        """The source offset of every clean character (built on first use: few callers need
        more than :meth:`offset`)."""
        out: list[int] = []
        ends = [*self._clean_at[1:], len(self.text)][: len(self._clean_at)]
        for clean, source, end in zip(self._clean_at, self._source_at, ends, strict=True):
            out.extend(range(source, source + max(0, min(end, len(self.text)) - clean)))
        return out

    def rebase(self, text: str, index: list[int]) -> None:
        """Take ``text`` as the clean text, ``index`` giving each character's source offset
        (a mended OCR slip, ``loader/reading/ocr.py``)."""
        self.text, self.__dict__["index"] = text, index
        self._clean_at = [i for i in range(len(index)) if i == 0 or index[i] != index[i - 1] + 1]
        self._source_at = [index[i] for i in self._clean_at]

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
