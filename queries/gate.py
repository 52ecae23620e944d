"""How many console queries may run at once: per browser session and in total (issue 12: 6).

FalkorDB runs queries on a fixed pool of threads (``THREAD_COUNT``, one per
core) and cannot interrupt a long list expression mid-way, so two heavy
console queries could hold every thread and stall every page. The gate keeps
ad-hoc queries to ``SK_CONSOLE_TOTAL`` at once (``SK_CONSOLE_PER_SESSION`` per
session); an extra one waits its turn, telling the caller once, and gives up
with :class:`ConsoleBusy` after ``wait_s``. Catalog queries (the pages) do
not pass through it.

    gate = QueryGate(total=1, per_session=1)
    with gate.slot(session_id, wait_s=20, on_wait=lambda running: ...):
        rows = store.run_readonly(text, params)
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator

from queries.errors import QueryError


class ConsoleBusy(QueryError):
    """Every console slot stayed taken for as long as a query may wait."""


class QueryGate:
    """A bounded count of running console queries, in total and per session; thread-safe."""

    def __init__(self, total: int, per_session: int) -> None:
        self.total = max(1, total)
        self.per_session = max(1, per_session)
        self._cond = threading.Condition()
        self._running: dict[str, int] = {}

    def running(self, session: str | None = None) -> int:
        """Queries running now: all of them, or one session's."""
        with self._cond:
            if session is not None:
                return self._running.get(session, 0)
            return sum(self._running.values())

    @contextlib.contextmanager
    def slot(
        self, session: str, wait_s: float, on_wait: Callable[[int], None] | None = None
    ) -> Iterator[None]:
        """Hold one slot while the block runs; ``on_wait(running)`` once if it must wait first."""
        deadline = time.monotonic() + wait_s
        told = False
        with self._cond:
            while not self._free(session):
                if not told and on_wait is not None:
                    on_wait(sum(self._running.values()))
                    told = True
                left = deadline - time.monotonic()
                if left <= 0:
                    raise ConsoleBusy(
                        f"{self.total} console query(ies) already running (SK_CONSOLE_TOTAL,"
                        f" {self.per_session} per session: SK_CONSOLE_PER_SESSION); waited"
                        f" {wait_s:.0f} s, try again",
                        setting="SK_CONSOLE_TOTAL",
                    )
                self._cond.wait(left)
            self._running[session] = self._running.get(session, 0) + 1
        try:
            yield
        finally:
            with self._cond:
                self._running[session] -= 1
                if not self._running[session]:
                    del self._running[session]
                self._cond.notify_all()

    def _free(self, session: str) -> bool:
        mine = self._running.get(session, 0)
        return mine < self.per_session and sum(self._running.values()) < self.total
