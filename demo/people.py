"""People and teams of a demo roster: NIPs valid in format only, generic names, staff shares and
jenjang, cross-unit teams.
"""

from __future__ import annotations

import random
from datetime import date

from demo.records import DemoUnit, Person
from demo.units import _has, functional_title
from demo.words import LAST_APPOINTMENT, PC, demo_table
from loader.model import JENJANG, Team

# -- people --------------------------------------------------------------------------------


class NipMaker:
    """18-digit NIPs: birth date, appointment month after age 18, gender digit, sequence; unique."""

    def __init__(self, rng: random.Random, taken: set[str] | None = None) -> None:
        self.rng = rng
        self.seen: set[str] = set() if taken is None else taken  # shared: unique over regencies
        self.first = date(1965, 1, 1).toordinal()

    def make(self, senior: bool) -> str:
        rng = self.rng
        last = date(1985 if senior else 2000, 12, 31).toordinal()
        born = date.fromordinal(rng.randint(self.first, last))
        year = rng.randint(born.year + 19, min(LAST_APPOINTMENT, born.year + 40))
        head = f"{born:%Y%m%d}{year}{rng.randint(1, 12):02d}{rng.randint(1, 2)}"
        while True:
            nip = f"{head}{rng.randint(1, 999):03d}"
            if nip not in self.seen:
                self.seen.add(nip)
                return nip


def _name(rng: random.Random) -> str:
    table = demo_table()
    return f"{rng.choice(table.given)} {rng.choice(table.given)} {rng.choice(table.surnames)}"


def _staff_shares(units: list[DemoUnit], total: int, rng: random.Random) -> list[int]:
    kinds = demo_table().kinds
    w = [kinds[u.kind].weight * rng.uniform(0.7, 1.3) for u in units]
    raw = [max(0, total) * x / sum(w) for x in w]
    shares = [int(r) for r in raw]
    for i in sorted(range(len(raw)), key=lambda i: shares[i] - raw[i])[: total - sum(shares)]:
        shares[i] += 1
    return [max(2, s) for s in shares]


def _jenjang_stream(rng: random.Random):
    """Every jenjang once (shuffled), then by weight: each regency covers all eight."""
    first = list(JENJANG)
    rng.shuffle(first)
    yield from first
    shares = demo_table().jenjang
    grades, weights = list(shares), list(shares.values())
    while True:
        yield from rng.choices(grades, weights, k=256)


def staff_people(units, plans, extraction_size: int, rng: random.Random, nips: NipMaker):
    """Everyone, unit by unit: structural posts first, then functional and executing staff, each
    with the appraiser the simple rule gives (see module docstring of loader/commands/demo.py)."""
    people: list[Person] = []
    skeleton_size = sum(len(p) for p in plans)
    shares = _staff_shares(units, extraction_size - skeleton_size, rng)
    grades = _jenjang_stream(rng)
    for unit, plan, share in zip(units, plans, shares, strict=True):
        mine = [
            Person(nips.make(True), _name(rng), title, "", unit.name, layer)
            for layer, title in plan
        ]
        head = mine[0]
        for p in mine[1:]:
            p.appraiser = head.nip
        admins = [p for p in mine if p.layer == "admin"]
        middle = admins or [p for p in mine if p.layer == "pengawas"] or [head]
        functional, executing = _has(unit, PC.FUNGSIONAL), _has(unit, PC.PELAKSANA)
        for i in range(share):
            as_functional = functional and (not executing or i % 9 in (0, 2, 4, 5, 7))
            if as_functional:
                jenjang = next(grades)
                title = functional_title(unit, jenjang, rng)
                boss = head if jenjang in ("Ahli Madya", "Ahli Utama") else rng.choice(middle)
                p = Person(nips.make(False), _name(rng), title, jenjang, unit.name, "fungsional")
            elif executing:
                title, boss = rng.choice(demo_table().executing), rng.choice(middle)
                p = Person(nips.make(False), _name(rng), title, "", unit.name, "pelaksana")
            else:
                break
            p.appraiser = boss.nip
            mine.append(p)
        people += mine
    return people


# -- teams ---------------------------------------------------------------------------------


def make_teams(people: list[Person], count: int, rng: random.Random) -> list[Team]:
    """Cross-unit teams: owner a unit, lead a functional or Administrator of it, members mostly
    from other units."""
    by_unit: dict[str, list[Person]] = {}
    for p in people:
        if p.layer != "head":
            by_unit.setdefault(p.unit, []).append(p)
    leads = {u: [p for p in ps if p.layer in ("admin", "fungsional")] for u, ps in by_unit.items()}
    owners = sorted(u for u, ps in leads.items() if ps)
    pool = [p for ps in by_unit.values() for p in ps]
    teams = []
    for n in range(1, count + 1):
        owner = rng.choice(owners)
        lead = rng.choice(leads[owner])
        members: dict[str, None] = {}
        size = min(rng.randint(3, 8), len(pool) - 1)
        while len(members) < size:
            home = by_unit[owner] if rng.random() < 0.2 else pool
            m = rng.choice(home)
            if m.nip != lead.nip:
                members[m.nip] = None
        themes = demo_table().themes
        theme = themes[(n - 1) % len(themes)]
        round_ = (n - 1) // len(themes)
        nama = theme if not round_ else f"{theme} {round_ + 1}"
        teams.append(
            Team(f"TK-{n}", nama, owner, lead.nip, tuple(members), "2025", "tim.csv", n + 1)
        )
    return teams
