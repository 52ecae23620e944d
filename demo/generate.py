"""Clearly fictitious rosters (pegawai, tim kerja) for a regulation: demo data and benchmarks.

Issue 6 wants the dashboard to show people out of the box and the benchmark to
import 100 000 employees, without ever shipping real names or NIPs. So every
roster here is generated from the regulation itself: its units (named, or
invented where it only names a unit type, kept where the importer places them),
titles that are or extend its positions, names from generic lists, NIPs valid
in format only, ``DEMO`` on every row. Title classes and unit placement are the
importer's own (``loader.roster.place`` on a :class:`Context` built from the
extraction), so the demo cannot drift from what an import does. The word lists
and unit kinds are data (``demo/words.toml``). A few rows are made
inconsistent on purpose so that each check of docs/people.md has something to
find; :class:`Planted` says which. Pure data: nothing is read but the rule
tables and nothing is written (``loader/commands/demo.py`` writes the files).
Deterministic for a seed: one ``random.Random`` per regency, sorted iteration.
"""

from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from pathlib import Path

from loader.model import JENJANG, Employee, Extraction, Position, PositionClass, Team
from loader.reading.rules import load_table
from loader.roster.held import generic_class
from loader.roster.place import Context, classify, place, work_unit
from loader.roster.rules import roster_rules

PC = PositionClass
DEMO_DIR = Path(__file__).resolve().parent  # words.toml: the generator's word lists
EMPLOYEES_PER_SCALE = 100  # per regency: --scale 200 gives 100 000 employees over five regencies
TEAMS_PER_SCALE = 5  # ... and 5 000 teams
LAST_APPOINTMENT = 2024  # fixed, so the output does not depend on today's date


@dataclass(frozen=True)
class Kind:
    """A kind of unit: how the regulation's unit names start, names to invent, its head."""

    key: str
    pattern: re.Pattern[str]
    names: tuple[str, ...]  # invented names; "{n}" is numbered when more are needed
    default: int  # units of this kind at --scale 1 (per unit type)
    single: bool  # a regency has one of it
    weight: float  # share of the staff
    admins: tuple[str, ...]  # Administrator titles the kind uses (lower case bases)
    pengawas: tuple[str, ...]


@dataclass(frozen=True)
class DemoTable:
    """``demo/words.toml``: names, unit kinds, titles, jenjang shares, team themes."""

    given: tuple[str, ...]
    surnames: tuple[str, ...]
    numbers: tuple[str, ...]
    kinds: dict[str, Kind]  # in table order
    invented: tuple[str, ...]  # kinds invented where the regulation names none
    no_types: tuple[str, ...]  # ... for a regulation with regulation-wide rules only
    extended: frozenset[str]
    subjects: tuple[str, ...]
    unmatched: tuple[str, ...]
    executing: tuple[str, ...]
    jenjang: dict[str, float]  # in JENJANG order
    functional: tuple[tuple[str, frozenset[str], frozenset[str]], ...]  # title, jenjang, kinds
    themes: tuple[str, ...]


@cache
def demo_table(directory: Path = DEMO_DIR) -> DemoTable:
    """Read and check words.toml, reporting every bad row at once (RuleTableError)."""
    data, c = load_table("words.toml", directory)

    def words(where: str, value: object) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(x, str) and x for x in value):
            c.problems.append((where, "needs a list of texts"))
            return ()
        return tuple(value)

    kinds = {}
    for n, row in enumerate(data.get("kind", []), start=1):
        where = f"kind {n}"
        pattern, names = c.regex(where, row.get("pattern")), words(where, row.get("names"))
        count, weight = row.get("count"), row.get("weight")
        if not isinstance(count, int) or count < 1 or not isinstance(weight, (int, float)):
            c.problems.append((where, "needs a positive 'count' and a 'weight'"))
        elif not row.get("single") and not any("{n}" in x for x in names):
            c.problems.append((where, "a kind that is not single needs a name with '{n}'"))
        elif pattern and names and row.get("key"):
            admins, pengawas = words(where, row.get("admins")), words(where, row.get("pengawas"))
            kinds[row["key"]] = Kind(
                row["key"], pattern, names, count, bool(row.get("single")), float(weight),
                tuple(admins), tuple(pengawas),
            )  # fmt: skip
    units, titles = data.get("units", {}), data.get("titles", {})
    invented, no_types = (
        words("units", units.get("invented")),
        words("units", units.get("no_types")),
    )
    functional = []
    for n, row in enumerate(data.get("functional", []), start=1):
        grades, only = words(f"functional {n}", row.get("jenjang")), row.get("only", [])
        functional.append((row.get("title"), frozenset(grades), frozenset(only)))
        if not row.get("title") or set(only) - {*kinds, "health"} or set(grades) - set(JENJANG):
            c.problems.append((f"functional {n}", "needs a title, known jenjang and unit kinds"))
    shares = data.get("jenjang", {})
    if set(shares) != set(JENJANG) or not all(isinstance(x, (int, float)) for x in shares.values()):
        c.problems.append(("jenjang", f"needs a share for each of {', '.join(JENJANG)}"))
    if set(invented + no_types) - set(kinds):
        c.problems.append(("units", "names a kind without a [[kind]] row"))
    table = DemoTable(
        words("names", data.get("names", {}).get("given")),
        words("names", data.get("names", {}).get("surnames")),
        words("names", data.get("names", {}).get("numbers")),
        kinds, invented, no_types,
        frozenset(words("titles", titles.get("extended"))),
        words("titles", titles.get("subjects")),
        words("titles", titles.get("unmatched")),
        words("titles", titles.get("executing")),
        {j: shares.get(j, 0.0) for j in JENJANG},
        tuple(functional),
        words("teams", data.get("teams", {}).get("themes")),
    )  # fmt: skip
    c.check()
    return table


