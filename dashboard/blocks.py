"""What pages show of query results: tables (with their CSV), citation blocks, page links.

Pages stay thin by calling these; the pure building happens in ``render/``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd
import streamlit as st

from dashboard import data, downloads, messages
from dashboard.render import tables
from dashboard.render.citation import citation_html, provision_html, quote_span
from dashboard.render.links import provision_href, provision_params

SOURCES_PAGE = "views/sources.py"  # relative to app.py, as st.navigation registers it
SNIPPET = 140  # characters of a provision shown under its link; Sumber Hukum shows it whole
LINK_COLUMN = "_ketentuan"  # the edge table's link column (its header is EDGE_LINK_COLUMN)


def table(df: pd.DataFrame, key: str, *, truncated: bool = False, what: str = "") -> None:
    """A table with its CSV download; an empty one says what was searched instead."""
    if df.empty:
        st.info(messages.NO_RESULT.format(what=what or "pilihan ini"))
        return
    if truncated:
        st.caption(messages.TRUNCATED.format(count=len(df)))
    st.dataframe(tables.blanks(df), hide_index=True, width="stretch")
    downloads.csv_download(df, key)


def edge_table(edges: Sequence[Mapping], key: str, *, what: str = "") -> None:
    """The edge table with a first column that opens each edge's provision in Sumber Hukum.

    The link column is for the page only; the CSV holds the edges as ``edges_frame`` has them.
    """
    df = tables.edges_frame(edges)
    if df.empty:
        st.info(messages.NO_RESULT.format(what=what or "pilihan ini"))
        return
    shown = tables.blanks(df)
    shown.insert(
        0, LINK_COLUMN, [provision_href(e.get("provision_uid"), e.get("quote")) for e in edges]
    )
    st.dataframe(
        shown,
        hide_index=True,
        width="stretch",
        column_config={
            LINK_COLUMN: st.column_config.LinkColumn(
                messages.EDGE_LINK_COLUMN, display_text=messages.EDGE_LINK_TEXT, width="medium"
            )
        },
    )
    downloads.csv_download(df, key)


def linked_provision(store, provision_uid: str, quote: str, regulation: str) -> None:
    """The provision a link opened, whole, its quote marked, at the top of Sumber Hukum."""
    found = data.call(store.query, "provision_texts", {"uids": [provision_uid]})
    if not found or not found.rows:
        return
    row = found.rows[0]
    st.subheader(messages.LINKED_PROVISION)
    where = row.get("where") or ""
    st.html(provision_html(where, row["text"], quote, regulation))
    if quote_span(row["text"], quote) is None:
        st.caption(messages.QUOTE_NOT_FOUND)


def provision_link(row: Mapping, searched: str) -> None:
    """A provision found by a search, as a link to it in Sumber Hukum (its words marked)."""
    st.page_link(
        SOURCES_PAGE,
        label=row["where"] or messages.NO_WHERE,
        query_params=provision_params(row["uid"], searched),
        icon=":material/menu_book:",
    )
    text = " ".join(row["text"].split())
    st.caption(text if len(text) <= SNIPPET else text[:SNIPPET].rstrip() + " …")


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


def citation(where: str | None, quote: str | None, regulation: str = "") -> None:
    """One citation block (article and quote), or the note that the finding has none."""
    if where or quote:
        st.html(citation_html(where or "", quote or "", None, regulation))
    else:
        st.caption(messages.NO_CITATION)


def rule_blocks(rules: Sequence[Mapping]) -> None:
    """Provisions as citation blocks, the cue that placed each under its topic highlighted."""
    for rule in rules:
        st.html(citation_html(rule["where"], rule["mark"], rule["text"], rule["regulation"]))


def provision_links(hops: Sequence[Mapping]) -> None:
    """A link to each distinct provision of ``hops`` on the Sumber Hukum page, its quote marked."""
    seen = set()
    for hop in hops:
        uid = hop.get("provision_uid")
        if uid and uid not in seen:
            seen.add(uid)
            st.page_link(
                SOURCES_PAGE,
                label=messages.OPEN_PROVISION.format(where=hop["where"]),
                query_params=provision_params(uid, hop.get("quote")),
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
