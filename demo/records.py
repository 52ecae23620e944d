"""The records the demo generator builds: a person, a planted inconsistency, a unit, a roster."""

from __future__ import annotations

from dataclasses import dataclass, field

from loader.model import Position, Team


@dataclass
class Person:
    """One pegawai row; ``layer`` (head jpt admin pengawas fungsional pelaksana) drives rules."""

    nip: str
    nama: str
    jabatan: str
    jenjang: str
    unit: str
    layer: str
    appraiser: str = ""  # NIP of the recorded appraiser (nip atasan penilai)
    keterangan: str = "DEMO"


@dataclass(frozen=True)
class Planted:
    """A deliberate inconsistency: which check should find it, on which row, why."""

    check: str
    table: str  # "pegawai" or "tim"
    key: str  # NIP or team kode
    note: str


@dataclass(frozen=True)
class DemoUnit:
    name: str
    kind: str
    unit_type: str | None  # the unit type's name, None: regulation-wide positions only
    positions: tuple[Position, ...]  # the unit type's own positions
    wide: tuple[Position, ...]  # regulation-wide positions, held in every unit


@dataclass
class DemoRoster:
    regency: str
    slug: str
    units: list[DemoUnit]
    people: list[Person]
    teams: list[Team]
    planted: list[Planted] = field(default_factory=list)
