"""Pemeriksaan Kepatuhan: the checks of docs/people.md, grouped by code, each finding cited."""

from __future__ import annotations

import streamlit as st

from checks.findings import findings
from dashboard import blocks, messages, people_ui, pickers, resources, urlstate
from dashboard.render import people, people_rows

SHOWN_PER_CODE = 100  # citation blocks per check; the table and CSV hold every finding

store = resources.get_store()
st.title(messages.PAGE_TITLES["compliance"])
st.caption(messages.COMPLIANCE_INTRO)
regency = pickers.current_regency()
people_ui.roster(store, regency)
rows = people_rows.finding_rows(findings(people_ui.snapshot(store, regency)))
if not rows:
    st.success(messages.NO_FINDINGS.format(regency=regency))
    st.stop()

cols = st.columns(2)
present = [code for code, _ in people.findings_by_code(rows)]
codes = urlstate.filter_select(
    cols[0],
    "kode",
    messages.FILTER_CODE,
    present,
    key="cek_kode",
    format_func=lambda c: f"{c} — {messages.FINDINGS.get(c, c)}",
)
units = urlstate.filter_select(
    cols[1],
    "unit",
    messages.FILTER_UNIT,
    people.units_of(rows),
    key="cek_unit",
)
chosen = people.filter_findings(rows, codes, units)
groups = people.findings_by_code(chosen)
st.caption(messages.FINDINGS_COUNT.format(count=len(chosen), codes=len(groups)))
if not chosen:
    st.info(messages.EMPTY_FILTER)
    st.stop()

for code, items in groups:
    with st.expander(f"{code} · {messages.FINDINGS.get(code, code)} ({len(items)})"):
        st.caption(messages.FINDING_HELP.get(code, ""))
        for item in items[:SHOWN_PER_CODE]:
            st.markdown(people.finding_heading(item))
            blocks.citation(item.get("where"), item.get("quote"))
        if len(items) > SHOWN_PER_CODE:
            st.caption(messages.RECON_PROVISIONS_MORE.format(shown=SHOWN_PER_CODE))

st.subheader(messages.FINDINGS_TABLE)
slug = regency.lower().replace(" ", "-")
blocks.table(people.findings_frame(chosen), f"temuan-{slug}", what=regency)
