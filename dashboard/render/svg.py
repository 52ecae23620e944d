"""A static SVG of an org chart, for download: rows by PositionClass.rank, lines by edge type.

vis-network draws on a canvas and cannot export vectors, so this simple layered
drawing is made here in Python from the same edge rows as ``chart.py`` (same
colours, dashes and legend). No script, no external reference.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from xml.sax.saxutils import escape

from dashboard import messages
from dashboard.render.layout import levels
from dashboard.render.palette import (
    CLASS_FILL,
    EDGE_STYLES,
    PARTY_BORDER_DASHES,
    edge_style,
    position_class,
)
from dashboard.render.titles import display_title
from loader.model import PositionClass

BOX_W, BOX_H, GAP_X, GAP_Y, MARGIN, LEGEND_H = 170, 44, 30, 90, 20, 26
MIN_WIDTH = 640  # room for a legend line or two above a narrow chart


def _nodes(rows: list[Mapping]) -> dict[str, dict]:
    """Boxes by uid, each on the row the interactive chart gives it (``layout.levels``)."""
    depth = levels(rows)
    nodes: dict[str, dict] = {}
    for row in rows:
        for end in ("source", "target"):
            uid = row[f"{end}_uid"]
            if uid not in nodes:
                cls = position_class(row.get(f"{end}_class"))
                nodes[uid] = {"title": display_title(row[end]), "cls": cls, "rank": depth[uid]}
    return nodes


def _legend(rows: list[Mapping], width: int) -> tuple[list[str], int]:
    """Legend entries for the edge types present, wrapped to ``width``; and the lines used."""
    present = {row["type"] for row in rows}
    parts, x, y = [], MARGIN, MARGIN
    entries = [
        (s.label, s.colour, s.dashes, "line") for t, s in EDGE_STYLES.items() if t in present
    ]
    if any(n["cls"] is PositionClass.PIHAK for n in _nodes(rows).values()):
        entries.append((messages.PARTY_LEGEND, "#444444", PARTY_BORDER_DASHES, "box"))
    for label, colour, dashes, kind in entries:
        step = 60 + 7 * len(label)
        if x > MARGIN and x + step > width - MARGIN:
            x, y = MARGIN, y + LEGEND_H
        dash = " ".join(map(str, dashes)) if dashes else "none"
        shape = (
            f'<rect x="{x}" y="{y - 7}" width="30" height="14" fill="#ffffff" '
            if kind == "box"
            else f'<line x1="{x}" y1="{y}" x2="{x + 30}" y2="{y}" stroke-width="3" '
        )
        parts.append(
            f'{shape}stroke="{colour}" stroke-dasharray="{dash}"/>'
            f'<text x="{x + 36}" y="{y + 4}">{escape(label)}</text>'
        )
        x += step
    return parts, (y - MARGIN) // LEGEND_H + 1


def _layout(nodes: dict[str, dict], legend_lines: int = 1) -> tuple[int, int]:
    """Place nodes row by row, in title order; returns the drawing's width and height."""
    ranks = sorted({n["rank"] for n in nodes.values()})
    widest = 1
    for row_no, rank in enumerate(ranks):
        members = sorted((n for n in nodes.values() if n["rank"] == rank), key=lambda n: n["title"])
        widest = max(widest, len(members))
        for i, node in enumerate(members):
            node["x"] = MARGIN + i * (BOX_W + GAP_X)
            node["y"] = MARGIN + LEGEND_H * (legend_lines + 1) + row_no * (BOX_H + GAP_Y)
    width = 2 * MARGIN + widest * (BOX_W + GAP_X)
    height = 2 * MARGIN + LEGEND_H * (legend_lines + 1) + len(ranks) * (BOX_H + GAP_Y)
    return width, height


def _label(title: str) -> str:
    lines, line = [], ""
    for word in title.split():
        if line and len(line) + len(word) > 24:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    tspans = [
        f'<tspan x="{BOX_W / 2}" dy="{0 if i == 0 else 13}">{escape(t)}</tspan>'
        for i, t in enumerate(lines[:3])
    ]
    return "".join(tspans)


def org_chart_svg(rows: Iterable[Mapping]) -> str:
    """The SVG document of the chart of ``rows`` (edge dicts as for ``chart.org_chart_html``)."""
    rows = list(rows)
    nodes = _nodes(rows)
    width, _ = _layout(nodes)
    width = max(width, MIN_WIDTH)
    legend, lines = _legend(rows, width)
    _, height = _layout(nodes, lines)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        'font-family="sans-serif" font-size="11">',
        '<rect width="100%" height="100%" fill="#ffffff"/>',
        *legend,
    ]
    for row in rows:
        a, b, style = nodes[row["source_uid"]], nodes[row["target_uid"]], edge_style(row["type"])
        dash = " ".join(map(str, style.dashes)) if style.dashes else "none"
        parts.append(
            f'<line x1="{a["x"] + BOX_W / 2}" y1="{a["y"] + BOX_H}" '
            f'x2="{b["x"] + BOX_W / 2}" y2="{b["y"]}" stroke="{style.colour}" '
            f'stroke-width="2" stroke-dasharray="{dash}"/>'
        )
    for node in nodes.values():
        parts.append(
            f'<g transform="translate({node["x"]},{node["y"]})">'
            f'<rect width="{BOX_W}" height="{BOX_H}" rx="5" fill="{CLASS_FILL[node["cls"]]}" '
            f'stroke="#444444"{_border(node)}/><text y="16" text-anchor="middle">'
            f"{_label(node['title'])}"
            "</text></g>"
        )
    parts.append("</svg>")
    return "\n".join(parts)


def _border(node: Mapping) -> str:
    """A party that is no post ("individu", "tim kerja") has a dashed border, as on screen."""
    if node["cls"] is not PositionClass.PIHAK:
        return ""
    return f' stroke-dasharray="{" ".join(map(str, PARTY_BORDER_DASHES))}"'