@dataclass
class Person:
    """One pegawai row; ``layer`` (head jpt admin pengawas fungsional pelaksana) drives rules."""

    nip: str
    nama: str
    jabatan: str
    jenjang: str
    unit: str
    layer: str
    appraiser: str = ""  # NIP of the recorded appraiser (nip atasan penilai)
    keterangan: str = "DEMO"


@dataclass(frozen=True)
class Planted:
    """A deliberate inconsistency: which check should find it, on which row, why."""

    check: str
    table: str  # "pegawai" or "tim"
    key: str  # NIP or team kode
    note: str


@dataclass(frozen=True)
class DemoUnit:
    name: str
    kind: str
    unit_type: str | None  # the unit type's name, None: regulation-wide positions only
    positions: tuple[Position, ...]  # the unit type's own positions
    wide: tuple[Position, ...]  # regulation-wide positions, held in every unit


@dataclass
class DemoRoster:
    regency: str
    slug: str
    units: list[DemoUnit]
    people: list[Person]
    teams: list[Team]
    planted: list[Planted] = field(default_factory=list)


# -- units ---------------------------------------------------------------------------------


def _search(pattern: str, text: str) -> bool:
    return re.search(pattern, text, re.IGNORECASE) is not None


def kind_of(name: str) -> Kind | None:
    return next((k for k in demo_table().kinds.values() if k.pattern.search(name)), None)


def _usable(name: str) -> bool:
    """Named units the reader took from a heading ("Kelurahan dan Unit … yang dipimpin") are left
    out: a roster would not use them as a unit's name."""
    kind = kind_of(name)
    bare = len(name.split()) < 2 and not (kind and kind.single)
    return bool(kind) and not bare and not _search(r"yang dipimpin|\boleh Pejabat$|^\w+,", name)


def _count(kind: Kind, scale: float) -> int:
    return 1 if kind.single else max(1, math.ceil(kind.default * math.sqrt(scale)))


def _invented_name(kind: Kind, i: int) -> str:
    fixed = [n for n in kind.names if "{n}" not in n]
    if i < len(fixed):
        return fixed[i]
    pattern = next(n for n in kind.names if "{n}" in n or kind.single)
    n, numbers = i - len(fixed) + 1, demo_table().numbers
    return pattern.format(n=numbers[n - 1] if n <= len(numbers) else str(n))


def plan_units(
    extraction: Extraction, ctx: Context, rng: random.Random, scale: float
) -> list[DemoUnit]:
    """The regulation's named units (a sample per unit type and kind), then invented units for the
    kinds it does not name, each kept only where the importer places it (``work_unit``)."""
    table, rules = demo_table(), roster_rules()
    wide = extraction.wide_positions
    types = {ut.name: ut for ut in extraction.unit_types}
    regency_uid = extraction.regulation.uid.split("/")[0]
    units: list[DemoUnit] = []
    named_kinds = set()
    for ut in extraction.unit_types:
        if not ut.positions:
            continue
        by_kind: dict[str, list[str]] = {}
        for name in ut.named_units:
            if _usable(name):
                by_kind.setdefault(kind_of(name).key, []).append(name)
        for key in sorted(by_kind):
            named_kinds.add(key)
            names = sorted(by_kind[key])
            chosen = sorted(rng.sample(names, min(len(names), _count(table.kinds[key], scale))))
            units += [DemoUnit(n, key, ut.name, ut.positions, wide) for n in chosen]
    for key in table.invented if extraction.unit_types else table.no_types:
        if key in named_kinds:
            continue
        for i in range(_count(table.kinds[key], scale)):
            name = _invented_name(table.kinds[key], i)
            where = work_unit(ctx, name, regency_uid, rules)
            if where is not None and where.unit_type == ctx.wide_type:
                units.append(DemoUnit(name, key, None, (), wide))
                continue
            ut = types.get(where.unit_type_name) if where else None
            if ut is None or not ut.positions:
                break
            units.append(DemoUnit(name, key, ut.name, ut.positions, wide))
    return units


# -- titles of one unit --------------------------------------------------------------------


def _written(positions: tuple[Position, ...], pattern: str) -> str | None:
    """The first position title matching ``pattern``, with each word capitalised."""
    for p in positions:
        if _search(pattern, p.title):
            return " ".join(w[:1].upper() + w[1:] for w in p.title.split())
    return None


