"""Every text the analyst reads, in Bahasa Indonesia, and ``show_error`` for failures.

Errors are mapped by class (the first class in the error's MRO that has a text),
so a new subclass inherits its parent's wording. Each text says what happened,
which limit or setting applies, and what to try; the technical detail (the
exception's own one-line message) follows in a caption, never a traceback.
"""

from __future__ import annotations

import logging
import re

import streamlit as st

log = logging.getLogger(__name__)

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

# Ringkasan
SUMMARY_INTRO = (
    "Peraturan yang dimuat ke basis data graf dan apa yang dibaca dari masing-masing: jenis unit, "
    "unit bernama, jabatan, dan relasi antarjabatan."
)
SUMMARY_EDGES = "Relasi per jenis (relasi yang dinyatakan peraturan, tanpa salinan)"
# The figures of Ringkasan, counted as `python -m loader load` reports them.
COUNT_HEADERS = {
    "positions": "Jabatan (peraturan)",
    "unit_positions": "Jabatan di unit bernama",
    "edges": "Relasi (peraturan)",
    "edge_copies": "Salinan relasi di unit bernama",
}
COUNTS_NOTE = (
    "**Jabatan (peraturan)** dan **Relasi (peraturan)**: jabatan tiap jenis unit dan relasi di "
    "antaranya sebagaimana ditulis peraturan (termasuk aturan yang berlaku bagi seluruh perangkat "
    "daerah). **Jabatan di unit bernama** dan **salinan relasi**: jabatan dan relasi yang sama, "
    "diturunkan untuk setiap unit bernama (misalnya Dinas Kesehatan). Pemuat (`python -m loader "
    "load`) melaporkan keempat angka yang sama."
)
SUMMARY_WARNINGS = "Peringatan ekstraksi"
SUMMARY_SOURCES = "Teks sumber"

# Bagan Organisasi
UNIT_PICKER = "Jenis unit atau unit bernama"
UNIT_TYPE_PICKER = "Jenis unit"
REGULATION_SHORT = "Nomor {number} Tahun {year}"  # which regulation a unit type comes from
NO_POSITIONS_MARK = "(tanpa jabatan terbaca)"
EDGE_TYPE_PICKER = "Jenis relasi yang ditampilkan"
JENJANG_PICKER = "Jenjang jabatan fungsional"
ALL_JENJANG = "Semua jenjang"
ALL_EDGE_TYPES = "semua jenis"
CHART_ALT = "Bagan organisasi: jabatan dan relasi antarjabatan"
EDGE_TABLE = "Relasi beserta dasar hukumnya"
EDGE_LINK_HINT = "Klik garis ini untuk membuka ketentuannya di Sumber Hukum."
EDGE_LINK_COLUMN = "Ketentuan"
EDGE_LINK_TEXT = "Buka di Sumber Hukum"
FULL_UNIT_NAME = "Nama lengkap jenis unit"

# Rantai Akuntabilitas
POSITION_SEARCH = "Cari jabatan"
POSITION_PICKER = "Jabatan"
NO_CHAIN = "Tidak ada relasi jenis ini ke atas dari jabatan ini."
CHAIN_BY_TYPE = "Rantai per jenis relasi"
CHAIN_FULL = "Rantai lengkap sampai pimpinan tertinggi"
CHAIN_FULL_INTRO = (
    "Pada setiap jabatan: siapa yang menilai kinerjanya; bila peraturan tidak menyebut penilai, "
    "siapa yang menetapkan target kinerjanya; bila itu pun tidak, siapa yang menugasinya."
)
CHAIN_RELATIONS = {
    "APPRAISES": "dinilai kinerjanya oleh",
    "SETS_PERFORMANCE": "target kinerjanya ditetapkan oleh",
    "ASSIGNS": "diberi penugasan oleh",
}
CHAIN_FULL_HOP = "{n}. **{target}** {relation} **{source}**"
CHAIN_PERSON_HOP = "{n}. **{nama}** ({jabatan}) {relation} **{names}** — {position}"
CHAIN_VACANT = "Rantai berhenti: tidak ada pegawai yang tercatat memangku {position}."
CHAIN_TIES = (
    "Ketentuan yang sama menyebut {count} atasan lain yang setara; rantai mengikuti yang pertama."
)
CHAIN_ENDS = (
    "Rantai berhenti di **{title}**: peraturan tidak menyebut siapa yang menilai, menetapkan "
    "target kinerja, atau menugasi jabatan ini."
)
CHAIN_PICK_JENJANG = (
    "Pilih jenjang: ketentuan yang menyebut jenjang (misalnya bagi Ahli Madya) didahulukan atas "
    "ketentuan jenis unit; tanpa jenjang hanya ketentuan yang tidak menyebut jenjang dipakai."
)
OPEN_PROVISION = "Buka {where} di Sumber Hukum"

