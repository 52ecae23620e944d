"""Embedded adapter: FalkorDB over the unix socket of :mod:`queries.embedded`.

Reads use ``GRAPH.RO_QUERY`` (the engine refuses writes) with an integer-ms
``TIMEOUT``; ``TIMEOUT_MAX`` and ``RESULTSET_SIZE`` are server-side backstops.
Writes never hold two copies of the graph (issue 13). Into an empty graph (first load,
after a reset) :meth:`apply_writes` builds a staging graph and swaps it in with
``RENAME``; into a graph with something to keep, each write is ONE query on the live
graph, which FalkorDB applies all or nothing (its undo log) and readers see before or
after, never half. Then it ``SAVE``s. A process killed midway leaves the writes it finished,
each whole, or a stale staging key dropped by the next load. Loads are serialised by a
file lock in the data directory.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence

import redis
from falkordb.query_result import QueryResult

from queries.catalog import schema_statements
from queries.embedded import RESULTSET_SIZE, EmbeddedServer, file_lock
from queries.errors import (
    CypherRejected,
    DiskFull,
    MissingParameter,
    QueryError,
    StoreUnavailable,
    timed_out,
    too_large,
    write_refused,
)
from queries.falkordb_reply import NotPlain, plain_rows, reply_size, to_plain
from queries.falkordb_write import Planned, by_step, by_write, encoded, send_all
from queries.reads import CatalogReads
from queries.server_process import free_bytes, rdb_size, remove_dumps
from queries.settings import Settings
from queries.store import GraphWrite, Rows


class FalkorDBStore(CatalogReads):
    """GraphStore on the embedded server; thread-safe (redis connection pool)."""

    engine = "falkordb"

    def __init__(self, settings: Settings, server: EmbeddedServer, started: bool) -> None:
        self.settings = settings
        self.server = server
        self.started_server = started
        self.db = server.client()
        # reads are not retried: a reply the server refused to send would only be computed again
        self.reads = server.client(retries=0).connection
        self._cut = self._cut_replies()
        self.graph_name = settings.graph
        self.staging_name = f"{settings.graph}__staging"
        self.step_seconds: dict[str, float] = {}  # seconds per write step of the last load (bench)

    @classmethod
    def open(cls, settings: Settings) -> FalkorDBStore:
        """Start or reuse the server, make sure the graph exists with its schema."""
        server = EmbeddedServer(settings)
        store = cls(settings, server, server.ensure_running())
        try:
            store._call(store._ensure_graph, query="(open)")
        except QueryError:
            store.close()
            raise
        return store

    # -- reads -------------------------------------------------------------------------------
    def _execute(self, text: str, params: dict, timeout: int, cap: int, query: str) -> Rows:
        graph = self.db.select_graph(self.graph_name)
        command = ("GRAPH.RO_QUERY", self.graph_name, encoded(graph, text, params))
        raw = self._read_raw(
            (*command, "--compact", "timeout", timeout), query=query, params=params, limit=timeout
        )
        self._call(_raise_error, raw, query=query, params=params, limit=timeout)
        if len(raw) == 1:  # statistics only: no result set
            return Rows([], [], truncated=False)
        budget = self.settings.max_result_mb * 1_000_000
        try:
            values, size = plain_rows(raw[1], budget)
        except NotPlain:  # nodes, edges, paths: the client library's decoder, after the size
            values, size = None, reply_size(raw[1], budget)
        if size > budget:
            raise too_large(
                "returned", self.settings.max_result_mb, "SK_MAX_RESULT_MB", **_ctx(query, params)
            )
        if values is None:
            result = self._call(QueryResult, graph, raw, query=query, params=params, limit=timeout)
            values = [[to_plain(v) for v in row] for row in result.result_set]
        columns = [col[1] if isinstance(col, list | tuple) else col for col in raw[0]]
        rows = [dict(zip(columns, row, strict=True)) for row in values[:cap]]
        # RESULTSET_SIZE cuts silently on the server: reaching it also means rows were dropped.
        return Rows(columns, rows, truncated=len(values) > cap or len(values) >= RESULTSET_SIZE)

    def _read_raw(self, command: tuple, *, query: str, params: dict, limit: int) -> list:
        """The engine's raw reply; a limit that closed the connection is named.

        A reply above ``SK_MAX_RESULT_MB`` makes the server drop the connection
        (``client-output-buffer-limit``) before sending it.
        A single allocation beyond ``SK_SERVER_MEM_MB`` (``range(1, 1e10)``) makes the
        server abort at once (RLIMIT_AS) instead of growing until the kernel kills
        it; every load is saved, so a restart loses nothing.
        """
        for attempt in (1, 2):
            try:
                return self._call(
                    self.reads.execute_command, *command, query=query, params=params, limit=limit
                )
            except StoreUnavailable as err:
                hit = self._limit_hit(err, retry=attempt == 1)
                if hit is not None:
                    raise too_large(*hit, **_ctx(query, params)) from None
        raise AssertionError("unreachable")  # the second attempt returns or raises

    def _limit_hit(self, err: StoreUnavailable, retry: bool) -> tuple[str, int, str] | None:
        """(what, limit MB, setting) when a limit closed the connection; None to try again.

        Re-raises ``err`` when the server is simply gone.
        """
        if self.server.ping():
            cut = self._cut_replies()
            if cut > self._cut:  # the reply passed the output buffer limit
                self._cut = cut
                return "returned", self.settings.max_result_mb, "SK_MAX_RESULT_MB"
            if retry:
                return None  # a connection left over from a restarted server: once more
            raise err
        if not self.server.died_of_memory():
            raise err
        self.server.ensure_running()
        self.reads.connection_pool.disconnect()
        return "needed", self.settings.server_mem_mb, "SK_SERVER_MEM_MB"

    # -- writes ------------------------------------------------------------------------------
    def apply_writes(self, writes: Sequence[GraphWrite]) -> None:
        """Apply every write to a staging copy, then swap it in at once and save."""
        with file_lock(self.server.data_dir / "load.lock"):
            self._call(self._swap_in, writes, query="(load)")

    def _swap_in(self, writes: Sequence[GraphWrite]) -> None:
        self.db.connection.delete(self.staging_name)  # left by a killed first load, if any
        self._check_space()
        self.step_seconds = {}
        try:
            if self._live_is_empty():
                self._build_staged(by_step(writes))
            else:
                self._write_in_place(by_write(writes))
        finally:
            remove_dumps(self.server.data_dir)
        self._save_or_roll_back()

    def _build_staged(self, planned: Iterator[Planned]) -> None:
        """Nothing to keep: build the new graph under the staging key, step by step, and
        RENAME it in -- atomic for the whole load and never two graphs (the live one is empty)."""
        conn = self.db.connection
        try:
            self._ensure_graph(self.staging_name)
            send_all(self.db.select_graph(self.staging_name), planned, self._spent)
            conn.rename(self.staging_name, self.graph_name)
        finally:
            conn.delete(self.staging_name)

    def _write_in_place(self, planned: Iterator[Planned]) -> None:
        """A graph to keep: each write as one query on the live graph (``by_write``): the
        server holds the graph plus one write, never a copy. A write that fails is undone by the
        engine; the ones before it are whole and saved (the file equals the live graph)."""
        try:
            send_all(self.db.select_graph(self.graph_name), planned, self._spent)
        except redis.ResponseError:
            self._save_or_roll_back()
            raise

    def _spent(self, step: str, seconds: float) -> None:  # seconds per step, for the bench
        self.step_seconds[step] = self.step_seconds.get(step, 0.0) + seconds

    def _check_space(self) -> None:
        """Refuse a load the disk cannot hold, before anything changes.

        SAVE writes the new ``graph.rdb`` beside the old one and a load may grow it (a load no
        longer copies the graph: no GRAPH.COPY dump, issue 13). Three times the current file
        plus ``SK_MIN_FREE_MB`` covers both.
        """
        need = 3 * rdb_size(self.server.data_dir) + self.settings.min_free_mb * 1_000_000
        free = free_bytes(self.server.data_dir)
        if free < need:
            raise self._disk_full(free, f"a load needs about {need / 1e6:.0f} MB")

    def _save_or_roll_back(self) -> None:
        """SAVE the swapped graph; if that fails, go back to what ``graph.rdb`` holds.

        Every write is saved at once, so the file always equals the graph that
        was live before this load: ``DEBUG RELOAD NOSAVE`` restores it, and the
        load is neither live nor on disk (durable-or-not).
        """
        conn = self.db.connection
        try:
            conn.save()
        except redis.ResponseError:
            free = free_bytes(self.server.data_dir)
            with contextlib.suppress(redis.ResponseError):  # no graph.rdb yet: an empty store
                conn.execute_command("DEBUG", "RELOAD", "NOSAVE")
            self._ensure_graph()
            raise self._disk_full(free, "saving the new graph failed") from None

    def _cut_replies(self) -> int:
        """How many replies the server refused to send for passing ``SK_MAX_RESULT_MB``."""
        try:
            stats = self.db.connection.info("stats")
        except redis.RedisError:
            return 0
        return int(stats.get("client_output_buffer_limit_disconnections", 0))

    def _disk_full(self, free: int, why: str) -> DiskFull:
        return DiskFull(
            f"disk full: {why} and {self.server.data_dir} has {free / 1e6:.0f} MB free;"
            " nothing was loaded and the previous graph is kept",
            query="(load)",
            setting="SK_DATA_DIR",
        )

    def reset(self) -> None:
        with file_lock(self.server.data_dir / "load.lock"):
            self._call(self._reset, query="(reset)")

    def _reset(self) -> None:
        self.db.connection.delete(self.graph_name)
        self._ensure_graph()
        self._save_or_roll_back()

    def _live_is_empty(self) -> bool:
        """No node in the live graph (first load, after a reset)."""
        graph = self.db.select_graph(self.graph_name)
        return not graph.ro_query("MATCH (n) RETURN 1 LIMIT 1").result_set

    def _ensure_graph(self, name: str | None = None) -> None:
        """Create the graph with its indexes, or add indexes a newer schema file has.

        FalkorDB has no ``IF NOT EXISTS``: an index that exists is refused with
        "already indexed", which here means there is nothing to do.
        """
        graph = self.db.select_graph(name or self.graph_name)
        for statement in schema_statements("falkordb"):
            try:
                graph.query(statement)
            except redis.ResponseError as err:
                if "already indexed" not in str(err):
                    raise

    def close(self) -> None:
        """Close the pools; the server keeps running for the next process (stop: embedded.py)."""
        self.reads.close()
        self.db.connection.close()

    # -- errors ------------------------------------------------------------------------------
    def _call(self, fn, *args, query: str, params=None, limit: int | None = None, **kwargs):
        """Run ``fn``, turning redis/FalkorDB errors into one-line QueryErrors."""
        try:
            return fn(*args, **kwargs)
        except (redis.ConnectionError, redis.TimeoutError) as err:
            raise StoreUnavailable(
                f"embedded FalkorDB at {self.server.socket} is not answering ({err});"
                " restart the app or check SK_DATA_DIR",
                query=query,
                setting="SK_DATA_DIR",
            ) from err
        except redis.ResponseError as err:
            mem = self.settings.query_mem_mb
            raise translate(err, query=query, params=params, limit=limit, mem_mb=mem) from err


def translate(
    err: redis.ResponseError, *, query: str, params, limit: int | None, mem_mb: int = 0
) -> QueryError:
    """Map FalkorDB's reply text to our tree; the message keeps only its first line."""
    text = str(err).splitlines()[0] if str(err) else type(err).__name__
    lowered = text.lower()
    if "timed out" in lowered:
        return timed_out(limit, query=query, params=params)
    if "read-only" in lowered:
        return write_refused(query=query, params=params)
    if "mem consumption exceeded capacity" in lowered:
        return too_large("used", mem_mb, "SK_QUERY_MEM_MB", query=query, params=params)
    if "missing parameters" in lowered:
        return MissingParameter(f"missing parameter(s): {text}", query=query, params=params)
    return CypherRejected(f"FalkorDB rejected the query: {text}", query=query, params=params)


def _raise_error(raw: list) -> None:
    """A run-time error (a timeout, a memory cap) arrives as the reply's last element."""
    if raw and isinstance(raw[-1], redis.ResponseError):
        raise raw[-1]


def _ctx(query: str, params) -> dict:
    return {"query": query, "params": params}
