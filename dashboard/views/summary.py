"""Ringkasan: the regencies and regulations loaded, and what was read from each."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import blocks, data, loading, messages, resources
from dashboard.render import tables

OVERVIEW_HEADERS = {
    "regency": messages.REGENCY_PICKER,
    "regulation": "Peraturan",
    "source_file": "Berkas",
    "unit_types": "Jenis unit",
    "named_units": "Unit bernama",
    **messages.COUNT_HEADERS,
    "warnings": "Peringatan",
}

store = resources.get_store()
st.title(messages.PAGE_TITLES["summary"])
st.caption(messages.SUMMARY_INTRO)

overview = data.call(store.query, "regulation_overview", {})
if overview is not None:
    df = tables.frame(list(OVERVIEW_HEADERS), overview.rows, OVERVIEW_HEADERS)
    cols = st.columns(5)
    cols[0].metric(messages.REGENCY_PICKER, df[messages.REGENCY_PICKER].nunique())
    for col, header in zip(cols[1:], messages.COUNT_HEADERS.values(), strict=True):
        col.metric(header, int(df[header].sum()))
    st.caption(messages.COUNTS_NOTE)
    blocks.table(df, "ringkasan-peraturan", what="peraturan yang dimuat")

st.subheader(messages.SUMMARY_EDGES)
counts = data.call(store.query, "edge_counts_by_regulation", {})
if counts is not None:
    blocks.table(tables.edge_count_pivot(counts.rows), "relasi-per-jenis")

st.subheader(messages.SUMMARY_WARNINGS)
if overview is not None:
    found = [
        {
            "Peraturan": row["regulation"],
            "Letak": w["where"],
            "Peringatan": messages.warning_text(w["code"]),
        }
        for row in overview.rows
        if row["warnings"]
        for w in loading.extraction_warnings(store, row["regulation_uid"], row["sha256"])
    ]
    blocks.table(
        pd.DataFrame(found, columns=["Peraturan", "Letak", "Peringatan"]),
        "peringatan",
        what="peringatan ekstraksi",
    )

st.subheader(messages.SUMMARY_SOURCES)
if overview is not None:
    blocks.source_links(overview.rows)
