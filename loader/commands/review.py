"""``python -m loader review FILE [--format json|table]``: what was understood, what was not.

Reads a text or PDF regulation like ``extract`` (writing nothing to the graph;
a PDF's text is kept under ``SK_PDF_TEXT_DIR``) and prints the review report of
``loader.review.analysis``. Bad input: one line on stderr naming the file, exit 2.
"""

from __future__ import annotations

from loader.commands.output import print_report
from loader.review.analysis import review_file
from loader.review.report import to_json, to_table


def register(sub) -> None:
    p = sub.add_parser(
        "review", help="report what was understood in a regulation (text or PDF) and what was not"
    )
    p.add_argument("file", help="regulation: text (UTF-8/UTF-16) or PDF (text layer or scanned)")
    p.add_argument("--format", choices=("json", "table"), default="table")
    p.set_defaults(handler=run)


def run(args) -> int:
    return print_report(args.file, review_file, args.format, to_json, to_table)