# Tim Lintas Unit
TEAMS_INTRO = (
    "Ketentuan tentang tim kerja lintas unit organisasi: siapa memimpin tim, di mana penilaian "
    "kinerja anggota tetap berada, dan siapa memberi rekomendasi penilaian."
)
TEAMS_TABLE = "Semua ketentuan tim kerja (tabel)"
TEAMS_EDGES = "Relasi ketua tim dan rekomendasi penilaian"

# Pegawai dan tim (isu 6): Tim Lintas Unit, Rekonsiliasi, Pemeriksaan Kepatuhan, Rantai
NO_ROSTER = (
    "Belum ada data pegawai untuk {regency}. Impor daftar pegawai dan tim kerja dengan "
    '`python -m loader roster --regency "{regency}" pegawai.csv tim.csv` (CSV atau XLSX; '
    "format di `docs/people.md`), atau data contoh dengan `python -m loader roster --demo`."
)
ROSTER_DEMO = (
    "DATA DEMO: pegawai dan tim di {regency} adalah data rekaan (nama dan NIP fiktif, "
    "ditandai DEMO), bukan data kepegawaian sebenarnya."
)
ROSTER_SOURCE = "Daftar pegawai: {files} — {employees} pegawai, {teams} tim."
TEAMS_WORK = "Tim kerja"
TEAM_PICKER = "Tim"
TEAM_LEAD = "Ketua tim"
TEAM_OWNER = "Unit pemilik kinerja"
TEAM_PERIOD = "Periode"
TEAM_MEMBERS = "Anggota tim"
TEAM_CHART_STATUS = "{people} orang, {edges} garis"  # under the team chart's buttons
TEAM_CHART_ALT = "Bagan tim kerja: ketua, anggota menurut unit asal, dan penilai masing-masing"
TEAM_CHART_NOTE = (
    "Warna kotak menunjukkan unit asal. Garis putus-putus menuju penilai kinerja menurut "
    "peraturan; arahkan penunjuk ke garis untuk melihat ketentuannya."
)
NO_TEAMS = "Daftar pegawai {regency} belum memuat tim kerja (tabel tim kerja)."
TEAMS_PROVISIONS = "Ketentuan tentang tim kerja"

RECON_INTRO = (
    "Atasan penilai yang tercatat (misalnya di e-Kinerja) dibandingkan dengan pejabat penilai "
    "kinerja menurut peraturannya, per pegawai, beserta ketentuan yang menjadi dasarnya."
)
FILTER_UNIT = "Unit"
FILTER_STATUS = "Status"
FILTER_TEXT = "Cari nama atau NIP"
FILTER_CODE = "Jenis temuan"
DOWNLOAD_XLSX = "Unduh XLSX"
RECON_PROVISIONS = "Ketentuan per pegawai ({count} baris terpilih)"
RECON_PROVISIONS_MORE = "Hanya {shown} ketentuan pertama yang ditampilkan; tabel memuat semuanya."
EMPTY_FILTER = "Tidak ada baris yang cocok dengan saringan ini."

