"""Place roster people on the regulation: their work unit's type and the positions they hold.

A roster speaks of "Dinas Kesehatan" and "Kepala Bidang Pelayanan"; the
regulation of the unit type "Dinas/Badan Daerah" and the position "Kepala
Bidang", or of classes ("Jabatan Administrator"), tiers ("Pejabat Level II")
and roles ("Ketua Tim"). This module decides, with the tables of
``roster.toml`` and the reader's own title table, which regulation positions
each employee holds in their unit (a *post*, see docs/people.md). Deriving who
appraises whom from those posts is Cypher's job (``queries/cypher/people_*``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from loader.graph.rows import node_rows, slug
from loader.model import (
    Employee,
    Extraction,
    PositionClass,
    RosterProblem,
    Team,
    fold,
)
from loader.reading.mentions import find_mentions
from loader.reading.rules import load_rules
from loader.roster.held import STRUCTURAL, ContextPosition, held_positions
from loader.roster.rules import RosterRules


@dataclass
class Context:
    """The regency's regulation as the roster needs it (``roster_context.cypher`` rows)."""

    regency: str
    regulation: str
    type_names: dict[str, str] = field(default_factory=dict)  # unit type uid -> name
    wide_type: str | None = None
    units: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # folded -> uid,type,name
    named_count: dict[str, int] = field(default_factory=dict)  # unit type uid -> named units
    positions: dict[tuple[str, str | None], list[ContextPosition]] = field(
        default_factory=lambda: defaultdict(list)
    )  # (unit type uid, unit uid or None) -> positions

    @classmethod
    def from_rows(cls, regency: str, rows: list[dict]) -> Context:
        ctx = cls(regency, rows[0]["regulation"] if rows else "")
        for row in rows:
            ctx.type_names[row["unit_type"]] = row["unit_type_name"]
            if row["scope"] == "regulation":
                ctx.wide_type = row["unit_type"]
            if row["unit"]:
                key = fold(row["unit_name"])
                if key not in ctx.units:
                    ctx.units[key] = (row["unit"], row["unit_type"], row["unit_name"])
                    ctx.named_count[row["unit_type"]] = ctx.named_count.get(row["unit_type"], 0) + 1
            pos = ContextPosition(
                row["uid"], row["template_title"], PositionClass(row["cls"]), row["scope"]
            )
            ctx.positions[(row["unit_type"], row["unit"])].append(pos)
        return ctx

    @classmethod
    def from_extraction(cls, extraction: Extraction) -> Context:
        """The Context ``roster_context.cypher`` gives once ``extraction`` is loaded, with no store:
        every unit type's template positions (the regulation-wide ``_seluruh`` among them), then
        each named unit's instances. The demo generator places its rows with it."""
        rows = node_rows(extraction)
        templates = [
            r["props"] | {"template_title": r["props"]["title"]} for r in rows["templates"]
        ]
        instances = [r["props"] for r in rows["instances"]]
        return cls.from_rows(extraction.regulation.regency, templates + instances)


@dataclass(frozen=True)
class WorkUnit:
    uid: str
    name: str
    unit_type: str
    unit_type_name: str
    unit: str | None  # the regulation's named Unit, when it names this one


@dataclass(frozen=True)
class Post:
    uid: str  # "<holder uid>|<position uid>": holder is a work unit or a team
    holder: str
    position: ContextPosition
    how: str  # title | class | level | head | team


@dataclass
class Placement:
    work_units: dict[str, WorkUnit] = field(default_factory=dict)  # by uid
    unit_of: dict[str, str] = field(default_factory=dict)  # employee NIP -> work unit uid
    cls: dict[str, PositionClass] = field(default_factory=dict)  # NIP -> class
    tier: dict[str, int] = field(default_factory=dict)
    posts: dict[str, list[Post]] = field(default_factory=lambda: defaultdict(list))  # NIP -> posts
    team_owner: dict[str, str] = field(default_factory=dict)  # team kode -> work unit uid
    problems: list[RosterProblem] = field(default_factory=list)


def place(
    ctx: Context, employees: list[Employee], teams: list[Team], rules: RosterRules
) -> Placement:
    out = Placement()
    regency_uid = ctx.regulation.split("/")[0]
    placed: list[Employee] = []
    # a roster repeats a few hundred units and titles: decide each once (bench/roster.py)
    units: dict[str, WorkUnit | None] = {}
    classes: dict[tuple[str, str | None], PositionClass | None] = {}
    for e in employees:
        if e.unit not in units:
            units[e.unit] = work_unit(ctx, e.unit, regency_uid, rules)
        if (e.jabatan, e.jenjang) not in classes:
            classes[e.jabatan, e.jenjang] = classify(e.jabatan, e.jenjang, rules)
        unit, cls = units[e.unit], classes[e.jabatan, e.jenjang]
        if unit is None:
            out.problems.append(_unknown_unit(ctx, e.source, e.row, "unit", e.unit))
        if cls is None:
            reason = (
                f"jabatan {e.jabatan!r} tidak dikenali (bukan struktural, fungsional, pelaksana)"
            )
            out.problems.append(RosterProblem(e.source, e.row, "jabatan", reason))
        elif cls is PositionClass.FUNGSIONAL and not e.jenjang:
            reason = f"jabatan fungsional {e.jabatan!r} tanpa jenjang"
            out.problems.append(RosterProblem(e.source, e.row, "jenjang", reason))
            cls = None
        if unit is None or cls is None:
            continue
        out.work_units[unit.uid] = unit
        out.unit_of[e.nip], out.cls[e.nip] = unit.uid, cls
        placed.append(e)
    _tiers(out, placed)
    posts: dict[tuple, list[Post]] = {}
    for e in placed:
        unit = out.work_units[out.unit_of[e.nip]]
        key = (unit.uid, e.jabatan, out.cls[e.nip], out.tier[e.nip])
        if key not in posts:
            posts[key] = _posts(ctx, unit, e, out.cls[e.nip], out.tier[e.nip], rules)
        out.posts[e.nip] = list(posts[key])  # copied: team posts are appended per person
    for t in teams:
        unit = work_unit(ctx, t.owner, regency_uid, rules)
        if unit is None:
            out.problems.append(_unknown_unit(ctx, t.source, t.row, "owner", t.owner))
            continue
        out.work_units[unit.uid] = unit
        out.team_owner[t.kode] = unit.uid
        _team_posts(ctx, out, t, regency_uid, unit, rules)
    return out


