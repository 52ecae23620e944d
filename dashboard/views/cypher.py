"""Konsol Cypher: read-only ad-hoc queries with saved Indonesian templates and the schema.

The templates are the files of ``queries/console/`` (checked by the catalog); their
``$regency`` follows the sidebar, and nodes and paths in results are shown as words
in the table and drawn as a chart below it.
"""

from __future__ import annotations

import streamlit as st

from dashboard import blocks, console, data, messages, pickers, resources, urlstate
from dashboard.render import chart
from queries.errors import QueryError

RESULT_PX = 460  # the result chart's drawing
SCHEMA_KINDS = {
    "labels": "Label",
    "relationship types": "Jenis relasi",
    "property keys": "Properti",
}


def schema_panel(store) -> None:
    """Labels, relationship types and property keys, for writing console queries."""
    st.subheader(messages.SCHEMA_TITLE)
    found = data.call(store.query, "schema", {})
    if found is None:
        return
    for row in found.rows:
        names = ", ".join(f"`{name}`" for name in row["names"] or [])
        st.markdown(f"**{SCHEMA_KINDS.get(row['kind'], row['kind'])}**: {names}")


def result_chart(rows) -> None:
    """Console results that hold nodes or paths, drawn as a chart."""
    edges, positions = console.graph_rows(rows)
    if positions:
        st.subheader(messages.RESULT_GRAPH)
        st.iframe(
            chart.org_chart_html(edges, positions, height=RESULT_PX),
            height=chart.frame_height(RESULT_PX),
            alt=messages.CHART_ALT,
        )


store = resources.get_store()
st.title(messages.PAGE_TITLES["cypher"])
limits = console.limits(store.settings)
gate = resources.get_gate(store)
st.caption(messages.console_limits(store.settings, **limits))

with st.sidebar:
    schema_panel(store)

templates = console.templates()
choice = urlstate.bound(
    st.selectbox,
    "templat",
    messages.TEMPLATE_PICKER,
    options=list(templates),
    key="cypher_template",
)
st.caption(messages.TEMPLATE_NOTE)
template = templates[choice]
text = st.text_area(messages.QUERY_EDITOR, template.text, height=180, key=f"q-{choice}")
regency = pickers.chosen_regency()
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
    blocks.rows_table(rows, "hasil-kueri", headers=messages.CONSOLE_COLUMNS, what="kueri ini")
    result_chart(rows)
