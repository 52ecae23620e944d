"""The empty-store screen: one button that loads the regulations, with progress."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard import messages
from loader.errors import RegulationError
from loader.graph.load import DEFAULT_DIR, default_paths, load_files
from loader.reading.extract import extract_file
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
def extraction_warnings(source_file: str, sha256: str) -> list[dict]:
    """The reader's warnings for one regulation file (the graph stores only their count).

    ``sha256`` keys the cache, so a changed file is read again.
    """
    try:
        extraction = extract_file(DEFAULT_DIR / source_file)
    except RegulationError as err:
        return [{"where": source_file, "code": "UNREADABLE", "message": str(err)}]
    return [
        {"where": w.where, "code": getattr(w, "code", ""), "message": w.message}
        for w in extraction.warnings
    ]
