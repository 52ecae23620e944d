"""The generator's word lists (``demo/words.toml``) and its fixed sizes, read and checked once.

Part of the demo generator (``demo/generate.py`` explains how a roster is made).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from loader.model import JENJANG, PositionClass
from loader.reading.rules import load_table

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
