"""The self-contained HTML page that shows a vis-network drawing: an org chart or a team chart.

The page (``chart_template.html``) inlines vis-network's script and style from the pyvis
package and links to no URL, so it works offline and as a downloaded file (issue 5: no CDN).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from importlib import resources
from pathlib import Path

from dashboard import messages

_VIS_DIR = Path(resources.files("pyvis")) / "lib" / "vis-9.1.2"
_TEMPLATE = Path(__file__).with_name("chart_template.html")
_TOKEN = re.compile(r"/\*@(\w+)@\*/")
# Labels never render smaller than this (issue 14): a chart too wide to fit at this size is
# panned (drag) instead of zoomed out. Streamlit's own small text is 12-14 px.
MIN_LABEL_PX = 11


CHART_CHROME_PX = 180  # above the drawing: title, legend of up to three lines, buttons, hint


def frame_height(drawing_px: int) -> int:
    """The height of the page frame that shows a chart whose drawing is ``drawing_px`` high,
    so the drawing's lower rows are not cut off by the frame."""
    return drawing_px + CHART_CHROME_PX


ORG_CHART_STATUS = "{nodes} jabatan, {edges} relasi"  # the count under the chart's buttons


def vis_page(
    nodes,
    edges,
    options: Mapping,
    legend,
    *,
    title: str,
    height: int,
    status: str = "",
    note: str = "",
) -> str:
    """Nodes and edges as one HTML page with vis-network inlined (``chart_template.html``).

    ``status`` is the count shown under the buttons, already worded: an org chart's boxes
    are positions, a team chart's are people.
    """
    payload = {
        "status": status or ORG_CHART_STATUS.format(nodes=len(nodes), edges=len(edges)),
        "nodes": nodes,
        "edges": edges,
        "options": options,
        "legend": legend,
        "title": title,
        "height": height,
        "minScale": MIN_LABEL_PX / options["nodes"]["font"]["size"],
        "hint": messages.CHART_DRAG_HINT,
        "note": note,  # under the legend: boxes without a drawn relation (lone_note)
    }
    values = {
        "VIS_CSS": (_VIS_DIR / "vis-network.css").read_text(encoding="utf-8"),
        "VIS_JS": (_VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8"),
        "DATA": _script_json(payload),
    }
    template = _TEMPLATE.read_text(encoding="utf-8")
    return _TOKEN.sub(lambda m: values[m.group(1)], template)


def _script_json(value: object) -> str:
    """JSON safe inside a <script> element: no '</script>' or '<!--' can close it early."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
