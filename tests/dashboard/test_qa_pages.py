"""Defects found by trying every page as an analyst would (QA pass after issues 11-15).

Each test failed before its fix; they run on the session's store loaded with the
five regulations, through dashboard/app.py as the server runs it.
"""

from __future__ import annotations

from dashboard import messages
from tests.dashboard.test_pages import start, visit

TABALONG = "Kabupaten Tabalong"


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
