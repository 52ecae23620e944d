"""Bandingkan: two regencies' relations for the same unit type, matched by position class."""

from __future__ import annotations

import streamlit as st

from dashboard import blocks, data, editing, messages, pickers, resources, urlstate
from dashboard.render import compare, rows
from loader.graph.rows import WIDE_NAME  # regulation-wide rules: a type every regency has

store = resources.get_store()
st.title(messages.PAGE_TITLES["compare"])
st.caption(messages.COMPARE_INTRO)

regencies = data.regency_names(store)
if len(regencies) < 2:
    st.info(messages.COMPARE_NEEDS_TWO)
    st.stop()

sides = []
for col, key, default in zip(st.columns(2), ("a", "b"), (0, 1), strict=True):
    with col:
        side = messages.COMPARE_SIDES[key]
        name = urlstate.bound(
            st.selectbox,
            side,
            messages.COMPARE_REGENCY.format(side=side),
            options=regencies,
            default=regencies[default],
            key=f"cmp_{key}",
        )
        labels = data.unit_type_labels(store, name)
        if not labels:
            st.stop()
        index = pickers.same_kind_index(list(labels.values()), sides[0][2] if sides else WIDE_NAME)
        unit = urlstate.bound(
            st.selectbox,
            f"unit_{side}",
            messages.COMPARE_UNIT_TYPE.format(side=side),
            options=list(labels),
            default=list(labels)[index],
            format_func=labels.get,
            key=f"cmp_unit_{key}",
        )
        sides.append((name, unit, labels[unit]))

charts = []
for name, unit, _ in sides:
    found = data.call(store.query, "org_chart_unit_type", {"unit_type": unit})
    if found is None:
        st.stop()
    charts.append(editing.corrected(store, name, rows.org_chart(found.rows)[0], home=unit))

label_a, label_b = (name for name, _, _ in sides)  # any issuer: "Kota Malang", "Kementerian …"
if label_a == label_b:
    label_a, label_b = f"{label_a} (kiri)", f"{label_b} (kanan)"
df = compare.compare_frame(charts[0], charts[1], label_a, label_b)
counts = compare.status_counts(df)
for col, status in zip(st.columns(3), (compare.BOTH, compare.ONLY_A, compare.ONLY_B), strict=True):
    text = status.format(a=label_a, b=label_b)
    col.metric(text, counts.get(text, 0))
blocks.table(df, "bandingkan", what="relasi pada kedua pilihan")
