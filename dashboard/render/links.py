"""Links from an edge to the provision it was read from, on the Sumber Hukum page (issue 14).

A link carries the regulation, the provision and the quote (``peraturan``, ``pasal``,
``kutipan``), relative to the page that holds it, so it works under any base path.
Sumber Hukum highlights the quote only where the provision's own text holds it: a
link cannot make the page show words the regulation does not contain.
"""

from __future__ import annotations

from urllib.parse import urlencode

SOURCES_PATH = "sources"  # the url_path app.py gives views/sources.py
QUOTE_PARAM = "kutipan"
MAX_QUOTE = 2000  # characters kept in a link; longer quotes are highlighted by their start


def regulation_of(provision_uid: str) -> str:
    """The regulation uid a provision uid starts with ('<regulation>/prov/<start>-<end>')."""
    return provision_uid.split("/prov/")[0]


def provision_params(provision_uid: str, quote: str | None = None) -> dict[str, str]:
    """The Sumber Hukum query parameters that open ``provision_uid`` with ``quote`` marked."""
    params = {"peraturan": regulation_of(provision_uid), "pasal": provision_uid}
    if quote:
        params[QUOTE_PARAM] = " ".join(quote.split())[:MAX_QUOTE]
    return params


def provision_href(provision_uid: str | None, quote: str | None = None) -> str | None:
    """'sources?peraturan=…&pasal=…&kutipan=…', or None for an edge without a provision."""
    if not provision_uid:
        return None
    return f"{SOURCES_PATH}?{urlencode(provision_params(provision_uid, quote))}"
