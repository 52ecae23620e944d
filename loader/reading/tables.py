"""Rules given as a table: rows of jabatan -> Pejabat Penilai Kinerja (-> atasan).

Some regulations state who appraises whom not in sentences but in a table
(in a text file as markdown pipes: "| Jabatan | Pejabat Penilai Kinerja |
Atasan Pejabat Penilai Kinerja |"). Each row gives the appraiser APPRAISES the
jabatan, with the jabatan's grade as the condition. The header words are the
``table_appraised`` / ``table_appraiser`` keys of ``[clause]`` in
``structure.toml``; a column of the appraiser's superior ("Atasan Pejabat
Penilai Kinerja") is recognised by ``table_superior`` and gives no edge (it
decides objections, not appraisals).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from loader.model import EdgeType
from loader.reading.mentions import ListReader, MentionList

_CELL = re.compile(r"\|([^|]*)(?=\|)")
_RULE = re.compile(r"^[\s:\-]+$")  # the markdown line under a header: |---|:--:|


def table_edges(lists: ListReader, clause: dict[str, re.Pattern[str]]) -> Iterator[tuple]:
    """(edge type, source list, target list, (start, end) of the row) for each table row."""
    text = lists.text
    rows = _rows(text)
    for i, row in enumerate(rows):
        columns = _columns(row, clause)
        if columns is None:
            continue
        appraised, appraiser = columns
        for body in rows[i + 1 :]:
            if len(body) != len(row):
                break  # the table ends
            if all(_RULE.match(c[0]) for c in body):
                continue
            target = _cell_list(lists, body[appraised])
            source = _cell_list(lists, body[appraiser])
            if target is not None and source is not None:
                yield EdgeType.APPRAISES, source, target, (body[0][1], body[-1][2])
        return


def _rows(text: str) -> list[list[tuple[str, int, int]]]:
    """Cells between pipes, grouped into rows: in the clean text one row's closing pipe and
    the next one's opening pipe leave a blank cell between them."""
    rows: list[list[tuple[str, int, int]]] = [[]]
    for m in _CELL.finditer(text):
        if m.group(1).strip():
            rows[-1].append((m.group(1), m.start(1), m.end(1)))
        elif rows[-1]:
            rows.append([])
    return [r for r in rows if r]


def _columns(row, clause) -> tuple[int, int] | None:
    """The appraised and appraiser columns of a header row, or None if it is not one."""
    appraised = appraiser = None
    for j, (name, _, _) in enumerate(row):
        if appraised is None and clause["table_appraised"].search(name):
            appraised = j
        elif (
            appraiser is None
            and clause["table_appraiser"].search(name)
            and not clause["table_superior"].search(name)
        ):
            appraiser = j
    return None if appraised is None or appraiser is None else (appraised, appraiser)


def _cell_list(lists: ListReader, cell: tuple[str, int, int]) -> MentionList | None:
    _, start, end = cell
    return lists.after(start, end, _CELL_LEAD)


_CELL_LEAD = re.compile(r"^\s*(?:\d+\.?\s*)?$")
