"""Load regulation files into the graph store: all or nothing per regulation, idempotent.

Every file is read and validated into the model first (``extract_file``); only
then are the good ones written. Into an empty store: one :class:`GraphWrite` whose every
step is batched across them (create the subgraphs chunk by chunk, relink rosters once;
issue 13). Into a store with something to keep: one write per regulation (delete its old
subgraph, create the new one, relink its regency's roster). Either way the rows are built in
a background thread while the store writes. The store applies each write atomically
(FalkorDB: a staging graph + RENAME when empty, else one query on the live graph; Neo4j: one
transaction), so a failure or a killed process leaves each regulation old or new, never half.
If a write fails in the store, the regulations are retried
one by one so one bad write does not stop the others. Usable from the CLI and the dashboard::

    report = load_files(paths, store, progress=lambda done, total, name: ...)
    report.failed   # file names that did not load; report.problems has why
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

from corrections.model import Correction
from corrections.storage import by_regulation, reload_steps
from loader.errors import RegulationError
from loader.graph.rows import edge_rows, node_rows, regulation_rows
from loader.model import EdgeType, Extraction
from loader.reading.extract import extract_file
from queries.errors import QueryError, StoreUnavailable
from queries.store import GraphStore, GraphWrite, Progress, StepStream, WriteStep

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "data" / "regulations"
BATCH_ROWS = 5000  # rows per UNWIND: large enough to amortise a round trip, small for memory
NODE_KINDS = ("provisions", "unit_types", "units", "templates", "instances")


@dataclass
class LoadReport:
    """What a load did. ``failed`` and ``problems`` name files; counts are per loaded file."""

    loaded: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # one line each: "file: why"
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    stale: dict[str, list[str]] = field(
        default_factory=dict
    )  # file: corrections no longer matching

    @property
    def ok(self) -> bool:
        return not self.failed


def default_paths() -> list[Path]:
    """Every regulation text in ``data/regulations/``, in file order."""
    return sorted(DEFAULT_DIR.glob("*.txt"))


def load_files(
    paths: Iterable[str | Path],
    store: GraphStore,
    progress: Progress | None = None,
    if_changed: bool = False,
) -> LoadReport:
    """Extract every file, then write the good ones; never raises for one bad file.

    ``if_changed`` skips files whose sha256 equals the loaded Regulation's.
    Raises StoreUnavailable (DiskFull) when the store itself is unavailable or full.
    """
    paths = [Path(p) for p in paths]
    report = LoadReport()
    loaded = store.regulation_hashes() if if_changed else {}
    good: list[tuple[str, Extraction]] = []
    for done, path in enumerate(paths):
        tick(progress, done, len(paths), path.name)
        try:
            extraction = extract_file(path)
        except RegulationError as err:
            report.failed.append(path.name)
            report.problems.append(str(err))
            continue
        if loaded.get(extraction.regulation.source_file) == extraction.regulation.sha256:
            report.unchanged.append(path.name)
        else:
            good.append((path.name, extraction))
    write_extractions(good, store, report)
    tick(progress, len(paths), len(paths), "")
    return report


def write_extractions(
    named: Sequence[tuple[str, Extraction]], store: GraphStore, report: LoadReport
) -> None:
    """Write all in one write, every step batched across the regulations; on a store error,
    one by one to isolate the bad one."""
    if not named:
        return
    counts: dict[str, dict[str, int]] = {}
    kept = by_regulation(store)  # corrections outlive a reload: matched again inside its write
    try:
        with frozen_heap():
            store.apply_writes(planned_writes([ex for _, ex in named], store, counts, kept))
        loaded = list(named)
    except StoreUnavailable:
        raise  # server gone or disk full: one by one would fail alike (or load only a part)
    except QueryError:
        loaded = []
        for item in named:
            try:
                store.apply_writes([build_write(item[1], counts, kept)])
                loaded.append(item)
            except QueryError as err:
                report.failed.append(item[0])
                report.problems.append(f"{item[0]}: {err}")
    for name, ex in loaded:
        report.loaded.append(name)
        report.counts[name] = counts[ex.regulation.uid]
        lost = reload_steps(ex, kept.get(ex.regulation.uid, []))[1]
        if lost:
            report.stale[name] = [c.id for c in lost]


@contextmanager
def frozen_heap() -> Iterator[None]:
    """Keep the objects alive so far (every extraction of the load) out of the garbage
    collector's scans while rows are built: otherwise each collection walks them all and
    building rows costs more per regulation the more regulations a load holds (issue 13)."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


Kept = Mapping[str, list[Correction]]  # the store's corrections by regulation uid


def planned_writes(
    extractions: Sequence[Extraction], store: GraphStore, counts: dict, kept: Kept
) -> Sequence[GraphWrite]:
    """Into an empty store, one write batched across every regulation (``build_load``); into
    a store with something to keep, one write per regulation, built in a background thread
    while the store writes the ones before, then one dropping orphaned regencies: the
    embedded store runs each write as one query on the live graph, so a write's size, not
    the graph's, bounds what the server holds beside the graph (issue 13)."""
    if store.is_empty():
        return [build_load(extractions, counts, kept)]
    writes = (build_write(ex, counts, kept, orphans=False) for ex in extractions)
    return StepStream(chain(writes, [GraphWrite("orphans", (WriteStep("delete_orphans", {}),))]))


