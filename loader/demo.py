"""Clearly fictitious rosters (pegawai, tim kerja) for a regulation: demo data and benchmarks.

Issue 6 wants the dashboard to show people out of the box and the benchmark to
import 100 000 employees, without ever shipping real names or NIPs. So every
roster here is generated from the regulation itself: its units (named, or
invented where it only names a unit type, placed where ``loader/rules/roster.toml``
would place them), titles that are or extend its positions, names from generic
lists, NIPs valid in format only, ``DEMO`` on every row. A few rows are made
inconsistent on purpose so that each check of docs/people.md has something to
find; :class:`Planted` says which. Pure data: nothing is read but the rule
tables and nothing is written (``loader/commands/demo.py`` writes the files).
Deterministic for a seed: one ``random.Random`` per regency, sorted iteration.
"""

from __future__ import annotations

import math
import random
import re
import tomllib
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache

from loader.model import JENJANG, Extraction, Position, PositionClass, UnitType
from loader.rules import RULES_DIR, load_rules

PC = PositionClass
EMPLOYEES_PER_SCALE = 100  # per regency: --scale 200 gives 100 000 employees over five regencies
TEAMS_PER_SCALE = 5  # ... and 5 000 teams
LAST_APPOINTMENT = 2024  # fixed, so the output does not depend on today's date
STRUCTURAL = (PC.JPT_PRATAMA, PC.ADMINISTRATOR, PC.PENGAWAS)

GIVEN = (
    "Andi",
    "Budi",
    "Citra",
    "Dewi",
    "Eka",
    "Fajar",
    "Gita",
    "Hadi",
    "Indah",
    "Joko",
    "Kartika",
    "Lestari",
    "Made",
    "Nur",
    "Oki",
    "Putri",
    "Rahmat",
    "Sari",
    "Tono",
    "Umi",
    "Wahyu",
    "Yanti",
    "Zainal",
    "Agus",
    "Bayu",
    "Dian",
    "Rina",
    "Sinta",
    "Wawan",
    "Yusuf",
)
SURNAMES = tuple(
    ["Contoh", "Sampel", "Percobaan", "Ilustrasi", "Rekaan", "Fiktif", "Peraga", "Simulasi"]
)

AHLI = ("Ahli Pertama", "Ahli Muda", "Ahli Madya")
TERAMPIL = ("Terampil", "Mahir", "Penyelia")
# functional post, its jenjang, the unit kinds it is limited to ("health": see _kinds_of)
FUNCTIONAL = (
    ("Analis Kebijakan", (*AHLI, "Ahli Utama"), ()),
    ("Perencana", (*AHLI, "Ahli Utama"), ()),
    ("Analis Sumber Daya Manusia Aparatur", (*AHLI, "Ahli Utama"), ()),
    ("Pranata Komputer", AHLI + TERAMPIL, ()),
    ("Arsiparis", AHLI + TERAMPIL, ()),
    ("Pranata Hubungan Masyarakat", AHLI + TERAMPIL, ()),
    ("Pengelola Pengadaan Barang/Jasa", AHLI, ()),
    ("Auditor", (*AHLI, "Ahli Utama", *TERAMPIL), ("inspektorat",)),
    ("Perawat", AHLI + TERAMPIL, ("health",)),
    ("Bidan", AHLI + TERAMPIL, ("health",)),
    ("Dokter", (*AHLI, "Ahli Utama"), ("health",)),
    ("Polisi Pamong Praja", ("Pemula", *TERAMPIL, *AHLI), ("satpol",)),
    ("Penyuluh Pertanian", ("Pemula", *TERAMPIL, *AHLI), ("dinas", "kecamatan")),
    ("Pemadam Kebakaran", ("Pemula", *TERAMPIL), ("satpol", "bpbd")),
)
JENJANG_WEIGHTS = dict(
    zip(JENJANG, (0.005, 0.12, 0.25, 0.25, 0.09, 0.12, 0.14, 0.025), strict=True)
)
EXECUTING = (
    "Pengadministrasi Perkantoran",
    "Pengelola Keuangan",
    "Operator Layanan Operasional",
    "Penata Layanan Operasional",
    "Pengolah Data dan Informasi",
    "Pengelola Umum Operasional",
)
TEAM_THEMES = (
    "Tim Percepatan Penurunan Stunting",
    "Tim Reformasi Birokrasi",
    "Tim Sistem Pemerintahan Berbasis Elektronik",
    "Tim Penanggulangan Kemiskinan",
    "Tim Zona Integritas",
    "Tim Penyusunan Laporan Kinerja",
    "Tim Pelayanan Publik Terpadu",
    "Tim Pengendalian Inflasi Daerah",
    "Tim Satu Data Daerah",
    "Tim Kabupaten Layak Anak",
)
SUBJECTS = ("Pelayanan", "Perencanaan", "Pengembangan", "Pembinaan", "Pengendalian", "Umum")
NUMBERS = tuple(
    ["Satu", "Dua", "Tiga", "Empat", "Lima", "Enam", "Tujuh", "Delapan", "Sembilan", "Sepuluh"]
)


