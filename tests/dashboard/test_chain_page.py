"""Rantai Akuntabilitas gives the one legal answer in both modes (issue 14 points 1 and 2).

Buton Pasal 7 ayat (4) huruf a: the Pejabat Penilai Kinerja of an Ahli Madya is the JPT, a
regulation-wide rule naming the jenjang, which beats the Dinas/Badan's own rule (Kepala
Bidang/Sekretaris). A graph of its own holds Buton and a three-person roster with an Ahli Madya.
"""

from __future__ import annotations

import uuid

import pytest

from loader.graph.load import load_files
from loader.roster.importer import import_roster
from queries.store import open_store
from tests.dashboard.people_graph import BUTON, REGENCY
from tests.dashboard.test_pages import start, visit

ROSTER = (
    "nip,nama,jabatan,jenjang,unit,nip atasan penilai,keterangan\n"
    "197001012000031001,Andi Contoh,Kepala Dinas Kesehatan,,Dinas Kesehatan,,DEMO\n"
    "197603032002031003,Citra Fiktif,Kepala Bidang Pelayanan Kesehatan,,Dinas Kesehatan,"
    "197001012000031001,DEMO\n"
    "198004042005032004,Dewi Madya,Analis Kebijakan Ahli Madya,Ahli Madya,Dinas Kesehatan,"
    "197603032002031003,DEMO\n"
    "198505052010031005,Eka Peraga,Pengadministrasi Perkantoran,,Dinas Kesehatan,"
    "197603032002031003,DEMO\n"
)
JPT_RULE = "Pasal 7 ayat (4) huruf a"
PELAKSANA_DINAS = "kabupaten-buton/peraturan-bupati-3-2024/ut/iv-dinas-badan-daerah/pos/pelaksana"
DINAS = "kabupaten-buton/peraturan-bupati-3-2024/ut/iv-dinas-badan-daerah"
JF_DINAS = "kabupaten-buton/peraturan-bupati-3-2024/ut/iv-dinas-badan-daerah/pos/pejabat-fungsional"


@pytest.fixture(scope="module")
def madya_settings(embedded_server, store_settings, tmp_path_factory):
    graph = f"madya_{uuid.uuid4().hex[:10]}"
    settings = dict(store_settings) | {"SK_GRAPH": graph}
    store = open_store(settings)
    roster = tmp_path_factory.mktemp("madya") / "pegawai.csv"
    roster.write_text(ROSTER)
    try:
        assert load_files([BUTON], store).ok
        assert import_roster([roster], REGENCY, store).written
        yield settings
    finally:
        store.db.connection.delete(graph, f"{graph}__staging")
        store.close()


@pytest.fixture
def chain_app(madya_settings):
    return visit(start(madya_settings, REGENCY), "chain")


def pick_position(at, title: str, uid: str, jenjang: str):
    at.text_input(key="chain_q").input(title).run()
    at.selectbox(key="chain_p").set_value(uid).run()
    at.selectbox(key="chain_jenjang").select(jenjang).run()
    assert not at.exception and not at.error, [e.value for e in at.exception or at.error]
    return at


def test_position_mode_applies_the_jenjang_rule_over_the_unit_types_own(chain_app):
    at = pick_position(chain_app, "Pejabat Fungsional", JF_DINAS, "Ahli Madya")
    tab = next(t for t in at.tabs if t.label == "Menilai kinerja (PPK)")
    appraises = tab.expander
    assert [e.label for e in appraises] == [
        "Pejabat Fungsional ← Kepala Dinas/Badan Daerah (Jabatan Tinggi Pratama)"
    ]
    assert JPT_RULE in appraises[0].get("html")[0].proto.body


def test_employee_mode_gives_the_same_rule(chain_app):
    at = chain_app
    at.radio(key="chain_mode").set_value("pegawai").run()
    at.text_input(key="chain_nip").input("Dewi").run()
    assert not at.exception and not at.error
    hops = at.dataframe[0].value
    assert list(hops["Nama"])[:2] == ["Dewi Madya", "Andi Contoh"]
    assert hops["Letak"].iloc[0] == JPT_RULE


def test_the_full_chain_goes_to_the_top_citing_each_hop(chain_app):
    at = pick_position(chain_app, "pelaksana", PELAKSANA_DINAS, "")
    hops = [m.value for m in at.markdown if m.value[:3] in ("1. ", "2. ", "3. ")]
    assert hops == [
        "1. **pelaksana** dinilai kinerjanya oleh **Kepala Bidang**",
        "2. **Kepala Bidang** target kinerjanya ditetapkan oleh **Kepala Dinas/Badan Daerah**",
    ]
    blocks = [h.proto.body for h in at.get("html")]
    assert "Lampiran IV A angka (2) huruf b" in blocks[0]
    assert "Lampiran IV A angka (2) huruf a" in blocks[1]
    assert any("Kepala Dinas/Badan Daerah" in c.value and "berhenti" in c.value for c in at.caption)


def test_the_org_chart_draws_the_same_appraiser_for_an_ahli_madya(madya_settings):
    at = visit(start(madya_settings, REGENCY), "org_chart")
    at.selectbox(key="unit").set_value(DINAS).run()
    at.selectbox(key="jenjang").select("Ahli Madya").run()
    at.pills(key="edge_types").set_value(["APPRAISES"]).run()
    assert not at.exception and not at.error
    edges = at.dataframe[0].value
    into_jf = edges[edges["Kepada"] == "Pejabat Fungsional"]
    assert list(zip(into_jf["Dari"], into_jf["Letak"], strict=True)) == [
        ("Kepala Dinas/Badan Daerah", JPT_RULE)
    ]
    at.selectbox(key="jenjang").select("Ahli Muda").run()
    edges = at.dataframe[0].value
    into_jf = edges[edges["Kepada"] == "Pejabat Fungsional"]
    assert sorted(into_jf["Dari"]) == ["Kepala Bidang", "Sekretaris"]


def test_the_full_chain_of_an_employee_goes_on_by_who_sets_targets(chain_app):
    at = chain_app
    at.radio(key="chain_mode").set_value("pegawai").run()
    at.text_input(key="chain_nip").input("Eka").run()
    assert not at.exception and not at.error
    hops = [m.value for m in at.markdown if m.value[:3] in ("1. ", "2. ", "3. ")]
    assert hops == [
        "1. **Eka Peraga** (Pengadministrasi Perkantoran) dinilai kinerjanya oleh "
        "**Citra Fiktif** — Kepala Bidang, Sekretaris",
        "2. **Citra Fiktif** (Kepala Bidang Pelayanan Kesehatan) target kinerjanya ditetapkan "
        "oleh **Andi Contoh** — Kepala Dinas/Badan Daerah",
    ]
    assert any("Andi Contoh" in c.value and "berhenti" in c.value for c in at.caption)
