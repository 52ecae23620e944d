"""Ringkasan: the regencies and regulations loaded, and what was read from each."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import loading, messages, resources, widgets
from dashboard.render import tables

OVERVIEW_HEADERS = {
    "regency": messages.REGENCY_PICKER,
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
    cols[0].metric(messages.REGENCY_PICKER, df[messages.REGENCY_PICKER].nunique())
    cols[1].metric("Jabatan", int(df["Jabatan"].sum()))
    cols[2].metric("Relasi", int(df["Relasi"].sum()))
    widgets.table(df, "ringkasan-peraturan", what="peraturan yang dimuat")

st.subheader(messages.SUMMARY_EDGES)
counts = widgets.run_query(store, "edge_counts_by_regulation")
if counts is not None:
    widgets.table(tables.edge_count_pivot(counts.rows), "relasi-per-jenis")

st.subheader(messages.SUMMARY_WARNINGS)
if overview is not None:
    found = [
        {"Peraturan": row["regulation"], "Letak": w["where"], "Peringatan": w["message"]}
        for row in overview.rows
        if row["warnings"]
        for w in loading.extraction_warnings(row["source_file"], row["sha256"])
    ]
    widgets.table(
        pd.DataFrame(found, columns=["Peraturan", "Letak", "Peringatan"]),
        "peringatan",
        what="peringatan ekstraksi",
    )

st.subheader(messages.SUMMARY_SOURCES)
if overview is not None:
    widgets.source_links(overview.rows)