@dataclass(frozen=True)
class Kind:
    """A kind of unit: how the regulation's unit names start, names to invent, its head."""

    key: str
    pattern: str
    names: tuple[str, ...]  # invented names; "{n}" is numbered when more are needed
    default: int  # units of this kind at --scale 1 (per unit type)
    single: bool = False  # a regency has one of it
    admins: tuple[str, ...] = ()  # Administrator titles the kind uses (lower case bases)
    pengawas: tuple[str, ...] = ()


KINDS = (
    Kind("setda", r"^Sekretariat Daerah\b", ("Sekretariat Daerah",), 1, True, ("kepala bagian",)),
    Kind(
        "setwan",
        r"^Sekretariat (?:Dewan|DPRD)\b",
        ("Sekretariat Dewan Perwakilan Rakyat Daerah",),
        1,
        True,
        ("kepala bagian",),
        ("kepala subbagian",),
    ),
    Kind(
        "inspektorat",
        r"^Inspektorat\b",
        ("Inspektorat Daerah",),
        1,
        True,
        ("sekretaris", "inspektur pembantu"),
        ("kepala subbagian",),
    ),
    Kind(
        "satpol",
        r"^Satuan Polisi\b",
        ("Satuan Polisi Pamong Praja",),
        1,
        True,
        ("sekretaris", "kepala bidang"),
        ("kepala seksi",),
    ),
    Kind(
        "bpbd",
        r"^Badan Penanggulangan Bencana\b",
        ("Badan Penanggulangan Bencana Daerah",),
        1,
        True,
        ("sekretaris", "kepala bidang"),
        ("kepala seksi",),
    ),
    Kind(
        "rsud",
        r"^(?:Rumah Sakit|RSUD)\b",
        ("Rumah Sakit Umum Daerah", "RSUD Contoh {n}"),
        1,
        False,
        ("kepala bagian", "kepala bidang"),
        ("kepala subbagian", "kepala seksi"),
    ),
    Kind(
        "dinas",
        r"^(?:Dinas|Badan)\b",
        (
            "Dinas Kesehatan",
            "Dinas Pendidikan",
            "Badan Kepegawaian Daerah",
            "Dinas Sosial",
            "Dinas Pertanian",
            "Badan Keuangan Daerah",
            "Dinas Contoh {n}",
        ),
        3,
        False,
        ("sekretaris", "kepala bidang"),
        ("kepala subbagian", "kepala seksi"),
    ),
    Kind(
        "kecamatan",
        r"^Kecamatan\b",
        ("Kecamatan Contoh {n}",),
        2,
        False,
        ("sekretaris camat", "sekretaris kecamatan"),
        ("kepala seksi", "kepala subbagian"),
    ),
    Kind(
        "kelurahan",
        r"^Kelurahan\b",
        ("Kelurahan Contoh {n}",),
        2,
        False,
        (),
        ("sekretaris lurah", "sekretaris kelurahan", "kepala seksi"),
    ),
    Kind(
        "uptd",
        r"^(?:UPTD?|Unit Pelaksana)",
        ("UPTD Puskesmas Contoh {n}",),
        2,
        False,
        (),
        ("kepala subbagian",),
    ),
)
KIND = {k.key: k for k in KINDS}
INVENTED_KINDS = ("setda", "inspektorat", "dinas", "rsud", "kecamatan", "kelurahan", "uptd")
NO_TYPES_KINDS = ("dinas", "kecamatan")  # a regulation with regulation-wide rules only
# Titles a generated unit gives when the regulation only speaks of the class (Pejabat Pengawas …).
GENERIC_TITLES = {
    "kepala bagian": "Kepala Bagian",
    "kepala bidang": "Kepala Bidang",
    "sekretaris": "Sekretaris",
    "inspektur pembantu": "Inspektur Pembantu",
    "sekretaris camat": "Sekretaris Camat",
    "sekretaris kecamatan": "Sekretaris Kecamatan",
    "sekretaris lurah": "Sekretaris Lurah",
    "sekretaris kelurahan": "Sekretaris Kelurahan",
    "kepala subbagian": "Kepala Subbagian",
    "kepala seksi": "Kepala Seksi",
}
EXTENDED = {"kepala bagian", "kepala bidang", "kepala subbagian", "kepala seksi"}
UNMATCHED_CANDIDATES = ("Kepala Seksi Umum", "Kepala Subbagian Umum", "Kepala Bidang Umum")


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
class Team:
    kode: str
    nama: str
    owner: str
    leader: str
    members: tuple[str, ...]
    periode: str = "2025"


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


