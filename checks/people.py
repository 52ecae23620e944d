"""Employee-level derivation and reconciliation on a roster snapshot (issue 13).

An employee's superiors of one type are :func:`checks.precedence.choose` over the posts the
employee holds -- the same precedence as a position with no roster -- and each candidate's
holders are the employees holding the superior's post in the same work unit (or team). The
reconciliation compares the appraiser on record with the implied ones. Results are typed and
coded; ``dashboard/messages/`` words the statuses.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from checks.bulk import paused_gc
from checks.precedence import Candidate, choose
from checks.roster import Person, Roster, TeamRecord
from checks.structure import Cite
from loader.model import EdgeType, PositionClass

STATUSES = ("match", "delegated", "mismatch", "missing", "underived")


@dataclass(frozen=True)
class Superior:
    """A candidate superior and the employees holding its post (``nips``, sorted)."""

    candidate: Candidate
    nips: tuple[str, ...]

    @property
    def implied(self) -> bool:
        return self.candidate.implied

    @property
    def title(self) -> str:
        return self.candidate.position.title

    @property
    def cite(self) -> Cite:
        return self.candidate.edge.cite


@paused_gc()
def derive(roster: Roster, edge_type: EdgeType | str) -> dict[str, tuple[Superior, ...]]:
    """NIP -> the employee's superiors of ``edge_type`` (implied first, then delegated
    alternatives); employees no edge reaches are absent. Computed once per snapshot.

    The precedence depends only on the positions held and the jenjang, so it runs once per
    such pair; the superiors' holders depend on the posts held, so they are found once per
    posts held and jenjang (a few thousand groups for 20 000 employees), and each employee
    only drops themself from the holders of a post they hold too.
    """
    edge_type = EdgeType(edge_type)
    if ("derive", edge_type) in roster.memo:
        return roster.memo["derive", edge_type]
    memo: dict[str, tuple[Superior, ...]] = {}
    chosen: dict[tuple, tuple[Candidate, ...]] = {}
    found: dict[tuple, Superior] = {}
    keys, of = _groups(roster)
    around = [_around(roster, key, edge_type, chosen, found) for key in keys]
    for person, group in zip(roster.people, of, strict=True):
        superiors, nips = around[group]
        if superiors:
            nip = person.employee.nip
            memo[nip] = _without(superiors, nip) if nip in nips else superiors
    roster.memo["derive", edge_type] = memo
    return memo


def _groups(roster: Roster) -> tuple[list[tuple], list[int]]:
    """The distinct (posts held, jenjang, positions held) of the roster's employees, and each
    employee's (an index into them, in roster order): shared by the three edge types."""
    if "groups" not in roster.memo:
        index: dict[tuple, int] = {}
        of = [index.setdefault((p.held, p.employee.jenjang), len(index)) for p in roster.people]
        keys = [(held, jenjang, tuple(sorted({pos for _, pos in held}))) for held, jenjang in index]
        roster.memo["groups"] = (keys, of)
    return roster.memo["groups"]


def _around(
    roster: Roster, key: tuple, edge_type: EdgeType, chosen: dict, found: dict
) -> tuple[tuple[Superior, ...], frozenset[str]]:
    """The superiors of whoever holds the posts ``held`` with ``jenjang`` (``key``), and every
    NIP among their holders."""
    held, jenjang, positions = key
    if (positions, jenjang) not in chosen:
        around = [("", pos) for pos in positions]
        chosen[positions, jenjang] = choose(roster.structure, around, jenjang, edge_type)
    superiors = tuple(_superior(roster, held, c, found) for c in chosen[positions, jenjang])
    return superiors, frozenset(n for s in superiors for n in s.nips)


def _superior(roster: Roster, held: tuple, c: Candidate, found: dict) -> Superior:
    """``c`` as held around the posts ``held``: the work units (or teams) where they include
    the post the edge points to, and who holds the superior's post there."""
    holders = tuple(sorted({h for h, pos in held if pos == c.via}))
    key = (id(c), holders)
    if key not in found:
        nips = {n for h in holders for n in roster.holders.get(f"{h}|{c.position.uid}", ())}
        found[key] = Superior(replace(c, holders=holders), tuple(sorted(nips)))
    return found[key]


def _without(superiors: tuple[Superior, ...], nip: str) -> tuple[Superior, ...]:
    """``superiors`` as seen by ``nip``, who holds one of their posts: not their own superior."""
    return tuple(
        Superior(s.candidate, tuple(n for n in s.nips if n != nip)) if nip in s.nips else s
        for s in superiors
    )


def implied(superiors: tuple[Superior, ...]) -> tuple[Superior, ...]:
    return tuple(s for s in superiors if s.implied)


@dataclass(frozen=True)
class ReconciliationRow:
    """Appraiser on record vs the implied ones for one employee; ``status`` is a code of
    ``STATUSES``. ``implied`` lists the implied appraising positions' holders (NIPs)."""

    person: Person
    status: str
    recorded_nip: str | None
    recorded_nama: str | None
    positions: tuple[str, ...]  # implied appraising positions' titles, in precedence order
    implied_nips: tuple[str, ...]  # their holders, in the order found
    cites: tuple[Cite, ...]

    @property
    def nip(self) -> str:
        return self.person.nip

    @property
    def where(self) -> str:
        return join(c.where for c in self.cites)

    @property
    def quote(self) -> str | None:
        return self.cites[0].quote if self.cites else None


