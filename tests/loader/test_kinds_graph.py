"""The issuer of any kind of regulation reaches the graph (issue 11, point 1).

A Peraturan Menteri and an excerpt without heading are loaded into the real
embedded FalkorDB beside a regency's regulation; the issuing government and
its kind are node properties the dashboard and the roster read back.
"""

from __future__ import annotations

from loader.graph.load import load_files
from tests.loader.conftest import BUTON

MENTERI = """PERATURAN MENTERI PERHUBUNGAN REPUBLIK INDONESIA
NOMOR 11 TAHUN 2023
TENTANG
SISTEM KERJA DI LINGKUNGAN KEMENTERIAN PERHUBUNGAN

DENGAN RAHMAT TUHAN YANG MAHA ESA

MENTERI PERHUBUNGAN REPUBLIK INDONESIA,

BAB I
KETENTUAN UMUM

Pasal 1
(1) Direktur menetapkan kinerja Kepala Bagian.
(2) Kepala Bagian memberikan penugasan kepada Pejabat Fungsional.
"""

EXCERPT = """Pasal 12
Kepala Bagian melakukan penilaian kinerja Pejabat Fungsional.
"""


def test_the_issuer_and_its_kind_are_in_the_graph(fresh_store, tmp_path):
    menteri = tmp_path / "permen.txt"
    menteri.write_text(MENTERI, encoding="utf-8")
    kutipan = tmp_path / "kutipan.txt"
    kutipan.write_text(EXCERPT, encoding="utf-8")
    report = load_files([menteri, kutipan, BUTON], fresh_store)
    assert report.ok, report.problems
    rows = fresh_store.query("regency_list").rows
    kinds = {row["regency"]: row["issuer_kind"] for row in rows}
    assert kinds["Kementerian Perhubungan"] == "ministry"
    assert kinds["Kabupaten Buton"] == "regency"
    (excerpt,) = [name for name in kinds if name.startswith("Kutipan ")]
    assert kinds[excerpt] == ""
    regulations = {row["regency"]: row for row in fresh_store.query("regulation_list").rows}
    permen = regulations["Kementerian Perhubungan"]
    assert permen["kind"] == "Peraturan Menteri"
    assert permen["label"] == "Peraturan Menteri Perhubungan Nomor 11 Tahun 2023"
    assert regulations[excerpt]["label"].startswith("Kutipan Pasal 12 (")
    assert regulations[excerpt]["kind"] == "Kutipan"
    # a ministry's regulation-wide rules hold for its Unit Organisasi, not for Perangkat Daerah
    types = fresh_store.query("unit_types", {"regency": "Kementerian Perhubungan"}).column("name")
    assert types == ["Seluruh Unit Organisasi"]
