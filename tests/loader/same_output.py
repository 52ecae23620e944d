"""The reader's whole output, to check that a speed change alters not a byte of it.

    .venv/bin/python -m tests.loader.same_output --write /tmp/before.json
    ... change the reader ...
    .venv/bin/python -m tests.loader.same_output --compare /tmp/before.json

Reads the five regulations and every train case of the wording corpus (in the
document of its kind and bare, as ``score.py`` reads them) through
``extract_file`` and, for the five, ``review_file``, and keeps each JSON report
(``loader extract --format json``) as text. A snapshot is taken before the
change and compared after it; nothing is committed, since every new reading
row changes the output on purpose. Held-out splits are never read.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from loader.errors import RegulationError
from loader.reading.extract import extract_file
from loader.reading.report import to_json
from loader.review.analysis import review_file
from loader.review.report import to_json as review_json
from tests.loader.conftest import FILES
from tests.loader.wordings.corpus import load_split
from tests.loader.wordings.document import document


def _json(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)


def _extracted(path: Path) -> str:
    try:
        return _json(to_json(extract_file(path)))
    except RegulationError as e:  # the message opens with the path: only its name is kept
        return f"refused: {str(e).replace(str(path.parent) + '/', '')}"


def outputs() -> dict[str, str]:
    """Document name -> its JSON report (or its refusal), in a fixed order."""
    out = {}
    for f in FILES:
        out[f.name] = _extracted(f)
        out[f"{f.name} review"] = _json(review_json(review_file(f)))
    with tempfile.TemporaryDirectory(prefix="same-output-") as tmp:
        for case in load_split("train"):
            for bare in (False, True):
                # one fixed name, so that the file name the report gives is the same every run
                path = Path(tmp) / ("bare.txt" if bare else "case.txt")
                path.write_text(document(case, bare), encoding="utf-8")
                out[f"{case.id}{' bare' if bare else ''}"] = _extracted(path)
    return out


def differences(before: dict[str, str], after: dict[str, str]) -> list[str]:
    """The names whose output is not byte-for-byte the same (or is in one snapshot only)."""
    return sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path, help="write the snapshot to this file")
    group.add_argument("--compare", type=Path, help="compare with the snapshot in this file")
    args = parser.parse_args(argv)
    now = outputs()
    if args.write:
        args.write.write_text(json.dumps(now, ensure_ascii=False), encoding="utf-8")
        print(f"{len(now)} outputs written to {args.write}")
        return 0
    before = json.loads(args.compare.read_text(encoding="utf-8"))
    changed = differences(before, now)
    print(f"{len(now)} outputs, {len(changed)} differ from {args.compare}")
    for name in changed[:20]:
        print(f"  {name}")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
