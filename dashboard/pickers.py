"""The shared selections: the sidebar's regency (kept across pages) and matching unit types."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from dashboard import data, messages, urlstate
from queries.store import GraphStore

CHOSEN_REGENCY = "_regency"  # session key that outlives the picker widget


def regency_picker(store: GraphStore) -> None:
    """The shared sidebar picker; pages read the choice with ``current_regency()``.

    The choice is kept under its own key too: Streamlit drops a widget's state when
    the page changes, and the analyst's regency should follow them across pages.
    """
    names = data.regency_names(store)
    if not names:
        return
    kept = st.session_state.get(CHOSEN_REGENCY)
    choice = urlstate.bound(
        st.selectbox,
        "kabupaten",
        messages.REGENCY_PICKER,
        options=names,
        default=kept if kept in names else names[0],
        key="regency",
    )
    st.session_state[CHOSEN_REGENCY] = choice


def chosen_regency() -> str | None:
    """The sidebar's regency, or None before one is chosen (pages that work without one)."""
    return st.session_state.get(CHOSEN_REGENCY)


def current_regency() -> str:
    """The regency chosen in the sidebar; a page without one stops with a hint."""
    regency = chosen_regency()
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
