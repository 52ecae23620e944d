"""Tim Lintas Unit: the regency's teams (lead, members by home unit, their appraisers), then
what each regulation says about cross-unit teams, with citations."""

from __future__ import annotations

import streamlit as st

from checks.people import reconciliation, team_members
from dashboard import blocks, data, messages, people_ui, pickers, resources, urlstate
from dashboard.render import chart, people, people_rows, tables, team_chart, teams

store = resources.get_store()
st.title(messages.PAGE_TITLES["teams"])
st.caption(messages.TEAMS_INTRO)
regency = pickers.current_regency()
params = {"regency": regency}

st.header(messages.TEAMS_WORK)
if people_ui.roster(store, regency, stop=False) is not None:
    roster = people_ui.snapshot(store, regency, stop=False)
    members = people_rows.team_rows(team_members(roster)) if roster else []
    recon = people_rows.reconciliation_rows(roster, reconciliation(roster)) if roster else []
    options = people.team_options(members)
    if roster is not None and not options:
        st.info(messages.NO_TEAMS.format(regency=regency))
    elif options:
        kode = urlstate.bound(
            st.selectbox,
            "tim",
            messages.TEAM_PICKER,
            options=list(options),
            format_func=options.get,
            key="tim",
        )
        known = people.by_nip(recon)
        rows = people.team_members(people.team_rows(members, kode), known)
        summary = people.team_summary(rows)
        st.markdown(people.team_summary_markdown(summary))
        st.caption(messages.TEAM_CHART_NOTE)
        st.iframe(
            team_chart.team_chart_html(
                rows, known, title=options[kode], status=messages.TEAM_CHART_STATUS, height=520
            ),
            height=chart.frame_height(520),
            alt=messages.TEAM_CHART_ALT,
        )
        st.subheader(messages.TEAM_MEMBERS)
        blocks.table(people.team_members_frame(rows), f"tim-{kode}", what=options[kode])

st.header(messages.TEAMS_PROVISIONS)

found = data.call(store.query, "team_provisions", params)
if found is not None:
    rules = teams.team_rules(found.rows)
    topics = [name for name, _ in teams.TOPICS] + [teams.OTHER]
    for i, topic in enumerate(topics):
        part = [rule for rule in rules if rule["topic"] == topic]
        if part:
            with st.expander(f"{topic} ({len(part)})", expanded=i == 0):
                blocks.rule_blocks(part)
    st.subheader(messages.TEAMS_TABLE)
    blocks.table(
        teams.team_rules_frame(rules), "tim-ketentuan", what=f"ketentuan tim kerja di {regency}"
    )

st.subheader(messages.TEAMS_EDGES)
edges = data.call(store.query, "team_edges", params)
if edges is not None:
    blocks.table(
        tables.edges_frame(edges.rows),
        "tim-relasi",
        truncated=edges.truncated,
        what=f"relasi ketua tim dan rekomendasi penilaian di {regency}",
    )
