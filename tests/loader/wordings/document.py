"""Wrap a corpus case in the document a reader would be given.

By default a case is read inside a regulation of its kind (its ``heading``:
Peraturan Bupati, Wali Kota or Walikota, Gubernur, Menteri, Kepala Badan,
Lembaga, or a Keputusan Menteri for a Lampiran passage): heading, recitals,
a body and, for a Lampiran passage, the Lampiran's own heading after the
signature, all worded so that the frame itself states no relation. ``bare``
gives the case text alone, as an excerpt copied without its heading.
"""

from __future__ import annotations

from tests.loader.wordings.corpus import KIND_HEADINGS, Case

# heading -> (regulation, issuer, government), in capitals as headings are written
HEADINGS = {
    "bupati": ("PERATURAN BUPATI CONTOH", "BUPATI CONTOH", "PEMERINTAH KABUPATEN CONTOH"),
    "wali kota": ("PERATURAN WALI KOTA CONTOH", "WALI KOTA CONTOH", "PEMERINTAH KOTA CONTOH"),
    "walikota": ("PERATURAN WALIKOTA CONTOH", "WALIKOTA CONTOH", "PEMERINTAH KOTA CONTOH"),
    "gubernur": ("PERATURAN GUBERNUR CONTOH", "GUBERNUR CONTOH", "PEMERINTAH PROVINSI CONTOH"),
    "menteri": (
        "PERATURAN MENTERI CONTOH REPUBLIK INDONESIA",
        "MENTERI CONTOH REPUBLIK INDONESIA",
        "KEMENTERIAN CONTOH",
    ),
    "kepala badan": (
        "PERATURAN KEPALA BADAN CONTOH REPUBLIK INDONESIA",
        "KEPALA BADAN CONTOH REPUBLIK INDONESIA",
        "BADAN CONTOH",
    ),
    "lembaga": ("PERATURAN LEMBAGA CONTOH", "KEPALA LEMBAGA CONTOH", "LEMBAGA CONTOH"),
    # a Keputusan has diktum (KESATU, KEDUA) instead of articles: Lampiran passages only
    "keputusan menteri": (
        "KEPUTUSAN MENTERI CONTOH REPUBLIK INDONESIA",
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

_DIKTUM = """KESATU : Sistem Kerja di Lingkungan {government_title} tercantum dalam Lampiran yang \
merupakan bagian tidak terpisahkan dari {short_title} ini.
KEDUA : {short_title} ini mulai berlaku pada tanggal ditetapkan.

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
    regulation, issuer, government = HEADINGS[case.heading or KIND_HEADINGS[case.kind][0]]
    short = regulation.removesuffix(" REPUBLIK INDONESIA").removesuffix(" CONTOH")
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
        body = _DIKTUM if short.startswith("KEPUTUSAN") else _CHAPTER + _POINTER
        tail = _SIGNATURE + _LAMPIRAN
        return head + body.format(**names) + tail.format(**names) + case.text
    chapter = "" if case.text.lstrip().startswith("BAB ") else _CHAPTER
    return head + chapter + case.text + _SIGNATURE.format(**names)
