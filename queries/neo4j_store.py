"""Neo4j adapter: one Driver per store, managed transactions, plain values out.

Reads run in READ sessions through ``execute_read`` with a transaction
timeout, so a real Neo4j refuses writes and stops slow queries itself. Each
regulation is replaced in one write transaction (delete + create), so a
failure or a killed process leaves the previous graph. Units of work are
module-level functions that consume their result and return plain values,
because the driver may retry them.

The same adapter talks to FalkorDB's Bolt endpoint in the tests. That endpoint
always serves the graph named "falkordb", answers every error as
``Neo.DatabaseError.General.UnknownError`` and enforces neither READ mode nor
timeouts; the contract tests say so where they skip.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import neo4j
from neo4j import exceptions as nex
from neo4j.graph import Node, Path, Relationship

from queries.catalog import WRITES_DIR, load_catalog, schema_statements
from queries.errors import (
    CypherRejected,
    MissingParameter,
    QueryError,
    StoreUnavailable,
    timed_out,
    too_large,
    write_refused,
)
from queries.reads import CatalogReads
from queries.settings import Settings
from queries.store import GraphWrite, Rows

_SERVICE_ERRORS = (nex.ServiceUnavailable, nex.SessionExpired, OSError)


class Neo4jStore(CatalogReads):
    """GraphStore over one ``neo4j.Driver`` (thread-safe, pooled)."""

    engine = "neo4j"

    def __init__(self, settings: Settings, driver: neo4j.Driver) -> None:
        self.settings = settings
        self.driver = driver
        self.database = settings.neo4j_database or None
        self._schema_applied = False

    @classmethod
    def connect(cls, settings: Settings, **driver_options: Any) -> Neo4jStore:
        """Open the driver and check it once; StoreUnavailable names the setting to fix."""
        uri = settings.neo4j_uri
        try:
            driver = neo4j.GraphDatabase.driver(
                uri, auth=(settings.neo4j_username, settings.neo4j_password), **driver_options
            )
        except (ValueError, nex.ConfigurationError) as err:
            raise StoreUnavailable(
                f"NEO4J_URI {uri!r} is not usable: {err}", setting="NEO4J_URI"
            ) from err
        try:
            driver.verify_connectivity()
        except nex.AuthError as err:
            driver.close()
            raise StoreUnavailable(
                f"Neo4j at {uri} rejected user {settings.neo4j_username!r}:"
                " check NEO4J_USERNAME and NEO4J_PASSWORD",
                setting="NEO4J_PASSWORD",
            ) from err
        except (*_SERVICE_ERRORS, nex.DriverError, nex.Neo4jError) as err:
            driver.close()
            raise StoreUnavailable(
                f"Neo4j at {uri} is unreachable ({type(err).__name__}); check NEO4J_URI"
                " and that the server is running",
                setting="NEO4J_URI",
            ) from err
        return cls(settings, driver)

    # -- reads -------------------------------------------------------------------------------
    def _execute(self, text: str, params: dict, timeout: int, cap: int, query: str) -> Rows:
        work = neo4j.unit_of_work(timeout=timeout / 1000)(_read_work)
        with self.driver.session(
            database=self.database, default_access_mode=neo4j.READ_ACCESS
        ) as s:
            budget = self.settings.max_result_mb * 1_000_000
            columns, rows = self._call(
                s.execute_read,
                work,
                text,
                params,
                cap,
                budget,
                query=query,
                params=params,
                limit=timeout,
            )
        if rows is None:
            raise too_large(
                "returned",
                self.settings.max_result_mb,
                "SK_MAX_RESULT_MB",
                query=query,
                params=params,
            )
        return Rows(columns, rows[:cap], truncated=len(rows) > cap)

    # -- writes ------------------------------------------------------------------------------
    def apply_writes(self, writes: Sequence[GraphWrite]) -> None:
        """One write transaction per regulation: it is replaced whole or not at all."""
        self._ensure_schema()
        statements = load_catalog(WRITES_DIR)
        with self.driver.session(database=self.database) as session:
            for write in writes:
                plan = [
                    pair for step in write.steps for pair in statements[step.name].plan(step.params)
                ]
                self._call(session.execute_write, _write_work, plan, query=f"(load {write.uid})")

    def reset(self) -> None:
        plan = load_catalog(WRITES_DIR)["reset_all"].plan({})
        with self.driver.session(database=self.database) as session:
            self._call(session.execute_write, _write_work, plan, query="(reset)")

    def _ensure_schema(self) -> None:
        """Constraints and indexes, once per store (IF NOT EXISTS makes it idempotent)."""
        if self._schema_applied:
            return
        with self.driver.session(database=self.database) as session:
            for statement in schema_statements("neo4j"):
                self._call(_run_consumed, session, statement, query="(schema)")
        self._schema_applied = True

    def close(self) -> None:
        self.driver.close()

    def _call(self, fn, *args, query: str, params=None, limit: int | None = None):
        try:
            return fn(*args)
        except nex.AuthError as err:
            raise StoreUnavailable(
                "Neo4j rejected the credentials; check NEO4J_USERNAME and NEO4J_PASSWORD",
                query=query,
                setting="NEO4J_PASSWORD",
            ) from err
        except _SERVICE_ERRORS as err:
            raise StoreUnavailable(
                f"Neo4j at {self.settings.neo4j_uri} is unreachable; check NEO4J_URI",
                query=query,
                setting="NEO4J_URI",
            ) from err
        except nex.Neo4jError as err:
            raise translate(err, query=query, params=params, limit=limit) from err


def _read_work(tx: neo4j.ManagedTransaction, text: str, params: dict, cap: int, budget: int):
    """Up to ``cap + 1`` plain rows; rows None when they pass ``budget`` bytes (as text)."""
    result = tx.run(text, params)
    columns = list(result.keys())
    rows, size = [], 0
    for record in result:
        row = {k: to_plain(v) for k, v in record.items()}
        size += len(repr(row))
        if size > budget:
            return columns, None
        rows.append(row)
        if len(rows) > cap:
            break
    result.consume()
    return columns, rows


def _run_consumed(session: neo4j.Session, statement: str) -> None:
    session.run(statement).consume()  # DDL runs in an auto-commit transaction


def _write_work(tx: neo4j.ManagedTransaction, plan: list[tuple[str, dict]]) -> None:
    for text, params in plan:
        tx.run(text, params).consume()


def translate(err: nex.Neo4jError, *, query: str, params, limit: int | None) -> QueryError:
    """Map a Neo4j status code to our tree; the message is the server's first line."""
    code = err.code or ""
    text = (err.message or str(err)).splitlines()[0]
    if "TransactionTimedOut" in code or "Timeout" in code:
        return timed_out(limit, query=query, params=params)
    if "AccessMode" in code or "ForbiddenInReadOnly" in code:
        return write_refused(query=query, params=params)
    if "ParameterMissing" in code:
        return MissingParameter(f"missing parameter(s): {text}", query=query, params=params)
    return CypherRejected(f"Neo4j rejected the query: {text} ({code})", query=query, params=params)


def to_plain(value: Any) -> Any:
    """Driver graph types to the dicts :class:`queries.store.Rows` documents."""
    if isinstance(value, Node):
        return {"id": value.element_id, "labels": sorted(value.labels), "properties": dict(value)}
    if isinstance(value, Relationship):
        return {
            "id": value.element_id,
            "type": value.type,
            "start": value.start_node.element_id if value.start_node else None,
            "end": value.end_node.element_id if value.end_node else None,
            "properties": dict(value),
        }
    if isinstance(value, Path):
        return {
            "nodes": [to_plain(n) for n in value.nodes],
            "relationships": [to_plain(r) for r in value.relationships],
        }
    if isinstance(value, list | tuple):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):  # neo4j.time types
        return value.iso_format()
    return value
