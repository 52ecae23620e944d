"""In Chromium: no line of an org chart runs through a box other than its two ends (issue 14.8).

Buton's "Seluruh Perangkat Daerah" rules go from the JPT and the Administrator past the
Pengawas row to the functional positions; drawn as straight vertical curves, those lines
crossed the boxes of the rows between. Points along every drawn edge are sampled from
vis-network and checked against every other box.
"""

from __future__ import annotations

import pytest

from dashboard.render import chart, rows
from tests.browser.test_charts import open_chart

pytestmark = pytest.mark.browser

CROSSINGS = """() => {
  const net = window.bagan, out = [];
  const boxes = net.body.nodeIndices.map(id => [id, net.getBoundingBox(id)]);
  for (const id of net.body.edgeIndices) {
    const e = net.body.edges[id];
    for (let i = 1; i < 20; i++) {
      const p = e.edgeType.getPoint(i / 20);
      for (const [node, b] of boxes) {
        if (node === e.fromId || node === e.toId) continue;
        if (p.x > b.left && p.x < b.right && p.y > b.top && p.y < b.bottom) {
          out.push(e.fromId + ' -> ' + e.toId + ' through ' + node);
          break;
        }
      }
    }
  }
  return [...new Set(out)];
}"""


@pytest.mark.parametrize("regency", ["Kabupaten Buton", "Kabupaten Tabalong"])
def test_no_line_runs_through_another_box(browser, tmp_path, loaded_store, regency):
    types = loaded_store.query("unit_types", {"regency": regency}).rows
    seluruh = next(t for t in types if t["name"] == "Seluruh Perangkat Daerah")
    found = loaded_store.query("org_chart_unit_type", {"unit_type": seluruh["uid"]})
    edges, positions = rows.org_chart(found.rows)
    tab = open_chart(browser, tmp_path, chart.org_chart_html(edges, positions))
    assert tab.evaluate(CROSSINGS) == []
    tab.close()
