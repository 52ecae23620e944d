"""Issue 14, point 7: a position title, or a provision's words, found in every loaded
regulation; the answers per regency side by side, cited, and exported as CSV and XLSX."""

from __future__ import annotations

from dashboard import messages
from dashboard.render import search
from tests.dashboard.test_links import reopen
from tests.dashboard.test_pages import start, visit

REGENCIES = [
    "Kabupaten Buton",
    "Kabupaten Konawe Selatan",
    "Kabupaten Malang",
    "Kabupaten Muna",
    "Kabupaten Tabalong",
]


def test_a_title_is_answered_per_regency_side_by_side(dashboard_secrets, loaded_store):
    at = visit(start(dashboard_secrets), "search")
    at.text_input(key="search_q").input("Sekretaris").run()
    side = at.dataframe[0].value
    assert list(side.columns) == ["Jabatan", "Relasi", *REGENCIES]
    answered = [g for g in REGENCIES if (side[g] != messages.SEARCH_MISSING).any()]
    assert len(answered) >= 3  # Sekretaris (Daerah, Camat, Dinas …) is in most regulations
    rows = at.dataframe[1].value
    expected = loaded_store.query("search_positions", {"q": "Sekretaris"}).rows
    assert len(rows) == len(expected)
    cited = rows[rows["Relasi"] != messages.SEARCH_NO_EDGE]
    assert len(cited) > 0 and (cited["Letak"] != "").all() and (cited["Kutipan"] != "").all()
    assert {"Unduh CSV", "Unduh XLSX"} <= {b.label for b in at.get("download_button")}


def test_a_provision_s_words_are_counted_and_listed_per_regency(dashboard_secrets, loaded_store):
    at = visit(start(dashboard_secrets), "search")
    at.radio(key="search_kind").set_value("ketentuan").run()
    at.text_input(key="search_q").input("penilaian kinerja").run()
    found = loaded_store.query("search_provisions", {"q": "penilaian kinerja"}).rows
    metrics = {m.label: int(m.value) for m in at.metric}
    for regency in REGENCIES:
        mine = sum(1 for r in found if r["regency"] == regency)
        assert metrics[regency] == mine
    table = at.dataframe[0].value
    assert len(table) == len(found)
    assert table["Ketentuan"].str.contains("penilaian kinerja", case=False).all()
    assert {"Unduh CSV", "Unduh XLSX"} <= {b.label for b in at.get("download_button")}


def test_too_short_a_text_asks_for_more(dashboard_secrets):
    at = visit(start(dashboard_secrets), "search")
    at.text_input(key="search_q").input("ka").run()
    assert at.info[0].value == messages.SEARCH_TOO_SHORT.format(n=3)
    assert not at.dataframe


def test_search_link_reopens_the_same_search(dashboard_secrets):
    at = visit(start(dashboard_secrets), "search")
    at.radio(key="search_kind").set_value("ketentuan").run()
    at.text_input(key="search_q").input("ketua tim").run()
    again = reopen(dashboard_secrets, "search", dict(at.query_params))
    assert again.session_state["search_kind"] == "ketentuan"
    assert again.session_state["search_q"] == "ketua tim"
    assert again.dataframe[0].value.equals(at.dataframe[0].value)


def test_titles_written_alike_share_a_row():
    rows = [
        {
            "regency": "A",
            "title": "camat",
            "type": "APPRAISES",
            "superior": "bupati",
            "unit_type": "Kecamatan",
            "where": "Pasal 7",
        },
        {
            "regency": "B",
            "title": "Camat",
            "type": "APPRAISES",
            "superior": "Sekretaris Daerah",
            "unit_type": "Kecamatan",
            "where": "Pasal 9",
        },
        {"regency": "B", "title": "Lurah", "type": None, "unit_type": "Kelurahan"},
    ]
    records = search.position_rows(rows, "(tanpa)")
    side = search.positions_side_by_side(records, ["A", "B", "C"], "—")
    camat = side[side["Jabatan"] == "Camat"].iloc[0]
    assert camat["A"] == "Bupati (Kecamatan; Pasal 7)"
    assert camat["B"] == "Sekretaris Daerah (Kecamatan; Pasal 9)"
    assert camat["C"] == "—"
    assert side[side["Jabatan"] == "Lurah"].iloc[0]["Relasi"] == "(tanpa)"