COMPLIANCE_INTRO = (
    "Hasil pemeriksaan kepatuhan susunan pegawai dan tim terhadap peraturannya. Setiap temuan "
    "menyebut ketentuan yang menjadi dasarnya."
)
NO_FINDINGS = "Tidak ada temuan untuk {regency}."
FINDINGS_COUNT = "{count} temuan dari {codes} jenis pemeriksaan."
FINDINGS_TABLE = "Semua temuan (tabel)"
FINDING_HELP = {
    "NO_APPRAISER": "Tidak ada relasi menilai dalam peraturan yang memberi pegawai ini penilai.",
    "APPRAISER_VACANT": "Peraturan menunjuk jabatan penilai, tetapi tidak ada yang memangkunya "
    "di unit pegawai.",
    "TWO_APPRAISERS": "Dua jabatan penilai yang berbeda sama-sama berlaku setelah urutan "
    "kekhususan ketentuan diterapkan.",
    "RECORD_MISMATCH": "Penilai yang tercatat bukan penilai yang ditunjuk peraturan.",
    "LEAD_OUTSIDE_OWNER": "Ketua tim tidak berasal dari unit pemilik kinerja tim.",
    "APPRAISER_IN_TEAM": "Penilai tercatat anggota adalah ketua tim dari unit lain: penilaian "
    "berpindah ke tim, padahal seharusnya tetap di unit asal.",
    "APPRAISAL_CYCLE": "Relasi menilai dalam peraturan membentuk lingkaran.",
    "NO_TARGET_SETTER": "Jabatan yang dipangku di unit ini tidak diberi penetap target kinerja "
    "oleh peraturan.",
    "TITLE_UNMATCHED": "Nama jabatan di daftar pegawai tidak cocok dengan jabatan mana pun di "
    "unitnya dalam peraturan.",
}
STATUS = {
    "match": "sesuai",
    "delegated": "sesuai (pendelegasian)",
    "mismatch": "berbeda",
    "missing": "tidak tercatat",
    "underived": "tidak dapat diturunkan",
}
FINDINGS = {
    "NO_APPRAISER": "Tidak ada pejabat penilai menurut peraturan",
    "APPRAISER_VACANT": "Jabatan penilai kosong di unit",
    "TWO_APPRAISERS": "Dua pejabat penilai",
    "RECORD_MISMATCH": "Penilai tercatat berbeda dari peraturan",
    "LEAD_OUTSIDE_OWNER": "Ketua tim bukan dari unit pemilik kinerja",
    "APPRAISER_IN_TEAM": "Penilaian anggota berpindah ke tim",
    "APPRAISAL_CYCLE": "Siklus penilaian",
    "NO_TARGET_SETTER": "Tidak ada penetap target kinerja",
    "TITLE_UNMATCHED": "Jabatan tidak cocok dengan peraturan",
}
# Details of each finding, worded from checks.findings.Finding.facts (and its unit).
FINDING_DETAIL = {
    "NO_APPRAISER": "tidak ada ketentuan penilai bagi {jabatan} di {unit}",
    "APPRAISER_VACANT": "penilai menurut peraturan: {position}, tidak ada yang memangkunya di "
    "{unit}",
    "TWO_APPRAISERS": "ketentuan berbeda menunjuk {alternatives}",
    "RECORD_MISMATCH": "tercatat {recorded}, menurut peraturan {implied}",
    "LEAD_OUTSIDE_OWNER": "tim {kode} {team}: ketua {lead} dari {lead_unit}, pemilik kinerja "
    "{owner}",
    "APPRAISER_IN_TEAM": "penilai tercatat adalah ketua tim {kode} ({lead}, {lead_unit}); "
    "penilaian tetap di {member_unit}, ketua tim hanya memberi rekomendasi",
    "APPRAISAL_CYCLE": "{path} ({unit_type})",
    "NO_TARGET_SETTER": "{count} pegawai {cls} di {unit}: peraturan tidak menyebut siapa "
    "menetapkan kinerjanya ({unit_type}); contoh: {examples}",
    "TITLE_UNMATCHED": "{jabatan!r} tidak sesuai jabatan mana pun di {unit_type} dalam "
    "peraturan; hanya aturan umum yang berlaku",
}
MORE = " …"
SNAPSHOT_TRUNCATED = (
    "Daftar pegawai {regency} terlalu besar untuk dibaca utuh: hasil di halaman ini tidak lengkap."
)
NO_CITATION = "Tanpa ketentuan: temuan ini justru karena peraturan tidak mengaturnya."

CHAIN_MODE = "Telusuri dari"
CHAIN_MODES = {"jabatan": "Jabatan", "pegawai": "Pegawai (NIP atau nama)"}
EMPLOYEE_SEARCH = "Cari pegawai (NIP atau nama)"
EMPLOYEE_PICKER = "Pegawai"
PEOPLE_CHAIN = "Rantai penilai kinerja menurut peraturan"
CHAIN_HOP = "**{nama}** — {jabatan}, {unit} (NIP {nip})"
CHAIN_APPRAISED_BY = "Dinilai oleh {position}: {names}"
CHAIN_NO_APPRAISER = "Peraturan tidak menunjuk penilai bagi jabatan ini."
CHAIN_STOPS = "Rantai berhenti: ada {count} pemangku jabatan penilai ({names})."

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

