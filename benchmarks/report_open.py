"""How big `tracker report`'s page is, how long it takes to write, and how long headless
Chromium takes to open it (navigation until the page's script has built the table).

    python benchmarks/report_open.py --db /tmp/congress.db --limit 2000 --limit 15000 --runs 3

Needs Debian's chromium and chromium-driver, and Selenium (the test extra).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def open_times(page: Path, runs: int) -> tuple[list[float], list[float]]:
    """Seconds from navigation to the table built (wall clock), and the page's own
    domContentLoaded-to-ready time, per run (a fresh browser each time: no cache)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.support.ui import WebDriverWait

    walls, scripts = [], []
    for _ in range(runs):
        options = webdriver.ChromeOptions()
        options.binary_location = "/usr/bin/chromium"
        for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000"):
            options.add_argument(arg)
        driver = webdriver.Chrome(service=Service(executable_path="/usr/bin/chromedriver"), options=options)
        try:
            driver.set_page_load_timeout(300)
            start = time.perf_counter()
            driver.get(page.as_uri())
            WebDriverWait(driver, 300, poll_frequency=0.02).until(
                lambda d: d.execute_script("return document.documentElement.dataset.ready") == "true")
            walls.append(time.perf_counter() - start)
            scripts.append(driver.execute_script(
                "var t = performance.timing; return (t.loadEventEnd - t.navigationStart) / 1000;"))
        finally:
            driver.quit()
    return walls, scripts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True)
    parser.add_argument("--limit", type=int, action="append", default=[])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--tracker", default=str(Path(sys.executable).with_name("tracker")))
    args = parser.parse_args()
    print("| --limit | commitments in the table | page size | write (median s) | open in Chromium, to table built (median s) | load event (median s) |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        for limit in args.limit or [2000]:
            page = Path(folder) / f"report-{limit}.html"
            writes = []
            for _ in range(args.runs):
                start = time.perf_counter()
                done = subprocess.run([args.tracker, "report", "--out", str(page), "--db", args.db, "--limit", str(limit)],
                                      check=True, capture_output=True, text=True)
                writes.append(time.perf_counter() - start)
            walls, loads = open_times(page, args.runs)
            size = page.stat().st_size
            print(f"| {limit:,} | {done.stdout.strip()} | {size / 1e6:.2f} MB | {statistics.median(writes):.2f} | "
                  f"{statistics.median(walls):.2f} | {statistics.median(loads):.2f} |")


if __name__ == "__main__":
    main()
