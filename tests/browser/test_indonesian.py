"""Issue 14, point 9: every page, as Chromium draws it, holds none of Streamlit's English.

Each page is visited on the live server; a text input is typed into (that is
when Streamlit shows "Press Enter to apply"), and the visible text of the page
and of its chart frames is searched for the words below. The list is ours to
keep: add a word when a new English text is found.
"""

from __future__ import annotations

import re

import pytest

from dashboard import messages
from tests.browser.test_pages import PAGES, PEOPLE_PAGES, TIMEOUT_MS, guarded_tab, wait_idle

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect

ENGLISH = (
    "Choose options",
    "Choose an option",
    "None",
    "Browse files",
    "Drag and drop",
    "Limit",
    "per file",
    "No results",
    "Press Enter",
    "Press Ctrl",
    "Upload",
    "Download",
    "Running",
    "Traceback",
    "File must be",
    "Select all",
    "Error",
    "Copy",
    "Ask Google",
    "View",  # the sidebar's "View 3 more" once there are more than ten pages
    "less",
    "Search",
    "Fullscreen",
    "Show/hide columns",
)
_WORDS = re.compile("|".join(rf"\b{re.escape(w)}\b" for w in ENGLISH))


def english_in(tab) -> list[str]:
    """English words in the visible text of the page and of every frame in it."""
    found = []
    for frame in tab.frames:
        text = frame.evaluate("() => document.body ? document.body.innerText : ''")
        found += [m.group(0) for m in _WORDS.finditer(text)]
    return sorted(set(found))


def read_page(tab, url: str) -> list[str]:
    tab.goto(url)
    wait_idle(tab)
    expect(tab.get_by_test_id("stMain").get_by_role("heading").first).to_be_visible(
        timeout=TIMEOUT_MS
    )
    inputs = tab.get_by_test_id("stMain").get_by_test_id("stTextInput").locator("input")
    shown = [inputs.nth(i) for i in range(inputs.count()) if inputs.nth(i).is_visible()]
    if shown:  # the first one in view (others may sit in a closed expander)
        shown[0].click()
        shown[0].press_sequentially("ab")  # not entered: the hint under the input shows
        hint = tab.get_by_test_id("InputInstructions").first
        expect(hint).to_be_attached(timeout=TIMEOUT_MS)
        shown = hint.evaluate("e => getComputedStyle(e, '::after').content")
        assert messages.PRESS_ENTER in shown
    return english_in(tab)


@pytest.fixture(scope="module")
def tab(browser, dashboard_url):
    yield from guarded_tab(browser, dashboard_url)


@pytest.fixture(scope="module")
def people_tab(browser, people_url):
    yield from guarded_tab(browser, people_url)


@pytest.mark.parametrize("path", [p[0] for p in PAGES], ids=[p[1] for p in PAGES])
def test_page_shows_no_english(tab, dashboard_url, path):
    assert read_page(tab, f"{dashboard_url}/{path}") == []


@pytest.mark.parametrize("path", [p[0] for p in PEOPLE_PAGES], ids=[p[1] for p in PEOPLE_PAGES])
def test_people_page_shows_no_english(people_tab, people_url, path):
    assert read_page(people_tab, f"{people_url}/{path}") == []


def test_a_select_with_no_match_and_a_table_toolbar_speak_indonesian(tab, dashboard_url):
    """Typing what no option matches shows Streamlit's "No results"; hovering a table's toolbar
    shows English tooltips; its main menu (System/Light/Dark/Print/Record screen) is English
    and its own CSV download has no formula guard: replaced, hidden, turned off."""
    tab.goto(f"{dashboard_url}/org-chart")
    wait_idle(tab)
    main = tab.get_by_test_id("stMain")
    expect(main.get_by_test_id("stDataFrame").first).to_be_visible(timeout=TIMEOUT_MS)
    assert tab.get_by_test_id("stMainMenu").count() == 0
    assert tab.locator("button[aria-label='Download as CSV']").first.is_hidden()
    main.get_by_test_id("stSelectbox").first.click()
    tab.keyboard.type("zzqqxx")
    empty = tab.locator('[role="listbox"][data-empty="true"] [role="option"] span').first
    expect(empty).to_be_attached(timeout=TIMEOUT_MS)
    assert messages.NO_RESULTS in empty.evaluate("e => getComputedStyle(e, '::after').content")
    assert english_in(tab) == []
    tab.keyboard.press("Escape")
    table = main.get_by_test_id("stDataFrame").first
    table.scroll_into_view_if_needed()
    table.hover()
    tab.locator("button[aria-label='Search']").first.hover()
    tip = tab.get_by_test_id("stTooltipContent").locator("p").first
    expect(tip).to_be_attached(timeout=TIMEOUT_MS)
    shown = tip.evaluate("e => getComputedStyle(e, '::after').content")
    assert messages.TOOLBAR_TIPS["Search"] in shown
    assert english_in(tab) == []
