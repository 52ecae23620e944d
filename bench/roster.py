"""Roster benchmark (issue 6): import 100 000 employees and 5 000 teams, derive, check.

    python bench/roster.py [--scale 200]

On a private embedded server in a temporary directory: load the five
regulations, generate demo rosters at ``--scale`` (200 gives 100 000 employees
and 5 000 teams over the five regencies, ``demo/generate.py``), then time
(1) the import of every regency's roster (read, validate, place, atomic write),
(2) reading each regency's snapshot once (``checks.roster.read_roster``), deriving every
employee's appraiser, target-setter and assigner (``checks.people.derive``), (3) all checks
(``checks.findings``), the reconciliation and the team rows. Goals: import <= 30 s, derivation
+ checks <= 10 s. The same-run floor is one typed Cypher pass over every employee's posts
(``(:Employee)-[:HOLDS]->(:Post)``, plain values); the ratio says how far above it the whole
answer is (the floor is read with the collector paused, as the snapshot is). Prints, never
asserts.
"""

from __future__ import annotations

import argparse
import csv
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checks.bulk import paused_gc  # noqa: E402
from checks.findings import findings  # noqa: E402
from checks.people import derive, reconciliation, team_members  # noqa: E402
from checks.precedence import SUPERIOR_TYPES  # noqa: E402
from checks.roster import read_roster  # noqa: E402
from loader.graph.load import default_paths, load_files  # noqa: E402
from loader.roster.importer import import_roster  # noqa: E402
from queries.store import open_store  # noqa: E402

LIMITS = {"SK_QUERY_TIMEOUT_MS": "120000", "SK_MAX_ROWS": "10000000"}
# The roster input bounds (issue 12, docs/limits.md) are set for one regency's real roster;
# at --scale 200 each demo file holds 20 000 rows, so the bench raises them the documented way.
ROSTER_LIMITS = {"SK_ROSTER_MAX_ROWS": "10000000", "SK_ROSTER_MAX_MB": "10000"}


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--scale", type=float, default=200)
    scale = args.parse_args().scale
    os.environ.update({k: os.environ.get(k, v) for k, v in ROSTER_LIMITS.items()})
    with tempfile.TemporaryDirectory(prefix="sk-bench-", dir="/tmp") as tmp:
        out = Path(tmp) / "demo"
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "demo", "--out", str(out), "--scale", str(scale)],
            check=True,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
        )
        print(f"generate rosters (scale {scale:g}): {time.perf_counter() - started:.1f} s")
        settings = {"SK_STORE": "embedded", "SK_DATA_DIR": f"{tmp}/store"} | LIMITS
        store = open_store(settings)
        try:
            assert load_files(default_paths(), store).ok
            run(store, out)
        finally:
            store.close()
            store.server.stop()


def run(store, out: Path) -> None:
    with (out / "manifest.csv").open(encoding="utf-8") as f:
        folders = [(r["regency"], out / r["folder"]) for r in csv.DictReader(f)]
    jobs = [(regency, sorted(folder.glob("*.csv"))) for regency, folder in folders]
    employees = teams = 0
    started = time.perf_counter()
    for regency, files in jobs:
        report = import_roster(files, regency, store)
        if not report.written:
            sys.exit(
                f"{regency}: not imported, the figures would mean nothing: {report.errors[:3]}"
            )
        employees += report.counts["employees"]
        teams += report.counts["teams"]
    imported = time.perf_counter() - started
    floor = _floor(store, [r for r, _ in jobs])
    started = time.perf_counter()
    rosters = [read_roster(store, regency) for regency, _ in jobs]
    read = time.perf_counter() - started
    started = time.perf_counter()
    derived = sum(len(derive(r, kind)) for r in rosters for kind in SUPERIOR_TYPES)
    derivation = time.perf_counter() - started
    started = time.perf_counter()
    found = sum(len(findings(r)) + len(reconciliation(r)) + len(team_members(r)) for r in rosters)
    checks = time.perf_counter() - started
    total = read + derivation + checks
    print(f"floor: one typed pass over every employee's posts: {floor:.2f} s")
    print(f"import: {employees} employees, {teams} teams in {imported:.1f} s (goal <= 30 s), "
          f"{imported / floor:.1f}x floor")  # fmt: skip
    print(
        f"snapshot read (roster and structure, once each): {read:.1f} s, {read / floor:.1f}x floor"
    )
    print(f"derivation: {derived} employees with superiors (3 edge types) in {derivation:.1f} s, "
          f"{derivation / floor:.1f}x floor")  # fmt: skip
    print(f"checks + reconciliation + teams: {found} rows in {checks:.1f} s, "
          f"{checks / floor:.1f}x floor")  # fmt: skip
    print(f"derivation + checks: {total:.1f} s (goal <= 10 s), {total / floor:.1f}x floor")


def _floor(store, regencies: list[str]) -> float:
    """One typed Cypher pass over all employees' posts, plain values: what any answer must read.

    Read with the collector paused, as the snapshot is (``checks.bulk``), so the ratio compares
    like with like."""
    started = time.perf_counter()
    with paused_gc():
        for regency in regencies:
            store.run_readonly(FLOOR, {"regency": regency}, max_rows=10_000_000)
    return time.perf_counter() - started


FLOOR = (
    "MATCH (e:Employee {regency: $regency})-[:HOLDS]->(s:Post) "
    "RETURN e.nip AS nip, s.position AS position"
)

if __name__ == "__main__":
    main()
