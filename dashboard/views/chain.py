"""Rantai Akuntabilitas: from a position up to the top, per edge type, every hop cited; or from
an employee (NIP or name) through each implied appraiser, every hop cited."""

from __future__ import annotations

import streamlit as st

from checks import chain as checks_chain
from dashboard import (
    blocks,
    data,
    downloads,
    editing,
    messages,
    people_ui,
    pickers,
    resources,
    urlstate,
)
from dashboard.render import chain, people, people_rows, print_view, rows
from dashboard.render.palette import EDGE_STYLES
from loader.model import JENJANG, PositionClass


def full_chain(hops) -> None:
    """The employee's full chain to the top: each person, who is above them and by which
    relation (appraises, else sets targets, else assigns), cited; then why it stops."""
    st.subheader(messages.CHAIN_FULL)
    st.caption(messages.CHAIN_FULL_INTRO)
    for n, hop in enumerate(hops, 1):
        if not hop["type"]:
            continue
        with st.container(border=True):
            st.markdown(
                messages.CHAIN_PERSON_HOP.format(
                    n=n,
                    nama=hop["nama"] or hop["nip"],
                    jabatan=hop["jabatan"] or "-",
                    relation=messages.CHAIN_RELATIONS.get(hop["type"], hop["type"]),
                    names=", ".join(hop["appraisers"]) or "-",
                    position=hop["appraiser_position"],
                )
            )
            blocks.citations([hop])
    last = hops[-1]
    if not last["type"]:
        st.caption(messages.CHAIN_ENDS.format(title=last["nama"] or last["nip"]))
    elif not last["appraisers"]:
        st.caption(messages.CHAIN_VACANT.format(position=last["appraiser_position"]))
    else:
        names = ", ".join(last["appraisers"])
        st.caption(messages.CHAIN_STOPS.format(count=len(last["appraisers"]), names=names))


store = resources.get_store()
st.title(messages.PAGE_TITLES["chain"])
regency = pickers.current_regency()

mode = urlstate.bound(
    st.radio,
    "mode",
    messages.CHAIN_MODE,
    options=list(messages.CHAIN_MODES),
    format_func=messages.CHAIN_MODES.get,
    horizontal=True,
    key="chain_mode",
)
if mode == "pegawai":
    people_ui.roster(store, regency)
    roster = people_ui.snapshot(store, regency)
    q = urlstate.bound(st.text_input, "cari_pegawai", messages.EMPLOYEE_SEARCH, key="chain_nip")
    options = people.employee_options(people_rows.search_people(roster, q.strip()))
    if not options:
        st.info(messages.NO_RESULT.format(what=f"pegawai “{q}” di {regency}"))
        st.stop()
    nip = urlstate.bound(
        st.selectbox,
        "pegawai",
        messages.EMPLOYEE_PICKER,
        options=list(options),
        format_func=options.get,
        key="chain_e",
    )
    full_chain(people_rows.chain_rows(roster, checks_chain.person_combined(roster, nip)))
    hops = people_rows.chain_rows(roster, checks_chain.person_walk(roster, nip))
    st.subheader(messages.PEOPLE_CHAIN)
    st.markdown(people.people_chain_label(hops))
    for hop in hops:
        with st.container(border=True):
            st.markdown(
                messages.CHAIN_HOP.format(
                    nama=hop["nama"] or "-",
                    jabatan=hop["jabatan"] or "-",
                    unit=hop["unit"] or "-",
                    nip=hop["nip"],
                )
            )
            if hop["appraiser_position"]:
                names = ", ".join(hop["appraisers"]) or "-"
                st.markdown(
                    messages.CHAIN_APPRAISED_BY.format(
                        position=hop["appraiser_position"], names=names
                    )
                )
                blocks.citations([hop])
                if len(hop["appraisers"]) > 1:
                    st.caption(
                        messages.CHAIN_STOPS.format(count=len(hop["appraisers"]), names=names)
                    )
            else:
                st.caption(messages.CHAIN_NO_APPRAISER)
    blocks.table(people.chain_frame(hops), f"rantai-{nip}", what=nip)
    st.stop()

