"""Sumber Hukum: browse and search each regulation's provisions, and the edges each one gives."""

from __future__ import annotations

import streamlit as st

from dashboard import blocks, data, downloads, editing, messages, resources, urlstate
from dashboard.render import links, rows, tables
from loader.graph.rows import provision_span

store = resources.get_store()
st.title(messages.PAGE_TITLES["sources"])
regulations = data.call(store.query, "regulation_list", {})
if regulations is None or not regulations.rows:
    st.stop()

labels = {row["uid"]: row["label"] for row in regulations.rows}
regencies = {row["uid"]: row["regency"] for row in regulations.rows}
linked = st.query_params.get("pasal")  # a link from an edge: its provision and quote
quote = st.query_params.get(links.QUOTE_PARAM)
regulation = urlstate.bound(
    st.selectbox,
    "peraturan",
    messages.REGULATION_PICKER,
    options=list(labels),
    format_func=labels.get,
    key="src_reg",
)
downloads.source_download(data.source_text(store, regulation))
if linked and quote and links.regulation_of(linked) == regulation:
    blocks.linked_provision(store, linked, quote, labels[regulation])
part = urlstate.bound(
    st.segmented_control,
    "bagian",
    messages.PART_PICKER,
    options=list(messages.PARTS),
    default="semua",
    format_func=messages.PARTS.get,
    key="src_part",
)
text = urlstate.bound(st.text_input, "cari", messages.FULLTEXT_SEARCH, key="src_q")

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
if options:
    uid = urlstate.bound(
        st.selectbox,
        "pasal",
        messages.PROVISION_PICKER,
        options=list(options),
        default=cited[0] if cited else None,
        format_func=options.get,
        key="src_prov",
    )
    st.subheader(messages.PROVISION_EDGES)
    edges = data.call(store.query, "edges_citing_provision", {"provision": uid})
    if edges is not None:
        cited = editing.corrected(
            store, regencies[regulation], rows.cited_edges(edges.rows), span=provision_span(uid)
        )
        blocks.table(
            tables.edges_frame(cited),
            "relasi-ketentuan",
            what=f"relasi yang mengutip {options[uid]}",
        )
    if linked != uid and links.QUOTE_PARAM in st.query_params:
        del st.query_params[links.QUOTE_PARAM]  # another provision chosen: the link is spent
