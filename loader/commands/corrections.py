"""``python -m loader corrections export FILE`` / ``import FILE``: share analyst corrections.

The file is JSON or CSV by its suffix (``corrections.files``). ``export`` writes
every correction and draft (or one regency's with ``--regency``); ``import``
writes them back through the validated write path, logged under ``--author``
(default: the login name). Exit 2 on a store error or a file that is not an export.
"""

from __future__ import annotations

import getpass
import sys

from corrections import files, storage
from corrections.model import CorrectionRefused
from loader.commands.output import on_store


def register(sub) -> None:
    p = sub.add_parser("corrections", help="export or import analyst corrections (JSON or CSV)")
    verbs = p.add_subparsers(dest="verb", required=True)
    out = verbs.add_parser("export", help="write corrections and drafts to FILE (.json or .csv)")
    out.add_argument("file")
    out.add_argument("--regency", default="", help="only this regency's, e.g. 'Kabupaten Buton'")
    out.set_defaults(handler=lambda args: on_store(lambda store: _export(store, args)))
    into = verbs.add_parser("import", help="write corrections and drafts from FILE into the graph")
    into.add_argument("file")
    into.add_argument("--author", default="", help="name logged for the write (default: login)")
    into.set_defaults(handler=lambda args: on_store(lambda store: _import(store, args)))


def _export(store, args) -> int:
    items = storage.corrections(store, args.regency)
    kept = storage.drafts(store, args.regency)
    files.write_file(args.file, items, kept)
    print(f"exported {len(items)} correction(s) and {len(kept)} draft(s) to {args.file}")
    return 0


def _import(store, args) -> int:
    try:
        items, found = files.read_file(args.file)
    except (OSError, files.NotAnExport) as err:
        print(f"error: {args.file}: {err}", file=sys.stderr)
        return 2
    editor = storage.Editor(args.author or getpass.getuser(), allowed=True)  # a local shell
    try:
        storage.import_records(store, items, found, editor)
    except CorrectionRefused as err:
        print(f"error: {args.file}: {err}", file=sys.stderr)
        return 2
    stale = sum(1 for c in items if c.status == "stale")
    print(f"imported {len(items)} correction(s) and {len(found)} draft(s) from {args.file}")
    if stale:
        print(f"{stale} correction(s) no longer match their regulation's text")
    return 0
