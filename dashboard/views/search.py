"""Cari Lintas Instansi: a position title, or a provision's words, in every loaded regulation;
the answers per regency side by side, every answer cited, with CSV and XLSX downloads."""

from __future__ import annotations

import streamlit as st

from dashboard import blocks, data, downloads, messages, resources, urlstate
from dashboard.render import search, tables

MIN_CHARS = 3  # fewer letters match nearly every title and provision of every regulation
SHOWN_PER_REGENCY = 20  # provisions listed per regency column; the table holds them all

store = resources.get_store()
st.title(messages.PAGE_TITLES["search"])
st.caption(messages.SEARCH_INTRO)
regencies = data.regency_names(store)
if not regencies:
    st.stop()

kind = urlstate.bound(
    st.radio,
    "jenis",
    messages.SEARCH_KIND,
    options=list(messages.SEARCH_KINDS),
    format_func=messages.SEARCH_KINDS.get,
    horizontal=True,
    key="search_kind",
)
text = urlstate.bound(
    st.text_input, "cari", messages.SEARCH_TEXT, default="Camat", key="search_q"
).strip()
if len(text) < MIN_CHARS:
    st.info(messages.SEARCH_TOO_SHORT.format(n=MIN_CHARS))
    st.stop()
slug = "cari-" + "-".join(text.lower().split())[:40]

if kind == "jabatan":
    found = data.call(store.query, "search_positions", {"q": text})
    if found is None:
        st.stop()
    records = search.position_rows(found.rows, messages.SEARCH_NO_EDGE)
    if not records:
        st.info(messages.NO_RESULT.format(what=f"jabatan “{text}” di peraturan yang dimuat"))
        st.stop()
    st.subheader(messages.SEARCH_SIDE)
    blocks.table(
        search.positions_side_by_side(records, regencies, messages.SEARCH_MISSING),
        f"{slug}-berdampingan",
        truncated=found.truncated,
    )
    st.subheader(messages.SEARCH_ROWS)
    table = search.positions_frame(records)
    st.dataframe(tables.blanks(table), hide_index=True, width="stretch")
    downloads.csv_xlsx(table, slug, messages.PAGE_TITLES["search"][:31])
    st.stop()

found = data.call(store.query, "search_provisions", {"q": text})
if found is None:
    st.stop()
if not found.rows:
    st.info(messages.NO_RESULT.format(what=f"“{text}” di peraturan yang dimuat"))
    st.stop()
if found.truncated:
    st.caption(messages.TRUNCATED.format(count=len(found.rows)))
st.subheader(messages.SEARCH_SIDE)
counts = search.provision_counts(found.rows, regencies)
for col, regency in zip(st.columns(len(regencies)), regencies, strict=True):
    with col:
        st.metric(regency, counts[regency], help=messages.SEARCH_COUNT)  # any issuer's name
        mine = [row for row in found.rows if row["regency"] == regency]
        for row in mine[:SHOWN_PER_REGENCY]:
            blocks.provision_link(row, text)
        if len(mine) > SHOWN_PER_REGENCY:
            st.caption(messages.SEARCH_MORE.format(n=len(mine) - SHOWN_PER_REGENCY))
st.subheader(messages.SEARCH_ROWS)
table = search.provisions_frame(found.rows)
st.dataframe(tables.blanks(table), hide_index=True, width="stretch")
downloads.csv_xlsx(table, slug, messages.PAGE_TITLES["search"][:31])
