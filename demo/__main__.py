"""``python -m demo [--out DIR] [--scale N] [--seed S] [FILES...]``: write demo rosters.

For each regulation (default: every text in ``data/regulations/``) it writes
``<out>/<regency-slug>/pegawai.csv``, ``tim.csv`` and a README naming the rows
made inconsistent on purpose, plus ``<out>/manifest.csv`` (folder, regency), so
``make run`` can import them and the checks of docs/people.md have something to
show. Every row is fictitious (``DEMO``); ``demo/generate.py`` explains how they are
made. ``--scale 200`` gives about 100 000 employees and 5 000 teams over the five
regulations, for ``bench/roster.py``. Nothing touches the graph store.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

from demo.generate import DemoRoster, generate
from loader.errors import RegulationError
from loader.graph.load import default_paths
from loader.reading.extract import extract_file

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "data" / "demo"
PEGAWAI = ("nip", "nama", "jabatan", "jenjang", "unit", "nip atasan penilai", "keterangan")
TIM = ("kode", "nama", "unit pemilik kinerja", "ketua", "anggota", "periode")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m demo", description="write fictitious demo rosters (pegawai, tim kerja)"
    )
    p.add_argument("files", nargs="*", help="regulation texts; default: every file in data/")
    p.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (data/demo)")
    p.add_argument("--scale", type=float, default=1.0, help="N times the default size (1)")
    p.add_argument("--seed", type=int, default=1, help="random seed (1)")
    return p


def main(argv: list[str] | None = None) -> int:
    return run(build_parser().parse_args(argv))


def run(args) -> int:
    if args.scale <= 0:
        print("error: --scale must be positive", file=sys.stderr)
        return 2
    started = time.perf_counter()
    rosters, taken = [], set()
    for path in args.files or default_paths():
        try:
            extraction = extract_file(path)
        except RegulationError as err:
            print(f"error: {err}", file=sys.stderr)
            return 2
        rosters.append(generate(extraction, args.scale, args.seed, taken))
    write_all(rosters, args.out, args.scale, args.seed)
    for r in rosters:
        print(f"{r.slug}: {len(r.people)} employees, {len(r.teams)} teams")
    people = sum(len(r.people) for r in rosters)
    teams = sum(len(r.teams) for r in rosters)
    took = time.perf_counter() - started
    print(f"wrote {people} employees and {teams} teams to {args.out} in {took:.1f} s")
    return 0


def write_all(rosters: list[DemoRoster], out: Path, scale: float, seed: int) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for roster in rosters:
        write_roster(roster, out / roster.slug, scale, seed)
    with _open(out / "manifest.csv") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(("folder", "regency"))
        w.writerows((r.slug, r.regency) for r in sorted(rosters, key=lambda r: r.slug))


def write_roster(roster: DemoRoster, folder: Path, scale: float, seed: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with _open(folder / "pegawai.csv") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(PEGAWAI)
        w.writerows(
            (p.nip, p.nama, p.jabatan, p.jenjang, p.unit, p.appraiser, p.keterangan)
            for p in roster.people
        )
    with _open(folder / "tim.csv") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(TIM)
        w.writerows(
            (t.kode, t.nama, t.owner, t.leader, ";".join(t.members), t.periode)
            for t in roster.teams
        )
    (folder / "README.md").write_text(readme(roster, scale, seed), encoding="utf-8")


def readme(roster: DemoRoster, scale: float, seed: int) -> str:
    """What the folder holds and which rows are wrong on purpose (row = line in the CSV)."""
    line = {p.nip: n for n, p in enumerate(roster.people, start=2)}
    line |= {t.kode: n for n, t in enumerate(roster.teams, start=2)}
    rows = [
        f"| `{p.check}` | {p.table}.csv line {line[p.key]} | `{p.key}` | {p.note} |"
        for p in roster.planted
    ]
    return "\n".join(
        [
            f"# Demo roster: {roster.regency}",
            "",
            "Fictitious data (every row `DEMO`): generic names, NIPs valid in format only.",
            f"Made by `python -m demo --scale {scale:g} --seed {seed}` (`demo/generate.py`):",
            f"{len(roster.people)} employees in {len(roster.units)} units, "
            f"{len(roster.teams)} teams.",
            "Units and titles are the regulation's own or extend them. The appraiser on record",
            "follows a simple rule (Ahli Madya/Utama: the head; other staff: an Administrator of",
            "the unit, else a Pengawas, else the head; structural posts: the head), so",
            "reconciliation may also flag rows where this Perbup says otherwise.",
            "",
            "## Made inconsistent on purpose",
            "",
            "| check that should find it | row | NIP / kode | what |",
            "|---|---|---|---|",
            *rows,
            "",
        ]
    )


def _open(path: Path):
    return path.open("w", encoding="utf-8", newline="")


if __name__ == "__main__":
    sys.exit(main())
