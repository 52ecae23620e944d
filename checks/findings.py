"""The checks of docs/people.md on a roster snapshot: typed findings with codes and citations.

Each :class:`Finding` names who (or which unit) and the provision(s) it rests on; ``facts``
holds the values ``dashboard/messages/`` words it with (no text is built here). Findings come
in a fixed order: appraisers, records, teams, cycles, target-setters, unmatched titles -- each
in roster order (unit, name, NIP).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from checks.bulk import paused_gc
from checks.people import (
    Superior,
    derive,
    implied_view,
    is_head_of_government,
    join,
    per_superiors,
    reconciliation,
    team_members,
)
from checks.roster import Person, Roster
from checks.structure import Structure
from loader.model import EdgeType

CODES = (
    "NO_APPRAISER",
    "APPRAISER_VACANT",
    "TWO_APPRAISERS",
    "RECORD_MISMATCH",
    "LEAD_OUTSIDE_OWNER",
    "APPRAISER_IN_TEAM",
    "APPRAISAL_CYCLE",
    "NO_TARGET_SETTER",
    "TITLE_UNMATCHED",
)
MAX_CYCLE = 6  # longer appraisal loops are not a reading error one sentence can make
MAX_CYCLES = 200


@dataclass(frozen=True)
class Finding:
    """One finding: ``code`` (of ``CODES``), who or which unit, the citation, and the facts the
    dashboard's message for ``code`` is worded with."""

    code: str
    nip: str | None
    nama: str | None
    unit: str | None
    where: str | None
    quote: str | None
    facts: dict = field(default_factory=dict)


@paused_gc()
def findings(roster: Roster) -> tuple[Finding, ...]:
    """Every check over one regency's roster and regulation; computed once per snapshot."""
    if "findings" not in roster.memo:
        out = _appraisers(roster)
        out += _records(roster)
        out += _teams(roster)
        out += _cycles(roster.structure)
        out += _targets(roster)
        out += _unmatched(roster)
        roster.memo["findings"] = tuple(out)
    return roster.memo["findings"]


def _who(code: str, p: Person, where, quote, **facts) -> Finding:
    e = p.employee
    return Finding(code, e.nip, e.nama, e.unit, where or None, quote, facts)


def _appraisers(roster: Roster) -> list[Finding]:
    out = []
    found = derive(roster, EdgeType.APPRAISES)

    def gaps_of(superiors: tuple[Superior, ...]) -> list[tuple] | None:
        return _appraiser_gaps(implied_view(roster, superiors).chosen)

    for p in roster.people:
        gaps = per_superiors(roster, "appraiser-gaps", found.get(p.nip, ()), gaps_of)
        if gaps is None:
            if not is_head_of_government(p):
                out.append(_who("NO_APPRAISER", p, None, None, jabatan=p.employee.jabatan))
            continue
        for code, where, quote, facts in gaps:
            out.append(_who(code, p, where, quote, **_copied(facts)))
    return out


def _appraiser_gaps(picks: tuple[Superior, ...]) -> list[tuple] | None:
    """(code, where, quote, facts) of what is wrong with these implied appraisers (None: there
    is none): two by different provisions and titles, or a vacant post; the same for everyone
    they appraise."""
    if not picks:
        return None
    out = []
    provisions = sorted({(s.cite.where or "", s.title) for s in picks})
    if len({w for w, _ in provisions}) > 1 and len({t for _, t in provisions}) > 1:
        where = join(w for w, _ in provisions)
        out.append(("TWO_APPRAISERS", where, picks[0].cite.quote, {"alternatives": provisions}))
    if not any(s.nips for s in picks):
        c = picks[0]
        out.append(("APPRAISER_VACANT", c.cite.where, c.cite.quote, {"position": c.title}))
    return out


def _copied(facts: dict) -> dict:
    """Each finding its own facts (a list among them copied too): nobody shares a mutable."""
    return {k: list(v) if isinstance(v, list) else v for k, v in facts.items()}


def _records(roster: Roster) -> list[Finding]:
    out = []
    for r in reconciliation(roster):
        if r.status == "mismatch":
            implied_names = tuple(
                (roster.by_nip[n].employee.nama, roster.by_nip[n].employee.jabatan)
                for n in r.implied_nips
            )
            out.append(
                _who(
                    "RECORD_MISMATCH", r.person, r.where, r.quote,
                    recorded=r.recorded_nama or r.recorded_nip, implied=implied_names,
                    positions=r.positions,
                )
            )  # fmt: skip
    return out


