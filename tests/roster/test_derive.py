"""Derived appraisers and the checks (``checks``) on crafted rosters placed on the regulations.

Expected values come from the regulation texts:
- Buton Pasal 7 ayat (4): JF Ahli Utama/Ahli Madya under the JPT (huruf a), Ahli Muda under
  the Administrator (huruf b), Ahli Pertama and every keterampilan grade under the Pengawas (c).
- Buton Lampiran IV A angka (2) huruf a: the Kepala Dinas/Badan sets the Sekretaris' and the
  Kepala Bidang's performance; huruf b: Sekretaris and Kepala Bidang appraise pelaksana.
- Buton Pasal 16 ayat (4) huruf e: the team lead reports members' results to their PPK as input
  to the appraisal (RECOMMENDS_APPRAISAL); Pasal 9 ayat (4): the lead of a cross-unit team comes
  from the unit owning the performance.
- Tabalong Pasal 6 ayat (2): the same jenjang split as Buton Pasal 7 ayat (4).
"""

from __future__ import annotations

import pytest

from checks.chain import person_walk
from checks.findings import findings
from checks.people import derive, implied, reconciliation, team_members
from checks.roster import read_roster
from loader.graph.load import build_write
from loader.model import (
    Citation,
    Edge,
    EdgeType,
    Extraction,
    Position,
    PositionClass,
    Provision,
    Regulation,
    UnitType,
)
from loader.roster.importer import import_roster
from tests.roster.conftest import PEGAWAI, TIM, nip, write_csv

BUTON, TABALONG = "Kabupaten Buton", "Kabupaten Tabalong"
HEAD, KABID, KASI, MADYA, MUDA, PERTAMA, TERAMPIL, PELAKSANA, SEK = (nip(i) for i in range(1, 10))
CAMAT, KEC_JF, LURAH_KABID = nip(11), nip(12), nip(13)


def _roster(unit: str, head_title: str, recorded: dict[str, str] | None = None) -> list[list]:
    r = recorded or {}
    return [
        [HEAD, "Andi", head_title, "", unit, "", ""],
        [SEK, "Budi", "Sekretaris", "", unit, r.get(SEK, HEAD), ""],
        [KABID, "Citra", "Kepala Bidang Pelayanan", "", unit, r.get(KABID, HEAD), ""],
        [KASI, "Dedi", "Kepala Seksi Umum", "", unit, r.get(KASI, KABID), ""],
        [MADYA, "Eka", "Perawat Ahli Madya", "", unit, r.get(MADYA, HEAD), ""],
        [MUDA, "Fajar", "Perencana Ahli Muda", "", unit, r.get(MUDA, KABID), ""],
        [PERTAMA, "Gita", "Pranata Komputer Ahli Pertama", "", unit, r.get(PERTAMA, KASI), ""],
        [TERAMPIL, "Hadi", "Perawat", "Terampil", unit, r.get(TERAMPIL, KASI), ""],
        [PELAKSANA, "Indah", "Pengadministrasi Perkantoran", "", unit, r.get(PELAKSANA, KABID), ""],
    ]


