"""Bagan Organisasi: the hierarchical chart of one unit type or named unit, with its edges."""

from __future__ import annotations

import streamlit as st

from dashboard import messages, resources, widgets
from dashboard.render import chart, tables
from dashboard.render.palette import EDGE_STYLES
from loader.model import JENJANG

store = resources.get_store()
st.title(messages.PAGE_TITLES["org_chart"])
regency = widgets.current_regency()

units = widgets.run_query(store, "unit_choices", {"regency": regency})
if units is None or not units.rows:
    st.info(messages.NO_RESULT.format(what=f"jenis unit di {regency}"))
    st.stop()

labels = {row["uid"]: row["label"] for row in units.rows}
unit_uid = st.selectbox(messages.UNIT_PICKER, list(labels), format_func=labels.get, key="unit")
types = st.pills(
    messages.EDGE_TYPE_PICKER,
    [t.value for t in EDGE_STYLES],
    selection_mode="multi",
    default=[t.value for t in EDGE_STYLES],
    format_func=lambda t: EDGE_STYLES[t].label,
    key="edge_types",
)
jenjang = st.selectbox(
    messages.JENJANG_PICKER,
    ["", *JENJANG],
    key="jenjang",
    format_func=lambda j: j or messages.ALL_JENJANG,
)

rows = widgets.run_query(store, "org_chart_edges", {"unit": unit_uid})
if rows is None:
    st.stop()
edges = chart.filter_edges(rows.rows, types, jenjang or None)
if not edges:
    st.info(messages.NO_RESULT.format(what=f"relasi terpilih di {labels[unit_uid]}"))
    st.stop()

html = chart.org_chart_html(edges, title=f"{labels[unit_uid]} — {regency}")
st.iframe(html, height=760, alt=messages.CHART_ALT)
widgets.chart_downloads(html, edges, f"bagan-{unit_uid.replace('/', '-')}")
st.subheader(messages.EDGE_TABLE)
widgets.table(tables.edges_frame(edges), f"relasi-{unit_uid.replace('/', '-')}")
