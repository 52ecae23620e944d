"""The empty-store screen: one button that loads the regulations, with progress."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard import messages
from loader.errors import RegulationError
from loader.graph.load import default_paths, load_files
from loader.reading.extract import extract_text
from queries.errors import QueryError
from queries.store import GraphStore


def load_ui(store: GraphStore) -> None:
    """Explain the empty store; on click, load every regulation and rerun into the pages."""
    st.title(messages.APP_TITLE)
    st.info(messages.EMPTY_STORE, icon=":material/database:")
    if not st.button(messages.LOAD_BUTTON, type="primary", key="load_regulations"):
        return
    paths = default_paths()
    bar = st.progress(0.0, text=messages.LOADING.format(name="…", done=0, total=len(paths)))

    def progress(done: int, total: int, name: str = "") -> None:
        text = messages.LOADING.format(name=Path(str(name)).name, done=done, total=total)
        bar.progress(min(done / max(total, 1), 1.0), text=text)

    try:
        report = load_files(paths, store, progress=progress)
    except (QueryError, RegulationError) as err:
        messages.show_error(err)
        return
    if report.failed:
        st.warning(messages.LOAD_FAILED.format(names="; ".join(report.problems)))
    st.success(messages.LOAD_DONE.format(count=len(report.loaded)))
    st.button(messages.START_EXPLORING, key="start")


@st.cache_data(show_spinner=False, max_entries=32)
def extraction_warnings(_store: GraphStore, regulation_uid: str, sha256: str) -> list[dict]:
    """The reader's warnings for one regulation (the graph stores only their count).

    Read again from the text kept with the graph (an upload's file may be gone);
    ``regulation_uid`` and ``sha256`` key the cache, so a changed text is read again.
    """
    source = _store.query("source_text", {"regulation": regulation_uid}).rows
    if not source:
        return []
    try:
        extraction = extract_text(source[0]["text"], source[0]["file"], sha256)
    except RegulationError as err:
        return [{"where": source[0]["file"], "message": str(err), "code": "UNREADABLE"}]
    return [{"where": w.where, "message": w.message, "code": w.code} for w in extraction.warnings]
