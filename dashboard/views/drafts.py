"""Draf: what-if copies of a unit type or a whole regulation, their diff, charts and checks."""

from __future__ import annotations

import streamlit as st

from corrections import storage
from dashboard import (
    corrections_page,
    corrections_ui,
    data,
    drafts_ui,
    editing,
    messages,
    resources,
)
from dashboard.render import correction_tables

store = resources.get_store()
editor, regency, reg = corrections_page.page_head(store, "drafts", messages.DRAFTS_INTRO)
with st.expander(messages.DRAFT_NEW):
    drafts_ui.create_ui(store, regency, reg, editor)
kept = data.call(storage.drafts, store, regency)
items = data.call(storage.corrections, store, regency)
if kept is None or items is None:
    st.stop()
draft = drafts_ui.pick_ui(kept)
if draft is None:
    st.info(messages.NO_DRAFTS.format(regency=correction_tables.md(regency)))
    drafts_ui.structure_checks_ui(store, regency, reg["uid"], None, items)
    st.stop()
scope = drafts_ui.scope_ui(store, regency, draft)
if scope is None:
    st.stop()
unit_type, name = scope
with st.expander(messages.DRAFT_EDIT):
    st.markdown(f"**{messages.DRAFT_ADD}**")
    corrections_ui.add_ui(store, regency, reg, editor, draft.name, unit_type)
    st.markdown(f"**{messages.EDIT_EDGE}**")
    corrections_ui.edit_ui(store, regency, reg, editor, draft.name, unit_type)
    mine = [c for c in items if c.draft == draft.name]
    corrections_ui.list_ui(mine, editor, store, "draf-ubah")
found = drafts_ui.structures(store, unit_type, items, draft)
if found is None:
    st.stop()
before, after, positions = found
drafts_ui.diff_ui(before, after, draft, items)
drafts_ui.charts_ui(before, after, positions, draft, name)
drafts_ui.structure_checks_ui(store, regency, draft.regulation, draft, items)
drafts_ui.people_checks_ui(store, regency, draft, items)
pressed = st.button(messages.DRAFT_DELETE, key="draf_hapus", disabled=not editor.allowed)
if pressed:
    editing.write(storage.delete_draft, store, draft.name, editor)
