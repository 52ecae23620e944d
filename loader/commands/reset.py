"""``python -m loader reset``: remove every regulation from the graph store."""

from __future__ import annotations

import sys

from queries.errors import QueryError
from queries.store import open_store


def register(sub) -> None:
    p = sub.add_parser("reset", help="empty the graph store")
    p.set_defaults(handler=run)


def run(args) -> int:
    try:
        store = open_store()
    except (QueryError, ValueError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    try:
        store.reset()
    except QueryError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    finally:
        store.close()
    print("store emptied")
    return 0
