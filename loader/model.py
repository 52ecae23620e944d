"""The typed domain model shared by the loader, the queries and the dashboard.

Everything the reader finds in a regulation is expressed in these frozen
dataclasses, so the graph loader, the Cypher layer and the dashboard agree on
one vocabulary. Edge and role names are fixed by the project (issue 3) and live
only here, in :class:`EdgeType` and :class:`Role`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from loader.roster.records import Employee, RosterProblem, Team

__all__ = ["Employee", "RosterProblem", "Team"]  # roster records, kept in loader/roster/records.py


class EdgeType(StrEnum):
    """Relations between positions, named as the project's contract requires."""

    SETS_PERFORMANCE = "SETS_PERFORMANCE"
    APPRAISES = "APPRAISES"
    ASSIGNS = "ASSIGNS"
    COORDINATES = "COORDINATES"
    RECOMMENDS_APPRAISAL = "RECOMMENDS_APPRAISAL"
    REVIEWS_RESULTS_OF = "REVIEWS_RESULTS_OF"


class Role(StrEnum):
    """Roles a position carries within a unit type."""

    PEJABAT_PENILAI_KINERJA = "PEJABAT_PENILAI_KINERJA"
    PIMPINAN_UNIT_ORGANISASI = "PIMPINAN_UNIT_ORGANISASI"
    PEMILIK_KINERJA = "PEMILIK_KINERJA"
    KETUA_TIM = "KETUA_TIM"


class PositionClass(StrEnum):
    """Normalised level of a position; the org chart draws levels from it.

    A ministry's JPT Utama and JPT Madya (Sekretaris Jenderal, Direktur Jenderal) stand
    above its JPT Pratama (Direktur, Kepala Biro). "Pihak" is a party the regulation names
    that is no post: "individu" and "tim kerja" who hand their results up for review.
    """

    KEPALA_DAERAH = "Kepala Daerah"
    JPT_UTAMA = "JPT Utama"
    JPT_MADYA = "JPT Madya"
    JPT_PRATAMA = "JPT Pratama"
    ADMINISTRATOR = "Administrator"
    PENGAWAS = "Pengawas"
    FUNGSIONAL = "Fungsional"
    PELAKSANA = "Pelaksana"
    LEVEL = "Level"  # abstract "Pejabat Level I/II/III", kept as written
    LAINNYA = "Lainnya"
    PIHAK = "Pihak"  # not a post: "individu", "tim kerja" (a party of review edges)

    @property
    def rank(self) -> int:
        """Depth in an org chart: 0 at the top; functional and executing staff share a row.
        A chart leaves out the rows of the classes it does not hold (render/layout.py)."""
        return _RANK[self]


_RANK = {
    PositionClass.KEPALA_DAERAH: 0,
    PositionClass.JPT_UTAMA: 1,
    PositionClass.JPT_MADYA: 2,
    PositionClass.JPT_PRATAMA: 3,
    PositionClass.LEVEL: 4,
    PositionClass.ADMINISTRATOR: 4,
    PositionClass.PENGAWAS: 5,
    PositionClass.FUNGSIONAL: 6,
    PositionClass.PELAKSANA: 6,
    PositionClass.LAINNYA: 6,
    PositionClass.PIHAK: 6,
}

JENJANG = (
    "Ahli Utama",
    "Ahli Madya",
    "Ahli Muda",
    "Ahli Pertama",
    "Penyelia",
    "Mahir",
    "Terampil",
    "Pemula",
)
"""Functional grades, highest first; keterampilan grades follow the ahli grades."""


@dataclass(frozen=True)
class Regulation:
    """One regulation as identified from its heading, of any kind and any issuer.

    ``regency`` keeps its name (seven modules and the graph key on it) but means
    *the issuing government*: "Kabupaten Buton", "Kota Malang", "Provinsi Jawa
    Barat", "Kementerian Agama", "Badan Pusat Statistik". ``issuer_kind`` says
    which (:data:`ISSUER_KINDS`; "" for an excerpt whose issuer the text does not
    name). An excerpt without heading (some Pasal, a Lampiran alone) has kind
    "Kutipan", no number or year, and takes its issuer name and label from its
    first provision and sha256, so it still gets a stable uid.
    """

    kind: str  # "Peraturan Bupati", "Peraturan Menteri", "Keputusan Kepala Badan", "Kutipan"
    number: str  # "3", "188.45/123/KPTS/2023"; "" for an excerpt
    year: int | None  # None when neither the heading nor the number gives it
    regency: str  # the issuing government: "Kabupaten Buton", "Kementerian Agama"
    province: str
    title: str
    enacted: str | None  # ISO date "2024-01-17", None when the text lost it
    source_file: str
    sha256: str
    issuer_kind: str = ""  # "regency" | "city" | "province" | "ministry" | "agency" | ""
    heading: str = ""  # "Peraturan Menteri Agama Nomor 7 Tahun 2022", "Kutipan Pasal 3 (1a2b3c4d)"

    @property
    def uid(self) -> str:
        """Deterministic id: an issuer publishes one sistem-kerja regulation per number and year."""
        if self.kind == EXCERPT_KIND:
            return f"{_slug(self.regency)}/kutipan-{self.sha256[:8]}"
        number = self.number.replace("/", "-")
        tail = "-".join(p for p in (_slug(self.kind), number, str(self.year or "")) if p)
        return f"{_slug(self.regency)}/{tail}"

    @property
    def label(self) -> str:
        """The heading's name; built without one, the kind and the issuer's whole name (never
        assuming a "Kabupaten" or "Kota" to strip), with the number and year it has."""
        if self.heading:
            return self.heading
        if self.kind == EXCERPT_KIND:
            named = "" if self.regency.startswith(EXCERPT_KIND) else f" {self.regency}"
            return f"{EXCERPT_KIND}{named} ({self.sha256[:8]})"
        parts = [self.kind, self.regency]
        parts += [f"Nomor {self.number}"] if self.number else []
        parts += [f"Tahun {self.year}"] if self.year else []
        return " ".join(parts)


