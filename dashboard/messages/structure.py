"""Ringkasan, Bagan Organisasi and Rantai Akuntabilitas."""

from __future__ import annotations

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
# Under a chart too wide for its frame at the smallest readable size
CHART_DRAG_HINT = (
    "Sebagian bagan di luar bingkai: seret untuk menggeser, gulir untuk memperbesar/memperkecil."
)
# A position the section names with no relation drawn (Tabalong's grouped section names its
# Pejabat Pimpinan Tinggi Pratama as the units' head, in sentences that give no relation)
LONE_NOTE = (
    "Tanpa relasi pada bagan ini: {titles}. Peraturan menyebut jabatan ini pada bagian ini, "
    "tetapi tidak ada kalimatnya yang memberi relasi dari jenis yang ditampilkan (lihat teksnya "
    "di Sumber Hukum)."
)
LONE_TIP = "Tanpa relasi dari jenis yang ditampilkan pada bagian ini."
# "Individu" and "Tim Kerja": parties of review edges, not posts (class "Pihak")
PARTY_LEGEND = "Pihak, bukan jabatan (individu: pejabat fungsional/pelaksana; tim kerja)"
PARTY_TIP = (
    "Pihak, bukan jabatan: peraturan menyebut individu (pejabat fungsional atau pelaksana unit) "
    "atau tim kerja yang menyampaikan hasil kerjanya untuk direviu."
)

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