# -- the rule tables: roster.toml rows and positions.toml classes -------------------------------


@cache
def _roster_table() -> dict:
    return tomllib.loads((RULES_DIR / "roster.toml").read_text(encoding="utf-8"))


def _search(pattern: str, text: str) -> bool:
    return re.search(pattern, text, re.IGNORECASE) is not None


@cache
def title_class(title: str) -> PositionClass | None:
    """A roster title's class (roster.toml): a regulation title it starts with, else a row."""
    best: tuple[int, PositionClass] | None = None
    for rule in load_rules().positions:
        m = rule.pattern.match(title)
        if m and (best is None or m.end() > best[0]):
            best = (m.end(), rule.cls)
    if best:
        return best[1]
    for row in _roster_table()["title"]:
        if _search(row["pattern"], title):
            return PositionClass(row["class"])
    return None


def generic_class(position_title: str) -> PositionClass | None:
    """The class a generic regulation title ("Pejabat Pengawas", "JF") stands for, else None."""
    for row in _roster_table()["generic"]:
        if _search(row["title"], " ".join(position_title.split())):
            return PositionClass(row["class"])
    return None


def level_tier(position_title: str) -> int | None:
    for row in _roster_table()["level"]:
        if _search(row["title"], " ".join(position_title.split())):
            return int(row["tier"])
    return None


def names_position(title: str, positions: tuple[Position, ...]) -> bool:
    """The title is one of ``positions`` or extends one ("Kepala Bidang Pelayanan")."""
    folded = " ".join(title.split()).casefold()
    return any(folded == p.key or folded.startswith(p.key + " ") for p in positions)


def title_matches(title: str, positions: tuple[Position, ...], tier: int = 0) -> bool:
    """Does a classifiable title hold some position: by name, by its class's generic, by tier."""
    cls = title_class(title)
    if names_position(title, positions):
        return True
    if any(generic_class(p.title) == cls for p in positions):
        return True
    return tier > 0 and any(level_tier(p.title) == tier for p in positions)


