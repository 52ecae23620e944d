"""The records of a roster: a person holding a title in a unit, a cross-unit team, and why a
cell, row or file of a roster cannot be used.

Kept apart from ``loader/model.py`` (the regulation's model), which re-exports them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Employee:
    """One row of a *pegawai* roster: a person and the title they hold in a unit."""

    nip: str  # 18 digits
    nama: str
    jabatan: str  # title as the unit uses it
    jenjang: str | None
    unit: str  # unit as the roster names it
    recorded_appraiser: str | None  # NIP of the atasan penilai on record
    demo: bool
    source: str  # file (and sheet) name
    row: int  # 1-based row in that file or sheet


@dataclass(frozen=True)
class Team:
    """One row of a *tim kerja* roster: a cross-unit team, its owner, lead and members."""

    kode: str
    nama: str
    owner: str  # unit pemilik kinerja, as the roster names it
    leader: str  # NIP
    members: tuple[str, ...]  # NIPs
    periode: str | None
    source: str
    row: int


@dataclass(frozen=True)
class RosterProblem:
    """Why one cell, row or file of a roster cannot be used; ``column`` is the header as written."""

    file: str
    row: int | None
    column: str | None
    reason: str
    fatal: bool = True  # False: a note (a merge filled down), the row is still used

    def __str__(self) -> str:
        where = self.file + (f", baris {self.row}" if self.row else "")
        where += f", kolom {self.column!r}" if self.column else ""
        return f"{where}: {self.reason}"
