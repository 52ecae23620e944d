"""The one cached resource: the graph store, opened once per server process.

Settings come from the environment, overridden by ``st.secrets`` (the
``[store]`` table of ``.streamlit/secrets.toml``, or top-level keys named like
the environment variables). ``st.cache_resource`` shares the store with every
session and thread; the store holds a thread-safe connection pool, and
``validate`` replaces it when the server behind it has gone away.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

import streamlit as st

from queries.errors import QueryError
from queries.store import GraphStore, open_store


def settings_mapping() -> dict[str, str]:
    """Environment variables, overridden by secrets: the mapping ``open_store`` reads."""
    merged = dict(os.environ)
    if st.secrets.load_if_toml_exists():
        secrets = st.secrets.to_dict()
        for key, value in secrets.items():
            if not isinstance(value, Mapping):
                merged[key] = str(value)
        merged.update({k: str(v) for k, v in secrets.get("store", {}).items()})
    return merged


def _alive(store: GraphStore) -> bool:
    try:
        store.is_empty()
    except QueryError:
        return False
    return True


def _close(store: GraphStore) -> None:
    store.close()


@st.cache_resource(show_spinner=False, validate=_alive, on_release=_close)
def get_store() -> GraphStore:
    """The shared store; raises ``StoreUnavailable`` (not cached) when it cannot be opened."""
    return open_store(settings_mapping())
