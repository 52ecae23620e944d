"""Checks on a structure with no roster: the enacted one, the corrected one or a draft (issue 15).

Every answer comes from the one precedence (``checks.precedence.superiors``), so these agree
with the chains and the people checks. Per position of a unit type (and each regulation-wide
one), per jenjang for a functional position:

- ``NO_APPRAISER`` / ``NO_TARGET_SETTER``: nobody is implied (the heads of a unit type answer
  outside it and are not checked);
- ``TWO_APPRAISERS`` / ``TWO_TARGET_SETTERS``: implied superiors named by different provisions
  (one sentence naming "Sekretaris dan Kepala Bidang" is one rule: the holder's own unit decides);
- ``APPRAISAL_CYCLE``: positions appraising each other round a loop;
- ``APPRAISER_BELOW_PENGAWAS``: an implied appraiser below *pejabat pengawas* (a functional,
  executing or team-lead position) that the text does not make one by delegation -- PermenPANRB
  6/2022 Pasal 1, the definition of Pejabat Penilai Kinerja (``REFERENCE``);
- ``LEAD_RULE_MISSING``: team leads have edges, but no provision says a lead comes from the unit
  owning the performance (``lead_rule``: the provisions that do, read by the caller).

Each finding cites the provisions involved (``cites``) and names the corrections (or draft
edits) whose edges it rests on; dashboard/messages/ words the codes.
"""

from __future__ import annotations

from dataclasses import dataclass

from checks.precedence import Candidate, superiors
from checks.structure import Cite, PositionNode, Structure
from loader.model import JENJANG, EdgeType, PositionClass, Role
from queries.store import GraphStore

LEAD_RULE_TERMS = ("ketua tim", "pemilik kinerja")  # a provision saying where a lead comes from
REFERENCE = "PermenPANRB 6/2022 Pasal 1"  # definition of Pejabat Penilai Kinerja
BELOW_PENGAWAS = (PositionClass.FUNGSIONAL, PositionClass.PELAKSANA)
CHECKED = {EdgeType.APPRAISES: "APPRAISER", EdgeType.SETS_PERFORMANCE: "TARGET_SETTER"}
NOT_POSITIONS = (PositionClass.LAINNYA, PositionClass.KEPALA_DAERAH, PositionClass.PIHAK)


@dataclass(frozen=True)
class StructureFinding:
    """One finding; ``superiors`` are titles, ``jenjang`` the grades it holds for (() = all)."""

    code: str
    unit_type: str
    position: str  # uid
    title: str
    jenjang: tuple[str, ...] = ()
    superiors: tuple[str, ...] = ()
    cites: tuple[Cite, ...] = ()
    corrections: tuple[str, ...] = ()
    reference: str | None = None


def lead_rule_of(store: GraphStore, regency: str) -> tuple[Cite, ...]:
    """The provisions saying a team lead comes from the unit owning the performance."""
    params = {"regency": regency, "terms": list(LEAD_RULE_TERMS)}
    rows = store.query("provisions_with_terms", params).rows
    return tuple(Cite(r["where"], r["text"], None, None) for r in rows)


def check(structure: Structure, lead_rule: tuple[Cite, ...] = ()) -> list[StructureFinding]:
    """Every finding on ``structure``, in a fixed order (code, unit type, title)."""
    out: list[StructureFinding] = []
    for p in checked_positions(structure):
        for edge_type in CHECKED:
            out += _count_findings(structure, p, edge_type)
        out += _below_pengawas(structure, p)
    out += _cycles(structure)
    out += _lead_rule(structure, lead_rule)
    return sorted(out, key=lambda f: (f.code, f.unit_type, f.title, f.jenjang))


def checked_positions(structure: Structure, heads: bool = False) -> list[PositionNode]:
    """Positions of unit types and regulation-wide ones; each scope's heads only if ``heads``."""
    out = []
    for (_, unit), scope in structure.scopes.items():
        if unit is not None:
            continue  # a named unit's positions copy its unit type's
        real = [p for p in scope if p.cls not in NOT_POSITIONS]
        top = min((p.rank for p in real), default=None)
        out += [p for p in real if heads or p.rank != top]
    return out


def _grades(p: PositionNode) -> list[str | None]:
    if p.cls != PositionClass.FUNGSIONAL:
        return [None]
    return list(p.jenjang or JENJANG)


def _implied(structure: Structure, p: PositionNode, jenjang, edge_type) -> list[Candidate]:
    return [c for c in superiors(structure, "", p.uid, jenjang, edge_type) if c.implied]


