"""Koreksi and Draf (issue 15)."""

from __future__ import annotations

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
