"""People pages as tables: teams, reconciliation, findings and an employee's appraisal chain.

Input is ``render.people_rows`` output (the typed ``checks`` answers as plain dicts); output
is DataFrames with Indonesian headers, filter results, counts, option labels and
XLSX bytes. Nothing here talks to Streamlit or to a store.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import pandas as pd

from dashboard.messages import FINDINGS, STATUS
from loader.model import fold

DEMO_MARK = "DEMO"

TEAM_MEMBER_COLUMNS = {
    "member_nama": "Nama",
    "member_nip": "NIP",
    "member_jabatan": "Jabatan",
    "member_unit": "Unit asal",
    "implied": "Penilai menurut peraturan",
    "implied_where": "Pasal penilai",
    "recorded": "Penilai tercatat",
    "recommends": "Rekomendasi oleh ketua tim",
    "recommends_where": "Pasal rekomendasi",
}
RECONCILIATION_COLUMNS = {
    "nama": "Nama",
    "nip": "NIP",
    "jabatan": "Jabatan",
    "jenjang": "Jenjang",
    "unit": "Unit",
    "recorded": "Penilai tercatat",
    "implied": "Penilai menurut peraturan",
    "implied_position": "Jabatan penilai menurut peraturan",
    "status": "Status",
    "where": "Letak",
    "quote": "Kutipan",
    "mark": "Keterangan",
}
FINDING_COLUMNS = {
    "code": "Kode",
    "label": "Temuan",
    "nama": "Nama",
    "nip": "NIP",
    "unit": "Unit",
    "detail": "Rincian",
    "where": "Letak",
    "quote": "Kutipan",
}
CHAIN_COLUMNS = {
    "nama": "Nama",
    "nip": "NIP",
    "jabatan": "Jabatan",
    "unit": "Unit",
    "appraiser_position": "Jabatan penilai menurut peraturan",
    "appraisers": "Penilai",
    "where": "Letak",
    "quote": "Kutipan",
}


def _frame(records: Iterable[Mapping], columns: Mapping[str, str]) -> pd.DataFrame:
    data = [{label: record.get(key) for key, label in columns.items()} for record in records]
    return pd.DataFrame(data, columns=list(columns.values()))


def person(nama: str | None, nip: str | None) -> str:
    """'Nama (NIP)', or whichever of the two is known, or ''."""
    if nama and nip:
        return f"{nama} ({nip})"
    return nama or nip or ""


# -- teams -----------------------------------------------------------------------------------


def team_options(rows: Iterable[Mapping]) -> dict[str, str]:
    """kode -> 'kode - nama' for every team in the ``people_rows.team_rows``, in kode order."""
    found = {row["kode"]: f"{row['kode']} - {row['nama']}" for row in rows}
    return dict(sorted(found.items()))


def team_rows(rows: Iterable[Mapping], kode: str) -> list[dict]:
    """The member rows of one team."""
    return [dict(row) for row in rows if row["kode"] == kode]


def team_summary(members: Sequence[Mapping]) -> dict:
    """Lead, owning unit and periode of a team, from any of its member rows."""
    if not members:
        return {}
    first = members[0]
    return {
        "kode": first["kode"],
        "nama": first["nama"],
        "lead": person(first.get("lead_nama"), first.get("lead_nip")),
        "lead_jabatan": first.get("lead_jabatan") or "",
        "lead_unit": first.get("lead_unit") or "",
        "owner": first.get("owner") or "",
        "periode": first.get("periode") or "",
        "members": len({m["member_nip"] for m in members}),
    }


def team_summary_markdown(summary: Mapping) -> str:
    """Lead (with title and unit), owning unit and periode as three Markdown lines."""
    lead = ", ".join(x for x in (summary["lead_jabatan"], summary["lead_unit"]) if x)
    lines = [
        f"**Ketua tim:** {summary['lead']}" + (f" — {lead}" if lead else ""),
        f"**Unit pemilik kinerja:** {summary['owner'] or '-'}",
        f"**Periode:** {summary['periode'] or '-'} · **Anggota:** {summary['members']}",
    ]
    return "  \n".join(lines)


def by_nip(rows: Iterable[Mapping]) -> dict[str, dict]:
    """Reconciliation (or employee) rows keyed by NIP."""
    return {row["nip"]: dict(row) for row in rows}


def team_members(members: Sequence[Mapping], recon: Mapping[str, Mapping]) -> list[dict]:
    """Each member row joined with the reconciliation: implied and recorded appraisers."""
    out = []
    for m in members:
        r = recon.get(m["member_nip"], {})
        out.append(
            {
                **m,
                "implied": r.get("implied") or r.get("implied_position") or "",
                "implied_nips": list(r.get("implied_nips") or []),
                "implied_where": r.get("where") or "",
                "implied_quote": r.get("quote") or "",
                "recorded": person(r.get("recorded_nama"), m.get("recorded_appraiser")),
                "recommends": person(m.get("lead_nama"), m.get("lead_nip")),
            }
        )
    return out


def team_members_frame(members: Iterable[Mapping]) -> pd.DataFrame:
    """The members table of one team (``team_members`` output)."""
    return _frame(members, TEAM_MEMBER_COLUMNS)


# -- reconciliation --------------------------------------------------------------------------


def status_counts(rows: Iterable[Mapping]) -> dict[str, int]:
    """Employees per status, every status present (0 when none), in ``STATUS`` order."""
    counts = dict.fromkeys(STATUS.values(), 0)
    for row in rows:
        counts[row["status"]] = counts.get(row["status"], 0) + 1
    return counts


def units_of(rows: Iterable[Mapping]) -> list[str]:
    return sorted({row["unit"] for row in rows if row.get("unit")})


def matches_text(row: Mapping, text: str, fields: Sequence[str] = ("nama", "nip")) -> bool:
    """Case-insensitive substring on name or NIP; a NIP matches with or without spaces."""
    needle = fold(text)
    if not needle:
        return True
    compact = needle.replace(" ", "")
    for key in fields:
        value = str(row.get(key) or "").casefold()
        if needle in value or (compact and compact in value.replace(" ", "")):
            return True
    return False


def filter_reconciliation(
    rows: Iterable[Mapping],
    units: Sequence[str] = (),
    statuses: Sequence[str] = (),
    text: str = "",
) -> list[dict]:
    """Rows of the chosen units and statuses (empty choice: all) whose name or NIP holds text."""
    return [
        dict(row)
        for row in rows
        if (not units or row.get("unit") in units)
        and (not statuses or row.get("status") in statuses)
        and matches_text(row, text)
    ]


def reconciliation_frame(rows: Iterable[Mapping]) -> pd.DataFrame:
    """On-record vs implied appraiser per employee, the provision and a DEMO mark."""
    records = [
        {
            **row,
            "recorded": person(row.get("recorded_nama"), row.get("recorded_nip")),
            "mark": DEMO_MARK if row.get("demo") else "",
        }
        for row in rows
    ]
    return _frame(records, RECONCILIATION_COLUMNS)


def any_demo(rows: Iterable[Mapping]) -> bool:
    return any(row.get("demo") for row in rows)


# -- findings --------------------------------------------------------------------------------


def filter_findings(
    rows: Iterable[Mapping], codes: Sequence[str] = (), units: Sequence[str] = ()
) -> list[dict]:
    """Findings of the chosen codes and units (empty choice: all)."""
    return [
        dict(row)
        for row in rows
        if (not codes or row.get("code") in codes) and (not units or row.get("unit") in units)
    ]


def findings_by_code(rows: Iterable[Mapping]) -> list[tuple[str, list[dict]]]:
    """(code, its findings) for the codes present, in the order of ``FINDINGS``."""
    groups: dict[str, list[dict]] = {}
    for row in rows:
        groups.setdefault(row["code"], []).append(dict(row))
    order = {code: i for i, code in enumerate(FINDINGS)}
    return sorted(groups.items(), key=lambda item: order.get(item[0], len(order)))


def findings_frame(rows: Iterable[Mapping]) -> pd.DataFrame:
    return _frame(rows, FINDING_COLUMNS)


def finding_heading(row: Mapping) -> str:
    """One line naming a finding: who (or which unit), then the detail."""
    who = person(row.get("nama"), row.get("nip")) or row.get("unit") or ""
    return f"**{who}** — {row.get('detail') or ''}" if who else str(row.get("detail") or "")


# -- employee chain --------------------------------------------------------------------------


def employee_options(rows: Iterable[Mapping]) -> dict[str, str]:
    """NIP -> 'nama — NIP — jabatan (unit)' for employee rows."""
    return {
        row["nip"]: f"{row['nama']} — {row['nip']} — {row['jabatan']} ({row['unit']})"
        for row in rows
    }


def people_chain_label(hops: Sequence[Mapping]) -> str:
    """'Pegawai ← penilainya ← …': the employee, then each appraiser, read upward."""
    names = [hop.get("nama") or hop.get("nip") or "" for hop in hops]
    last = hops[-1] if hops else {}
    if last and last.get("appraisers") and len(last["appraisers"]) > 1:
        names.append(" / ".join(last["appraisers"]))
    return " ← ".join(names)


def chain_frame(hops: Iterable[Mapping]) -> pd.DataFrame:
    records = [{**hop, "appraisers": ", ".join(hop.get("appraisers") or [])} for hop in hops]
    return _frame(records, CHAIN_COLUMNS)
