"""A synthetic national-scale set of regulations for bench/graph.py (issue 4).

Each government gets the same five unit types with ~25 positions each, named
units spread over them (~45 in all), and edges shaped like the real ones:
JPT -> Administrator -> Pengawas -> Fungsional/Pelaksana for SETS_PERFORMANCE,
APPRAISES and ASSIGNS, Ketua Tim COORDINATES, reviews upward. Deterministic
for a given count, so runs compare.
"""

from __future__ import annotations

import random

from loader.model import (
    Citation,
    Edge,
    EdgeType,
    Extraction,
    Position,
    PositionClass,
    Provision,
    Regulation,
    UnitType,
)

UNIT_TYPES = (  # (name, named units) -- 45 units per government
    ("Dinas/Badan", 20),
    ("Kecamatan", 12),
    ("Kelurahan", 8),
    ("Sekretariat", 2),
    ("UPTD", 3),
)
LEVELS = (  # (class, how many per unit type) -- 25 positions per unit type
    (PositionClass.JPT_PRATAMA, 1),
    (PositionClass.ADMINISTRATOR, 4),
    (PositionClass.PENGAWAS, 8),
    (PositionClass.FUNGSIONAL, 8),
    (PositionClass.PELAKSANA, 4),
)
DOWNWARD = (EdgeType.SETS_PERFORMANCE, EdgeType.APPRAISES, EdgeType.ASSIGNS)


def governments(count: int, seed: int = 7) -> list[Extraction]:
    """``count`` regulations, one per synthetic government."""
    rng = random.Random(seed)
    return [_government(i, rng) for i in range(count)]


def _government(index: int, rng: random.Random) -> Extraction:
    regency = f"Kabupaten Sintetis {index:03d}"
    reg = Regulation(
        "Peraturan Bupati",
        str(index + 1),
        2024,
        regency,
        "Provinsi Uji",
        "Sistem Kerja",
        None,
        f"synthetic-{index:03d}.txt",
        f"{index:064x}",
    )
    unit_types, edges, provisions = [], [], []
    for t, (name, units) in enumerate(UNIT_TYPES):
        prov = Provision(
            f"Lampiran {t + 1}", f"Mekanisme kerja {name}", t * 100, t * 100 + 50, t + 1
        )
        provisions.append(prov)
        positions = tuple(
            Position(f"{cls.value} {k + 1}", cls) for cls, n in LEVELS for k in range(n)
        )
        named = tuple(f"{name.split('/')[0]} {regency[-3:]}-{u + 1}" for u in range(units))
        unit_types.append(UnitType(f"{t}:{name}", name, prov, named, positions))
        edges += _edges(f"{t}:{name}", positions, prov, rng)
    return Extraction(reg, tuple(unit_types), tuple(edges), (), (), provisions=tuple(provisions))


def _edges(type_id: str, positions, prov: Provision, rng: random.Random) -> list[Edge]:
    by_rank: dict[int, list[Position]] = {}
    for pos in positions:
        by_rank.setdefault(pos.cls.rank, []).append(pos)
    cite = Citation(prov, prov.text, prov.start, prov.end, prov.line)
    out = []
    for rank in sorted(by_rank)[1:]:
        for sub in by_rank[rank]:
            boss = rng.choice(by_rank[max(r for r in by_rank if r < rank)])
            for kind in DOWNWARD:
                out.append(Edge(kind, boss.title, sub.title, type_id, None, cite))
    return out
