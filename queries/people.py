"""People questions over the catalog queries: implied appraisers, reconciliation, checks, chains.

Cypher derives the candidates (``people_superiors``: which regulation edge
reaches which employee, who holds the superior post, precedence); this module
only reads those rows into the analyst's answers, so the dashboard, the CLI and
the benchmark share one definition of "sesuai", "berbeda" and each finding.
Every finding carries the provision it rests on (``where``, ``quote``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass

from queries.store import GraphStore

SUPERIOR_TYPES = ("APPRAISES", "SETS_PERFORMANCE", "ASSIGNS")
LEAD_RULE_TERMS = ["ketua tim", "pemilik kinerja"]  # the provision saying where a lead comes from
MAX_CHAIN = 8

STATUS = {
    "match": "sesuai",
    "delegated": "sesuai (pendelegasian)",
    "mismatch": "berbeda",
    "missing": "tidak tercatat",
    "underived": "tidak dapat diturunkan",
}

FINDINGS = {
    "NO_APPRAISER": "Tidak ada pejabat penilai menurut peraturan",
    "APPRAISER_VACANT": "Jabatan penilai kosong di unit",
    "TWO_APPRAISERS": "Dua pejabat penilai",
    "RECORD_MISMATCH": "Penilai tercatat berbeda dari peraturan",
    "LEAD_OUTSIDE_OWNER": "Ketua tim bukan dari unit pemilik kinerja",
    "APPRAISER_IN_TEAM": "Penilaian anggota berpindah ke tim",
    "APPRAISAL_CYCLE": "Siklus penilaian",
    "NO_TARGET_SETTER": "Tidak ada penetap target kinerja",
    "TITLE_UNMATCHED": "Jabatan tidak cocok dengan peraturan",
}


@dataclass(frozen=True)
class Finding:
    code: str
    nip: str | None
    nama: str | None
    unit: str | None
    detail: str
    where: str | None
    quote: str | None

    @property
    def label(self) -> str:
        return FINDINGS[self.code]

    def as_row(self) -> dict:
        return asdict(self) | {"label": self.label}


def employees(store: GraphStore, regency: str, q: str = "") -> list[dict]:
    return store.query("people_list", {"regency": regency, "q": q}).rows


def edge_quotes(store: GraphStore, regency: str) -> dict[tuple[int, int], str]:
    """(start, end) -> quote of every edge of the regency's regulation."""
    rows = store.query("edge_quotes", {"regency": regency}).rows
    return {(q["start"], q["end"]): q["quote"] for q in rows}


def superiors(
    store: GraphStore,
    regency: str,
    kind: str,
    nip: str = "",
    people: list[dict] | None = None,
    quotes: dict[tuple[int, int], str] | None = None,
) -> list[dict]:
    """Candidate superiors of ``kind`` (APPRAISES ...) per employee, implied ones first.

    The query returns holders as NIPs and the edge's offsets; names and the quote are
    joined here from ``people`` and ``quotes`` (each fetched when not given: callers
    asking several times pass them, so they are read once).
    """
    rows = store.query("people_superiors", {"regency": regency, "type": kind, "nip": nip}).rows
    quotes = edge_quotes(store, regency) if quotes is None else quotes
    if people is None:
        wanted = {n for row in rows for n in row["holders"]}
        people = employees(store, regency) if wanted else []
    by_nip = {e["nip"]: e for e in people}
    for row in rows:
        row["quote"] = quotes.get((row["start"], row["end"]))
        row["holders"] = [
            {"nip": n, "nama": by_nip[n]["nama"], "jabatan": by_nip[n]["jabatan"]}
            for n in row["holders"]
            if n in by_nip
        ]
    return rows


def implied(rows: list[dict]) -> dict[str, list[dict]]:
    """NIP -> the implied candidates (not delegated, best precedence)."""
    out: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        if row["implied"]:
            out[row["nip"]].append(row)
    return out


def teams(store: GraphStore, regency: str) -> list[dict]:
    return store.query("people_teams", {"regency": regency}).rows


def reconciliation(store: GraphStore, regency: str) -> list[dict]:
    """Per employee: appraiser on record vs the one the regulation implies, with the provision."""
    people = employees(store, regency)
    return _reconcile(people, superiors(store, regency, "APPRAISES", people=people))