def resolve_unit(name: str, extraction: Extraction) -> UnitType | str | None:
    """Where the importer places a roster unit (docs/people.md): a named unit, a unit type of that
    name, the first roster.toml row and pattern matching a unit type, "wide", or None (unknown)."""
    key = name.casefold()
    types = extraction.unit_types
    for ut in types:
        if key in {n.casefold() for n in ut.named_units}:
            return ut
    for ut in types:
        if ut.name.casefold() == key:
            return ut
    table = _roster_table()
    for row in table["unit"]:
        if not _search(row["unit"], name):
            continue
        patterns = row["unit_type"]
        for pattern in [patterns] if isinstance(patterns, str) else patterns:
            hits = [ut for ut in types if _search(pattern, ut.name)]
            if hits:  # several: the one naming most units, the usual case
                return max(hits, key=lambda ut: len(ut.named_units))
    return "wide" if _search(table["units"]["fallback_wide"], name) else None


# -- units ---------------------------------------------------------------------------------


def kind_of(name: str) -> Kind | None:
    return next((k for k in KINDS if _search(k.pattern, name)), None)


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
    n = i - len(fixed) + 1
    return pattern.format(n=NUMBERS[n - 1] if n <= len(NUMBERS) else str(n))


def plan_units(extraction: Extraction, rng: random.Random, scale: float) -> list[DemoUnit]:
    """The regulation's named units (a sample per unit type and kind), then invented units for the
    kinds it does not name, each kept only where the importer would place it."""
    wide = extraction.wide_positions
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
            chosen = sorted(rng.sample(names, min(len(names), _count(KIND[key], scale))))
            units += [DemoUnit(n, key, ut.name, ut.positions, wide) for n in chosen]
    kinds = INVENTED_KINDS if extraction.unit_types else NO_TYPES_KINDS
    for key in kinds:
        if key in named_kinds:
            continue
        for i in range(_count(KIND[key], scale)):
            name = _invented_name(KIND[key], i)
            where = resolve_unit(name, extraction)
            if where is None or (isinstance(where, UnitType) and not where.positions):
                break
            if where == "wide":
                units.append(DemoUnit(name, key, None, (), wide))
            else:
                units.append(DemoUnit(name, key, where.name, where.positions, wide))
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
            if title_class(f"Kepala {proper}") == PC.PENGAWAS
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
    if any(generic_class(p.title) == cls for p in own):
        return list(bases[:2])
    return []


def _extend(base: str, rng: random.Random, i: int) -> str:
    title = GENERIC_TITLES.get(base, base.title())
    if base == "inspektur pembantu":
        return f"{title} Wilayah {'I' * (i % 3 + 1)}"
    return (
        f"{title} {SUBJECTS[(i + rng.randrange(len(SUBJECTS))) % len(SUBJECTS)]}"
        if (base in EXTENDED)
        else title
    )


def skeleton(unit: DemoUnit, rng: random.Random, scale: float) -> list[tuple[str, str]]:
    """(layer, title) of the unit's structural posts: head, Asisten, Administrators, Pengawas."""
    kind = KIND[unit.kind]
    posts = [("head", head_title(unit))]
    if unit.kind == "setda":
        asisten = _written(unit.positions, r"^Asisten")
        if asisten:
            sep = " Bidang " if " " in asisten else " "
            posts += [("jpt", asisten + sep + s) for s in ("Pemerintahan", "Perekonomian")]
    extra = int(math.log2(max(scale, 1)))  # a little more structure in bigger units
    for layer, bases, cls in (
        ("admin", kind.admins, PC.ADMINISTRATOR),
        ("pengawas", kind.pengawas, PC.PENGAWAS),
    ):
        found = _layer_bases(unit, bases, cls)
        if not found:
            continue
        n = rng.randint(1, 2) + extra
        singles = [b for b in found if b not in EXTENDED and b != "inspektur pembantu"]
        many = [b for b in found if b not in singles] or found
        titles = [GENERIC_TITLES.get(b, b.title()) for b in singles[:1]]
        titles += [_extend(many[i % len(many)], rng, i) for i in range(max(0, n - len(titles)))]
        posts += [(layer, t) for t in dict.fromkeys(titles)]
    return posts


def _has(unit: DemoUnit, cls: PositionClass) -> bool:
    return any(p.cls == cls for p in unit.positions + unit.wide)


