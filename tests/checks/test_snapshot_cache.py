"""One snapshot per regency, shared until its roster or its regulation changes (issue 13)."""

from __future__ import annotations

from checks.people import reconciliation
from checks.roster import snapshot
from checks.snapshot import cached_structure
from loader.graph.load import DEFAULT_DIR, load_files
from loader.roster.importer import import_roster
from tests.roster.conftest import PEGAWAI, nip, write_csv

BUTON_FILE = DEFAULT_DIR / "000_b65b5e3740c9ccfa.txt"
BUTON = "Kabupaten Buton"


def _roster(path, rows: int):
    people = [[nip(1), "Andi", "Kepala Dinas Kesehatan", "", "Dinas Kesehatan", "", "DEMO"]]
    people += [
        [nip(i), f"Pegawai {i}", "Perawat Ahli Muda", "", "Dinas Kesehatan", nip(1), "DEMO"]
        for i in range(2, rows + 1)
    ]
    return write_csv(path, PEGAWAI, people)


def test_the_snapshot_is_read_again_only_when_roster_or_regulation_change(fresh_store, tmp_path):
    assert load_files([BUTON_FILE], fresh_store).ok
    assert import_roster([_roster(tmp_path / "a.csv", 3)], BUTON, fresh_store).written
    first = snapshot(fresh_store, BUTON)
    assert snapshot(fresh_store, BUTON) is first  # every page and rerun shares it
    assert len(reconciliation(first)) == 3

    assert import_roster([_roster(tmp_path / "b.csv", 5)], BUTON, fresh_store).written
    second = snapshot(fresh_store, BUTON)
    assert second is not first and len(second.people) == 5

    changed = tmp_path / BUTON_FILE.name  # the same regulation, its text changed (a new sha256)
    changed.write_text(BUTON_FILE.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert load_files([changed], fresh_store).ok
    third = snapshot(fresh_store, BUTON)
    assert third is not second and third.structure.sha256 != second.structure.sha256
    assert (
        cached_structure(fresh_store, third.structure.regulation).sha256 == third.structure.sha256
    )


def test_each_post_holder_is_read_once_and_matches_the_posts_people_hold(fresh_store, tmp_path):
    """The posts are read one row per post (its holders' NIPs): every employee's posts and
    every post's holders are the same relation seen from both sides."""
    assert load_files([BUTON_FILE], fresh_store).ok
    assert import_roster([_roster(tmp_path / "a.csv", 4)], BUTON, fresh_store).written
    roster = snapshot(fresh_store, BUTON)
    pairs = {(f"{h}|{pos}", p.nip) for p in roster.people for h, pos in p.held}
    assert pairs == {(post, n) for post, nips in roster.holders.items() for n in nips}
    assert all(list(nips) == sorted(set(nips)) for nips in roster.holders.values())
    assert all(list(p.held) == sorted(p.held) for p in roster.people)
    nurses = [p for p in roster.people if p.employee.jabatan == "Perawat Ahli Muda"]
    assert len(nurses) == 3 and len({p.held for p in nurses}) == 1 and nurses[0].held
