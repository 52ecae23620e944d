"""The overlay reaches the people checks, and a draft's people checks say who would lose their
appraiser: Buton with the small test roster (tests/dashboard/roster/)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from checks.people import reconciliation
from checks.roster import snapshot
from checks.snapshot import read_structure
from checks.what_if import appraiser_changes
from corrections import build, storage
from corrections import structure as overlay_structure
from corrections.model import Draft, now
from loader.model import EdgeType
from queries.store import open_store
from tests.corrections.conftest import EDITOR, edge_row, remove
from tests.dashboard.people_graph import people_graph

REG = "kabupaten-buton/peraturan-bupati-3-2024"
DINAS = REG + "/ut/iv-dinas-badan-daerah"
SETS = "Lampiran IV A angka (2) huruf a"
APPRAISES = "Lampiran IV A angka (2) huruf b"


@pytest.fixture
def people_store(embedded_server, store_settings):
    with people_graph(store_settings) as settings:
        store = open_store(settings)
        yield store
        store.close()


def statuses(store, corrected=True):
    rows = reconciliation(snapshot(store, "Kabupaten Buton", corrected=corrected))
    return {r.person.employee.nama: r for r in rows}


def add(buton, where, source, target):
    cite = edge_row(buton, where, *_first_pair(buton, where))
    return build.for_sentence(
        edge_type=EdgeType.APPRAISES,
        source=source,
        target=target,
        unit_type=DINAS,
        sentence=cite,
        sha256=buton.regulation.sha256,
        reason="PPK menurut praktik yang ditetapkan",
        author=EDITOR.name,
    )


def _first_pair(buton, where):
    e = next(e for e in buton.edges if e.citation.where == where)
    return e.source, e.target


def test_corrections_change_the_reconciliation_and_are_named(people_store, buton):
    before = statuses(people_store)
    assert (before["Eka Peraga"].status, before["Budi Sampel"].status) == ("mismatch", "underived")
    head = add(buton, APPRAISES, "Kepala Dinas/Badan Daerah", "pelaksana")
    sekretaris = add(buton, SETS, "Kepala Dinas/Badan Daerah", "Sekretaris")
    fixes = [
        remove(buton, APPRAISES, "Sekretaris", "pelaksana"),
        remove(buton, APPRAISES, "Kepala Bidang", "pelaksana"),
        head,
        sekretaris,
    ]
    storage.save(people_store, fixes, EDITOR)
    after = statuses(people_store)  # the snapshot is read again: the corrections changed
    eka, budi = after["Eka Peraga"], after["Budi Sampel"]
    assert (eka.status, eka.positions, eka.where) == (
        "match",
        ("Kepala Dinas/Badan Daerah",),
        APPRAISES,
    )
    assert (budi.status, budi.recorded_nama) == ("match", "Andi Contoh")
    assert statuses(people_store, corrected=False)["Eka Peraga"].status == "mismatch"
    structure = read_structure(people_store, REG)
    used = {e.correction for e in structure.edges if e.correction}
    assert {head.id, sekretaris.id} <= used


def test_a_draft_says_who_would_lose_their_appraiser(people_store, buton):
    draft = Draft("Tanpa PPK fungsional", REG, "", EDITOR.name, now())
    edits = [
        replace(c, draft=draft.name)
        for c in (
            remove(
                buton, "Pasal 7 ayat (4) huruf b", "Jabatan Administrator", "Jabatan Fungsional"
            ),
            remove(buton, APPRAISES, "Sekretaris", "Pejabat Fungsional"),
            remove(buton, APPRAISES, "Kepala Bidang", "Pejabat Fungsional"),
        )
    ]
    roster = snapshot(people_store, "Kabupaten Buton")
    drafted = overlay_structure.drafted(roster.structure, edits, draft)
    changes = {c.person.employee.nama: c for c in appraiser_changes(roster, drafted)}
    assert set(changes) == {"Dewi Rekaan", "Hadi Fiktif"}  # the two Ahli Muda
    dewi = changes["Dewi Rekaan"]
    assert (dewi.code, dewi.before, dewi.after) == (
        "LOSES_APPRAISER",
        ("Jabatan Administrator",),
        (),
    )
    # the roster's own snapshot is untouched
    assert statuses(people_store)["Dewi Rekaan"].status == "match"
