"""Errors raised by the graph store, one line each.

    QueryError                 anything a store call can fail with
    ├── StoreUnavailable       the engine cannot be started or reached (socket, data dir, auth)
    │   └── DiskFull           too little free space to save a load: the previous graph is kept
    ├── QueryTimeout           the engine stopped the query at its time limit
    ├── TooLarge               the query's memory or its result passed a size limit
    ├── WriteRefused           a read-only call was given a query that writes
    ├── CypherRejected         the engine (or our LOAD CSV guard) rejected the text
    └── MissingParameter       a $name in the query has no value

Only the adapters import engine exceptions; they translate them into this tree
with ``raise ... from err`` so callers (the CLI, the dashboard) catch
``QueryError`` and show ``str(err)``: what happened, and which setting or
limit applies. ``query`` holds the catalog name or the ad-hoc text.
"""

from __future__ import annotations

from collections.abc import Mapping


class QueryError(Exception):
    """Base class: ``str(err)`` is the one line shown to the user."""

    def __init__(
        self,
        message: str,
        *,
        query: str | None = None,
        params: Mapping | None = None,
        setting: str | None = None,
    ) -> None:
        super().__init__(" ".join(message.split()))
        self.message = str(self)
        self.query = query
        self.params = dict(params or {})
        self.setting = setting


class StoreUnavailable(QueryError):
    """The server cannot start or be reached; ``setting`` names what to check."""


class DiskFull(StoreUnavailable):
    """A load could not be saved (or would not fit): nothing of it is live or on disk."""


class QueryTimeout(QueryError):
    """The engine interrupted the query; ``limit_ms`` is the limit it hit."""

    def __init__(self, message: str, *, limit_ms: int, **kwargs) -> None:
        super().__init__(message, **kwargs)
        self.limit_ms = limit_ms


class TooLarge(QueryError):
    """A memory or result-size limit stopped the query; ``setting`` names the limit."""


class WriteRefused(QueryError):
    """A read-only call met a query that creates, changes or deletes data."""


class CypherRejected(QueryError):
    """Syntax or semantic error, unsupported feature, or a refused clause (LOAD CSV)."""


class MissingParameter(QueryError):
    """A ``$name`` the query uses was not given."""


def timed_out(limit: int | None, *, query: str, params) -> QueryTimeout:
    """The one wording of a stopped query, whichever engine stopped it."""
    return QueryTimeout(
        f"the query ran longer than its limit of {limit} ms and was stopped",
        limit_ms=limit or 0,
        query=query,
        params=params,
        setting="SK_QUERY_TIMEOUT_MS",
    )


def write_refused(*, query: str, params) -> WriteRefused:
    """The one wording of a write the engine refused in a read-only run."""
    return WriteRefused(
        "this query writes to the graph; only reading queries may run here",
        query=query,
        params=params,
    )


def too_large(what: str, limit_mb: int, setting: str, *, query: str, params) -> TooLarge:
    """The one wording of a query stopped by a size limit."""
    return TooLarge(
        f"the query {what} more than {limit_mb} MB ({setting}) and was stopped;"
        " narrow it (WHERE, LIMIT) or ask the administrator to raise the limit",
        query=query,
        params=params,
        setting=setting,
    )
