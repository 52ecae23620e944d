"""Typed answers of ``checks`` as the people pages' rows, worded from ``dashboard/messages/``.

``checks`` returns codes, facts and citations; this module turns them into the plain dicts the
table builders of ``render.people`` take (Indonesian statuses and finding details), so the
checks layer holds no UI text and the pages keep one row format.
"""

from __future__ import annotations

from collections.abc import Iterable

from checks.chain import PersonHop
from checks.findings import Finding
from checks.people import ReconciliationRow, TeamMember, join
from checks.roster import Person, Roster
from dashboard import messages
from dashboard.render.people import matches_text


def employee_row(p: Person) -> dict:
    e = p.employee
    return {"nip": e.nip, "nama": e.nama, "jabatan": e.jabatan, "unit": e.unit}


def search_people(roster: Roster, text: str) -> list[dict]:
    """Employees whose name, NIP, title or unit holds ``text`` (case-insensitive; a NIP with or
    without spaces), in roster order."""
    rows = (employee_row(p) for p in roster.people)
    return [r for r in rows if matches_text(r, text, ("nama", "nip", "jabatan", "unit"))]


def reconciliation_rows(roster: Roster, rows: Iterable[ReconciliationRow]) -> list[dict]:
    out = []
    for r in rows:
        e = r.person.employee
        holders = [roster.by_nip[n].employee for n in r.implied_nips if n in roster.by_nip]
        out.append(
            {
                "nip": e.nip, "nama": e.nama, "jabatan": e.jabatan, "jenjang": e.jenjang,
                "unit": e.unit, "recorded_nip": r.recorded_nip, "recorded_nama": r.recorded_nama,
                "implied_position": join(r.positions),
                "implied": join(f"{h.nama} ({h.jabatan})" for h in holders),
                "implied_nips": sorted(r.implied_nips), "status": messages.STATUS[r.status],
                "code": r.status, "where": r.where, "quote": r.quote, "demo": e.demo,
            }
        )  # fmt: skip
    return out


def finding_detail(f: Finding) -> str:
    """The Indonesian detail of one finding, from its code's template and its facts."""
    facts = dict(f.facts)
    if f.code == "TWO_APPRAISERS":
        facts["alternatives"] = join(f"{t} ({w})" for w, t in facts["alternatives"])
    elif f.code == "RECORD_MISMATCH":
        names = join(f"{n} ({j})" for n, j in facts["implied"])
        facts["implied"] = names or join(facts["positions"])
    elif f.code == "APPRAISAL_CYCLE":
        facts["path"] = " → ".join(facts["titles"])
    elif f.code == "NO_TARGET_SETTER":
        facts["examples"] = join(facts["examples"]) + (messages.MORE if facts["more"] else "")
    return messages.FINDING_DETAIL[f.code].format(unit=f.unit, **facts)


def finding_rows(found: Iterable[Finding]) -> list[dict]:
    return [
        {
            "code": f.code, "nip": f.nip, "nama": f.nama, "unit": f.unit,
            "detail": finding_detail(f), "where": f.where, "quote": f.quote,
            "label": messages.FINDINGS[f.code],
        }
        for f in found
    ]  # fmt: skip


def team_rows(members: Iterable[TeamMember]) -> list[dict]:
    """One row per (team, member): the lead, the owning unit, the member's home unit, the
    appraiser on record and the provision by which the lead recommends."""
    out = []
    for row in members:
        team, lead, m = row.team.team, row.lead.employee, row.member.employee
        cite = row.recommends
        out.append(
            {
                "kode": team.kode, "nama": team.nama, "periode": team.periode,
                "owner": team.owner, "lead_nip": lead.nip, "lead_nama": lead.nama,
                "lead_jabatan": lead.jabatan, "lead_unit": lead.unit, "member_nip": m.nip,
                "member_nama": m.nama, "member_jabatan": m.jabatan, "member_unit": m.unit,
                "recorded_appraiser": m.recorded_appraiser,
                "recommends_where": cite.where if cite else None,
                "recommends_quote": cite.quote if cite else None,
            }
        )  # fmt: skip
    return out


def chain_rows(roster: Roster, hops: Iterable[PersonHop]) -> list[dict]:
    """The employee chain's hops as rows: who, their implied appraising positions and holders."""
    out = []
    for hop in hops:
        e = hop.person.employee if hop.person else None
        names = [roster.by_nip[n].employee.nama for n in hop.nips if n in roster.by_nip]
        out.append(
            {
                "nip": hop.nip, "nama": e.nama if e else None,
                "jabatan": e.jabatan if e else None, "unit": e.unit if e else None,
                "appraiser_position": join(s.title for s in hop.superiors),
                "type": hop.superiors[0].candidate.edge.type.value if hop.superiors else None,
                "appraisers": names, "where": join(c.where for c in hop.cites),
                "quote": hop.cites[0].quote if hop.cites else None,
            }
        )  # fmt: skip
    return out
