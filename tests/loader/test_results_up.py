"""Results flowing up for review and recommendations on another's appraisal, as a family
(issue 11 point 3): the verbs, nouns and word orders of the family, not one sentence each.

Each sentence was written for this test (none copied from the regulations or the wording
corpus). The family's vocabulary is the ``[words]`` table of ``relations.toml``; a look-alike
in the sentence (``unless``) cancels a row.
"""

from __future__ import annotations

import pytest

from loader.errors import RuleTableError
from loader.reading.rules import load_rules
from tests.loader.test_clauses import RV, A, R, read

REVIEWS = [
    (  # the owner after lower-case words that qualify the report
        "(1) Kepala Bidang Pelayanan mereviu laporan realisasi kegiatan Kepala Seksi Perizinan.",
        {(RV, "Kepala Bidang Pelayanan", "Kepala Seksi Perizinan", "")},
    ),
    (  # two review verbs sharing the results
        "(2) Sekretaris Kecamatan mengoreksi dan menyetujui hasil kerja Kepala Subbagian Umum.",
        {(RV, "Sekretaris Kecamatan", "Kepala Subbagian Umum", "")},
    ),
    (  # the owner after "dari", past a capitalised subject matter
        "(3) Kepala Dinas menerima laporan pelaksanaan Rencana Aksi dari Kepala Bidang Bina Marga.",
        {(RV, "Kepala Dinas", "Kepala Bidang Bina Marga", "")},
    ),
    (  # the results put first, the reviewer after the comma
        "(1) Atas laporan harian Pelaksana, Kepala Subbagian Keuangan melakukan verifikasi.",
        {(RV, "Kepala Subbagian Keuangan", "Pelaksana", "")},
    ),
    (  # the results put first, a nominal review with its agent
        "(2) Terhadap hasil kerja Kepala Seksi Pemerintahan, pengkajian dilaksanakan oleh Camat.",
        {(RV, "Camat", "Kepala Seksi Pemerintahan", "")},
    ),
    (  # a passive whose agent has no "oleh"
        "(3) Laporan kegiatan Kepala Subbidang Anggaran dikaji Kepala Bidang Anggaran.",
        {(RV, "Kepala Bidang Anggaran", "Kepala Subbidang Anggaran", "")},
    ),
    (  # gathered by one, reviewed by another: the results stay their owner's
        "(1) Hasil kerja para Kepala Seksi dikumpulkan oleh Sekretaris Lurah untuk"
        " selanjutnya diperiksa oleh Lurah.",
        {(RV, "Lurah", "Kepala Seksi", "")},
    ),
    (  # a sending verb not read before
        "(2) Kepala Seksi Rehabilitasi mengirimkan rekapitulasi hasil kerja kepada Kepala Bidang"
        " Sosial.",
        {(RV, "Kepala Bidang Sosial", "Kepala Seksi Rehabilitasi", "")},
    ),
    (  # a passive of sending, with several words before "kepada"
        "(3) Capaian kinerja Kepala Bagian Umum diteruskan secara berkala dan tertulis kepada"
        " Kepala Biro Umum.",
        {(RV, "Kepala Biro Umum", "Kepala Bagian Umum", "")},
    ),
    (  # a nominal review whose agent is "menjadi tanggung jawab"
        "(1) Pengendalian atas kualitas hasil kerja Analis Keuangan menjadi tanggung jawab"
        " Kepala Subbagian Keuangan.",
        {(RV, "Kepala Subbagian Keuangan", "Analis Keuangan", "")},
    ),
]

