"""Demo rosters: valid fictitious NIPs, the regulation's own units and titles, planted findings.

The demo data is what the dashboard shows out of the box and what the roster
benchmark imports, so it must import cleanly (units and titles the regulation
knows, valid NIPs) while giving every check of docs/people.md something to find.
"""

from __future__ import annotations

import csv
import re
from datetime import date

import pytest

from demo.__main__ import main
from demo.generate import _employee, demo_table, generate
from loader.graph.rows import WIDE_ID
from loader.model import JENJANG, PositionClass
from loader.roster.nip import nip_problem
from loader.roster.place import STRUCTURAL, Context, classify, place
from loader.roster.rules import roster_rules
from tests.loader.conftest import FILES, KONAWE_SELATAN

CHECKS = {"TITLE_UNMATCHED", "RECORD_MISMATCH", "LEAD_OUTSIDE_OWNER", "APPRAISER_IN_TEAM"}


@pytest.fixture(scope="module")
def rosters(extracted):
    taken: set[str] = set()
    return {f.name: generate(extracted[f.name], 1, 1, taken) for f in FILES}


def _planted(roster, check):
    return {p.key for p in roster.planted if p.check == check}


def _placed(roster, extraction):
    """The roster as the importer places it (loader.roster.place), no store needed."""
    employees = [_employee(p, n) for n, p in enumerate(roster.people, start=2)]
    return place(Context.from_extraction(extraction), employees, roster.teams, roster_rules())


def _own(placement, nip):
    """Posts TITLE_UNMATCHED counts (checks.findings): not regulation-wide, unless the unit
    falls under the regulation-wide unit type itself."""
    wide = placement.work_units[placement.unit_of[nip]].unit_type.endswith(f"/{WIDE_ID}")
    return [s for s in placement.posts[nip] if s.position.scope != "regulation" or wide]


def test_nips_are_valid_and_unique(rosters):
    nips = [p.nip for r in rosters.values() for p in r.people]
    assert len(nips) == len(set(nips))
    for nip in nips:
        assert re.fullmatch(r"\d{18}", nip)
        born = date(int(nip[:4]), int(nip[4:6]), int(nip[6:8]))
        appointed = (int(nip[8:12]), int(nip[12:14]))
        assert 1965 <= born.year <= 2000
        assert 1 <= appointed[1] <= 12
        assert (born.year + 18, born.month) < appointed <= (2024, 12)
        assert nip[14] in "12" and 1 <= int(nip[15:]) <= 999
        assert nip_problem(nip) is None  # the importer's own check agrees


def test_sizes_every_row_demo_and_every_jenjang(rosters):
    for roster in rosters.values():
        assert 60 <= len(roster.people) <= 150
        assert 4 <= len(roster.teams) <= 6
        assert {p.keterangan for p in roster.people} == {"DEMO"}
        assert set(JENJANG) <= {p.jenjang for p in roster.people}
        for p in roster.people:
            functional = classify(p.jabatan, None, roster_rules()) is PositionClass.FUNGSIONAL
            assert bool(p.jenjang) == functional, p
            assert not p.jenjang or p.jabatan.endswith(p.jenjang)


def test_the_importer_places_every_row(rosters, extracted):
    """Units and titles are the regulation's: the importer's own placement takes every row and
    gives it a post, and the planted TITLE_UNMATCHED row holds none of its unit's own."""
    for name, roster in rosters.items():
        placement = _placed(roster, extracted[name])
        assert placement.problems == [], (name, placement.problems[:3])
        for unit in roster.units:
            (work_unit,) = [w for w in placement.work_units.values() if w.name == unit.name]
            assert work_unit.unit_type_name == (unit.unit_type or "Seluruh Perangkat Daerah")
        # planted rows are unmatched; so are a few more (Malang: a UPTD type with only Pejabat
        # Fungsional gets its head and executing staff, held by regulation-wide posts only)
        unmatched = {p.nip for p in roster.people if not _own(placement, p.nip)}
        assert _planted(roster, "TITLE_UNMATCHED") <= unmatched, name
        for p in roster.people:
            assert placement.posts[p.nip] or p.nip in unmatched, (name, p.unit, p.jabatan)


def test_structural_titles_follow_the_unit_type(rosters, extracted):
    """A Kepala Seksi only where the unit type has one (or names Pejabat Pengawas generically)."""
    for name, roster in rosters.items():
        placement = _placed(roster, extracted[name])
        unmatched = _planted(roster, "TITLE_UNMATCHED")
        for p in roster.people:
            if p.layer in ("admin", "pengawas") and p.nip not in unmatched:
                held = [s for s in _own(placement, p.nip) if s.how in ("title", "class")]
                assert held, (p.unit, p.jabatan)


def test_recorded_appraisers_follow_the_simple_rule(rosters):
    for roster in rosters.values():
        by_nip = {p.nip: p for p in roster.people}
        odd = set().union(*(_planted(roster, c) for c in CHECKS - {"LEAD_OUTSIDE_OWNER"}))
        for p in roster.people:
            if p.layer == "head":
                assert p.appraiser == ""
            elif p.nip not in odd:
                boss = by_nip[p.appraiser]
                assert boss.unit == p.unit
                if p.jenjang in ("Ahli Madya", "Ahli Utama") or p.layer in ("admin", "pengawas"):
                    assert boss.layer == "head"


