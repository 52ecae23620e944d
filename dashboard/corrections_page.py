"""The Koreksi and Draf pages' frame: the head (editor, regulation), files, links from a review.

``page_head`` draws what both pages start with; ``files_ui`` exports and imports corrections;
``sentence_links`` puts "tambahkan relasi dari kalimat ini" under a review report.
"""

from __future__ import annotations

import streamlit as st

from corrections import files, sentences, storage
from corrections.model import Correction, Status
from dashboard import chrome, data, editing, messages, pickers
from dashboard.render import correction_tables

CORRECTIONS_PAGE = "views/corrections.py"  # relative to app.py, as st.navigation registers it


def page_head(store, page: str, intro: str) -> tuple[storage.Editor, str, dict]:
    """Title and intro, the editor in the sidebar, the note of a write just made, and the
    (regency, regulation) to work on; the page stops when there is none."""
    st.title(messages.PAGE_TITLES[page])
    st.write(intro)
    with st.sidebar:
        editor = editing.editor_ui()
    editing.written_note()
    chosen = regulation_ui(store)
    if chosen is None:
        st.stop()
    return editor, *chosen


def regulation_ui(store) -> tuple[str, dict] | None:
    """(regency, regulation row with sha256) to correct; None when there is none.

    A ``peraturan`` URL parameter (the links of Unggah Peraturan) picks the
    regulation, and its regency becomes the sidebar's; else the sidebar's regency.
    """
    found = data.call(store.query, "regulation_list", {})
    hashes = data.call(store.regulation_hashes)
    if found is None or hashes is None:
        return None
    by_uid = {r["uid"]: r for r in found.rows}
    wanted = st.query_params.get("peraturan")
    if wanted in by_uid:
        st.session_state[pickers.CHOSEN_REGENCY] = by_uid[wanted]["regency"]
    regency = pickers.current_regency()
    mine = [uid for uid, r in by_uid.items() if r["regency"] == regency]
    if not mine:
        return None
    uid = st.selectbox(
        messages.REGULATION_PICKER,
        mine,
        index=mine.index(wanted) if wanted in mine else 0,
        format_func=lambda u: by_uid[u]["label"],
        key="kor_reg",
    )
    row = by_uid[uid]
    return regency, row | {"sha256": hashes.get(row["source_file"], "")}


def sentence_links(review) -> None:
    """Under a review report: "tambahkan relasi dari kalimat ini" for each unread sentence and
    unknown title, opening Koreksi with the sentence's span pre-filled (once the file is loaded).
    """
    found = sentences.review_sentences(review)
    if not found:
        return
    uid = review.extraction.regulation.uid
    with st.expander(f"{messages.ADD_FROM_SENTENCE} ({len(found)})"):
        st.caption(messages.ADD_NEEDS_LOAD)
        for s in found:
            st.page_link(
                CORRECTIONS_PAGE,
                label=f"{messages.ADD_FROM_THIS}: {correction_tables.sentence_label(s)}",
                query_params={"peraturan": uid, "kalimat": f"{s['start']}-{s['end']}"},
                icon=":material/add_link:",
            )


def files_ui(store, regency: str, items: list[Correction], editor: storage.Editor) -> None:
    """Export the regency's corrections and drafts; import an export."""
    kept = data.call(storage.drafts, store, regency) or []
    left, right = st.columns(2)
    stem = "koreksi-" + storage.regency_uid(regency)
    left.download_button(
        messages.EXPORT_JSON,
        files.to_json(items, kept).encode("utf-8"),
        f"{stem}.json",
        mime="application/json",
        key="kor_json",
        on_click="ignore",
    )
    right.download_button(
        messages.EXPORT_CSV,
        files.to_csv(items).encode("utf-8-sig"),
        f"{stem}.csv",
        mime="text/csv",
        key="kor_csv",
        on_click="ignore",
    )
    chrome.uploader_hint("kor_import", messages.IMPORT_DROP)
    uploaded = st.file_uploader(messages.IMPORT_PICKER, type=["json", "csv"], key="kor_import")
    if uploaded is None:
        return
    if st.button(messages.IMPORT_BUTTON, key="kor_import_btn", disabled=not editor.allowed):
        text = uploaded.getvalue().decode("utf-8-sig")
        try:
            found, drafts = (files.from_csv if uploaded.name.endswith(".csv") else files.from_json)(
                text
            )
        except files.NotAnExport as err:
            st.error(messages.NOT_AN_EXPORT.format(detail=err))
            return
        editing.write(storage.import_records, store, found, drafts, editor)


def split(items: list[Correction]) -> tuple[list[Correction], list[Correction]]:
    """(active, stale) corrections of the enacted structure (draft edits are the Draf page's)."""
    enacted = [c for c in items if not c.draft]
    return (
        [c for c in enacted if c.status == Status.ACTIVE],
        [c for c in enacted if c.status == Status.STALE],
    )