SECOND_ROUND = [
    (  # the receiver before the results
        "(2) Sekretaris Camat menyampaikan kepada Camat laporan capaian kinerja Sekretariat.",
        {(RV, "Camat", "Sekretaris Camat", "")},
    ),
    (  # nominalised sending
        "(3) Penyerahan hasil kerja Kepala Seksi Pelayanan kepada Camat dilaksanakan setiap"
        " minggu.",
        {(RV, "Camat", "Kepala Seksi Pelayanan", "")},
    ),
    (  # the owner as a nominal agent before the verb
        "(1) Laporan kegiatan yang disusun oleh Kepala Subbagian Program diserahkan kepada"
        " Sekretaris Badan.",
        {(RV, "Sekretaris Badan", "Kepala Subbagian Program", "")},
    ),
    (  # what the reviewer weighs, and who made the result, without "oleh"
        "(2) Kepala Bidang Anggaran memeriksa kebenaran laporan realisasi yang dibuat Kepala"
        " Subbidang Anggaran.",
        {(RV, "Kepala Bidang Anggaran", "Kepala Subbidang Anggaran", "")},
    ),
    (  # a relative clause with no comma: the title before it acts
        "(3) Kepala Bidang yang membawahi Kepala Seksi Pengawasan menyampaikan laporan kinerja"
        " Bidang kepada Kepala Dinas.",
        {(RV, "Kepala Dinas", "Kepala Bidang", "")},
    ),
    (  # reviewed by one, then sent on: the review is the first one's
        "(1) Hasil kerja Pelaksana ditelaah oleh Kepala Seksi dan kemudian diteruskan kepada"
        " Camat.",
        {(RV, "Kepala Seksi", "Pelaksana", "")},
    ),
    (  # health staff named without a grade; a title with a hyphenated word and its grade
        "(2) Dokter dan Bidan pada Puskesmas menyampaikan hasil pelayanan kepada Kepala Puskesmas.",
        {(RV, "Kepala Puskesmas", "Dokter", ""), (RV, "Kepala Puskesmas", "Bidan", "")},
    ),
    (
        "(3) Perancang Peraturan Perundang-undangan Ahli Pertama menyerahkan hasil kerjanya"
        " kepada Kepala Bagian Hukum.",
        {(RV, "Kepala Bagian Hukum", "Perancang Peraturan Perundang-undangan", "Ahli Pertama")},
    ),
    (  # a passive "untuk" clause after a passive main clause shares its patient
        "(1) Kinerja Pelaksana pada Seksi Pelayanan direkomendasikan Kepala Seksi Pelayanan"
        " untuk dinilai oleh Camat.",
        {(R, "Kepala Seksi Pelayanan", "Pelaksana", ""), (A, "Camat", "Pelaksana", "")},
    ),
    (  # fronted "Mengenai kinerja X, Y menyusun rekomendasi ..."
        "(2) Mengenai kinerja anggota tim kerja, Ketua Tim Kerja menyusun rekomendasi kepada"
        " Kepala Bagian.",
        {(R, "Ketua Tim Kerja", "anggota tim kerja", "")},
    ),
    (  # "penilaian awal" as a recommendation
        "(3) Koordinator memberikan penilaian awal terhadap kinerja Pranata Komputer Mahir"
        " kepada Direktur.",
        {(R, "Koordinator", "Pranata Komputer", "Mahir")},
    ),
    (  # "didasarkan pada masukan Z"
        "(1) Penilaian kinerja Pelaksana oleh Lurah didasarkan pada masukan Sekretaris Lurah.",
        {(A, "Lurah", "Pelaksana", ""), (R, "Sekretaris Lurah", "Pelaksana", "")},
    ),
]

THIRD_ROUND = [
    (  # answering to Y for the results
        "(1) Para Kepala Bidang bertanggung jawab kepada Kepala Dinas atas hasil kerja Bidang"
        " masing-masing.",
        {(RV, "Kepala Dinas", "Kepala Bidang", "")},
    ),
    (  # the results put first, "dilakukan <review> oleh", no comma
        "(2) Atas hasil kerja Pelaksana dilakukan pemeriksaan oleh Kepala Subbagian Umum.",
        {(RV, "Kepala Subbagian Umum", "Pelaksana", "")},
    ),
    (  # "memberikan catatan atas" as a review verb
        "(3) Sekretaris Badan memberikan catatan atas laporan kerja Kepala Subbagian Keuangan.",
        {(RV, "Sekretaris Badan", "Kepala Subbagian Keuangan", "")},
    ),
    (  # a nominal recommendation that "merupakan kewenangan" of its maker
        "(1) Pengusulan nilai kinerja Pelaksana merupakan kewenangan Kepala Seksi Pelayanan.",
        {(R, "Kepala Seksi Pelayanan", "Pelaksana", "")},
    ),
    (  # "berdasarkan masukan yang diberikan oleh Z"
        "(2) Kepala Seksi dinilai kinerjanya oleh Camat berdasarkan masukan yang diberikan oleh"
        " Sekretaris Camat.",
        {(A, "Camat", "Kepala Seksi", ""), (R, "Sekretaris Camat", "Kepala Seksi", "")},
    ),
    (  # a work product of another name, sent up "untuk diperiksa"
        "(3) Pelaksana menyampaikan konsep naskah dinas kepada Kepala Subbagian Umum untuk"
        " diperiksa.",
        {(RV, "Kepala Subbagian Umum", "Pelaksana", "")},
    ),
    (  # alternatives that repeat "oleh"
        "(1) Hasil kerja Pelaksana direviu oleh Kepala Seksi atau oleh Sekretaris Lurah.",
        {(RV, "Kepala Seksi", "Pelaksana", ""), (RV, "Sekretaris Lurah", "Pelaksana", "")},
    ),
    (  # table headers of the family in other words
        "(2) Tabel:\n| Jabatan | Penerima Hasil Kerja | Pemberi Usulan Penilaian |\n"
        "| Pelaksana | Kepala Seksi | Ketua Tim Kerja |\n",
        {(RV, "Kepala Seksi", "Pelaksana", ""), (R, "Ketua Tim Kerja", "Pelaksana", "")},
    ),
]

