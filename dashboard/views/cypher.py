"""Konsol Cypher: read-only ad-hoc queries with saved Indonesian templates and the schema."""

from __future__ import annotations

import streamlit as st

from dashboard import console, messages, resources, widgets
from queries.errors import QueryError

store = resources.get_store()
st.title(messages.PAGE_TITLES["cypher"])
limits = console.limits(store.settings)
gate = resources.get_gate(store)
st.caption(messages.console_limits(store.settings, **limits))

with st.sidebar:
    widgets.schema_panel(store)

names = list(console.TEMPLATES)
choice = st.selectbox(messages.TEMPLATE_PICKER, names, key="cypher_template")
template = console.TEMPLATES[choice]
text = st.text_area(messages.QUERY_EDITOR, template.text, height=180, key=f"q-{choice}")
regency = st.session_state.get(widgets.CHOSEN_REGENCY)
params_text = st.text_area(
    messages.PARAMS_EDITOR,
    console.params_for(template, regency),
    height=80,
    key=f"p-{choice}-{regency}",
)

if st.button(messages.RUN_QUERY, type="primary", key="run"):
    try:
        params = console.parse_params(params_text)
        waiting = st.empty()
        with gate.slot(
            resources.session_id(),
            wait_s=2 * limits["timeout_ms"] / 1000,
            on_wait=lambda running: waiting.info(messages.CONSOLE_WAIT.format(running=running)),
        ):
            rows = store.run_readonly(text, params, **limits)
        waiting.empty()
    except (QueryError, ValueError) as err:
        messages.show_error(err, query=text)
        st.stop()
    widgets.rows_table(rows, "hasil-kueri", what="kueri ini")
    edges, positions = console.graph_rows(rows)
    if positions:
        widgets.result_chart(edges, positions)