def test_teams_are_cross_unit_and_led_from_the_owner(rosters):
    for roster in rosters.values():
        by_nip = {p.nip: p for p in roster.people}
        outside = _planted(roster, "LEAD_OUTSIDE_OWNER")
        assert len({t.kode for t in roster.teams}) == len(roster.teams)
        for t in roster.teams:
            assert re.fullmatch(r"TK-\d+", t.kode) and t.periode == "2025"
            assert 3 <= len(t.members) <= 9 and t.leader not in t.members
            assert all(m in by_nip for m in t.members)
            assert (by_nip[t.leader].unit == t.owner) != (t.kode in outside)
            assert by_nip[t.leader].layer in ("admin", "fungsional")
        members = [by_nip[m] for t in roster.teams for m in t.members]
        away = sum(m.unit != t.owner for t in roster.teams for m in map(by_nip.get, t.members))
        assert away > len(members) / 2


def test_inconsistencies_are_planted(rosters, extracted):
    for name, roster in rosters.items():
        by_nip = {p.nip: p for p in roster.people}
        teams = {t.kode: t for t in roster.teams}
        # Muna's unit types name every class generically and Pejabat Level I-III: no title of
        # a demo unit is unmatched there (test_the_importer_places_every_row checks the others)
        muna = roster.regency == "Kabupaten Muna"
        assert {p.check for p in roster.planted} == CHECKS - (
            {"TITLE_UNMATCHED"} if muna else set()
        )
        assert 1 <= len(roster.planted) <= 3 * len(CHECKS)
        for nip in _planted(roster, "TITLE_UNMATCHED"):
            p = by_nip[nip]
            assert classify(p.jabatan, None, roster_rules()) in STRUCTURAL
            assert p.jabatan in demo_table().unmatched
            assert not _own(_placed(roster, extracted[name]), nip)
        mismatch = [by_nip[n] for n in _planted(roster, "RECORD_MISMATCH")]
        assert any(m.appraiser == "" for m in mismatch)
        assert any(m.appraiser and by_nip[m.appraiser].unit != m.unit for m in mismatch)
        (kode,) = _planted(roster, "LEAD_OUTSIDE_OWNER")
        assert by_nip[teams[kode].leader].unit != teams[kode].owner
        (nip,) = _planted(roster, "APPRAISER_IN_TEAM")
        team = next(t for t in roster.teams if nip in t.members)
        lead = by_nip[team.leader]
        assert by_nip[nip].appraiser == lead.nip and lead.unit != by_nip[nip].unit


def test_konawe_selatan_gets_units_of_its_own(rosters):
    roster = rosters[KONAWE_SELATAN.name]
    kinds = {u.kind for u in roster.units}
    assert kinds == {"dinas", "kecamatan"} and all(u.unit_type is None for u in roster.units)
    assert _planted(roster, "TITLE_UNMATCHED")  # strict: no regulation-wide Pengawas either
    assert "regulation-wide positions" in next(p.note for p in roster.planted)


def test_scale_grows_the_counts(extracted):
    extraction = extracted[FILES[0].name]
    small, big = generate(extraction, 1, 1), generate(extraction, 4, 1)
    assert len(big.people) == 4 * len(small.people)
    assert len(big.teams) == 4 * len(small.teams)
    assert len(big.units) > len(small.units)
    assert len({p.nip for p in big.people}) == len(big.people)
    assert {p.check for p in big.planted} == CHECKS


def test_command_writes_the_same_files_for_a_seed(tmp_path, capsys):
    args = [str(FILES[0]), str(KONAWE_SELATAN), "--seed", "7"]
    assert main([*args, "--out", str(tmp_path / "a")]) == 0
    assert main([*args, "--out", str(tmp_path / "b")]) == 0
    assert main([*args[:-1], "8", "--out", str(tmp_path / "c")]) == 0
    capsys.readouterr()
    files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*"))
    assert [str(f) for f in files if f.suffix] == [
        "kabupaten-buton/README.md",
        "kabupaten-buton/pegawai.csv",
        "kabupaten-buton/tim.csv",
        "kabupaten-konawe-selatan/README.md",
        "kabupaten-konawe-selatan/pegawai.csv",
        "kabupaten-konawe-selatan/tim.csv",
        "manifest.csv",
    ]
    for f in files:
        a, b = tmp_path / "a" / f, tmp_path / "b" / f
        assert a.is_dir() or a.read_bytes() == b.read_bytes()
    pegawai = "kabupaten-buton/pegawai.csv"
    assert (tmp_path / "a" / pegawai).read_bytes() != (tmp_path / "c" / pegawai).read_bytes()
    with (tmp_path / "a" / "manifest.csv").open(encoding="utf-8") as f:
        assert list(csv.DictReader(f)) == [
            {"folder": "kabupaten-buton", "regency": "Kabupaten Buton"},
            {"folder": "kabupaten-konawe-selatan", "regency": "Kabupaten Konawe Selatan"},
        ]
    with (tmp_path / "a" / pegawai).open(encoding="utf-8") as f:
        header = next(csv.reader(f))
    assert ",".join(header) == "nip,nama,jabatan,jenjang,unit,nip atasan penilai,keterangan"
    tim = (tmp_path / "a" / "kabupaten-buton" / "tim.csv").read_text(encoding="utf-8")
    assert tim.startswith("kode,nama,unit pemilik kinerja,ketua,anggota,periode\n")
    readme = (tmp_path / "a" / "kabupaten-buton" / "README.md").read_text(encoding="utf-8")
    assert all(check in readme for check in CHECKS)
