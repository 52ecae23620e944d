"""``python -m loader extract FILE [--format json|table]``: read, report, write nothing."""

from __future__ import annotations

import json
import sys

from loader.errors import RegulationError
from loader.extract import extract_file
from loader.report import to_json, to_table


def register(sub) -> None:
    p = sub.add_parser("extract", help="read one regulation and print its edges (writes nothing)")
    p.add_argument("file", help="regulation text (UTF-8, or UTF-16 with BOM)")
    p.add_argument("--format", choices=("json", "table"), default="json")
    p.set_defaults(handler=run)


def run(args) -> int:
    try:
        extraction = extract_file(args.file)
    except RegulationError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    if args.format == "json":
        json.dump(to_json(extraction), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(to_table(extraction))
    return 0
