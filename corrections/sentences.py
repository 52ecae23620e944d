"""The sentences a correction can start from: what the review report says the reader missed.

Each unread sentence (it looks like a relation but gave no edge) and each
unknown title (a title-like phrase placed nowhere) becomes a dict with the
span a new correction cites: ``kind`` ("unread"/"title"), ``where``, ``quote``,
``start``, ``end`` and ``titles`` (the positions it names, to pre-fill the ends).
An unknown title cites the smallest provision holding it.
"""

from __future__ import annotations

from loader.model import Extraction, Provision
from loader.review.analysis import Review


def review_sentences(review: Review) -> list[dict]:
    """Unread sentences, then unknown titles, in text order within each."""
    out = [
        {
            "kind": "unread",
            "where": u.where,
            "quote": u.quote,
            "start": u.start,
            "end": u.end,
            "titles": list(u.positions),
        }
        for u in review.unread
    ]
    x = review.extraction
    for mention in x.unknown_titles:
        holder = smallest_provision(x, mention.start, mention.end)
        if holder is not None:
            out.append(
                {
                    "kind": "title",
                    "where": holder.where,
                    "quote": holder.text,
                    "start": holder.start,
                    "end": holder.end,
                    "titles": [mention.title],
                }
            )
    return out


def smallest_provision(x: Extraction, start: int, end: int) -> Provision | None:
    holders = [p for p in x.provisions if p.start <= start and p.end >= end]
    return min(holders, key=lambda p: p.end - p.start, default=None)


def unit_type_for(where: str, unit_types: list[dict], wide_uid: str) -> str:
    """The unit type a sentence speaks of: its Lampiran's (by the ``where`` of the type), else
    the regulation-wide one (a sentence of the body)."""
    parts = where.split()
    if len(parts) > 1 and parts[0] == "Lampiran":
        for ut in unit_types:
            if ut.get("where") == parts[1]:
                return ut["uid"]
    return wide_uid
