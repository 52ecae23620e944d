"""Rules written as records: one "Label: value" line per relation, as a terse drafter lists them.

"1. Jabatan: Sekretaris Camat" / "PPK: Camat" / "Pemberi tugas: Camat": a label naming the
post ("Jabatan") gives the post the record is about, and a label naming a relation gives who
holds that relation for it, as a table's header names its columns (the ``[[table_column]]``
rows of ``structure.toml``: a record is a table row written down the page). The post may
instead be the point's title ("a. Seklur" / "PPK: Lurah") or the title point above it. A value
may name its own parties: "PPK: Lurah, bagi A dan B" (the holder, then for whom) and
"Pemberi penugasan: Lurah kepada A; A kepada B" (each step the giver, then the receiver); a
label naming a flow of reports (``record_flow``: "Alur laporan: A kepada B, B kepada C") makes
each receiver the reviewer of its sender.
"""

from __future__ import annotations

import bisect
import re

from loader.model import EdgeType
from loader.reading.table_cells import named_meaning

FLOW = "flow"
# a line opening with a label and a colon, a value after it on the line
_LABELLED = re.compile(
    r"^[ \t]*(?:(?:\d{1,2}|[a-zA-Z])[.)][ \t]+)?(?:[-•*][ \t]+)?[^\W\d_][^:\n]{0,60}:[ \t]*\S", re.M
)


def record_rows(block, rules, reader, inherited) -> list[tuple]:
    """(edge type, source list, target list, clean span, situation) of each relation a
    record in ``block`` gives; empty when the block holds no record (most hold none).
    ``reader()`` makes the cell reader, only for a block that holds a record."""
    source = block.clean.source
    if not _LABELLED.search(source, source.rfind("\n", 0, block.start) + 1, block.end):
        return []  # one scan: most blocks have no line opening with a label and a colon
    fields, title = _fields(block, rules.structure)
    if not any(isinstance(m, EdgeType) or m == FLOW for m, _ in fields):
        return []
    read_cell = reader()
    post = next((read_cell(v, None, True) for m, v in fields if m == "jabatan"), None)
    if post is None and title and rules.structure.layout["title_line"].match(source, *title[0]):
        post = read_cell(title)
    post = post or inherited
    index, source = block.clean.index, block.clean.source
    clause, out = rules.structure.clause, []
    for meaning, pieces in fields:
        if not (isinstance(meaning, EdgeType) or meaning == FLOW):
            continue
        span = (bisect.bisect_left(index, pieces[0][0]), bisect.bisect_left(index, pieces[-1][1]))
        for a, b in _steps(source, pieces):
            for edge, giver, taker in _parties(clause, source, (a, b), meaning, post, read_cell):
                out.append((edge, giver, taker, span, ""))
    return out


def _fields(block, structure) -> tuple[list, list]:
    """The record's fields as (meaning, value pieces), and the pieces of a first line that has
    no label (the point's title); a line with no label after a field goes on with its value."""
    source, clause = block.clean.source, structure.clause
    fields, title = [], []
    for a, b in _lines(source, block.spans):
        m = clause["record_field"].match(source, a, b)
        label = m.group("label") if m else ""
        flow = m and clause["record_flow"].search(label)
        meaning = m and (FLOW if flow else named_meaning(label, structure.table_columns))
        if m and meaning:
            fields.append((meaning, [m.span("value")]))
        elif fields:
            fields[-1][1].append((a, b))
        elif not title:
            title = [(a, b)]
        else:
            return [], []  # prose, no record
    return fields, title


def _lines(source: str, spans) -> list[tuple[int, int]]:
    out = []
    for a, b in spans:
        for m in re.finditer(r"[^\n]+", source[a:b]):
            if m.group(0).strip():
                s = a + m.start() + len(m.group(0)) - len(m.group(0).lstrip())
                out.append((s, a + m.start() + len(m.group(0).rstrip())))
    return out


def _steps(source: str, pieces) -> list[tuple[int, int]]:
    """The value's steps, parted by semicolons (one value is one line here)."""
    a, b = pieces[0][0], pieces[-1][1]
    out, start = [], a
    for m in re.finditer(";", source[a:b]):
        out.append((start, a + m.start()))
        start = a + m.end()
    out.append((start, b))
    return [(s, e) for s, e in out if source[s:e].strip()]


def _parties(clause, source: str, step: tuple[int, int], meaning, post, read_cell):
    """(edge, source, target) of one step of a value; its words are ``record_*`` rows."""
    a, b = step
    text = source[a:b]
    edge = EdgeType.REVIEWS_RESULTS_OF if meaning == FLOW else meaning
    cuts = list(clause["record_to"].finditer(text))
    if cuts:
        senders = (a, a + cuts[0].start())
        for k, cut in enumerate(cuts):
            end = a + cuts[k + 1].start() if k + 1 < len(cuts) else b
            run = (a + cut.end(), end)
            comma = clause["record_step_comma"].search(source, *run) if k + 1 < len(cuts) else None
            receivers = (run[0], comma.start()) if comma else run
            giver, taker = read_cell([senders]), read_cell([receivers])
            if giver and taker:
                yield (edge, taker, giver) if meaning == FLOW else (edge, giver, taker)
            senders = (comma.end(), end) if comma else run
        return
    if meaning == FLOW:
        return
    bagi = clause["record_for"].search(text)
    if bagi and bagi.start() > 0:
        holder, held = read_cell([(a, a + bagi.start())]), read_cell([(a + bagi.end(), b)])
        if holder and held:
            yield edge, holder, held
        return
    holder = read_cell([(a, b)])
    if holder and post:
        yield edge, holder, post