# Sumber Hukum
REGULATION_PICKER = "Peraturan"
PART_PICKER = "Bagian"
PARTS = {"semua": "Semua", "body": "Batang tubuh", "lampiran": "Lampiran"}
FULLTEXT_SEARCH = "Cari dalam teks"
PROVISION_PICKER = "Ketentuan"
NO_WHERE = "(pembukaan, tanpa pasal)"
PROVISION_EDGES = "Relasi yang mengutip ketentuan ini"
LINKED_PROVISION = "Ketentuan yang dirujuk"
QUOTE_NOT_FOUND = "Kutipan pada tautan tidak ditemukan dalam teks ketentuan ini."

# Unggah Peraturan
UPLOAD_INTRO = (
    "Unggah peraturan tentang sistem kerja (Peraturan Bupati, Wali Kota, Gubernur, Menteri, "
    "Kepala Badan, atau kutipan pasal/lampirannya; PDF, juga hasil pindaian, atau teks). "
    "Periksa dulu laporan apa yang terbaca dan apa yang tidak; peraturan baru masuk ke basis "
    "data graf setelah Anda menekan tombol muat."
)
UPLOAD_PICKER = "Berkas peraturan (PDF atau .txt)"
UPLOAD_LIMIT = (
    "Ukuran berkas paling besar {mb} MB; PDF paling banyak {pages} halaman "
    "(setelan `SK_PDF_MAX_PAGES`)."
)
UPLOAD_DROP = "Seret dan lepas berkas di sini (PDF atau .txt, paling besar {mb} MB)"
UPLOAD_BROWSE = "Pilih berkas"
UPLOAD_STEPS = ("Menyimpan berkas …", "Membaca teks (OCR bila perlu) dan mengekstrak relasi …")
UPLOAD_READ = "Terbaca: {label} — {edges} relasi dari {articles} pasal dan {sections} bagian."
UPLOAD_PDF = "PDF {pages} halaman; teks yang dibaca disimpan di `{text_file}`."
REVIEW_SECTIONS = "Bagian yang dikenali dan relasi per bagian"
REVIEW_UNREAD = "Kalimat yang tampak seperti relasi tetapi tidak menghasilkan relasi ({count})"
REVIEW_UNLINKED = "Jabatan yang disebut tetapi tidak pernah terhubung ({count})"
REVIEW_OCR = "Keyakinan OCR per halaman (rata-rata {mean:.1f})"
REVIEW_WARNINGS = "Peringatan ekstraksi"
REVIEW_NONE = "Tidak ada."
PREVIEW_TITLE = "Pratinjau relasi"
PREVIEW_SECTION = "Bagian yang digambar"
CONFIRM_LOAD = "Muat ke basis data graf"
CONFIRM_NOTE = (
    "Memuat menggantikan peraturan yang sama (instansi, nomor, tahun) bila sudah ada; "
    "semua atau tidak sama sekali."
)
UPLOAD_LOADED = (
    "Dimuat ke basis data graf: {label} — {edges} relasi, {provisions} ketentuan, "
    "{unit_types} jenis unit, {units} unit bernama."
)

# Streamlit's own widget texts that it lets no caller set, replaced on the page by
# ``dashboard.chrome`` (placeholders are set where a widget takes one).
CHOOSE_OPTIONS = "Pilih satu atau lebih"
CHOOSE_OPTION = "Pilih satu"
PRESS_ENTER = "Tekan Enter untuk menerapkan"
PRESS_CTRL_ENTER = "Tekan Ctrl+Enter untuk menerapkan"

# Peringatan ekstraksi, by ExtractionWarning.code (the loader's English message goes to logs).
WARNING_TEXTS = {
    "SECTION_NO_EDGE": "Bagian Lampiran ini tidak menghasilkan relasi apa pun.",
    "LAMPIRAN_NO_SECTION": (
        "Tidak ada bagian jenis unit yang dikenali di Lampiran (teks terpotong atau tata letak "
        "judul tidak dikenal); hanya pasal-pasal batang tubuh yang dibaca."
    ),
    "BODY_NO_EDGE": "Pasal-pasal batang tubuh tidak menghasilkan relasi apa pun.",
    "NO_HEADING": (
        "Judul peraturan tidak ditemukan: teks dibaca sebagai kutipan; jenis, penerbit, nomor, "
        "dan tahunnya tidak diketahui."
    ),
    "LAMPIRAN_ONLY": "Hanya Lampiran yang dimuat: dibaca sebagai kutipan, tanpa batang tubuh.",
    "NO_STRUCTURE": "Tidak ada pasal atau butir Lampiran: kalimat-kalimatnya dibaca apa adanya.",
    "UNREADABLE": "Berkas peraturan tidak dapat dibaca ulang untuk memeriksa peringatannya.",
}
WARNING_UNKNOWN = "Bagian ini perlu diperiksa: pembaca peraturan mencatat peringatan di sini."

