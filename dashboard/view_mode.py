"""The sidebar switch: the structure as corrected by the analysts (default) or as extracted.

Kept in the session under its own key, so the choice follows the analyst across pages;
``dashboard.data`` reads it for every structure it reads, ``dashboard.editing`` for the edges
a page draws (issue 15).
"""

from __future__ import annotations

import streamlit as st

from dashboard import messages

AS_CORRECTED = "_as_corrected"  # session key: outlives the sidebar toggle across pages


def view_toggle() -> None:
    """The sidebar switch between the structure as corrected (default) and as extracted."""
    kept = st.session_state.get(AS_CORRECTED, True)
    choice = st.toggle(messages.VIEW_TOGGLE, value=kept, key="as_corrected")
    st.session_state[AS_CORRECTED] = choice


def as_corrected() -> bool:
    return st.session_state.get(AS_CORRECTED, True)
