"""One title spelled two ways in one text: a damaged copy read as the title it copies.

A scan or a drafter's slip writes "Kepala Bidang Pencegahan dan Pengendallan Penyakit" for
the "Pengendalian" the text writes elsewhere, or "Pendafataran" for "Pendaftaran": read as
written they would be two posts, each with half the edges. Two titles of one text that differ
in one word by one slip (a letter swapped with its neighbour, one letter more or less in a
word of at least six, or a letter a scan confuses, ``structure.toml`` [ocr] ``confused``) are
one post, named as the text names it most often, else by the copy with no scanning slip, else
as it is first written. Real posts one letter apart ("Pelayanan" and "Pelayaran", "Pendataan"
and "Pendanaan") differ by letters no scan confuses and stay apart.
"""

from __future__ import annotations

import dataclasses
import re
from itertools import combinations

from loader.model import position_key

_MIN = 6  # shorter words are too often other words one letter apart ("Bidan", "Bidang")


def one_name(edges: dict, roles: dict, positions: dict, source: str, rules):
    """``_Builder.build``'s edges, roles and positions with each damaged title read as the
    title it copies, an edge then stated twice kept once (a direct one over a delegated one)."""
    titles = {t for e in edges.values() for t in (e.source, e.target)}
    confused = rules.structure.confused
    names = same_names(titles | {r.position for r in roles.values()}, source, confused)
    if not names:
        return edges, roles, positions  # most texts
    out: dict[tuple, object] = {}
    for key, e in edges.items():
        e = dataclasses.replace(
            e, source=names.get(e.source, e.source), target=names.get(e.target, e.target)
        )
        key = (key[0], position_key(e.source), position_key(e.target), *key[3:])
        if key not in out or (out[key].delegated and not e.delegated):
            out[key] = e
    kept = {}
    for (_, role, unit), r in roles.items():
        r = dataclasses.replace(r, position=names.get(r.position, r.position))
        kept.setdefault((position_key(r.position), role, unit), r)
    for unit, scope in positions.items():
        renamed = {}
        for p in scope.values():
            p = dataclasses.replace(p, title=names.get(p.title, p.title))
            renamed.setdefault(position_key(p.title), p)
        positions[unit] = renamed
    return out, kept, positions


def same_names(titles, source: str, confused: tuple[str, ...]) -> dict[str, str]:
    """Each damaged title of ``titles`` -> the title it is a copy of (empty: most texts).
    Titles are paired only when all their words but one are the same."""
    buckets: dict[tuple, list[str]] = {}
    for t in sorted(titles):
        words = t.casefold().split()
        for i, w in enumerate(words):
            if len(w) >= _MIN:
                buckets.setdefault((len(words), i, *words[:i], *words[i + 1 :]), []).append(t)
    out: dict[str, str] = {}
    for (_, i, *_rest), group in buckets.items():
        for a, b in combinations(group, 2):
            x, y = a.split()[i], b.split()[i]
            if not _slip(x, y, confused):
                continue
            kept = a if _better(a, b, x, y, source, confused) else b
            out[b if kept == a else a] = kept
    return {k: _final(v, out) for k, v in out.items()}


def _final(title: str, out: dict[str, str]) -> str:
    seen = {title}
    while title in out and out[title] not in seen:
        title = out[title]
        seen.add(title)
    return title


def _slip(x: str, y: str, confused: tuple[str, ...]) -> bool:
    """True when ``x`` and ``y`` are one word, one written with one slip."""
    if min(len(x), len(y)) < _MIN or x[0] != y[0]:
        return False
    if len(x) != len(y):
        short, long = sorted((x, y), key=len)
        return len(long) == len(short) + 1 and any(
            long[:i] + long[i + 1 :] == short for i in range(1, len(long))
        )
    at = [i for i, (p, q) in enumerate(zip(x, y, strict=True)) if p != q]
    if len(at) == 2:  # "Opreasi": two letters swapped
        i, j = at
        return j == i + 1 and x[i] == y[j] and x[j] == y[i]
    return len(at) == 1 and any(x[at[0]] in g and y[at[0]] in g for g in confused)


def _better(a: str, b: str, x: str, y: str, source: str, confused) -> bool:
    """True when title ``a`` (word ``x``) names the post rather than ``b`` (word ``y``)."""
    nx, ny = _count(x, source), _count(y, source)
    if nx != ny:
        return nx > ny
    sx, sy = _scanned(x, y, confused), _scanned(y, x, confused)
    if sx != sy:
        return sy
    return _first(a, source) <= _first(b, source)


def _scanned(x: str, y: str, confused) -> bool:
    """True when ``x`` bears the scan's mark against ``y``: a letter tripled ("Pengadaaan"),
    a digit or sign for a letter, or the first glyph of a ``confused`` group ("l" for "i")."""
    if re.search(r"(\w)\1\1", x) and not re.search(r"(\w)\1\1", y):
        return True
    if len(x) != len(y):
        return False
    for p, q in zip(x, y, strict=True):
        if p != q:
            return not p.isalpha() or any(
                p in g and q in g and g.index(p) < g.index(q) for g in confused
            )
    return False


def _count(word: str, source: str) -> int:
    return len(re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", source))


def _first(title: str, source: str) -> int:
    m = re.search(r"\s+".join(map(re.escape, title.split())), source)
    return m.start() if m else len(source)