def build_write(
    ex: Extraction, counts: dict | None = None, kept: Kept | None = None, orphans: bool = True
) -> GraphWrite:
    """The delete-then-create steps that replace one regulation's subgraph."""
    return GraphWrite(ex.regulation.uid, tuple(load_steps([ex], counts, kept, orphans)))


def build_load(
    extractions: Sequence[Extraction], counts: dict | None = None, kept: Kept | None = None
) -> GraphWrite:
    """One write replacing ``extractions``; its steps are built in a background thread while
    the store writes the ones before (``StepStream``), so model -> rows overlaps the writes."""
    uid = extractions[0].regulation.uid if len(extractions) == 1 else f"{len(extractions)} regs"
    return GraphWrite(uid, StepStream(load_steps(extractions, counts, kept)))


def load_steps(
    extractions: Sequence[Extraction],
    counts: dict | None = None,
    kept: Kept | None = None,
    orphans: bool = True,
) -> Iterator[WriteStep]:
    """Delete the old subgraphs, create every regulation (its own statement: the source text is
    large; all first, while the graph is small: written after each chunk, they cost more per
    regulation the larger the graph, bench/graph.py), then nodes and edges a chunk of
    regulations at a time (each step batched across the chunk), then relink the regencies'
    rosters and drop orphaned regencies once. ``counts`` gets rows per kind per regulation.

    Last, each regulation's analyst corrections (``kept``, issue 15) are matched again and
    linked to the new nodes (``corrections.storage.reload_steps``): ``delete_regulation``
    removes only extracted nodes, never a ``:Correction``."""
    counts = {} if counts is None else counts
    yield WriteStep("delete_regulation", {"regulations": [ex.regulation.uid for ex in extractions]})
    for ex in extractions:
        yield WriteStep("create_regulation", regulation_rows(ex))
    nodes: dict[str, list[dict]] = {kind: [] for kind in NODE_KINDS}
    edges: dict[str, list[dict]] = {str(t): [] for t in EdgeType}
    for i, ex in enumerate(extractions):
        rows = node_rows(ex)
        for kind in NODE_KINDS:
            nodes[kind] += rows[kind]
        typed = edge_rows(ex)
        for row in typed:
            edges[row["type"]].append(row)
        counts[ex.regulation.uid] = _counts(rows, typed)
        if sum(map(len, nodes.values())) >= BATCH_ROWS or i == len(extractions) - 1:
            yield from batched_steps("create_nodes", nodes)
            yield from batched_steps("create_edges", edges)
            nodes = {kind: [] for kind in NODE_KINDS}
            edges = {str(t): [] for t in EdgeType}
    # the regencies' rosters point at positions by uid: attach them to the new ones, once
    regencies = sorted({ex.regulation.regency for ex in extractions})
    yield WriteStep("relink_roster", {"regencies": regencies})
    if orphans:
        yield WriteStep("delete_orphans", {})
    for ex in extractions:
        yield from reload_steps(ex, (kept or {}).get(ex.regulation.uid, []))[0]


def _counts(nodes: Mapping[str, list[dict]], edges: list[dict]) -> dict[str, int]:
    """Rows one regulation creates per kind: provisions ... instances, ``edges`` (the relations
    the regulation states, between template positions) and ``edge_copies`` (their copies
    between the positions of named units). Ringkasan counts the same."""
    copies = sum(1 for row in edges if row["props"].get("unit"))
    sizes = {kind: len(nodes[kind]) for kind in NODE_KINDS}
    return sizes | {"edges": len(edges) - copies, "edge_copies": copies}


def batched_steps(name: str, rows: Mapping[str, list[dict]]) -> list[WriteStep]:
    """Statement ``name`` once per BATCH_ROWS rows of one kind, in the order of ``rows``.

    The statement's other kinds get ``[]``, so their parts are skipped (``NamedQuery.plan``).
    """
    empty = {kind: [] for kind in rows}
    return [
        WriteStep(name, empty | {kind: kind_rows[i : i + BATCH_ROWS]})
        for kind, kind_rows in rows.items()
        for i in range(0, len(kind_rows), BATCH_ROWS)
    ]


def tick(progress: Progress | None, done: int, total: int, name: str) -> None:
    """Report progress to ``progress`` when the caller gave one."""
    if progress is not None:
        progress(done, total, name)


def set_governing(store: GraphStore, regency: str, regulation: str) -> None:
    """Mark ``regulation`` (uid) as the text the issuer's people pages and roster use: the
    analyst's choice for an excerpt (an excerpt never governs unless chosen)."""
    step = WriteStep("set_governing", {"regency": regency, "regulation": regulation})
    store.apply_writes([GraphWrite(regulation, (step,))])
