"""End to end in Debian's Chromium: every page of the real server renders, offline.

The server is ``streamlit run dashboard/app.py`` on a free port against the
session's store loaded with the five regulations. Each page is visited, its key
content is awaited with ``expect``, and a screenshot goes to tests/artifacts/.
Every request the browser makes is checked: anything not on the local server
(or an in-page data/blob/srcdoc URL) is aborted and fails the test.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse

import pytest

from dashboard import messages

pytestmark = pytest.mark.browser

playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
LOCAL_SCHEMES = ("data", "blob", "about")
TIMEOUT_MS = 45_000  # first visit of a page on a 2-core CI runner imports pandas and pyvis

PAGES = [  # (url path, page title, text that shows a real query result)
    ("", "Ringkasan", "Relasi per jenis"),
    ("org-chart", "Bagan Organisasi", "Relasi beserta dasar hukumnya"),
    ("chain", "Rantai Akuntabilitas", "Menilai kinerja (PPK)"),
    ("teams", "Tim Lintas Unit", "Siapa memimpin tim"),
    ("compare", "Bandingkan", "Keduanya"),
    ("cypher", "Konsol Cypher", "Templat kueri"),
    ("sources", "Sumber Hukum", "Cari dalam teks"),
    ("search", "Cari Lintas Instansi", "Jawaban per instansi"),
    ("upload", "Unggah Peraturan", "Berkas peraturan (PDF atau .txt)"),
    ("corrections", "Koreksi", "Tambahkan relasi dari kalimat"),
    ("drafts", "Draf", "Pemeriksaan struktur (tanpa daftar pegawai)"),
]


def guarded_tab(browser, base_url: str):
    """One browser page whose every non-local request is aborted and recorded."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    outside: list[str] = []
    host = urlparse(base_url).netloc

    def guard(route):
        url = urlparse(route.request.url)
        if url.scheme in LOCAL_SCHEMES or url.netloc == host:
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    tab = context.new_page()
    tab.outside_requests = outside
    yield tab
    context.close()
    assert outside == [], f"requests left localhost: {outside}"


@pytest.fixture(scope="module")
def page(browser, dashboard_url):
    yield from guarded_tab(browser, dashboard_url)


def test_a_deep_link_as_the_first_visit_runs_through_the_entrypoint(page, dashboard_url):
    # First test of the session on purpose: the server has not run app.py yet.
    page.goto(f"{dashboard_url}/sources?pasal=none")
    expect(page.get_by_role("heading", name="Sumber Hukum")).to_be_visible(timeout=TIMEOUT_MS)
    nav = page.get_by_test_id("stSidebarNav")
    expect(nav.get_by_text("Rantai Akuntabilitas")).to_be_visible(timeout=TIMEOUT_MS)
    expect(page.get_by_label(messages.REGENCY_PICKER)).to_be_visible()


def wait_idle(tab) -> None:
    """Wait until the script has finished and no element is still a loading placeholder."""
    app = tab.get_by_test_id("stApp")
    expect(app).to_have_attribute("data-test-script-state", "notRunning", timeout=TIMEOUT_MS)
    expect(tab.get_by_test_id("stSkeleton")).to_have_count(0, timeout=TIMEOUT_MS)


@pytest.mark.parametrize(("path", "title", "key_text"), PAGES, ids=[p[1] for p in PAGES])
def test_page_renders_with_real_content(page, dashboard_url, path, title, key_text):
    page.goto(f"{dashboard_url}/{path}")
    expect(page.get_by_role("heading", name=title).first).to_be_visible(timeout=TIMEOUT_MS)
    expect(page.get_by_text(key_text).first).to_be_visible(timeout=TIMEOUT_MS)
    wait_idle(page)
    if path == "org-chart":  # the chart draws inside its iframe after the page is idle
        frame = page.frame_locator("iframe[title^='Bagan organisasi']")
        expect(frame.locator("body[data-drawn]")).to_have_count(1, timeout=TIMEOUT_MS)
    expect(page.get_by_test_id("stException")).to_have_count(0)
    ARTIFACTS.mkdir(exist_ok=True)
    slug = re.sub(r"\W+", "-", title.lower())
    page.screenshot(path=ARTIFACTS / f"{slug}.png", full_page=True)
    assert page.outside_requests == []


def test_org_chart_is_drawn_in_the_browser(page, dashboard_url):
    page.goto(f"{dashboard_url}/org-chart")
    frame = page.frame_locator("iframe[title^='Bagan organisasi']")
    expect(frame.locator("body[data-drawn]")).to_have_count(1, timeout=TIMEOUT_MS)
    expect(frame.locator("#legenda")).to_contain_text("Menilai kinerja")
    expect(frame.locator("#status")).to_contain_text("jabatan")
    with page.expect_download() as download:
        frame.get_by_role("button", name="Unduh PNG").click()
    assert download.value.suggested_filename == "bagan-organisasi.png"
    png = Path(download.value.path()).read_bytes()
    assert png.startswith(b"\x89PNG")


