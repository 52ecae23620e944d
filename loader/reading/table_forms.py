"""More layouts of a table of rules, beside a header line of column names.

- Columns named in a sentence before the rows ("... dalam daftar berikut, kolom kesatu memuat
  jabatan yang dinilai dan kolom kedua memuat pejabat penilai kinerjanya:", "... sebagai
  berikut (jabatan yang dinilai, pejabat penilai kinerja, atasan pejabat penilai kinerja):"):
  the column names are read from the sentence after the words that announce them
  (``named_columns`` of structure.toml's [clause]), and each row's cells, split by tabs or runs
  of spaces, are given to the columns by their place in the row.
- A matrix (a Lampiran's "MATRIKS PEJABAT PENILAI KINERJA"): the header names the jabatan
  column and then officials ("| Jabatan yang Dinilai | Kepala Kantor Wilayah | Kepala Bagian
  Umum |"); a row's cell that names a relation ("PPK", "Pemberi Tugas", by the same
  ``[[table_column]]`` rows a header is read with) gives that relation from the official of
  its column to the row's jabatan.
- Cells written once for several rows: a ditto word ("sda", "idem", a ditto mark) or, in a row
  whose cells pipes or tabs part, a blank cell of a relation every post has (its appraiser, its
  target setter, its assigner: a merged cell that the text gives in its first row only).
"""

from __future__ import annotations

from loader.model import EdgeType
from loader.reading.table_cells import (
    MATRIX,
    NAMED,
    Line,
    column_meaning,
    edges_of,
    gives_edges,
    names_in_order,
)


def sentence_columns(source: str, line: Line, columns, announce) -> tuple | None:
    """A header read from a sentence naming the columns, or None. The sentence ends with a
    colon; the names after ``announce`` give, in order, the jabatan and at least one edge."""
    text = source[line.start : line.end].rstrip()
    if not text.endswith(":"):
        return None
    m = announce.search(text)
    if m is None:
        return None
    meanings = [x for x in names_in_order(text, m.start(), columns) if x != "skip"]
    if not gives_edges(meanings):
        return None
    return Line(line.start, line.end, [], NAMED), meanings


def matrix_columns(source: str, line: Line, columns, members) -> list | None:
    """The meanings of a matrix's header cells ("jabatan", "skip", "none", MATRIX for an
    official's column), or None: the jabatan column first and two officials or more after it.
    Among officials, a title that also names a column ("Koordinator") is an official too. A
    team's members (``members``: "Anggota") are a row's value as often: they open no matrix."""
    if line.layout == "space" or len(line.cells) < 3:
        return None
    meanings = []
    for a, b in line.cells:
        text = source[a:b]
        meaning = column_meaning(text, columns) if text.strip() else "skip"
        if meaning == "jabatan" and members.match(text):
            return None
        meanings.append(MATRIX if meaning is None else meaning)
    titled = [x for x in meanings if x not in ("skip", "none")]
    if not titled or titled[0] != "jabatan" or titled[1:].count(MATRIX) < 2:
        return None
    if not all(x == MATRIX or isinstance(x, EdgeType) for x in titled[1:]):
        return None
    return [MATRIX if isinstance(x, EdgeType) else x for x in meanings]


def matrix_edges(source: str, header: Line, meanings: list, row, read_cell, columns):
    """(edge type, source list) of one matrix row: each official's cell naming a relation."""
    for k, meaning in enumerate(meanings):
        pieces = row.pieces.get(k)
        if meaning != MATRIX or not pieces:
            continue
        text = " ".join(source[a:b] for a, b in pieces).strip()
        edges = edges_of(column_meaning(text, columns)) if text else ()
        if edges and (official := read_cell([header.cells[k]])):
            yield from ((edge, official) for edge in edges)


# Relations every post has: a blank cell of theirs in an explicit row is a merged cell.
_EVERY_POST = (EdgeType.APPRAISES, EdgeType.SETS_PERFORMANCE, EdgeType.ASSIGNS)


def fill_merged(source: str, meanings: list, rows: list, ditto, above: dict) -> None:
    """Give a cell that stands for the one above it that cell's pieces, in place: a ditto
    word (``ditto`` of structure.toml's [clause]), and a blank cell of a relation every post
    has in a row whose cells pipes or tabs part. ``above`` holds the last cell of each column
    (kept across blocks: a numbered row is a block of its own); a row of no pieces (a unit's
    name over the rows below it) ends the run."""
    for row in rows:
        if not row.pieces:
            above.clear()
            continue
        for k, meaning in enumerate(meanings):
            if not (edges := edges_of(meaning)):
                continue
            pieces = row.pieces.get(k)
            if pieces:
                stands_above = ditto.match(" ".join(source[a:b] for a, b in pieces))
            else:
                stands_above = row.explicit and any(e in _EVERY_POST for e in edges)
            if stands_above:
                pieces = above.get(k)
            if pieces:
                row.pieces[k] = above[k] = pieces
            else:
                row.pieces.pop(k, None)
