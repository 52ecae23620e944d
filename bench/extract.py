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

from loader.reading.aliases import with_defined_aliases
from loader.reading.engine import Engine
from loader.reading.extract import extract_file, extract_text
from loader.reading.regulation import identify
from loader.reading.rules import load_rules
from loader.reading.segment import Segmenter
from loader.reading.text import CleanText, read_source

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
