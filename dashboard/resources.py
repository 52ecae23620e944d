"""The one cached resource: the graph store, opened once per server process.

Settings come from the environment, overridden by ``st.secrets`` (the
``[store]`` table of ``.streamlit/secrets.toml``, or top-level keys named like
the environment variables). ``st.cache_resource`` shares the store with every
session and thread; the store holds a thread-safe connection pool, and
``validate`` replaces it when the server behind it has gone away.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Mapping

import streamlit as st

from queries.errors import QueryError
from queries.gate import QueryGate
from queries.settings import SETTINGS
from queries.store import GraphStore, open_store


def settings_mapping() -> dict[str, str]:
    """The store settings (``queries.settings.SETTINGS`` names): environment, then secrets."""
    names = {name for name, _, _ in SETTINGS}
    merged = {k: v for k, v in os.environ.items() if k in names}
    if st.secrets.load_if_toml_exists():
        secrets = st.secrets.to_dict()
        flat = {k: v for k, v in secrets.items() if not isinstance(v, Mapping)}
        flat.update(secrets.get("store", {}))
        merged.update({k: str(v) for k, v in flat.items() if k in names})
    return merged


def get_store() -> GraphStore:
    """The shared store for the current settings; raises ``StoreUnavailable`` (not cached)."""
    return _open(tuple(sorted(settings_mapping().items())))


def _alive(store: GraphStore) -> bool:
    try:
        store.is_empty()
    except QueryError:
        return False
    return True


def _close(store: GraphStore) -> None:
    store.close()


@st.cache_resource(show_spinner=False, validate=_alive, on_release=_close)
def _open(settings: tuple[tuple[str, str], ...]) -> GraphStore:
    # Keyed by the settings, so a changed secret or variable opens a new store.
    return open_store(dict(settings))


def get_gate(store: GraphStore) -> QueryGate:
    """The console gate shared by every session of this server process (SK_CONSOLE_*)."""
    return _gate(store.settings.console_total, store.settings.console_per_session)


@st.cache_resource(show_spinner=False)
def _gate(total: int, per_session: int) -> QueryGate:
    return QueryGate(total, per_session)


def session_id() -> str:
    """A stable id of this browser session, for per-session limits."""
    return st.session_state.setdefault("_session_id", uuid.uuid4().hex)
