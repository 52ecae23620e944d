"""Who may write: loopback yes; any other address only with a configured password, typed."""

from __future__ import annotations

import pytest

from corrections.access import may_write


@pytest.mark.parametrize(
    ("address", "configured", "entered", "allowed"),
    [
        ("127.0.0.1", None, None, True),
        ("localhost", None, None, True),
        ("::1", None, None, True),
        (None, None, None, False),  # Streamlit's default listens on every interface
        ("", None, "anything", False),
        ("0.0.0.0", None, "", False),
        ("0.0.0.0", "rahasia", None, False),
        ("0.0.0.0", "rahasia", "salah", False),
        ("10.1.2.3", "rahasia", "rahasia", True),
        ("0.0.0.0", "", "", False),  # an empty password is no password
    ],
)
def test_may_write(address, configured, entered, allowed):
    assert may_write(address, configured, entered) is allowed


def test_typed_text_is_inert_in_markdown():
    from dashboard.render.correction_tables import md

    typed = "lihat ![x](http://example.com/a.png) dan [tautan](http://example.com) *tebal*"
    shown = md(typed)
    assert "](" not in shown.replace("\\]\\(", "") and "\\!\\[x\\]\\(http\\:" in shown
    assert shown.replace("\\", "") == typed
