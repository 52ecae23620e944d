"""What pages show of query results: tables (with their CSV), citation blocks, page links.

Pages stay thin by calling these; the pure building happens in ``render/``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd
import streamlit as st

from dashboard import downloads, messages
from dashboard.render import tables
from dashboard.render.citation import citation_html

SOURCES_PAGE = "views/sources.py"  # relative to app.py, as st.navigation registers it


def table(df: pd.DataFrame, key: str, *, truncated: bool = False, what: str = "") -> None:
    """A table with its CSV download; an empty one says what was searched instead."""
    if df.empty:
        st.info(messages.NO_RESULT.format(what=what or "pilihan ini"))
        return
    if truncated:
        st.caption(messages.TRUNCATED.format(count=len(df)))
    st.dataframe(tables.blanks(df), hide_index=True, width="stretch")
    downloads.csv_download(df, key)


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