def test_console_refuses_a_write(page, dashboard_url):
    page.goto(f"{dashboard_url}/cypher")
    editor = page.get_by_label("Kueri Cypher")
    expect(editor).to_be_visible(timeout=TIMEOUT_MS)
    editor.fill("CREATE (:Position {title: 'Uji'}) RETURN 1")
    page.get_by_label("Parameter (JSON)").fill("{}")
    page.get_by_role("button", name="Jalankan").click()
    expect(page.get_by_text("Konsol ini hanya untuk membaca")).to_be_visible(timeout=TIMEOUT_MS)


def test_upload_reviews_a_regulation_and_loads_it_on_confirmation(page, dashboard_url):
    # Buton 3/2024 is in the session's graph already: loading it again rewrites the same graph.
    source = (
        Path(__file__).resolve().parents[2] / "data" / "regulations" / "000_b65b5e3740c9ccfa.txt"
    )
    page.goto(f"{dashboard_url}/upload")
    expect(page.get_by_role("heading", name="Unggah Peraturan")).to_be_visible(timeout=TIMEOUT_MS)
    page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(str(source))
    expect(page.get_by_text("Terbaca: Peraturan Bupati Buton")).to_be_visible(timeout=TIMEOUT_MS)
    expect(page.get_by_text("Bagian yang dikenali dan relasi per bagian")).to_be_visible()
    wait_idle(page)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / "unggah-peraturan-tinjauan.png", full_page=True)
    page.get_by_role("button", name="Muat ke basis data graf").click()
    expect(page.get_by_text("Dimuat ke basis data graf: Peraturan Bupati Buton")).to_be_visible(
        timeout=TIMEOUT_MS
    )
    expect(page.get_by_test_id("stException")).to_have_count(0)


@pytest.fixture(scope="module")
def people_page(browser, people_url):
    """Like ``page``, for the server whose graph holds the test roster."""
    yield from guarded_tab(browser, people_url)


PEOPLE_PAGES = [  # (url path, page title, text that shows the roster's data)
    ("reconciliation", "Rekonsiliasi", "Hadi Fiktif"),
    ("compliance", "Pemeriksaan Kepatuhan", "LEAD_OUTSIDE_OWNER"),
]


@pytest.mark.parametrize(
    ("path", "title", "key_text"), PEOPLE_PAGES, ids=[p[1] for p in PEOPLE_PAGES]
)
def test_people_page_renders_the_roster(people_page, people_url, path, title, key_text):
    page = people_page
    page.goto(f"{people_url}/{path}")
    expect(page.get_by_role("heading", name=title).first).to_be_visible(timeout=TIMEOUT_MS)
    expect(page.get_by_text("DATA DEMO").first).to_be_visible(timeout=TIMEOUT_MS)
    wait_idle(page)
    expect(page.get_by_test_id("stException")).to_have_count(0)
    if path == "reconciliation":  # the table is a canvas grid: its text is in the CSV it offers
        expect(page.get_by_test_id("stMetric").filter(has_text="berbeda")).to_contain_text("2")
        with page.expect_download() as download:
            page.get_by_role("button", name="Unduh CSV").click()
        assert key_text in Path(download.value.path()).read_text(encoding="utf-8")
    else:
        expect(page.get_by_text(key_text).first).to_be_visible(timeout=TIMEOUT_MS)
    ARTIFACTS.mkdir(exist_ok=True)
    slug = re.sub(r"\W+", "-", title.lower())
    page.screenshot(path=ARTIFACTS / f"{slug}.png", full_page=True)
    assert page.outside_requests == []


def test_team_chart_is_drawn_in_the_browser(people_page, people_url):
    page = people_page
    page.goto(f"{people_url}/teams")
    expect(page.get_by_role("heading", name="Tim kerja", exact=True)).to_be_visible(
        timeout=TIMEOUT_MS
    )
    frame = page.frame_locator("iframe[title^='Bagan tim kerja']")
    expect(frame.locator("body[data-drawn]")).to_have_count(1, timeout=TIMEOUT_MS)
    expect(frame.locator("#legenda")).to_contain_text("Unit asal: Dinas Pendidikan")
    wait_idle(page)
    page.screenshot(path=ARTIFACTS / "tim-kerja.png", full_page=True)
    assert page.outside_requests == []
