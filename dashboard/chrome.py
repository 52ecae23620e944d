"""Streamlit's own widget texts that no parameter sets, shown in Bahasa Indonesia (issue 14).

The file uploader's button and instructions, the "Press Enter to apply" hint under
text inputs, a select's "No results" and the tooltips of a table's toolbar are English in
Streamlit's frontend (its main menu is turned off: ``client.toolbarMode = "minimal"`` in
``.streamlit/config.toml``; the table's own CSV download, which has no formula guard, is
hidden). One stylesheet, added once per run by ``app.py``, hides those words
(``visibility: hidden`` also takes them out of the page's text, so a screen reader and
the browser test read ours) and shows the texts of ``messages`` in their place. Placeholders
and labels that Streamlit does take are set where the widget is drawn.
"""

from __future__ import annotations

import json

import streamlit as st

from dashboard import messages

_SWAP = """
{target} {{ font-size: 0 !important; visibility: hidden; }}
{target}::after {{ content: {text}; font-size: {size}; visibility: visible; }}
"""
_UPLOAD_BUTTON = (
    '[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] p'
)
_UPLOAD_HINT = '[data-testid="stFileUploaderDropzoneInstructions"] span'
_ENTER_HINT = '.stTextInput [data-testid="InputInstructions"]'
_CTRL_ENTER_HINT = '.stTextArea [data-testid="InputInstructions"]'
# a select's list with no option left (react-aria marks it empty): Streamlit writes "No results"
_NO_RESULTS = '[role="listbox"][data-empty="true"] [role="option"] span'
# A toolbar button's tooltip is drawn apart from the button; the button's hover target is the
# one described by it while it shows, so :has() finds which button's tooltip is open.
_TIP = (
    'body:has([data-testid="stTooltipHoverTarget"][aria-describedby]'
    ' > button[aria-label="{label}"]) [data-testid="stTooltipContent"] p'
)
# Streamlit's own table download writes cells as they are (no formula guard): the pages offer
# their own CSV/XLSX (dashboard/render/exports.py) instead.
_HIDDEN = (
    '[data-testid="stElementToolbarButton"]:has(button[aria-label="Download as CSV"])'
    " { display: none !important; }"
)


def stylesheet(max_mb: int) -> str:
    """The CSS that puts the Indonesian texts in place of Streamlit's English ones."""
    swaps = (
        (_UPLOAD_BUTTON, messages.UPLOAD_BROWSE, "0.875rem"),
        (_UPLOAD_HINT, messages.UPLOAD_DROP.format(mb=max_mb), "0.875rem"),
        (_ENTER_HINT, messages.PRESS_ENTER, "0.75rem"),
        (_CTRL_ENTER_HINT, messages.PRESS_CTRL_ENTER, "0.75rem"),
        (_NO_RESULTS, messages.NO_RESULTS, "0.875rem"),
        *((_TIP.format(label=en), tip, "0.875rem") for en, tip in messages.TOOLBAR_TIPS.items()),
    )
    rules = [
        _SWAP.format(target=target, text=json.dumps(text, ensure_ascii=False), size=size)
        for target, text, size in swaps
    ]
    return "<style>" + "".join(rules) + _HIDDEN + "</style>"


def localise(max_mb: int) -> None:
    """Add the stylesheet to the page (a style-only st.html takes no room)."""
    st.html(stylesheet(max_mb))


def uploader_hint(key: str, text: str) -> None:
    """Another hint for one keyed uploader (its container carries ``st-key-<key>``)."""
    target = f".st-key-{key} {_UPLOAD_HINT}"
    rule = _SWAP.format(target=target, text=json.dumps(text, ensure_ascii=False), size="0.875rem")
    st.html("<style>" + rule + "</style>")