EXCERPT_KIND = "Kutipan"
"""``Regulation.kind`` of a text read without its heading (some Pasal, a Lampiran alone)."""
ISSUER_KINDS = ("regency", "city", "province", "ministry", "agency")
"""Values of ``Regulation.issuer_kind`` (and of the graph's ``issuer_kind`` property)."""


@dataclass(frozen=True)
class Provision:
    """A citable piece of text: where it sits and its verbatim span in the source file.

    ``start``/``end`` index the text as Python reads the file with universal
    newlines, so ``text == source[start:end]``; ``line`` is the 1-based line of ``start``.
    """

    where: str  # "Pasal 7 ayat (4) huruf a" or "Lampiran IV huruf A angka (2) huruf b"
    text: str
    start: int
    end: int
    line: int
    part: str = "body"  # "body" or "lampiran"
    page: int | None = None  # set when the source was a PDF


@dataclass(frozen=True)
class Citation:
    """The sentence an edge or role was read from, inside its provision."""

    provision: Provision
    quote: str
    start: int
    end: int
    line: int

    @property
    def where(self) -> str:
        return self.provision.where


@dataclass(frozen=True)
class Position:
    """A position title as the regulation writes it, with its normalised class."""

    title: str
    cls: PositionClass
    jenjang: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()

    @property
    def key(self) -> str:
        """Case- and spacing-insensitive identity of a title within one unit type."""
        return position_key(self.title)


@dataclass(frozen=True)
class UnitType:
    """A type of unit (Dinas/Badan, Kecamatan …) or a group of units one Lampiran section covers."""

    id: str
    name: str
    provision: Provision | None
    named_units: tuple[str, ...] = ()
    positions: tuple[Position, ...] = ()


@dataclass(frozen=True)
class Edge:
    """A typed relation ``source -> target`` between two positions.

    ``unit_type`` is the id of the unit type the provision speaks of, or None
    for a regulation-wide rule from the body. ``condition`` narrows the edge,
    e.g. to the jenjang "Ahli Utama, Ahli Madya". ``delegated`` is True when
    the sentence gives the source this power by delegation ("Kepala Dinas
    dengan pendelegasian kewenangan akan menetapkan kinerja ..."; see
    ``loader.reading.delegation``), False for the source's own power.
    """

    type: EdgeType
    source: str
    target: str
    unit_type: str | None
    condition: str | None
    citation: Citation
    delegated: bool = False


@dataclass(frozen=True)
class RoleAssignment:
    position: str
    role: Role
    unit_type: str | None
    citation: Citation


@dataclass(frozen=True)
class ExtractionWarning:
    where: str
    message: str  # English, for the CLI and logs; the dashboard words it from ``code``
    code: str = ""  # stable code (e.g. "SECTION_NO_EDGE"); dashboard/messages/ holds its text


@dataclass(frozen=True)
class TitleMention:
    """A title-like phrase the reader found but could not place among known positions."""

    title: str
    where: str  # the provision, "Pasal 7 ayat (4)" or "Lampiran I A 2"
    start: int  # offsets into the source text, as Provision's
    end: int
    line: int


@dataclass(frozen=True)
class Extraction:
    """Everything read from one regulation file."""

    regulation: Regulation
    unit_types: tuple[UnitType, ...]
    edges: tuple[Edge, ...]
    roles: tuple[RoleAssignment, ...]
    warnings: tuple[ExtractionWarning, ...]
    wide_positions: tuple[Position, ...] = ()  # positions of regulation-wide rules (no unit type)
    provisions: tuple[Provision, ...] = field(default=(), repr=False)
    source_text: str = field(default="", repr=False)
    unknown_titles: tuple[TitleMention, ...] = ()  # reported, never silently dropped (issue 11)


def fold(text: str | None) -> str:
    """Case and spacing folded: how titles, unit names and jenjang are compared."""
    return " ".join((text or "").split()).casefold()


def position_key(title: str) -> str:
    """Fold case and spacing so 'kepala  Bagian' and 'Kepala Bagian' are one position."""
    return fold(title)


def _slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in text.casefold()).split())
