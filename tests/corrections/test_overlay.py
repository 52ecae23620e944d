"""The overlay on Buton's edges, and a draft's diff against the enacted structure."""

from __future__ import annotations

from dataclasses import replace

from corrections import build, drafts, overlay
from corrections.model import Draft, Status, now
from loader.graph.rows import WIDE_ID, position_uid, type_uid
from loader.model import EdgeType
from tests.corrections.conftest import EDITOR, amend, edge_row, remove

KECAMATAN = "kabupaten-buton/peraturan-bupati-3-2024/ut/vii-kecamatan"
SETWAN = "kabupaten-buton/peraturan-bupati-3-2024/ut/ii-sekretariat-dewan-perwakilan-rakyat-daerah"
SETWAN_UNIT = SETWAN + "/unit/sekretariat-dewan-perwakilan-rakyat-daerah"
APPRAISE_B = "Lampiran VII A angka (2) huruf b"


def rows_of(ex, unit_type: str) -> list[dict]:
    """Chart rows of one unit type, as the org-chart query gives them."""
    out = []
    for e in ex.edges:
        home = type_uid(ex.regulation.uid, e.unit_type or WIDE_ID)
        if home == unit_type:
            out.append(edge_row(ex, e.citation.where, e.source, e.target) | {"type": str(e.type)})
    return [dict(t) for t in {tuple(sorted(r.items())) for r in out}]


def proposal(ex, source: str, target: str, draft: str = ""):
    return build.for_sentence(
        edge_type=EdgeType.APPRAISES,
        source=source,
        target=target,
        unit_type=KECAMATAN,
        sentence={},
        sha256=ex.regulation.sha256,
        reason="usulan penataan",
        author=EDITOR.name,
        draft=draft,
    )


def appraisers(edges, target: str) -> set[str]:
    return {e["source"] for e in edges if e["type"] == "APPRAISES" and e["target"] == target}


def test_remove_amend_and_stale(buton):
    edges = rows_of(buton, KECAMATAN)
    gone = remove(buton, APPRAISE_B, "Camat", "Pejabat Fungsional")
    changed = amend(buton, APPRAISE_B, "Sekretaris Camat", "pelaksana", "Terampil")
    stale = replace(remove(buton, APPRAISE_B, "Camat", "pelaksana"), status=Status.STALE)
    out = overlay.apply(edges, overlay.active([gone, changed, stale]))
    assert appraisers(edges, "Pejabat Fungsional") == {"Camat", "Sekretaris Camat"}
    assert appraisers(out, "Pejabat Fungsional") == {"Sekretaris Camat"}
    assert appraisers(out, "pelaksana") == {"Camat", "Sekretaris Camat"}  # stale: not applied
    amended = [e for e in out if e.get("correction")]
    assert [(e["source"], e["target"], e["condition"]) for e in amended] == [
        ("Sekretaris Camat", "pelaksana", "Terampil")
    ]
    assert amended[0]["correction"]["author"] == EDITOR.name
    assert len(out) == len(edges) - 1


def test_an_added_edge_is_copied_into_the_named_unit_drawn(buton):
    sentence = edge_row(
        buton,
        "Lampiran II A angka (2) huruf a",
        "Sekretaris Dewan Perwakilan Rakyat Daerah",
        "kepala bagian",
    )
    c = build.for_sentence(
        edge_type=EdgeType.APPRAISES,
        source="Sekretaris Dewan Perwakilan Rakyat Daerah",
        target="Kepala Bagian",
        unit_type=SETWAN,
        sentence=sentence,
        sha256=buton.regulation.sha256,
        reason="PPK kepala bagian terlewat",
        author=EDITOR.name,
    )
    in_unit = overlay.apply([], [c], home=SETWAN_UNIT)
    assert [(e["source_uid"], e["target_uid"]) for e in in_unit] == [
        (position_uid(SETWAN_UNIT, c.source), position_uid(SETWAN_UNIT, "kepala bagian"))
    ]
    assert overlay.apply([], [c], home=KECAMATAN) == []
    assert overlay.template_uid(in_unit[0]["source_uid"]) == c.source_uid


def test_draft_diff_on_buton_kecamatan(buton):
    draft = Draft("Penataan Kecamatan 2025", buton.regulation.uid, KECAMATAN, EDITOR.name, now())
    enacted_fix = amend(buton, APPRAISE_B, "Camat", "pelaksana", "Pemula")
    edits = [
        replace(remove(buton, APPRAISE_B, "Camat", "Pejabat Fungsional"), draft=draft.name),
        replace(
            amend(buton, APPRAISE_B, "Sekretaris Camat", "pelaksana", "Mahir"), draft=draft.name
        ),
        proposal(buton, "Camat", "Sekretaris Camat", draft=draft.name),
        proposal(buton, "Camat", "Kepala Seksi", draft="another draft"),
    ]
    items = [enacted_fix, *edits]
    extracted = rows_of(buton, KECAMATAN)
    before = drafts.enacted(extracted, items, KECAMATAN)
    after = drafts.drafted(extracted, items, draft, KECAMATAN)
    got = [
        (
            r["change"],
            r["source"],
            r["target"],
            r["condition_before"],
            r["condition_after"],
            r["where"],
        )
        for r in drafts.diff(before, after, drafts.edits_of(draft, items))
    ]
    assert got == [
        ("removed", "Camat", "Pejabat Fungsional", None, None, APPRAISE_B),
        ("changed", "Sekretaris Camat", "pelaksana", None, "Mahir", APPRAISE_B),
        ("added", "Camat", "Sekretaris Camat", None, None, None),  # an "usulan": no citation
    ]
    # the enacted correction is the draft's base, not a difference
    assert ("Camat", "pelaksana", "Pemula") in {
        (e["source"], e["target"], e["condition"]) for e in after
    }