# Rincian under an error: facts from the error's fields; the engine's own wording is logged.
ERROR_DETAILS = {
    "query": "kueri `{value}`",
    "limit_ms": "batas waktu {value} ms",
    "size_mb": "ukuran {value:.1f} MB",
    "path": "berkas `{value}`",
}
ERROR_DETAIL = "Rincian: {facts}."
ERROR_NO_DETAIL = "Rincian lengkap tercatat di log server."

# Koreksi dan Draf (issue 15)
CORRECTED_BADGE = "dikoreksi"
CORRECTED_LEGEND = "Relasi dikoreksi analis (label “dikoreksi”)"
CORRECTED_NOTE = "Dikoreksi ({kind}): {reason} — {author}"
CORRECTED_CELL = "dikoreksi — {reason} ({author})"
CORRECTION_KINDS = {"add": "ditambahkan", "remove": "dihapus", "amend": "syarat diubah"}
CORRECTION_STATUS = {"active": "berlaku", "stale": "tidak cocok lagi"}
VIEW_TOGGLE = "Struktur setelah koreksi analis"
VIEW_CORRECTED = (
    "Struktur **setelah koreksi analis** ({count} koreksi berlaku di {regency}). Matikan "
    "“Struktur setelah koreksi analis” di bilah samping untuk melihat hasil ekstraksi apa adanya."
)
VIEW_EXTRACTED = "Struktur **sesuai hasil ekstraksi**, tanpa koreksi analis."
CORRECTIONS_USED = "Koreksi yang dipakai dalam jawaban ini: {items}"
CORRECTIONS_INTRO = (
    "Koreksi analis atas relasi yang salah atau terlewat dibaca: menambah relasi (dengan kalimat "
    "peraturan yang menjadi dasarnya), menghapus relasi, atau mengubah syaratnya. Relasi hasil "
    "ekstraksi tidak pernah diubah; koreksi diterapkan di atasnya dan tetap ada saat peraturan "
    "dimuat ulang."
)
EDITOR_NAME = "Nama penyunting (dicatat pada setiap perubahan)"
EDITOR_PASSWORD = "Kata sandi penyunting"
READ_ONLY_NO_PASSWORD = (
    "Dasbor ini dilayani di luar 127.0.0.1 dan belum ada kata sandi penyunting "
    "(`editor_password` di secrets Streamlit): koreksi dan draf hanya dapat dibaca."
)
READ_ONLY_LOCKED = (
    "Dasbor ini dilayani di luar 127.0.0.1: masukkan kata sandi penyunting untuk mengubah "
    "koreksi dan draf. Tanpa itu halaman ini hanya dapat dibaca."
)
CORRECTIONS_ACTIVE = "Koreksi yang berlaku ({count})"
CORRECTIONS_STALE = "Tidak cocok lagi ({count})"
STALE_INTRO = (
    "Teks peraturan berubah sejak koreksi ini dibuat, dan kalimat atau relasinya tidak ditemukan "
    "lagi. Koreksi ini tidak diterapkan; periksa, lalu batalkan atau buat ulang."
)
ADD_FROM_SENTENCE = "Tambahkan relasi dari kalimat"
ADD_FROM_THIS = "tambahkan relasi dari kalimat ini"
ADD_NEEDS_LOAD = "Koreksi mengutip teks yang dimuat: muat peraturan ini dahulu (tombol di bawah)."
SENTENCE_PICKER = "Kalimat dasar (dari laporan tinjauan)"
SENTENCE_KINDS = {"unread": "kalimat tak terbaca", "title": "jabatan tak dikenal"}
NO_SENTENCES = "Laporan tinjauan {label} tidak memuat kalimat tak terbaca atau jabatan tak dikenal."
EDGE_TYPE = "Jenis relasi"
SOURCE_TITLE = "Dari jabatan"
TARGET_TITLE = "Kepada jabatan"
OTHER_TITLE = "(jabatan lain: ketik di bawah)"
TYPED_TITLE = "Jabatan lain untuk “{side}”"
CONDITION = "Syarat (jenjang), boleh kosong"
REASON = "Alasan"
SAVE_CORRECTION = "Simpan koreksi"
SAVED = "Tersimpan."
EDIT_EDGE = "Hapus relasi atau ubah syaratnya"
EDGE_PICKER = "Relasi"
EDIT_KIND = "Tindakan"
EDIT_KINDS = {"remove": "Hapus relasi", "amend": "Ubah syarat"}
NEW_CONDITION = "Syarat baru"
UNDO_CORRECTION = "Batalkan koreksi"
CORRECTION_PICKER = "Koreksi yang dibatalkan"
EXPORT_JSON = "Ekspor JSON"
EXPORT_CSV = "Ekspor CSV"
IMPORT_PICKER = "Impor koreksi (berkas JSON atau CSV hasil ekspor)"
IMPORT_BUTTON = "Impor"
IMPORT_DROP = "Seret dan lepas berkas JSON atau CSV hasil ekspor koreksi di sini"
NO_CORRECTIONS = "Belum ada koreksi."
NO_LOG = "Belum ada perubahan yang dicatat."
LOG_ACTIONS = {
    "add": "menambah relasi",
    "remove": "menghapus relasi",
    "amend": "mengubah syarat",
    "delete": "membatalkan koreksi",
    "import": "mengimpor",
    "draft": "membuat draf",
    "delete_draft": "menghapus draf",
}
IMPORTED = "{count} koreksi dan {drafts} draf diimpor."
WRITE_LOG = "Catatan perubahan"
CORRECTION_HEADERS = {
    "status_label": "Status",
    "kind_label": "Koreksi",
    "type_label": "Relasi",
    "source": "Dari",
    "target": "Kepada",
    "condition": "Syarat semula",
    "new_condition": "Syarat koreksi",
    "where": "Dasar",
    "quote": "Kutipan",
    "reason": "Alasan",
    "author": "Penyunting",
    "created": "Waktu (UTC)",
    "draft": "Draf",
}
LOG_HEADERS = {"at": "Waktu (UTC)", "who": "Oleh", "action": "Tindakan", "what": "Perubahan"}
REFUSED = {
    "READ_ONLY": "Hanya baca: penyimpanan tidak diizinkan untuk sesi ini.",
    "NO_AUTHOR": "Isi nama penyunting.",
    "NO_REASON": "Isi alasan koreksi.",
    "NO_CITATION": "Koreksi harus mengutip kalimat peraturan; hanya draf yang boleh berupa usulan.",
    "BAD_SPAN": "Letak kalimat yang dikutip tidak sah.",
    "NOT_IN_TEXT": "Kalimat yang dikutip tidak ada di teks peraturan yang dimuat pada letak itu.",
    "OTHER_TEXT": "Kalimat itu berasal dari versi lain teks peraturan; muat ulang halaman.",
    "NO_ENDS": "Pilih jabatan asal dan tujuan.",
    "SAME_ENDS": "Jabatan asal dan tujuan sama.",
    "SAME_CONDITION": "Syarat baru sama dengan syarat semula.",
    "TOO_LONG": "Teks terlalu panjang (alasan dan syarat paling banyak 2.000 karakter).",
    "BAD_DRAFT_NAME": "Nama draf kosong atau terlalu panjang.",
}
NOT_AN_EXPORT = "Berkas ini bukan hasil ekspor koreksi: {detail}"

