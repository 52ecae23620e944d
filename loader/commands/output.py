"""What the commands share: one error line and exit 2, JSON/table reports, the store, progress."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

from loader.errors import RegulationError
from queries.errors import QueryError
from queries.store import open_store


def print_report(
    path: str,
    produce: Callable[[str], Any],
    fmt: str,
    to_json: Callable[[Any], dict],
    to_table: Callable[[Any], str],
) -> int:
    try:
        result = produce(path)
    except RegulationError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    if fmt == "json":
        json.dump(to_json(result), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(to_table(result))
    return 0


def on_store(work: Callable[[Any], int]) -> int:
    """Open the store, run ``work(store)``, close it; a store error is one line and exit 2."""
    try:
        store = open_store()
    except (QueryError, ValueError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    try:
        return work(store)
    except QueryError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    finally:
        store.close()


def bar_progress(bar) -> Callable[[int, int, str], None]:
    """A ``Progress`` callback that moves a tqdm ``bar`` and shows what is being done."""

    def progress(done: int, total: int, name: str) -> None:
        bar.n = done
        bar.set_postfix_str(name)
        bar.refresh()

    return progress
