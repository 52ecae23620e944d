"""AppTest for every page, from dashboard/app.py through st.navigation, on the real engine.

The secrets point the app at the session's store loaded with the five
regulations (``dashboard_secrets``); each test switches to one page, runs it and
checks that it drew a real query result without an exception.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard import messages

APP = Path(__file__).resolve().parents[2] / "dashboard" / "app.py"
TIMEOUT_S = 60  # first run imports pandas/pyarrow/pyvis and opens the store


def start(secrets: dict[str, str], regency: str | None = None) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT_S)
    for key, value in secrets.items():
        at.secrets[key] = value
    at.run()
    if regency:
        at.selectbox(key="regency").select(regency).run()
    return at


@pytest.fixture
def app(dashboard_secrets):
    return start(dashboard_secrets)


def visit(at: AppTest, page: str) -> AppTest:
    at.switch_page(f"views/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    return at


def test_summary_lists_the_five_regulations(app):
    at = visit(app, "summary")
    regulations = at.dataframe[0].value["Peraturan"].tolist()
    assert len(regulations) == 5
    assert "Peraturan Bupati Buton Nomor 3 Tahun 2024" in regulations
    counts = at.dataframe[1].value
    assert counts["Jumlah"].sum() > 0
    assert any(b.label == "Unduh CSV" for b in at.get("download_button"))


def test_org_chart_draws_the_chart_and_its_edge_table(app):
    at = visit(app, "org_chart")
    assert at.selectbox(key="unit").options
    edges = at.dataframe[0].value
    assert {"Dari", "Relasi", "Kepada", "Letak", "Kutipan"} <= set(edges.columns)
    assert len(edges) > 0
    labels = {b.label for b in at.get("download_button")}
    assert {"Unduh HTML", "Unduh CSV", "Unduh SVG"} <= labels
    at.pills(key="edge_types").set_value(["APPRAISES"]).run()
    assert set(at.dataframe[0].value["Relasi"]) == {"Menilai kinerja (PPK)"}


def test_org_chart_of_a_named_unit_draws_its_positions(app):
    at = visit(app, "org_chart")
    picker = at.selectbox(key="unit")
    named = next(i for i, label in enumerate(picker.options) if label.endswith(")"))
    picker.select_index(named).run()
    assert not at.exception and not at.error
    assert len(at.dataframe[0].value) > 0  # org_chart_unit: the copies of its type's edges
    assert len(at.get("iframe")) == 1


def test_chain_cites_every_hop(app):
    at = visit(app, "chain")
    at.text_input(key="chain_q").input("Kepala Seksi").run()
    assert at.selectbox(key="chain_p").options
    assert at.expander, "no chain drawn for Kepala Seksi"
    assert "<mark>" in at.get("html")[0].proto.body


def test_teams_shows_cross_unit_rules_with_citations(app):
    at = visit(app, "teams")
    assert at.expander[0].label.startswith("Siapa memimpin tim (")
    blocks = [h.proto.body for h in at.get("html")]
    assert any("<mark>ketua tim</mark>" in b.lower() for b in blocks)
    rules = at.dataframe[0].value
    assert rules["Ketentuan"].str.contains("tim", case=False).all()
    assert len(at.dataframe[1].value) > 0  # RECOMMENDS_APPRAISAL / KETUA_TIM edges


def test_compare_matches_two_regencies(app):
    at = visit(app, "compare")
    df = at.dataframe[0].value
    assert {"Status", "Relasi", "Kelas dari", "Kelas kepada"} <= set(df.columns)
    assert len(df) > 0


def test_console_runs_a_template_and_refuses_a_write(app):
    at = visit(app, "cypher")
    assert "SK_QUERY_TIMEOUT_MS" in at.caption[0].value
    at.button(key="run").click().run()
    assert not at.error and len(at.dataframe[0].value) > 0
    paths = at.selectbox(key="cypher_template")
    paths.select(next(o for o in paths.options if o.startswith("Semua jalur"))).run()
    at.button(key="run").click().run()
    assert "Hasil sebagai graf" in [s.value for s in at.subheader]
    assert len(at.get("iframe")) == 1
    chains = at.dataframe[0].value  # paths read as rows of words, not JSON
    assert chains["Rantai (dari jabatan ke atas)"].str.contains(" ← ", regex=False).all()
    assert chains["Jalur"].str.contains("—Menilai kinerja (PPK)→", regex=False).all()
    at.text_area[0].input("CREATE (:Position {title: 'Uji'}) RETURN 1").run()
    at.button(key="run").click().run()
    assert "hanya untuk membaca" in at.error[0].value
    assert not at.exception


def test_sources_searches_provisions_and_lists_citing_edges(app):
    at = visit(app, "sources")
    at.text_input(key="src_q").input("penilaian kinerja").run()
    found = at.dataframe[0].value
    assert len(found) > 0
    assert found["Ketentuan"].str.contains("penilaian kinerja", case=False).all()
    assert len(at.dataframe[1].value) > 0  # the edges citing the chosen provision
    labels = [b.label for b in at.get("download_button")]
    assert any(label.startswith("Unduh teks sumber (000_") for label in labels)


@pytest.mark.parametrize(
    ("settings", "setting"),
    [
        (
            {"SK_STORE": "neo4j", "NEO4J_URI": "bolt://127.0.0.1:9", "NEO4J_PASSWORD": "x"},
            "NEO4J_URI",
        ),
        ({"SK_STORE": "embedded", "SK_DATA_DIR": "/proc/no-such-dir/store"}, "SK_DATA_DIR"),
    ],
    ids=["neo4j-unreachable", "embedded-bad-data-dir"],
)
def test_dead_store_shows_what_to_fix(settings, setting):
    at = start(settings)
    assert not at.exception
    assert "tidak dapat dihubungi" in at.error[0].value
    assert setting in at.error[0].value


def test_empty_store_offers_to_load_the_regulations(fresh_store, store_settings):
    at = start(store_settings | {"SK_GRAPH": fresh_store.graph_name})
    assert "masih kosong" in at.info[0].value
    at.button(key="load_regulations").click().run()
    assert not at.exception
    assert at.success[0].value == "Selesai: 5 peraturan dimuat."
    assert not fresh_store.is_empty()


def test_summary_counts_what_the_loader_counts(app, load_report):
    """One definition of each figure (issue 14 point 4): the loader said "90 positions, 213
    edges" for Buton where Ringkasan said 67 and 155, each counting something else."""
    at = visit(app, "summary")
    by_file = {row["Berkas"]: row for _, row in at.dataframe[0].value.iterrows()}
    for name, counts in load_report.counts.items():
        row = by_file[name]
        assert row[messages.COUNT_HEADERS["positions"]] == counts["templates"], name
        assert row[messages.COUNT_HEADERS["unit_positions"]] == counts["instances"], name
        assert row[messages.COUNT_HEADERS["edges"]] == counts["edges"], name
        assert row[messages.COUNT_HEADERS["edge_copies"]] == counts["edge_copies"], name
    metrics = {m.label: m.value for m in at.metric}
    total = sum(c["templates"] for c in load_report.counts.values())
    assert metrics[messages.COUNT_HEADERS["positions"]] == str(total)
    per_type = at.dataframe[1].value.set_index("Peraturan")["Jumlah"]
    for _, row in at.dataframe[0].value.iterrows():
        assert per_type[row["Peraturan"]] == row[messages.COUNT_HEADERS["edges"]]
