"""Cells of a table of rules, as a text file or a PDF's text layer lays them out.

The clean text collapses whitespace, so the columns are read from the source
lines: cells are split by pipes, by tabs, or by runs of two or more spaces. A
pipe or tab row maps its cells to the header's columns by position in the row;
a space-aligned row (a PDF's text) by where each cell stands on the line. A
line that leaves the row number or a title column empty goes on with the row
before it (a cell spanning lines: "Kepala Subbagian Tata" / "Usaha"), and a
border line ("+----+", "|---|") is skipped. Which header words mean what are
the ``[[table_column]]`` rows of ``structure.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from loader.model import EdgeType
from loader.reading.anchored import anchored

_BORDER = re.compile(r"^[\s|+\-=:]*$")
_SPACED = re.compile(r"\S+(?: \S+)*")  # words split by runs of two or more spaces
_NOTE = re.compile(r"\((?!PPK\))[^()]*\)")
_NUMBER = re.compile(r"^\(?(?:\d{1,3}(?:\.\d{1,3})*|[IVXLivxl]{1,5}|[a-zA-Z])[.)]?$")
NAMED = "named"  # layout of a header read from a sentence (table_forms.py): cells in order
MATRIX = "matrix"  # a matrix's column of an official (table_forms.py): empty in most rows


@dataclass
class Line:
    """One source line of a table: its cells as (start, end, column) in source offsets."""

    start: int
    end: int
    cells: list[tuple[int, int]]
    layout: str  # "pipe" | "tab" | "space"


@dataclass
class Row:
    """A row of rules: per header column, the source pieces of its cell (several when the
    cell spans lines), and the source range the row covers."""

    start: int
    end: int
    pieces: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    explicit: bool = False  # its cells are parted by pipes or tabs: a blank one is blank


def source_line(source: str, start: int, end: int) -> Line | None:
    """The cells of the source line holding ``[start, end)``; None for a border line."""
    a = source.rfind("\n", 0, start) + 1
    b = source.find("\n", end)
    b = len(source) if b < 0 else b
    text = source[a:b]
    if _BORDER.match(text):
        return None
    if "|" in text:
        inner = text.strip()
        offset = a + text.index(inner[0]) if inner else a
        inner = inner[1:] if inner.startswith("|") else inner
        offset += 1 if source[offset] == "|" else 0
        parts, pos = [], offset
        for piece in re.split(r"\|", inner.rstrip("|").rstrip()):
            parts.append(_trimmed(source, pos, pos + len(piece)))
            pos += len(piece) + 1
        return Line(a, b, parts, "pipe")
    if "\t" in text:
        parts, pos = [], a
        for piece in text.split("\t"):
            if piece.strip() or parts:
                parts.append(_trimmed(source, pos, pos + len(piece)))
            pos += len(piece) + 1
        return Line(a, b, parts, "tab")
    cells = [(a + m.start(), a + m.end()) for m in _SPACED.finditer(text.replace("\u00a0", " "))]
    return Line(a, b, cells, "space")


def _trimmed(source: str, start: int, end: int) -> tuple[int, int]:
    piece = source[start:end]
    lead = len(piece) - len(piece.lstrip())
    return start + lead, start + len(piece.rstrip()) if piece.strip() else start + lead


def header_columns(source: str, line: Line, columns) -> list | None:
    """The meaning of each cell of a header line, or None when it is not one: every cell is
    a column name, one names the jabatan and one an edge type."""
    if len(line.cells) < 2:
        return None
    return _meanings([source[a:b] for a, b in line.cells], columns)


def wrapped_header(source: str, first: Line, second: Line, columns) -> list | None:
    """The meanings of a header that pipes or tabs part, wrapped over two lines ("Jabatan
    yang" / "Dinilai"): each column's two pieces are one name. A tab line's leading tabs are
    its empty first cells."""
    if first.layout not in ("pipe", "tab") or second.layout != first.layout or not second.cells:
        return None
    skipped = source.count("\t", second.start, second.cells[0][0]) if first.layout == "tab" else 0
    if len(first.cells) < 2 or skipped + len(second.cells) > len(first.cells):
        return None
    texts = [source[a:b] for a, b in first.cells]
    for k, (a, b) in enumerate(second.cells, start=skipped):
        texts[k] = f"{texts[k]} {source[a:b]}".strip()
    return _meanings(texts, columns)


def ruled_columns(source: str, line: Line, columns) -> list | None:
    """The meanings of a header that a markdown rule underlines ("|---|---|"), where a column
    no row names is one of no edge ("Pemberi Arahan dan Pembinaan"), so long as the columns
    named outnumber it: a rule follows a header only, never a row."""
    if line.layout != "pipe" or len(line.cells) < 3:
        return None
    end = source.find("\n", line.end + 1)
    if not _RULE.fullmatch(source, line.end + 1, len(source) if end < 0 else end):
        return None
    texts = [source[a:b] for a, b in line.cells]
    meanings = [column_meaning(t, columns) if t.strip() else "skip" for t in texts]
    if 2 * meanings.count(None) >= len(meanings):
        return None
    meanings = ["none" if m is None else m for m in meanings]
    return meanings if gives_edges(meanings) else None


_RULE = re.compile(r"[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?)?[ \t]*")


def _meanings(texts: list[str], columns) -> list | None:
    meanings = []
    for text in texts:
        meaning = column_meaning(text, columns) if text.strip() else "skip"
        if meaning is None:
            return None
        meanings.append(meaning)
    return meanings if gives_edges(meanings) else None


def gives_edges(meanings: list) -> bool:
    """True when columns of these meanings make a table of rules: a jabatan column and at
    least one column naming a relation."""
    return "jabatan" in meanings and any(m not in _PLAIN for m in meanings)


_UNTITLED = {"none", "skip", "grade", "note"}  # columns that name no official
_PLAIN = _UNTITLED | {"jabatan"}  # ... nor a relation


def column_meaning(text: str, columns):
    """The meaning of one header cell; a note in brackets is not part of its name
    ("Pejabat Penilai Kinerja (Atasan Langsung)") unless a column row names the two together
    ("Atasan Langsung (Pejabat Penilai Kinerja)": the appraiser, not his superior). A cell
    naming two columns with a slash ("Jabatan/Pegawai yang Dinilai", "Pejabat Penilai
    Kinerja/Atasan Langsung") means what its names mean beside the superior's "none"."""
    if "(" in text and not _NOTE.fullmatch(text.strip()):
        return named_meaning(text, columns) or named_meaning(_NOTE.sub(" ", text), columns)
    found = named_meaning(text, columns)
    if found is not None:
        return found
    if "/" in text:
        meant = [named_meaning(part, columns) for part in text.split("/")]
        kept = list(dict.fromkeys(m for m in meant if m != "none"))
        if len(kept) == 1 and None not in kept:
            return kept[0]
        return _relations(kept)
    return _relations([named_meaning(part, columns) for part in _JOINED.split(text)])


# a column naming two relations of one official: "Pemberi Tugas dan Penilai Kinerja"
_JOINED = re.compile(r"\s*,\s*(?:dan\s+)?|\s+(?:dan|serta|sekaligus)\s+|\s*&\s*", re.IGNORECASE)


def _relations(meant: list):
    """A column's relations when each of its two or more names is one ("Pemberi Penugasan/
    Penilai Kinerja"): the official in its cells takes each; else None."""
    kept = tuple(dict.fromkeys(meant))
    return kept if len(kept) > 1 and all(isinstance(m, EdgeType) for m in kept) else None


def edges_of(meaning) -> tuple:
    """The edge types a column's cells give: none, one, or those of a column naming two."""
    if isinstance(meaning, EdgeType):
        return (meaning,)
    return meaning if isinstance(meaning, tuple) else ()


def named_meaning(text: str, columns):
    for pattern, meaning in columns:
        m = pattern.search(text)
        if m and not (text[: m.start()] + text[m.end() :]).strip(" .:()-0123456789"):
            return meaning
    return None


def names_in_order(text: str, pos: int, columns) -> list:
    """The meanings of the column names written in ``text`` from ``pos``, left to right: at
    each step the earliest name any column row matches (a header line, or a sentence naming
    the columns); an empty match names nothing."""
    found = []
    while True:
        best = None
        for pattern, meaning in columns:
            hit = anchored(pattern).search(text, pos)
            if hit and hit.end() > hit.start() and (best is None or hit.start() < best[0].start()):
                best = (hit, meaning)
        if best is None:
            return found
        found.append(best[1])
        pos = best[0].end()


def assemble(source: str, header: Line, meanings: list, lines: list[Line], group=None, cut=None):
    """The rows of rules under ``header``: each line's cells in their columns, a line that
    leaves the number or a title column empty joined to the row before it, unless it only
    names the unit of the rows below (``group``: "| | Seksi Pemerintahan | | |"), which
    ends the row before and gives none. In a table with no number column, a line also goes
    on with the row before when that row's jabatan was cut (``cut``: "Kepala Seksi Operasi
    dan" / "Pengendalian")."""
    rows: list[Row] = []
    numbered = "skip" in meanings
    titled = [k for k, m in enumerate(meanings) if m not in _UNTITLED and m != MATRIX]
    jabatan = meanings.index("jabatan")
    for line in lines:
        placed = _place(source, header, meanings, line)
        if placed is None:
            continue
        number = next((k for k, m in enumerate(meanings) if m == "skip"), None)
        has_number = number is not None and number in placed
        if has_number and _not_a_number(source, header, placed[number], number):
            continue  # other matter set in the table ("| Paraf | Sekda: ..... |", "Jumlah")
        empty = [k for k in titled if k not in placed]
        goes_on = rows and (
            (numbered and not has_number)
            or (not numbered and (empty or _cut(source, rows[-1], jabatan, cut)))
        )
        if goes_on and group and _names_unit(source, placed, jabatan, group):
            rows.append(Row(line.start, line.end))  # no pieces: a row of no edge
            continue
        if goes_on:
            row = rows[-1]
            row.end = line.end
        else:
            row = Row(line.start, line.end, explicit=line.layout in ("pipe", "tab"))
            rows.append(row)
        for k, piece in placed.items():
            row.pieces.setdefault(k, []).append(piece)
    return rows


def _not_a_number(source: str, header: Line, cell: tuple[int, int], number: int) -> bool:
    """True when a line puts words in the number column a header names ("No", "Nomor")."""
    named = header.layout != NAMED and source[slice(*header.cells[number])].strip()
    return bool(named) and not _NUMBER.match(source[slice(*cell)].strip())


def _cut(source: str, row: Row, jabatan: int, cut) -> bool:
    """True when the jabatan cell of ``row`` ends where a title cannot ("... dan")."""
    pieces = row.pieces.get(jabatan)
    return bool(cut and pieces and cut.search(source[slice(*pieces[-1])]))


def _names_unit(source: str, placed: dict, jabatan: int, group) -> bool:
    """A line with the jabatan cell alone, naming a unit (``group``), not a title's rest."""
    return list(placed) == [jabatan] and bool(group.match(source[slice(*placed[jabatan])]))


def _place(source: str, header: Line, meanings: list, line: Line):
    """Column -> source piece for the non-empty cells of one line (None: not a row)."""
    cells = [c for c in line.cells if c[1] > c[0]]
    if header.layout == NAMED:  # columns named in a sentence: cells by their order
        if len(cells) == len(meanings) + 1 and _NUMBER.match(source[slice(*cells[0])]):
            cells = cells[1:]
        return dict(enumerate(cells)) if len(cells) == len(meanings) else None
    if line.layout == "space" or line.layout != header.layout:
        return {_column_at(header, line, c): c for c in cells}
    placed = dict(enumerate(line.cells))
    lead = len(source[line.start : line.end]) - len(source[line.start : line.end].lstrip("\t"))
    if line.layout == "tab" and lead and len(line.cells) + lead == len(meanings):
        placed = {k + lead: c for k, c in placed.items()}  # blank cells first: "\tKabag Umum"
    elif len(line.cells) == len(meanings) + 1 and _NUMBER.match(source[slice(*line.cells[0])]):
        placed = dict(enumerate(line.cells[1:]))  # a number the header has no column for
    elif len(line.cells) != len(meanings):
        return None
    return {k: c for k, c in placed.items() if c[1] > c[0]}


def _column_at(header: Line, line: Line, cell: tuple[int, int]) -> int:
    """The header column a space-aligned cell stands under: the one its span overlaps most,
    measured from each line's start."""
    a, b = cell[0] - line.start, cell[1] - line.start
    starts = [c[0] - header.start for c in header.cells]
    bounds = [*starts[1:], 10**6]
    overlap = [min(b, e) - max(a, s) for s, e in zip(starts, bounds, strict=True)]
    return max(range(len(starts)), key=lambda k: (overlap[k], -k))
