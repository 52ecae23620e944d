"""Score the reader on the wording corpus: precision and recall, overall and by group.

    .venv/bin/python -m tests.loader.wordings.score --split heldout|heldout2|heldout3|heldout4|train
        [--by construction|type|kind] [--bare] [--case ID ...] [--file NAME ...]

Each case is wrapped in a document of its kind (``document.py``; ``--bare``
gives the text alone), read by the public reader, and its edges compared with
the case's expected edges as (type, folded from, folded to, grades of the
condition), with ``tests/loader/yardstick.py``'s helpers, so "Kepala
Bagian/Kepala Bidang" counts as both titles and a condition is compared by the
jenjang it names. A refused document counts all its expected edges as missed.
Graded edges of one (type, from, to) are merged on both sides before comparing
(``merge_grades``): "Auditor Ahli Muda dan Auditor Ahli Pertama" is one edge holding
both grades to the reader and to train, one edge per grade to heldout4/heldout5's
writers, and both say the same. ``--grades-apart`` compares them unmerged.

Two things the edge key cannot see are counted beside it, over the edges found:
a condition with no grade ("dalam hal …", "jenjang yang sama") must come out
non-empty, and an edge marked ``delegated`` must come out delegated. Expected
unknown titles are scored on their own: "reported" when the reader lists the
title in ``Extraction.unknown_titles``, "kept" when it is reported or is the
end of an edge (never silently dropped).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from loader.errors import RegulationError
from loader.model import Extraction, fold, position_key
from loader.reading.extract import extract_file
from tests.loader.wordings.corpus import SPLITS, Case, ExpectedEdge, load_split
from tests.loader.wordings.document import document
from tests.loader.yardstick import _condition, _titles

GROUPS = ("construction", "type", "kind")


@dataclass
class CaseResult:
    """One case read: the edge keys expected and found, and what the reader said."""

    case: Case
    want: set[tuple] = field(default_factory=set)
    got: set[tuple] = field(default_factory=set)
    refused: str = ""
    conditions: dict[tuple, str] = field(default_factory=dict)  # got key -> condition text
    delegated: set[tuple] = field(default_factory=set)  # got keys marked delegated
    reported: set[str] = field(default_factory=set)  # folded unknown titles reported

    @property
    def hits(self) -> set[tuple]:
        return self.want & self.got


def edge_keys(e: ExpectedEdge) -> set[tuple]:
    """(type, from, to, grades) of one expected edge; slashed titles give one key each."""
    grades = _condition(e.condition)
    return {(e.type, s, t, grades) for s in _titles(e.source) for t in _titles(e.target)}


def expected_keys(case: Case, merge: bool = True) -> set[tuple]:
    keys = set().union(*(edge_keys(e) for e in case.edges))
    return merge_grades(keys) if merge else keys


def merge_grades(keys: set[tuple]) -> set[tuple]:
    """Keys with one edge per (type, from, to) holding the union of its graded keys' grades;
    an ungraded key (the pair for every grade) stays apart."""
    return {_merged(key, keys) for key in keys}


def _merged(key: tuple, keys: set[tuple]) -> tuple:
    """The key ``key`` counts as once graded keys of its pair are merged."""
    if not key[3]:
        return key
    grades = frozenset().union(*(k[3] for k in keys if k[:3] == key[:3]))
    return (*key[:3], grades)


def read_case(case: Case, workdir: Path, bare: bool = False, merge: bool = True) -> CaseResult:
    """Read ``case`` through ``extract_file`` on a file in ``workdir``."""
    result = CaseResult(case, want=expected_keys(case, merge))
    path = workdir / f"{case.id}.txt"
    path.write_text(document(case, bare), encoding="utf-8")
    try:
        x = extract_file(path)
    except RegulationError as e:
        result.refused = str(e).removeprefix(f"{path}: ")
        return result
    _found(result, x, merge)
    return result


def _found(result: CaseResult, x: Extraction, merge: bool) -> None:
    keys = {
        e: (e.type.value, position_key(e.source), position_key(e.target), _condition(e.condition))
        for e in x.edges
    }
    every = set(keys.values())
    for e, key in keys.items():
        key = _merged(key, every) if merge else key
        result.got.add(key)
        result.conditions.setdefault(key, e.condition or "")
        if e.delegated:
            result.delegated.add(key)
    result.reported = {fold(t.title) for t in getattr(x, "unknown_titles", ())}


def read_split(
    split: str, bare: bool = False, files: Iterable[str] = (), merge: bool = True
) -> list[CaseResult]:
    """Read every case of ``split``, or only those of the named files (stem or name)."""
    wanted = {Path(f).stem for f in files}
    cases = [c for c in load_split(split) if not wanted or Path(c.file).stem in wanted]
    with tempfile.TemporaryDirectory(prefix="wordings-") as tmp:
        return [read_case(c, Path(tmp), bare, merge) for c in cases]


@dataclass(frozen=True)
class Figures:
    hits: int
    got: int
    want: int

    @property
    def precision(self) -> float:
        return self.hits / self.got if self.got else 1.0

    @property
    def recall(self) -> float:
        return self.hits / self.want if self.want else 1.0


def figures(results: Iterable[CaseResult]) -> Figures:
    results = list(results)
    return Figures(
        sum(len(r.hits) for r in results),
        sum(len(r.got) for r in results),
        sum(len(r.want) for r in results),
    )


def by_group(results: list[CaseResult], group: str) -> dict[str, Figures]:
    """Figures per construction, per kind, or per edge type (an edge counts in its type)."""
    if group == "type":
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        for r in results:
            for i, keys in enumerate((r.hits, r.got, r.want)):
                for key in keys:
                    counts[key[0]][i] += 1
        return {k: Figures(*v) for k, v in sorted(counts.items())}
    grouped: dict[str, list[CaseResult]] = defaultdict(list)
    for r in results:
        grouped[getattr(r.case, group)].append(r)
    return {k: figures(v) for k, v in sorted(grouped.items())}


def side_checks(results: list[CaseResult]) -> dict[str, tuple[int, int]]:
    """(met, expected) for what the edge key cannot see: condition text, delegation,
    unknown titles reported, unknown titles kept (reported or an edge end)."""
    cond = dele = rep = kept = n_cond = n_dele = n_titles = 0
    for r in results:
        for e in r.case.edges:
            found = {_merged(k, r.want) for k in edge_keys(e)} & r.got
            if e.condition and not _condition(e.condition):
                n_cond += 1
                cond += bool(found) and all(r.conditions[k] for k in found)
            if e.delegated:
                n_dele += 1
                dele += bool(found) and found <= r.delegated
        ends = {k[1] for k in r.got} | {k[2] for k in r.got}
        for title in r.case.unknown_titles:
            n_titles += 1
            rep += fold(title) in r.reported
            kept += fold(title) in r.reported or position_key(title) in ends
    return {
        "conditions without grade kept": (cond, n_cond),
        "delegated edges marked": (dele, n_dele),
        "unknown titles reported": (rep, n_titles),
        "unknown titles kept (reported or an edge end)": (kept, n_titles),
    }


def report(
    results: list[CaseResult], groups: Iterable[str], out=None, listings: bool = True
) -> None:
    """Print the figures, the groups asked for and (``listings``) the refusals, misses and
    false edges."""
    out = out or sys.stdout
    total = figures(results)
    refused = [r for r in results if r.refused]
    print(
        f"{len(results)} cases, {total.want} expected edges, {total.got} extracted, "
        f"{total.hits} agree: precision {total.precision:.3f}, recall {total.recall:.3f}; "
        f"{len(refused)} documents refused",
        file=out,
    )
    for name, (met, n) in side_checks(results).items():
        print(f"  {name}: {met}/{n}", file=out)
    for group in groups:
        print(
            f"\nby {group}:\n  {'':<24} {'prec':>6} {'recall':>6} {'want':>5} {'got':>5}", file=out
        )
        for name, f in by_group(results, group).items():
            precision = f"{f.precision:6.3f}" if f.got else f"{'-':>6}"
            line = f"  {name:<24} {precision} {f.recall:6.3f} {f.want:5d} {f.got:5d}"
            print(line, file=out)
    if not listings:
        return
    _listing("refused", [f"{r.case.id}: {r.refused}" for r in refused], out)
    _listing("missed", [_edge(r, k) for r in results if not r.refused for k in r.want - r.got], out)
    _listing("false", [_edge(r, k) for r in results for k in r.got - r.want], out)


def _edge(r: CaseResult, key: tuple) -> str:
    grades = ", ".join(sorted(key[3]))
    return f"{r.case.id} [{r.case.construction}]: {key[0]} {key[1]} -> {key[2]}" + (
        f" ({grades})" if grades else ""
    )


def _listing(title: str, lines: list[str], out) -> None:
    print(f"\n{title} ({len(lines)}):", file=out)
    for line in sorted(lines):
        print(f"  {line}", file=out)


def show(result: CaseResult, bare: bool, out=None) -> None:
    """One case in full: the document given to the reader, then what agreed and what not."""
    out = out or sys.stdout
    print(f"=== {result.case.id} ({result.case.file}) ===\n{document(result.case, bare)}", file=out)
    if result.refused:
        print(f"refused: {result.refused}", file=out)
    for title, keys in (
        ("agree", result.hits),
        ("missed", result.want - result.got),
        ("false", result.got - result.want),
    ):
        print(f"{title}: " + "; ".join(_edge(result, k) for k in sorted(keys)), file=out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, default="train")
    parser.add_argument("--by", choices=GROUPS, action="append", help="repeatable")
    parser.add_argument("--bare", action="store_true", help="the case text alone, no heading")
    parser.add_argument("--case", action="append", help="show this case in full (repeatable)")
    parser.add_argument("--file", action="append", default=[], help="only this file's cases")
    parser.add_argument(
        "--grades-apart", action="store_true", help="compare graded edges of a pair unmerged"
    )
    args = parser.parse_args(argv)
    results = read_split(args.split, args.bare, args.file, not args.grades_apart)
    if args.case:
        for r in results:
            if r.case.id in args.case:
                show(r, args.bare)
        return 0
    report(results, args.by or GROUPS)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