def head_title(unit: DemoUnit) -> str:
    name, own = unit.name, unit.positions
    proper = name.title() if name.isupper() else name
    by_kind = {
        "setda": lambda: "Sekretaris Daerah",
        "setwan": lambda: "Sekretaris DPRD" if "DPRD" in name else f"Sekretaris {name[12:]}",
        "inspektorat": lambda: "Inspektur Daerah",
        "satpol": lambda: f"Kepala {name}",
        "bpbd": lambda: _written(own, r"^Kepala Pelaksana$") or "Kepala Pelaksana BPBD",
        "rsud": lambda: _written(own, r"^Direktur RSUD$") or "Direktur",
        "dinas": lambda: f"Kepala {name}",
        "kecamatan": lambda: "Camat",
        "kelurahan": lambda: "Lurah",
        "uptd": lambda: (
            f"Kepala {proper}"
            if classify(f"Kepala {proper}", None, roster_rules()) == PC.PENGAWAS
            else _written(own, r"^Kepala (?:UPTD?|Unit Pelaksana)") or "Kepala UPTD"
        ),
    }
    return by_kind[unit.kind]()


def _layer_bases(unit: DemoUnit, bases: tuple[str, ...], cls: PositionClass) -> list[str]:
    """Titles of one structural class the unit type names itself, else (when it names the class
    generically) the kind's usual ones; never a class the unit type does not have."""
    own = unit.positions
    named = [b for b in bases if any(p.key == b for p in own)]
    if named:
        return named
    if any(generic_class(p.title, roster_rules()) == cls for p in own):
        return list(bases[:2])
    return []


def _extend(base: str, rng: random.Random, i: int) -> str:
    title, subjects = base.title(), demo_table().subjects
    if base == "inspektur pembantu":
        return f"{title} Wilayah {'I' * (i % 3 + 1)}"
    if base not in demo_table().extended:
        return title
    return f"{title} {subjects[(i + rng.randrange(len(subjects))) % len(subjects)]}"


def skeleton(unit: DemoUnit, rng: random.Random, scale: float) -> list[tuple[str, str]]:
    """(layer, title) of the unit's structural posts: head, Asisten, Administrators, Pengawas."""
    kind = demo_table().kinds[unit.kind]
    posts = [("head", head_title(unit))]
    if unit.kind == "setda":
        asisten = _written(unit.positions, r"^Asisten")
        if asisten:
            sep = " Bidang " if " " in asisten else " "
            posts += [("jpt", asisten + sep + s) for s in ("Pemerintahan", "Perekonomian")]
    kind_extended = demo_table().extended
    extra = int(math.log2(max(scale, 1)))  # a little more structure in bigger units
    for layer, bases, cls in (
        ("admin", kind.admins, PC.ADMINISTRATOR),
        ("pengawas", kind.pengawas, PC.PENGAWAS),
    ):
        found = _layer_bases(unit, bases, cls)
        if not found:
            continue
        n = rng.randint(1, 2) + extra
        singles = [b for b in found if b not in kind_extended and b != "inspektur pembantu"]
        many = [b for b in found if b not in singles] or found
        titles = [b.title() for b in singles[:1]]
        titles += [_extend(many[i % len(many)], rng, i) for i in range(max(0, n - len(titles)))]
        posts += [(layer, t) for t in dict.fromkeys(titles)]
    return posts


def _has(unit: DemoUnit, cls: PositionClass) -> bool:
    return any(p.cls == cls for p in unit.positions + unit.wide)


def _kinds_of(unit: DemoUnit) -> set[str]:
    health = unit.kind == "rsud" or _search(r"Kesehatan|Puskesmas", unit.name)
    return {unit.kind, "health"} if health else {unit.kind}


def functional_title(unit: DemoUnit, jenjang: str, rng: random.Random) -> str:
    kinds, posts = _kinds_of(unit), demo_table().functional
    fits = [f for f, grades, only in posts if jenjang in grades and (not only or kinds & only)]
    fits = fits or [f for f, grades, _ in posts if jenjang in grades]
    return f"{rng.choice(fits)} {jenjang}"


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


# -- one regency ---------------------------------------------------------------------------


def generate(
    extraction: Extraction, scale: float = 1.0, seed: int = 1, taken: set[str] | None = None
) -> DemoRoster:
    """The demo roster of one regulation at ``scale`` (1: about 100 employees and 5 teams).

    ``taken``: NIPs already given (to other regencies of the same set), added to as it goes.
    """
    if scale <= 0:
        raise ValueError("scale must be positive")
    regulation = extraction.regulation
    slug = regulation.uid.split("/")[0]
    rng = random.Random(f"{seed}/{slug}")
    ctx = Context.from_extraction(extraction)
    units = plan_units(extraction, ctx, rng, scale)
    plans = [skeleton(u, rng, scale) for u in units]
    nips = NipMaker(rng, taken)
    total = round(EMPLOYEES_PER_SCALE * scale)
    people = staff_people(units, plans, total, rng, nips)
    teams = make_teams(people, max(2, round(TEAMS_PER_SCALE * scale)), rng)
    roster = DemoRoster(regulation.regency, slug, units, people, teams)
    plant(roster, rng, ctx)
    return roster
