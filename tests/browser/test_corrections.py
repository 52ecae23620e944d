"""In Chromium: a correction is added from an unread sentence and shows on the org chart.

The server runs on a graph of its own holding Buton's regulation (the session's
loaded store is never written). Buton is uploaded on Unggah Peraturan; its
review report's "tambahkan relasi dari kalimat ini" opens Koreksi with the
sentence's span and titles pre-filled; after saving, the Sekretariat Daerah
chart's legend shows a corrected edge.
"""

from __future__ import annotations

import re

import pytest

from dashboard import devserver
from loader.graph.load import DEFAULT_DIR
from tests.browser.conftest import ARTIFACTS
from tests.browser.test_pages import TIMEOUT_MS, guarded_tab, wait_idle
from tests.conftest import own_graph

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect

BUTON = DEFAULT_DIR / "000_b65b5e3740c9ccfa.txt"
SENTENCE = "34490-34597"  # Lampiran I B angka (1) huruf b: Sekretaris Daerah ... asisten (unread)
WHERE = "Lampiran I B angka (1) huruf b"


@pytest.fixture(scope="module")
def writable_url(browser, embedded_server, store_settings):
    with (
        own_graph(store_settings, "koreksi", [BUTON]) as (settings, _),
        devserver.serve(env=settings, log_path=ARTIFACTS / "streamlit-koreksi.log") as url,
    ):
        yield url


@pytest.fixture(scope="module")
def tab(browser, writable_url):
    yield from guarded_tab(browser, writable_url)


def test_correction_from_an_unread_sentence_shows_on_the_chart(tab, writable_url):
    tab.goto(f"{writable_url}/upload")
    tab.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(str(BUTON))
    expect(tab.get_by_text("Terbaca: Peraturan Bupati Buton")).to_be_visible(timeout=TIMEOUT_MS)
    tab.get_by_text("Tambahkan relasi dari kalimat (").click()
    link = tab.get_by_role("link", name="tambahkan relasi dari kalimat ini: " + WHERE)
    expect(link).to_have_attribute("href", re.compile(f"kalimat={SENTENCE}"))
    link.click()
    expect(tab.get_by_role("heading", name="Koreksi").first).to_be_visible(timeout=TIMEOUT_MS)
    expect(tab.get_by_text(WHERE + ": “").first).to_be_visible(timeout=TIMEOUT_MS)
    tab.get_by_label("Nama penyunting (dicatat pada setiap perubahan)").fill("Analis Uji")
    tab.get_by_label("Nama penyunting (dicatat pada setiap perubahan)").press("Enter")
    wait_idle(tab)
    reason = tab.get_by_label("Alasan").first
    reason.fill("kalimat tidak terbaca oleh pembaca otomatis")
    reason.press("Enter")
    wait_idle(tab)
    tab.get_by_role("button", name="Simpan koreksi").first.click()
    expect(tab.get_by_text("Tersimpan.")).to_be_visible(timeout=TIMEOUT_MS)
    expect(tab.get_by_text("Koreksi yang berlaku (1)")).to_be_visible(timeout=TIMEOUT_MS)
    tab.goto(f"{writable_url}/org-chart")
    frame = tab.frame_locator("iframe[title^='Bagan organisasi']")
    expect(frame.locator("body[data-drawn]")).to_have_count(1, timeout=TIMEOUT_MS)
    expect(frame.locator("#legenda")).to_contain_text("Relasi dikoreksi analis")
    expect(tab.get_by_text("setelah koreksi analis").first).to_be_visible()
    tab.screenshot(path=str(ARTIFACTS / "koreksi-bagan.png"), full_page=True)
    expect(tab.get_by_test_id("stException")).to_have_count(0)
