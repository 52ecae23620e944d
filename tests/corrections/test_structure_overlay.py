"""The overlay reaches checks: read_structure applies corrections; a chain changes, says so."""

from __future__ import annotations

from checks.chain import walk
from checks.snapshot import read_structure
from corrections import build, storage
from loader.graph.load import load_files
from loader.model import EdgeType
from tests.corrections.conftest import BUTON, EDITOR, amend, remove

DINAS = "kabupaten-buton/peraturan-bupati-3-2024/ut/iv-dinas-badan-daerah"
APPRAISE_B = "Lampiran IV A angka (2) huruf b"
REG = "kabupaten-buton/peraturan-bupati-3-2024"


def chains(structure, subject="pelaksana", jenjang=None):
    found = walk(structure, DINAS, subject, jenjang, EdgeType.APPRAISES)
    return [[(h.next.title, h.cite.where, h.edge.correction) for h in c] for c in found]


def test_a_removal_and_an_amendment_change_the_chain_and_are_named(fresh_store, buton):
    assert load_files([BUTON], fresh_store).ok
    extracted = chains(read_structure(fresh_store, REG))
    assert sorted(c[0][0] for c in extracted) == ["Kepala Bidang", "Sekretaris"]
    gone = remove(buton, APPRAISE_B, "Sekretaris", "pelaksana")
    storage.save(fresh_store, [gone], EDITOR)
    assert chains(read_structure(fresh_store, REG)) == [[("Kepala Bidang", APPRAISE_B, None)]]
    assert chains(read_structure(fresh_store, REG, corrected=False)) == extracted
    storage.delete(fresh_store, [gone], EDITOR)
    # an Ahli Muda is appraised by the Administrators (Pasal 7 ayat (4) huruf b); given that
    # jenjang, the Kepala Bidang's own rule beats it (jenjang > unit type > regulation-wide)
    ahli_muda = ("Pejabat Fungsional", "Ahli Muda")
    assert sorted(c[0][:2] for c in chains(read_structure(fresh_store, REG), *ahli_muda)) == [
        ("Kepala Bidang", "Pasal 7 ayat (4) huruf b"),
        ("Sekretaris", "Pasal 7 ayat (4) huruf b"),
    ]
    narrowed = amend(buton, APPRAISE_B, "Kepala Bidang", "Pejabat Fungsional", "Ahli Muda")
    storage.save(fresh_store, [narrowed], EDITOR)
    assert chains(read_structure(fresh_store, REG), *ahli_muda) == [
        [("Kepala Bidang", APPRAISE_B, narrowed.id)]
    ]


def test_an_added_edge_reaches_the_named_units(fresh_store, buton):
    assert load_files([BUTON], fresh_store).ok
    setwan = REG + "/ut/ii-sekretariat-dewan-perwakilan-rakyat-daerah"
    sentence = next(e.citation for e in buton.edges if e.citation.where.startswith("Lampiran II A"))
    c = build.for_sentence(
        edge_type=EdgeType.APPRAISES,
        source="Sekretaris Dewan Perwakilan Rakyat Daerah",
        target="Kepala Bagian",
        unit_type=setwan,
        sentence={
            "where": sentence.where,
            "quote": sentence.quote,
            "start": sentence.start,
            "end": sentence.end,
        },
        sha256=buton.regulation.sha256,
        reason="PPK kepala bagian terlewat",
        author=EDITOR.name,
    )
    storage.save(fresh_store, [c], EDITOR)
    s = read_structure(fresh_store, REG)
    added = [e for e in s.edges if e.correction == c.id]
    assert len(added) == 2  # the unit type's template and its one named unit
    assert all(e.source in s.positions and e.target in s.positions for e in added)
    found = walk(s, setwan, "kepala bagian", None, EdgeType.APPRAISES)
    assert [[h.next.title for h in chain] for chain in found] == [
        ["Sekretaris Dewan Perwakilan Rakyat Daerah"]
    ]
