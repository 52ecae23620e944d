"""Tim Lintas Unit, Rekonsiliasi, Pemeriksaan Kepatuhan and the employee chain."""

from __future__ import annotations

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
