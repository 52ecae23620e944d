"""``python -m loader roster FILE... --regency NAME [--partial] [--if-changed]``; ``--demo``.

Imports the pegawai and tim kerja tables (CSV/XLSX) of one issuing government (a regency,
city, province, ministry or agency whose regulation is loaded). Every problem is
printed as file, row, column, reason; with any problem nothing is written
(exit 1) unless ``--partial`` writes the good rows. ``--demo`` imports every
set listed in ``data/demo/manifest.csv`` (what ``make run`` does).
"""

from __future__ import annotations

import csv
import sys

from tqdm import tqdm

from loader.commands.output import bar_progress, on_store
from loader.roster.importer import DEMO_DIR, RosterRefused, import_roster


def register(sub) -> None:
    p = sub.add_parser("roster", help="import an issuer's roster (pegawai, tim kerja)")
    p.add_argument("files", nargs="*", help="CSV or XLSX files: pegawai and tim kerja tables")
    p.add_argument(
        "--regency",
        help="the issuing government as loaded, e.g. 'Kabupaten Buton', 'Kota Malang', "
        "'Kementerian Agama', or its name without the first word ('Buton')",
    )
    p.add_argument("--partial", action="store_true", help="write the good rows, skip bad ones")
    p.add_argument("--if-changed", action="store_true", help="skip when the same files are in")
    p.add_argument("--demo", action="store_true", help="import every set in data/demo/")
    p.set_defaults(handler=run)


def run(args) -> int:
    if args.demo:
        jobs = _demo_jobs()
    elif args.files and args.regency:
        jobs = [(args.regency, args.files)]
    else:
        print("error: give FILES and --regency, or --demo", file=sys.stderr)
        return 2
    return on_store(lambda store: max(_import(store, r, f, args) for r, f in jobs))


def _demo_jobs() -> list[tuple[str, list[str]]]:
    with (DEMO_DIR / "manifest.csv").open(encoding="utf-8") as f:
        return [
            (row["regency"], sorted(str(p) for p in (DEMO_DIR / row["folder"]).glob("*.csv")))
            for row in csv.DictReader(f)
        ]


def _import(store, regency: str, files: list[str], args) -> int:
    quiet = not sys.stderr.isatty()
    with tqdm(
        total=len(files) + 2, unit="step", file=sys.stderr, leave=False, disable=quiet
    ) as bar:
        try:
            report = import_roster(
                files, regency, store, args.partial, args.if_changed, progress=bar_progress(bar)
            )
        except RosterRefused as err:
            print(f"error: {regency}: {err}", file=sys.stderr)
            return 2
    for problem in report.problems:
        label = "error" if problem.fatal else "note"
        print(f"{label}: {problem}", file=sys.stderr)
    if report.unchanged:
        print(f"unchanged {report.regency}")
        return 0
    if report.refused:
        print(
            f"error: {report.regency}: nothing imported, the roster is unchanged", file=sys.stderr
        )
        return 2
    if not report.written:
        print(
            f"{report.regency}: nothing imported, {len(report.errors)} problem(s);"
            " fix them or use --partial",
            file=sys.stderr,
        )
        return 1
    c = report.counts
    print(
        f"imported {report.regency}: {c['employees']} employees, {c['teams']} teams,"
        f" {c['work_units']} units, {c['posts']} posts"
        + (f" ({len(report.errors)} row problem(s) skipped)" if report.errors else "")
    )
    if report.teams_removed:
        print(
            f"removed {report.teams_removed} team(s) of the previous roster:"
            " no tim kerja table was given (an import replaces the whole roster)"
        )
    return 1 if report.errors else 0