def _reconcile(people: list[dict], rows: list[dict]) -> list[dict]:
    best, delegated = implied(rows), defaultdict(list)
    for row in rows:
        if row["delegated"]:
            delegated[row["nip"]].append(row)
    out = []
    for e in people:
        chosen = best.get(e["nip"], [])
        names = {h["nip"]: h for c in chosen for h in c["holders"]}
        alt = {h["nip"] for c in delegated.get(e["nip"], []) for h in c["holders"]}
        recorded = e["recorded_appraiser"]
        if not chosen:
            status = "underived"
        elif not recorded:
            status = "missing"
        elif recorded in names:
            status = "match"
        elif recorded in alt:
            status = "delegated"
        else:
            status = "mismatch"
        out.append(
            {
                "nip": e["nip"],
                "nama": e["nama"],
                "jabatan": e["jabatan"],
                "jenjang": e["jenjang"],
                "unit": e["unit"],
                "recorded_nip": recorded,
                "recorded_nama": e["recorded_appraiser_nama"],
                "implied_position": _join(c["superior_title"] for c in chosen),
                "implied": _join(f"{h['nama']} ({h['jabatan']})" for h in names.values()),
                "implied_nips": sorted(names),
                "status": STATUS[status],
                "code": status,
                "where": _join(c["where"] for c in chosen),
                "quote": chosen[0]["quote"] if chosen else None,
                "demo": e["demo"],
            }
        )
    return out


def findings(store: GraphStore, regency: str) -> list[Finding]:
    """Every check of docs/people.md over one regency's roster and regulation."""
    people, quotes = employees(store, regency), edge_quotes(store, regency)
    rows = superiors(store, regency, "APPRAISES", people=people, quotes=quotes)
    out = _appraiser_findings(people, rows)
    out += _record_findings(_reconcile(people, rows))
    out += _team_findings(store, regency)
    out += _cycle_findings(store, regency)
    sets = superiors(store, regency, "SETS_PERFORMANCE", people=people, quotes=quotes)
    out += _target_findings(people, sets)
    for e in people:
        if not e["matched"]:
            detail = (
                f"{e['jabatan']!r} tidak sesuai jabatan mana pun di {e['unit_type_name']}"
                " dalam peraturan; hanya aturan umum yang berlaku"
            )
            where = f"Lampiran {e['unit_type_where']}" if e["unit_type_where"] else None
            out.append(
                Finding("TITLE_UNMATCHED", e["nip"], e["nama"], e["unit"], detail, where, None)
            )
    return out


def _appraiser_findings(people: list[dict], rows: list[dict]) -> list[Finding]:
    out = []
    chosen = implied(rows)
    for e in people:
        picks = chosen.get(e["nip"], [])
        if not picks:
            if e["cls"] not in ("Kepala Daerah",):
                detail = f"tidak ada ketentuan penilai bagi {e['jabatan']} di {e['unit']}"
                out.append(
                    Finding("NO_APPRAISER", e["nip"], e["nama"], e["unit"], detail, None, None)
                )
            continue
        provisions = {(c["where"], c["superior_title"]) for c in picks}
        if len({w for w, _ in provisions}) > 1 and len({t for _, t in provisions}) > 1:
            detail = "ketentuan berbeda menunjuk " + _join(
                f"{t} ({w})" for w, t in sorted(provisions)
            )
            first = picks[0]
            out.append(
                Finding(
                    "TWO_APPRAISERS",
                    e["nip"],
                    e["nama"],
                    e["unit"],
                    detail,
                    _join(w for w, _ in sorted(provisions)),
                    first["quote"],
                )
            )
        if not any(c["holders"] for c in picks):
            c = picks[0]
            detail = f"penilai menurut peraturan: {c['superior_title']}, tidak ada yang memangkunya"
            detail += f" di {e['unit']}"
            out.append(
                Finding(
                    "APPRAISER_VACANT",
                    e["nip"],
                    e["nama"],
                    e["unit"],
                    detail,
                    c["where"],
                    c["quote"],
                )
            )
    return out


def _record_findings(rows: list[dict]) -> list[Finding]:
    out = []
    for r in rows:
        if r["code"] == "mismatch":
            detail = (
                f"tercatat {r['recorded_nama'] or r['recorded_nip']}, menurut peraturan"
                f" {r['implied'] or r['implied_position']}"
            )
            out.append(
                Finding(
                    "RECORD_MISMATCH",
                    r["nip"],
                    r["nama"],
                    r["unit"],
                    detail,
                    r["where"],
                    r["quote"],
                )
            )
    return out


