"""The Draf page's parts: create or pick a draft, its diff and downloads, the two charts."""

from __future__ import annotations

import streamlit as st

from checks import structure_findings, what_if
from checks.roster import snapshot as read_snapshot
from corrections import drafts, storage
from corrections import structure as overlay_structure
from corrections.model import Correction, Draft, now
from dashboard import blocks, data, downloads, editing, messages
from dashboard.render import chart, correction_tables, rows, tables
from dashboard.view_mode import as_corrected


def create_ui(store, regency: str, reg: dict, editor: storage.Editor) -> None:
    """A new draft: its name and what it copies (one unit type or the whole regulation)."""
    types = data.call(store.query, "unit_types", {"regency": regency})
    if types is None:
        return
    names = {"": messages.WHOLE_REGULATION}
    names |= {t["uid"]: t["name"] for t in types.rows if t["uid"].startswith(reg["uid"] + "/")}
    with st.form("draf_baru"):
        name = st.text_input(messages.DRAFT_NAME, key="draf_nama")
        scope = st.selectbox(messages.DRAFT_SCOPE, list(names), format_func=names.get)
        pressed = st.form_submit_button(messages.DRAFT_CREATE, disabled=not editor.allowed)
    if pressed:
        draft = Draft(name.strip(), reg["uid"], scope, editor.name, now())
        editing.write(storage.save_draft, store, draft, editor, [])


def pick_ui(kept: list[Draft]) -> Draft | None:
    if not kept:
        return None
    by_name = {d.name: d for d in kept}
    name = st.selectbox(messages.DRAFT_PICKER, list(by_name), key="draf_pilih")
    return by_name[name]


def scope_ui(store, regency: str, draft: Draft) -> tuple[str, str] | None:
    """(unit type uid, name) the draft is drawn for: its own, or one picked for a whole-regulation
    draft."""
    types = data.call(store.query, "unit_types", {"regency": regency})
    if types is None:
        return None
    names = {t["uid"]: t["name"] for t in types.rows if t["uid"].startswith(draft.regulation + "/")}
    if draft.unit_type:
        return draft.unit_type, names.get(draft.unit_type, draft.unit_type)
    uid = st.selectbox(messages.UNIT_TYPE_PICKER, list(names), format_func=names.get, key="draf_ut")
    return uid, names[uid]


def structures(store, unit_type: str, items: list[Correction], draft: Draft):
    """(enacted edges, draft edges, positions) of one unit type; None after an error."""
    found = data.call(store.query, "org_chart_unit_type", {"unit_type": unit_type})
    if found is None:
        return None
    extracted, positions = rows.org_chart(found.rows)
    return (
        drafts.enacted(extracted, items, unit_type),
        drafts.drafted(extracted, items, draft, unit_type),
        positions,
    )


def diff_ui(before, after, draft: Draft, items: list[Correction]) -> list[dict]:
    """The diff as a table, with CSV and XLSX downloads in Indonesian headings."""
    changes = drafts.diff(before, after, drafts.edits_of(draft, items))
    st.subheader(messages.DRAFT_DIFF.format(count=len(changes)))
    if not changes:
        st.info(messages.DRAFT_SAME)
        return changes
    df = correction_tables.diff_frame(changes)
    st.dataframe(tables.blanks(df), hide_index=True, width="stretch")
    downloads.csv_xlsx(df, "draf-" + storage.regency_uid(draft.name), "Perubahan")
    return changes


def charts_ui(before, after, positions, draft: Draft, name: str) -> None:
    """The enacted chart beside the draft's."""
    left, right = st.columns(2)
    with left:
        st.markdown(f"**{messages.DRAFT_ENACTED}**")
        html = chart.org_chart_html(before, positions, title=name, height=520)
        st.iframe(html, height=640, alt=messages.CHART_ALT)
    with right:
        st.markdown(f"**{messages.DRAFT_PROPOSED.format(name=correction_tables.md(draft.name))}**")
        html = chart.org_chart_html(after, positions, title=name, height=520)
        st.iframe(html, height=640, alt=messages.CHART_ALT)


def structure_checks_ui(
    store, regency: str, regulation: str, draft: Draft | None, items: list[Correction]
) -> None:
    """Roster-free checks on the enacted structure and, with a draft, what the draft changes."""
    enacted = data.structure(store, regulation)
    if enacted is None:
        return
    rule = data.call(structure_findings.lead_rule_of, store, regency) or ()
    before = structure_findings.check(enacted, rule)
    st.subheader(messages.DRAFT_STRUCTURE)
    if draft is None:
        st.markdown(f"**{messages.ENACTED_FINDINGS.format(count=len(before))}**")
        blocks.table(correction_tables.findings_frame(before, enacted), "temuan-struktur-berlaku")
        st.caption(messages.STRUCTURE_REFERENCE)
        return
    after = structure_findings.check(overlay_structure.drafted(enacted, items, draft), rule)
    old, new = {_identity(f) for f in before}, {_identity(f) for f in after}
    added = [f for f in after if _identity(f) not in old]
    gone = [f for f in before if _identity(f) not in new]
    for title, found, key in (
        (messages.DRAFT_NEW_FINDINGS, added, "draf-temuan-baru"),
        (messages.DRAFT_GONE_FINDINGS, gone, "draf-temuan-selesai"),
        (messages.ENACTED_FINDINGS, before, "temuan-struktur-berlaku"),
    ):
        st.markdown(f"**{title.format(count=len(found))}**")
        blocks.table(correction_tables.findings_frame(found, enacted), key)
    st.caption(messages.STRUCTURE_REFERENCE)


def _identity(f) -> tuple:
    return (f.code, f.position, f.jenjang, f.superiors)


def people_checks_ui(store, regency: str, draft: Draft, items: list[Correction]) -> None:
    """The people checks re-run on the draft: whose appraiser it would take away or change."""
    st.subheader(messages.DRAFT_PEOPLE)
    roster = data.call(read_snapshot, store, regency, "", as_corrected())
    if roster is None:
        st.caption(messages.DRAFT_NO_ROSTER.format(regency=correction_tables.md(regency)))
        return
    changes = what_if.appraiser_changes(
        roster, overlay_structure.drafted(roster.structure, items, draft)
    )
    if not changes:
        st.info(messages.DRAFT_NO_LOSS)
        return
    df = correction_tables.changes_frame(changes)
    st.dataframe(tables.blanks(df), hide_index=True, width="stretch")
    downloads.csv_xlsx(df, "draf-pegawai-" + storage.regency_uid(draft.name), "Pegawai")
