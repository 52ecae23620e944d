"""Ringkasan: the regencies and regulations loaded, and what was read from each."""

from __future__ import annotations

import streamlit as st

from dashboard import messages, resources, widgets
from dashboard.render import tables

OVERVIEW_HEADERS = {
    "regency": "Kabupaten",
    "regulation": "Peraturan",
    "unit_types": "Jenis unit",
    "named_units": "Unit bernama",
    "positions": "Jabatan",
    "edges": "Relasi",
    "warnings": "Peringatan",
}

store = resources.get_store()
st.title(messages.PAGE_TITLES["summary"])
st.caption(messages.SUMMARY_INTRO)

overview = widgets.run_query(store, "regulation_overview")
if overview is not None:
    df = tables.frame(list(OVERVIEW_HEADERS), overview.rows, OVERVIEW_HEADERS)
    cols = st.columns(3)
    cols[0].metric("Kabupaten", df["Kabupaten"].nunique())
    cols[1].metric("Jabatan", int(df["Jabatan"].sum()))
    cols[2].metric("Relasi", int(df["Relasi"].sum()))
    widgets.table(df, "ringkasan-peraturan", what="peraturan yang dimuat")

st.subheader(messages.SUMMARY_EDGES)
counts = widgets.run_query(store, "edge_type_counts")
if counts is not None:
    widgets.table(tables.edge_count_pivot(counts.rows), "relasi-per-jenis")

st.subheader(messages.SUMMARY_WARNINGS)
warnings = widgets.run_query(store, "extraction_warnings")
if warnings is not None:
    headers = {"regulation": "Peraturan", "where": "Letak", "message": "Peringatan"}
    widgets.rows_table(warnings, "peringatan", headers=headers, what="peringatan ekstraksi")

st.subheader(messages.SUMMARY_SOURCES)
if overview is not None:
    widgets.source_links(overview.rows)
