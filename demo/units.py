"""The units of a demo roster and the titles of each (its head, structural layers, functional
titles), from the regulation's unit types and positions.
"""

from __future__ import annotations

import math
import random
import re

from demo.records import DemoUnit
from demo.words import PC, Kind, demo_table
from loader.model import Extraction, Position, PositionClass
from loader.roster.held import generic_class
from loader.roster.place import Context, classify, work_unit
from loader.roster.rules import roster_rules

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
