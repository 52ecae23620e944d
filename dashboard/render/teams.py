"""What each regulation says about cross-unit teams, sorted into the analyst's questions.

The cues are data: a provision belongs to a topic when its text holds one of the
topic's words (case-insensitive). A provision may answer several questions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pandas as pd

TOPICS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Siapa memimpin tim", ("ketua tim",)),
    (
        "Di mana penilaian kinerja anggota",
        ("pejabat penilai kinerja", "penilaian kinerja", "ppk"),
    ),
    ("Siapa memberi rekomendasi", ("rekomendasi", "melaporkan hasil kinerja", "masukan")),
    ("Penunjukan anggota", ("penunjukan", "surat perintah", "sukarela", "ditetapkan oleh")),
)
OTHER = "Ketentuan lain"


def topics_of(text: str) -> list[str]:
    """The topics whose cue words occur in ``text``; ``[OTHER]`` when none does."""
    folded = " ".join(text.split()).casefold()
    found = [name for name, cues in TOPICS if any(cue in folded for cue in cues)]
    return found or [OTHER]


def team_rules_frame(provisions: Iterable[Mapping]) -> pd.DataFrame:
    """One line per (provision, topic): regulation, article, topic, verbatim text."""
    lines = [
        {
            "Peraturan": row.get("regulation", ""),
            "Topik": topic,
            "Letak": row.get("where", ""),
            "Ketentuan": " ".join(str(row.get("text", "")).split()),
        }
        for row in provisions
        for topic in topics_of(str(row.get("text", "")))
    ]
    df = pd.DataFrame(lines, columns=["Peraturan", "Topik", "Letak", "Ketentuan"])
    order = {name: i for i, (name, _) in enumerate(TOPICS)}
    df["_o"] = df["Topik"].map(lambda t: order.get(t, len(order)))
    return df.sort_values(["Peraturan", "_o"], kind="stable").drop(columns="_o")
