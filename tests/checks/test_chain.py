"""Chain walks on a structure, each hop from the one precedence and cited (issues 13, 14)."""

from __future__ import annotations

import pytest

from checks.chain import combined, walk
from checks.snapshot import read_structure
from loader.model import EdgeType

DINAS = "kabupaten-buton/peraturan-bupati-3-2024/ut/iv-dinas-badan-daerah"


@pytest.fixture(scope="module")
def buton(loaded_store):
    return read_structure(loaded_store, "kabupaten-buton/peraturan-bupati-3-2024")


def _read(chain) -> list[tuple[str, str, str]]:
    return [(h.type.value, h.next.title, h.cite.where) for h in chain]


def test_the_appraisal_chain_of_an_ahli_madya_starts_at_the_jpt(buton):
    chains = walk(buton, DINAS, "Pejabat Fungsional", "Ahli Madya", EdgeType.APPRAISES)
    assert [_read(c) for c in chains] == [
        [("APPRAISES", "Kepala Dinas/Badan Daerah", "Pasal 7 ayat (4) huruf a")]
    ]
    hop = chains[0][0]
    assert (
        hop.superior.title == "Jabatan Tinggi Pratama" and hop.subject.title == "Pejabat Fungsional"
    )


def test_two_implied_superiors_give_two_chains(buton):
    chains = walk(buton, DINAS, "Pejabat Fungsional", "Ahli Muda", "APPRAISES")
    assert sorted(c[0].next.title for c in chains) == ["Kepala Bidang", "Sekretaris"]
    assert all(c[0].alternatives == 1 for c in chains)


def test_the_target_setting_chain_walks_the_unit_types_own_rules(buton):
    chains = walk(buton, DINAS, "Kepala Bidang", None, "SETS_PERFORMANCE")
    assert [_read(c) for c in chains] == [
        [("SETS_PERFORMANCE", "Kepala Dinas/Badan Daerah", "Lampiran IV A angka (2) huruf a")]
    ]


def test_the_combined_chain_goes_from_the_appraiser_to_who_sets_its_targets(buton):
    chain = combined(buton, DINAS, "pelaksana")
    assert _read(chain) == [
        ("APPRAISES", "Kepala Bidang", "Lampiran IV A angka (2) huruf b"),
        ("SETS_PERFORMANCE", "Kepala Dinas/Badan Daerah", "Lampiran IV A angka (2) huruf a"),
    ]
    assert chain[0].alternatives == 1  # the Sekretaris appraises too (same provision)


def test_a_cycle_in_a_reading_is_cut(buton):
    # an edge making the Kepala Dinas appraised by its own Kepala Bidang closes a loop
    up = next(e for e in buton.edges if e.type == "APPRAISES" and e.target.endswith("/pelaksana"))
    kabid = buton.by_title(DINAS, "Kepala Bidang").uid
    head = buton.by_title(DINAS, "Kepala Dinas/Badan Daerah").uid
    loop = [
        type(up)(EdgeType.APPRAISES, head, kabid, None, (), False, up.cite, DINAS),
        type(up)(EdgeType.APPRAISES, kabid, head, None, (), False, up.cite, DINAS),
    ]
    looped = buton.with_edges((*buton.edges, *loop))
    chains = walk(looped, "", kabid, None, "APPRAISES")
    assert [[h.next.title for h in c] for c in chains] == [["Kepala Dinas/Badan Daerah"]]
