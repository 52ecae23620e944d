"""The one store interface the rest of the project uses; adapters implement it.

``open_store(settings)`` picks the embedded FalkorDB adapter (default) or the
Neo4j adapter (when ``NEO4J_URI`` is set or ``SK_STORE=neo4j``). Callers never
import a driver: they get :class:`Rows` of plain Python values and catch
:class:`queries.errors.QueryError`.

Example::

    store = open_store({"SK_DATA_DIR": "/tmp/sk"})
    rows = store.query("position_search", {"regency": "Kabupaten Buton", "q": "kepala"})
    for row in rows.rows: print(row["title"])
    store.close()
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from queries.settings import Settings


@dataclass(frozen=True)
class Rows:
    """A query's answer: column names, one dict per row, and whether the row cap cut it.

    Values are plain Python: nodes become ``{"labels": [...], "properties": {...}}``,
    relationships ``{"type", "start", "end", "properties"}`` (start/end are node uids),
    paths ``{"nodes": [...], "relationships": [...]}``; integers stay ints.
    """

    columns: list[str]
    rows: list[dict[str, Any]]
    truncated: bool = False

    def __len__(self) -> int:
        return len(self.rows)

    def column(self, name: str) -> list[Any]:
        return [row[name] for row in self.rows]


@dataclass(frozen=True)
class WriteStep:
    """One named write statement (``queries/writes/<name>.cypher``) with its parameters."""

    name: str
    params: Mapping[str, Any]


@dataclass(frozen=True)
class GraphWrite:
    """Everything that replaces one subgraph (a regulation, a regency's roster): all or nothing."""

    uid: str
    steps: Sequence[WriteStep] = field(default_factory=tuple)


class StepStream(Sequence[WriteStep]):
    """Write steps (or whole writes) produced by a background thread and consumed as they come
    (issue 13): the loader builds the next regulations' rows while the store writes the current
    ones. Iterating waits for each step; ``len`` and indexing wait for all; an error building
    them is raised to the consumer. Iterable again (a retried Neo4j transaction sees the same
    steps)."""

    def __init__(self, steps: Iterable[WriteStep]) -> None:
        self._items: list[WriteStep] = []
        self._done = False
        self._error: BaseException | None = None
        self._cond = threading.Condition()
        threading.Thread(target=self._fill, args=(steps,), daemon=True).start()

    def _fill(self, steps: Iterable[WriteStep]) -> None:
        try:
            for step in steps:
                with self._cond:
                    self._items.append(step)
                    self._cond.notify_all()
        except BaseException as err:  # handed to the consumer, raised there
            self._error = err
        finally:
            with self._cond:
                self._done = True
                self._cond.notify_all()

    def __iter__(self) -> Iterator[WriteStep]:
        i = 0
        while True:
            with self._cond:
                while i >= len(self._items) and not self._done:
                    self._cond.wait()
                if i < len(self._items):
                    step = self._items[i]
                elif self._error is not None:
                    raise self._error
                else:
                    return
            i += 1
            yield step

    def _all(self) -> list[WriteStep]:
        return [step for step in self.__iter__()]  # not list(self): it would ask len() first

    def __len__(self) -> int:
        return len(self._all())

    def __getitem__(self, index):  # type: ignore[override]
        return self._all()[index]


Progress = Callable[[int, int, str], None]


class GraphStore(Protocol):
    """What every adapter offers. All methods raise ``QueryError`` subclasses only."""

    engine: str
    settings: Settings

    def query(self, name: str, params: Mapping[str, Any] | None = None) -> Rows:
        """Run catalog query ``name`` read-only under the catalog limits."""

    def run_readonly(
        self,
        text: str,
        params: Mapping[str, Any] | None = None,
        timeout_ms: int | None = None,
        max_rows: int | None = None,
    ) -> Rows:
        """Run ad-hoc Cypher: engine-enforced read-only, time-limited, row-capped."""

    def apply_writes(self, writes: Sequence[GraphWrite]) -> None:
        """Apply each write's steps; each write becomes visible atomically, or not at all."""

    def regulation_hashes(self) -> dict[str, str]:
        """``{source_file: sha256}`` of the regulations loaded, for ``load --if-changed``.

        A regulation written without its Source (an older graph) is left out, so
        ``--if-changed`` writes it again and every page can show its text.
        """

    def is_empty(self) -> bool:
        """True when no regulation is loaded; doubles as the health check."""

    def reset(self) -> None:
        """Remove every node and relationship."""

    def close(self) -> None:
        """Release connections (and stop an embedded server this store started)."""


def open_store(settings: Settings | Mapping[str, str] | None = None) -> GraphStore:
    """Open the configured store; raises ``StoreUnavailable`` naming what to check."""
    if not isinstance(settings, Settings):
        settings = Settings.from_mapping(settings)
    if settings.store == "neo4j":
        from queries.neo4j_store import Neo4jStore

        return Neo4jStore.connect(settings)
    from queries.falkordb_store import FalkorDBStore

    return FalkorDBStore.open(settings)
