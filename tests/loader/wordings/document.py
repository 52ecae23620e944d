"""Wrap a corpus case in the document a reader would be given.

By default a case is read inside a regulation of its kind: heading, recitals,
a body and, for a Lampiran passage, the Lampiran's own heading after the
signature, all worded so that the frame itself states no relation. ``bare``
gives the case text alone, as an excerpt copied without its heading.
"""

from __future__ import annotations

from tests.loader.wordings.corpus import Case

# kind -> (regulation, issuer, government), in capitals as headings are written
_KINDS = {
    "regency": ("PERATURAN BUPATI CONTOH", "BUPATI CONTOH", "PEMERINTAH KABUPATEN CONTOH"),
    "city": ("PERATURAN WALI KOTA CONTOH", "WALI KOTA CONTOH", "PEMERINTAH KOTA CONTOH"),
    "province": ("PERATURAN GUBERNUR CONTOH", "GUBERNUR CONTOH", "PEMERINTAH PROVINSI CONTOH"),
    "ministry": (
        "PERATURAN MENTERI CONTOH REPUBLIK INDONESIA",
        "MENTERI CONTOH REPUBLIK INDONESIA",
        "KEMENTERIAN CONTOH",
    ),
}

_HEAD = """{regulation}
NOMOR 1 TAHUN 2025
TENTANG
SISTEM KERJA DI LINGKUNGAN {government}

DENGAN RAHMAT TUHAN YANG MAHA ESA

{issuer},

Menimbang : bahwa untuk melaksanakan penyederhanaan birokrasi perlu menetapkan peraturan \
tentang Sistem Kerja di Lingkungan {government_title};

Mengingat : Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi \
Nomor 7 Tahun 2022 tentang Sistem Kerja pada Instansi Pemerintah untuk Penyederhanaan Birokrasi;

MEMUTUSKAN:
Menetapkan : {short} TENTANG SISTEM KERJA DI LINGKUNGAN {government}.

"""

_CHAPTER = "BAB I\nKETENTUAN UMUM\n\n"

_POINTER = """Pasal 1
Struktur penugasan dan mekanisme kerja di lingkungan {government_title} tercantum dalam \
Lampiran yang merupakan bagian tidak terpisahkan dari {short_title} ini.

"""

_SIGNATURE = """
Ditetapkan di Contoh
pada tanggal 2 Januari 2025

{issuer},

ttd

"""

_LAMPIRAN = """LAMPIRAN
{regulation}
NOMOR 1 TAHUN 2025
TENTANG
SISTEM KERJA DI LINGKUNGAN {government}

"""


def document(case: Case, bare: bool = False) -> str:
    """The text the reader is given for ``case``."""
    if bare:
        return case.text
    regulation, issuer, government = _KINDS[case.kind]
    short = regulation.removesuffix(" CONTOH REPUBLIK INDONESIA").removesuffix(" CONTOH")
    names = {
        "regulation": regulation,
        "issuer": issuer,
        "government": government,
        "government_title": government.title(),
        "short": short,
        "short_title": short.title(),
    }
    head = _HEAD.format(**names)
    if case.part == "lampiran":
        body = _CHAPTER + _POINTER.format(**names)
        return head + body + _SIGNATURE.format(**names) + _LAMPIRAN.format(**names) + case.text
    chapter = "" if case.text.lstrip().startswith("BAB ") else _CHAPTER
    return head + chapter + case.text + _SIGNATURE.format(**names)
