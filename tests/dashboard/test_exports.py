"""Every CSV and XLSX download is formula-neutral (issue 12: 7)."""

from __future__ import annotations

import csv
import io

import openpyxl
import pandas as pd
import pytest

from dashboard import downloads

HOSTILE = ['=HYPERLINK("http://x","klik")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]
EDGE = {
    "source_uid": "a",
    "source": "=1+1",
    "target_uid": "b",
    "target": "@x",
    "type": "APPRAISES",
    "quote": "-kutipan",
}
PLAIN = ["Kepala Seksi", "Pasal 7 ayat (2)", 12, None]


def frame() -> pd.DataFrame:
    return pd.DataFrame({"=Judul": HOSTILE + PLAIN[:2], "n": range(len(HOSTILE) + 2)})


@pytest.fixture
def captured(monkeypatch):
    """The bytes each download button of the page was given, by file name."""
    got = {}

    def button(where, label, payload, file_name, mime, key):
        got[file_name] = payload

    monkeypatch.setattr(downloads, "_button", button)
    return got


def test_csv_and_xlsx_downloads_never_hold_a_formula(captured):
    downloads.csv_xlsx(frame(), "uji", "Uji")
    downloads.chart_downloads("<html></html>", [EDGE], "bagan")
    rows = list(csv.reader(io.StringIO(captured["uji.csv"].decode("utf-8-sig"), newline="")))
    assert rows[0] == ["'=Judul", "n"]
    assert [r[0] for r in rows[1:]] == ["'" + h for h in HOSTILE] + PLAIN[:2]
    chart = captured["bagan.csv"].decode("utf-8-sig")
    assert "'=1+1" in chart and "'@x" in chart
    sheet = openpyxl.load_workbook(io.BytesIO(captured["uji.xlsx"])).active
    cells = [c for row in sheet.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    xml_text = ["'" + h.replace("\r", "\n") for h in HOSTILE]  # XML reads a CR back as LF
    assert [c.value for c in sheet["A"]][1:] == xml_text + PLAIN[:2]