# Draf
DRAFTS_INTRO = (
    "Draf adalah salinan struktur satu jenis unit (atau seluruh peraturan) yang dapat diubah "
    "untuk mencoba rancangan perubahan Perbup: lihat perbedaannya dengan struktur berlaku, "
    "bagan keduanya berdampingan, dan akibatnya pada pemeriksaan struktur dan pegawai."
)
DRAFT_NEW = "Draf baru"
DRAFT_NAME = "Nama draf"
DRAFT_SCOPE = "Salin dari"
WHOLE_REGULATION = "Seluruh peraturan"
DRAFT_CREATE = "Buat draf"
DRAFT_PICKER = "Draf"
NO_DRAFTS = "Belum ada draf untuk {regency}."
DRAFT_EDIT = "Ubah draf"
DRAFT_ADD = "Tambah relasi usulan"
DRAFT_DIFF = "Perbedaan dengan struktur berlaku ({count})"
DRAFT_SAME = "Draf ini belum berbeda dari struktur berlaku."
DIFF_KINDS = {"added": "ditambahkan", "removed": "dihapus", "changed": "diubah"}
PROPOSAL = "usulan"
DRAFT_ENACTED = "Struktur berlaku"
DRAFT_PROPOSED = "Draf: {name}"
DRAFT_DELETE = "Hapus draf"
DRAFT_STRUCTURE = "Pemeriksaan struktur (tanpa daftar pegawai)"
DRAFT_NEW_FINDINGS = "Temuan baru bila draf berlaku ({count})"
DRAFT_GONE_FINDINGS = "Temuan yang selesai bila draf berlaku ({count})"
ENACTED_FINDINGS = "Temuan pada struktur berlaku ({count})"
STRUCTURE_FINDINGS = {
    "NO_APPRAISER": "Tidak ada pejabat penilai kinerja",
    "TWO_APPRAISERS": "Lebih dari satu pejabat penilai (ketentuan berbeda)",
    "NO_TARGET_SETTER": "Tidak ada penetap kinerja",
    "TWO_TARGET_SETTERS": "Lebih dari satu penetap kinerja (ketentuan berbeda)",
    "APPRAISAL_CYCLE": "Siklus penilaian",
    "APPRAISER_BELOW_PENGAWAS": "Penilai di bawah pejabat pengawas tanpa pendelegasian",
    "LEAD_RULE_MISSING": "Tidak ada ketentuan bahwa ketua tim berasal dari unit pemilik kinerja",
}
STRUCTURE_REFERENCE = (
    "PermenPANRB 6/2022 Pasal 1: Pejabat Penilai Kinerja adalah atasan langsung pegawai paling "
    "rendah pejabat pengawas atau pejabat lain yang diberi pendelegasian kewenangan."
)
FINDING_HEADERS = {
    "label": "Temuan",
    "unit_type_name": "Jenis unit",
    "title": "Jabatan",
    "jenjang_text": "Jenjang",
    "superiors_text": "Atasan menurut peraturan",
    "where": "Dasar",
    "corrected": "Koreksi/draf",
}
DRAFT_PEOPLE = "Pegawai yang kehilangan penilai bila draf berlaku"
DRAFT_NO_LOSS = "Tidak ada pegawai yang penilainya berubah bila draf berlaku."
DRAFT_NO_ROSTER = "Belum ada daftar pegawai {regency}: pemeriksaan pegawai pada draf dilewati."
APPRAISER_CHANGES = {
    "LOSES_APPRAISER": "kehilangan penilai",
    "NEW_APPRAISER": "penilai berganti",
    "GAINS_APPRAISER": "mendapat penilai",
}
CHANGE_HEADERS = {
    "label": "Akibat",
    "nama": "Nama",
    "nip": "NIP",
    "jabatan": "Jabatan",
    "unit": "Unit",
    "before": "Penilai sekarang",
    "after": "Penilai menurut draf",
    "where": "Dasar menurut draf",
}
DIFF_HEADERS = {
    "change_label": "Perubahan",
    "type_label": "Relasi",
    "source": "Dari",
    "target": "Kepada",
    "condition_before": "Syarat berlaku",
    "condition_after": "Syarat draf",
    "citation": "Dasar",
    "reason": "Alasan",
}

