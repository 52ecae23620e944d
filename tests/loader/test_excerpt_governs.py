"""An uploaded excerpt never becomes its issuer's governing text for the people pages unless
the analyst chooses it.

Before, the people pages (``regency_regulation``) and the roster import (``roster_context``)
took the issuer's newest regulation by year: a Lampiran of Buton's 2025 amendment, uploaded to
look at, silently replaced Peraturan Bupati Buton 3/2024 for every appraiser and check.
"""

from __future__ import annotations

from checks.snapshot import regulation_of
from loader.graph.load import load_files, set_governing
from tests.loader.conftest import BUTON

LAMPIRAN = """LAMPIRAN
PERATURAN BUPATI BUTON
NOMOR 9 TAHUN 2025
TENTANG SISTEM KERJA

MEKANISME KERJA

A. Dinas Daerah
1. Kepala Bidang memberikan penugasan kepada Pejabat Fungsional.
"""


def _loaded(store, tmp_path):
    excerpt = tmp_path / "lampiran-buton.txt"
    excerpt.write_text(LAMPIRAN, encoding="utf-8")
    report = load_files([BUTON, excerpt], store)
    assert report.ok, report.problems
    uids = {r["uid"]: r for r in store.query("regulation_list").rows}
    (kutipan,) = [u for u, r in uids.items() if r["kind"] == "Kutipan"]
    assert uids[kutipan]["regency"] == "Kabupaten Buton"
    return kutipan


def test_a_newer_excerpt_does_not_govern(fresh_store, tmp_path):
    kutipan = _loaded(fresh_store, tmp_path)
    chosen = regulation_of(fresh_store, "Kabupaten Buton")
    assert chosen["uid"] == "kabupaten-buton/peraturan-bupati-3-2024"
    context = fresh_store.query(
        "roster_context", {"regency": "Kabupaten Buton", "excerpt": "Kutipan"}
    ).rows
    assert {r["regulation"] for r in context} == {"kabupaten-buton/peraturan-bupati-3-2024"}
    assert kutipan != chosen["uid"]


def test_an_excerpt_the_analyst_chooses_governs(fresh_store, tmp_path):
    kutipan = _loaded(fresh_store, tmp_path)
    set_governing(fresh_store, "Kabupaten Buton", kutipan)
    assert regulation_of(fresh_store, "Kabupaten Buton")["uid"] == kutipan
    context = fresh_store.query(
        "roster_context", {"regency": "Kabupaten Buton", "excerpt": "Kutipan"}
    ).rows
    assert {r["regulation"] for r in context} == {kutipan}
    # and back: choosing the regulation again
    set_governing(fresh_store, "Kabupaten Buton", "kabupaten-buton/peraturan-bupati-3-2024")
    assert regulation_of(fresh_store, "Kabupaten Buton")["uid"].endswith("peraturan-bupati-3-2024")