text = urlstate.bound(
    st.text_input, "cari", messages.POSITION_SEARCH, default="Kepala Seksi", key="chain_q"
)
jenjang = urlstate.bound(
    st.selectbox,
    "jenjang",
    messages.JENJANG_PICKER,
    options=["", *JENJANG],
    key="chain_jenjang",
    format_func=lambda j: j or messages.ALL_JENJANG,
)
found = data.call(store.query, "position_search", {"regency": regency, "q": text.strip()})
if found is not None and not found.rows and text.strip():
    # Not every regency has the default "Kepala Seksi" (Tabalong): offer every position instead
    # of an empty page.
    st.info(messages.CHAIN_NO_MATCH_ALL.format(text=text, regency=regency))
    found = data.call(store.query, "position_search", {"regency": regency, "q": ""})
labels = rows.position_options(found.rows, messages.REGULATION_SHORT) if found else {}
if not labels:
    st.info(messages.NO_RESULT.format(what=f"jabatan “{text}” di {regency}"))
    st.stop()

uid = urlstate.bound(
    st.selectbox,
    "jabatan",
    messages.POSITION_PICKER,
    options=list(labels),
    format_func=labels.get,
    key="chain_p",
)
position = next(row for row in found.rows if row["uid"] == uid)
editing.view_note(store, regency)
structure = data.structure(store, position["regulation"])
if structure is None:
    st.stop()
if position["cls"] == PositionClass.FUNGSIONAL.value and not jenjang:
    st.caption(messages.CHAIN_PICK_JENJANG)

full = checks_chain.combined(structure, "", uid, jenjang or None)
by_type = {t: checks_chain.walk(structure, "", uid, jenjang or None, t.value) for t in EDGE_STYLES}
texts = data.provision_texts(
    store, chain.provisions_of([full, *(c for cs in by_type.values() for c in cs)])
)

st.subheader(messages.CHAIN_FULL)
st.caption(messages.CHAIN_FULL_INTRO)
full_rows = chain.hop_rows(full, structure, texts)
for n, hop in enumerate(full_rows, 1):
    with st.container(border=True):
        relation = messages.CHAIN_RELATIONS.get(hop["type"], hop["type"])
        st.markdown(messages.CHAIN_FULL_HOP.format(n=n, relation=relation, **hop))
        blocks.citations([hop])
        blocks.provision_links([hop])
        if hop["alternatives"]:
            st.caption(messages.CHAIN_TIES.format(count=hop["alternatives"]))
top = full[-1].next.title if full else position["title"]
st.caption(messages.CHAIN_ENDS.format(title=top))
walked = [*full, *(h for cs in by_type.values() for c in cs for h in c)]
editing.used_ids_note(store, regency, (h.edge.correction for h in walked))

st.subheader(messages.CHAIN_BY_TYPE)
tabs = st.tabs([s.label for s in EDGE_STYLES.values()])
sections = [(messages.CHAIN_FULL, [(chain.chain_label(full_rows), full_rows)] if full_rows else [])]
for tab, (edge_type, style) in zip(tabs, EDGE_STYLES.items(), strict=True):
    paths = [chain.hop_rows(c, structure, texts) for c in by_type[edge_type]]
    sections.append((style.label, [(chain.chain_label(p), p) for p in paths]))
    with tab:
        if not paths:
            st.caption(messages.NO_CHAIN)
        for path in paths:
            with st.expander(chain.chain_label(path), expanded=len(paths) == 1):
                blocks.citations(path)
                blocks.provision_links(path)

downloads.print_download(
    print_view.chain_page(
        sections,
        title=f"{messages.PAGE_TITLES['chain']}: {labels[uid]}",
        meta=messages.PRINT_META.format(
            regency=regency,
            filters=messages.PRINT_FILTERS.format(
                jenjang=jenjang or messages.ALL_JENJANG, types=messages.ALL_EDGE_TYPES
            ),
        ),
        texts=messages.PRINT_TEXTS,
    ),
    "rantai-" + uid.rsplit("/", 1)[-1],
)
