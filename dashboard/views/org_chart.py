"""Bagan Organisasi: the hierarchical chart of one unit type or named unit, with its edges."""

from __future__ import annotations

import streamlit as st

from checks.chart import chart_edges
from dashboard import blocks, data, downloads, editing, messages, pickers, resources, urlstate
from dashboard.render import chart, print_view, rows
from dashboard.render.palette import EDGE_STYLES
from loader.model import JENJANG, EdgeType

LONG_NAME = 100  # characters: a unit type named by the units it groups (Tabalong: 1,137)
QUERIES = {"unit_type": ("org_chart_unit_type", "unit_type"), "unit": ("org_chart_unit", "unit")}

store = resources.get_store()
st.title(messages.PAGE_TITLES["org_chart"])
regency = pickers.current_regency()
options = data.unit_options(store, regency)
if not options:
    st.stop()

left, right = st.columns([2, 1])
uid = urlstate.bound(
    left.selectbox,
    "unit",
    messages.UNIT_PICKER,
    options=list(options),
    key="unit",
    format_func=lambda u: options[u]["label"],
)
jenjang = urlstate.bound(
    right.selectbox,
    "jenjang",
    messages.JENJANG_PICKER,
    options=["", *JENJANG],
    key="jenjang",
    format_func=lambda j: j or messages.ALL_JENJANG,
)
types = urlstate.bound(
    st.pills,
    "relasi",
    messages.EDGE_TYPE_PICKER,
    options=[t.value for t in EDGE_STYLES],
    selection_mode="multi",
    default=[t.value for t in EDGE_STYLES],
    multi=True,
    format_func=lambda t: EDGE_STYLES[t].label,
    key="edge_types",
)

# The picker and the chart's title show one shortened line of a long unit-type name.
if len(options[uid]["type_name"]) > LONG_NAME:
    with st.expander(messages.FULL_UNIT_NAME):
        st.markdown(options[uid]["type_name"])

name, param = QUERIES[options[uid]["kind"]]
found = data.call(store.query, name, {param: uid})
if found is None:
    st.stop()
all_edges, positions = rows.org_chart(found.rows)
all_edges = editing.corrected(store, regency, all_edges, home=uid)
structure = data.structure(store, options[uid]["regulation"]) if jenjang else None
if jenjang and structure is None:
    st.stop()
drawn = chart_edges(structure, all_edges, jenjang) if structure else all_edges
edges = chart.of_types(editing.marked(store, regency, drawn), types)
title = f"{options[uid]['label']} — {regency}"
stem = "bagan-" + uid.rsplit("/", 1)[-1]
html = chart.org_chart_html(edges, positions, title=title)
linked = chart.org_chart_html(edges, positions, title=title, link_hint=messages.EDGE_LINK_HINT)
st.iframe(linked, height=760, alt=messages.CHART_ALT)
downloads.chart_downloads(html, edges, stem)
filters = messages.PRINT_FILTERS.format(
    jenjang=jenjang or messages.ALL_JENJANG,
    types=", ".join(EDGE_STYLES[EdgeType(t)].label for t in types or []) or "-",
)
downloads.print_download(
    print_view.org_chart_page(
        edges,
        title=options[uid]["label"],
        meta=messages.PRINT_META.format(regency=regency, filters=filters),
        texts=messages.PRINT_TEXTS,
    ),
    stem,
)
st.subheader(messages.EDGE_TABLE)
blocks.edge_table(edges, stem, what=f"relasi terpilih di {options[uid]['label']}")
