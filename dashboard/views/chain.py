"""Rantai Akuntabilitas: from a position up to the top, per edge type, every hop cited."""

from __future__ import annotations

import streamlit as st

from dashboard import messages, resources, widgets
from dashboard.render import chain, rows
from dashboard.render.palette import EDGE_STYLES
from loader.model import JENJANG

store = resources.get_store()
st.title(messages.PAGE_TITLES["chain"])
regency = widgets.current_regency()

text = st.text_input(messages.POSITION_SEARCH, value="Kepala Seksi", key="chain_q")
jenjang = st.selectbox(
    messages.JENJANG_PICKER,
    ["", *JENJANG],
    key="chain_jenjang",
    format_func=lambda j: j or messages.ALL_JENJANG,
)
found = widgets.run_query(store, "position_search", {"regency": regency, "q": text.strip()})
labels = rows.position_options(found.rows) if found is not None else {}
if not labels:
    st.info(messages.NO_RESULT.format(what=f"jabatan “{text}” di {regency}"))
    st.stop()

uid = st.selectbox(messages.POSITION_PICKER, list(labels), format_func=labels.get, key="chain_p")
edges = widgets.run_query(store, "upward_edges", {"uid": uid})
if edges is None:
    st.stop()

for edge_type, style in EDGE_STYLES.items():
    paths = chain.chains(edges.rows, uid, edge_type.value, jenjang or None)
    st.subheader(style.label)
    if not paths:
        st.caption(messages.NO_CHAIN)
        continue
    for path in paths:
        with st.expander(chain.chain_label(path), expanded=len(paths) == 1):
            widgets.citations(path)
            widgets.provision_links(path)
