"""One Extraction as the rows the write statements take (``queries/writes/*.cypher``).

Pure functions, no store: the uids are deterministic (built from the
regulation uid, unit type id, unit name and position key) so reloading gives
the same nodes. Layout (see docs/graph-model.md):

- Regulation-wide rules (``Edge.unit_type is None``) live between positions of
  a synthetic unit type "Seluruh Perangkat Daerah" (id ``_seluruh``) of that
  regulation, so every edge has a unit-type home.
- Every named unit of a unit type gets the type's positions instantiated
  ("Kepala Dinas" in "Dinas Kesehatan" -> "Kepala Dinas Kesehatan") and copies
  of the type's edges between them, each linked to its template.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict
from functools import lru_cache

from loader.model import (
    JENJANG,
    Edge,
    Extraction,
    Position,
    PositionClass,
    Provision,
    UnitType,
    _slug,
    position_key,
)

WIDE_ID = "_seluruh"
# uids repeat the same few hundred titles and unit names thousands of times at national scale;
# slugging is per character in Python, so memoise it (bench/graph.py: model->rows 2x faster).
slug = lru_cache(maxsize=1 << 16)(_slug)
key_of = lru_cache(maxsize=1 << 16)(position_key)  # the same titles again and again, likewise
WIDE_NAME = "Seluruh Perangkat Daerah"
# A ministry's or agency's units are not Perangkat Daerah: their regulation-wide rules hold for
# every Unit Organisasi.
WIDE_NAME_CENTRAL = "Seluruh Unit Organisasi"


def regulation_rows(ex: Extraction) -> dict[str, object]:
    """One row of ``create_regulation``: the Regency, i.e. the issuing government of any kind
    (regency, city, province, ministry, agency; and its uid, a plain value the MERGE looks up
    by index) and the Regulation properties."""
    reg = ex.regulation
    props = asdict(reg) | {"uid": reg.uid, "label": reg.label, "warnings": len(ex.warnings)}
    regency = {"uid": reg.uid.split("/")[0], "name": reg.regency, "province": reg.province}
    regency["issuer_kind"] = reg.issuer_kind
    return {
        "regency_uid": regency["uid"],
        "regency": regency,
        "regulation": props,
        "source": source_props(ex),
    }


def source_props(ex: Extraction) -> dict[str, object]:
    """The Source node: the text as read (a PDF's kept text), so every page can show it."""
    reg = ex.regulation
    return {
        "uid": f"{reg.uid}/source",
        "regulation": reg.uid,
        "file": reg.source_file,
        "sha256": reg.sha256,
        "chars": len(ex.source_text),
        "text": ex.source_text,
    }


def provision_uid(reg_uid: str, provision: Provision) -> str:
    return f"{reg_uid}/prov/{provision.start}-{provision.end}"


def provision_span(uid: str) -> tuple[int, int]:
    """(start, end) of the provision a ``provision_uid`` names."""
    start, end = uid.rsplit("/prov/", 1)[1].split("-")
    return int(start), int(end)


def node_rows(ex: Extraction) -> dict[str, list[dict]]:
    """Parameters of ``create_nodes``: provisions, unit types, units, positions, instances."""
    reg = ex.regulation
    reg_uid = reg.uid  # a property that slugs the regency on every call
    types = _unit_types(ex)
    positions = _positions(ex, types)
    rows: dict[str, list[dict]] = {
        "provisions": _provision_rows(ex),
        "unit_types": [],
        "units": [],
        "templates": [],
        "instances": [],
    }
    for ut in types.values():
        t_uid = type_uid(reg_uid, ut.id)
        prov = provision_uid(reg_uid, ut.provision) if ut.provision else None
        props = {"uid": t_uid, "regulation": reg_uid, "regency": reg.regency, "id": ut.id}
        props |= {"name": ut.name, "provision": prov, "where": _where(ut.provision)}
        rows["unit_types"].append({"owner": reg_uid, "props": props})
        base = {"regulation": reg_uid, "regency": reg.regency, "unit_type": t_uid}
        base |= {"unit_type_name": ut.name}
        templates = [(pos, _position_props(pos, base, t_uid)) for pos in positions[ut.id].values()]
        rows["templates"] += [{"owner": t_uid, "props": props} for _, props in templates]
        for name in ut.named_units:
            u_uid = f"{t_uid}/unit/{slug(name)}"
            unit = {"uid": u_uid, "regulation": reg_uid, "regency": reg.regency, "name": name}
            rows["units"].append({"owner": t_uid, "props": unit | {"unit_type": t_uid}})
            for pos, template in templates:  # each template's props made once, not per unit
                props = _instance_props(pos, template, u_uid, name)
                rows["instances"].append(
                    {"owner": u_uid, "template": props["template"], "props": props}
                )
    return rows


def edge_rows(ex: Extraction) -> list[dict]:
    """Parameters of ``create_edges``: template edges plus their copies in every named unit.

    Slugs are made once per edge end and per named unit, not once per copy: a national load
    copies each edge into tens of units (bench/graph.py, issue 13)."""
    reg = ex.regulation
    reg_uid = reg.uid  # a property that slugs the regency on every call
    types = _unit_types(ex)
    units: dict[str, list[tuple[str, str]]] = {}  # unit type id -> (unit uid, name)
    out = []
    for edge in ex.edges:
        ut = types[edge.unit_type or WIDE_ID]
        t_uid = type_uid(reg_uid, ut.id)
        if ut.id not in units:
            units[ut.id] = [(f"{t_uid}/unit/{slug(name)}", name) for name in ut.named_units]
        props = _edge_props(reg_uid, edge, t_uid)
        src, dst = slug(key_of(edge.source)), slug(key_of(edge.target))
        out.append(_edge(edge, f"{t_uid}/pos/{src}", f"{t_uid}/pos/{dst}", props))
        for u_uid, name in units[ut.id]:
            scoped = props | {"unit": u_uid, "unit_name": name}
            out.append(_edge(edge, f"{u_uid}/pos/{src}", f"{u_uid}/pos/{dst}", scoped))
    return out


def _edge(edge: Edge, source: str, target: str, props: dict) -> dict:
    return {"type": str(edge.type), "source": source, "target": target, "props": props}


def _edge_props(reg_uid: str, edge: Edge, t_uid: str) -> dict:
    cite = edge.citation
    return {
        "regulation": reg_uid,
        "provision": provision_uid(reg_uid, cite.provision),
        "where": cite.where,
        "quote": cite.quote,
        "start": cite.start,
        "end": cite.end,
        "line": cite.line,
        "condition": edge.condition,
        "jenjang": jenjang_of(edge.condition),
        "delegated": edge.delegated,
        "unit_type": t_uid,
        "unit": None,
        "unit_name": None,
    }


def jenjang_of(condition: str | None) -> list[str]:
    """The grades a condition names, in JENJANG order; [] means the edge holds for all."""
    text = (condition or "").casefold()
    return [grade for grade in JENJANG if grade.casefold() in text]


def _unit_types(ex: Extraction) -> dict[str, UnitType]:
    types = {ut.id: ut for ut in ex.unit_types}
    central = ex.regulation.issuer_kind in ("ministry", "agency")
    types[WIDE_ID] = UnitType(WIDE_ID, WIDE_NAME_CENTRAL if central else WIDE_NAME, None)
    return types


def _positions(ex: Extraction, types: dict[str, UnitType]) -> dict[str, dict[str, Position]]:
    """Per unit type id: positions by slugged key, every edge endpoint included, with roles."""
    known = {slug(p.key): p for p in ex.wide_positions}
    known |= {slug(p.key): p for ut in ex.unit_types for p in ut.positions}
    out: dict[str, dict[str, Position]] = defaultdict(dict)
    for ut in types.values():
        out[ut.id].update({slug(p.key): p for p in ut.positions})
    for edge in ex.edges:
        for title in (edge.source, edge.target):
            key = slug(position_key(title))
            fallback = known.get(key, Position(title, PositionClass.LAINNYA))
            out[edge.unit_type or WIDE_ID].setdefault(key, Position(title, fallback.cls))
    for role in ex.roles:
        scope = out[role.unit_type or WIDE_ID]
        key = slug(position_key(role.position))
        pos = scope.get(key) or Position(role.position, known.get(key, _other(role)).cls)
        if role.role not in pos.roles:
            scope[key] = Position(pos.title, pos.cls, pos.jenjang, (*pos.roles, role.role))
    return out


def _other(role) -> Position:
    return Position(role.position, PositionClass.LAINNYA)


def _position_props(pos: Position, base: dict, t_uid: str) -> dict:
    return base | {
        "uid": f"{t_uid}/pos/{slug(key_of(pos.title))}",
        "title": pos.title,
        "key": key_of(pos.title),
        "cls": str(pos.cls),
        "rank": pos.cls.rank,
        "jenjang": list(pos.jenjang),
        "roles": sorted(str(r) for r in pos.roles),
        "scope": "regulation" if t_uid.endswith(WIDE_ID) else "unit_type",
        "unit": None,
        "unit_name": None,
        "template": None,
    }


def _instance_props(pos: Position, template: dict, unit: str, unit_name: str) -> dict:
    title = instance_title(pos.title, unit_name)
    return template | {
        "uid": f"{unit}/pos/{slug(key_of(pos.title))}",
        "title": title,
        "key": key_of(title),
        "template_title": pos.title,
        "unit": unit,
        "unit_name": unit_name,
        "scope": "unit",
        "template": template["uid"],
    }


@lru_cache(maxsize=1 << 16)
def instance_title(title: str, unit: str) -> str:
    """'Kepala Dinas' in 'Dinas Kesehatan' -> 'Kepala Dinas Kesehatan'; else title + unit."""
    words, unit_words = title.split(), unit.split()
    folded, unit_folded = [w.casefold() for w in words], [w.casefold() for w in unit_words]
    if len(unit_folded) > 2 and folded[-(len(unit_folded) - 1) :] == unit_folded[1:]:
        return title  # "Sekretaris Dewan ... Daerah" already names "Sekretariat Dewan ... Daerah"
    for overlap in range(min(len(words), len(unit_words)), 0, -1):
        tail = [w.casefold() for w in words[-overlap:]]
        if tail == [w.casefold() for w in unit_words[:overlap]]:
            return " ".join(words[:-overlap] + unit_words)
    return f"{title} {unit}"


def _provision_rows(ex: Extraction) -> list[dict]:
    reg = ex.regulation
    reg_uid = reg.uid  # a property that slugs the regency on every call
    found = {provision_uid(reg_uid, p): p for p in ex.provisions}
    for cite in [e.citation for e in ex.edges] + [r.citation for r in ex.roles]:
        found.setdefault(provision_uid(reg_uid, cite.provision), cite.provision)
    for ut in ex.unit_types:
        if ut.provision:
            found.setdefault(provision_uid(reg_uid, ut.provision), ut.provision)
    return [
        {"owner": reg_uid, "props": asdict(p) | {"uid": uid, "regulation": reg_uid}}
        for uid, p in found.items()
    ]


def type_uid(reg_uid: str, type_id: str) -> str:
    """A unit type's uid; corrections (issue 15) name their unit type by it."""
    return f"{reg_uid}/ut/{WIDE_ID if type_id == WIDE_ID else slug(type_id)}"


def position_uid(home_uid: str, title: str) -> str:
    """The uid of the position titled ``title`` in a unit type or named unit ``home_uid``."""
    return f"{home_uid}/pos/{slug(position_key(title))}"


def _where(provision: Provision | None) -> str | None:
    return provision.where if provision else None
