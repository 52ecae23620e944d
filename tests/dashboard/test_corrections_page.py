"""Koreksi and Draf pages in AppTest on a graph of their own (Buton): who may write, and writing.

Streamlit's default ``server.address`` (unset) listens on every interface, so
an AppTest run counts as served beyond localhost: writes are refused unless
``editor_password`` is in the secrets and typed; on 127.0.0.1 they are allowed.
"""

from __future__ import annotations

import uuid

import pytest
from streamlit import config
from streamlit.testing.v1 import AppTest

from corrections import storage
from dashboard import messages
from loader.graph.load import DEFAULT_DIR, load_files
from queries.store import open_store
from tests.dashboard.test_pages import start

BUTON = DEFAULT_DIR / "000_b65b5e3740c9ccfa.txt"
SENTENCE = "34490-34597"  # Lampiran I B angka (1) huruf b: Sekretaris Daerah ... asisten (unread)


@pytest.fixture
def buton_graph(embedded_server, store_settings):
    graph = f"kor_{uuid.uuid4().hex[:10]}"
    settings = dict(store_settings) | {"SK_GRAPH": graph}
    store = open_store(settings)
    assert load_files([BUTON], store).loaded
    yield settings, store
    store.db.connection.delete(graph, f"{graph}__staging")
    store.close()


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
