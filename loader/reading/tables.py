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
from loader.reading.anchored import anchored
from loader.reading.cell_reader import CellReader
from loader.reading.lists import ListReader
from loader.reading.prefilter import per_object, required_words, rows_in
from loader.reading.table_cells import (
    NAMED,
    Line,
    assemble,
    edges_of,
    header_columns,
    names_in_order,
    ruled_columns,
    source_line,
    wrapped_header,
)
from loader.reading.table_forms import (
    MATRIX,
    fill_merged,
    matrix_columns,
    matrix_edges,
    sentence_columns,
)

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
                yield meaning, source, target, (start, end), ""
    state[0] = header


def _cell_end(lists: ListReader, row: list[int], k: int, end: int) -> int:
    return lists.mentions[row[k + 1]].start if k + 1 < len(row) else end


def is_header(line: str, columns) -> bool:
    """True when ``line`` is the header of a table of rules."""
    return _header(line, columns) is not None


def _header(line: str, columns) -> list | None:
    """The meanings of a header line's title columns, in order; None if it is not one."""
    if not any(anchored(p).search(line) for p, _ in jabatan_columns(columns)):
        return None  # most lines: no column of the jabatan, no header
    if _unnamed(line, columns).strip(" |\t.:-0123456789"):
        return None  # a header holds column names only; a sentence naming them is not one
    titled = [m for m in names_in_order(line, 0, columns) if m not in ("skip", "grade")]
    if "jabatan" not in titled or not any(isinstance(m, EdgeType) for m in titled):
        return None
    return titled


def _unnamed(line: str, columns) -> str:
    """``line`` with each column's name blanked out, column after column; a column one of
    whose needed words (``required_words``) the line no longer holds is not tried: most lines
    asked about are sentences naming a column or two, where blanking all cost a twentieth of
    the reader's time."""
    rest, folded = line, line.casefold()
    for (pattern, _), needs in zip(columns, per_object(_NEEDS, columns, _needs), strict=True):
        if all(any(piece in folded for piece in need) for need in needs):
            rest = pattern.sub(" ", rest)
            folded = rest.casefold()
    return rest


def _needs(columns: tuple) -> tuple:
    return tuple(required_words(pattern) for pattern, _ in columns)


_NEEDS: dict[int, tuple] = {}


def jabatan_columns(columns: tuple) -> tuple:
    """The column rows naming the jabatan a row is about, in table order (kept per table):
    a table's header holds one, and most blocks and lines hold none."""
    return per_object(_JABATAN, columns, lambda rows: tuple(r for r in rows if r[1] == "jabatan"))


_JABATAN: dict[int, tuple] = {}


