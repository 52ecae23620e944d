"""Issue 14, point 5: every page keeps its selections in the URL, so a link reopens the view.

Each test makes choices on a page, takes the URL's query parameters the page
wrote, opens a fresh session with only those parameters, and finds the same
choices (and the same result) on the same page.
"""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.dashboard.test_pages import APP, TIMEOUT_S, start, visit


def reopen(secrets: dict, page: str, link: dict) -> AppTest:
    """A new session opened at ``page`` with the query parameters of ``link``."""
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT_S)
    for key, value in secrets.items():
        at.secrets[key] = value
    at.query_params.update(link)
    at.run()
    return visit(at, page)


def same_choices(at: AppTest, again: AppTest, keys) -> None:
    for key in keys:
        assert again.session_state[key] == at.session_state[key], key


def round_trip(secrets, page, choose, keys, regency="Kabupaten Tabalong"):
    at = visit(start(secrets, regency), page)
    choose(at)
    assert not at.exception, [e.value for e in at.exception]
    link = dict(at.query_params)
    assert link["kabupaten"] == regency
    again = reopen(secrets, page, link)
    same_choices(at, again, ["regency", *keys])
    return at, again


def test_org_chart_link(dashboard_secrets):
    def choose(at):
        picker = at.selectbox(key="unit")
        picker.select_index(len(picker.options) - 1).run()
        at.selectbox(key="jenjang").select("Ahli Madya").run()
        at.pills(key="edge_types").set_value(["APPRAISES", "ASSIGNS"]).run()

    at, again = round_trip(
        dashboard_secrets, "org_chart", choose, ["unit", "jenjang", "edge_types"]
    )
    assert at.session_state["edge_types"] == ["APPRAISES", "ASSIGNS"]
    assert again.dataframe[0].value.equals(at.dataframe[0].value)


def test_chain_link(dashboard_secrets, loaded_store):
    found = loaded_store.query("position_search", {"regency": "Kabupaten Tabalong", "q": "Camat"})
    last = found.rows[-1]["uid"]

    def choose(at):
        at.text_input(key="chain_q").input("Camat").run()
        at.selectbox(key="chain_p").select(last).run()
        at.selectbox(key="chain_jenjang").select("Ahli Muda").run()

    at, again = round_trip(
        dashboard_secrets, "chain", choose, ["chain_mode", "chain_q", "chain_p", "chain_jenjang"]
    )
    assert again.session_state["chain_q"] == "Camat"
    assert again.session_state["chain_p"] == last
    assert [e.label for e in again.expander] == [e.label for e in at.expander]


def test_chain_link_by_employee(people_secrets):
    def choose(at):
        at.radio(key="chain_mode").set_value("pegawai").run()
        at.text_input(key="chain_nip").input("Hadi").run()

    _, again = round_trip(
        people_secrets, "chain", choose, ["chain_mode", "chain_nip", "chain_e"], "Kabupaten Buton"
    )
    assert again.session_state["chain_mode"] == "pegawai"


def test_compare_link(dashboard_secrets, loaded_store):
    types = loaded_store.query("unit_types", {"regency": "Kabupaten Malang"}).rows

    def choose(at):
        at.selectbox(key="cmp_a").select("Kabupaten Muna").run()
        at.selectbox(key="cmp_b").select("Kabupaten Malang").run()
        at.selectbox(key="cmp_unit_b").select(types[2]["uid"]).run()

    at, again = round_trip(
        dashboard_secrets, "compare", choose, ["cmp_a", "cmp_b", "cmp_unit_a", "cmp_unit_b"]
    )
    assert again.session_state["cmp_a"] == "Kabupaten Muna"
    assert again.session_state["cmp_unit_b"] == types[2]["uid"]
    assert again.dataframe[0].value.equals(at.dataframe[0].value)


def test_sources_link(dashboard_secrets, loaded_store):
    regulation = loaded_store.query("regulation_list", {}).rows[2]["uid"]
    params = {"regulation": regulation, "q": "penilaian", "part": "semua"}
    provision = loaded_store.query("provision_search", params).rows[-1]["uid"]

    def choose(at):
        at.selectbox(key="src_reg").select(regulation).run()
        at.text_input(key="src_q").input("penilaian").run()
        at.selectbox(key="src_prov").select(provision).run()

    _, again = round_trip(
        dashboard_secrets, "sources", choose, ["src_reg", "src_part", "src_q", "src_prov"]
    )
    assert again.session_state["src_q"] == "penilaian"
    assert again.session_state["src_prov"] == provision


def test_cypher_link(dashboard_secrets):
    def choose(at):
        picker = at.selectbox(key="cypher_template")
        picker.select(picker.options[-1]).run()

    round_trip(dashboard_secrets, "cypher", choose, ["cypher_template"])


@pytest.mark.parametrize("page", ["summary", "upload"])
def test_pages_without_choices_keep_the_regency(dashboard_secrets, page):
    round_trip(dashboard_secrets, page, lambda at: None, [])


def test_teams_link(people_secrets):
    def choose(at):
        picker = at.selectbox(key="tim")
        assert len(picker.options) > 1
        picker.select(picker.options[-1].split(" - ")[0]).run()  # "KODE - Nama tim"

    round_trip(people_secrets, "teams", choose, ["tim"], "Kabupaten Buton")


def test_reconciliation_link(people_secrets):
    def choose(at):
        at.multiselect(key="rek_status").select("berbeda").run()
        at.text_input(key="rek_q").input("Hadi").run()

    at, again = round_trip(
        people_secrets,
        "reconciliation",
        choose,
        ["rek_unit", "rek_status", "rek_q"],
        "Kabupaten Buton",
    )
    assert again.session_state["rek_status"] == ["berbeda"]
    assert again.dataframe[0].value.equals(at.dataframe[0].value)


def test_compliance_link(people_secrets):
    def choose(at):
        codes = at.multiselect(key="cek_kode")
        codes.select(codes.options[0].split(" — ")[0]).run()  # "KODE — what it checks"

    _, again = round_trip(
        people_secrets, "compliance", choose, ["cek_kode", "cek_unit"], "Kabupaten Buton"
    )
    assert len(again.session_state["cek_kode"]) == 1


def test_a_stale_link_falls_back_to_the_defaults(dashboard_secrets):
    again = reopen(
        dashboard_secrets, "org_chart", {"kabupaten": "Kabupaten Atlantis", "unit": "tidak-ada"}
    )
    assert again.session_state["regency"] == "Kabupaten Buton"
    assert again.selectbox(key="unit").value