def _teams(roster: Roster) -> list[Finding]:
    rule_where = join(c.where for c in roster.lead_rule) or None
    rule_quote = roster.lead_rule[0].quote if roster.lead_rule else None
    out, seen = [], set()
    for row in team_members(roster):
        team, lead, m = row.team.team, row.lead.employee, row.member.employee
        facts = {"kode": team.kode, "team": team.nama, "lead": lead.nama}
        facts |= {"lead_unit": lead.unit, "owner": team.owner}
        if lead.unit != team.owner and team.kode not in seen:
            seen.add(team.kode)
            out.append(_who("LEAD_OUTSIDE_OWNER", row.lead, rule_where, rule_quote, **facts))
        if m.recorded_appraiser == lead.nip and lead.unit != m.unit:
            where, quote = (
                (row.recommends.where, row.recommends.quote) if row.recommends else (None, None)
            )
            out.append(
                _who("APPRAISER_IN_TEAM", row.member, where, quote, **facts, member_unit=m.unit)
            )
    return out


def _cycles(structure: Structure) -> list[Finding]:
    """APPRAISES loops among the regulation's template and regulation-wide positions, each once."""
    nexts: dict[str, list] = defaultdict(list)
    for e in structure.edges:
        if e.type is EdgeType.APPRAISES:
            nexts[e.source].append(e)
    out: list[Finding] = []
    for start in sorted(u for u, p in structure.positions.items() if p.scope != "unit"):
        for path in _loops(nexts, start, start, (), {start}):
            if len(out) >= MAX_CYCLES:
                return out
            titles = [structure.positions[start].title]
            titles += [structure.positions[e.target].title for e in path]
            type_name = structure.unit_types.get(structure.positions[start].unit_type)
            name = type_name.name if type_name else ""
            where = join(e.cite.where for e in path)
            out.append(
                Finding("APPRAISAL_CYCLE", None, None, name, where, path[0].cite.quote,
                        {"titles": tuple(titles), "unit_type": name})
            )  # fmt: skip
    return out


def _loops(nexts, start, at, path, seen):
    """Simple loops from ``start`` through positions whose uid sorts after it (each loop once)."""
    if len(path) >= MAX_CYCLE:
        return
    for edge in nexts.get(at, ()):
        if edge.target == start:
            yield (*path, edge)
        elif edge.target not in seen and edge.target > start:
            yield from _loops(nexts, start, edge.target, (*path, edge), seen | {edge.target})


def _targets(roster: Roster) -> list[Finding]:
    """Grouped per unit and class: functional staff of one unit share the same gap."""
    has = derive(roster, EdgeType.SETS_PERFORMANCE)
    groups: dict[tuple, list[Person]] = defaultdict(list)
    for p in roster.people:
        if p.nip not in has and not is_head_of_government(p):
            key = (
                p.employee.unit,
                str(p.cls or ""),
                p.unit_type_name or "",
                _type_where(roster, p),
            )
            groups[key].append(p)
    out = []
    for (unit, cls, type_name, where), members in sorted(groups.items(), key=lambda g: g[0]):
        facts = {"count": len(members), "cls": cls, "unit_type": type_name}
        facts["examples"] = tuple(dict.fromkeys(m.employee.nama for m in members[:3]))
        facts["more"] = len(members) > 3
        cite = f"Lampiran {where}" if where else None
        out.append(Finding("NO_TARGET_SETTER", None, None, unit, cite, None, facts))
    return out


def _unmatched(roster: Roster) -> list[Finding]:
    out = []
    for p in roster.people:
        if not _matched(roster, p):
            where = _type_where(roster, p)
            cite = f"Lampiran {where}" if where else None
            out.append(
                _who("TITLE_UNMATCHED", p, cite, None, jabatan=p.employee.jabatan,
                     unit_type=p.unit_type_name)
            )  # fmt: skip
    return out


def _matched(roster: Roster, p: Person) -> bool:
    """A title holds a position of its own unit type (not only the regulation-wide ones)."""
    kind = roster.structure.unit_types.get(p.unit_type or "")
    if kind is not None and kind.wide:
        return bool(p.held)
    positions = roster.structure.positions
    return any(pos in positions and not positions[pos].wide for _, pos in p.held)


def _type_where(roster: Roster, p: Person) -> str:
    kind = roster.structure.unit_types.get(p.unit_type or "")
    return (kind.where if kind else None) or ""
