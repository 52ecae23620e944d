"""Bandingkan, Konsol Cypher (with its limits) and Cari Lintas Instansi."""

from __future__ import annotations

# Bandingkan
COMPARE_INTRO = (
    "Dua instansi berdampingan untuk jenis unit yang sama. Jabatan dicocokkan menurut kelasnya "
    "(JPT Pratama, Administrator, Pengawas, Fungsional, Pelaksana)."
)
COMPARE_NEEDS_TWO = "Perbandingan membutuhkan sedikitnya dua instansi yang dimuat."
COMPARE_SIDES = {"a": "kiri", "b": "kanan"}
COMPARE_REGENCY = "Instansi ({side})"
COMPARE_UNIT_TYPE = "Jenis unit ({side})"

# Konsol Cypher
CONSOLE_LIMITS = (
    "Hanya baca (ditegakkan oleh mesin basis data). Batas waktu {timeout_ms} ms "
    "(setelan `SK_QUERY_TIMEOUT_MS`), paling banyak {max_rows} baris (`SK_MAX_ROWS`), "
    "hasil paling besar {result_mb} MB (`SK_MAX_RESULT_MB`), memori per kueri {query_mb} MB "
    "(`SK_QUERY_MEM_MB`) dan server {server_mb} MB (`SK_SERVER_MEM_MB`). Paling banyak "
    "{total} kueri konsol berjalan bersamaan (`SK_CONSOLE_TOTAL`), {per_session} per sesi "
    "(`SK_CONSOLE_PER_SESSION`); kueri berikutnya menunggu giliran. LOAD CSV tidak diizinkan."
)
CONSOLE_WAIT = (
    "Menunggu giliran: {running} kueri konsol sedang berjalan. Kueri Anda dijalankan begitu "
    "ada slot kosong."
)


def console_limits(settings, timeout_ms: int, max_rows: int) -> str:
    """The console's limits as the page states them, from the same settings the engine uses."""
    return CONSOLE_LIMITS.format(
        timeout_ms=timeout_ms,
        max_rows=max_rows,
        result_mb=settings.max_result_mb,
        query_mb=settings.query_mem_mb,
        server_mb=settings.server_mem_mb,
        total=settings.console_total,
        per_session=settings.console_per_session,
    )


TEMPLATE_PICKER = "Templat kueri"
TEMPLATE_NOTE = (
    "Templat menampilkan relasi sebagaimana tertulis. Penilai yang berlaku menurut urutan "
    "prioritas (jenjang, lalu jenis unit, lalu seluruh perangkat daerah) ada di halaman Rantai "
    "Akuntabilitas."
)
QUERY_EDITOR = "Kueri Cypher"
PARAMS_EDITOR = "Parameter (JSON)"
RUN_QUERY = "Jalankan"
SCHEMA_TITLE = "Skema graf"
RESULT_GRAPH = "Hasil sebagai graf"
CONSOLE_TEMPLATES = {
    "who_appraises": "Ketentuan tertulis tentang penilai Pejabat Fungsional di Dinas/Badan",
    "assigned_by": "Siapa saja yang diberi penugasan oleh Camat?",
    "edges_per_type": "Berapa relasi per jenis dalam peraturan instansi ini?",
    "team_rules": "Ketentuan apa saja tentang tim kerja lintas unit?",
    "appraisal_chain": "Semua jalur relasi penilaian tertulis di atas Pelaksana",
}
# Headers for the console templates' columns (an ad-hoc query keeps its own names).
CONSOLE_COLUMNS = {
    "unit_type": "Jenis unit",
    "appraiser": "Penilai",
    "appraised": "Dinilai",
    "condition": "Syarat",
    "jenjang": "Jenjang",
    "where": "Letak",
    "quote": "Kutipan",
    "regulation": "Peraturan",
    "relation": "Relasi",
    "count": "Jumlah",
    "provision": "Ketentuan",
    "chain": "Rantai (dari jabatan ke atas)",
    "provisions": "Dasar hukum tiap langkah",
    "path": "Jalur",
    "assigner": "Pemberi tugas",
    "assignee": "Penerima tugas",
}

# Cari Lintas Instansi
SEARCH_INTRO = (
    "Cari nama jabatan, atau kata dalam ketentuan, di semua peraturan yang dimuat. Jawaban tiap "
    "instansi berdampingan; setiap jawaban menyebut ketentuan yang menjadi dasarnya."
)
SEARCH_KIND = "Cari"
SEARCH_KINDS = {"jabatan": "Nama jabatan", "ketentuan": "Kata dalam ketentuan"}
SEARCH_TEXT = "Teks yang dicari"
SEARCH_TOO_SHORT = "Ketik sedikitnya {n} huruf untuk mencari."
SEARCH_SIDE = "Jawaban per instansi"
SEARCH_ROWS = "Semua hasil beserta kutipannya"
SEARCH_MISSING = "—"
SEARCH_NO_EDGE = "(tidak ada relasi ke jabatan ini)"
SEARCH_COUNT = "Banyaknya ketentuan yang memuat teks yang dicari"
SEARCH_MORE = "… dan {n} ketentuan lain (lihat tabel di bawah)."
