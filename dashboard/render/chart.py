"""Org charts as self-contained vis-network HTML (through pyvis), levels from PositionClass.rank.

Input is the edge rows of the org-chart queries, one dict per edge with the keys
``source_uid, source, source_class, target_uid, target, target_class, type,
condition, where, quote`` (extra keys are ignored). The HTML inlines
vis-network's script and style from the pyvis package and links to no URL, so it
works offline and as a downloaded file (issue 5: no CDN).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from pyvis.network import Network

from dashboard import messages
from dashboard.render.layout import levels
from dashboard.render.links import provision_href
from dashboard.render.palette import (
    CLASS_FILL,
    CORRECTED_COLOUR,
    EDGE_STYLES,
    PARTY_BORDER_DASHES,
    edge_style,
    position_class,
)
from dashboard.render.titles import display_title
from dashboard.render.vis_page import (  # noqa: F401 - the chart page, for callers of chart
    CHART_CHROME_PX,
    MIN_LABEL_PX,
    ORG_CHART_STATUS,
    frame_height,
    vis_page,
)
from loader.model import PositionClass, Role

_QUOTE_CHARS = 280  # a tooltip shows the start of the sentence; the table holds it whole

OPTIONS = {
    "layout": {
        "hierarchical": {
            "enabled": True,
            "direction": "UD",
            "levelSeparation": 140,
            "nodeSpacing": 190,
            "treeSpacing": 220,
            # Edge minimisation and block shifting cost ~4 s on a 300-position chart in
            # Chromium (bench/dashboard.py); without them it draws in ~0.6 s.
            "edgeMinimization": False,
            "blockShifting": False,
        }
    },
    "physics": {"enabled": False},  # levels are given; a layout without physics draws at once
    "nodes": {
        "shape": "box",
        "margin": 8,
        "widthConstraint": {"maximum": 170},
        "font": {"size": 14, "face": "sans-serif", "color": "#111111"},
        "color": {"border": "#444444"},
    },
    "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.6}}, "width": 2},
    "interaction": {"hover": True, "tooltipDelay": 120, "multiselect": True},
}


def of_types(rows: Iterable[Mapping], types: Iterable[str] | None = None) -> list[dict]:
    """The edges of the chosen ``types`` (all when None); which apply to a jenjang is decided
    before, by ``checks.chart.chart_edges`` (the one precedence)."""
    wanted = None if types is None else set(types)
    return [dict(row) for row in rows if wanted is None or row.get("type") in wanted]


def edge_tooltip(row: Mapping) -> str:
    """Plain text shown when hovering an edge: relation, endpoints, article, condition, quote."""
    ends = f"{display_title(row.get('source'))} → {display_title(row.get('target'))}"
    lines = [edge_style(row.get("type", "")).label, ends]
    if row.get("where"):
        lines.append(str(row["where"]))
    if row.get("condition"):
        lines.append(f"Syarat: {row['condition']}")
    quote = " ".join(str(row.get("quote") or "").split())
    if quote:
        lines.append(clip_quote(quote))
    if row.get("correction"):
        lines.append(correction_note(row["correction"]))
    return "\n".join(lines)


def correction_note(mark: Mapping) -> str:
    """The "dikoreksi" hover line: what the correction did, its reason and author."""
    kind = messages.CORRECTION_KINDS.get(mark.get("kind"), mark.get("kind"))
    return messages.CORRECTED_NOTE.format(
        kind=kind, reason=mark.get("reason", ""), author=mark.get("author", "")
    )


def clip_quote(quote: str) -> str:
    """A quote for a tooltip: its start, in quotation marks (the table holds it whole)."""
    cut = quote if len(quote) <= _QUOTE_CHARS else quote[:_QUOTE_CHARS].rstrip() + " …"
    return f"“{cut}”"


def build_network(
    rows: Iterable[Mapping], positions: Iterable[Mapping] = (), link_hint: str | None = None
) -> Network:
    """A pyvis Network of the edges (and of lone ``positions``: dicts with uid, title, class).

    With ``link_hint`` (the tooltip line saying a click opens the provision), each edge
    with a provision carries ``link``, its Sumber Hukum address (``links.provision_href``).
    """
    net = Network(directed=True, cdn_resources="in_line")
    rows, positions = list(rows), list(positions)
    depth = levels(rows, positions)
    for node in positions:
        extras = node_extras(node)
        _add_node(net, node["uid"], node["title"], node.get("class"), extras, depth)
    parallel: dict[tuple[str, str], int] = {}
    for row in rows:
        pair = (row["source_uid"], row["target_uid"])
        parallel[pair] = parallel.get(pair, 0) + 1
    drawn: dict[tuple[str, str], int] = {}
    for row in rows:
        _add_node(net, row["source_uid"], row["source"], row.get("source_class"), (), depth)
        _add_node(net, row["target_uid"], row["target"], row.get("target_class"), (), depth)
        pair = (row["source_uid"], row["target_uid"])
        drawn[pair] = drawn.get(pair, 0) + 1
        style = edge_style(row["type"])
        link = provision_href(row.get("provision_uid"), row.get("quote")) if link_hint else None
        tip = edge_tooltip(row) + (f"\n{link_hint}" if link else "")
        net.add_edge(
            *pair,
            color=style.colour,
            dashes=list(style.dashes) if style.dashes else False,
            smooth=_smooth(parallel[pair], drawn[pair]),
            tip=tip,
            **({"link": link} if link else {}),
            **(_corrected() if row.get("correction") else {}),
        )
    return net


def _corrected() -> dict:
    """How a corrected edge stands out: thicker, shadowed, labelled "dikoreksi"."""
    return {
        "width": 4,
        "label": messages.CORRECTED_BADGE,
        "font": {"color": CORRECTED_COLOUR, "size": 12, "strokeWidth": 3},
        "shadow": {"enabled": True, "color": CORRECTED_COLOUR, "size": 6},
    }


def _smooth(count: int, nth: int) -> dict:
    """Edges curve downwards; parallel edges between one pair bend apart so each stays visible."""
    roundness = 0.4 if count == 1 else min(0.15 + 0.2 * (nth - 1), 0.95)
    return {
        "enabled": True,
        "type": "cubicBezier",
        "forceDirection": "vertical",
        "roundness": roundness,
    }


ROLE_LABELS = {
    Role.PEJABAT_PENILAI_KINERJA: "Pejabat Penilai Kinerja",
    Role.PIMPINAN_UNIT_ORGANISASI: "Pimpinan Unit Organisasi",
    Role.PEMILIK_KINERJA: "Pemilik Kinerja",
    Role.KETUA_TIM: "Ketua Tim",
}


def node_extras(node: Mapping) -> list[str]:
    """Tooltip lines for a position: its jenjang and the roles the regulation gives it."""
    lines = []
    if node.get("jenjang"):
        lines.append(f"Jenjang: {', '.join(node['jenjang'])}")
    roles = [ROLE_LABELS.get(r, str(r)) for r in node.get("roles") or []]
    if roles:
        lines.append(f"Peran: {', '.join(roles)}")
    return lines


def _add_node(net: Network, uid, title, cls_name, extras, depth: Mapping[str, int]) -> None:
    if uid in net.node_map:
        return
    cls = position_class(cls_name)
    label = display_title(title)
    if cls is PositionClass.PIHAK:
        tip = "\n".join([label, messages.PARTY_TIP, *extras])
        look = {"shapeProperties": {"borderDashes": PARTY_BORDER_DASHES}, "borderWidth": 1.5}
        look["font"] = {"ital": True, "color": "#444444"}
    else:
        tip, look = "\n".join([label, f"Kelas: {cls.value}", *extras]), {}
    net.add_node(
        uid, label=label, level=depth[uid], color=CLASS_FILL[cls], tip=tip, shape="box", **look
    )


def legend_items(rows: Iterable[Mapping]) -> list[dict]:
    """Legend entries (label, colour, dashes) for the edge types present, in EdgeType order."""
    rows = list(rows)
    present = {row["type"] for row in rows}
    items = [
        {"label": s.label, "colour": s.colour, "dashes": list(s.dashes) if s.dashes else []}
        for t, s in EDGE_STYLES.items()
        if t.value in present
    ]
    if any(row.get("correction") for row in rows):
        items.append({"label": messages.CORRECTED_LEGEND, "colour": CORRECTED_COLOUR, "dashes": []})
    if any(
        PositionClass.PIHAK.value in (r.get("source_class"), r.get("target_class")) for r in rows
    ):
        items.append(
            {"label": messages.PARTY_LEGEND, "colour": "#444444", "dashes": PARTY_BORDER_DASHES}
            | {"box": True}
        )
    return items


def org_chart_html(
    rows: Iterable[Mapping],
    positions: Iterable[Mapping] = (),
    *,
    title: str = "",
    height: int = 640,
    link_hint: str | None = None,
) -> str:
    """The self-contained HTML page of an org chart; ``height`` is the drawing's height in px.

    ``link_hint`` makes each edge open its provision in Sumber Hukum when clicked (for
    the page's frame; a downloaded file has no server to open it on).
    """
    rows = list(rows)
    net = build_network(rows, positions, link_hint)
    posts = sum(1 for n in net.nodes if "shapeProperties" not in n)  # a party is no post
    status = ORG_CHART_STATUS.format(nodes=posts, edges=len(net.edges))
    legend, note = legend_items(rows), lone_note(net)
    return vis_page(
        net.nodes, net.edges, OPTIONS, legend, title=title, height=height, status=status, note=note
    )


def lone_note(net: Network) -> str:
    """The note under the legend naming the boxes no drawn edge touches ("" when none, or when
    the chart has no edge at all): the regulation names them in this section, but no sentence
    gives them a relation of the types shown. Their tooltips say so too."""
    touched = {e["from"] for e in net.edges} | {e["to"] for e in net.edges}
    lone = [n for n in net.nodes if n["id"] not in touched]
    if not lone or not net.edges:
        return ""
    for node in lone:
        node["tip"] += f"\n{messages.LONE_TIP}"
    return messages.LONE_NOTE.format(titles=", ".join(str(n["label"]) for n in lone))
