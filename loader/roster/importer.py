"""Import a regency's roster: read, validate, place, then replace its people in one atomic write.

Nothing is written while any problem remains, unless ``partial`` asks to
write the good rows (the bad ones are still reported). The write replaces the
regency's whole roster (employees, posts, work units, teams) through the same
all-or-nothing path regulations use (``GraphStore.apply_writes``), so a second
import of the same files gives the same graph. Usable from the CLI and the
dashboard::

    report = import_roster(paths, "Kabupaten Buton", store, partial=False)
    report.written, report.problems, report.counts
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from loader.graph.load import batched_steps, tick
from loader.model import EXCERPT_KIND, Employee, RosterProblem, Team, fold
from loader.roster.parse import parse_tables
from loader.roster.place import Context, Placement, place, team_uid
from loader.roster.rules import roster_rules
from loader.roster.table import read_tables
from queries.store import GraphStore, GraphWrite, Progress, WriteStep

DEMO_DIR = Path(__file__).resolve().parents[2] / "data" / "demo"
_PEOPLE = ("work_units", "posts", "employees", "holds", "teams", "leads", "members", "on_record")


NO_PEGAWAI = (
    "tidak ada tabel pegawai yang dapat dibaca: roster tidak diubah"
    " (impor pegawai dan tim kerja bersama-sama)"
)


class RosterRefused(ValueError):
    """The regency is not loaded, or the files hold no pegawai table: nothing can be placed."""


@dataclass
class RosterReport:
    regency: str
    written: bool = False
    unchanged: bool = False
    refused: bool = False  # no readable pegawai table: nothing written, whatever the flags
    teams_removed: int = 0  # teams of the previous roster that a pegawai-only import dropped
    problems: list[RosterProblem] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def errors(self) -> list[RosterProblem]:
        return [p for p in self.problems if p.fatal]


def resolve_regency(store: GraphStore, name: str) -> str:
    """'buton' or 'Kabupaten Buton' -> 'Kabupaten Buton' ('agama' -> 'Kementerian Agama': any
    issuer); RosterRefused names the loaded ones."""
    loaded = store.query("regency_list").column("regency")
    folded = fold(name)
    hits = [r for r in loaded if r.casefold() == folded]
    hits = hits or [r for r in loaded if r.casefold().split(" ", 1)[-1] == folded]
    if len(hits) != 1:
        known = ", ".join(loaded) or "belum ada"
        raise RosterRefused(f"peraturan {name!r} belum dimuat (yang dimuat: {known})")
    return hits[0]


def import_roster(
    paths: Iterable[str | Path],
    regency: str,
    store: GraphStore,
    partial: bool = False,
    if_changed: bool = False,
    progress: Progress | None = None,
) -> RosterReport:
    """Read ``paths`` and replace ``regency``'s roster; raises RosterRefused / QueryError only."""
    paths = [Path(p) for p in paths]
    regency = resolve_regency(store, regency)
    report = RosterReport(regency)
    digest = _digest(paths, partial)
    if if_changed and _stored_digest(store, regency) == digest:
        report.unchanged = True
        return report
    rules = roster_rules()
    tables = []
    for done, path in enumerate(paths):
        tick(progress, done, len(paths) + 2, path.name)
        found, problems = read_tables(path, rules)
        tables += found
        report.problems += problems
    if not any(t.kind == "pegawai" for t in tables):
        return _refuse(report, paths)
    tick(progress, len(paths), len(paths) + 2, "memeriksa")
    parsed = parse_tables(tables)
    report.problems += parsed.problems
    ctx = Context.from_rows(
        regency, store.query("roster_context", {"regency": regency, "excerpt": EXCERPT_KIND}).rows
    )
    placement = place(ctx, parsed.employees, parsed.teams, rules)
    report.problems += placement.problems
    employees = [e for e in parsed.employees if e.nip in placement.unit_of]
    teams = _complete_teams(parsed.teams, placement, report)
    if report.errors and not partial:
        return report
    tick(progress, len(paths) + 1, len(paths) + 2, "menulis")
    previous = _stored_roster(store, regency)
    if previous and not any(t.kind == "tim" for t in tables):
        report.teams_removed = int(previous.get("teams") or 0)
    write = build_roster_write(ctx, employees, teams, placement, [p.name for p in paths], digest)
    store.apply_writes([write])
    report.written = True
    report.counts = {"employees": len(employees), "teams": len(teams)}
    report.counts["posts"] = len({p.uid for e in employees for p in placement.posts[e.nip]})
    report.counts["work_units"] = len(placement.work_units)
    tick(progress, len(paths) + 2, len(paths) + 2, "")
    return report


def _refuse(report: RosterReport, paths: list[Path]) -> RosterReport:
    """No pegawai table could be read: an import would replace the roster with nobody.

    Refused even with ``partial`` (an unreadable file must never wipe a regency's roster);
    with no other problem to show, the refusal is the exception the CLI prints.
    """
    if not report.problems:
        raise RosterRefused(NO_PEGAWAI)
    report.problems.append(RosterProblem(", ".join(p.name for p in paths), None, None, NO_PEGAWAI))
    report.refused = True
    return report


