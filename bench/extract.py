"""Time to extract the five regulations in process (issue 3 goal: <= 0.3 s for all five).

Prints the best and median wall time of several runs and their median CPU time,
per file and in total, the time to merely read and decode the same files as a
floor measured in the same run, and the machine's load average. On a shared
machine the wall time grows with the load while the CPU time stays nearly put,
so the goal is judged on the CPU time. A benchmark, not a test: it prints, it
does not assert.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from loader.reading.aliases import with_defined_aliases
from loader.reading.engine import Engine
from loader.reading.extract import extract_file, extract_text
from loader.reading.regulation import identify
from loader.reading.rules import load_rules
from loader.reading.segment import Segmenter
from loader.reading.text import CleanText, read_source

FILES = sorted((Path(__file__).resolve().parents[1] / "data" / "regulations").glob("*.txt"))
RUNS = 7


def timed(fn) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds of each of RUNS calls of ``fn``."""
    wall, cpu = [], []
    for _ in range(RUNS):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return wall, cpu


def main() -> None:
    load_rules()  # compile the tables once, as a long-running process would
    floor, _ = timed(lambda: [read_source(f) for f in FILES])
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())} (1, 5, 15 min)")
    print(f"{'file':32} {'best s':>8} {'median s':>9} {'CPU s':>7} {'edges':>6}")
    for f in FILES:
        runs, cpu = timed(lambda f=f: extract_file(f))
        edges = len(extract_file(f).edges)
        line = f"{min(runs):8.4f} {statistics.median(runs):9.4f} {statistics.median(cpu):7.4f}"
        print(f"{f.name:32} {line} {edges:6d}")
    total, cpu = timed(lambda: [extract_file(f) for f in FILES])
    best, median, cpu_median = min(total), statistics.median(total), statistics.median(cpu)
    print(f"{'all five':32} {best:8.4f} {median:9.4f} {cpu_median:7.4f}")
    print(f"read+decode floor: {min(floor):.4f} s; extraction / floor = {best / min(floor):.0f}x")
    verdict = "met" if cpu_median <= 0.3 else "NOT met"
    print(f"goal <= 0.3 s for all five: {verdict} (median CPU {cpu_median:.3f} s)")
    shares = stages()
    whole = sum(shares.values())
    print("share of the CPU time by stage (best of runs, all five):")
    for name, seconds in shares.items():
        print(f"  {name:34} {seconds:7.4f} s  {100 * seconds / whole:5.1f} %")


def stages() -> dict[str, float]:
    """CPU seconds of each stage of ``extract_text`` for the five, best of RUNS: what to work on.

    ``engine`` is ``Engine.read_block`` over every block (mentions, clauses, relation rows);
    ``the rest`` is what ``extract_text`` adds (lead-ins, citations, model objects).
    """
    sources = [read_source(f) for f in FILES]
    base = load_rules()
    best: dict[str, float] = {}
    for _ in range(RUNS):
        spent = dict.fromkeys(("aliases", "heading", "segment", "clean text", "engine"), 0.0)
        whole = 0.0
        for source in sources:
            t0 = time.process_time()
            rules = with_defined_aliases(source, base)
            t1 = time.process_time()
            identify("x.txt", source, "0" * 64, rules.heading)
            t2 = time.process_time()
            blocks, _ = Segmenter(rules.structure).segment(source)
            t3 = time.process_time()
            for block in blocks:
                block.clean = CleanText(source, block.spans)
            t4 = time.process_time()
            engine = Engine(rules)
            for block in blocks:
                engine.read_block(block, None)
            t5 = time.process_time()
            extract_text(source, "x.txt", "0" * 64, base)
            whole += time.process_time() - t5
            for name, a, b in zip(spent, (t0, t1, t2, t3, t4), (t1, t2, t3, t4, t5), strict=True):
                spent[name] += b - a
        spent["the rest"] = max(0.0, whole - sum(spent.values()))
        best = {k: min(v, best.get(k, v)) for k, v in spent.items()}
    return best


if __name__ == "__main__":
    main()
