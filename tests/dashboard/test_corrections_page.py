"""Koreksi and Draf pages in AppTest on a graph of their own (Buton): who may write, and writing.

Streamlit's default ``server.address`` (unset) listens on every interface, so
an AppTest run counts as served beyond localhost: writes are refused unless
``editor_password`` is in the secrets and typed; on 127.0.0.1 they are allowed.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from streamlit import config
from streamlit.testing.v1 import AppTest

from corrections import build, storage
from corrections.model import Draft, now
from dashboard import messages
from loader.graph.load import DEFAULT_DIR
from loader.model import EdgeType
from loader.reading.extract import extract_file
from queries.store import open_store
from tests.conftest import own_graph
from tests.corrections.conftest import amend, remove
from tests.dashboard.people_graph import people_graph
from tests.dashboard.test_pages import start

BUTON = DEFAULT_DIR / "000_b65b5e3740c9ccfa.txt"
SENTENCE = "34490-34597"  # Lampiran I B angka (1) huruf b: Sekretaris Daerah ... asisten (unread)


@pytest.fixture
def buton_graph(embedded_server, store_settings):
    with own_graph(store_settings, "kor", [BUTON]) as pair:
        yield pair


@pytest.fixture
def address():
    """Set ``server.address`` for one test; put it back afterwards."""
    before = config.get_option("server.address")
    yield lambda value: config.set_option("server.address", value)
    config.set_option("server.address", before)


def corrections_page(settings: dict, **secrets) -> AppTest:
    at = start(settings | secrets, "Kabupaten Buton")
    at.switch_page("views/corrections.py")
    at.query_params["kalimat"] = SENTENCE
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def try_to_save(at: AppTest) -> AppTest:
    at.text_input(key="editor_name").input("Analis Uji").run()
    at.text_input(key="kor_reason").input("kalimat tak terbaca").run()
    if not at.button(key="kor_add").disabled:  # AppTest, like a browser, cannot press it otherwise
        at.button(key="kor_add").click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_beyond_localhost_without_a_password_nothing_is_written(buton_graph, address):
    settings, store = buton_graph
    address("0.0.0.0")
    at = corrections_page(settings)
    assert any(messages.READ_ONLY_NO_PASSWORD in w.value for w in at.sidebar.warning)
    assert at.button(key="kor_add").disabled
    try_to_save(at)
    assert storage.corrections(store) == []


def test_beyond_localhost_the_password_opens_writing(buton_graph, address):
    settings, store = buton_graph
    address("0.0.0.0")
    at = corrections_page(settings, editor_password="rahasia-uji")
    at.text_input(key="editor_password").input("salah").run()
    assert at.button(key="kor_add").disabled
    try_to_save(at)
    assert storage.corrections(store) == []
    at.text_input(key="editor_password").input("rahasia-uji").run()
    assert not at.button(key="kor_add").disabled
    try_to_save(at)
    assert [c.author for c in storage.corrections(store)] == ["Analis Uji"]
    assert any(messages.SAVED in s.value for s in at.success)
    assert [r["who"] for r in storage.write_log(store, "Kabupaten Buton")] == ["Analis Uji"]


def test_on_localhost_the_analyst_writes_without_a_password(buton_graph, address):
    settings, store = buton_graph
    address("127.0.0.1")
    at = try_to_save(corrections_page(settings))
    found = storage.corrections(store)
    assert [(c.source, c.target, c.where) for c in found] == [
        ("Sekretaris Daerah", "asisten", "Lampiran I B angka (1) huruf b")
    ]
    table = at.dataframe[0].value
    assert table["Status"].tolist() == ["berlaku"]


def test_draft_page_shows_the_diff_and_what_the_checks_say(buton_graph, address):
    settings, store = buton_graph
    address("127.0.0.1")
    reg = "kabupaten-buton/peraturan-bupati-3-2024"
    kecamatan = reg + "/ut/vii-kecamatan"
    editor = storage.Editor("Analis Uji", allowed=True)
    draft = Draft("Penataan Kecamatan 2025", reg, kecamatan, editor.name, now())
    storage.save_draft(store, draft, editor, [])
    edit = build.for_sentence(
        edge_type=EdgeType.APPRAISES,
        source="Camat",
        target="Kepala Seksi",
        unit_type=kecamatan,
        sentence={},
        sha256="",
        reason="penilai kepala seksi",
        author=editor.name,
        draft=draft.name,
    )
    storage.save(store, [edit], editor)
    at = start(settings, "Kabupaten Buton")
    at.switch_page("views/drafts.py").run()
    assert not at.exception, [e.value for e in at.exception]
    frames = [d.value for d in at.dataframe]
    diff = next(f for f in frames if "Perubahan" in f.columns)
    assert diff[["Perubahan", "Dari", "Kepada", "Dasar"]].values.tolist() == [
        ["ditambahkan", "Camat", "Kepala Seksi", "usulan"]
    ]
    labels = {b.label for b in at.get("download_button")}
    assert {"Unduh CSV", "Unduh XLSX"} <= labels
    found = [f for f in frames if "Temuan" in f.columns]
    solved = found[0]  # new in the draft: none (an info); then solved, then all enacted ones
    assert ("Tidak ada pejabat penilai kinerja", "Kepala Seksi") in set(
        zip(solved["Temuan"], solved["Jabatan"], strict=True)
    )


def test_draft_page_without_a_draft_checks_the_enacted_structure(buton_graph, address):
    settings, _ = buton_graph
    address("127.0.0.1")
    at = start(settings, "Kabupaten Buton")
    at.switch_page("views/drafts.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("Belum ada draf" in i.value for i in at.info)
    found = at.dataframe[0].value
    two = found[
        (found["Jabatan"] == "Jabatan Pelaksana") & found["Temuan"].str.startswith("Lebih dari")
    ]
    assert two["Temuan"].tolist() == ["Lebih dari satu pejabat penilai (ketentuan berbeda)"]
    assert two["Dasar"].tolist() == ["Pasal 7 ayat (5) huruf b; Pasal 7 ayat (5) huruf a"]


def test_draft_page_reruns_the_people_checks(embedded_server, store_settings, address):
    address("127.0.0.1")
    buton = extract_file(BUTON)
    reg = "kabupaten-buton/peraturan-bupati-3-2024"
    editor = storage.Editor("Analis Uji", allowed=True)
    draft = Draft("Tanpa PPK fungsional", reg, "", editor.name, now())
    edits = [
        replace(remove(buton, where, source, target), draft=draft.name)
        for where, source, target in (
            ("Pasal 7 ayat (4) huruf b", "Jabatan Administrator", "Jabatan Fungsional"),
            ("Lampiran IV A angka (2) huruf b", "Sekretaris", "Pejabat Fungsional"),
            ("Lampiran IV A angka (2) huruf b", "Kepala Bidang", "Pejabat Fungsional"),
        )
    ]
    with people_graph(store_settings) as settings:
        store = open_store(settings)
        try:
            storage.save_draft(store, draft, editor, edits)
            at = start(settings, "Kabupaten Buton")
            at.switch_page("views/drafts.py").run()
            assert not at.exception, [e.value for e in at.exception]
            frames = [d.value for d in at.dataframe]
            people = next(f for f in frames if "Akibat" in f.columns)
            lost = people[people["Akibat"] == "kehilangan penilai"]
            assert sorted(lost["Nama"]) == ["Dewi Rekaan", "Hadi Fiktif"]
            assert set(lost["Penilai sekarang"]) == {"Jabatan Administrator"}
        finally:
            store.close()


def test_org_chart_as_corrected_by_default_and_as_extracted_on_the_switch(buton_graph, address):
    settings, store = buton_graph
    address("127.0.0.1")
    buton = extract_file(BUTON)
    gone = remove(buton, "Lampiran I A angka (2) huruf c", "kepala bagian", "pelaksana")
    fixed = amend(
        buton, "Lampiran I A angka (2) huruf a", "sekretaris Daerah", "asisten", "Ahli Madya"
    )
    storage.save(store, [gone, fixed], storage.Editor("Analis Uji", allowed=True))
    at = start(settings, "Kabupaten Buton")
    at.switch_page("views/org_chart.py").run()  # Sekretariat Daerah comes first
    assert not at.exception, [e.value for e in at.exception]
    assert any("setelah koreksi analis" in c.value for c in at.caption)
    corrected = at.dataframe[0].value
    badge = corrected[corrected["Koreksi"].fillna("") != ""]
    assert badge[["Dari", "Kepada", "Syarat (jenjang)"]].values.tolist() == [
        ["Sekretaris Daerah", "Asisten", "Ahli Madya"]
    ]
    assert badge["Koreksi"].tolist() == ["dikoreksi — syarat jenjang terlewat (Analis Uji)"]
    at.toggle(key="as_corrected").set_value(False).run()
    extracted = at.dataframe[0].value
    assert "Koreksi" not in extracted.columns
    assert len(extracted) == len(corrected) + 1  # the removed edge is back
    assert any("sesuai hasil ekstraksi" in c.value for c in at.caption)


def test_a_correction_for_another_text_is_listed_as_no_longer_matching(buton_graph, address):
    settings, store = buton_graph
    address("127.0.0.1")
    old = amend(
        extract_file(BUTON),
        "Lampiran I A angka (2) huruf a",
        "sekretaris Daerah",
        "asisten",
        "Ahli Madya",
    )
    other_text = replace(old, sha256="0" * 64)  # made against an earlier version of the text
    storage.import_records(store, [other_text], [], storage.Editor("Bagian Organisasi", True))
    at = corrections_page(settings)
    headers = [h.value for h in at.subheader]
    assert "Koreksi yang berlaku (0)" in headers and "Tidak cocok lagi (1)" in headers
    stale = next(d.value for d in at.dataframe if "Status" in d.value.columns)
    assert stale["Status"].tolist() == ["tidak cocok lagi"]
