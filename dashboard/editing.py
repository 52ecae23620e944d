"""Streamlit side of corrections: the as-corrected toggle, the overlay, who may write.

Pages call :func:`corrected` on the edges they draw, so every chart and table
shows the structure as corrected by default and says so; :func:`editor_ui`
decides whether this session may write (``corrections.access``) and returns the
:class:`corrections.storage.Editor` the write path checks.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import streamlit as st

from corrections import overlay, storage
from corrections.access import is_local, may_write
from corrections.model import Correction, CorrectionRefused
from dashboard import data, messages
from dashboard.render.correction_tables import md
from dashboard.view_mode import as_corrected
from queries.errors import QueryError
from queries.store import GraphStore

AUTHOR = "_editor_name"
WROTE = "_correction_written"  # session key: a write succeeded; say so after the rerun


def active_corrections(store: GraphStore, regency: str) -> list[Correction]:
    """The regency's corrections that apply to the enacted structure ([] after an error)."""
    found = data.call(storage.corrections, store, regency)
    return overlay.active(found or [])


def corrected(
    store: GraphStore,
    regency: str,
    edges: Sequence[Mapping],
    *,
    home: str | None = None,
    classes: Mapping[str, str | None] | None = None,
    span: tuple[int, int] | None = None,
) -> list[dict]:
    """``edges`` as corrected when the toggle is on (saying so on the page), else as they are.

    ``span`` (start, end) limits added edges to those citing a sentence inside it (the edges
    of one provision).
    """
    items = view_note(store, regency)
    if span is not None:
        items = [c for c in items if c.kind != "add" or span[0] <= c.start < c.end <= span[1]]
    if not as_corrected():
        return [dict(e) for e in edges]
    return overlay.apply(edges, items, home=home, classes=classes)


def view_note(store: GraphStore, regency: str) -> list[Correction]:
    """Say which structure the page shows; the corrections that apply ([] as extracted)."""
    if not as_corrected():
        st.caption(messages.VIEW_EXTRACTED)
        return []
    items = active_corrections(store, regency)
    st.caption(messages.VIEW_CORRECTED.format(count=len(items), regency=md(regency)))
    return items


def used_ids_note(store: GraphStore, regency: str, ids: Iterable[str | None]) -> None:
    """Under a chain or check: the corrections (by id, as checks carry them) it rests on."""
    edges = [{"correction": i} for i in dict.fromkeys(i for i in ids if i)]
    if edges:
        used_note(marked(store, regency, edges))


def marked(store: GraphStore, regency: str, edges: Sequence[Mapping]) -> list[dict]:
    """Edges whose ``correction`` is an id (checks give ids) with the full marker instead."""
    if not any(isinstance(e.get("correction"), str) for e in edges):
        return [dict(e) for e in edges]
    by_id = {c.id: c for c in active_corrections(store, regency)}
    return [overlay.with_marker(e, by_id) for e in edges]


def used_note(edges: Sequence[Mapping]) -> None:
    """Under an answer: which corrections it used (reason and author), if any."""
    marks = overlay.used(edges)
    if marks:
        kinds = messages.CORRECTION_KINDS
        items = "; ".join(
            f"{kinds.get(m['kind'], m['kind'])}: {md(m['reason'])} ({md(m['author'])})"
            for m in marks
        )
        st.info(messages.CORRECTIONS_USED.format(items=items), icon=":material/edit_note:")


def editor_ui(where=st) -> storage.Editor:
    """Name (and, beyond localhost, password) of who writes; the Editor says if they may."""
    name = where.text_input(
        messages.EDITOR_NAME, value=st.session_state.get(AUTHOR, ""), key="editor_name"
    )
    st.session_state[AUTHOR] = name
    address = st.get_option("server.address")
    if is_local(address):
        return storage.Editor(name, allowed=True)
    configured = _configured_password()
    if not configured:
        where.warning(messages.READ_ONLY_NO_PASSWORD, icon=":material/lock:")
        return storage.Editor(name, allowed=False)
    entered = where.text_input(messages.EDITOR_PASSWORD, type="password", key="editor_password")
    allowed = may_write(address, configured, entered or None)
    if not allowed:
        where.info(messages.READ_ONLY_LOCKED, icon=":material/lock:")
    return storage.Editor(name, allowed=allowed)


def _configured_password() -> str | None:
    """``editor_password`` from Streamlit secrets (top level or ``[editor]``), None when unset."""
    if not st.secrets.load_if_toml_exists() and not st.secrets.to_dict():
        return None
    secrets = st.secrets.to_dict()
    value = secrets.get("editor_password") or secrets.get("editor", {}).get("password")
    return str(value) if value else None


def write(fn, *args) -> bool:
    """Run a writer of ``corrections.storage``, then rerun so the page shows what it wrote.

    A refusal (``CorrectionRefused``) or a store error is shown and False returned.
    """
    try:
        fn(*args)
    except CorrectionRefused as err:
        for code in err.codes:
            st.error(messages.REFUSED.get(code, code), icon=":material/block:")
        return False
    except QueryError as err:
        messages.show_error(err)
        return False
    st.session_state[WROTE] = True
    st.rerun()
    return True  # not reached: the rerun draws the page again with what was written


def written_note() -> None:
    """After a write's rerun: say that it was saved (once)."""
    if st.session_state.pop(WROTE, False):
        st.success(messages.SAVED, icon=":material/check:")
