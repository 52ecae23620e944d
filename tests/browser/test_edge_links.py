"""Issue 14, point 6, in Chromium: clicking an edge of the org chart opens its provision in
Sumber Hukum, in a new tab, with the quote marked."""

from __future__ import annotations

import pytest

from tests.browser.test_pages import TIMEOUT_MS, guarded_tab, wait_idle

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect

EDGE_MIDPOINT = """() => {
  const e = bagan.body.data.edges.get()[0];
  const p = bagan.getPositions([e.from, e.to]);
  const d = bagan.canvasToDOM({x: (p[e.from].x + p[e.to].x) / 2, y: (p[e.from].y + p[e.to].y) / 2});
  const r = document.querySelector('#bagan').getBoundingClientRect();
  return {x: d.x + r.left, y: d.y + r.top};
}"""


@pytest.fixture(scope="module")
def tab(browser, dashboard_url):
    yield from guarded_tab(browser, dashboard_url)


def test_clicking_an_edge_opens_its_provision(tab, dashboard_url):
    tab.goto(f"{dashboard_url}/org-chart?kabupaten=Kabupaten+Buton")
    wait_idle(tab)
    iframe = tab.locator("iframe[title^='Bagan organisasi']")
    frame = iframe.element_handle().content_frame()
    expect(frame.locator("body[data-drawn]")).to_have_count(1, timeout=TIMEOUT_MS)
    at = frame.evaluate(EDGE_MIDPOINT)
    box = iframe.bounding_box()
    with tab.context.expect_page() as opened:
        tab.mouse.click(box["x"] + at["x"], box["y"] + at["y"])
    sources = opened.value
    expect(sources.get_by_role("heading", name="Ketentuan yang dirujuk")).to_be_visible(
        timeout=TIMEOUT_MS
    )
    expect(sources.locator("mark#kutipan")).to_be_visible(timeout=TIMEOUT_MS)
    assert "/sources?" in sources.url and "kutipan=" in sources.url
    sources.close()


def test_the_edge_table_link_opens_the_provision(tab, dashboard_url):
    tab.goto(f"{dashboard_url}/org-chart?kabupaten=Kabupaten+Buton")
    wait_idle(tab)
    grid = tab.get_by_test_id("stDataFrame").first
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()
    row = {"x": box["x"] + 50, "y": box["y"] + 35 + 17}  # the first row's link, under the header
    tab.mouse.move(**row)
    with tab.context.expect_page() as opened:
        tab.mouse.click(**row)
    sources = opened.value
    expect(sources.locator("mark#kutipan")).to_be_visible(timeout=TIMEOUT_MS)
    assert "/sources?" in sources.url
    sources.close()
