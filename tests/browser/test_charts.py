"""Issue 14, point 8, in Chromium: a long unit-type name leaves the drawing whole, labels are
never drawn below 11 px, and the team chart's boxes do not overlap.

Charts are opened as the files the dashboard serves in its frames (``org_chart_html``),
sized like the page's frame (760 px high); the team chart on the live people server.
"""

from __future__ import annotations

import pytest

from dashboard.render import chart, rows
from tests.browser.test_pages import TIMEOUT_MS, guarded_tab, wait_idle

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect
FRAME = {"width": 1100, "height": 760}  # st.iframe(height=760) on a 1400 px wide window


def open_chart(browser, tmp_path, html: str):
    path = tmp_path / "bagan.html"
    path.write_text(html, encoding="utf-8")
    tab = browser.new_page(viewport=FRAME)
    tab.goto(path.as_uri())
    expect(tab.locator("body[data-drawn]")).to_have_count(1, timeout=TIMEOUT_MS)
    return tab


def test_a_long_unit_type_name_leaves_the_drawing_whole(browser, tmp_path, loaded_store):
    types = loaded_store.query("unit_types", {"regency": "Kabupaten Tabalong"}).rows
    longest = max(types, key=lambda t: len(t["name"]))
    assert len(longest["name"]) > 1000
    found = loaded_store.query("org_chart_unit_type", {"unit_type": longest["uid"]})
    edges, positions = rows.org_chart(found.rows)
    tab = open_chart(
        browser, tmp_path, chart.org_chart_html(edges, positions, title=longest["name"])
    )
    title = tab.locator("#judul").bounding_box()
    drawing = tab.locator("#bagan").bounding_box()
    assert title["height"] < 30  # one line
    assert drawing["y"] + drawing["height"] <= FRAME["height"]
    assert tab.locator("#judul").get_attribute("title") == longest["name"]
    tab.close()


def test_labels_never_render_below_11_px(browser, tmp_path):
    heads = [("Kepala Dinas", "JPT Pratama")]
    staff = [(f"Pejabat Fungsional {i}", "Fungsional") for i in range(80)]  # one wide row
    edges = [
        {
            "source_uid": heads[0][0],
            "source": heads[0][0],
            "source_class": heads[0][1],
            "target_uid": title,
            "target": title,
            "target_class": cls,
            "type": "APPRAISES",
        }
        for title, cls in staff
    ]
    tab = open_chart(browser, tmp_path, chart.org_chart_html(edges))
    scale = float(tab.locator("body").get_attribute("data-scale"))
    assert scale * 14 >= chart.MIN_LABEL_PX - 0.01
    tab.locator("#pas").click()  # "Tampilkan semua" does not zoom out below it either
    assert tab.evaluate("bagan.getScale()") * 14 >= chart.MIN_LABEL_PX - 0.01
    tab.close()


@pytest.fixture(scope="module")
def people_tab(browser, people_url):
    yield from guarded_tab(browser, people_url)


def test_team_chart_boxes_do_not_overlap(people_tab, people_url):
    people_tab.goto(f"{people_url}/teams")
    wait_idle(people_tab)
    frame_el = people_tab.locator("iframe[title^='Bagan tim kerja']")
    expect(frame_el).to_have_count(1, timeout=TIMEOUT_MS)
    frame = frame_el.element_handle().content_frame()
    expect(frame.locator("body[data-drawn]")).to_have_count(1, timeout=TIMEOUT_MS)
    boxes = frame.evaluate("() => bagan.body.nodeIndices.map(id => bagan.getBoundingBox(id))")
    assert len(boxes) > 3
    overlapping = [
        (a, b)
        for i, a in enumerate(boxes)
        for b in boxes[i + 1 :]
        if a["left"] < b["right"]
        and b["left"] < a["right"]
        and a["top"] < b["bottom"]
        and b["top"] < a["bottom"]
    ]
    assert overlapping == []


def _wide_edges(count: int) -> list[dict]:
    return [
        {
            "source_uid": "kadis",
            "source": "Kepala Dinas",
            "source_class": "JPT Pratama",
            "target_uid": f"jf-{i}",
            "target": f"Pejabat Fungsional {i}",
            "target_class": "Fungsional",
            "type": "APPRAISES",
        }
        for i in range(count)
    ]


def test_a_chart_wider_than_its_frame_opens_at_its_left_with_a_drag_hint(browser, tmp_path):
    from dashboard import messages

    tab = open_chart(browser, tmp_path, chart.org_chart_html(_wide_edges(40)))
    hint = tab.locator("#petunjuk")
    expect(hint).to_be_visible()
    assert hint.inner_text() == messages.CHART_DRAG_HINT
    # the leftmost box is in the frame (the reading starts at the left, not mid-row)
    left = tab.evaluate(
        "Math.min(...Object.keys(bagan.getPositions()).map(id => bagan.getBoundingBox(id).left))"
    )
    assert tab.evaluate(f"bagan.canvasToDOM({{x: {left}, y: 0}}).x") >= 0
    tab.close()


def test_a_chart_that_fits_shows_no_hint(browser, tmp_path):
    tab = open_chart(browser, tmp_path, chart.org_chart_html(_wide_edges(3)))
    assert tab.locator("body").get_attribute("data-clipped") == "false"
    expect(tab.locator("#petunjuk")).to_be_hidden()
    tab.close()
