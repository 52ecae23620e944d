"""``python -m loader reset``: remove every regulation from the graph store.

Analyst corrections and drafts go with it, so they are first exported to
``SK_DATA_DIR/koreksi/`` (issue 15: removing a regulation keeps its corrections
in an export written first); ``loader corrections import`` brings them back.
"""

from __future__ import annotations

from corrections.storage import backup
from loader.commands.output import on_store


def register(sub) -> None:
    p = sub.add_parser("reset", help="empty the graph store (corrections are exported first)")
    p.set_defaults(handler=run)


def run(args) -> int:
    return on_store(_reset)


def _reset(store) -> int:
    kept = backup(store, store.settings.data_dir / "koreksi")
    if kept is not None:
        print(f"corrections exported to {kept}")
    store.reset()
    print("store emptied")
    return 0
