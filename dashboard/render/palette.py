"""Edge types as the analyst sees them: Indonesian labels, colours and line styles.

Colours come from the Okabe-Ito palette (Okabe & Ito 2008), which stays
distinguishable under the common forms of colour blindness; each type also gets
its own dash pattern so the chart reads in greyscale too.
"""

from __future__ import annotations

from dataclasses import dataclass

from loader.model import EdgeType, PositionClass


@dataclass(frozen=True)
class EdgeStyle:
    label: str  # Bahasa Indonesia, shown in legends and tables
    colour: str  # hex, Okabe-Ito
    dashes: bool | tuple[int, ...]  # vis-network dash pattern; False is a solid line


EDGE_STYLES: dict[EdgeType, EdgeStyle] = {
    EdgeType.SETS_PERFORMANCE: EdgeStyle("Menetapkan kinerja", "#0072B2", False),
    EdgeType.APPRAISES: EdgeStyle("Menilai kinerja (PPK)", "#D55E00", False),
    EdgeType.ASSIGNS: EdgeStyle("Memberi penugasan", "#009E73", (8, 4)),
    EdgeType.COORDINATES: EdgeStyle("Mengoordinasikan / ketua tim", "#E69F00", (2, 4)),
    EdgeType.RECOMMENDS_APPRAISAL: EdgeStyle(
        "Merekomendasikan penilaian", "#CC79A7", (10, 4, 2, 4)
    ),
    EdgeType.REVIEWS_RESULTS_OF: EdgeStyle("Mereviu hasil kerja", "#56B4E9", (4, 8)),
}

CORRECTED_COLOUR = "#6A3D9A"  # the "dikoreksi" label and glow of an analyst-corrected edge
UNKNOWN_STYLE = EdgeStyle("Relasi lain", "#000000", (1, 3))

CLASS_FILL: dict[PositionClass, str] = {
    PositionClass.KEPALA_DAERAH: "#F0E442",
    PositionClass.JPT_UTAMA: "#FFD46B",
    PositionClass.JPT_MADYA: "#FFDF8A",
    PositionClass.JPT_PRATAMA: "#FFE9A8",
    PositionClass.LEVEL: "#E8E8E8",
    PositionClass.ADMINISTRATOR: "#D6EAF8",
    PositionClass.PENGAWAS: "#D5F5E3",
    PositionClass.FUNGSIONAL: "#FADBD8",
    PositionClass.PELAKSANA: "#F2F3F4",
    PositionClass.LAINNYA: "#FFFFFF",
    PositionClass.PIHAK: "#FFFFFF",  # drawn with a dashed border
}
PARTY_BORDER_DASHES = [6, 4]  # a party ("individu", "tim kerja") is no post: a dashed box


def edge_style(edge_type: str) -> EdgeStyle:
    """Style of an edge type name; an unknown name gets a neutral black dotted line."""
    try:
        return EDGE_STYLES[EdgeType(edge_type)]
    except ValueError:
        return UNKNOWN_STYLE


def edge_label(edge_type: str) -> str:
    return edge_style(edge_type).label


def position_class(name: str | None) -> PositionClass:
    """The class named by ``name``; anything unrecognised counts as ``Lainnya``."""
    try:
        return PositionClass(name)
    except ValueError:
        return PositionClass.LAINNYA
