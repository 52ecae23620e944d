"""Graph store benchmark (issue 4): load rate against a raw floor, query latency, 4 threads.

    python bench/graph.py [--scale 0.05] [--samples 200] [--threads 4]

``--scale 1`` is national scale (~550 governments x 45 units x 25 positions);
the default keeps a run under a minute. In one run, on a private embedded
server: (1) raw batched ``UNWIND ... CREATE`` of the same nodes, structural links and
typed edges (one label, one uid index, rows prebuilt) into
a scratch graph: the floor; (2) the loader (``write_extractions``: model ->
rows -> staging graph -> swap -> save) and its rate as a ratio of the floor;
(3) the server's time per write step per item at this scale and at a quarter of it, and
their ratio (about 1 when the step grows linearly; issue 13); (4) p50/p95 of an indexed
point lookup (floor) and of
the chain as the dashboard computes it (``checks.snapshot.cached_structure`` + ``checks.chain``:
cold = structure read, warm = cached), org chart, search and summary queries, alone and with N
threads at once; (5) server memory now and at its peak, per item; (6) the same load again
into the loaded graph (one query per regulation on the live graph: time and server peak).
The raw graph and the loader's graph never live in the server at once. Goals: load >= 0.8 x
raw; chain p95 <= 3 x point lookup. Prints, never asserts.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import synthetic

from checks import snapshot
from checks.chain import combined, walk
from loader.graph.load import LoadReport, build_write, frozen_heap, write_extractions
from loader.graph.rows import edge_rows, node_rows
from loader.model import EdgeType
from queries.store import open_store

ROUNDS = 2
# a private server for the bench: room for the national graph (~2 GB at --scale 1) and its
# listings (every bottom position), beyond the dashboard's defaults
LIMITS = {"SK_SERVER_MEM_MB": "12000", "SK_QUERY_MEM_MB": "2048", "SK_MAX_RESULT_MB": "500"}
RAW_INDEX = "CREATE INDEX FOR (n:N) ON (n.uid)"
RAW_NODES = "UNWIND $rows AS row CREATE (n:N) SET n += row.props"
RAW_LINKS = (  # the loader's structural relationships (HAS_POSITION, OF_TYPE, INSTANCE_OF ...)
    "UNWIND $rows AS row MATCH (a:N {uid: row.source}), (b:N {uid: row.target}) "
    "CREATE (a)-[:L]->(b)"
)
RAW_EDGES = (
    "UNWIND $rows AS row MATCH (a:N {uid: row.source}), (b:N {uid: row.target}) "
    "CREATE (a)-[e:APPRAISES]->(b) SET e += row.props"
)


def raw_rows(extractions) -> tuple[list, list, list]:
    """Nodes, structural links and typed edges: the same graph the loader writes."""
    nodes, links, edges = [], [], []
    for ex in extractions:
        rows = node_rows(ex)
        for kind in ("provisions", "unit_types", "units", "templates", "instances"):
            nodes += rows[kind]
            links += [{"source": r["owner"], "target": r["props"]["uid"]} for r in rows[kind]]
        links += [{"source": r["props"]["uid"], "target": r["template"]} for r in rows["instances"]]
        nodes.append({"props": {"uid": ex.regulation.uid}})
        edges += edge_rows(ex)
    return nodes, links, edges


def raw_floor(store, rows) -> float:
    """Seconds to write the same graph with bare batched UNWIND CREATE into a scratch graph
    (the loader's graph is dropped first: one graph in the server at a time)."""
    store.reset()
    graph = store.db.select_graph("bench_raw")
    graph.query(RAW_INDEX)
    t0 = time.perf_counter()
    for text, batch in zip((RAW_NODES, RAW_LINKS, RAW_EDGES), rows, strict=True):
        for i in range(0, len(batch), 5000):
            graph.query(text, {"rows": batch[i : i + 5000]})
    elapsed = time.perf_counter() - t0
    graph.delete()
    return elapsed


def loader_time(store, extractions) -> tuple[float, dict[str, float]]:
    """Seconds for the loader to write everything into an empty graph (staging, swap, save),
    and the seconds each write step took."""
    store.reset()
    report = LoadReport()
    t0 = time.perf_counter()
    write_extractions([(ex.regulation.source_file, ex) for ex in extractions], store, report)
    elapsed = time.perf_counter() - t0
    assert not report.failed, report.problems
    return elapsed, dict(store.step_seconds)


def reload_time(store, extractions) -> tuple[float, dict[str, float], float]:
    """Seconds to load ``extractions`` again into the graph that holds them (one query per
    regulation on the live graph, no copy), the seconds per step, and the server's peak RSS
    during the reload in MB (its high-water mark reset first)."""
    pid = store.server.running_pid()
    Path(f"/proc/{pid}/clear_refs").write_text("5")  # reset VmHWM to the current RSS
    report = LoadReport()
    t0 = time.perf_counter()
    write_extractions([(ex.regulation.source_file, ex) for ex in extractions], store, report)
    elapsed = time.perf_counter() - t0
    assert not report.failed, report.problems
    return elapsed, dict(store.step_seconds), rss_mb(pid, "VmHWM")


def workloads(store, extractions, rng: random.Random):
    """(name, run-one) for each measured query; the chains run what the dashboard runs."""
    regs = [ex.regulation for ex in extractions]
    units = store.run_readonly("MATCH (u:Unit) RETURN u.uid AS uid", max_rows=10**6).column("uid")
    bottoms = store.run_readonly(
        "MATCH (p:Position) WHERE p.scope = 'unit' AND p.rank = 4"
        " RETURN p.uid AS uid, p.regulation AS regulation",
        max_rows=10**6,
    ).rows
    warm = rng.choice(bottoms)["regulation"]  # the listing may be cut (RESULTSET_SIZE)
    warm_bottoms = [b for b in bottoms if b["regulation"] == warm]

    def named(query, make):
        return lambda: store.query(query, make())

    def chain(pool):
        def run():
            b = rng.choice(pool)
            structure = snapshot.cached_structure(store, b["regulation"])
            combined(structure, "", b["uid"])  # the page: the full chain, then one per type
            for edge_type in EdgeType:
                walk(structure, "", b["uid"], None, edge_type)

        return run

    def cold_chain():
        snapshot._structures.clear()  # a regulation not read yet: what a first visit costs
        chain(bottoms)()

    return [
        ("point lookup", named("position_detail", lambda: {"uid": rng.choice(bottoms)["uid"]})),
        ("chain (cold)", cold_chain),
        ("chain (warm)", chain(warm_bottoms)),
        ("org chart", named("org_chart_unit", lambda: {"unit": rng.choice(units)})),
        (
            "search",
            named(
                "position_search", lambda: {"regency": rng.choice(regs).regency, "q": "pengawas 3"}
            ),
        ),
        ("summary", named("regency_summary", lambda: {"regency": rng.choice(regs).regency})),
    ]


def latency(run, samples: int) -> list[float]:
    out = []
    for _ in range(samples):
        t0 = time.perf_counter()
        run()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def concurrent(store, work, samples: int, threads: int) -> tuple[list[float], float]:
    """All workloads mixed, ``threads`` at once; (latencies ms, queries per second)."""
    jobs = [w for w in work for _ in range(samples // len(work) + 1)]
    t0 = time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        times = list(pool.map(lambda w: latency(w[1], 1)[0], jobs))
    return times, len(jobs) / (time.perf_counter() - t0)


def pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1] if len(values) > 1 else values[0]


def rss_mb(pid: int, field: str = "VmRSS") -> float:
    """Resident memory of the server now (VmRSS) or at its peak (VmHWM), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=0.05, help="1.0 = ~550 governments")
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=ROUNDS, help="best of N loads (and raw)")
    args = parser.parse_args()
    count = max(1, round(550 * args.scale))
    extractions = synthetic.governments(count)
    with tempfile.TemporaryDirectory(prefix="sk-bench-", dir="/tmp") as data_dir:
        store = open_store({"SK_STORE": "embedded", "SK_DATA_DIR": data_dir} | LIMITS)
        try:
            report(store, extractions, args, count)
        finally:
            store.close()
            store.server.stop()
    return 0


def report(store, extractions, args, count: int) -> None:
    # Best of --rounds, alternating, so a busy neighbour on the machine hurts both sides alike.
    raw_s, load_s = float("inf"), float("inf")
    rows = raw_rows(extractions)
    items = sum(map(len, rows))
    steps: dict[str, float] = {}
    part = extractions[: max(1, len(extractions) // 4)]  # a quarter first: the growth table
    _, small = loader_time(store, part)
    small |= reload_time(store, part)[1]
    for _ in range(args.rounds):
        raw_s = min(raw_s, raw_floor(store, rows))
        elapsed, spent = loader_time(store, extractions)
        if elapsed < load_s:
            load_s, steps = elapsed, spent
    with frozen_heap():  # as the loader builds them
        build_s = _timed(lambda: [build_write(ex) for ex in extractions])
    print(f"governments {count}; nodes+relationships written {items:,}; best of {args.rounds}")
    print(f"{'load':<28}{'seconds':>10}{'items/s':>12}{'x raw':>8}")
    print(f"{'raw UNWIND CREATE (floor)':<28}{raw_s:>10.2f}{items / raw_s:>12,.0f}{1:>8.2f}")
    print(
        f"{'loader (incl. model->rows)':<28}{load_s:>10.2f}{items / load_s:>12,.0f}"
        f"{raw_s / load_s:>8.2f}"
    )
    write_s = max(load_s - build_s, 1e-9)
    print(f"{'  of which model->rows':<28}{build_s:>10.2f}")
    rate, ratio = items / write_s, raw_s / write_s
    print(f"{'  store writes only':<28}{write_s:>10.2f}{rate:>12,.0f}{ratio:>8.2f}")
    pid = store.server.running_pid()
    now, peak = rss_mb(pid), rss_mb(pid, "VmHWM")
    print(
        f"server memory {now:,.0f} MB now, {peak:,.0f} MB peak; {now * 2**20 / items:,.0f} B/item"
    )
    print(
        f"time per item {load_s / items * 1e6:.1f} us (loader), {raw_s / items * 1e6:.1f} us (raw)"
    )
    reload_s, again, reload_peak = reload_time(store, extractions)
    print(
        f"reload into the loaded graph (no copy) {reload_s:.2f} s, {reload_s / items * 1e6:.1f}"
        f" us/item, {raw_s / reload_s:.2f} x raw; server peak during it {reload_peak:,.0f} MB"
    )
    growth(small, sum(map(len, raw_rows(part))), steps | again, items)
    rng = random.Random(11)
    work = workloads(store, extractions, rng)
    print(f"\n{'query':<16}{'p50 ms':>9}{'p95 ms':>9}{'p95/point':>11}")
    floor = None
    for name, run in work:
        times = latency(run, args.samples)
        floor = floor or pct(times, 95)
        print(
            f"{name:<16}{pct(times, 50):>9.2f}{pct(times, 95):>9.2f}{pct(times, 95) / floor:>11.2f}"
        )
    times, qps = concurrent(store, work, args.samples, args.threads)
    p50, p95 = pct(times, 50), pct(times, 95)
    print(f"\n{args.threads} threads, mixed: p50 {p50:.2f} ms, p95 {p95:.2f} ms, {qps:,.0f} q/s")
    print(f"server RSS {rss_mb(store.server.running_pid()):.0f} MB")


def growth(small: dict[str, float], part_items: int, steps: dict[str, float], items: int) -> None:
    """Per write step, microseconds per item here and at a quarter of the governments, and the
    ratio (~1: linear; a step whose cost per item grows with the graph is not; steps of a few
    milliseconds in all are noise on a shared machine)."""
    print(f"\n{'write step':<20}{'us/item x1/4':>14}{'us/item x1':>12}{'ratio':>8}")
    for name in steps:
        a = small.get(name, 0.0) / part_items * 1e6
        b = steps[name] / items * 1e6
        print(f"{name:<20}{a:>14.2f}{b:>12.2f}{(b / a if a else float('nan')):>8.2f}")


def _timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


if __name__ == "__main__":
    sys.exit(main())
