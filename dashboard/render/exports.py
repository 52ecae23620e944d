"""Spreadsheet-safe downloads: every CSV and XLSX the dashboard offers passes through here.

Each cell and header goes through the project's one formula guard, ``loader.cells.safe_cell``
(a cell a spreadsheet would run as a formula gets a leading apostrophe).
"""

from __future__ import annotations

import io

import pandas as pd

from loader.cells import FORMULA_STARTS, safe_cell

__all__ = ["FORMULA_STARTS", "csv_bytes", "safe_cell", "safe_frame", "xlsx_bytes"]


def safe_frame(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``df`` with every cell and header made safe by :func:`safe_cell`."""
    out = df.map(safe_cell)
    out.columns = [safe_cell(c) for c in df.columns]
    return out


def csv_bytes(df: pd.DataFrame) -> bytes:
    """CSV with a byte-order mark so spreadsheet programs read the Indonesian text as UTF-8.

    Rows end in CRLF (RFC 4180), which also makes the writer quote a cell holding a CR.
    """
    return safe_frame(df).to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")


def xlsx_bytes(df: pd.DataFrame, sheet: str = "Data") -> bytes:
    """One sheet holding ``df`` (header row bold, as openpyxl writes it), as .xlsx bytes."""
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        safe_frame(df).to_excel(writer, sheet_name=sheet[:31], index=False)
        sheet_ws = writer.sheets[sheet[:31]]
        for column in sheet_ws.columns:
            width = max((len(str(c.value or "")) for c in column[:200]), default=8)
            sheet_ws.column_dimensions[column[0].column_letter].width = min(max(width, 8), 60)
    return buffer.getvalue()
