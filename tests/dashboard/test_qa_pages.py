"""Defects found by trying every page as an analyst would (QA pass after issues 11-15).

Each test failed before its fix; they run on the session's store loaded with the
five regulations, through dashboard/app.py as the server runs it.
"""

from __future__ import annotations

import re

import streamlit as st

from dashboard import messages, uploads
from loader.graph.load import DEFAULT_DIR
from tests.dashboard.test_pages import start, visit

TABALONG = "Kabupaten Tabalong"
UPLOAD = DEFAULT_DIR / "000_b65b5e3740c9ccfa.txt"
CHART_CHROME_PX = 120  # the chart's title, a two-line legend and its buttons


def test_a_long_unit_type_name_can_be_read_whole(dashboard_secrets):
    # Tabalong's grouped unit type is named by the 26 units it groups (over 1,000 characters);
    # the picker and the chart title show a shortened line, so the page must offer the rest.
    at = visit(start(dashboard_secrets, TABALONG), "org_chart")
    picker = at.selectbox(key="unit")
    grouped = next(i for i, label in enumerate(picker.options) if label.endswith("…"))
    picker.select_index(grouped).run()
    assert not at.exception, [e.value for e in at.exception]
    full = [e for e in at.expander if e.label == messages.FULL_UNIT_NAME]
    assert len(full) == 1
    text = " ".join(m.value for m in full[0].markdown)
    assert len(text) > 1000 and "Inspektorat Daerah" in text


def test_the_team_chart_counts_people_not_positions(people_secrets):
    # Its boxes are the lead, the members and their appraisers: "N jabatan" misread them.
    at = visit(start(people_secrets, "Kabupaten Buton"), "teams")
    html = at.get("iframe")[0].proto.srcdoc
    assert " jabatan, " not in html
    assert '"status": "' in html and " orang" in html


def test_the_upload_page_states_the_pdf_page_cap_as_a_number(dashboard_secrets, monkeypatch):
    # The caption showed the setting's name where the analyst needs the number of pages.
    monkeypatch.setenv("SK_PDF_MAX_PAGES", "37")
    at = visit(start(dashboard_secrets), "upload")
    limits = [c.value for c in at.caption if "MB" in c.value]
    assert len(limits) == 1 and "37 halaman" in limits[0], limits


def drawing_height(srcdoc: str) -> int:
    return int(re.search(r'"height": (\d+)', srcdoc).group(1))


def test_the_upload_preview_chart_fits_its_frame(dashboard_secrets, tmp_path, monkeypatch):
    # The drawing (640 px) plus its title, legend and buttons overflowed a 560 px frame,
    # so the lower rows of the preview were cut off.
    monkeypatch.setattr(uploads, "UPLOAD_DIR", tmp_path)
    frames = []
    original = st.iframe

    def recording(src, *args, **kwargs):
        frames.append((src, kwargs.get("height")))
        return original(src, *args, **kwargs)

    monkeypatch.setattr(st, "iframe", recording)
    at = visit(start(dashboard_secrets), "upload")
    at.get("file_uploader")[0].upload(UPLOAD.name, UPLOAD.read_bytes(), "text/plain").run()
    assert frames
    for srcdoc, height in frames:
        assert drawing_height(srcdoc) + CHART_CHROME_PX <= height


def test_every_edge_a_jenjang_brings_into_a_chart_links_to_its_provision(dashboard_secrets):
    # Tabalong's grouped unit type with Ahli Muda: the rows the precedence adds (Pasal 6 ayat (2)
    # huruf b, Pasal 15 ayat (2)) showed "None" where the table links each edge to its law.
    at = visit(start(dashboard_secrets, TABALONG), "org_chart")
    picker = at.selectbox(key="unit")
    picker.select_index(next(i for i, o in enumerate(picker.options) if o.endswith("…"))).run()
    at.selectbox(key="jenjang").select("Ahli Muda").run()
    assert not at.exception, [e.value for e in at.exception]
    table = at.dataframe[0].value
    assert table["Letak"].str.startswith("Pasal").any()  # a regulation-wide rule is drawn
    assert table[table.columns[0]].notna().all(), table[["Letak"]].to_string()


def test_the_chain_page_opens_on_a_position_in_every_regency(dashboard_secrets):
    # Its default search, "Kepala Seksi", names no position of Tabalong: the page opened empty.
    at = visit(start(dashboard_secrets, TABALONG), "chain")
    assert at.selectbox(key="chain_p").options
    assert any("Kepala Seksi" in i.value for i in at.info)  # and it says the search missed
    assert at.get("expander") or at.subheader
