"""Extraction warnings by code, errors by class with their Rincian, and show_error."""

from __future__ import annotations

import logging
import re

import streamlit as st

log = logging.getLogger(__name__)

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
