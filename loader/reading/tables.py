"""Rules given as a table: one row per jabatan, one column per relation.

Some regulations state who appraises, assigns or coordinates whom in a table
("| Jabatan | Pemberi Penugasan | Pejabat Penilai Kinerja | Atasan ... |", in
a text file as markdown pipes, tabs, or plain spaces as a PDF's text layer
gives them). The header names each column: the jabatan the row is about, a
column per edge type, columns that give no edge (a number, the appraiser's
superior). Which header words mean what are the ``[[table_column]]`` rows of
``structure.toml``. A row gives its edges when its titles, in reading order,
are as many as the header's title columns; its cells' grades are conditions.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from loader.model import EdgeType
from loader.reading.mentions import ListReader

_NO_LEAD = re.compile(r"^[\s|]*$")


def table_edges(lists: ListReader, lines: list[tuple[int, int]], columns, state: list) -> Iterator:
    """(edge type, source list, target list, (start, end) of the row) for each table row.

    ``lines`` are the clean ranges of the block's lines; ``columns`` the column rows
    (pattern, meaning) where meaning is "jabatan", "none", "skip" or an EdgeType. ``state``
    holds the header across blocks (a numbered row is a block of its own): [header or None].
    """
    header = state[0]
    for start, end in lines:
        if header is None:
            header = _header(lists.text[start:end], columns)
            state[0] = header
            continue
        row = [i for i, m in enumerate(lists.mentions) if start <= m.start and m.end <= end]
        if len(row) != len(header):
            if not row and lists.text[start:end].strip(" |-:"):
                header = None  # the table ended
            continue
        state[0] = header
        cells = [lists.forward(i, _cell_end(lists, row, k, end)) for k, i in enumerate(row)]
        target = cells[header.index("jabatan")]
        for meaning, source in zip(header, cells, strict=True):
            if isinstance(meaning, EdgeType):
                yield meaning, source, target, (start, end)
    state[0] = header


def _cell_end(lists: ListReader, row: list[int], k: int, end: int) -> int:
    return lists.mentions[row[k + 1]].start if k + 1 < len(row) else end


def is_header(line: str, columns) -> bool:
    """True when ``line`` is the header of a table of rules."""
    return _header(line, columns) is not None


def _header(line: str, columns) -> list | None:
    """The meanings of a header line's title columns, in order; None if it is not one."""
    if not any(p.search(line) for p, meaning in columns if meaning == "jabatan"):
        return None  # most lines: no column of the jabatan, no header
    found = []
    pos = 0
    while pos < len(line):
        best = None
        for pattern, meaning in columns:
            m = pattern.search(line, pos)
            if m and (best is None or m.start() < best[0].start()):
                best = (m, meaning)
        if best is None:
            break
        found.append(best[1])
        pos = best[0].end()
    rest = line
    for pattern, _ in columns:
        rest = pattern.sub(" ", rest)
    if rest.strip(" |\t.:-0123456789"):
        return None  # a header holds column names only; a sentence naming them is not one
    titled = [m for m in found if m != "skip"]
    if "jabatan" not in titled or not any(isinstance(m, EdgeType) for m in titled):
        return None
    return titled


def clean_lines(index: list[int], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The clean ranges of a block's source lines (``CleanText.index`` maps clean to source)."""
    out = []
    for start, end in spans:
        a, b = bisect.bisect_left(index, start), bisect.bisect_left(index, end)
        if b > a:
            out.append((a, b))
    return out
