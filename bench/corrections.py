"""Corrections benchmark (issue 15): what the overlay and carrying corrections over a reload cost.

    python bench/corrections.py [--corrections 500]

On a private embedded server in a temporary directory: load the five regulations, save
``--corrections`` corrections on Buton (amendments of its extracted edges, spread over them,
and as many added edges), then time (1) reading Buton's structure as extracted -- the same-run
floor -- and as corrected (``checks.snapshot.read_structure``), (2) the overlay alone on the
cached structure (``corrections.structure.corrected``), (3) reloading Buton with and without
its corrections to carry over (``loader load``: rematch, status and links inside the write).
Prints figures and ratios, never asserts.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checks.snapshot import read_structure  # noqa: E402
from corrections import build, storage  # noqa: E402
from corrections import structure as overlay_structure  # noqa: E402
from corrections.model import Kind  # noqa: E402
from loader.graph.load import DEFAULT_DIR, default_paths, load_files  # noqa: E402
from loader.graph.rows import WIDE_ID, position_uid, type_uid  # noqa: E402
from loader.reading.extract import extract_file  # noqa: E402
from queries.store import open_store  # noqa: E402

BUTON = DEFAULT_DIR / "000_b65b5e3740c9ccfa.txt"
EDITOR = storage.Editor("bench", allowed=True)
REPEAT = 5


def corrections_for(ex, count: int) -> list:
    """``count`` amendments of Buton's edges (round-robin) and ``count`` added edges."""
    out = []
    for i in range(count):
        e = ex.edges[i % len(ex.edges)]
        home = type_uid(ex.regulation.uid, e.unit_type or WIDE_ID)
        row = {
            "source_uid": position_uid(home, e.source),
            "source": e.source,
            "target_uid": position_uid(home, e.target),
            "target": e.target,
            "type": str(e.type),
            "quote": e.citation.quote,
            "where": e.citation.where,
            "start": e.citation.start,
            "end": e.citation.end,
            "condition": e.condition,
        }
        sha = ex.regulation.sha256
        out.append(
            build.for_edge(
                Kind.AMEND, row, sha256=sha, reason="b", author="bench", new_condition=f"c{i}"
            )
        )
        out.append(
            build.for_sentence(
                edge_type=e.type,
                source=e.source,
                target=f"Jabatan Uji {i}",
                unit_type=home,
                sentence=row,
                sha256=sha,
                reason="b",
                author="bench",
            )
        )
    return out


def best(fn) -> float:
    times = []
    for _ in range(REPEAT):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--corrections", type=int, default=500)
    count = args.parse_args().corrections
    with tempfile.TemporaryDirectory(prefix="sk-bench-", dir="/tmp") as tmp:
        store = open_store({"SK_STORE": "embedded", "SK_DATA_DIR": f"{tmp}/store"})
        try:
            assert load_files(default_paths(), store).ok
            ex = extract_file(BUTON)
            uid = ex.regulation.uid
            reload_floor = best(lambda: load_files([BUTON], store))
            items = corrections_for(ex, count)
            started = time.perf_counter()
            storage.save(store, items, EDITOR)
            print(f"save {len(items)} corrections (validated, one write): "
                  f"{time.perf_counter() - started:.2f} s")  # fmt: skip
            floor = best(lambda: read_structure(store, uid, corrected=False))
            full = best(lambda: read_structure(store, uid))
            plain = read_structure(store, uid, corrected=False)
            overlay = best(lambda: overlay_structure.corrected(plain, items))
            reload = best(lambda: load_files([BUTON], store))
            print(f"read Buton as extracted (floor): {floor * 1000:.1f} ms")
            print(f"read Buton as corrected: {full * 1000:.1f} ms ({full / floor:.2f}x floor)")
            print(f"overlay alone, {len(items)} corrections: {overlay * 1000:.1f} ms "
                  f"({overlay / floor:.2f}x floor)")  # fmt: skip
            print(f"reload Buton without corrections: {reload_floor:.2f} s; with "
                  f"{len(items)}: {reload:.2f} s ({reload / reload_floor:.2f}x)")  # fmt: skip
        finally:
            store.close()


if __name__ == "__main__":
    main()
