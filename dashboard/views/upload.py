"""Unggah Peraturan: upload a PDF or text, review what was read, load it only on confirmation.

The file is saved under ``dashboard.uploads.UPLOAD_DIR`` (size capped by
``MAX_UPLOAD_MB``), reviewed with ``loader.review.analysis.review_file`` (the review is
kept in the session, so the confirming rerun does not read a scan again), and
loaded with ``load_files`` (atomic, as any load) only when the analyst presses
the button. A RegulationError shows one line and loads nothing.
"""

from __future__ import annotations

import streamlit as st

from dashboard import blocks, corrections_page, data, messages, resources, uploads
from dashboard.render import chart, tables
from dashboard.render import review as review_tables
from loader.errors import RegulationError
from loader.graph.load import load_files
from loader.model import EXCERPT_KIND
from loader.pdf.document import max_pages
from loader.review.analysis import review_file
from queries.errors import QueryError

PREVIEW_PX = 460  # the preview chart's drawing
REVIEW_KEY = "_upload_review"  # session key: (saved path, Review) of the last upload


def upload_ui():
    """The uploader and its limits; returns the UploadedFile or None."""
    st.title(messages.PAGE_TITLES["upload"])
    st.write(messages.UPLOAD_INTRO)
    try:
        pages = max_pages("")
    except RegulationError:  # a bad setting: every PDF is refused, with its own message
        pages = "-"
    st.caption(messages.UPLOAD_LIMIT.format(mb=uploads.MAX_UPLOAD_MB, pages=pages))
    return st.file_uploader(
        messages.UPLOAD_PICKER,
        type=list(uploads.UPLOAD_TYPES),
        max_upload_size=uploads.WIDGET_MAX_MB,
        key="upload_file",
    )


def reviewed(name: str, data: bytes):
    """(path, Review) of the upload, from the session when it was reviewed already."""
    bar = st.progress(0.0, text=messages.UPLOAD_STEPS[0])
    path = uploads.save_upload(name, data)
    kept = st.session_state.get(REVIEW_KEY)
    if kept and kept[0] == str(path):
        bar.empty()
        return path, kept[1]
    bar.progress(0.3, text=messages.UPLOAD_STEPS[1])
    try:
        result = review_file(path)
    except RegulationError:
        uploads.discard(path)  # a rejected upload is not kept
        raise
    st.session_state[REVIEW_KEY] = (str(path), result)
    bar.empty()
    return path, result


def report_ui(r) -> None:
    """The review report: what was read, sections and their edges, what was not read."""
    x = r.extraction
    st.success(
        messages.UPLOAD_READ.format(
            label=x.regulation.label,
            edges=len(x.edges),
            articles=len(r.articles),
            sections=len(r.sections),
        )
    )
    if r.pages is not None:
        text_file = messages.without_paths(r.text_file or "")
        st.caption(messages.UPLOAD_PDF.format(pages=r.pages, text_file=text_file))
    st.subheader(messages.REVIEW_SECTIONS)
    blocks.table(review_tables.sections_frame(r), "review-sections")
    st.subheader(messages.REVIEW_UNREAD.format(count=len(r.unread)))
    blocks.table(review_tables.unread_frame(r), "review-unread", what=messages.REVIEW_NONE)
    st.subheader(messages.REVIEW_UNLINKED.format(count=len(r.unlinked)))
    blocks.table(review_tables.unlinked_frame(r), "review-unlinked", what=messages.REVIEW_NONE)
    if r.ocr:
        mean = sum(r.ocr.values()) / len(r.ocr)
        st.subheader(messages.REVIEW_OCR.format(mean=mean))
        blocks.table(review_tables.ocr_frame(r), "review-ocr")
    for w in x.warnings:
        st.warning(f"{w.where}: {messages.warning_text(w.code)}")


def preview_ui(r) -> None:
    """The extracted edges as a table, and one section of them as a chart."""
    x = r.extraction
    st.subheader(messages.PREVIEW_TITLE)
    blocks.table(tables.edges_frame(review_tables.edge_rows(x)), "review-edges")
    keys = review_tables.sections_with_edges(x)
    if not keys:
        return
    names = review_tables.section_names(x)
    section = st.selectbox(
        messages.PREVIEW_SECTION, keys, format_func=names.get, key="upload_section"
    )
    rows = review_tables.edge_rows(x, section)
    st.iframe(
        chart.org_chart_html(rows, height=PREVIEW_PX),
        height=chart.frame_height(PREVIEW_PX),
        alt=messages.CHART_ALT,
    )


def governing_ui(r) -> tuple[dict | None, bool]:
    """For an excerpt of an issuer that has a regulation loaded: say which text its people pages
    keep using, and let the analyst choose the excerpt instead (never silently). Returns the
    issuer's governing regulation (None when it has none or this is no excerpt) and the choice."""
    reg = r.extraction.regulation
    if reg.kind != EXCERPT_KIND:
        return None, False
    current = data.governing(resources.get_store(), reg.regency)
    if not current or current["uid"] == reg.uid or current["kind"] == EXCERPT_KIND:
        return None, False  # nothing loaded, a reload, or excerpts only: no full text to keep
    st.info(messages.EXCERPT_GOVERNS_NOTE.format(regency=reg.regency, label=current["label"]))
    label = messages.EXCERPT_GOVERNS_CHOICE.format(regency=reg.regency)
    return current, st.checkbox(label, value=False, key="upload_governs")


def confirm_ui(path, r) -> None:
    """On the button, load the saved file into the store and say what was written."""
    st.caption(messages.CONFIRM_NOTE)
    current, chosen = governing_ui(r)
    if not st.button(messages.CONFIRM_LOAD, type="primary", key="upload_confirm"):
        return
    store = resources.get_store()
    bar = st.progress(0.0, text=messages.LOADING.format(name=path.name, done=0, total=1))

    def progress(done: int, total: int, name: str = "") -> None:
        text = messages.LOADING.format(name=path.name, done=done, total=total)
        bar.progress(min(done / max(total, 1), 1.0), text=text)

    try:
        report = load_files([path], store, progress=progress)
    except QueryError as err:
        messages.show_error(err)
        return
    if report.failed:
        names = messages.without_paths("; ".join(report.problems))
        st.warning(messages.LOAD_FAILED.format(names=names))
        return
    reg = r.extraction.regulation
    st.success(messages.UPLOAD_LOADED.format(label=reg.label, **report.counts[path.name]))
    if current is not None:
        governed_ui(store, reg, current, chosen)


def governed_ui(store, reg, current: dict, chosen: bool) -> None:
    """After loading an excerpt: mark it governing when chosen, and say which text governs."""
    if chosen and data.choose_governing(store, reg.regency, reg.uid):
        st.success(messages.EXCERPT_GOVERNS_DONE.format(regency=reg.regency, label=reg.label))
    elif not chosen:
        st.info(messages.EXCERPT_GOVERNS_KEPT.format(regency=reg.regency, label=current["label"]))


uploaded = upload_ui()
if uploaded is None:
    st.stop()
try:
    saved, review = reviewed(uploaded.name, uploaded.getvalue())
except (RegulationError, uploads.UploadTooLarge) as err:
    messages.show_error(err)
    st.stop()
report_ui(review)
corrections_page.sentence_links(review)
preview_ui(review)
confirm_ui(saved, review)
