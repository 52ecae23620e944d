"""Store settings: one table of (name, default, help), read from a mapping or the environment.

The dashboard passes ``os.environ`` merged with ``st.secrets``; the CLI and
tests pass nothing (environment) or a dict. Times are milliseconds here; the
adapters convert to what their engine wants. The README's settings table is
generated from ``SETTINGS`` (see ``docs/graph-model.md``).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SETTINGS: tuple[tuple[str, str, str], ...] = (
    ("SK_STORE", "", "Engine: 'embedded' or 'neo4j'; empty means neo4j when NEO4J_URI is set"),
    ("SK_DATA_DIR", str(ROOT / "data" / "store"), "Embedded server's data directory"),
    ("SK_GRAPH", "sistem_kerja", "Graph (key) name inside the embedded server"),
    ("SK_BOLT_PORT", "0", "Embedded Bolt port; 0 = off. Binds ALL interfaces: tests only"),
    ("SK_START_TIMEOUT_MS", "15000", "How long to wait for the embedded server to answer"),
    ("SK_QUERY_TIMEOUT_MS", "10000", "Time limit for catalog queries"),
    ("SK_MAX_ROWS", "5000", "Row cap for catalog queries (more sets Rows.truncated)"),
    ("SK_TIMEOUT_MAX_MS", "120000", "Engine backstop: no query may ask for more time"),
    ("SK_QUERY_MEM_MB", "512", "Memory one query may use (FalkorDB QUERY_MEM_CAPACITY)"),
    ("SK_SERVER_MEM_MB", "4096", "Memory of the embedded server in total (redis maxmemory)"),
    ("SK_MAX_RESULT_MB", "20", "Console result size in MB (engine RESULTSET_SIZE caps rows too)"),
    ("SK_CONSOLE_PER_SESSION", "1", "Console queries one browser session may run at once"),
    ("SK_CONSOLE_TOTAL", "1", "Console queries all sessions together may run at once"),
    ("SK_MIN_FREE_MB", "64", "Free disk kept in SK_DATA_DIR beyond a load's own estimate"),
    ("NEO4J_URI", "", "bolt://, neo4j:// or neo4j+s:// address of a Neo4j server"),
    ("NEO4J_USERNAME", "neo4j", "Neo4j user"),
    ("NEO4J_PASSWORD", "", "Neo4j password"),
    ("NEO4J_DATABASE", "neo4j", "Neo4j database named on every call"),
)
DEFAULTS = {name: default for name, default, _ in SETTINGS}


@dataclass(frozen=True)
class Settings:
    """Typed view of ``SETTINGS``; build with :meth:`from_mapping`."""

    store: str
    data_dir: Path
    graph: str
    bolt_port: int
    start_timeout_ms: int
    query_timeout_ms: int
    max_rows: int
    timeout_max_ms: int
    query_mem_mb: int
    server_mem_mb: int
    max_result_mb: int
    console_per_session: int
    console_total: int
    min_free_mb: int
    neo4j_uri: str
    neo4j_username: str
    neo4j_password: str
    neo4j_database: str

    @classmethod
    def from_mapping(cls, mapping: Mapping[str, str] | None = None) -> Settings:
        """Values from ``mapping`` (default: the environment), defaults for the rest.

        Raises ValueError naming the setting when a number does not parse.
        """
        source = os.environ if mapping is None else mapping
        raw = {name: str(source.get(name) or default) for name, default in DEFAULTS.items()}
        store = raw["SK_STORE"] or ("neo4j" if raw["NEO4J_URI"] else "embedded")
        if store not in ("embedded", "neo4j"):
            raise ValueError(f"SK_STORE must be 'embedded' or 'neo4j', not {store!r}")
        return cls(
            store=store,
            data_dir=Path(raw["SK_DATA_DIR"]).expanduser(),
            graph=raw["SK_GRAPH"],
            bolt_port=_int(raw, "SK_BOLT_PORT"),
            start_timeout_ms=_int(raw, "SK_START_TIMEOUT_MS"),
            query_timeout_ms=_int(raw, "SK_QUERY_TIMEOUT_MS"),
            max_rows=_int(raw, "SK_MAX_ROWS"),
            timeout_max_ms=_int(raw, "SK_TIMEOUT_MAX_MS"),
            query_mem_mb=_int(raw, "SK_QUERY_MEM_MB"),
            server_mem_mb=_int(raw, "SK_SERVER_MEM_MB"),
            max_result_mb=_int(raw, "SK_MAX_RESULT_MB"),
            console_per_session=max(1, _int(raw, "SK_CONSOLE_PER_SESSION")),
            console_total=max(1, _int(raw, "SK_CONSOLE_TOTAL")),
            min_free_mb=_int(raw, "SK_MIN_FREE_MB"),
            neo4j_uri=raw["NEO4J_URI"],
            neo4j_username=raw["NEO4J_USERNAME"],
            neo4j_password=raw["NEO4J_PASSWORD"],
            neo4j_database=raw["NEO4J_DATABASE"],
        )


def _int(raw: Mapping[str, str], name: str) -> int:
    try:
        return int(raw[name])
    except ValueError:
        raise ValueError(f"{name} must be a whole number, not {raw[name]!r}") from None