def _kinds_of(unit: DemoUnit) -> set[str]:
    health = unit.kind == "rsud" or _search(r"Kesehatan|Puskesmas", unit.name)
    return {unit.kind, "health"} if health else {unit.kind}


def functional_title(unit: DemoUnit, jenjang: str, rng: random.Random) -> str:
    kinds = _kinds_of(unit)
    fits = [
        f for f, grades, only in FUNCTIONAL if jenjang in grades and (not only or kinds & set(only))
    ]
    fits = fits or [f for f, grades, _ in FUNCTIONAL if jenjang in grades]
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
    return f"{rng.choice(GIVEN)} {rng.choice(GIVEN)} {rng.choice(SURNAMES)}"


def _staff_shares(units: list[DemoUnit], total: int, rng: random.Random) -> list[int]:
    weight = {"dinas": 3.0, "rsud": 3.0, "setda": 3.0, "kecamatan": 1.5, "kelurahan": 1.0}
    w = [weight.get(u.kind, 2.0) * rng.uniform(0.7, 1.3) for u in units]
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
    grades, weights = list(JENJANG_WEIGHTS), list(JENJANG_WEIGHTS.values())
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
                title, boss = rng.choice(EXECUTING), rng.choice(middle)
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
        theme = TEAM_THEMES[(n - 1) % len(TEAM_THEMES)]
        round_ = (n - 1) // len(TEAM_THEMES)
        nama = theme if not round_ else f"{theme} {round_ + 1}"
        teams.append(Team(f"TK-{n}", nama, owner, lead.nip, tuple(members)))
    return teams


# -- deliberate inconsistencies ------------------------------------------------------------


def _tier(unit_people: list[Person], cls: PositionClass) -> int:
    present = {title_class(t) for t in {p.jabatan for p in unit_people}} | {cls}
    order = [c for c in STRUCTURAL if c in present]
    return order.index(cls) + 1 if cls in order else 0


def find_unmatched(units: list[DemoUnit], people: list[Person]) -> tuple[DemoUnit, str, bool]:
    """A classifiable title holding no position of its unit: counting regulation-wide positions
    and Pejabat Level by tier when possible (strict), else only the unit type's own positions."""
    by_unit: dict[str, list[Person]] = {}
    for p in people:
        by_unit.setdefault(p.unit, []).append(p)
    for strict in (True, False):
        for unit in units:
            for title in UNMATCHED_CANDIDATES:
                cls = title_class(title)
                positions = unit.positions + unit.wide if strict else unit.positions
                tier = _tier(by_unit[unit.name], cls) if strict else 0
                if not title_matches(title, positions, tier):
                    return unit, title, strict
    raise LookupError("no unit where a classifiable title matches nothing")


def plant(roster: DemoRoster, rng: random.Random) -> None:
    """Make a few rows inconsistent, each for one check of docs/people.md, and record them."""
    people, teams, planted = roster.people, roster.teams, roster.planted
    by_nip = {p.nip: p for p in people}
    heads = {p.unit: p for p in people if p.layer == "head"}
    in_teams = {t.leader for t in teams} | {m for t in teams for m in t.members}
    loose = [p for p in people if p.layer in ("pelaksana", "fungsional") and p.nip not in in_teams]
    picked = rng.sample(loose, 3)

    unit, title, strict = find_unmatched(roster.units, people)
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
    planted.append(
        Planted(
            "TITLE_UNMATCHED",
            "pegawai",
            victim.nip,
            f"'{title}' in {unit.name}: no such position ({where})",
        )
    )

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
    units = plan_units(extraction, rng, scale)
    plans = [skeleton(u, rng, scale) for u in units]
    nips = NipMaker(rng, taken)
    total = round(EMPLOYEES_PER_SCALE * scale)
    people = staff_people(units, plans, total, rng, nips)
    teams = make_teams(people, max(2, round(TEAMS_PER_SCALE * scale)), rng)
    roster = DemoRoster(regulation.regency, slug, units, people, teams)
    plant(roster, rng)
    return roster
