"""Clearly fictitious rosters (pegawai, tim kerja) for a regulation: demo data and benchmarks.

Issue 6 wants the dashboard to show people out of the box and the benchmark to
import 100 000 employees, without ever shipping real names or NIPs. So every
roster here is generated from the regulation itself: its units (named, or
invented where it only names a unit type, kept where the importer places them),
titles that are or extend its positions, names from generic lists, NIPs valid
in format only, ``DEMO`` on every row. Title classes and unit placement are the
importer's own (``loader.roster.place`` on a :class:`Context` built from the
extraction), so the demo cannot drift from what an import does. The word lists
and unit kinds are data (``demo/words.toml``). A few rows are made
inconsistent on purpose so that each check of docs/people.md has something to
find; :class:`Planted` says which. Pure data: nothing is read but the rule
tables and nothing is written (``loader/commands/demo.py`` writes the files).
Deterministic for a seed: one ``random.Random`` per regency, sorted iteration.
"""

from __future__ import annotations

import random

from demo.people import NipMaker, make_teams, staff_people
from demo.plant import _employee, plant
from demo.records import DemoRoster
from demo.units import plan_units, skeleton
from demo.words import EMPLOYEES_PER_SCALE, TEAMS_PER_SCALE, demo_table
from loader.model import Extraction
from loader.roster.place import Context

__all__ = ["DemoRoster", "_employee", "demo_table", "generate"]  # callers' and tests' names

# -- one regency ---------------------------------------------------------------------------


def generate(
    extraction: Extraction, scale: float = 1.0, seed: int = 1, taken: set[str] | None = None
) -> DemoRoster:
    """The demo roster of one regulation at ``scale`` (1: about 100 employees and 5 teams).

    ``taken``: NIPs already given (to other regencies of the same set), added to as it goes.
    """
    if scale <= 0:
        raise ValueError("scale must be positive")
    regulation = extraction.regulation
    slug = regulation.uid.split("/")[0]
    rng = random.Random(f"{seed}/{slug}")
    ctx = Context.from_extraction(extraction)
    units = plan_units(extraction, ctx, rng, scale)
    plans = [skeleton(u, rng, scale) for u in units]
    nips = NipMaker(rng, taken)
    total = round(EMPLOYEES_PER_SCALE * scale)
    people = staff_people(units, plans, total, rng, nips)
    teams = make_teams(people, max(2, round(TEAMS_PER_SCALE * scale)), rng)
    roster = DemoRoster(regulation.regency, slug, units, people, teams)
    plant(roster, rng, ctx)
    return roster
