"""Rekonsiliasi: appraiser on record vs the one the regulation implies, per employee."""

from __future__ import annotations

import streamlit as st

from checks.people import reconciliation
from dashboard import blocks, downloads, messages, people_ui, pickers, resources, urlstate
from dashboard.render import people, people_rows, tables

PROVISIONS_SHOWN = 50  # citation blocks under the table; the table and downloads hold every row

store = resources.get_store()
st.title(messages.PAGE_TITLES["reconciliation"])
st.caption(messages.RECON_INTRO)
regency = pickers.current_regency()
people_ui.roster(store, regency)
roster = people_ui.snapshot(store, regency)
rows = people_rows.reconciliation_rows(roster, reconciliation(roster))

counts = people.status_counts(rows)
for col, (status, count) in zip(st.columns(len(counts)), counts.items(), strict=True):
    col.metric(status, count)

cols = st.columns([2, 2, 2])
units = urlstate.filter_select(
    cols[0],
    "unit",
    messages.FILTER_UNIT,
    people.units_of(rows),
    key="rek_unit",
)
statuses = urlstate.filter_select(
    cols[1],
    "status",
    messages.FILTER_STATUS,
    list(counts),
    key="rek_status",
)
text = urlstate.bound(cols[2].text_input, "cari", messages.FILTER_TEXT, key="rek_q")
chosen = people.filter_reconciliation(rows, units, statuses, text)
if not chosen:
    st.info(messages.EMPTY_FILTER)
    st.stop()

frame = people.reconciliation_frame(chosen)
st.dataframe(tables.blanks(frame), hide_index=True, width="stretch")
downloads.csv_xlsx(frame, f"rekonsiliasi-{regency.lower().replace(' ', '-')}", "Rekonsiliasi")

with st.expander(messages.RECON_PROVISIONS.format(count=len(chosen))):
    for row in chosen[:PROVISIONS_SHOWN]:
        demo = " · DEMO" if row.get("demo") else ""
        st.markdown(f"**{row['nama']}** ({row['nip']}) — {row['status']}{demo}")
        blocks.citation(row.get("where"), row.get("quote"))
    if len(chosen) > PROVISIONS_SHOWN:
        st.caption(messages.RECON_PROVISIONS_MORE.format(shown=PROVISIONS_SHOWN))
