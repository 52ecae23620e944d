"""The frame of a small regency regulation written for tests (not a real regulation)."""

from __future__ import annotations

HEAD = """PERATURAN BUPATI SUKAMAJU
NOMOR {number} TAHUN 2024
TENTANG
SISTEM KERJA DI LINGKUNGAN PEMERINTAH KABUPATEN SUKAMAJU

BUPATI SUKAMAJU,

BAB I
KETENTUAN UMUM

"""


def perbup(number: int, articles: str) -> str:
    """A Peraturan Bupati Sukamaju numbered ``number`` whose first chapter holds ``articles``."""
    return HEAD.format(number=number) + articles
