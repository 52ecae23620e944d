"""Unggah Peraturan: an uploaded regulation is reviewed, and loaded only when confirmed.

The app runs against a graph of its own (a fresh graph holding one regulation,
so the app does not show the empty-store screen), and uploads go to a
temporary folder, so neither the session's loaded graph nor data/uploads/ changes.
"""

from __future__ import annotations

import pytest

from dashboard import uploads
from dashboard.render import review as review_tables
from loader.graph.load import DEFAULT_DIR, load_files
from loader.review.analysis import review_file
from tests.dashboard.test_pages import start

ALREADY = DEFAULT_DIR / "001_814ae01bb09b4304.txt"
UPLOAD = DEFAULT_DIR / "000_b65b5e3740c9ccfa.txt"  # Perbup Buton 3/2024
UPLOADED_NAME = "perbup-buton-unggahan.txt"  # a name data/regulations/ does not have
BUTON = "Peraturan Bupati Buton Nomor 3 Tahun 2024"


@pytest.fixture
def upload_app(fresh_store, store_settings, tmp_path, monkeypatch):
    monkeypatch.setattr(uploads, "UPLOAD_DIR", tmp_path)
    assert load_files([ALREADY], fresh_store).ok
    at = start(store_settings | {"SK_GRAPH": fresh_store.graph_name})
    at.switch_page("views/upload.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def labels(store) -> list[str]:
    return [row["label"] for row in store.query("regulation_list").rows]


def test_upload_shows_the_review_and_loads_only_on_confirmation(upload_app, fresh_store, tmp_path):
    at = upload_app
    at.get("file_uploader")[0].upload(UPLOAD.name, UPLOAD.read_bytes(), "text/plain")
    at.run()
    assert not at.exception and not at.error, [e.value for e in at.exception or at.error]
    assert BUTON in at.success[0].value
    sections = at.dataframe[0].value
    assert {"Bagian", "Letak", "Relasi"} <= set(sections.columns)
    assert sections["Relasi"].sum() == len(review_file(UPLOAD).extraction.edges)
    edges = at.dataframe[-1].value
    assert {"Dari", "Relasi", "Kepada", "Letak", "Kutipan"} <= set(edges.columns)
    assert len(at.get("iframe")) == 1
    assert (
        tmp_path / next(tmp_path.iterdir()).name / UPLOAD.name
    ).read_bytes() == UPLOAD.read_bytes()
    assert BUTON not in labels(fresh_store)  # reviewing writes nothing

    at.button(key="upload_confirm").click().run()
    assert not at.exception and not at.error
    assert any(s.value.startswith("Dimuat ke basis data graf: " + BUTON) for s in at.success)
    assert BUTON in labels(fresh_store)


def test_an_uploaded_regulation_opens_in_sources_and_summary(upload_app, fresh_store):
    """Its text lives with the graph, not in data/regulations/ (issue 14 point 3)."""
    at = upload_app
    at.get("file_uploader")[0].upload(UPLOADED_NAME, UPLOAD.read_bytes(), "text/plain").run()
    at.button(key="upload_confirm").click().run()
    uid = next(r["uid"] for r in fresh_store.query("regulation_list").rows if r["label"] == BUTON)
    at.query_params["peraturan"] = uid
    at.switch_page("views/sources.py").run()
    assert not at.exception, [e.value for e in at.exception]
    source = next(b for b in at.get("download_button") if UPLOADED_NAME in b.label)
    assert source.proto.url  # the text is served from the graph
    at.switch_page("views/summary.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert BUTON in at.dataframe[0].value["Peraturan"].tolist()


def test_a_file_that_is_not_a_regulation_is_one_line_and_nothing_is_loaded(upload_app, fresh_store):
    at = upload_app
    before = labels(fresh_store)
    at.get("file_uploader")[0].upload("surat.txt", b"Surat undangan rapat koordinasi.\n").run()
    assert not at.exception
    assert len(at.error) == 1 and "bukan peraturan" in at.error[0].value
    assert not at.button
    assert labels(fresh_store) == before


def test_an_upload_above_the_cap_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(uploads, "MAX_UPLOAD_MB", 1)
    with pytest.raises(uploads.UploadTooLarge):
        uploads.save_upload("besar.pdf", b"x" * 1_000_001, tmp_path)
    assert not any(tmp_path.iterdir())


@pytest.mark.parametrize(
    ("name", "saved"),
    [
        ("../../etc/passwd", "passwd"),
        ("Perbup Buton 3.pdf", "Perbup_Buton_3.pdf"),
        ("..", "peraturan.txt"),
    ],
)
def test_an_upload_name_cannot_leave_the_upload_folder(name, saved):
    assert uploads.safe_name(name) == saved


def test_preview_rows_of_one_section_carry_classes_and_citations():
    x = review_file(UPLOAD).extraction
    section = review_tables.sections_with_edges(x)[-1]
    rows = review_tables.edge_rows(x, section)
    assert rows and all(r["unit_type"] == review_tables.section_names(x)[section] for r in rows)
    assert all(r["quote"] in x.source_text for r in rows)
    assert any(r["source_class"] for r in rows)
