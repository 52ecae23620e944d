"""The people pages' roster check (which roster the figures come from, or how to import one)
and the regency's roster snapshot (``checks.roster.snapshot``: read once, shared by every people
page until the roster or the regulation changes)."""

from __future__ import annotations

from collections.abc import Mapping

import streamlit as st

from checks.roster import Roster
from checks.roster import snapshot as read_snapshot
from checks.what_if import corrections_used
from dashboard import data, editing, messages
from dashboard.view_mode import as_corrected
from queries.store import GraphStore


def roster(store: GraphStore, regency: str, *, stop: bool = True) -> Mapping | None:
    """The regency's Roster row; without one, the import hint (and the page stops if asked)."""
    found = data.call(store.query, "roster_list", {})
    if found is None:
        st.stop()
    row = next((r for r in found.rows if r["regency"] == regency), None)
    if row is None:
        st.info(messages.NO_ROSTER.format(regency=regency), icon=":material/group_off:")
        if stop:
            st.stop()
        return None
    if row.get("demo"):
        st.warning(messages.ROSTER_DEMO.format(regency=regency), icon=":material/science:")
    files = ", ".join(row.get("files") or [])
    st.caption(
        messages.ROSTER_SOURCE.format(files=files, employees=row["employees"], teams=row["teams"])
    )
    return row


def snapshot(store: GraphStore, regency: str, *, stop: bool = True) -> Roster | None:
    """The regency's roster snapshot; without one (the error shown), the page stops if asked."""
    editing.view_note(store, regency)
    found = data.call(read_snapshot, store, regency, "", as_corrected())
    if found is None:
        if stop:
            st.stop()
        return None
    if found.truncated:
        st.warning(messages.SNAPSHOT_TRUNCATED.format(regency=regency))
    editing.used_ids_note(store, regency, corrections_used(found))
    return found