def _team_findings(store: GraphStore, regency: str) -> list[Finding]:
    rule = store.query("provisions_with_terms", {"regency": regency, "terms": LEAD_RULE_TERMS}).rows
    where = _join(p["where"] for p in rule) or None
    quote = rule[0]["text"] if rule else None
    out, seen = [], set()
    for m in teams(store, regency):
        if m["lead_unit"] != m["owner"] and m["kode"] not in seen:
            seen.add(m["kode"])
            detail = (
                f"tim {m['kode']} {m['nama']}: ketua {m['lead_nama']} dari {m['lead_unit']},"
                f" pemilik kinerja {m['owner']}"
            )
            out.append(
                Finding(
                    "LEAD_OUTSIDE_OWNER", m["lead_nip"], m["lead_nama"], m["lead_unit"], detail,
                    where, quote,
                )
            )  # fmt: skip
        if m["recorded_appraiser"] == m["lead_nip"] and m["lead_unit"] != m["member_unit"]:
            detail = (
                f"penilai tercatat adalah ketua tim {m['kode']}"
                f" ({m['lead_nama']}, {m['lead_unit']}); penilaian tetap di {m['member_unit']},"
                " ketua tim hanya memberi rekomendasi"
            )
            out.append(
                Finding(
                    "APPRAISER_IN_TEAM", m["member_nip"], m["member_nama"], m["member_unit"],
                    detail, m["recommends_where"], m["recommends_quote"],
                )
            )  # fmt: skip
    return out


def _cycle_findings(store: GraphStore, regency: str) -> list[Finding]:
    out = []
    for c in store.query("people_cycles", {"regency": regency}).rows:
        detail = " → ".join(c["titles"]) + f" ({c['unit_type_name']})"
        out.append(
            Finding(
                "APPRAISAL_CYCLE", None, None, c["unit_type_name"], detail, _join(c["wheres"]),
                c["quotes"][0] if c["quotes"] else None,
            )
        )  # fmt: skip
    return out


def _target_findings(people: list[dict], rows: list[dict]) -> list[Finding]:
    """Grouped per unit and class: functional staff of one unit share the same gap."""
    has = {r["nip"] for r in rows}
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for e in people:
        if e["nip"] not in has and e["cls"] != "Kepala Daerah":
            groups[(e["unit"], e["cls"], e["unit_type_name"], e["unit_type_where"])].append(e)
    out = []
    for (unit, cls, type_name, where), members in sorted(groups.items(), key=str):
        names = _join(m["nama"] for m in members[:3]) + (" …" if len(members) > 3 else "")
        detail = (
            f"{len(members)} pegawai {cls} di {unit}: peraturan tidak menyebut siapa menetapkan"
            f" kinerjanya ({type_name}); contoh: {names}"
        )
        cite = f"Lampiran {where}" if where else None
        out.append(Finding("NO_TARGET_SETTER", None, None, unit, detail, cite, None))
    return out


def chain(store: GraphStore, regency: str, nip: str) -> list[dict]:
    """The employee, then each implied appraiser up to the top, each hop with its provision."""
    people = {e["nip"]: e for e in employees(store, regency)}
    listed, quotes = list(people.values()), edge_quotes(store, regency)
    hops, seen, current = [], set(), nip
    while current and current not in seen and len(hops) < MAX_CHAIN:
        seen.add(current)
        rows = superiors(store, regency, "APPRAISES", current, people=listed, quotes=quotes)
        picks = implied(rows).get(current, [])
        holders = [h for c in picks for h in c["holders"]]
        person = people.get(current, {})
        hops.append(
            {
                "nip": current,
                "nama": person.get("nama"),
                "jabatan": person.get("jabatan"),
                "unit": person.get("unit"),
                "appraiser_position": _join(c["superior_title"] for c in picks),
                "appraisers": [h["nama"] for h in holders],
                "where": _join(c["where"] for c in picks),
                "quote": picks[0]["quote"] if picks else None,
            }
        )
        current = holders[0]["nip"] if len(holders) == 1 else None
    return hops


def _join(items) -> str:
    return ", ".join(dict.fromkeys(x for x in items if x))
