"""Sumber Hukum: browse and search each regulation's provisions, and the edges each one gives."""

from __future__ import annotations

import streamlit as st

from dashboard import blocks, data, downloads, messages, resources
from dashboard.render import rows, tables

store = resources.get_store()
st.title(messages.PAGE_TITLES["sources"])
regulations = data.call(store.query, "regulation_list", {})
if regulations is None or not regulations.rows:
    st.stop()

labels = {row["uid"]: row["label"] for row in regulations.rows}
wanted = st.query_params.get("peraturan")
uids = list(labels)
regulation = st.selectbox(
    messages.REGULATION_PICKER,
    uids,
    format_func=labels.get,
    index=uids.index(wanted) if wanted in labels else 0,
    key="src_reg",
)
downloads.source_download(data.source_text(store, regulation))
part = st.segmented_control(
    messages.PART_PICKER,
    list(messages.PARTS),
    default="semua",
    format_func=messages.PARTS.get,
    key="src_part",
)
text = st.text_input(messages.FULLTEXT_SEARCH, key="src_q")

found = data.call(
    store.query,
    "provision_search",
    {"regulation": regulation, "q": text.strip(), "part": part or "semua"},
)
if found is None:
    st.stop()
headers = {"where": "Letak", "text": "Ketentuan", "edges": "Relasi"}
df = tables.frame(list(headers), found.rows, headers)
blocks.table(df, "ketentuan", truncated=found.truncated, what=f"“{text}” di {labels[regulation]}")

options = {row["uid"]: row["where"] or messages.NO_WHERE for row in found.rows}
cited = [row["uid"] for row in found.rows if row.get("edges")]
chosen = st.query_params.get("pasal") or (cited[0] if cited else None)
if options:
    keys = list(options)
    uid = st.selectbox(
        messages.PROVISION_PICKER,
        keys,
        format_func=options.get,
        index=keys.index(chosen) if chosen in options else 0,
        key="src_prov",
    )
    st.subheader(messages.PROVISION_EDGES)
    edges = data.call(store.query, "edges_citing_provision", {"provision": uid})
    if edges is not None:
        blocks.table(
            tables.edges_frame(rows.cited_edges(edges.rows)),
            "relasi-ketentuan",
            what=f"relasi yang mengutip {options[uid]}",
        )
