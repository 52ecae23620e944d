"""Entry point: page config, the store check, the shared regency picker, and the page router.

Run with ``make run`` (or ``streamlit run dashboard/app.py``). A dead store gets
a banner saying what to fix; an empty store gets the button that loads the
regulations; otherwise ``st.navigation`` runs the chosen page.
"""

from __future__ import annotations

import sys
from pathlib import Path

# `streamlit run dashboard/app.py` puts dashboard/ on sys.path, not the project root.
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402

from dashboard import chrome, loading, messages, pickers, resources, uploads, view_mode  # noqa: E402
from queries.errors import QueryError  # noqa: E402

# No page icons: Streamlit makes the page's icon the favicon, fetching a material icon from
# fonts.gstatic.com, and headless Chromium has no emoji font (issue 5: nothing leaves the machine).
PAGES = (
    ("summary", True),
    ("org_chart", False),
    ("chain", False),
    ("teams", False),
    ("reconciliation", False),
    ("compliance", False),
    ("compare", False),
    ("cypher", False),
    ("sources", False),
    ("search", False),
    ("upload", False),
    ("corrections", False),
    ("drafts", False),
)


def build_pages() -> list:
    # views/, not pages/: Streamlit runs an app with a pages/ folder beside its entrypoint as a
    # v1 multipage app until st.navigation is first called, so a first visit to /sources ran
    # views/sources.py without this file (no page config, no sidebar, no regency).
    here = Path(__file__).resolve().parent / "views"
    return [
        st.Page(
            here / f"{name}.py",
            title=messages.PAGE_TITLES[name],
            url_path=name.replace("_", "-"),
            default=default,
        )
        for name, default in PAGES
    ]


def main() -> None:
    st.set_page_config(page_title=messages.APP_TITLE, layout="wide")
    chrome.localise(uploads.MAX_UPLOAD_MB)
    try:
        store = resources.get_store()
        empty = store.is_empty()
    except (QueryError, ValueError) as err:  # ValueError: a setting that does not parse
        messages.show_error(err)
        return
    if empty:
        loading.load_ui(store)
        return
    # Expanded: past ten pages Streamlit folds the rest under an English "View N more".
    page = st.navigation(build_pages(), expanded=True)
    with st.sidebar:
        pickers.regency_picker(store)
        view_mode.view_toggle()
    page.run()


main()
