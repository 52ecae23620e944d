"""The dashboard's view of the session store: its settings, once the regulations are loaded."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def dashboard_secrets(loaded_store, store_settings) -> dict[str, str]:
    """Settings for ``at.secrets``: the app opens its own store on the run's loaded server."""
    assert not loaded_store.is_empty()
    return dict(store_settings)


@pytest.fixture(scope="session")
def people_secrets(embedded_server, store_settings) -> dict[str, str]:
    """Settings of a graph with Buton's regulation and the small test roster (people pages)."""
    from tests.dashboard.people_graph import people_graph

    with people_graph(store_settings) as settings:
        yield settings