def team_uid(regency_uid: str, kode: str) -> str:
    return f"{regency_uid}/team/{slug(kode)}"


def classify(jabatan: str, jenjang: str | None, rules: RosterRules) -> PositionClass | None:
    """The class of a roster title: the reader's title table first, then roster.toml rows."""
    mentions = find_mentions(jabatan, load_rules())
    leading = mentions[0].cls if mentions and mentions[0].start == 0 else None
    if leading in (*STRUCTURAL, PositionClass.KEPALA_DAERAH):
        return leading
    if jenjang:
        return PositionClass.FUNGSIONAL
    for pattern, cls in rules.titles:
        if pattern.search(jabatan):
            return cls
    return leading if leading is not PositionClass.LAINNYA else None


def work_unit(ctx: Context, name: str, regency_uid: str, rules: RosterRules) -> WorkUnit | None:
    """The unit a roster name falls under: a named unit, a unit type of that name, the first
    roster.toml row matching a unit type, the regulation-wide type, or None (unknown)."""
    folded = fold(name)
    uid = f"{regency_uid}/wu/{slug(name)}"
    if folded in ctx.units:
        unit, kind, _ = ctx.units[folded]
        return WorkUnit(uid, name, kind, ctx.type_names[kind], unit)
    for kind, type_name in ctx.type_names.items():
        if fold(type_name) == folded and kind != ctx.wide_type:
            return WorkUnit(uid, name, kind, type_name, None)
    for unit_pattern, type_patterns in rules.units:
        if not unit_pattern.search(name):
            continue
        for pattern in type_patterns:
            hits = [
                k for k, n in ctx.type_names.items() if k != ctx.wide_type and pattern.search(n)
            ]
            if hits:
                kind = max(hits, key=lambda k: (ctx.named_count.get(k, 0), -hits.index(k)))
                return WorkUnit(uid, name, kind, ctx.type_names[kind], None)
    if ctx.wide_type and rules.fallback_wide.search(name):
        return WorkUnit(uid, name, ctx.wide_type, ctx.type_names[ctx.wide_type], None)
    return None


def _unknown_unit(ctx: Context, source: str, row: int, column: str, name: str) -> RosterProblem:
    reason = (
        f"unit {name!r} tidak dikenal di {ctx.regency} (bukan unit atau jenis unit peraturannya)"
    )
    return RosterProblem(source, row, column, reason)


def _tiers(out: Placement, employees: list[Employee]) -> None:
    """Tier 1 = highest structural class present in the unit, 2 the next, 3 the one after."""
    present: dict[str, set[PositionClass]] = defaultdict(set)
    for e in employees:
        if out.cls[e.nip] in STRUCTURAL:
            present[out.unit_of[e.nip]].add(out.cls[e.nip])
    for e in employees:
        cls = out.cls[e.nip]
        ladder = sorted(present[out.unit_of[e.nip]], key=lambda c: c.rank)
        out.tier[e.nip] = ladder.index(cls) + 1 if cls in STRUCTURAL else 0


def _posts(
    ctx: Context, unit: WorkUnit, e: Employee, cls: PositionClass, tier: int, rules: RosterRules
) -> list[Post]:
    own = ctx.positions.get((unit.unit_type, unit.unit), [])
    wide = ctx.positions.get((ctx.wide_type, None), []) if unit.unit_type != ctx.wide_type else []
    return [
        Post(f"{unit.uid}|{p.uid}", unit.uid, p, how)
        for p, how in held_positions(own, wide, e.jabatan, cls, tier, rules)
    ]


def _team_posts(
    ctx: Context, out: Placement, team: Team, regency_uid: str, owner: WorkUnit, rules
) -> None:
    """Team leads hold the "Ketua Tim" positions and members the "Anggota Tim" ones, per team."""
    holder = team_uid(regency_uid, team.kode)
    scopes = [ctx.positions.get((owner.unit_type, owner.unit), [])]
    scopes.append(ctx.positions.get((ctx.wide_type, None), []))
    for p in (p for scope in scopes for p in scope):
        for pattern, nips in ((rules.team_lead, (team.leader,)), (rules.team_member, team.members)):
            if pattern.search(p.title.strip()):
                for nip in nips:
                    if nip in out.unit_of:
                        out.posts[nip].append(Post(f"{holder}|{p.uid}", holder, p, "team"))
