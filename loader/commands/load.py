"""``python -m loader load [FILES...] [--if-changed]``: write regulations into the graph store.

Each regulation is replaced atomically; one bad file does not stop the
others, and the command then exits 1 with a summary naming it (2 when the
store itself is unavailable). ``--if-changed`` skips files whose sha256 the
store already holds, so ``make run`` is quick on a second start.
"""

from __future__ import annotations

import sys

from tqdm import tqdm

from loader.commands.output import bar_progress, on_store
from loader.graph.load import default_paths, load_files


def register(sub) -> None:
    p = sub.add_parser("load", help="load regulations into the graph (default: data/regulations)")
    p.add_argument("files", nargs="*", help="regulation texts; default: every file in data/")
    p.add_argument(
        "--if-changed", action="store_true", help="skip files whose sha256 is already loaded"
    )
    p.set_defaults(handler=run)


def run(args) -> int:
    paths = args.files or default_paths()
    return on_store(lambda store: _load(paths, store, args.if_changed))


def _load(paths, store, if_changed: bool) -> int:
    quiet = not sys.stderr.isatty()
    with tqdm(total=len(paths), unit="file", file=sys.stderr, leave=False, disable=quiet) as bar:
        report = load_files(paths, store, progress=bar_progress(bar), if_changed=if_changed)
    for name in report.loaded:
        sizes = report.counts[name]
        print(
            f"loaded {name}: {sizes['templates']} positions and {sizes['edges']} edges in the"
            f" regulation; {sizes['instances']} positions and {sizes['edge_copies']} edge copies"
            " in its named units"
        )
    for name, ids in report.stale.items():
        print(f"{name}: {len(ids)} correction(s) no longer match the text (marked stale)")
    for name in report.unchanged:
        print(f"unchanged {name}")
    for problem in report.problems:
        print(f"error: {problem}", file=sys.stderr)
    if report.failed:
        print(
            f"{len(report.failed)} of {len(paths)} file(s) not loaded: " + ", ".join(report.failed),
            file=sys.stderr,
        )
        return 1
    return 0
