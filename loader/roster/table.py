"""Roster files (CSV, XLSX) to tables of text cells keyed by field, with every problem located.

Real rosters are exported from e-Kinerja or kept by hand in Excel: a title row
above the header, a unit name merged over its rows, semicolons as separators,
NIPs that Excel turned into numbers. This module finds the header row by its
column names (``roster.toml``), decides whether a table is *pegawai* or *tim*,
fills down single-column vertical merges (noting it) and refuses merges across
columns, and reports each problem as file, row, column, reason.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl

from loader.model import RosterProblem
from loader.roster.bounds import (
    OverLimit,
    cell_over_limit,
    check_cells,
    check_rows,
    check_xlsx,
    read_roster_bytes,
)
from loader.roster.rules import KINDS, RosterRules, header_key

HEADER_SEARCH_ROWS = 20  # a title block above the header is rarely longer than this
NUMBER_NOTE = "angka (Excel menyimpan paling banyak 15 digit; format kolom sebagai Teks)"


@dataclass
class Table:
    """One pegawai or tim table: ``rows`` are (row number, {field: text}) in file order."""

    source: str
    kind: str
    headers: dict[str, str]  # field -> header as written
    rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    problems: list[RosterProblem] = field(default_factory=list)


def read_tables(path: Path, rules: RosterRules) -> tuple[list[Table], list[RosterProblem]]:
    """Every table in ``path``; problems that stop a whole file come back in the second list."""
    name = path.name
    try:
        return _read_tables(name, read_roster_bytes(path), rules)
    except OSError as err:
        return [], [RosterProblem(name, None, None, f"berkas tidak dapat dibaca ({err.strerror})")]
    except (OverLimit, ValueError) as err:  # ValueError: a limit setting that does not parse
        return [], [RosterProblem(name, None, None, str(err))]
    except csv.Error as err:  # the csv module's own cap on a field (131,072 characters)
        reason = str(cell_over_limit()) if "field limit" in str(err) else f"CSV rusak ({err})"
        return [], [RosterProblem(name, None, None, reason)]


def _read_tables(name: str, data: bytes, rules: RosterRules):
    if not data.strip():
        return [], [RosterProblem(name, None, None, "berkas kosong")]
    if data[:4] == b"PK\x03\x04":
        return _xlsx(name, data, rules)
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return [], [RosterProblem(name, None, None, "format .xls lama: simpan ulang sebagai .xlsx")]
    text = _decode(data)
    if text is None:
        return [], [RosterProblem(name, None, None, "bukan CSV atau XLSX yang dapat dibaca")]
    grid = [(n, row, {}) for n, row in enumerate(_csv_rows(text), start=1)]
    check_rows(len(grid))
    check_cells(grid)
    table, problem = _table(name, grid, rules)
    return ([table], []) if table else ([], [problem])


def _decode(data: bytes) -> str | None:
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    for encoding in ("utf-8-sig", "utf-16", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def _csv_rows(text: str) -> list[list[str]]:
    sample = "\n".join(text.splitlines()[:HEADER_SEARCH_ROWS])
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    return list(csv.reader(io.StringIO(text, newline=""), dialect))


def _xlsx(name: str, data: bytes, rules: RosterRules):
    check_xlsx(data)
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as err:
        return [], [RosterProblem(name, None, None, f"XLSX rusak atau bukan XLSX ({err})")]
    tables, skipped = [], []
    for sheet in book.worksheets:
        check_rows(sheet.max_row)
        grid = _sheet_grid(sheet)
        check_cells(grid)
        if not any(any(str(v).strip() for v in row) for _, row, _ in grid):
            continue
        table, problem = _table(f"{name} [{sheet.title}]", grid, rules)
        (tables.append(table) if table else skipped.append(problem))
    if tables:
        return tables, []  # other sheets (notes, lookups) are allowed
    return [], skipped or [RosterProblem(name, None, None, "semua lembar kosong")]


def _sheet_grid(sheet) -> list[tuple[int, list, dict]]:
    """Cell values per row; merged ranges resolved: (row number, values, {col: merge note})."""
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    notes: dict[int, dict[int, tuple[str, bool]]] = {}
    for merged in sheet.merged_cells.ranges:
        r0, c0, r1, c1 = merged.min_row, merged.min_col, merged.max_row, merged.max_col
        top = values[r0 - 1][c0 - 1] if r0 - 1 < len(values) else None
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if r - 1 < len(values) and c - 1 < len(values[r - 1]):
                    values[r - 1][c - 1] = top
                notes.setdefault(r, {})[c - 1] = (merged.coord, c1 > c0)
    return [(n, row, notes.get(n, {})) for n, row in enumerate(values, start=1)]


def _table(source: str, grid, rules: RosterRules) -> tuple[Table | None, RosterProblem]:
    found = _header(grid, rules)
    if found is None:
        wanted = "; ".join(
            f"{kind}: " + ", ".join(c.names[0] for c in rules.columns[kind] if c.required)
            for kind in KINDS
        )
        return None, RosterProblem(
            source, None, None, f"baris judul kolom tidak ditemukan ({wanted})"
        )
    index, kind, columns, missing = found
    header_row, header_cells, _ = grid[index]
    if missing:
        return None, RosterProblem(
            source, header_row, None, f"kolom wajib tidak ada: {', '.join(missing)}"
        )
    table = Table(source, kind, {f: str(header_cells[i]).strip() for f, i in columns.items()})
    for number, cells, notes in grid[index + 1 :]:
        row = {f: _text(cells[i]) if i < len(cells) else "" for f, i in columns.items()}
        if not any(row.values()):
            continue
        if _merge_problems(table, number, notes, columns):
            continue
        if _numeric_nips(table, number, cells, columns):
            continue
        table.rows.append((number, row))
    return table, None


_NIP_FIELDS = ("nip", "recorded_appraiser", "leader", "members")


def _numeric_nips(table: Table, number: int, cells: list, columns: dict[str, int]) -> bool:
    """An 18-digit NIP stored as an Excel number has already lost its last digits."""
    bad = False
    for f in _NIP_FIELDS:
        i = columns.get(f)
        if i is not None and i < len(cells) and isinstance(cells[i], int | float):
            reason = f"NIP tersimpan sebagai {NUMBER_NOTE}"
            table.problems.append(RosterProblem(table.source, number, table.headers[f], reason))
            bad = True
    return bad


def _merge_problems(table: Table, number: int, notes: dict, columns: dict[str, int]) -> bool:
    """A merge across columns makes the row unusable; a vertical one is filled down and noted."""
    bad = False
    for f, i in columns.items():
        if i not in notes:
            continue
        coord, wide = notes[i]
        header = table.headers[f]
        if wide:
            reason = f"sel digabung melintasi kolom ({coord}): pisahkan sel"
            table.problems.append(RosterProblem(table.source, number, header, reason))
            bad = True
        elif not coord.startswith(_cell_name(i, number)):
            note = f"sel digabung {coord}: nilai diisi ke bawah"
            table.problems.append(RosterProblem(table.source, number, header, note, fatal=False))
    return bad


def _cell_name(col: int, row: int) -> str:
    return f"{openpyxl.utils.get_column_letter(col + 1)}{row}"


def _header(grid, rules: RosterRules):
    """The first row naming most required columns of a kind: (index, kind, columns, missing)."""
    best = None
    for index, (_, cells, _) in enumerate(grid[:HEADER_SEARCH_ROWS]):
        keys = [header_key(c) for c in cells]
        for kind in KINDS:
            columns = {}
            for column in rules.columns[kind]:
                hit = next((i for i, k in enumerate(keys) if k in column.names), None)
                if hit is not None:
                    columns[column.field] = hit
            required = [c for c in rules.columns[kind] if c.required]
            missing = [c.names[0] for c in required if c.field not in columns]
            score = len(required) - len(missing)
            if score >= 2 and (best is None or score > best[0]):
                best = (score, (index, kind, columns, missing))
        if best and not best[1][3]:
            break
    return best[1] if best else None


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())
