"""Download buttons: a table as CSV (and XLSX), a chart as HTML/CSV/SVG, a regulation's text."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd
import streamlit as st

from dashboard import messages
from dashboard.render import exports, svg, tables

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _button(where, label: str, payload: bytes, file_name: str, mime: str, key: str) -> None:
    """One download button that does not rerun the page when pressed."""
    where.download_button(
        label,
        payload,
        file_name=file_name,
        mime=mime,
        key=key,
        icon=":material/download:",
        on_click="ignore",
    )


def csv_download(df: pd.DataFrame, key: str, where=st) -> None:
    """The CSV download of a table; ``where`` is a column or container (default: the page)."""
    _button(
        where, messages.DOWNLOAD_CSV, exports.csv_bytes(df), f"{key}.csv", "text/csv", f"csv-{key}"
    )


def csv_xlsx(df: pd.DataFrame, key: str, sheet: str) -> None:
    """CSV and XLSX downloads of one table, side by side."""
    cols = st.columns(2)
    csv_download(df, key, cols[0])
    _button(
        cols[1],
        messages.DOWNLOAD_XLSX,
        exports.xlsx_bytes(df, sheet),
        f"{key}.xlsx",
        XLSX_MIME,
        f"xlsx-{key}",
    )


def chart_downloads(html: str, edges: Sequence[Mapping], stem: str) -> None:
    """Downloads for a chart: the self-contained HTML, its edges as CSV, and an SVG drawing."""
    cols = st.columns(3)
    _button(
        cols[0],
        messages.DOWNLOAD_HTML,
        html.encode("utf-8"),
        f"{stem}.html",
        "text/html",
        f"html-{stem}",
    )
    csv = exports.csv_bytes(tables.edges_frame(edges))
    _button(cols[1], messages.DOWNLOAD_CSV, csv, f"{stem}.csv", "text/csv", f"chart-csv-{stem}")
    drawing = svg.org_chart_svg(edges).encode("utf-8")
    _button(cols[2], messages.DOWNLOAD_SVG, drawing, f"{stem}.svg", "image/svg+xml", f"svg-{stem}")


def print_download(page_html: str, stem: str) -> None:
    """The print view (``render.print_view``) as an HTML file to open and print."""
    payload = page_html.encode("utf-8")
    _button(
        st, messages.DOWNLOAD_PRINT, payload, f"{stem}-cetak.html", "text/html", f"print-{stem}"
    )
    st.caption(messages.PRINT_HELP)


def source_download(source: Mapping | None) -> None:
    """The regulation's text as read (quotes and offsets point into it), from the graph.

    ``source`` is ``data.source_text``'s row; a graph written before regulations kept
    their text has none, and the page says how to load it again instead.
    """
    if source is None:
        st.info(messages.SOURCE_MISSING, icon=":material/description:")
        return
    name = source["file"]
    _button(
        st,
        messages.DOWNLOAD_SOURCE.format(file=name),
        source["text"].encode("utf-8"),
        name,
        "text/plain",
        f"src-{source['sha256'][:16]}",
    )
