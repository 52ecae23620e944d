"""A regency's roster placed on its regulation, read once as plain values and cached.

``read_roster`` reads the people snapshot (employees, their posts, work units, teams, the
provision on team leads) through named Cypher -- four reads for a whole regency, whatever its
size -- beside the regulation's :class:`~checks.structure.Structure`. ``snapshot`` keeps the
last few in memory, keyed by the roster's and the regulation's sha256, so every people page
(and every rerun) shares one read until a roster import or a regulation load changes a hash.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property

from checks.bulk import paused_gc
from checks.snapshot import read_structure, regulation_of
from checks.structure import Cite, Structure
from corrections.storage import version as corrections_version
from loader.model import Employee, PositionClass, Team
from queries.catalog import named_query
from queries.store import GraphStore

LEAD_RULE_TERMS = ("ketua tim", "pemilik kinerja")  # the provision saying where a lead comes from
SNAPSHOT_MAX_ROWS = 2_000_000  # a national roster is ~4 M posts over 550 regencies; one is far less
SNAPSHOT_TIMEOUT_MS = 60_000
CACHED = 8  # snapshots kept (regencies); a 20 000-employee one is a few tens of MB


@dataclass(frozen=True)
class Person:
    """An employee as placed: class, tier, work unit and the posts held (holder, position uid)."""

    employee: Employee
    cls: PositionClass | None
    tier: int
    work_unit: str
    unit_type: str | None
    unit_type_name: str | None
    held: tuple[tuple[str, str], ...]  # (holder uid, position uid) of each post, sorted
    teams: tuple[str, ...] = ()

    @property
    def nip(self) -> str:
        return self.employee.nip


@dataclass(frozen=True)
class TeamRecord:
    uid: str
    team: Team  # owner: the owning unit as named; leader and members: NIPs
    owner_unit: str  # work unit uid


@dataclass(frozen=True)
class Roster:
    """One regency's people on one regulation; ``people`` ordered by unit, name, NIP."""

    regency: str
    sha256: str
    structure: Structure
    people: tuple[Person, ...]
    teams: tuple[TeamRecord, ...]
    lead_rule: tuple[Cite, ...]
    holders: dict[str, tuple[str, ...]]  # post uid ("<holder>|<position>") -> its NIPs, sorted
    truncated: bool = False

    @cached_property
    def by_nip(self) -> dict[str, Person]:
        return {p.nip: p for p in self.people}

    @cached_property
    def memo(self) -> dict:
        """Derivations computed once per snapshot (checks.people)."""
        return {}


@paused_gc()
def read_roster(
    store: GraphStore, regency: str, sha256: str = "", corrected: bool = True
) -> Roster | None:
    """The regency's roster on its newest regulation, or None when it has no regulation;
    placed on the structure as corrected by the analysts unless ``corrected`` is False."""
    regulation = regulation_of(store, regency)
    if regulation is None:
        return None
    structure = read_structure(store, regulation["uid"], corrected)
    params = {"regency": regency}
    rows, cut = {}, False
    for name in ("roster_people", "roster_posts", "roster_units", "roster_teams"):
        found = store.run_readonly(
            named_query(name).text, params, SNAPSHOT_TIMEOUT_MS, SNAPSHOT_MAX_ROWS
        )
        rows[name], cut = found.rows, cut or found.truncated
    rule = store.query("provisions_with_terms", params | {"terms": list(LEAD_RULE_TERMS)}).rows
    return Roster(
        regency=regency,
        sha256=sha256,
        structure=structure,
        people=_people(rows, structure),
        teams=tuple(_team(t) for t in rows["roster_teams"]),
        lead_rule=tuple(Cite(r["where"], r["text"], None, None) for r in rule),
        holders={r["post"]: tuple(sorted(r["nips"])) for r in rows["roster_posts"]},
        truncated=cut,
    )


def _people(rows: dict[str, list[dict]], structure: Structure) -> tuple[Person, ...]:
    held: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for r in rows["roster_posts"]:
        post = _split(r["post"])
        for nip in r["nips"]:
            held[nip].append(post)
    posts = {nip: tuple(sorted(pairs)) for nip, pairs in held.items()}
    classes = {c.value: c for c in PositionClass}
    units = {u["uid"]: u for u in rows["roster_units"]}
    teams: dict[str, list[str]] = defaultdict(list)
    for t in sorted(rows["roster_teams"], key=lambda t: t["kode"]):
        for nip in [t["leader"], *(t["members"] or [])]:
            if t["kode"] not in teams[nip]:
                teams[nip].append(t["kode"])
    out = []
    for r in rows["roster_people"]:
        unit = units.get(r["work_unit"], {})
        employee = Employee(
            r["nip"], r["nama"], r["jabatan"], r["jenjang"], r["unit"],
            r["recorded_appraiser"], bool(r["demo"]), "", 0,
        )  # fmt: skip
        person = Person(  # positional: keywords take several times longer, 20 000 times
            employee, classes.get(r["cls"]), r["tier"] or 0, r["work_unit"],
            unit.get("unit_type"), unit.get("unit_type_name"), posts.get(r["nip"], ()),
            tuple(teams.get(r["nip"], ())),
        )  # fmt: skip
        out.append(person)
    return tuple(sorted(out, key=lambda p: (p.employee.unit, p.employee.nama, p.nip)))


def _split(post: str) -> tuple[str, str]:
    """'<holder>|<position>' -> (holder, position); uids hold no '|' (docs/people.md)."""
    holder, _, position = post.partition("|")
    return holder, position


def _team(row: dict) -> TeamRecord:
    team = Team(
        row["kode"], row["nama"], row["owner_name"], row["leader"], tuple(row["members"] or ()),
        row["periode"], row["source"] or "", row["row"] or 0,
    )  # fmt: skip
    return TeamRecord(row["uid"], team, row["owner"])


_cache: dict[tuple, Roster | None] = {}
_lock = threading.Lock()


def snapshot(
    store: GraphStore, regency: str, version: str = "", corrected: bool = True
) -> Roster | None:
    """The regency's roster snapshot, read again only when its roster or regulation changed.

    Two small reads (the roster's and the regulation's sha256) decide, with ``version``
    (anything else the answer depends on) and, ``corrected``, the analysts' corrections of the
    regulation (issue 15: one more small read); None without a roster.
    """
    roster = next((r for r in store.query("roster_list").rows if r["regency"] == regency), None)
    regulation = regulation_of(store, regency)
    if roster is None or regulation is None:
        return None
    fixes = corrections_version(store, regulation["uid"]) if corrected else "as extracted"
    key = (id(store), str(store.settings.data_dir), store.settings.graph, regency, roster["sha256"],
           regulation["uid"], regulation["sha256"], version, fixes)  # fmt: skip
    with _lock:
        if key in _cache:
            return _cache[key]
    found = read_roster(store, regency, roster["sha256"], corrected)
    with _lock:
        _cache[key] = found
        while len(_cache) > CACHED:
            _cache.pop(next(iter(_cache)))
    return found
