"""Dashboard bench: time to first render of every page, and to draw a 300-position org chart.

    .venv/bin/python bench/dashboard.py [--chart-only] [--positions 300] [--runs 3]

Pages: starts ``streamlit run`` on a free port against the store configured by
the environment (the same one ``make run`` uses; load it first), opens each page
in Debian's Chromium and times until its title and key result are visible, two
ways: a sidebar click inside the running app (what the analyst sees after start)
and a new tab opened at the page's URL (which also loads Streamlit's frontend).
Chart: builds a synthetic org chart of N positions (the shape of a large Dinas:
one head, administrators, supervisors, functional staff under two superiors) and
times from navigation until vis-network has drawn it. Goals (issue 5): <= 1.5 s
per page after start, <= 1 s for the chart. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from playwright.sync_api import sync_playwright

from dashboard import devserver
from dashboard.render.chart import org_chart_html

CHROMIUM = "/usr/bin/chromium"
PAGES = {  # url path -> (page title, text visible once the page has drawn its main result)
    "": ("Ringkasan", "Relasi per jenis"),
    "org-chart": ("Bagan Organisasi", "Relasi beserta dasar hukumnya"),
    "chain": ("Rantai Akuntabilitas", "Mereviu hasil kerja"),
    "teams": ("Tim Lintas Unit", "Relasi ketua tim dan rekomendasi penilaian"),
    "compare": ("Bandingkan", "Keduanya"),
    "cypher": ("Konsol Cypher", "Templat kueri"),
    "sources": ("Sumber Hukum", "Relasi yang mengutip ketentuan ini"),
}


def synthetic_rows(n: int) -> list[dict]:
    """Edges of an org chart with ``n`` positions: 1 head, n/40 administrators, n/10 supervisors."""
    levels = [("JPT Pratama", 1), ("Administrator", max(1, n // 40)), ("Pengawas", max(1, n // 10))]
    levels.append(("Fungsional", n - sum(k for _, k in levels)))
    tiers = [[(f"{cls} {i + 1}", cls) for i in range(k)] for cls, k in levels]
    rows = []
    for upper, lower in itertools.pairwise(tiers):
        for i, (title, cls) in enumerate(lower):
            bosses = {upper[i % len(upper)], upper[(i + 1) % len(upper)]}
            for boss, boss_cls in sorted(bosses)[: 2 if cls == "Fungsional" else 1]:
                for edge_type in ("APPRAISES", "ASSIGNS"):
                    rows.append(
                        {
                            "source_uid": boss,
                            "source": boss,
                            "source_class": boss_cls,
                            "target_uid": title,
                            "target": title,
                            "target_class": cls,
                            "type": edge_type,
                            "condition": None,
                            "where": "Lampiran",
                            "quote": "memberikan penilaian kinerja sekaligus penugasan",
                        }
                    )
    return rows


def bench_chart(browser, positions: int, runs: int) -> list[float]:
    html = org_chart_html(synthetic_rows(positions), title=f"{positions} jabatan")
    path = Path(tempfile.mkdtemp()) / "chart.html"
    path.write_text(html, encoding="utf-8")
    times = []
    for _ in range(runs):
        page = browser.new_page()
        page.goto(path.as_uri())
        page.wait_for_selector("body[data-drawn]", timeout=30_000)
        times.append(float(page.get_attribute("body", "data-drawn")) / 1000)
        page.close()
    return times


def _drawn(page, title: str, text: str) -> None:
    """Title and key text visible, the script finished, no loading placeholder left."""
    page.get_by_role("heading", name=title).first.wait_for(timeout=60_000)
    page.get_by_text(text).first.wait_for(timeout=60_000)
    page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]")
    page.wait_for_selector("[data-testid=stSkeleton]", state="detached")


FLOOR_APP = "import streamlit as st\n\nst.title('Lantai')\n"  # a page that does nothing


def bench_floor(browser, runs: int) -> float:
    """Median new-tab time of a one-line Streamlit page: the frontend's own cost, same run."""
    app = Path(tempfile.mkdtemp()) / "floor.py"
    app.write_text(FLOOR_APP, encoding="utf-8")
    times = []
    with devserver.serve(app=app) as base:
        for _ in range(runs + 1):  # the first visit warms the server up and is dropped
            page = browser.new_page()
            start = time.perf_counter()
            page.goto(base)
            _drawn(page, "Lantai", "Lantai")
            times.append(time.perf_counter() - start)
            page.close()
    return statistics.median(times[1:])


def bench_pages(browser, runs: int) -> dict[str, dict[str, list[float]]]:
    """Per page: 'cold' (a new tab loads the app at that URL) and 'nav' (sidebar click)."""
    results: dict[str, dict[str, list[float]]] = {}
    with devserver.serve() as base:
        warm = browser.new_page()  # the first visit pays for imports and the store connection
        warm.goto(f"{base}/")
        _drawn(warm, *PAGES[""])
        for _ in range(runs):
            for path, (title, text) in PAGES.items():
                page = browser.new_page()
                start = time.perf_counter()
                page.goto(f"{base}/{path}")
                _drawn(page, title, text)
                cold = time.perf_counter() - start
                page.close()
                nav = warm.get_by_test_id("stSidebarNav").get_by_text(title, exact=True)
                start = time.perf_counter()
                nav.click()
                _drawn(warm, title, text)
                times = results.setdefault(path or "summary", {"cold": [], "nav": []})
                times["cold"].append(cold)
                times["nav"].append(time.perf_counter() - start)
        warm.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--positions", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--chart-only", action="store_true")
    args = parser.parse_args()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM)
        chart = bench_chart(browser, args.positions, args.runs)
        print(f"{'what':<32}{'median s':>10}{'max s':>10}  goal")
        print(
            f"{f'org chart, {args.positions} positions':<32}"
            f"{statistics.median(chart):>10.3f}{max(chart):>10.3f}  <= 1.0"
        )
        if not args.chart_only:
            floor = bench_floor(browser, args.runs)
            print(f"{'floor: one-line page, new tab':<32}{floor:>10.3f}{'':>10}  (x floor)")
            for name, times in bench_pages(browser, args.runs).items():
                for kind, label in (("nav", "sidebar click"), ("cold", "new tab")):
                    median = statistics.median(times[kind])
                    print(
                        f"{f'page {name}, {label}':<32}{median:>10.3f}"
                        f"{max(times[kind]):>10.3f}  <= 1.5  ({median / floor:.1f} x floor)"
                    )
        browser.close()


if __name__ == "__main__":
    main()
