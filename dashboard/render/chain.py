"""Chains of accountability as the page shows them: one dict per hop, read upward.

The chains come from ``checks.chain`` (the one precedence, walked on a structure read
once); this module only turns each ``ChainHop`` into the keys the citation blocks,
provision links and tables take (``source``/``target`` as in the edge tables).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from checks.chain import ChainHop
from checks.structure import Structure


def provisions_of(chains: Iterable[Sequence[ChainHop]]) -> list[str]:
    """The provision uids the hops cite, once each, for one read of their texts."""
    return list(dict.fromkeys(h.cite.provision for c in chains for h in c if h.cite.provision))


def superior_title(hop: ChainHop) -> str:
    """'Kepala Dinas/Badan Daerah (Jabatan Tinggi Pratama)': the unit's own holder of a
    regulation-wide superior, with the title the rule uses."""
    if hop.next.uid == hop.superior.uid:
        return hop.superior.title
    return f"{hop.next.title} ({hop.superior.title})"


def hop_rows(
    chain: Sequence[ChainHop], structure: Structure, texts: Mapping[str, str]
) -> list[dict]:
    """Each hop as a row: who answers to whom, by which relation, where the regulation says so."""
    return [
        {
            "target": hop.subject.title,
            "target_uid": hop.subject.uid,
            "source": superior_title(hop),
            "source_uid": hop.next.uid,
            "type": hop.type.value,
            "where": hop.cite.where,
            "quote": hop.cite.quote,
            "provision_uid": hop.cite.provision,
            "provision_text": texts.get(hop.cite.provision or ""),
            "regulation": structure.label,
            "regulation_uid": structure.regulation,
            "alternatives": hop.alternatives,
            "delegated": hop.delegated,
        }
        for hop in chain
    ]


def chain_label(rows: Sequence[Mapping]) -> str:
    """'Pelaksana ← Kepala Seksi ← Camat': the chain read from the start position upward."""
    if not rows:
        return ""
    return " ← ".join([rows[0]["target"], *(row["source"] for row in rows)])