def clean_lines(index: list[int], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The clean ranges of a block's source lines (``CleanText.index`` maps clean to source)."""
    out = []
    for start, end in spans:
        a, b = bisect.bisect_left(index, start), bisect.bisect_left(index, end)
        if b > a:
            out.append((a, b))
    return out


def cell_table(source: str, block, columns, state: list, read_cell) -> Iterator:
    """(edge type, source list, target list, (start, end) of the row in clean offsets) for the
    rows of a table whose columns the source lines show (pipes, tabs, runs of spaces).

    ``state`` holds the header across blocks, and the cells a row below may stand for (a
    numbered row is a block of its own): [(header line, meanings) or None, {column: pieces}].
    ``read_cell(pieces, jabatan)`` gives the list of titles in a cell's source pieces.
    """
    seen, lines = set(), []
    for a, b in block.spans:
        line = source_line(source, a, b)
        if line is not None and line.start not in seen:
            seen.add(line.start)
            lines.append(line)
    found = state[0]
    above = state[1] if found is not None else {}
    table: list[Line] = []
    clause = read_cell.rules.structure.clause
    announce, members = clause["named_columns"], clause["member_column"]
    before = None
    for line in lines:
        meanings = (
            header_columns(source, line, columns)
            or matrix_columns(source, line, columns, members)
            or ruled_columns(source, line, columns)
        )
        if meanings is None and found is None:
            found = sentence_columns(source, line, columns, announce)
            wrapped = found is None and before and wrapped_header(source, before, line, columns)
            found, before = ((before, wrapped) if wrapped else found), line
            continue
        if meanings is not None:
            yield from _rows(source, block, found, table, read_cell, above)
            found, table, above = (line, meanings), [], {}
        elif found is not None and _in_table(found[0], line):
            table.append(line)
        elif found is not None:
            yield from _rows(source, block, found, table, read_cell, above)
            found, table, above = None, [], {}
    yield from _rows(source, block, found, table, read_cell, above)
    state[0], state[1] = found, above


def _in_table(header: Line, line: Line) -> bool:
    """A line of the table under ``header``: laid out like it, and in a space-aligned table no
    cell running across a column's start (a sentence after the table)."""
    if header.layout == NAMED:  # rows under a sentence naming the columns: two cells or more
        return sum(b > a for a, b in line.cells) >= 2
    if line.layout != header.layout:
        return line.layout == "space" and header.layout == "tab" and len(line.cells) == 1
    if line.layout != "space":
        return True
    starts = [c[0] - header.start for c in header.cells[1:]]
    return not any(
        any(a - line.start < s - 1 < b - line.start - 1 for s in starts) for a, b in line.cells
    )


def _rows(source: str, block, found, table: list[Line], read_cell, above: dict) -> Iterator:
    if found is None or not table:
        return
    header, meanings = found
    index = block.clean.index
    clause = read_cell.rules.structure.clause
    rows = assemble(source, header, meanings, table, clause["table_group"], clause["table_cut"])
    fill_merged(source, meanings, rows, clause["table_ditto"], above)
    for row in rows:
        note = _cell(row, meanings, "note")
        grades = (_cell(row, meanings, "grade") or []) + (note or []) or None
        target = (
            read_cell(jabatan, grades, True)
            if (jabatan := _cell(row, meanings, "jabatan"))
            else None
        )
        if not target:
            continue
        situation = read_cell.situation(note) if note else ""
        span = (bisect.bisect_left(index, row.start), bisect.bisect_left(index, row.end))
        if note and (recommender := read_cell.recommender(note)):
            yield EdgeType.RECOMMENDS_APPRAISAL, recommender, target, span, situation
        if MATRIX in meanings:
            columns = read_cell.rules.structure.table_columns
            for edge, official in matrix_edges(source, header, meanings, row, read_cell, columns):
                yield edge, official, target, span, situation
            continue
        for k, meaning in enumerate(meanings):
            pieces = row.pieces.get(k)
            if (edges := edges_of(meaning)) and pieces and (source_list := read_cell(pieces)):
                for edge in edges:
                    yield edge, source_list, target, span, situation


def _cell(row, meanings: list, meaning: str):
    """The source pieces of the row's cell in the column of ``meaning``, if any."""
    return row.pieces.get(meanings.index(meaning)) if meaning in meanings else None


def block_rows(block, folded: str, rules, slots, unknown: list, states, lists) -> list:
    """The rows of a table of rules in one block (most blocks hold none): columns read from
    the source lines (``cell_table``), else titles in reading order under a header line
    (``table_edges``). ``states`` are the two readers' headers carried across blocks."""
    table, cells = states
    columns = rules.structure.table_columns
    text = block.clean.text
    waiting = table[0] is not None or cells[0] is not None
    jabatan = rows_in(folded, jabatan_columns(columns))
    if not waiting and not any(anchored(p).search(text) for p, _ in jabatan):
        return []
    reader = CellReader(block, rules, slots, unknown)
    rows = list(cell_table(block.clean.source, block, columns, cells, reader))
    if not rows and cells[0] is None:
        lines = clean_lines(block.clean.index, block.spans)
        if table[0] is not None or any(is_header(text[a:b], columns) for a, b in lines):
            rows = list(table_edges(lists(block), lines, columns, table))
    return rows
