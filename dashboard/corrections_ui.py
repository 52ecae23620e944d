"""The Koreksi page's parts: add from a sentence, remove or amend an edge, undo, files, log.

Each ``*_ui`` draws its widgets and, on its button, writes through
``corrections.storage`` (via ``editing.write``, which shows a refusal); the
page (``views/corrections.py``) only puts them in order.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from corrections import build, files, sentences, storage
from corrections.model import Correction, Kind, Status
from dashboard import blocks, chrome, data, editing, messages, pickers, uploads
from dashboard.render import correction_tables, rows
from dashboard.render.palette import EDGE_STYLES
from loader.graph.load import DEFAULT_DIR
from loader.graph.rows import WIDE_ID, type_uid
from loader.model import EdgeType
from loader.review.analysis import review_file

OTHER = "\u2026"  # picker value meaning "type another title"


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


@st.cache_data(show_spinner=False, max_entries=16)
def _sentences(source_file: str, sha256: str) -> list[dict]:
    """The review report's sentences of a loaded file (data/regulations or an upload)."""
    for path in (DEFAULT_DIR / source_file, uploads.UPLOAD_DIR / sha256[:16] / source_file):
        if Path(path).is_file():
            return sentences.review_sentences(review_file(path))
    return []


CORRECTIONS_PAGE = "views/corrections.py"  # relative to app.py, as st.navigation registers it


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


def _title_picker(label: str, titles: list[str], default: str | None, key: str) -> str:
    options = [*titles, OTHER]
    index = options.index(default) if default in options else 0
    pick = st.selectbox(label, options, index=index, key=key, format_func=_other_label)
    if pick == OTHER:
        return st.text_input(messages.TYPED_TITLE.format(side=label), key=f"{key}_typed")
    return pick


def _other_label(value: str) -> str:
    return messages.OTHER_TITLE if value == OTHER else value


def add_ui(
    store, regency: str, reg: dict, editor: storage.Editor, draft: str = "", unit_type: str = ""
) -> None:
    """Add an edge citing a sentence of the review report (pre-filled: its span and titles).

    A draft (``draft`` named) may cite nothing: an "usulan"; ``unit_type`` fixes the type.
    """
    found = _sentences(reg["source_file"], reg["sha256"])
    if not found and not draft:
        st.info(messages.NO_SENTENCES.format(label=reg["label"]))
        return
    types = data.call(store.query, "unit_types", {"regency": regency})
    if types is None:
        return
    unit_types = [t for t in types.rows if t["uid"].startswith(reg["uid"] + "/")]
    wide = type_uid(reg["uid"], WIDE_ID)
    by_span = {f"{s['start']}-{s['end']}": s for s in found}
    keys = ([""] if draft else []) + list(by_span)
    wanted = st.query_params.get("kalimat")
    sentence_key = st.selectbox(
        messages.SENTENCE_PICKER,
        keys,
        index=keys.index(wanted) if wanted in keys else 0,
        format_func=lambda k: correction_tables.sentence_label(by_span.get(k)),
        key=f"kor_sentence{draft}",
    )
    sentence = by_span.get(sentence_key, {})
    if sentence:
        st.caption(correction_tables.sentence_text(sentence))
    names = {t["uid"]: t["name"] for t in unit_types}
    default_type = sentences.unit_type_for(sentence.get("where", ""), unit_types, wide)
    type_keys = [unit_type] if unit_type else list(names)
    ut = st.selectbox(
        messages.UNIT_TYPE_PICKER,
        type_keys,
        index=type_keys.index(default_type) if default_type in type_keys else 0,
        format_func=names.get,
        key=f"kor_ut{draft}",
    )
    chart = data.call(store.query, "org_chart_unit_type", {"unit_type": ut})
    known = [p["title"] for p in rows.org_chart(chart.rows)[1]] if chart else []
    titles = list(dict.fromkeys([*sentence.get("titles", []), *known]))
    named = sentence.get("titles", [])
    left, right = st.columns(2)
    with left:
        source = _title_picker(messages.SOURCE_TITLE, titles, named[0] if named else None, "ks")
    with right:
        target = _title_picker(
            messages.TARGET_TITLE, titles, named[1] if len(named) > 1 else None, "kt"
        )
    edge_type = st.selectbox(
        messages.EDGE_TYPE,
        [t.value for t in EDGE_STYLES],
        format_func=lambda t: EDGE_STYLES[EdgeType(t)].label,
        key=f"kor_type{draft}",
    )
    condition = st.text_input(messages.CONDITION, key=f"kor_cond{draft}")
    reason = st.text_input(messages.REASON, key=f"kor_reason{draft}")
    if st.button(messages.SAVE_CORRECTION, key=f"kor_add{draft}", disabled=not editor.allowed):
        c = build.for_sentence(
            edge_type=EdgeType(edge_type),
            source=source or "",
            target=target or "",
            unit_type=ut,
            sentence=sentence,
            sha256=reg["sha256"],
            reason=reason,
            author=editor.name,
            condition=condition,
            draft=draft,
        )
        editing.write(storage.save, store, [c], editor)


