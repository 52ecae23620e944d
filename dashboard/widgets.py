"""Streamlit drawing shared by the pages: tables with CSV download, charts, citation blocks.

Pages stay thin by calling these; the pure building happens in ``render/``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import pandas as pd
import streamlit as st

from dashboard import messages
from dashboard.render import chart, rows, svg, tables
from dashboard.render.citation import citation_html
from loader.graph.load import DEFAULT_DIR
from queries.errors import QueryError
from queries.store import GraphStore

CHOSEN_REGENCY = "_regency"  # session key that outlives the picker widget
SOURCES_PAGE = "views/sources.py"  # relative to app.py, as st.navigation registers it


def run_query(store: GraphStore, name: str, params: Mapping | None = None):
    """The named query's Rows, or None after showing the error (pages then stop drawing)."""
    return call(store.query, name, dict(params or {}))


def call(fn: Callable, *args):
    """``fn(*args)`` of the data layer, or None after showing its QueryError."""
    try:
        return fn(*args)
    except QueryError as err:
        messages.show_error(err)
        return None


def table(df: pd.DataFrame, key: str, *, truncated: bool = False, what: str = "") -> None:
    """A table with its CSV download; an empty one says what was searched instead."""
    if df.empty:
        st.info(messages.NO_RESULT.format(what=what or "pilihan ini"))
        return
    if truncated:
        st.caption(messages.TRUNCATED.format(count=len(df)))
    st.dataframe(tables.blanks(df), hide_index=True, width="stretch")
    csv_download(df, key)


def csv_download(df: pd.DataFrame, key: str, where=st) -> None:
    """The CSV download of a table; ``where`` is a column or container (default: the page)."""
    where.download_button(
        messages.DOWNLOAD_CSV,
        tables.csv_bytes(df),
        file_name=f"{key}.csv",
        mime="text/csv",
        key=f"csv-{key}",
        icon=":material/download:",
        on_click="ignore",
    )


def rows_table(found, key: str, *, headers: Mapping[str, str] | None = None, what: str = ""):
    """``Rows`` as a table (their own column order) with CSV download."""
    df = tables.frame(found.columns, found.rows, headers)
    table(df, key, truncated=found.truncated, what=what)


def citations(hops: Sequence[Mapping], regulation_key: str = "regulation") -> None:
    """One citation block per hop: article and the quote highlighted in its provision."""
    for hop in hops:
        st.html(
            citation_html(
                hop.get("where") or "",
                hop.get("quote") or "",
                hop.get("provision_text"),
                hop.get(regulation_key) or "",
            )
        )


def regency_names(store: GraphStore) -> list[str]:
    """The regencies loaded, by name; empty after showing the error when the store fails."""
    found = run_query(store, "regency_list")
    return [row["regency"] for row in found.rows] if found is not None else []


def regency_picker(store: GraphStore) -> None:
    """The shared sidebar picker; pages read the choice with ``current_regency()``.

    The choice is kept under its own key too: Streamlit drops a widget's state when
    the page changes, and the analyst's regency should follow them across pages.
    """
    names = regency_names(store)
    if not names:
        return
    kept = st.session_state.get(CHOSEN_REGENCY)
    index = names.index(kept) if kept in names else 0
    choice = st.selectbox(messages.REGENCY_PICKER, names, index=index, key="regency")
    st.session_state[CHOSEN_REGENCY] = choice


def current_regency() -> str:
    """The regency chosen in the sidebar; a page without one stops with a hint."""
    regency = st.session_state.get(CHOSEN_REGENCY)
    if not regency:
        st.info(messages.PICK_REGENCY)
        st.stop()
    return regency


def same_kind_index(labels: Sequence[str], label: str | None) -> int:
    """Index of the unit type named like ``label`` (the same kind in another regency), else 0."""
    if label:
        wanted = label.casefold()
        for i, candidate in enumerate(labels):
            if candidate.casefold() == wanted:
                return i
        first = wanted.split()[0]
        for i, candidate in enumerate(labels):
            if candidate.casefold().startswith(first):
                return i
    return 0


