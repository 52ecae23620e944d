"""A graph of its own holding Buton's regulation and a small fictitious roster (issue 6 pages).

The session's loaded store stays without people (other tests read it as the five
regulations only); the people pages are tested on this graph in the same server.
The roster in ``tests/dashboard/roster/`` is hand-made so each page has known
content: Dewi Rekaan's appraiser on record matches, Eka Peraga's and Hadi
Fiktif's differ, Indah Rekaan has none on record; TIM-01 is led by Citra Fiktif
(Dinas Kesehatan, the owner) with members from Dinas Pendidikan, TIM-02 is led by
Gita Sampel from outside its owning unit.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from loader.graph.load import DEFAULT_DIR, load_files
from loader.roster.importer import import_roster
from queries.store import open_store

ROSTER_DIR = Path(__file__).resolve().parent / "roster"
ROSTER_FILES = (ROSTER_DIR / "pegawai.csv", ROSTER_DIR / "tim.csv")
BUTON = DEFAULT_DIR / "000_b65b5e3740c9ccfa.txt"  # Peraturan Bupati Buton Nomor 3 Tahun 2024
REGENCY = "Kabupaten Buton"


@contextmanager
def people_graph(store_settings: Mapping[str, str]) -> Iterator[dict[str, str]]:
    """Settings of a fresh graph with Buton and the test roster; the graph is dropped after."""
    graph = f"people_{uuid.uuid4().hex[:10]}"
    settings = dict(store_settings) | {"SK_GRAPH": graph}
    store = open_store(settings)
    try:
        report = load_files([BUTON], store)
        assert report.loaded, report
        roster = import_roster(ROSTER_FILES, REGENCY, store)
        assert roster.written, [str(p) for p in roster.problems]
        yield settings
    finally:
        store.db.connection.delete(graph, f"{graph}__staging")
        store.close()
