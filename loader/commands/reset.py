"""``python -m loader reset``: remove every regulation from the graph store."""

from __future__ import annotations

from loader.commands.output import on_store


def register(sub) -> None:
    p = sub.add_parser("reset", help="empty the graph store")
    p.set_defaults(handler=run)


def run(args) -> int:
    return on_store(_reset)


def _reset(store) -> int:
    store.reset()
    print("store emptied")
    return 0
