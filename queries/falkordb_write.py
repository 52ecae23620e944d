"""Write queries sent to FalkorDB with the next one's text built while the server runs the
current one (issue 13).

A write's parameters travel as Cypher literals in the query text (``CYPHER rows=[...]``):
building that text is pure Python and, at national scale, a fifth of a load. Done in a second
thread, it overlaps the server's work instead of adding to it (the thread waits on the
socket without the GIL). Each query's execution time as the server reports it goes to
``spent(step, seconds)``: a bench sees the store's own time per write step, not the client's
(a busy client thread would otherwise show up as a slow step).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from falkordb import Graph
from falkordb.query_result import QueryResult

from queries.catalog import WRITES_DIR, load_catalog, one_statement
from queries.store import GraphWrite, WriteStep

Planned = tuple[str, str, dict[str, Any]]  # (step name, Cypher text, parameters)


def by_step(writes: Sequence[GraphWrite]) -> Iterator[Planned]:
    """Every statement of every step, in order: a staging graph built step by step."""
    for write in writes:
        for step in write.steps:
            for text, params in _plan(step):
                yield step.name, text, params


def by_write(writes: Sequence[GraphWrite]) -> Iterator[Planned]:
    """Each write as one statement (``one_statement``): all or nothing on the live graph."""
    for write in writes:
        yield ("write_in_place", *one_statement([p for step in write.steps for p in _plan(step)]))


def _plan(step: WriteStep) -> list[tuple[str, dict[str, Any]]]:
    return load_catalog(WRITES_DIR)[step.name].plan(step.params)


def send_all(graph: Graph, planned: Iterable[Planned], spent: Callable[[str, float], None]) -> None:
    """Run every planned query on ``graph`` in order; the first error is raised (as redis's
    ``ResponseError``) and nothing after it is sent."""
    with ThreadPoolExecutor(1, thread_name_prefix="sk-encode") as pool:
        pending: tuple[str, Future[str]] | None = None
        for step, text, params in planned:
            ready = (step, pool.submit(encoded, graph, text, params))
            if pending is not None:
                _send(graph, *pending, spent)
            pending = ready
        if pending is not None:
            _send(graph, *pending, spent)


def encoded(graph: Graph, text: str, params: dict[str, Any]) -> str:
    """The text FalkorDB receives: parameters go in a CYPHER header, never into the query."""
    return graph._build_params_header(params) + text


def _send(graph: Graph, step: str, text: Future[str], spent: Callable[[str, float], None]) -> None:
    reply = graph.execute_command("GRAPH.QUERY", graph.name, text.result(), "--compact")
    result = QueryResult(graph, reply)  # raises the error a reply carries
    spent(step, result.run_time_ms / 1000)