_ERROR_TEXTS = {
    "StoreUnavailable": (
        "Basis data graf tidak dapat dihubungi. Jalankan `make run` (yang menyalakan FalkorDB "
        "bawaan), atau periksa variabel lingkungan penyimpanan (folder data FalkorDB, atau "
        "`NEO4J_URI`, `NEO4J_USERNAME`, `NEO4J_PASSWORD` bila memakai Neo4j), lalu muat ulang "
        "halaman."
    ),
    "QueryTimeout": (
        "Kueri dihentikan karena melewati batas waktu. Persempit pencarian (pilih instansi atau "
        "jenis unit), atau tambahkan `LIMIT`; batas waktu diatur oleh setelan batas waktu kueri."
    ),
    "WriteRefused": (
        "Konsol ini hanya untuk membaca: perintah yang mengubah data (CREATE, MERGE, SET, DELETE, "
        "REMOVE, LOAD CSV) tidak diizinkan di sini. Gunakan `python -m loader load` untuk memuat."
    ),
    "CypherRejected": (
        "Kueri Cypher tidak dapat dijalankan. Periksa penulisan kueri dan nama parameter."
    ),
    "MissingParameter": (
        "Kueri membutuhkan parameter yang belum diisi. Tambahkan parameter itu di kolom "
        'parameter (format JSON), misalnya `{"regency": "Kabupaten Buton"}`.'
    ),
    "TooLarge": (
        "Kueri dihentikan karena memakai memori atau menghasilkan data melebihi batas. "
        "Persempit kueri (WHERE, LIMIT) atau minta pengelola menaikkan batasnya."
    ),
    "ConsoleBusy": (
        "Semua slot konsol sedang terpakai terlalu lama. Coba jalankan lagi sebentar lagi."
    ),
    "DiskFull": (
        "Disk penuh: data baru tidak disimpan dan graf sebelumnya tetap dipakai. "
        "Kosongkan ruang disk lalu muat ulang."
    ),
    "QueryError": "Kueri gagal dijalankan.",
    "ValueError": "Ada nilai yang tidak sah; periksa setelan (variabel lingkungan atau secrets).",
    "UploadTooLarge": (
        "Berkas terlalu besar untuk diunggah. Perkecil berkas (misalnya pindai ulang pada 200 dpi) "
        "atau muat lewat `python -m loader load BERKAS`."
    ),
    "RegulationError": "Berkas peraturan tidak dapat dibaca.",
    "UnreadableFile": "Berkas peraturan tidak dapat dibaca (hilang, kosong, atau bukan teks).",
    "UnknownLayout": "Berkas ini bukan peraturan tentang sistem kerja yang dikenali.",
    "JSONDecodeError": 'Parameter bukan JSON yang sah. Contoh: `{"title": "Kepala Seksi"}`.',
    "ParamsNotObject": 'Parameter harus berupa objek JSON, misalnya `{"title": "Camat"}`.',
}


