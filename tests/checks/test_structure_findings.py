"""Structure checks with no roster, on Buton as enacted and on a draft of its Kecamatan."""

from __future__ import annotations

from dataclasses import replace

import pytest

from checks.snapshot import read_structure
from checks.structure_findings import check, lead_rule_of
from corrections import build
from corrections import structure as overlay_structure
from corrections.model import Draft, now
from loader.model import EdgeType

REG = "kabupaten-buton/peraturan-bupati-3-2024"
KECAMATAN = REG + "/ut/vii-kecamatan"
WIDE = REG + "/ut/_seluruh"


@pytest.fixture(scope="module")
def enacted(loaded_store):
    return read_structure(loaded_store, REG, corrected=False)


def found(findings, code, unit_type):
    return {f.title: f for f in findings if f.code == code and f.unit_type == unit_type}


def proposal(source, target, draft="Kecamatan 2025", edge_type=EdgeType.APPRAISES):
    return build.for_sentence(
        edge_type=edge_type,
        source=source,
        target=target,
        unit_type=KECAMATAN,
        sentence={},
        sha256="",
        reason="usulan",
        author="Analis Uji",
        draft=draft,
    )


def test_enacted_buton(enacted, loaded_store):
    findings = check(enacted, lead_rule_of(loaded_store, "Kabupaten Buton"))
    two = found(findings, "TWO_APPRAISERS", WIDE)["Jabatan Pelaksana"]
    assert two.superiors == ("Jabatan Administrator", "Jabatan Pengawas")
    assert sorted(c.where for c in two.cites) == [
        "Pasal 7 ayat (5) huruf a",
        "Pasal 7 ayat (5) huruf b",
    ]
    # Lampiran VII sets the Kepala Seksi's targets (Camat) but names no appraiser for it
    assert "Kepala Seksi" in found(findings, "NO_APPRAISER", KECAMATAN)
    assert "Kepala Seksi" not in found(findings, "NO_TARGET_SETTER", KECAMATAN)
    # one sentence naming Camat and Sekretaris Camat for the pelaksana is one rule, not two
    assert "pelaksana" not in found(findings, "TWO_APPRAISERS", KECAMATAN)
    # the regulation-wide rule gives each jenjang exactly one appraiser (Pasal 7 ayat (4))
    assert "Jabatan Fungsional" not in found(findings, "TWO_APPRAISERS", WIDE)
    assert "Jabatan Fungsional" not in found(findings, "NO_APPRAISER", WIDE)
    assert not [f for f in findings if f.code in ("APPRAISAL_CYCLE", "LEAD_RULE_MISSING")]
    assert not [f for f in findings if f.code == "APPRAISER_BELOW_PENGAWAS"]
    # without the provision on where a team lead comes from, that is a finding
    assert [f.title for f in check(enacted) if f.code == "LEAD_RULE_MISSING"] == ["Ketua Tim"]


def test_a_draft_of_the_kecamatan_rechecked(enacted):
    draft = Draft("Kecamatan 2025", REG, KECAMATAN, "Analis Uji", now())
    edits = [
        proposal("Camat", "Kepala Seksi"),  # fills the gap
        proposal("Kepala Seksi", "Sekretaris Camat"),  # closes a loop with the next one
        proposal("Sekretaris Camat", "Kepala Seksi"),
        proposal("Pejabat Fungsional", "pelaksana"),  # a functional as appraiser
        proposal("Camat", "Kepala Seksi", draft="another"),
    ]
    after = check(overlay_structure.drafted(enacted, edits, draft))
    before = check(enacted)
    assert "Kepala Seksi" in found(before, "NO_APPRAISER", KECAMATAN)
    assert "Kepala Seksi" not in found(after, "NO_APPRAISER", KECAMATAN)
    cycle = [f for f in after if f.code == "APPRAISAL_CYCLE"]
    assert [sorted(f.superiors) for f in cycle] == [["Kepala Seksi", "Sekretaris Camat"]]
    assert set(cycle[0].corrections) == {edits[1].id, edits[2].id}
    low = found(after, "APPRAISER_BELOW_PENGAWAS", KECAMATAN)["pelaksana"]
    assert low.superiors == ("Pejabat Fungsional",) and low.corrections == (edits[3].id,)
    assert low.reference == "PermenPANRB 6/2022 Pasal 1"
    # given by delegation, a functional appraiser is accepted
    delegated = [replace(e, delegated=True) if e is edits[3] else e for e in edits]
    again = check(overlay_structure.drafted(enacted, delegated, draft))
    assert "pelaksana" not in found(again, "APPRAISER_BELOW_PENGAWAS", KECAMATAN)
