"""Sumber Hukum, Unggah Peraturan and Streamlit's own widget texts."""

from __future__ import annotations

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
# An excerpt (Kutipan) of an issuer that has a regulation loaded: which text the people pages use
EXCERPT_GOVERNS_NOTE = (
    "Teks ini kutipan (tanpa kepala peraturan yang lengkap) dari {regency}. Halaman pegawai "
    "(Rekonsiliasi, Pemeriksaan Kepatuhan, Tim Lintas Unit, rantai pegawai) dan impor daftar "
    "pegawai {regency} tetap memakai **{label}**, kecuali Anda memilih kutipan ini di bawah."
)
EXCERPT_GOVERNS_CHOICE = "Jadikan kutipan ini dasar halaman pegawai {regency}"
EXCERPT_GOVERNS_DONE = "Halaman pegawai {regency} kini memakai kutipan ini: {label}."
EXCERPT_GOVERNS_KEPT = "Halaman pegawai {regency} tetap memakai {label}."
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
NO_RESULTS = "Tidak ada hasil"  # a select's list when what is typed matches no option
# Tooltips of a table's toolbar, by the English label Streamlit gives each button
TOOLBAR_TIPS = {
    "Search": "Cari di tabel",
    "Fullscreen": "Layar penuh",
    "Close fullscreen": "Tutup layar penuh",
    "Show/hide columns": "Tampilkan/sembunyikan kolom",
    "Clear selection": "Hapus pilihan",
}
