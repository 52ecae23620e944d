"""Neo4j settings and faults give one line naming the setting to fix."""

from __future__ import annotations

import pytest

from queries.errors import StoreUnavailable
from queries.neo4j_store import Neo4jStore
from queries.settings import Settings
from queries.store import open_store
from tests.conftest import free_port


def neo4j_settings(**values: str) -> Settings:
    return Settings.from_mapping({"NEO4J_URI": "bolt://127.0.0.1:1", **values})


def test_neo4j_uri_selects_the_neo4j_adapter():
    assert neo4j_settings().store == "neo4j"
    assert Settings.from_mapping({}).store == "embedded"


def test_unreachable_neo4j_names_the_uri():
    uri = f"bolt://127.0.0.1:{free_port()}"  # nothing listens there
    with pytest.raises(StoreUnavailable, match="unreachable") as caught:
        Neo4jStore.connect(neo4j_settings(NEO4J_URI=uri), connection_timeout=2)
    assert caught.value.setting == "NEO4J_URI" and uri in str(caught.value)


def test_malformed_uri_is_one_line():
    with pytest.raises(StoreUnavailable, match="NEO4J_URI"):
        open_store({"NEO4J_URI": "ftp://example.invalid"})


def test_bad_number_setting_is_named():
    with pytest.raises(ValueError, match="SK_MAX_ROWS"):
        Settings.from_mapping({"SK_MAX_ROWS": "many"})


def test_wrong_password_names_the_setting(real_neo4j):
    settings = Settings.from_mapping({"SK_STORE": "neo4j"} | _env(real_neo4j.settings))
    with pytest.raises(StoreUnavailable, match="NEO4J_PASSWORD"):
        Neo4jStore.connect(settings)


def _env(settings: Settings) -> dict[str, str]:
    return {
        "NEO4J_URI": settings.neo4j_uri,
        "NEO4J_USERNAME": settings.neo4j_username,
        "NEO4J_PASSWORD": settings.neo4j_password + "-wrong",
        "NEO4J_DATABASE": settings.neo4j_database,
    }
