"""What the read-only commands share: one error line and exit 2, or the report as JSON/table."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

from loader.errors import RegulationError


def print_report(
    path: str,
    produce: Callable[[str], Any],
    fmt: str,
    to_json: Callable[[Any], dict],
    to_table: Callable[[Any], str],
) -> int:
    try:
        result = produce(path)
    except RegulationError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    if fmt == "json":
        json.dump(to_json(result), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(to_table(result))
    return 0
