"""Load regulation files into the graph store: all or nothing per regulation, idempotent.

Every file is read and validated into the model first (``extract_file``); only
then are the good ones written, as one :class:`GraphWrite` each (delete the
regulation's old subgraph, create the new one). The store applies them
atomically (FalkorDB: staging copy + RENAME; Neo4j: one transaction each), so a
failure or a killed process leaves the previous graph. If a batch fails in the
store, the regulations are retried one by one so one bad write does not stop
the others. Usable from the CLI and the dashboard::

    report = load_files(paths, store, progress=lambda done, total, name: ...)
    report.failed   # file names that did not load; report.problems has why
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from loader.errors import RegulationError
from loader.graph.rows import edge_rows, node_rows, regulation_rows
from loader.model import EdgeType, Extraction
from loader.reading.extract import extract_file
from queries.errors import QueryError, StoreUnavailable
from queries.store import GraphStore, GraphWrite, Progress, WriteStep

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
    """Write all in one swap; on a store error, one by one to isolate the bad one."""
    writes = [build_write(ex) for _, ex in named]
    if not writes:
        return
    try:
        store.apply_writes(writes)
        pairs = list(zip(named, writes, strict=True))
    except StoreUnavailable:
        raise  # server gone or disk full: one by one would fail alike (or load only a part)
    except QueryError:
        pairs = []
        for item, write in zip(named, writes, strict=True):
            try:
                store.apply_writes([write])
                pairs.append((item, write))
            except QueryError as err:
                report.failed.append(item[0])
                report.problems.append(f"{item[0]}: {err}")
    for (name, _), write in pairs:
        report.loaded.append(name)
        report.counts[name] = write_counts(write)


def build_write(ex: Extraction) -> GraphWrite:
    """The delete-then-create steps that replace one regulation's subgraph."""
    uid = ex.regulation.uid
    steps = [WriteStep("delete_regulation", {"regulation": uid})]
    steps.append(WriteStep("create_regulation", regulation_rows(ex)))
    nodes = node_rows(ex)
    steps += batched_steps("create_nodes", {kind: nodes[kind] for kind in NODE_KINDS})
    by_type: dict[str, list[dict]] = {str(t): [] for t in EdgeType}
    for row in edge_rows(ex):
        by_type[row["type"]].append(row)
    steps += batched_steps("create_edges", by_type)
    # the regency's roster points at positions by uid: attach it to the new ones
    steps.append(WriteStep("relink_roster", {"regency": ex.regulation.regency}))
    return GraphWrite(uid, tuple(steps))


def write_counts(write: GraphWrite) -> dict[str, int]:
    """Rows a write creates per kind, read off its steps: provisions ... instances, ``edges``
    (the relations the regulation states, between template positions) and ``edge_copies``
    (their copies between the positions of named units). Ringkasan counts the same."""
    sizes = dict.fromkeys((*NODE_KINDS, "edges", "edge_copies"), 0)
    for step in write.steps:
        for kind, rows in step.params.items():
            if kind in EdgeType.__members__:
                copies = sum(1 for row in rows if row["props"].get("unit"))
                sizes["edges"] += len(rows) - copies
                sizes["edge_copies"] += copies
            elif kind in sizes:
                sizes[kind] += len(rows)
    return sizes


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
