"""Analyst corrections and what-if drafts (issue 15), kept apart from what the reader extracted.

A :class:`~corrections.model.Correction` adds, removes or re-words the
condition of one edge of a regulation; it never edits an extracted edge. It is
matched to its regulation by content (regulation sha256 + edge identity:
type, ends, unit type, provision span), stored as its own ``:Correction`` node
(``corrections.storage``), survives reloads (``corrections.match``), travels as
JSON or CSV (``corrections.files``) and is applied on read as an overlay
(``corrections.overlay.apply``). A :class:`~corrections.model.Draft` is a named
set of such edits over a copy of a unit type or a whole regulation. See
docs/corrections.md.
"""