def unit_options(store: GraphStore, regency: str) -> dict[str, dict]:
    """Unit types and named units of ``regency`` for the org-chart picker ({} after an error)."""
    unit_types = run_query(store, "unit_types", {"regency": regency})
    units = run_query(store, "units", {"regency": regency})
    if unit_types is None or units is None:
        return {}
    return rows.unit_options(unit_types.rows, units.rows)


def chart_downloads(html: str, edges: Sequence[Mapping], stem: str) -> None:
    """Downloads for a chart: the self-contained HTML, its edges as CSV, and an SVG drawing."""
    cols = st.columns(3)
    cols[0].download_button(
        messages.DOWNLOAD_HTML,
        html.encode("utf-8"),
        f"{stem}.html",
        mime="text/html",
        key=f"html-{stem}",
        icon=":material/download:",
        on_click="ignore",
    )
    csv = tables.csv_bytes(tables.edges_frame(edges))
    cols[1].download_button(
        messages.DOWNLOAD_CSV,
        csv,
        f"{stem}.csv",
        mime="text/csv",
        key=f"chart-csv-{stem}",
        icon=":material/download:",
        on_click="ignore",
    )
    cols[2].download_button(
        messages.DOWNLOAD_SVG,
        svg.org_chart_svg(edges).encode("utf-8"),
        f"{stem}.svg",
        mime="image/svg+xml",
        key=f"svg-{stem}",
        icon=":material/download:",
        on_click="ignore",
    )


def rule_blocks(rules: Sequence[Mapping]) -> None:
    """Provisions as citation blocks, the cue that placed each under its topic highlighted."""
    for rule in rules:
        st.html(citation_html(rule["where"], rule["mark"], rule["text"], rule["regulation"]))


def provision_links(hops: Sequence[Mapping]) -> None:
    """A link to each distinct provision of ``hops`` on the Sumber Hukum page."""
    seen = set()
    for hop in hops:
        uid = hop.get("provision_uid")
        if uid and uid not in seen:
            seen.add(uid)
            st.page_link(
                SOURCES_PAGE,
                label=messages.OPEN_PROVISION.format(where=hop["where"]),
                query_params={"peraturan": hop.get("regulation_uid", ""), "pasal": uid},
                icon=":material/menu_book:",
            )


def source_links(regulations: Sequence[Mapping]) -> None:
    """One link per regulation to its text on the Sumber Hukum page."""
    for row in regulations:
        st.page_link(
            SOURCES_PAGE,
            label=f"{row['regulation']} ({row.get('source_file', '')})",
            query_params={"peraturan": row["regulation_uid"]},
            icon=":material/description:",
        )


SCHEMA_KINDS = {
    "labels": "Label",
    "relationship types": "Jenis relasi",
    "property keys": "Properti",
}


def source_download(source_file: str) -> None:
    """The regulation's text exactly as loaded (quotes and offsets point into it)."""
    path = DEFAULT_DIR / source_file
    st.download_button(
        messages.DOWNLOAD_SOURCE.format(file=source_file),
        path.read_bytes(),
        source_file,
        mime="text/plain",
        key=f"src-{source_file}",
        icon=":material/description:",
        on_click="ignore",
    )


def schema_panel(store: GraphStore) -> None:
    """Labels, relationship types and property keys, for writing console queries."""
    st.subheader(messages.SCHEMA_TITLE)
    found = run_query(store, "schema")
    if found is None:
        return
    for row in found.rows:
        names = ", ".join(f"`{name}`" for name in row["names"] or [])
        st.markdown(f"**{SCHEMA_KINDS.get(row['kind'], row['kind'])}**: {names}")


def result_chart(edges: Sequence[Mapping], positions: Sequence[Mapping]) -> None:
    """Console results that hold nodes or paths, drawn as a chart."""
    st.subheader(messages.RESULT_GRAPH)
    st.iframe(chart.org_chart_html(edges, positions), height=560, alt=messages.CHART_ALT)