@paused_gc()
def reconciliation(roster: Roster) -> tuple[ReconciliationRow, ...]:
    """One row per employee, in roster order (unit, name, NIP); computed once per snapshot."""
    memo = roster.memo
    if "reconciliation" not in memo:
        appraisers = derive(roster, EdgeType.APPRAISES)
        memo["reconciliation"] = tuple(
            _reconcile(roster, p, implied_view(roster, appraisers.get(p.nip, ())))
            for p in roster.people
        )
    return memo["reconciliation"]


def _reconcile(roster: Roster, person: Person, view: Implied) -> ReconciliationRow:
    recorded = person.employee.recorded_appraiser
    if not view.chosen:
        status = "underived"
    elif not recorded:
        status = "missing"
    elif recorded in view.nips:
        status = "match"
    elif recorded in view.alternatives:
        status = "delegated"
    else:
        status = "mismatch"
    on_record = roster.by_nip.get(recorded) if recorded else None
    return ReconciliationRow(
        person=person,
        status=status,
        recorded_nip=recorded,
        recorded_nama=on_record.employee.nama if on_record else None,
        positions=view.titles,
        implied_nips=view.nips,
        cites=view.cites,
    )


@dataclass(frozen=True)
class Implied:
    """What the checks read of one employee's superiors of a type: the implied ones, their
    holders (distinct, in the order found), the delegated alternatives' holders, the implied
    positions' titles (distinct, in precedence order) and citations."""

    chosen: tuple[Superior, ...]
    nips: tuple[str, ...]
    alternatives: frozenset[str]
    titles: tuple[str, ...]
    cites: tuple[Cite, ...]


def per_superiors(roster: Roster, name: str, superiors: tuple[Superior, ...], compute):
    """``compute(superiors)`` once per distinct tuple :func:`derive` returns (most employees
    share theirs with the rest of their work unit), kept in the roster's memo under ``name``.
    The tuple is kept beside its result, so its id is never reused meanwhile."""
    results = roster.memo.setdefault(("per-superiors", name), {})
    kept = results.get(id(superiors))
    if kept is None:
        kept = results[id(superiors)] = (superiors, compute(superiors))
    return kept[1]


def implied_view(roster: Roster, superiors: tuple[Superior, ...]) -> Implied:
    """:class:`Implied` of ``superiors``, computed once per distinct tuple."""
    return per_superiors(roster, "implied", superiors, _implied_view)


def _implied_view(superiors: tuple[Superior, ...]) -> Implied:
    chosen = implied(superiors)
    return Implied(
        chosen=chosen,
        nips=tuple(dict.fromkeys(n for s in chosen for n in s.nips)),
        alternatives=frozenset(n for s in superiors if s.candidate.delegated for n in s.nips),
        titles=tuple(dict.fromkeys(s.title for s in chosen)),
        cites=tuple(s.cite for s in chosen),
    )


def is_head_of_government(person: Person) -> bool:
    """The Bupati / Wali Kota: nobody in the regency appraises them."""
    return person.cls is PositionClass.KEPALA_DAERAH


def join(items) -> str:
    """Distinct non-empty strings in order, comma-separated (citations, titles)."""
    return ", ".join(dict.fromkeys(x for x in items if x))


@dataclass(frozen=True)
class TeamMember:
    """One member of a cross-unit team with its lead, and the edge by which the lead recommends
    the member's appraisal (``recommends``; None when the regulation gives none)."""

    team: TeamRecord
    lead: Person
    member: Person
    recommends: Cite | None


@paused_gc()
def team_members(roster: Roster) -> tuple[TeamMember, ...]:
    """Every (team, member) of teams whose lead is on the roster: by kode, member unit, name."""
    if "teams" in roster.memo:
        return roster.memo["teams"]
    out = []
    for record in roster.teams:
        lead = roster.by_nip.get(record.team.leader)
        members = [
            roster.by_nip[n] for n in dict.fromkeys(record.team.members) if n in roster.by_nip
        ]
        if lead is None:
            continue
        for m in sorted(members, key=lambda m: (m.employee.unit, m.employee.nama, m.nip)):
            out.append(TeamMember(record, lead, m, _recommends(roster, record.uid, lead, m)))
    roster.memo["teams"] = tuple(out)
    return roster.memo["teams"]


def _recommends(roster: Roster, team_uid: str, lead: Person, member: Person) -> Cite | None:
    """The first edge (in edge order) from a post the lead holds in this team into a post the
    member holds (Buton Pasal 16 ayat (4) huruf e: the lead reports to the member's PPK)."""
    led = {f"{h}|{pos}" for h, pos in lead.held}
    incoming = roster.structure.incoming
    for _, position in member.held:
        for edge in incoming.get((position, EdgeType.RECOMMENDS_APPRAISAL), ()):
            if f"{team_uid}|{edge.source}" in led:
                return edge.cite
    return None
