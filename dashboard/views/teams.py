"""Tim Lintas Unit: what each regulation says about cross-unit teams, with citations."""

from __future__ import annotations

import streamlit as st

from dashboard import messages, resources, widgets
from dashboard.render import tables, teams

store = resources.get_store()
st.title(messages.PAGE_TITLES["teams"])
st.caption(messages.TEAMS_INTRO)
regency = widgets.current_regency()
params = {"regency": regency}

rules = widgets.run_query(store, "team_provisions", params)
if rules is not None:
    df = teams.team_rules_frame(rules.rows)
    for topic, _ in (*teams.TOPICS, (teams.OTHER, ())):
        part = df[df["Topik"] == topic]
        if not part.empty:
            st.subheader(topic)
            widgets.table(part.drop(columns="Topik"), f"tim-{topic[:20].replace(' ', '-')}")

st.subheader(messages.TEAMS_EDGES)
edges = widgets.run_query(store, "team_edges", params)
if edges is not None:
    widgets.table(
        tables.edges_frame(edges.rows),
        "tim-relasi",
        truncated=edges.truncated,
        what=f"relasi ketua tim dan rekomendasi penilaian di {regency}",
    )