def edit_ui(
    store, regency: str, reg: dict, editor: storage.Editor, draft: str = "", unit_type: str = ""
) -> None:
    """Remove an extracted edge of a unit type, or give it another condition."""
    types = data.call(store.query, "unit_types", {"regency": regency})
    if types is None:
        return
    names = {t["uid"]: t["name"] for t in types.rows if t["uid"].startswith(reg["uid"] + "/")}
    ut = st.selectbox(
        messages.UNIT_TYPE_PICKER,
        [unit_type] if unit_type else list(names),
        format_func=names.get,
        key=f"kor_edit_ut{draft}",
    )
    chart = data.call(store.query, "org_chart_unit_type", {"unit_type": ut})
    if chart is None:
        return
    edges = rows.org_chart(chart.rows)[0]
    if not edges:
        st.info(messages.NO_RESULT.format(what=names[ut]))
        return
    index = st.selectbox(
        messages.EDGE_PICKER,
        range(len(edges)),
        format_func=lambda i: correction_tables.edge_label(edges[i]),
        key=f"kor_edge{draft}",
    )
    kind = st.segmented_control(
        messages.EDIT_KIND,
        list(messages.EDIT_KINDS),
        default="remove",
        format_func=messages.EDIT_KINDS.get,
        key=f"kor_kind{draft}",
    )
    condition = ""
    if kind == "amend":
        condition = st.text_input(messages.NEW_CONDITION, key=f"kor_new_cond{draft}")
    reason = st.text_input(messages.REASON, key=f"kor_edit_reason{draft}")
    if st.button(messages.SAVE_CORRECTION, key=f"kor_edit{draft}", disabled=not editor.allowed):
        c = build.for_edge(
            Kind(kind or "remove"),
            edges[index],
            sha256=reg["sha256"],
            reason=reason,
            author=editor.name,
            new_condition=condition,
            draft=draft,
        )
        editing.write(storage.save, store, [c], editor)


def list_ui(items: list[Correction], editor: storage.Editor, store, key: str) -> None:
    """The corrections as a table, and undoing one of them."""
    if not items:
        st.info(messages.NO_CORRECTIONS)
        return
    blocks.table(correction_tables.corrections_frame(items), key)
    by_id = {c.id: c for c in items}
    pick = st.selectbox(
        messages.CORRECTION_PICKER,
        list(by_id),
        format_func=lambda i: correction_tables.correction_label(by_id[i]),
        key=f"{key}_undo",
    )
    pressed = st.button(
        messages.UNDO_CORRECTION, key=f"{key}_undo_btn", disabled=not editor.allowed
    )
    if pressed:
        editing.write(storage.delete, store, [by_id[pick]], editor)


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
