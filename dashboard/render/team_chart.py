"""One cross-unit team as a self-contained vis-network chart (the org chart's offline template).

Nodes: the team, its lead and members (filled by home unit, with a legend), and
each member's appraiser as the regulation implies it. Lines: member -> team,
lead -> team, member -> implied appraiser (dashed). Hovering a line shows the
provision it rests on. Input is ``render.people.team_members`` output plus a
NIP -> employee mapping (``by_nip`` of ``employees`` or reconciliation rows).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from dashboard.render import chart
from dashboard.render.palette import EDGE_STYLES
from dashboard.render.titles import display_title
from loader.model import EdgeType

# Okabe-Ito hues for borders and legend lines; the fills are the same hues made pale. The
# vermilion and orange of the appraiser and lead lines are left out, so no unit looks like a line.
UNIT_COLOURS = (
    "#0072B2",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#F0E442",
    "#000000",
    "#999999",
)
TEAM_FILL = "#FFFFFF"
MEMBER_EDGE = {"label": "Anggota tim", "colour": "#555555", "dashes": []}
LEAD_EDGE = {
    "label": "Ketua tim (memberi rekomendasi penilaian)",
    "colour": EDGE_STYLES[EdgeType.COORDINATES].colour,
    "dashes": [],
}
APPRAISER_EDGE = {
    "label": "Penilai menurut peraturan",
    "colour": EDGE_STYLES[EdgeType.APPRAISES].colour,
    "dashes": [8, 4],
}
# Rows instead of a force layout (issue 14: physics left boxes on top of each other): the
# appraisers the regulation implies on top, the lead and members in the middle, the team below.
APPRAISER_ROW, PEOPLE_ROW, TEAM_ROW = 0, 1, 2
OPTIONS = {
    "layout": {
        "hierarchical": {
            "enabled": True,
            "direction": "UD",
            "levelSeparation": 150,
            "nodeSpacing": 200,  # wider than a box (widthConstraint 180): boxes never touch
            "sortMethod": "directed",
        }
    },
    "physics": {"enabled": False},
    "nodes": {
        "shape": "box",
        "margin": 8,
        "widthConstraint": {"maximum": 180},
        "font": {"size": 14, "face": "sans-serif", "color": "#111111"},
        "borderWidth": 2,
    },
    "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.6}}, "width": 2},
    "interaction": {"hover": True, "tooltipDelay": 120},
}


def pale(hex_colour: str, keep: float = 0.35) -> str:
    """``hex_colour`` mixed with white (``keep`` of the colour), for a readable node fill."""
    rgb = [int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)]
    mixed = [round(255 - (255 - c) * keep) for c in rgb]
    return "#" + "".join(f"{c:02X}" for c in mixed)


def unit_colours(units: Sequence[str]) -> dict[str, str]:
    """Unit -> hue, in the order given (the palette repeats beyond eight units)."""
    ordered = list(dict.fromkeys(u for u in units if u))
    return {u: UNIT_COLOURS[i % len(UNIT_COLOURS)] for i, u in enumerate(ordered)}


def provision_tip(head: str, where: str | None, quote: str | None) -> str:
    lines = [head]
    if where:
        lines.append(str(where))
    text = " ".join(str(quote or "").split())
    if text:
        lines.append(chart.clip_quote(text))
    return "\n".join(lines)


def team_graph(
    members: Sequence[Mapping], people: Mapping[str, Mapping]
) -> tuple[list[dict], list[dict], list[dict]]:
    """(nodes, edges, legend) of one team; empty lists for a team without members."""
    if not members:
        return [], [], []
    first = members[0]
    team_id = f"tim:{first['kode']}"
    units = [first.get("lead_unit") or ""] + [m.get("member_unit") or "" for m in members]
    appraiser_units = [
        people.get(nip, {}).get("unit") or "" for m in members for nip in m.get("implied_nips", [])
    ]
    colours = unit_colours(units + appraiser_units)
    nodes: dict[str, dict] = {}

    def add_person(nip: str, nama: str, jabatan: str, unit: str, role: str) -> None:
        if nip in nodes:
            return
        hue = colours.get(unit, "#777777")
        tip = "\n".join(x for x in (nama, f"NIP {nip}", jabatan, unit, role) if x)
        nodes[nip] = {
            "id": nip,
            "level": PEOPLE_ROW if role != APPRAISER_EDGE["label"] else APPRAISER_ROW,
            "label": f"{nama}\n{display_title(jabatan)}" if jabatan else nama,
            "color": {"background": pale(hue), "border": hue},
            "tip": tip,
        }

    nodes[team_id] = {
        "id": team_id,
        "label": f"{first['kode']}\n{first['nama']}",
        "shape": "ellipse",
        "level": TEAM_ROW,
        "color": {"background": TEAM_FILL, "border": "#111111"},
        "borderWidth": 3,
        "tip": "\n".join(
            x
            for x in (
                f"{first['kode']} - {first['nama']}",
                f"Pemilik kinerja: {first.get('owner') or '-'}",
                f"Periode: {first['periode']}" if first.get("periode") else "",
            )
            if x
        ),
    }
    lead = first.get("lead_nip")
    if lead:
        add_person(
            lead,
            first.get("lead_nama") or lead,
            first.get("lead_jabatan") or "",
            first.get("lead_unit") or "",
            "Ketua tim",
        )
    edges = []
    if lead:
        tip = provision_tip(
            f"{first.get('lead_nama')} memimpin {first['kode']} dan memberi rekomendasi penilaian",
            first.get("recommends_where"),
            first.get("recommends_quote"),
        )
        edges.append(_edge(lead, team_id, LEAD_EDGE, tip, width=4))
    if lead and lead in nodes:
        nodes[lead]["level"] = PEOPLE_ROW
    for m in members:
        nip = m["member_nip"]
        if nip in nodes:  # met first as someone's appraiser: a member's row all the same
            nodes[nip]["level"] = PEOPLE_ROW
        add_person(
            nip,
            m.get("member_nama") or nip,
            m.get("member_jabatan") or "",
            m.get("member_unit") or "",
            "Anggota tim",
        )
        edges.append(_edge(nip, team_id, MEMBER_EDGE, f"{m.get('member_nama')} anggota tim"))
        for boss in m.get("implied_nips", []):
            who = people.get(boss, {})
            add_person(
                boss,
                who.get("nama") or boss,
                who.get("jabatan") or "",
                who.get("unit") or "",
                "Penilai menurut peraturan",
            )
            tip = provision_tip(
                f"{who.get('nama') or boss} menilai kinerja {m.get('member_nama')}",
                m.get("implied_where"),
                m.get("implied_quote"),
            )
            edges.append(_edge(nip, boss, APPRAISER_EDGE, tip))
    for e in edges:  # a line between two boxes of one row arcs over the boxes between them
        if nodes[e["from"]]["level"] == nodes[e["to"]]["level"]:
            e["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.4}
    legend = [MEMBER_EDGE, LEAD_EDGE, APPRAISER_EDGE] + [
        {"label": f"Unit asal: {unit}", "colour": hue, "dashes": []}
        for unit, hue in colours.items()
    ]
    return list(nodes.values()), edges, legend


def _edge(source: str, target: str, style: Mapping, tip: str, width: int = 2) -> dict:
    return {
        "from": source,
        "to": target,
        "color": style["colour"],
        "dashes": list(style["dashes"]) or False,
        "width": width,
        "tip": tip,
    }


def team_chart_html(
    members: Sequence[Mapping],
    people: Mapping[str, Mapping],
    *,
    title: str = "",
    height=520,
    status: str = "{people} orang, {edges} garis",
) -> str:
    """The team chart as one HTML page with vis-network inlined (no URL is fetched).

    ``status`` words the count under the buttons: its boxes are people and the team.
    """
    nodes, edges, legend = team_graph(members, people)
    count = sum(not str(n["id"]).startswith("tim:") for n in nodes)
    worded = status.format(people=count, edges=len(edges))
    return chart.vis_page(nodes, edges, OPTIONS, legend, title=title, height=height, status=worded)