class ParamsNotObject(ValueError):
    """Console parameters parsed as JSON but not as an object (``{...}``)."""


def error_text(err: BaseException) -> str:
    """The Indonesian text for ``err``'s class or its nearest ancestor that has one."""
    for cls in type(err).__mro__:
        if cls.__name__ in _ERROR_TEXTS:
            return _ERROR_TEXTS[cls.__name__]
    return "Terjadi kesalahan yang tidak terduga."


def error_detail(err: BaseException) -> str:
    """The 'Rincian' line in Indonesian, from the error's fields (query name, limit, size, file).

    The exception's own message is English (for the CLI and logs), so it is logged,
    not shown; an ad-hoc console query is repeated in full by ``show_error`` instead.
    """
    facts = []
    for field, template in ERROR_DETAILS.items():
        value = getattr(err, field, None)
        if field == "query" and value and (len(value) > 60 or "\n" in value):
            continue  # ad-hoc text, not a catalog name
        if value not in (None, ""):
            facts.append(template.format(value=value))
    return without_paths(ERROR_DETAIL.format(facts=", ".join(facts))) if facts else ERROR_NO_DETAIL


def warning_text(code: str | None) -> str:
    """The Indonesian text of an extraction warning's code; unknown codes get a general one."""
    return WARNING_TEXTS.get(code or "", WARNING_UNKNOWN)


_SERVER_PATH = re.compile(r"(?<![\w:/.])(?:/[\w.\-]+){2,}/?")


def without_paths(text: str) -> str:
    """``text`` with each absolute server path cut to its last part (a file's name).

    What the analyst reads never shows where the server keeps its files.
    """
    return _SERVER_PATH.sub(lambda m: m.group().rstrip("/").rsplit("/", 1)[-1], text)


def show_error(err: BaseException, query: str | None = None) -> None:
    """One friendly error: the text for its class, the setting that applies, the one-line detail.

    ``query`` (ad-hoc console text) is repeated under the message so the analyst
    sees what was run; catalog queries are named in the detail instead.
    """
    log.warning("shown to the analyst: %s: %s", type(err).__name__, err)
    text = error_text(err)
    setting = getattr(err, "setting", None)
    if setting:
        text += f" Setelan terkait: `{setting}`."
    st.error(text, icon=":material/error:")
    st.caption(error_detail(err))
    if query:
        st.code(query, language="cypher")
