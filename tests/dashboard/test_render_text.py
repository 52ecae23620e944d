"""Citation blocks, comparison and tables built from verbatim regulation text."""

from __future__ import annotations

from dashboard.render import citation, compare, exports, tables

# Buton Pasal 12 ayat (4), verbatim.
PROVISION = (
    "(4) Dalam tim kerja yang anggotanya berasal dari lintas Perangkat Daerah, Pejabat Fungsional "
    "dan/atau pelaksana yang berperan sebagai ketua tim berasal dari Perangkat Daerah pemilik "
    "kinerja."
)
QUOTE = "ketua tim berasal dari Perangkat Daerah pemilik kinerja"


def test_quote_is_highlighted_inside_its_provision():
    out = citation.highlight(PROVISION, QUOTE)
    assert f"<mark>{QUOTE}</mark>" in out
    assert out.startswith("(4) Dalam tim kerja")


def test_citation_escapes_markup_from_the_text():
    out = citation.citation_html("Pasal 12 ayat (4)", "<b>x</b>", "a <b>x</b> b", "Perbup Buton")
    assert "<mark>&lt;b&gt;x&lt;/b&gt;</mark>" in out
    assert "Perbup Buton, Pasal 12 ayat (4)" in out


def test_quote_missing_from_text_is_still_shown():
    assert citation.highlight("lain", QUOTE) == f"<mark>{QUOTE}</mark>"


def side(src, src_cls, dst, dst_cls, type_, where):
    return {
        "source": src,
        "source_class": src_cls,
        "target": dst,
        "target_class": dst_cls,
        "type": type_,
        "where": where,
    }


def test_comparison_matches_positions_by_class():
    a = [
        side("Kepala Dinas", "JPT Pratama", "Sekretaris", "Administrator", "APPRAISES", "L.IV"),
        side("Camat", "Administrator", "Lurah", "Pengawas", "ASSIGNS", "L.VIII"),
    ]
    b = [side("Kepala Badan", "JPT Pratama", "Sekretaris", "Administrator", "APPRAISES", "L.D")]
    df = compare.compare_frame(a, b, "Buton", "Muna")
    status = dict(zip(df["Relasi"], df["Status"], strict=True))
    assert status == {"Menilai kinerja (PPK)": "Keduanya", "Memberi penugasan": "Hanya Buton"}
    row = df[df["Status"] == "Keduanya"].iloc[0]
    assert row["Muna: jabatan"] == "Kepala Badan → Sekretaris"
    assert compare.status_counts(df) == {"Keduanya": 1, "Hanya Buton": 1}


def test_csv_has_bom_and_indonesian_headers():
    df = tables.edges_frame(
        [side("Lurah", "Administrator", "Pelaksana", "Pelaksana", "APPRAISES", "Pasal 20 ayat (2)")]
    )
    data = exports.csv_bytes(df)
    assert data.startswith("\ufeff".encode())
    assert "Dari,Relasi,Kepada" in data.decode("utf-8-sig").splitlines()[0]


def test_nodes_show_their_title_in_a_cell():
    node = {"labels": ["Position"], "properties": {"uid": "p1", "title": "Camat"}}
    assert tables.cell(node) == "Camat"
    assert tables.cell(["Ahli Muda", "Ahli Pertama"]) == "Ahli Muda, Ahli Pertama"
