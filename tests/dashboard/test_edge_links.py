"""Issue 14, point 6: from an edge to its law. Every edge of a chart and of its table links to
the provision it was read from; Sumber Hukum opens that provision with the quote marked,
and marks nothing a link brings that the provision does not say. The click in the
chart itself is tested in Chromium (tests/browser/test_edge_links.py).
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from dashboard import blocks, messages
from dashboard.render import chart, rows
from tests.dashboard.test_links import reopen
from tests.dashboard.test_pages import start, visit
from tests.dashboard.test_render_chart import payload


def opened(href: str) -> dict[str, str]:
    parts = urlsplit(href)
    assert parts.path == "sources"
    return {k: v[0] for k, v in parse_qs(parts.query).items()}


def test_every_edge_in_the_table_links_to_the_provision_holding_its_quote(
    dashboard_secrets, loaded_store
):
    at = visit(start(dashboard_secrets, "Kabupaten Buton"), "org_chart")
    table = at.dataframe[0].value
    hrefs = table[blocks.LINK_COLUMN].tolist()
    assert hrefs and all(hrefs)
    params = [opened(h) for h in hrefs]
    uids = sorted({p["pasal"] for p in params})
    texts = {
        r["uid"]: r["text"] for r in loaded_store.query("provision_texts", {"uids": uids}).rows
    }
    for p, quote in zip(params, table["Kutipan"], strict=True):
        assert p["pasal"].startswith(p["peraturan"] + "/prov/")
        assert p["kutipan"] == " ".join(quote.split())
        assert " ".join(quote.split()) in " ".join(texts[p["pasal"]].split())


def test_chart_edges_carry_their_link_and_say_so(loaded_store):
    types = loaded_store.query("unit_types", {"regency": "Kabupaten Buton"}).rows
    found = loaded_store.query("org_chart_unit_type", {"unit_type": types[0]["uid"]})
    edges, positions = rows.org_chart(found.rows)
    data = payload(chart.org_chart_html(edges, positions, link_hint=messages.EDGE_LINK_HINT))
    assert data["edges"] and all(opened(e["link"])["kutipan"] for e in data["edges"])
    assert all(messages.EDGE_LINK_HINT in e["tip"] for e in data["edges"])
    plain = payload(chart.org_chart_html(edges, positions))  # the downloaded file: no links
    assert not any("link" in e for e in plain["edges"])


def test_sources_opens_the_linked_provision_with_the_quote_marked(dashboard_secrets):
    at = visit(start(dashboard_secrets, "Kabupaten Buton"), "org_chart")
    link = opened(at.dataframe[0].value[blocks.LINK_COLUMN].iloc[0])
    page = reopen(dashboard_secrets, "sources", link)
    assert page.session_state["src_prov"] == link["pasal"]
    assert messages.LINKED_PROVISION in [s.value for s in page.subheader]
    marked = [h.proto.body for h in page.get("html") if "<mark id='kutipan'>" in h.proto.body]
    assert marked and link["kutipan"].split()[0] in marked[0]


def test_a_forged_quote_is_not_shown_as_the_regulation_s(dashboard_secrets):
    at = visit(start(dashboard_secrets, "Kabupaten Buton"), "org_chart")
    link = opened(at.dataframe[0].value[blocks.LINK_COLUMN].iloc[0])
    link["kutipan"] = "Bupati membubarkan seluruh perangkat daerah"
    page = reopen(dashboard_secrets, "sources", link)
    bodies = [h.proto.body for h in page.get("html")]
    assert not any("membubarkan" in b for b in bodies)
    assert messages.QUOTE_NOT_FOUND in [c.value for c in page.caption]


def test_chain_hops_link_to_their_provision_with_the_quote(dashboard_secrets):
    at = visit(start(dashboard_secrets, "Kabupaten Buton"), "chain")
    links = [p for p in at.get("page_link") if p.proto.page == "sources"]
    assert links
    for link in links:
        params = opened(f"sources?{link.proto.query_string}")
        assert params["kutipan"] and params["pasal"].startswith(params["peraturan"] + "/prov/")
