"""Table rows to :class:`Employee` and :class:`Team` records, each bad cell a located problem.

Checks here need nothing but the files: NIP format, blanks in required
columns, a NIP or team code given twice, a jenjang that is not one, team
members that are not on the roster. Matching units and titles to the
regulation is :mod:`loader.roster.place`'s job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from loader.model import JENJANG, Employee, RosterProblem, Team, fold
from loader.roster.nip import nip_problem, normalise_nip
from loader.roster.table import Table

_MEMBER_SPLIT = re.compile(r"[,;\n/]+")
_JENJANG = {fold(j): j for j in JENJANG}


@dataclass
class Parsed:
    employees: list[Employee] = field(default_factory=list)
    teams: list[Team] = field(default_factory=list)
    problems: list[RosterProblem] = field(default_factory=list)


def parse_tables(tables: list[Table]) -> Parsed:
    out = Parsed()
    for table in tables:
        out.problems.extend(table.problems)
    for table in (t for t in tables if t.kind == "pegawai"):
        _employees(table, out)
    known = {e.nip for e in out.employees}
    for table in (t for t in tables if t.kind == "tim"):
        _teams(table, out, known)
    return out


def find_jenjang(*texts: str) -> str | None:
    """The jenjang named in the first text that names one ('ahli  muda' -> 'Ahli Muda')."""
    for text in texts:
        folded = fold(text)
        for key, grade in _JENJANG.items():
            if re.search(rf"\b{key}\b", folded):
                return grade
    return None


def _employees(table: Table, out: Parsed) -> None:
    seen = {e.nip: (e.source, e.row) for e in out.employees}
    for number, row in table.rows:
        bad = _blanks(table, number, row, ("nip", "nama", "jabatan", "unit"), out)
        nip = normalise_nip(row["nip"])
        if row["nip"] and (reason := nip_problem(nip)):
            bad = _problem(out, table, number, "nip", reason)
        elif nip in seen:
            where = f"{seen[nip][0]} baris {seen[nip][1]}"
            bad = _problem(out, table, number, "nip", f"NIP {nip} sudah ada di {where}")
        recorded = normalise_nip(row.get("recorded_appraiser", ""))
        if recorded and (reason := nip_problem(recorded)):
            bad = _problem(out, table, number, "recorded_appraiser", reason)
        jenjang = find_jenjang(row.get("jenjang", ""))
        if row.get("jenjang") and jenjang is None:
            reason = f"jenjang {row['jenjang']!r} tidak dikenal ({', '.join(JENJANG)})"
            bad = _problem(out, table, number, "jenjang", reason)
        if bad:
            continue
        seen[nip] = (table.source, number)
        out.employees.append(
            Employee(
                nip=nip,
                nama=row["nama"],
                jabatan=row["jabatan"],
                jenjang=jenjang or find_jenjang(row["jabatan"]),
                unit=row["unit"],
                recorded_appraiser=recorded or None,
                demo="demo" in row.get("keterangan", "").casefold(),
                source=table.source,
                row=number,
            )
        )


def _teams(table: Table, out: Parsed, known: set[str]) -> None:
    seen: dict[str, int] = {}
    for number, row in table.rows:
        bad = _blanks(table, number, row, ("kode", "nama", "owner", "leader", "members"), out)
        kode = row["kode"]
        if kode and kode.casefold() in seen:
            reason = f"kode tim {kode!r} sudah dipakai di baris {seen[kode.casefold()]}"
            bad = _problem(out, table, number, "kode", reason)
        leader = normalise_nip(row["leader"])
        members = tuple(
            dict.fromkeys(normalise_nip(m) for m in _MEMBER_SPLIT.split(row["members"]))
        )
        members = tuple(m for m in members if m)
        for column, nips in (("leader", (leader,) if leader else ()), ("members", members)):
            for nip in nips:
                if reason := nip_problem(nip):
                    bad = _problem(out, table, number, column, reason)
                elif nip not in known:
                    reason = f"NIP {nip} tidak ada di daftar pegawai"
                    bad = _problem(out, table, number, column, reason)
        if kode:
            seen.setdefault(kode.casefold(), number)
        if bad:
            continue
        out.teams.append(
            Team(
                kode=kode,
                nama=row["nama"],
                owner=row["owner"],
                leader=leader,
                members=tuple(m for m in members if m != leader),
                periode=row.get("periode") or None,
                source=table.source,
                row=number,
            )
        )


def _blanks(table: Table, number: int, row: dict, fields: tuple[str, ...], out: Parsed) -> bool:
    bad = False
    for f in fields:
        if not row.get(f):
            bad = _problem(out, table, number, f, "kosong, padahal wajib diisi")
    return bad


def _problem(out: Parsed, table: Table, number: int, f: str, reason: str) -> bool:
    out.problems.append(RosterProblem(table.source, number, table.headers.get(f, f), reason))
    return True
