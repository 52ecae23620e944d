"""A graph of its own for roster tests: the five regulations, then the roster a test imports."""

from __future__ import annotations

import csv
import uuid
from pathlib import Path

import pytest

from loader.graph.load import default_paths, load_files
from queries.store import open_store

PEGAWAI = ["nip", "nama", "jabatan", "jenjang", "unit", "nip atasan penilai", "keterangan"]
TIM = ["kode", "nama tim", "unit pemilik kinerja", "ketua", "anggota", "periode"]


@pytest.fixture(scope="module")
def people_store(embedded_server, store_settings):
    graph = f"people_{uuid.uuid4().hex[:10]}"
    store = open_store(store_settings | {"SK_GRAPH": graph})
    report = load_files(default_paths(), store)
    assert report.ok, report.problems
    yield store
    store.db.connection.delete(graph, f"{graph}__staging")
    store.close()


def write_csv(path: Path, header: list[str], rows: list[list[str]], above: int = 0) -> Path:
    """A roster CSV; ``above`` title rows before the header, as exports often have."""
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        for i in range(above):
            w.writerow([f"Daftar pegawai (judul {i + 1})"])
        w.writerow(header)
        w.writerows(rows)
    return path


def nip(n: int, born: str = "19800101", tmt: str = "200501", sex: str = "1") -> str:
    """A valid NIP; ``n`` makes it unique (sequence digits)."""
    return f"{born}{tmt}{sex}{n:03d}"