FOURTH_ROUND = [
    (  # "setiap" before the results
        "(1) Kepala Subbagian Umum memeriksa setiap laporan harian Pelaksana.",
        {(RV, "Kepala Subbagian Umum", "Pelaksana", "")},
    ),
    (  # the party after an anchor may be a title no table knows
        "(2) Penelaahan atas kertas kerja Pranata Komputer Mahir merupakan tanggung jawab"
        " Pengelola Sistem.",
        {(RV, "Pengelola Sistem", "Pranata Komputer", "Mahir")},
    ),
    (  # "memberikan paraf pada" among coordinated review verbs
        "(3) Sekretaris Kelurahan meneliti dan memberikan paraf pada hasil kerja Pelaksana.",
        {(RV, "Sekretaris Kelurahan", "Pelaksana", "")},
    ),
    (  # notes on the members' performance given "untuk keperluan penilaian kinerja"
        "(1) Ketua Tim Kerja menyampaikan catatan kinerja anggota tim kerja kepada Kepala"
        " Seksi untuk keperluan penilaian kinerja.",
        {(R, "Ketua Tim Kerja", "anggota tim kerja", "")},
    ),
    (  # nominal: the recommender right after the noun
        "(2) Usulan Koordinator atas kinerja Pejabat Fungsional menjadi dasar penilaian oleh"
        " Direktur.",
        {(R, "Koordinator", "Pejabat Fungsional", "")},
    ),
]

FIFTH_ROUND = [
    (  # a ministry's Asisten Deputi is one title, with its name
        "(1) Asisten Deputi Bidang Hukum menyerahkan laporan kegiatan kepada Deputi.",
        {(RV, "Deputi", "Asisten Deputi Bidang Hukum", "")},
    ),
    (  # "rekomendasi tertulis tentang kinerja X"
        "(2) Sekretaris Camat menyampaikan rekomendasi tertulis tentang kinerja Pelaksana kepada"
        " Camat.",
        {(R, "Sekretaris Camat", "Pelaksana", "")},
    ),
    (  # proposing the rating
        "(3) Koordinator mengusulkan predikat kinerja Pejabat Fungsional kepada Direktur.",
        {(R, "Koordinator", "Pejabat Fungsional", "")},
    ),
    (  # "pendapat" as a recommendation
        "(1) Penilaian kinerja Pelaksana dilakukan oleh Lurah dengan memperhatikan pendapat"
        " Sekretaris Lurah.",
        {(A, "Lurah", "Pelaksana", ""), (R, "Sekretaris Lurah", "Pelaksana", "")},
    ),
    (  # feedback to the owner on the results
        "(2) Kepala Seksi memberikan tanggapan kepada Pelaksana atas laporan kerja yang"
        " disampaikannya.",
        {(RV, "Kepala Seksi", "Pelaksana", "")},
    ),
]

SIXTH_ROUND = [
    (  # "setiap" before the results sent
        "(1) Kepala Seksi Logistik melaporkan setiap hasil distribusi kepada Kepala Bidang"
        " Logistik.",
        {(RV, "Kepala Bidang Logistik", "Kepala Seksi Logistik", "")},
    ),
    (  # "diterima oleh" as a reviewer's passive
        "(2) Laporan kegiatan Kepala Subbagian Umum diterima oleh Sekretaris Badan.",
        {(RV, "Sekretaris Badan", "Kepala Subbagian Umum", "")},
    ),
    (  # "Rekomendasi atas penilaian kinerja X dibuat oleh Y": Y recommends, appraises nothing
        "(3) Rekomendasi atas penilaian kinerja Pelaksana dibuat oleh Kepala Seksi.",
        {(R, "Kepala Seksi", "Pelaksana", "")},
    ),
    (  # a document of any kind, with its maker named
        "(1) Kepala Subbagian Keuangan memeriksa dokumen pembayaran yang disiapkan oleh"
        " Pengelola Keuangan.",
        {(RV, "Kepala Subbagian Keuangan", "Pengelola Keuangan", "")},
    ),
]

