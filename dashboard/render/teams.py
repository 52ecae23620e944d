"""What each regulation says about cross-unit teams, sorted into the analyst's questions.

The cues are data: a provision belongs to a topic when its text holds one of the
topic's words (case-insensitive). A provision may answer several questions; the
cue found is kept so the citation block can highlight it.
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
COLUMNS = {"regulation": "Peraturan", "topic": "Topik", "where": "Letak", "text": "Ketentuan"}


def topics_of(text: str) -> list[tuple[str, str]]:
    """(topic, the cue as written in ``text``) for every topic whose cue occurs; OTHER if none."""
    folded = text.casefold()
    found = []
    for name, cues in TOPICS:
        for cue in cues:
            at = folded.find(cue)
            if at >= 0:
                found.append((name, text[at : at + len(cue)]))
                break
    return found or [(OTHER, "")]


def team_rules(provisions: Iterable[Mapping]) -> list[dict]:
    """One dict per (provision, topic): regulation, topic, where, text, and the cue to mark."""
    order = {name: i for i, (name, _) in enumerate(TOPICS)}
    rules = [
        {
            "regulation": row.get("regulation", ""),
            "topic": topic,
            "where": row.get("where", ""),
            "text": str(row.get("text", "")),
            "mark": cue,
        }
        for row in provisions
        for topic, cue in topics_of(str(row.get("text", "")))
    ]
    return sorted(rules, key=lambda r: order.get(r["topic"], len(order)))


def team_rules_frame(rules: Iterable[Mapping]) -> pd.DataFrame:
    """The rules as a table for CSV: regulation, topic, where, verbatim text."""
    data = [{label: rule[key] for key, label in COLUMNS.items()} for rule in rules]
    return pd.DataFrame(data, columns=list(COLUMNS.values()))
