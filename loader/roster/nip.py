"""NIP (Nomor Induk Pegawai) checks: 18 digits that encode birth date, appointment and gender.

Layout (BKN): ``YYYYMMDD`` birth date, ``YYYYMM`` appointment (TMT CPNS),
one gender digit (1 man, 2 woman), a three-digit sequence. Checking the parts
catches the usual damage: a digit dropped or doubled, two columns swapped,
a date typed as day-month.
"""

from __future__ import annotations

import re
from datetime import date

_SEPARATORS = re.compile(r"[\s.\-']+")


def normalise_nip(text: str) -> str:
    """'19800101 200501 1 001' -> '198001012005011001' (spaces, dots, dashes, quotes dropped)."""
    return _SEPARATORS.sub("", text or "")


def nip_problem(nip: str, today: date | None = None) -> str | None:
    """Why ``nip`` (normalised) is not a valid NIP, in Indonesian; None when it is valid."""
    if re.fullmatch(r"\d\.?\d*[eE]\+?\d+", nip):
        return "NIP tertulis sebagai angka ilmiah (Excel): format kolom NIP sebagai Teks"
    if not nip.isdigit():
        return f"NIP {nip!r} harus berisi angka saja"
    if len(nip) != 18:
        return f"NIP {nip} harus 18 digit, bukan {len(nip)}"
    today = today or date.today()
    try:
        born = date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8]))
    except ValueError:
        return f"NIP {nip}: tanggal lahir {nip[6:8]}-{nip[4:6]}-{nip[0:4]} tidak ada"
    year, month = int(nip[8:12]), int(nip[12:14])
    if not 1 <= month <= 12:
        return f"NIP {nip}: bulan pengangkatan {month:02d} tidak ada"
    if (year, month) > (today.year, today.month) or year < born.year + 15:
        return f"NIP {nip}: tahun pengangkatan {year} tidak mungkin untuk kelahiran {born.year}"
    if nip[14] not in "12":
        return f"NIP {nip}: digit jenis kelamin (ke-15) harus 1 atau 2, bukan {nip[14]}"
    if nip[15:] == "000":
        return f"NIP {nip}: nomor urut 000 tidak dipakai"
    return None
