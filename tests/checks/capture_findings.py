"""Capture what the people checks answered before issue 13, as a fixture for the new checks.

Run once, with the old ``queries.people`` (removed afterwards by issue 13):
``.venv/bin/python -m tests.checks.capture_findings`` writes ``tests/checks/demo_findings.json``
from the five regulations and the demo rosters of ``data/demo/`` on a private embedded store.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

from loader.graph.load import default_paths, load_files
from loader.roster.importer import import_roster
from queries import people
from queries.store import open_store

DEMO = Path("data/demo")
OUT = Path(__file__).with_name("demo_findings.json")


def capture(store, regency: str) -> dict:
    everyone = people.employees(store, regency)
    derived = {}
    for kind in people.SUPERIOR_TYPES:
        chosen = people.implied(people.superiors(store, regency, kind, people=everyone))
        derived[kind] = {
            n: sorted({h["nip"] for c in rows for h in c["holders"]})
            for n, rows in sorted(chosen.items())
        }
    recon = [
        {k: r[k] for k in ("nip", "code", "implied_nips", "implied_position", "where", "quote")}
        for r in people.reconciliation(store, regency)
    ]
    findings = [f.as_row() for f in people.findings(store, regency)]
    chains = {
        e["nip"]: [
            [h["nip"], h["appraiser_position"], h["where"]]
            for h in people.chain(store, regency, e["nip"])
        ]
        for e in everyone
    }
    return {"derived": derived, "reconciliation": recon, "findings": findings, "chains": chains}


def main() -> None:
    data_dir = tempfile.mkdtemp(prefix="sk-capture-", dir="/tmp")
    store = open_store({"SK_DATA_DIR": data_dir, "SK_GRAPH": "capture"})
    try:
        assert load_files(default_paths(), store).ok
        out = {}
        for line in (DEMO / "manifest.csv").read_text(encoding="utf-8").splitlines()[1:]:
            folder, regency = line.split(",", 1)
            files = sorted((DEMO / folder).glob("*.csv"))
            assert import_roster(files, regency, store).written
            out[regency] = capture(store, regency)
        OUT.write_text(json.dumps(out, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    finally:
        store.close()
        shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
