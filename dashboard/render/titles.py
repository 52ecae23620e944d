"""Position titles in one case for labels and tables (issue 14): "sekretaris Daerah" and
"Sekretaris Daerah" are the same title written twice. Quotes keep the regulation's own
writing; only what the dashboard names is put in this case.
"""

from __future__ import annotations

# Indonesian function words that stay lower case inside a title ("Dinas Pekerjaan Umum dan
# Penataan Ruang", "Kepala Sub Bagian pada Sekretariat").
SMALL_WORDS = frozenset(
    [
        "dan",
        "atau",
        "serta",
        "pada",
        "yang",
        "di",
        "ke",
        "dari",
        "untuk",
        "dengan",
        "oleh",
        "bagi",
        "sebagai",
        "selaku",
        "dalam",
    ]
)


def display_title(title: str | None) -> str:
    """``title`` with each word capitalised, function words lower and acronyms (UPTD) kept."""
    words = []
    for i, word in enumerate(str(title or "").split()):
        if any(c.isupper() for c in word[1:]):
            words.append(word)  # an acronym or a name written on purpose (UPTD, RSUD, DPRD)
        elif i and word.lower() in SMALL_WORDS:
            words.append(word.lower())
        else:
            words.append(word[:1].upper() + word[1:])  # "(satu)" and "</x>" stay as written
    return " ".join(words)
