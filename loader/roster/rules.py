"""The roster table ``loader/rules/roster.toml``, compiled and validated like the reader's tables.

Column names, title classes, unit-to-unit-type rows and generic titles are data,
so a new regency's roster wording is a row; every bad row is reported at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from loader.model import PositionClass
from loader.reading.rules import RULES_DIR, TableCollector, load_table

KINDS = ("pegawai", "tim")


@dataclass(frozen=True)
class Column:
    field: str
    names: tuple[str, ...]  # normalised header texts
    required: bool


@dataclass(frozen=True)
class RosterRules:
    columns: dict[str, tuple[Column, ...]]  # kind -> columns
    titles: tuple[tuple[re.Pattern[str], PositionClass], ...]
    units: tuple[tuple[re.Pattern[str], tuple[re.Pattern[str], ...]], ...]  # unit -> type names
    fallback_wide: re.Pattern[str]
    generic: tuple[tuple[re.Pattern[str], PositionClass], ...]
    levels: tuple[tuple[re.Pattern[str], int], ...]
    head: re.Pattern[str]
    team_lead: re.Pattern[str]
    team_member: re.Pattern[str]


def header_key(text: object) -> str:
    """'NIP Atasan_Penilai.' -> 'nipatasanpenilai': headers compare without case or punctuation."""
    return re.sub(r"[\s._\-/]+", "", str(text or "")).casefold()


def roster_rules(directory: Path = RULES_DIR) -> RosterRules:
    stamp = (directory / "roster.toml").stat().st_mtime_ns
    return _compiled(directory, stamp)


@cache
def _compiled(directory: Path, stamp: int) -> RosterRules:
    del stamp  # cache key only
    data, c = load_table("roster.toml", directory)
    columns = {kind: tuple(_columns(c, kind, data.get(kind, []))) for kind in KINDS}
    titles = _classed(c, "title", data.get("title", []), "pattern")
    generic = _classed(c, "generic", data.get("generic", []), "title")
    units = []
    for n, row in enumerate(data.get("unit", []), start=1):
        unit = c.regex(f"unit {n}", row.get("unit"))
        kinds = [c.regex(f"unit {n}", k) for k in row.get("unit_type") or [None]]
        if unit and all(kinds):
            units.append((unit, tuple(kinds)))
    levels = []
    for n, row in enumerate(data.get("level", []), start=1):
        pattern, tier = c.regex(f"level {n}", row.get("title")), row.get("tier")
        if not isinstance(tier, int) or not 1 <= tier <= 3:
            c.problems.append((f"level {n}", f"tier must be 1, 2 or 3, not {tier!r}"))
        elif pattern:
            levels.append((pattern, tier))
    fallback = c.regex("units", data.get("units", {}).get("fallback_wide"))
    head = c.regex("heads", data.get("heads", {}).get("title"))
    lead = c.regex("teams", data.get("teams", {}).get("lead"))
    member = c.regex("teams", data.get("teams", {}).get("member"))
    c.check()
    return RosterRules(
        columns, titles, tuple(units), fallback, generic, tuple(levels), head, lead, member
    )


def _columns(c: TableCollector, kind: str, rows: list[dict]):
    for n, row in enumerate(rows, start=1):
        names = row.get("names")
        if not row.get("field") or not names or not all(isinstance(x, str) for x in names):
            c.problems.append((f"{kind} {n}", "needs 'field' and a list of 'names'"))
            continue
        yield Column(row["field"], tuple(map(header_key, names)), bool(row.get("required")))


def _classed(c: TableCollector, table: str, rows: list[dict], key: str):
    out = []
    for n, row in enumerate(rows, start=1):
        pattern = c.regex(f"{table} {n}", row.get(key))
        cls = c.enum(f"{table} {n}", PositionClass, row.get("class"))
        if pattern and cls:
            out.append((pattern, cls))
    return tuple(out)
