"""Who may write corrections and drafts from the dashboard (issue 15, point 7).

Served on the loopback address only (``make run`` binds 127.0.0.1), the
analyst at the keyboard may write. Served on any other address -- including
Streamlit's default, which listens on every interface -- corrections and
drafts are read-only unless an editor password is configured
(``editor_password`` in ``.streamlit/secrets.toml``) and the session typed it.
The command line is local by nature and always may write (``loader corrections``).
"""

from __future__ import annotations

import hmac

LOCAL_ADDRESSES = frozenset({"127.0.0.1", "localhost", "::1"})


def is_local(address: str | None) -> bool:
    """True when the server listens on the loopback interface only."""
    return (address or "").strip().casefold() in LOCAL_ADDRESSES


def may_write(address: str | None, configured: str | None, entered: str | None) -> bool:
    """Local: yes. Beyond localhost: only with a configured password, typed correctly."""
    if is_local(address):
        return True
    if not configured or entered is None:
        return False
    return hmac.compare_digest(configured.encode("utf-8"), entered.encode("utf-8"))
