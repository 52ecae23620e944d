"""Texts every page shares: the app, the sidebar, loading, downloads, print."""

from __future__ import annotations

APP_TITLE = "Penjelajah Sistem Kerja"
PAGE_TITLES = {
    "summary": "Ringkasan",
    "org_chart": "Bagan Organisasi",
    "chain": "Rantai Akuntabilitas",
    "teams": "Tim Lintas Unit",
    "reconciliation": "Rekonsiliasi",
    "compliance": "Pemeriksaan Kepatuhan",
    "compare": "Bandingkan",
    "cypher": "Konsol Cypher",
    "sources": "Sumber Hukum",
    "search": "Cari Lintas Instansi",
    "upload": "Unggah Peraturan",
    "corrections": "Koreksi",
    "drafts": "Draf",
}

REGENCY_PICKER = "Instansi"  # the issuer: kabupaten, kota, provinsi, kementerian, badan
ALL_REGENCIES = "Semua instansi"
EMPTY_STORE = (
    "Basis data graf masih kosong: belum ada peraturan yang dimuat. "
    "Muat kelima peraturan dari folder `data/regulations/` untuk mulai menjelajah."
)
LOAD_BUTTON = "Muat peraturan"
LOADING = "Memuat {name} ({done}/{total}) …"
LOAD_DONE = "Selesai: {count} peraturan dimuat."
LOAD_FAILED = "Peraturan berikut gagal dimuat: {names}."
NO_RESULT = "Tidak ada hasil untuk {what}."
CHAIN_NO_MATCH_ALL = (
    "Tidak ada jabatan “{text}” di {regency}; pilih dari semua jabatannya di bawah."
)
TRUNCATED = "Hanya {count} baris pertama yang ditampilkan (batas baris tercapai)."
DOWNLOAD_CSV = "Unduh CSV"
DOWNLOAD_HTML = "Unduh HTML"
DOWNLOAD_SVG = "Unduh SVG"
DOWNLOAD_PRINT = "Unduh versi cetak"
PRINT_HELP = "Halaman HTML siap cetak: buka, lalu cetak atau simpan sebagai PDF dari peramban."
PRINT_TEXTS = {
    "print": "Cetak",
    "drawing": "Bagan",
    "edges": "Relasi beserta dasar hukumnya",
    "none": "Tidak ada relasi jenis ini ke atas dari jabatan ini.",
}
PRINT_META = "{regency}. {filters}. Dibuat dengan Penjelajah Sistem Kerja."
PRINT_FILTERS = "Jenjang: {jenjang}; relasi: {types}"
DOWNLOAD_SOURCE = "Unduh teks sumber ({file})"
SOURCE_MISSING = "Teks sumber belum tersimpan di graf; muat ulang peraturan (`make run`)."
START_EXPLORING = "Mulai menjelajah"
PICK_REGENCY = "Pilih instansi di bilah samping untuk memulai."
