"""Streamlit pieces shared by the people pages: the roster check, data-layer calls, downloads.

The pages read the regency's roster snapshot (``checks.roster.snapshot``: read once, shared by
every people page until the roster or the regulation changes) through ``widgets.call`` (a
failure is shown, not raised) and say how to import a roster when the regency has none.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import streamlit as st

from checks.roster import Roster
from checks.roster import snapshot as read_snapshot
from dashboard import messages, widgets
from dashboard.render import people
from dashboard.render.citation import citation_html
from queries.store import GraphStore


def roster(store: GraphStore, regency: str, *, stop: bool = True) -> Mapping | None:
    """The regency's Roster row; without one, the import hint (and the page stops if asked)."""
    found = widgets.run_query(store, "roster_list")
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
    found = widgets.call(read_snapshot, store, regency)
    if found is None:
        if stop:
            st.stop()
        return None
    if found.truncated:
        st.warning(messages.SNAPSHOT_TRUNCATED.format(regency=regency))
    return found


def downloads(df: pd.DataFrame, key: str, sheet: str) -> None:
    """CSV and XLSX downloads of one table."""
    cols = st.columns(2)
    widgets.csv_download(df, key, cols[0])
    cols[1].download_button(
        messages.DOWNLOAD_XLSX,
        people.xlsx_bytes(df, sheet),
        file_name=f"{key}.xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        key=f"xlsx-{key}",
        icon=":material/download:",
        on_click="ignore",
    )


def citation(where: str | None, quote: str | None, regulation: str = "") -> None:
    """One citation block (article and quote), or the note that the finding has none."""
    if where or quote:
        st.html(citation_html(where or "", quote or "", None, regulation))
    else:
        st.caption(messages.NO_CITATION)