@pytest.fixture(scope="module")
def buton(people_store, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("buton")
    rows = _roster("Dinas Kesehatan", "Kepala Dinas Kesehatan", {MADYA: KABID})
    rows += [
        [CAMAT, "Joko", "Camat", "", "Kecamatan Contoh Satu", "", ""],
        [KEC_JF, "Kartika", "Analis Kebijakan Ahli Muda", "", "Kecamatan Contoh Satu", nip(4), ""],
        [LURAH_KABID, "Lestari", "Kepala Bidang Tata Ruang", "", "Kelurahan Contoh", "", ""],
    ]
    pegawai = write_csv(tmp / "pegawai.csv", PEGAWAI, rows)
    tim = write_csv(
        tmp / "tim.csv",
        TIM,
        [
            ["TK-1", "Tim Sendiri", "Dinas Kesehatan", MUDA, f"{PERTAMA}, {KEC_JF}", "2025"],
            ["TK-2", "Tim Luar", "Kecamatan Contoh Satu", MADYA, KEC_JF, "2025"],
        ],
    )
    report = import_roster([pegawai, tim], BUTON, people_store)
    assert report.written, report.problems
    return people_store


def _implied(store, regency: str, kind: str = "APPRAISES"):
    found = derive(read_roster(store, regency), kind).items()
    return {n: implied(superiors) for n, superiors in found if implied(superiors)}


def _appraisers(store, regency: str) -> dict[str, set[str]]:
    return {n: {x for s in sups for x in s.nips} for n, sups in _implied(store, regency).items()}


def _wheres(store, regency: str, kind: str = "APPRAISES") -> dict[str, set[str]]:
    return {n: {s.cite.where for s in sups} for n, sups in _implied(store, regency, kind).items()}


def _findings(store, regency: str):
    return findings(read_roster(store, regency))


def test_jenjang_rules_of_buton_pasal_7(buton):
    got, where = _appraisers(buton, BUTON), _wheres(buton, BUTON)
    assert got[MADYA] == {HEAD} and where[MADYA] == {"Pasal 7 ayat (4) huruf a"}
    assert got[MUDA] == {SEK, KABID} and where[MUDA] == {"Pasal 7 ayat (4) huruf b"}
    assert got[PERTAMA] == {KASI} and where[PERTAMA] == {"Pasal 7 ayat (4) huruf c"}
    assert got[TERAMPIL] == {KASI}  # keterampilan grades: huruf c as well
    assert got[PELAKSANA] == {SEK, KABID}  # Lampiran IV: the unit type's own rule
    assert got[KEC_JF] == {CAMAT}  # an Administrator of the Kecamatan


def test_targets_set_by_the_head_lampiran_iv(buton):
    sets = _implied(buton, BUTON, "SETS_PERFORMANCE")
    assert {n for s in sets[SEK] for n in s.nips} == {HEAD}
    assert {s.cite.where for s in sets[KABID]} == {"Lampiran IV A angka (2) huruf a"}


def test_jenjang_rules_of_tabalong_pasal_6(people_store, tmp_path):
    rows = _roster("Dinas Sosial", "Kepala Dinas Sosial")
    import_roster([write_csv(tmp_path / "p.csv", PEGAWAI, rows)], TABALONG, people_store)
    got, where = _appraisers(people_store, TABALONG), _wheres(people_store, TABALONG)
    assert got[MADYA] == {HEAD} and "Pasal 6 ayat (2) huruf a" in where[MADYA]
    assert got[MUDA] == {SEK, KABID} and "Pasal 6 ayat (2) huruf b" in where[MUDA]
    assert got[PERTAMA] == {KASI} and "Pasal 6 ayat (2) huruf c" in where[PERTAMA]


def test_reconciliation_status(buton):
    status = {r.nip: r.status for r in reconciliation(read_roster(buton, BUTON))}
    assert status[MADYA] == "mismatch"  # recorded the Kepala Bidang, Pasal 7 (4) a says the JPT
    assert status[MUDA] == "match" and status[PERTAMA] == "match"
    assert status[HEAD] == "underived"  # Buton names no appraiser of the Kepala Dinas
    assert status[CAMAT] == "underived"


def test_team_lead_recommends_and_team_checks(buton):
    roster = read_roster(buton, BUTON)
    members = {(m.team.team.kode, m.member.nip): m for m in team_members(roster)}
    assert members[("TK-1", KEC_JF)].lead.nip == MUDA
    assert members[("TK-1", KEC_JF)].recommends.where == "Pasal 16 ayat (4) huruf e"
    found = {(f.code, f.nip) for f in findings(roster)}
    assert ("LEAD_OUTSIDE_OWNER", MADYA) in found  # TK-2 owned by the Kecamatan, led from Dinas
    assert ("LEAD_OUTSIDE_OWNER", MUDA) not in found
    lead_rule = next(f for f in findings(roster) if f.code == "LEAD_OUTSIDE_OWNER")
    assert "Pasal 9 ayat (4)" in lead_rule.where and "pemilik kinerja" in lead_rule.quote
    # KEC_JF (Kecamatan) has MADYA, the lead of TK-2 from the Dinas, as appraiser on record
    assert ("APPRAISER_IN_TEAM", KEC_JF) in found


def test_checks_on_the_crafted_rows(buton):
    all_found = _findings(buton, BUTON)
    found = {(f.code, f.nip) for f in all_found}
    assert ("NO_APPRAISER", HEAD) in found
    assert ("RECORD_MISMATCH", MADYA) in found
    assert ("RECORD_MISMATCH", MUDA) not in found
    assert ("TITLE_UNMATCHED", LURAH_KABID) in found  # no Administrator post in a Kelurahan
    assert ("TITLE_UNMATCHED", KABID) not in found
    targets = {(f.unit, f.facts["cls"]) for f in all_found if f.code == "NO_TARGET_SETTER"}
    assert ("Dinas Kesehatan", "Fungsional") in targets
    assert ("Dinas Kesehatan", "Administrator") not in targets
    assert not any(f.code == "APPRAISAL_CYCLE" for f in all_found)


def test_chain_of_an_employee(buton):
    hops = person_walk(read_roster(buton, BUTON), PERTAMA)
    assert [h.nip for h in hops] == [PERTAMA, KASI]
    assert [c.where for c in hops[0].cites] == ["Pasal 7 ayat (4) huruf c"]


def test_reloading_the_regulation_keeps_people_attached(buton):
    from loader.graph.load import default_paths, load_files

    before = _appraisers(buton, BUTON)
    buton_file = [p for p in default_paths() if p.name.startswith("000_")]
    assert load_files(buton_file, buton).ok
    assert _appraisers(buton, BUTON) == before
    # the regency outlives the reload, so its roster stays linked (HAS_ROSTER)
    assert BUTON in {r["regency"] for r in buton.query("roster_list").rows}


def _crafted(store) -> None:
    """A two-position regulation whose appraisal rules conflict and loop (no real one does)."""
    text = "Pasal 1 Kepala menilai Kabid. Pasal 2 Kabid menilai Kepala. Pasal 3 Kabid menilai JF."
    reg = Regulation("Peraturan Bupati", "1", 2025, "Kabupaten Uji", "Uji", "Uji", None, "u", "0")

    def cite(start: int, end: int, where: str) -> Citation:
        prov = Provision(where, text[start:end], start, end, 1)
        return Citation(prov, text[start:end], start, end, 1)

    positions = (
        Position("Kepala Dinas", PositionClass.JPT_PRATAMA),
        Position("Kepala Bidang", PositionClass.ADMINISTRATOR),
        Position("Pejabat Fungsional", PositionClass.FUNGSIONAL),
    )
    ut = UnitType("A", "Dinas/Badan Daerah", None, (), positions)
    edges = (
        Edge(
            EdgeType.APPRAISES, "Kepala Dinas", "Kepala Bidang", "A", None, cite(0, 29, "Pasal 1")
        ),
        Edge(
            EdgeType.APPRAISES, "Kepala Bidang", "Kepala Dinas", "A", None, cite(30, 59, "Pasal 2")
        ),
        Edge(
            EdgeType.APPRAISES,
            "Kepala Bidang",
            "Pejabat Fungsional",
            "A",
            None,
            cite(60, 87, "Pasal 3"),
        ),
        Edge(
            EdgeType.APPRAISES,
            "Kepala Dinas",
            "Pejabat Fungsional",
            "A",
            None,
            cite(0, 29, "Pasal 1"),
        ),
    )
    store.apply_writes([build_write(Extraction(reg, (ut,), edges, (), ()))])


def test_two_appraisers_and_cycles_on_a_crafted_regulation(people_store, tmp_path):
    _crafted(people_store)
    rows = [
        [HEAD, "Andi", "Kepala Dinas Uji", "", "Dinas Uji", "", ""],
        [KABID, "Citra", "Kepala Bidang Uji", "", "Dinas Uji", HEAD, ""],
        [MUDA, "Fajar", "Perencana Ahli Muda", "", "Dinas Uji", KABID, ""],
    ]
    import_roster([write_csv(tmp_path / "p.csv", PEGAWAI, rows)], "Kabupaten Uji", people_store)
    found = {f.code: f for f in _findings(people_store, "Kabupaten Uji") if f.nip in (MUDA, None)}
    assert found["TWO_APPRAISERS"].where == "Pasal 1, Pasal 3"
    cycle = found["APPRAISAL_CYCLE"]
    assert "Kepala Bidang" in cycle.facts["titles"] and "Pasal 2" in cycle.where
