"""The held-out splits keep the figures measured on them once per round of reader work
(README "How good is it"; ``tests/loader/wordings/HELDOUT.md``): a later change cannot lose what
the reader reached on wording nobody tuned to without saying so. Kept apart from the corpus's
format tests (``test_wordings.py``), which never read a held-out split with the reader.
"""

from __future__ import annotations

import pytest

from tests.loader.wordings.score import figures, read_split

# Each held-out split as last measured by hand (README "Held-out figures"), as a floor so a
# later change cannot lose what the reader reached without saying so: (agree, extracted,
# expected). heldout: measured after issue 11's first round (83, 88, 107) and again after the
# second (main at bd62dc7, 2026-12-04). heldout2: written blind at 9c1296f, measured before the
# second round (57, 73, 132) and once after it (main at bd62dc7). heldout3: written blind
# after the second round, measured once on it (main at 9945917). All three measured once
# more after the last round (main at 1432ae7).
# From the eighth stop heldout ... heldout8 are a dev set whose misses the round studied; their
# floors are the figures after that round (dev figures, not held-out ones).
HELDOUT_FLOORS = {
    # scored once after each round of the fourth stop's reader work. Before it (the reader of
    # f519e8a): 98/101/107, 97/107/132, 59/61/74, 134/155/208. After the first round's five
    # branches (main at d2ca380): 105/107/107, 107/116/132, 62/63/74, 164/176/208. After the
    # second round's four branches (ca, cb, cc, cd; main at 15bb491): the figures below.
    # Since the session of 2026-12-04 (third round) the scorer merges the graded edges of a
    # pair (``score.merge_grades``); the same reader (main at 2f4ea55) then reads, merged
    # (unmerged in brackets): heldout 104/106/106 (105/107/107), heldout4 175/179/199
    # (174/182/208), heldout5 171/195/232 (170/197/241); heldout2 and heldout3 unchanged.
    "heldout": (106, 106, 106),
    # after the third round (branches ea, eb, ec, ed; main at 6eff506): heldout2 114/117/132
    # (was 110/116/132), heldout5 180/200/232 (was 171/195/232), heldout6 155/163/179 (was
    # 147/161/179); heldout, heldout3, heldout4 unchanged.
    # after the fourth, short round (branches fa, fb, fc; main at 9401d5b): heldout2 118/119/132,
    # heldout4 178/182/199, heldout5 181/197/232; the others unchanged.
    "heldout2": (132, 132, 132),
    "heldout3": (73, 73, 74),
    # written blind at the fourth stop (branch h4): 0.865 / 0.644, 0.932 / 0.788, 0.956 / 0.837
    # (grades apart)
    "heldout4": (199, 199, 199),
    # written blind after the first round (branch h5), scored once before the second round's
    # reader work (main at ce6d864, after the "Individu" grade fix its first reading needed:
    # it stopped with a ValueError): 158/194/241 (0.814 / 0.656); after: 0.863 / 0.705
    # (grades apart)
    "heldout5": (229, 231, 232),
    # written blind at the start of the third round of 2026-12-04 (branch h6), scored once
    # before that round's reader work (main at ff29608; --grades-apart and --bare the same)
    "heldout6": (179, 179, 179),
    # written blind at the start of the fifth round of 2026-12-04 (branch h7, 18:14-18:20 UTC),
    # scored once before that round's reader work (main at 0fa38b6, the reader of e6ae5c0;
    # --grades-apart and --bare the same): 0.962 / 0.868 (177/184/204).
    # After the fifth round (branches gb, gc, gd; main at 4b693cb; all splits scored once):
    # heldout2 119/120/132, heldout3 65/65/74, heldout4 184/186/199, heldout5 186/198/232,
    # heldout6 162/168/179, heldout7 181/192/204 (precision down: 11 false, was 7); heldout the
    # same.
    "heldout7": (197, 202, 204),
    # written blind at the start of the sixth round of 2026-12-04 (branch h8, 21:08-21:15 UTC),
    # scored once before that round's reader work (main at a2ea2a3, the reader of 885886c):
    # 0.972 / 0.862 (175/180/203); --bare 171/176/203; --grades-apart 174/181/203.
    # After the sixth round (branches ha, hb, hc, hs; main at a906b46; every split scored once,
    # --bare the same after 029beac): heldout8 175/180/203 (unchanged), heldout7 181/191/204,
    # heldout5 192/198/232; the others as above.
    "heldout8": (203, 203, 203),
    # heldout9 and heldout10: written blind at the start of the eighth stop (branches w9, w10,
    # 23:43-23:50 UTC), scored once before its reader work (main at 50ff010, the reader of
    # 1fd3a56): heldout9 157/164/176 (--bare the same; --grades-apart 156/165), heldout10
    # 158/163/178 (--bare the same; --grades-apart 157/164). From this stop the earlier splits
    # (heldout ... heldout8) are a dev set whose misses the round's engineers studied.
    # After the eighth stop's dev round (branches da, db, dc, dd merged; main at 193f9ad, 01:28
    # UTC), every split scored once: the test set heldout9 159/167/176 (0.952 / 0.903; precision
    # down from 157/164, recall up; --bare the same, --grades-apart 158/168), heldout10
    # 165/169/178 (0.976 / 0.927; --bare the same, --grades-apart 164/170); the dev set (studied
    # by the round: no longer held-out figures) as above.
    "heldout9": (159, 167, 176),
    "heldout10": (165, 169, 178),
}


@pytest.mark.parametrize("split", sorted(HELDOUT_FLOORS))
def test_heldout_keeps_its_measured_figures(split):
    """A held-out split is read end to end and keeps the figures measured on it.

    Those figures were measured by hand (``python -m tests.loader.wordings.score --split
    heldout|heldout2``) when a round of reader work was done, and reported in the README; the
    suite prints nothing of it, so no one tunes to it while working on the reader.
    """
    hits, got, want = HELDOUT_FLOORS[split]
    total = figures(read_split(split))
    assert total.want == want
    assert total.recall >= hits / want - 1e-9
    assert total.precision >= hits / got - 1e-9