SEVENTH_ROUND = [
    (  # an item under a lead-in, the owner in lower case
        "(1) Ketua Tim bertugas:\na. memeriksa hasil pekerjaan anggota tim;\n"
        "b. mengusulkan nilai kinerja anggota tim kepada Kepala Bidang.",
        {(RV, "Ketua Tim", "anggota tim", ""), (R, "Ketua Tim", "anggota tim", "")},
    ),
    (  # a reviewer's agent noun not read before
        "(2) Sekretaris Camat bertindak sebagai penelaah hasil kerja bagi Kepala Seksi.",
        {(RV, "Sekretaris Camat", "Kepala Seksi", "")},
    ),
    (  # "menjadi bahan reviu Y"
        "(3) Hasil kerja Kepala Seksi Pelayanan menjadi bahan reviu Camat.",
        {(RV, "Camat", "Kepala Seksi Pelayanan", "")},
    ),
    (  # the agent noun as the subject, the holder after "adalah"
        "(1) Pemberi rekomendasi penilaian kinerja bagi Pelaksana adalah Kepala Subbagian Umum.",
        {(R, "Kepala Subbagian Umum", "Pelaksana", "")},
    ),
    (
        "(2) Peninjau hasil kerja bagi Kepala Seksi adalah Sekretaris Camat.",
        {(RV, "Sekretaris Camat", "Kepala Seksi", "")},
    ),
    (  # "bahan masukan"
        "(3) Koordinator memberikan bahan masukan penilaian kinerja Pejabat Fungsional kepada"
        " Direktur.",
        {(R, "Koordinator", "Pejabat Fungsional", "")},
    ),
]

RECOMMENDATIONS = [
    (  # fronted: X recommends, Y appraises
        "(1) Berdasarkan masukan dari Ketua Tim Kerja, Kepala Seksi menilai kinerja Pelaksana.",
        {(R, "Ketua Tim Kerja", "Pelaksana", ""), (A, "Kepala Seksi", "Pelaksana", "")},
    ),
    (  # "Dalam menilai kinerja X, Y ...": the comma ends the phrase, it joins no list
        "(2) Dalam menilai kinerja Pengelola Arsip, Sekretaris Dinas memperhatikan usulan"
        " Kepala Subbagian Umum.",
        {
            (A, "Sekretaris Dinas", "Pengelola Arsip", ""),
            (R, "Kepala Subbagian Umum", "Pengelola Arsip", ""),
        },
    ),
    (  # "atas usul Z" after the appraiser
        "(3) Penilaian kinerja Pelaksana dilakukan oleh Camat atas usul Sekretaris Camat.",
        {(A, "Camat", "Pelaksana", ""), (R, "Sekretaris Camat", "Pelaksana", "")},
    ),
    (  # the recommender as an agent without "oleh"
        "(1) Usulan penilaian kinerja Pelaksana diberikan Kepala Subbagian Umum kepada Sekretaris.",
        {(R, "Kepala Subbagian Umum", "Pelaksana", "")},
    ),
    (  # "saran" as the recommendation
        "(2) Kepala Seksi menyampaikan saran penilaian kinerja bagi Pelaksana kepada Lurah.",
        {(R, "Kepala Seksi", "Pelaksana", "")},
    ),
    (  # "merekomendasikan kepada Z ... kinerja X"
        "(3) Koordinator merekomendasikan kepada Direktur nilai kinerja Pejabat Fungsional.",
        {(R, "Koordinator", "Pejabat Fungsional", "")},
    ),
    (  # a unit's name ending in a one-letter Roman numeral stays in the title
        "(2) Kepala Seksi Wilayah I memberikan rekomendasi penilaian kinerja bagi Pelaksana.",
        {(R, "Kepala Seksi Wilayah I", "Pelaksana", "")},
    ),
    (  # a functional title of five words, known by its grade
        "(3) Rekomendasi penilaian kinerja Pranata Sumber Daya Manusia Aparatur Terampil"
        " diajukan Kepala Subbagian Umum kepada Sekretaris.",
        {(R, "Kepala Subbagian Umum", "Pranata Sumber Daya Manusia Aparatur", "Terampil")},
    ),
    (  # reporting the members' results "untuk dijadikan dasar penilaian": a recommendation
        "(1) Ketua Tim Kerja menyampaikan capaian kinerja anggota tim kerja kepada Kepala"
        " Bidang untuk dijadikan dasar penilaian kinerja.",
        {(R, "Ketua Tim Kerja", "anggota tim kerja", "")},
    ),
]

