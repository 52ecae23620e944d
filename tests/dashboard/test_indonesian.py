"""Issue 14, point 9: no English reaches the analyst where Streamlit lets the app word it.

Each test names one place that showed English before: "None" in empty cells, the
reader's warnings on Ringkasan, the 'Rincian' under an error, unlabelled sides on
Bandingkan, "Choose options" in filters, and an oversize upload that only got a
red "!" (the page now refuses it itself, in Indonesian). The browser test
(tests/browser/test_indonesian.py) reads every page as drawn.
"""

from __future__ import annotations

import pytest

from dashboard import messages, uploads
from loader.model import ExtractionWarning
from queries.errors import QueryTimeout
from tests.dashboard.test_pages import start, visit


@pytest.fixture
def app(dashboard_secrets):
    return start(dashboard_secrets)


def test_empty_cells_are_blank_not_none(app):
    at = visit(app, "org_chart")
    edges = at.dataframe[0].value
    assert "Syarat (jenjang)" in edges.columns
    assert not edges.isna().any().any()
    assert (edges["Syarat (jenjang)"] == "").any()


def test_summary_words_each_extraction_warning_in_indonesian(app):
    at = visit(app, "summary")
    table = next(d.value for d in at.dataframe if "Letak" in d.value.columns)
    assert len(table) > 0  # Konawe Selatan's Lampiran is cut off, Muna has empty sections
    known = set(messages.WARNING_TEXTS.values()) | {messages.WARNING_UNKNOWN}
    assert set(table["Peringatan"]) <= known
    assert not table["Peringatan"].str.contains("gave no edge|recognised").any()


def test_warning_codes_have_texts_and_unknown_codes_a_fallback():
    known = ExtractionWarning("Lampiran I / A", "section 'x' gave no edge", "SECTION_NO_EDGE")
    assert messages.warning_text(known.code) == messages.WARNING_TEXTS["SECTION_NO_EDGE"]
    assert messages.warning_text("NOT_A_CODE") == messages.WARNING_UNKNOWN
    assert messages.warning_text("") == messages.WARNING_UNKNOWN


def test_error_details_are_indonesian():
    err = QueryTimeout(
        "the query ran longer than its limit of 5 ms and was stopped",
        limit_ms=5,
        query="org_chart_unit",
    )
    detail = messages.error_detail(err)
    assert detail == "Rincian: kueri `org_chart_unit`, batas waktu 5 ms."
    assert "longer" not in detail


def test_a_dead_store_shows_no_english_detail():
    at = start({"SK_STORE": "embedded", "SK_DATA_DIR": "/proc/no-such-dir/store"})
    captions = [c.value for c in at.caption]
    assert captions and all(c.startswith("Rincian") for c in captions)
    assert not any("directory" in c for c in captions)  # the adapter's English one-liner


def test_compare_selectors_say_which_side(app):
    at = visit(app, "compare")
    labels = [s.label for s in at.selectbox if s.key and s.key.startswith("cmp_")]
    assert sorted(labels) == sorted(
        ["Instansi (kiri)", "Jenis unit (kiri)", "Instansi (kanan)", "Jenis unit (kanan)"]
    )


@pytest.mark.parametrize("page", ["reconciliation", "compliance"])
def test_filters_have_an_indonesian_placeholder(people_secrets, page):
    at = visit(start(people_secrets, "Kabupaten Buton"), page)
    assert at.multiselect, "no filter drawn"
    assert {m.proto.placeholder for m in at.multiselect} == {messages.CHOOSE_OPTIONS}


def test_an_oversize_upload_is_refused_in_indonesian(dashboard_secrets, monkeypatch, tmp_path):
    monkeypatch.setattr(uploads, "UPLOAD_DIR", tmp_path)
    monkeypatch.setattr(uploads, "MAX_UPLOAD_MB", 1)
    at = visit(start(dashboard_secrets), "upload")
    uploader = at.get("file_uploader")[0]
    # The widget must let a file above the page's limit through, or the browser shows only "!".
    assert uploader.proto.max_upload_size_mb > uploads.MAX_UPLOAD_MB
    uploader.upload("besar.txt", b"x" * 1_200_000, "text/plain")
    at.run()
    assert "terlalu besar" in at.error[0].value
    assert at.caption[-1].value == "Rincian: ukuran 1.2 MB."


def test_reconciliation_cells_are_blank_not_none(people_secrets):
    at = visit(start(people_secrets, "Kabupaten Buton"), "reconciliation")
    table = at.dataframe[0].value
    assert not table.isna().any().any()
    assert (table["Jenjang"] == "").any()  # structural posts have no jenjang


PAGES = ["summary", "org_chart", "chain", "teams", "compare", "cypher", "sources", "search"]
PEOPLE_PAGES = ["reconciliation", "compliance", "teams"]


@pytest.mark.parametrize("page", PAGES)
def test_no_table_shows_a_missing_value(dashboard_secrets, page):
    at = visit(start(dashboard_secrets, "Kabupaten Buton"), page)
    for frame in at.dataframe:
        assert not frame.value.isna().any().any(), page


@pytest.mark.parametrize("page", PEOPLE_PAGES)
def test_no_roster_table_shows_a_missing_value(people_secrets, page):
    at = visit(start(people_secrets, "Kabupaten Buton"), page)
    for frame in at.dataframe:
        assert not frame.value.isna().any().any(), page
