"""Citation blocks: the article, and the verbatim sentence highlighted inside its provision.

The result is HTML for ``st.html``; every piece of text from the regulation is
escaped, so only the ``<mark>`` we add is markup.
"""

from __future__ import annotations

import html
import re

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


def quote_span(text: str, quote: str) -> tuple[int, int] | None:
    """Where ``quote`` stands in ``text``, whatever the spacing and line breaks; None if not."""
    words = quote.split()
    if not words:
        return None
    found = re.search(r"\s+".join(re.escape(w) for w in words), text, re.IGNORECASE)
    return found.span() if found else None


def provision_html(where: str, text: str, quote: str | None, regulation: str = "") -> str:
    """A whole provision, the quote marked only where the text holds it (a link's quote is
    not trusted: words the regulation does not contain are never shown as its own)."""
    span = quote_span(text, quote or "")
    if span:
        start, end = span
        body = (
            f"{html.escape(text[:start])}<mark id='kutipan'>{html.escape(text[start:end])}</mark>"
            f"{html.escape(text[end:])}"
        )
    else:
        body = html.escape(text)
    head = ", ".join(part for part in (regulation, where) if part)
    return (
        '<div class="kutipan" style="border-left:4px solid #0072B2;padding:0.3rem 0.8rem;'
        'margin:0.3rem 0;">'
        f"<div style='font-weight:600'>{html.escape(head)}</div>"
        f"<div style='font-size:0.92rem'>{body.replace(chr(10), '<br>')}</div></div>"
    )