LOOKALIKES = [
    # an audit report to the head of government: no review of anyone's results
    "(1) Inspektur Pembantu Wilayah II menyampaikan laporan hasil audit kepada Wali Kota.",
    # findings sent down for follow-up
    "(2) Laporan hasil monitoring disampaikan oleh Kepala Bidang kepada Kepala Seksi untuk"
    " ditindaklanjuti.",
    # the appraised receives the appraisal
    "(3) Pelaksana menerima hasil penilaian kinerja dari Kepala Seksi.",
    # "pencapaian" is no result: expectations flow down
    "(4) Arahan pencapaian target kinerja disampaikan Kepala Bidang kepada Kepala Seksi.",
    # feedback on the appraisal, not a review of results
    "(7) Pejabat Penilai Kinerja memberikan umpan balik kepada Pelaksana atas hasil penilaian"
    " kinerja.",
    # an evaluation report to the head of government
    "(8) Laporan hasil evaluasi kinerja Perangkat Daerah disampaikan oleh Inspektur kepada Bupati.",
    # the outcome of a meeting sent down: no results flowing up
    "(6) Kepala Dinas menyampaikan hasil rapat kerja kepada Kepala Bidang.",
    # a technical recommendation on a document, no one's appraisal
    "(5) Kepala Bidang Tata Ruang memberikan saran teknis atas rancangan dokumen kepada Kepala"
    " Dinas.",
]


# each round's forms, written when the round's batch of train wordings showed them missed
ROUNDS = SECOND_ROUND + THIRD_ROUND + FOURTH_ROUND + FIFTH_ROUND + SIXTH_ROUND + SEVENTH_ROUND


@pytest.mark.parametrize("text, want", REVIEWS + RECOMMENDATIONS + ROUNDS)
def test_forms_of_the_family_give_their_edges(text, want):
    assert read(text) == want


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalikes_of_the_family_give_no_edge(text):
    assert read(text) == set()


def test_an_unknown_word_list_in_a_row_is_reported(rules_copy):
    with (rules_copy / "relations.toml").open("a", encoding="utf-8") as table:
        table.write(
            '\n[[relation]]\nid = "x"\nedges = ["REVIEWS_RESULTS_OF"]\n'
            'cue = "{no_such_words} hasil"\nsource = "subject"\ntarget = "object"\n'
        )
    with pytest.raises(RuleTableError) as err:
        load_rules(rules_copy)
    assert "no_such_words" in str(err.value)


def test_a_word_list_entry_widens_every_row_that_uses_it(rules_copy):
    sentence = "(1) Kepala Seksi mengaudit hasil kerja Pelaksana."
    assert read(sentence) == set()
    table = rules_copy / "relations.toml"
    text = table.read_text(encoding="utf-8")
    text = text.replace("review_verb = '", "review_verb = 'mengaudit|", 1)
    table.write_text(text, encoding="utf-8")
    rules = load_rules(rules_copy)
    from loader.reading.extract import extract_text
    from tests.loader.test_clauses import HEAD

    x = extract_text(HEAD + sentence + "\n", "contoh.txt", "0" * 64, rules)
    assert {(e.type.value, e.source, e.target) for e in x.edges} == {
        (RV, "Kepala Seksi", "Pelaksana")
    }


def test_an_individual_left_out_of_a_task_keeps_the_others_grades():
    """ "Individu" takes part only in a review: dropped from a task list, the grades written
    after the other members stay theirs (the list once kept one grade entry too many and the
    reader stopped with a ValueError on a blind passage)."""
    text = (
        "Pasal 5\n(1) Kepala Bidang memberikan penugasan kepada individu, Pelaksana, dan"
        " Pejabat Fungsional Ahli Muda."
    )
    assert read(text) == {
        ("ASSIGNS", "Kepala Bidang", "Pelaksana", ""),
        ("ASSIGNS", "Kepala Bidang", "Pejabat Fungsional", "Ahli Muda"),
    }
