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

found = widgets.run_query(store, "team_provisions", params)
if found is not None:
    rules = teams.team_rules(found.rows)
    topics = [name for name, _ in teams.TOPICS] + [teams.OTHER]
    for i, topic in enumerate(topics):
        part = [rule for rule in rules if rule["topic"] == topic]
        if part:
            with st.expander(f"{topic} ({len(part)})", expanded=i == 0):
                widgets.rule_blocks(part)
    st.subheader(messages.TEAMS_TABLE)
    widgets.table(
        teams.team_rules_frame(rules), "tim-ketentuan", what=f"ketentuan tim kerja di {regency}"
    )

st.subheader(messages.TEAMS_EDGES)
edges = widgets.run_query(store, "team_edges", params)
if edges is not None:
    widgets.table(
        tables.edges_frame(edges.rows),
        "tim-relasi",
        truncated=edges.truncated,
        what=f"relasi ketua tim dan rekomendasi penilaian di {regency}",
    )
