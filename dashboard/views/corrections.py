"""Koreksi: analyst corrections of one regency's structure -- add, remove, amend, undo, share.

Corrections are their own records (``corrections/``): the extracted edges stay
as they were, every page shows the structure as corrected by default, and the
"tidak cocok lagi" list holds those a changed text no longer matches.
"""

from __future__ import annotations

import streamlit as st

from corrections import storage
from dashboard import blocks, corrections_page, corrections_ui, data, messages, resources
from dashboard.render import correction_tables

store = resources.get_store()
editor, regency, reg = corrections_page.page_head(store, "corrections", messages.CORRECTIONS_INTRO)
items = data.call(storage.corrections, store, regency)
if items is None:
    st.stop()
active, stale = corrections_page.split(items)

st.subheader(messages.ADD_FROM_SENTENCE)
corrections_ui.add_ui(store, regency, reg, editor)
st.subheader(messages.EDIT_EDGE)
corrections_ui.edit_ui(store, regency, reg, editor)
st.subheader(messages.CORRECTIONS_ACTIVE.format(count=len(active)))
corrections_ui.list_ui(active, editor, store, "koreksi-berlaku")
st.subheader(messages.CORRECTIONS_STALE.format(count=len(stale)))
st.caption(messages.STALE_INTRO)
corrections_ui.list_ui(stale, editor, store, "koreksi-tidak-cocok")
corrections_page.files_ui(store, regency, items, editor)
st.subheader(messages.WRITE_LOG)
log = data.call(storage.write_log, store, regency)
if log:
    blocks.table(correction_tables.log_frame(log), "catatan-koreksi")
elif log is not None:
    st.info(messages.NO_LOG)
