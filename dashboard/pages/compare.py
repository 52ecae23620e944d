"""Bandingkan: two regencies' relations for the same unit type, matched by position class."""

from __future__ import annotations

import streamlit as st

from dashboard import messages, resources, widgets
from dashboard.render import compare

store = resources.get_store()
st.title(messages.PAGE_TITLES["compare"])
st.caption(messages.COMPARE_INTRO)

regencies = widgets.regency_names(store)
if len(regencies) < 2:
    st.info(messages.COMPARE_NEEDS_TWO)
    st.stop()

sides = []
for col, key, default in zip(st.columns(2), ("a", "b"), (0, 1), strict=True):
    with col:
        name = st.selectbox(messages.REGENCY_PICKER, regencies, index=default, key=f"cmp_{key}")
        units = widgets.run_query(store, "unit_choices", {"regency": name})
        if units is None or not units.rows:
            st.stop()
        labels = {row["uid"]: row["label"] for row in units.rows}
        index = widgets.same_kind_index(units.rows, sides[0][2] if sides else None)
        unit = st.selectbox(
            messages.UNIT_PICKER,
            list(labels),
            index=index,
            format_func=labels.get,
            key=f"cmp_unit_{key}",
        )
        sides.append((name, unit, labels[unit]))

(a, unit_a, _), (b, unit_b, _) = sides
rows_a = widgets.run_query(store, "org_chart_edges", {"unit": unit_a})
rows_b = widgets.run_query(store, "org_chart_edges", {"unit": unit_b})
if rows_a is None or rows_b is None:
    st.stop()

label_a, label_b = a.removeprefix("Kabupaten "), b.removeprefix("Kabupaten ")
if label_a == label_b:
    label_a, label_b = f"{label_a} (kiri)", f"{label_b} (kanan)"
df = compare.compare_frame(rows_a.rows, rows_b.rows, label_a, label_b)
counts = compare.status_counts(df)
cols = st.columns(3)
for col, status in zip(cols, (compare.BOTH, compare.ONLY_A, compare.ONLY_B), strict=True):
    text = status.format(a=label_a, b=label_b)
    col.metric(text, counts.get(text, 0))
widgets.table(df, "bandingkan", what="relasi pada kedua pilihan")
