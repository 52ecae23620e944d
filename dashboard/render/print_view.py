"""Print views (issue 14): an org chart with its edge table and citations, and a chain, as one
self-contained HTML page with ``@media print`` rules (A4 landscape, the table header
repeated on each page, no row split across pages, the print button hidden).

No PDF library: the browser's own "Print / Save as PDF" prints this page, and the
analyst can read it offline first. Every text from the graph is escaped; the
drawing is ``svg.org_chart_svg``, which escapes its own labels.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from dashboard.render import svg, tables

_TEMPLATE = Path(__file__).with_name("print_template.html")
_TOKEN = re.compile(r"/\*@(\w+)@\*/")


def page(title: str, meta: str, body: str, print_label: str) -> str:
    """The print page around ``body`` (HTML made here); ``title``/``meta`` are plain text."""
    values = {
        "TITLE": html.escape(title),
        "META": html.escape(meta),
        "PRINT": html.escape(print_label),
        "BODY": body,
    }
    return _TOKEN.sub(lambda m: values[m.group(1)], _TEMPLATE.read_text(encoding="utf-8"))


def _section(heading: str, inner: str) -> str:
    return f"<h2>{html.escape(heading)}</h2>\n{inner}"


def org_chart_page(
    edges: Sequence[Mapping], *, title: str, meta: str, texts: Mapping[str, str]
) -> str:
    """The org chart drawn as SVG, then every edge with its article and verbatim quote.

    ``texts`` holds ``drawing``, ``edges`` (section headings) and ``print`` (the button).
    """
    table = tables.blanks(tables.edges_frame(edges)).to_html(index=False, escape=True, border=0)
    body = "\n".join(
        [
            _section(texts["drawing"], f'<div class="gambar">{svg.org_chart_svg(edges)}</div>'),
            _section(texts["edges"], table),
        ]
    )
    return page(title, meta, body, texts["print"])


def citation(hop: Mapping) -> str:
    """One hop's article (with its regulation) and quote, escaped."""
    where = ", ".join(str(x) for x in (hop.get("regulation"), hop.get("where")) if x)
    return (
        f'<div class="kutipan"><div class="letak">{html.escape(where)}</div>'
        f"<div>“{html.escape(str(hop.get('quote') or ''))}”</div></div>"
    )


def chain_page(
    sections: Sequence[tuple[str, Sequence[tuple[str, Sequence[Mapping]]]]],
    *,
    title: str,
    meta: str,
    texts: Mapping[str, str],
) -> str:
    """Chains by heading (an edge type): each chain's label, then one citation per hop.

    ``texts`` holds ``none`` (said under a heading without chains) and ``print``.
    """
    parts = []
    for heading, chains in sections:
        inner = [
            f'<div class="rantai"><h3>{html.escape(label)}</h3>'
            + "".join(citation(hop) for hop in hops)
            + "</div>"
            for label, hops in chains
        ] or [f"<p>{html.escape(texts['none'])}</p>"]
        parts.append(_section(heading, "\n".join(inner)))
    return page(title, meta, "\n".join(parts), texts["print"])
