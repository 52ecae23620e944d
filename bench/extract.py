"""Time to extract the five regulations in process (issue 3 goal: <= 0.3 s for all five).

Prints the best and median of several runs, per file and in total, and the
time to merely read and decode the same files as a floor measured in the same
run. A benchmark, not a test: it prints, it does not assert.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from loader.reading.extract import extract_file
from loader.reading.rules import load_rules
from loader.reading.text import read_source

FILES = sorted((Path(__file__).resolve().parents[1] / "data" / "regulations").glob("*.txt"))
RUNS = 7


def timed(fn) -> list[float]:
    out = []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def main() -> None:
    load_rules()  # compile the tables once, as a long-running process would
    floor = timed(lambda: [read_source(f) for f in FILES])
    print(f"{'file':32} {'best s':>8} {'median s':>9} {'edges':>6}")
    for f in FILES:
        runs = timed(lambda f=f: extract_file(f))
        edges = len(extract_file(f).edges)
        print(f"{f.name:32} {min(runs):8.4f} {statistics.median(runs):9.4f} {edges:6d}")
    total = timed(lambda: [extract_file(f) for f in FILES])
    best, median = min(total), statistics.median(total)
    print(f"{'all five':32} {best:8.4f} {median:9.4f}")
    print(f"read+decode floor: {min(floor):.4f} s; extraction / floor = {best / min(floor):.0f}x")
    verdict = "met" if median <= 0.3 else "NOT met"
    print(f"goal <= 0.3 s for all five: {verdict} (median {median:.3f} s)")


if __name__ == "__main__":
    main()
