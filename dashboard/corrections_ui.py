"""The Koreksi page's parts: add from a sentence, remove or amend an edge, undo, files, log.

Each ``*_ui`` draws its widgets and, on its button, writes through
``corrections.storage`` (via ``editing.write``, which shows a refusal); the
page (``views/corrections.py``) only puts them in order.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from corrections import build, sentences, storage
from corrections.model import Correction, Kind
from dashboard import blocks, data, editing, messages, uploads
from dashboard.render import correction_tables, rows
from dashboard.render.palette import EDGE_STYLES
from loader.graph.load import DEFAULT_DIR
from loader.graph.rows import WIDE_ID, type_uid
from loader.model import EdgeType
from loader.review.analysis import review_file

OTHER = "\u2026"  # picker value meaning "type another title"


def _save_button(key: str, editor: storage.Editor, store, make) -> None:
    """The save button of a form: on press, build the correction (``make()``) and write it."""
    if st.button(messages.SAVE_CORRECTION, key=key, disabled=not editor.allowed):
        editing.write(storage.save, store, [make()], editor)


@st.cache_data(show_spinner=False, max_entries=16)
def _sentences(source_file: str, sha256: str) -> list[dict]:
    """The review report's sentences of a loaded file (data/regulations or an upload)."""
    for path in (DEFAULT_DIR / source_file, uploads.UPLOAD_DIR / sha256[:16] / source_file):
        if Path(path).is_file():
            return sentences.review_sentences(review_file(path))
    return []


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
        st.info(messages.NO_SENTENCES.format(label=correction_tables.md(reg["label"])))
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
    _save_button(
        f"kor_add{draft}",
        editor,
        store,
        lambda: build.for_sentence(
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
        ),
    )


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
        st.info(messages.NO_RESULT.format(what=correction_tables.md(names[ut])))
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
    _save_button(
        f"kor_edit{draft}",
        editor,
        store,
        lambda: build.for_edge(
            Kind(kind or "remove"),
            edges[index],
            sha256=reg["sha256"],
            reason=reason,
            author=editor.name,
            new_condition=condition,
            draft=draft,
        ),
    )


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