def _complete_teams(teams: list[Team], placement: Placement, report: RosterReport) -> list[Team]:
    """Teams whose owner and every person were placed; the others become problems."""
    out = []
    for t in teams:
        if t.kode not in placement.team_owner:
            continue  # unknown owner: already a problem
        missing = [n for n in (t.leader, *t.members) if n not in placement.unit_of]
        if missing:
            reason = f"tim {t.kode}: pegawai {', '.join(missing)} tidak dapat ditempatkan"
            report.problems.append(RosterProblem(t.source, t.row, None, reason))
            continue
        out.append(t)
    return out


def build_roster_write(
    ctx: Context,
    employees: list[Employee],
    teams: list[Team],
    placement: Placement,
    files: list[str],
    digest: str,
) -> GraphWrite:
    """Delete the regency's roster, create the new one, attach it to the regulation."""
    regency_uid = ctx.regulation.split("/")[0]
    rows = people_rows(ctx, regency_uid, employees, teams, placement)
    roster = {"uid": f"{regency_uid}/roster", "regency": ctx.regency, "files": files}
    roster |= {"sha256": digest, "employees": len(employees), "teams": len(teams)}
    roster |= {"demo": any(e.demo for e in employees), "regulation": ctx.regulation}
    steps = [WriteStep("delete_roster", {"regency": ctx.regency})]
    steps.append(WriteStep("create_roster", {"regency": ctx.regency, "roster": roster}))
    steps += batched_steps("create_people", {kind: rows[kind] for kind in _PEOPLE})
    steps.append(WriteStep("relink_roster", {"regencies": [ctx.regency]}))
    return GraphWrite(roster["uid"], tuple(steps))


def people_rows(ctx: Context, regency_uid: str, employees, teams, placement) -> dict[str, list]:
    """Parameters of ``create_people`` (see docs/people.md for every property)."""
    uid = {e.nip: f"{regency_uid}/nip/{e.nip}" for e in employees}
    rows: dict[str, list] = {k: [] for k in _PEOPLE}
    for w in placement.work_units.values():
        rows["work_units"].append(
            asdict(w) | {"regency": ctx.regency, "regulation": ctx.regulation}
        )
    posts = {}
    for e in employees:
        unit = placement.work_units[placement.unit_of[e.nip]]
        rows["employees"].append(
            {
                "uid": uid[e.nip],
                "nip": e.nip,
                "nama": e.nama,
                "jabatan": e.jabatan,
                "jenjang": e.jenjang,
                "cls": str(placement.cls[e.nip]),
                "tier": placement.tier[e.nip],
                "regency": ctx.regency,
                "work_unit": unit.uid,
                "unit_name": unit.name,
                "unit_type_name": unit.unit_type_name,
                "recorded_appraiser": e.recorded_appraiser,
                "demo": e.demo,
                "source": e.source,
                "row": e.row,
            }
        )
        for post in placement.posts[e.nip]:
            posts[post.uid] = {
                "uid": post.uid,
                "regency": ctx.regency,
                "work_unit": post.holder,
                "position": post.position.uid,
                "title": post.position.title,
                "cls": str(post.position.cls),
                "scope": post.position.scope,
            }
            rows["holds"].append({"employee": uid[e.nip], "post": post.uid, "how": post.how})
        if e.recorded_appraiser in uid:
            rows["on_record"].append(
                {"appraiser": uid[e.recorded_appraiser], "employee": uid[e.nip]}
            )
    rows["posts"] = list(posts.values())
    for t in teams:
        owner = placement.work_units[placement.team_owner[t.kode]]
        t_uid = team_uid(regency_uid, t.kode)
        props = {"uid": t_uid, "kode": t.kode, "nama": t.nama, "periode": t.periode}
        props |= {"regency": ctx.regency, "owner": owner.uid, "owner_name": owner.name}
        props |= {"leader": t.leader, "members": list(t.members), "source": t.source, "row": t.row}
        rows["teams"].append(props)
        rows["leads"].append({"employee": uid[t.leader], "team": t_uid})
        rows["members"] += [{"employee": uid[m], "team": t_uid} for m in t.members]
    return rows


def _digest(paths: list[Path], partial: bool) -> str:
    h = hashlib.sha256(b"partial" if partial else b"all")
    for path in sorted(paths):
        try:
            h.update(hashlib.sha256(path.read_bytes()).digest())
        except OSError:
            h.update(str(path).encode())
    return h.hexdigest()


def _stored_roster(store: GraphStore, regency: str) -> dict | None:
    """The regency's Roster row (files, sha256, employees, teams), None before its first import."""
    for row in store.query("roster_list").rows:
        if row["regency"] == regency:
            return row
    return None


def _stored_digest(store: GraphStore, regency: str) -> str | None:
    row = _stored_roster(store, regency)
    return row["sha256"] if row else None
