"""The read side both adapters share: catalog names, the guard, the limits.

An adapter only says how its engine runs one read (``_execute``); what is
checked before (no writes, no LOAD CSV, every ``$name`` given) and which time
limit and row cap apply is decided here once, so the two engines cannot drift.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from queries import guard
from queries.catalog import named_query
from queries.settings import Settings
from queries.store import Rows


class CatalogReads:
    settings: Settings

    def query(self, name: str, params: Mapping[str, Any] | None = None) -> Rows:
        return self._read(named_query(name).text, params, None, None, query=name)

    def run_readonly(
        self,
        text: str,
        params: Mapping[str, Any] | None = None,
        timeout_ms: int | None = None,
        max_rows: int | None = None,
    ) -> Rows:
        return self._read(text, params, timeout_ms, max_rows, query=text)

    def regulation_hashes(self) -> dict[str, str]:
        rows = self.query("regulation_files").rows
        return {r["source_file"]: r["sha256"] for r in rows if r["has_source"]}

    def is_empty(self) -> bool:
        return not self.query("regulation_files").rows

    def _read(self, text, params, timeout_ms, max_rows, *, query: str) -> Rows:
        params = dict(params or {})
        guard.check_read(text, params, query)
        s = self.settings
        timeout, cap = guard.limits(
            timeout_ms, max_rows, s.query_timeout_ms, s.max_rows, s.timeout_max_ms
        )
        return self._execute(text, params, timeout, cap, query)

    def _execute(self, text: str, params: dict, timeout: int, cap: int, query: str) -> Rows:
        """Run ``text`` read-only on the engine within ``timeout`` ms; read at most cap+1 rows."""
        raise NotImplementedError
