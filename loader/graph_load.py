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

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from loader.errors import RegulationError
from loader.extract import extract_file
from loader.graph_rows import edge_rows, node_rows, regulation_rows
from loader.model import EdgeType, Extraction
from queries.errors import QueryError
from queries.store import GraphStore, GraphWrite, Progress, WriteStep

DEFAULT_DIR = Path(__file__).resolve().parent.parent / "data" / "regulations"
BATCH_ROWS = 5000  # rows per UNWIND: large enough to amortise a round trip, small for memory


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
    Raises QueryError only when the store itself is unavailable.
    """
    paths = [Path(p) for p in paths]
    report = LoadReport()
    loaded = store.regulation_hashes() if if_changed else {}
    good: list[tuple[str, Extraction]] = []
    for done, path in enumerate(paths):
        _tick(progress, done, len(paths), path.name)
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
    _tick(progress, len(paths), len(paths), "")
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
    for kind in ("provisions", "unit_types", "units", "templates", "instances"):
        for chunk in _chunks(nodes[kind]):
            steps.append(WriteStep("create_nodes", _only(kind, chunk)))
    by_type: dict[str, list[dict]] = {str(t): [] for t in EdgeType}
    for row in edge_rows(ex):
        by_type[row["type"]].append(row)
    for kind, rows in by_type.items():
        for chunk in _chunks(rows):
            steps.append(WriteStep("create_edges", {t: [] for t in by_type} | {kind: chunk}))
    # the regency's roster points at positions by uid: attach it to the new ones
    steps.append(WriteStep("relink_roster", {"regency": ex.regulation.regency}))
    return GraphWrite(uid, tuple(steps))


def write_counts(write: GraphWrite) -> dict[str, int]:
    """Rows a write creates per kind (provisions ... instances, edges), read off its steps."""
    sizes = dict.fromkeys(("provisions", "unit_types", "units", "templates", "instances"), 0)
    sizes["edges"] = 0
    for step in write.steps:
        for kind, rows in step.params.items():
            key = "edges" if kind in EdgeType.__members__ else kind
            if key in sizes:
                sizes[key] += len(rows)
    return sizes


def _only(kind: str, rows: list[dict]) -> dict[str, list[dict]]:
    empty = {k: [] for k in ("provisions", "unit_types", "units", "templates", "instances")}
    return empty | {kind: rows}


def _chunks(rows: list[dict]) -> list[list[dict]]:
    return [rows[i : i + BATCH_ROWS] for i in range(0, len(rows), BATCH_ROWS)] or []


def _tick(progress: Progress | None, done: int, total: int, name: str) -> None:
    if progress is not None:
        progress(done, total, name)