def _count_findings(structure: Structure, p: PositionNode, edge_type: EdgeType) -> list:
    """NO_* and TWO_* per jenjang, grouped: one finding per (code, superiors) over its grades."""
    grouped: dict[tuple, list] = {}
    for jenjang in _grades(p):
        chosen = _implied(structure, p, jenjang, edge_type)
        rules = {(c.edge.cite.start, c.edge.cite.end) for c in chosen}
        if not chosen and not any(
            c.delegated for c in superiors(structure, "", p.uid, jenjang, edge_type)
        ):
            code = "NO_" + CHECKED[edge_type]
        elif len(rules) > 1 and len({c.position.uid for c in chosen}) > 1:
            code = "TWO_" + CHECKED[edge_type] + "S"
        else:
            continue
        key = (code, tuple(sorted({c.position.title for c in chosen})))
        grouped.setdefault(key, [chosen, []])[1].append(jenjang)
    return [
        _finding(code, p, grades, titles, chosen)
        for (code, titles), (chosen, grades) in grouped.items()
    ]


def _finding(code, p: PositionNode, grades, titles, chosen, reference=None) -> StructureFinding:
    return StructureFinding(
        code=code,
        unit_type=p.unit_type,
        position=p.uid,
        title=p.title,
        jenjang=tuple(g for g in grades if g),
        superiors=tuple(titles),
        cites=tuple(dict.fromkeys(c.edge.cite for c in chosen)),
        corrections=tuple(sorted({c.edge.correction for c in chosen if c.edge.correction})),
        reference=reference,
    )


def _below_pengawas(structure: Structure, p: PositionNode) -> list[StructureFinding]:
    out = []
    for jenjang in _grades(p):
        low = [
            c
            for c in _implied(structure, p, jenjang, EdgeType.APPRAISES)
            if c.position.cls in BELOW_PENGAWAS or Role.KETUA_TIM in c.position.roles
        ]
        if low:
            titles = sorted({c.position.title for c in low})
            out.append(_finding("APPRAISER_BELOW_PENGAWAS", p, [jenjang], titles, low, REFERENCE))
    return _merge_grades(out)


def _merge_grades(found: list[StructureFinding]) -> list[StructureFinding]:
    merged: dict[tuple, StructureFinding] = {}
    for f in found:
        key = (f.code, f.position, f.superiors)
        if key in merged:
            old = merged[key]
            f = StructureFinding(**(vars(old) | {"jenjang": old.jenjang + f.jenjang}))
        merged[key] = f
    return list(merged.values())


def _cycles(structure: Structure) -> list[StructureFinding]:
    """Loops of implied appraisers among structural positions (jenjang-free rules): each
    strongly connected group of two or more positions (or one appraising itself) is one finding."""
    up = {
        p.uid: _implied(structure, p, None, EdgeType.APPRAISES)
        for p in checked_positions(structure, heads=True)
    }
    out = []
    for group in _strongly_connected({uid: _next(uid, up) for uid in up}):
        if len(group) < 2 and group[0] not in _next(group[0], up):
            continue
        first = structure.positions[group[0]]
        chosen = [c for uid in group for c in up.get(uid, ()) if set(_ends(c)) & set(group)]
        titles = [structure.positions[uid].title for uid in group]
        out.append(_finding("APPRAISAL_CYCLE", first, [], titles, chosen))
    return out


def _ends(c: Candidate) -> list[str]:
    return [n.uid for n in (c.local or (c.position,))]


def _next(uid: str, up: dict[str, list[Candidate]]) -> list[str]:
    return sorted({n for c in up.get(uid, ()) for n in _ends(c)})


def _strongly_connected(graph: dict[str, list[str]]) -> list[list[str]]:
    """Tarjan's strongly connected components, each sorted, in a fixed order."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in graph:
                continue
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            groups.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sorted(groups)


def _lead_rule(structure: Structure, lead_rule: tuple[Cite, ...]) -> list[StructureFinding]:
    if lead_rule:
        return []
    leads = [
        e
        for e in structure.edges
        if "ketua tim" in structure.positions.get(e.source, _NONE).title.casefold()
    ]
    if not leads:
        return []
    first = structure.positions[leads[0].source]
    return [
        StructureFinding(
            "LEAD_RULE_MISSING",
            first.unit_type,
            first.uid,
            first.title,
            cites=tuple(dict.fromkeys(e.cite for e in leads)),
            corrections=tuple(sorted({e.correction for e in leads if e.correction})),
        )
    ]


_NONE = PositionNode("", "", PositionClass.LAINNYA, "", "")
