"""Citation blocks: the article, and the verbatim sentence highlighted inside its provision.

The result is HTML for ``st.html``; every piece of text from the regulation is
escaped, so only the ``<mark>`` we add is markup.
"""

from __future__ import annotations

import html

_CONTEXT_CHARS = 600  # provision text shown around the quote; long Lampiran points are cut


def highlight(text: str, quote: str) -> str:
    """``text`` escaped, with the first occurrence of ``quote`` wrapped in <mark>.

    When the quote is not found verbatim (a provision stored without it), the quote
    alone is shown highlighted, so the analyst always sees the sentence cited.
    """
    at = text.find(quote) if quote else -1
    if at < 0:
        return f"<mark>{html.escape(quote)}</mark>" if quote else html.escape(text)
    start = max(0, at - _CONTEXT_CHARS // 2)
    end = min(len(text), at + len(quote) + _CONTEXT_CHARS // 2)
    before = ("… " if start else "") + text[start:at]
    after = text[at + len(quote) : end] + (" …" if end < len(text) else "")
    return f"{html.escape(before)}<mark>{html.escape(quote)}</mark>{html.escape(after)}"


def citation_html(where: str, quote: str, text: str | None = None, regulation: str = "") -> str:
    """One citation block: '<regulation>, <where>' and the highlighted quote in its provision."""
    head = ", ".join(part for part in (regulation, where) if part)
    body = highlight(text or quote, quote).replace("\n", "<br>")
    return (
        '<div class="kutipan" style="border-left:4px solid #0072B2;padding:0.3rem 0.8rem;'
        'margin:0.3rem 0;">'
        f"<div style='font-weight:600'>{html.escape(head)}</div>"
        f"<div style='font-size:0.92rem'>{body}</div></div>"
    )
