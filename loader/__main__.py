"""Command line: ``python -m loader COMMAND``.

Each command lives in its own module under ``loader/commands/`` and exposes
``register(subparsers)``; this file only wires them together, so adding a
command never touches another command's code.
"""

from __future__ import annotations

import argparse
import importlib
import sys

COMMANDS = ("extract", "review", "load", "reset", "roster", "corrections")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m loader",
        description="Read sistem-kerja regulations (any issuer) into the graph.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    for name in COMMANDS:
        importlib.import_module(f"loader.commands.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
