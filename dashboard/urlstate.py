"""Every page's selections kept in the URL (``st.query_params``), so a link reopens the same
chart, chain or comparison (issue 14).

A widget is drawn through ``bound``: before it is drawn, a value the URL brings
becomes its state; after, its value is written back to the URL. The URL wins only
when it brings something new (a link was opened, or the page came back with its
widget state dropped): on the rerun after the analyst changes the widget, the URL
still holds the old value, and that must not undo the change. A value the page's
options do not hold (a stale link) is ignored. Defaults are written too: a link
means the same view even where another session's defaults differ.

Widgets drawn here get their default through the session state, never through
``index=``/``default=``/``value=`` (Streamlit warns when both set one widget).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import streamlit as st

from dashboard import messages

SYNCED = "_url_synced"  # session key: {param: the value last read from or written to the URL}


def _from_url(param: str, options: Sequence | None, multi: bool):
    """The URL's value of ``param`` if the options hold it (every value, for a multi choice)."""
    if multi:
        values = st.query_params.get_all(param)
        kept = [v for v in values if options is None or v in options]
        return kept if values and len(kept) == len(values) else None
    value = st.query_params.get(param)
    return value if value is not None and (options is None or value in options) else None


def restore(key: str, param: str, options=None, default=None, *, multi: bool = False) -> None:
    """Before drawing widget ``key``: its state from the URL, or ``default`` on its first draw."""
    synced = st.session_state.setdefault(SYNCED, {})
    value = _from_url(param, options, multi)
    if value is not None and (key not in st.session_state or synced.get(param) != value):
        st.session_state[key] = value
        synced[param] = value
        return
    if key in st.session_state and options is not None:
        current = st.session_state[key]
        valid = set(current) <= set(options) if multi else current in options
        if not valid:  # the options changed under it (another regency)
            del st.session_state[key]
    if key not in st.session_state and default is not None:
        st.session_state[key] = default


def keep(param: str, value) -> None:
    """After drawing: the widget's value in the URL (left out when it is empty)."""
    synced = st.session_state.setdefault(SYNCED, {})
    if value in (None, "", []):
        if param in st.query_params:
            del st.query_params[param]
        synced[param] = None
        return
    st.query_params[param] = [str(v) for v in value] if isinstance(value, list) else str(value)
    synced[param] = value


def bound(widget: Callable, param: str, *args, key: str, default=None, multi=False, **kwargs):
    """``widget(*args, key=key, **kwargs)`` with its value kept in the URL as ``param``.

    ``options=`` (when given) is passed on to the widget and checks URL values;
    ``default`` is the widget's value when neither the URL nor the session has one.
    """
    restore(key, param, kwargs.get("options"), default, multi=multi)
    value = widget(*args, key=key, **kwargs)
    keep(param, value)
    return value


def filter_select(column, param: str, label: str, options: Sequence, *, key: str, **kwargs):
    """A multiselect filter kept in the URL, with the Indonesian placeholder every filter uses."""
    return bound(
        column.multiselect,
        param,
        label,
        options=options,
        multi=True,
        key=key,
        placeholder=messages.CHOOSE_OPTIONS,
        **kwargs,
    )
