"""Fixtures for the browser tests: Debian's Chromium through Playwright, and a live dashboard."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dashboard import devserver

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"


def chromium_path() -> str | None:
    """Debian's chromium: Playwright drives it by path and never downloads a browser."""
    for candidate in ("/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


@pytest.fixture(scope="session")
def browser():
    path = chromium_path()
    if path is None:
        pytest.skip("Chromium is not installed (/usr/bin/chromium); `make browser` installs it")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=path)
        yield instance
        instance.close()


@pytest.fixture(scope="session")
def store_env(loaded_store, store_settings) -> dict[str, str]:
    """Environment for the server process: the run's store, with the regulations loaded."""
    assert not loaded_store.is_empty()
    return dict(store_settings)


@pytest.fixture(scope="session")
def dashboard_url(browser, store_env):
    """Base URL of ``streamlit run dashboard/app.py`` serving the session's loaded store."""
    ARTIFACTS.mkdir(exist_ok=True)
    with devserver.serve(env=store_env, log_path=ARTIFACTS / "streamlit.log") as url:
        yield url


@pytest.fixture(scope="session")
def people_url(browser, embedded_server, store_settings):
    """A second server on a graph with Buton and the small test roster (issue 6 pages)."""
    from tests.dashboard.people_graph import people_graph

    ARTIFACTS.mkdir(exist_ok=True)
    log = ARTIFACTS / "streamlit-people.log"
    with (
        people_graph(store_settings) as settings,
        devserver.serve(env=settings, log_path=log) as url,
    ):
        yield url
