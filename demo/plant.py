"""The rows a demo roster makes inconsistent on purpose, so each check of docs/people.md has
something to find (:class:`demo.records.Planted` says which).
"""

from __future__ import annotations

import random
from dataclasses import replace

from demo.records import DemoRoster, DemoUnit, Person, Planted
from demo.words import demo_table
from loader.model import Employee
from loader.roster.place import Context, place
from loader.roster.rules import roster_rules

# -- deliberate inconsistencies ------------------------------------------------------------


def _employee(p: Person, row: int) -> Employee:
    return Employee(p.nip, p.nama, p.jabatan, p.jenjang or None, p.unit, None, True, "demo", row)


def find_unmatched(
    units: list[DemoUnit], people: list[Person], ctx: Context
) -> tuple[DemoUnit, str, bool] | None:
    """A title the importer places on no post of its unit: none at all when possible (strict),
    else none of the unit type's own (regulation-wide posts do not count for TITLE_UNMATCHED,
    ``checks.findings``). Each candidate is placed with one holder of every
    title of its unit, so its tier is the one an import gives."""
    by_unit: dict[str, dict[tuple[str, str], Person]] = {}
    for p in people:
        by_unit.setdefault(p.unit, {}).setdefault((p.jabatan, p.jenjang), p)
    for strict in (True, False):
        for unit in units:
            for title in demo_table().unmatched:
                probe = Person("0" * 18, "", title, "", unit.name, "pengawas")
                staff = [*by_unit[unit.name].values(), probe]
                employees = [_employee(p, n) for n, p in enumerate(staff, start=1)]
                placed = place(ctx, employees, [], roster_rules())
                posts = placed.posts.get(probe.nip, [])
                own = [s for s in posts if s.position.scope != "regulation" or not unit.unit_type]
                if probe.nip in placed.cls and not (posts if strict else own):
                    return unit, title, strict
    return None


def plant(roster: DemoRoster, rng: random.Random, ctx: Context) -> None:
    """Make a few rows inconsistent, each for one check of docs/people.md, and record them."""
    people, teams, planted = roster.people, roster.teams, roster.planted
    by_nip = {p.nip: p for p in people}
    heads = {p.unit: p for p in people if p.layer == "head"}
    in_teams = {t.leader for t in teams} | {m for t in teams for m in t.members}
    loose = [p for p in people if p.layer in ("pelaksana", "fungsional") and p.nip not in in_teams]
    picked = rng.sample(loose, 3)

    victim = _plant_unmatched(roster, picked, heads, ctx)

    rest = [p for p in picked if p is not victim]
    odd, blank = rest[0], rest[1]
    other = sorted(u for u in heads if u != odd.unit)
    stranger = heads[rng.choice(other)]
    odd.appraiser = stranger.nip
    planted.append(
        Planted(
            "RECORD_MISMATCH",
            "pegawai",
            odd.nip,
            f"recorded appraiser {stranger.jabatan} of {stranger.unit} (another unit)",
        )
    )
    blank.appraiser = ""
    planted.append(
        Planted(
            "RECORD_MISMATCH",
            "pegawai",
            blank.nip,
            "no appraiser on record (blank nip atasan penilai)",
        )
    )

    _plant_teams(roster, rng, by_nip)


def _plant_unmatched(
    roster: DemoRoster, picked: list[Person], heads: dict[str, Person], ctx: Context
) -> Person | None:
    """Give one row a title of no position of its unit (TITLE_UNMATCHED), when the regulation
    leaves room for one: Muna's unit types name every class generically and Pejabat Level I-III,
    so the importer holds any structural title somewhere and nothing is planted."""
    found = find_unmatched(roster.units, roster.people, ctx)
    if found is None:
        return None
    unit, title, strict = found
    people = roster.people
    victim = next((p for p in picked if p.unit == unit.name), None)
    if victim is None:
        staff = [
            p for p in people if p.unit == unit.name and p.layer in ("pelaksana", "fungsional")
        ]
        victim = staff[-1]
    victim.jabatan, victim.jenjang, victim.layer = title, "", "pengawas"
    victim.appraiser = heads[unit.name].nip
    where = (
        "regulation-wide positions and Pejabat Level counted"
        if strict
        else (
            "the unit type's own positions; regulation-wide generic positions or Pejabat Level "
            "by tier would hold it"
        )
    )
    roster.planted.append(
        Planted(
            "TITLE_UNMATCHED",
            "pegawai",
            victim.nip,
            f"'{title}' in {unit.name}: no such position ({where})",
        )
    )
    return victim


def _plant_teams(roster: DemoRoster, rng: random.Random, by_nip: dict[str, Person]) -> None:
    teams, planted = roster.teams, roster.planted
    first = teams[0]
    outsiders = [
        p
        for p in roster.people
        if p.unit != first.owner
        and p.layer in ("admin", "fungsional")
        and p.nip not in first.members
    ]
    done = {p.key for p in planted}
    lead = rng.choice([p for p in outsiders if p.nip not in done])
    teams[0] = replace(first, leader=lead.nip)
    planted.append(
        Planted(
            "LEAD_OUTSIDE_OWNER",
            "tim",
            first.kode,
            f"lead {lead.jabatan} of {lead.unit}, owner {first.owner}",
        )
    )
    if len(teams) < 2:
        return
    second = teams[1]
    leader = by_nip[second.leader]
    away = [by_nip[m] for m in second.members if by_nip[m].unit != leader.unit and m not in done]
    if not away:
        candidates = [
            p
            for p in roster.people
            if p.unit != leader.unit and p.layer == "pelaksana" and p.nip not in done
        ]
        away = [rng.choice(candidates)]
        teams[1] = second = replace(second, members=(*second.members, away[0].nip))
    member = away[0]
    member.appraiser = leader.nip
    planted.append(
        Planted(
            "APPRAISER_IN_TEAM",
            "pegawai",
            member.nip,
            f"member of {second.kode} from {member.unit}; recorded appraiser is the "
            f"team's lead ({leader.jabatan}, {leader.unit}); also a "
            f"RECORD_MISMATCH",
        )
    )
