"""Issue 14, point 5: Chromium prints the org chart's print view to PDF (A4 landscape, pages)."""

from __future__ import annotations

import re

import pytest

from dashboard import messages
from dashboard.render import print_view
from tests.dashboard.test_print_view import buton_dinas

pytestmark = pytest.mark.browser


def test_print_view_prints_as_a_document(browser, tmp_path, loaded_store):
    edges = buton_dinas(loaded_store)
    page_html = print_view.org_chart_page(
        edges, title="Dinas/Badan Daerah", meta="Kabupaten Buton", texts=messages.PRINT_TEXTS
    )
    path = tmp_path / "cetak.html"
    path.write_text(page_html, encoding="utf-8")
    tab = browser.new_page()
    tab.goto(path.as_uri())
    assert tab.get_by_role("button", name="Cetak").is_visible()
    tab.emulate_media(media="print")
    assert not tab.get_by_role("button", name="Cetak").is_visible()
    pdf = tab.pdf(prefer_css_page_size=True)
    assert pdf.startswith(b"%PDF")
    pages = re.findall(rb"/Type\s*/Page(?!s)", pdf)
    assert len(pages) >= 2  # the drawing on its own page, then the table
    tab.close()
