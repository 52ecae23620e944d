"""``python -m loader extract FILE [--format json|table]``: read, report, write nothing."""

from __future__ import annotations

from loader.commands.output import print_report
from loader.reading.extract import extract_file
from loader.reading.report import to_json, to_table


def register(sub) -> None:
    p = sub.add_parser("extract", help="read one regulation and print its edges (writes nothing)")
    p.add_argument("file", help="regulation: text (UTF-8, or UTF-16 with BOM) or PDF")
    p.add_argument("--format", choices=("json", "table"), default="json")
    p.set_defaults(handler=run)


def run(args) -> int:
    return print_report(args.file, extract_file, args.format, to_json, to_table)
