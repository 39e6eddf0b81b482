"""The report in a real browser: headless Chromium (Debian's `chromium` and its
`chromium-driver`, driven through Selenium) opens the page from disk, the meter shows the
database's numbers, the filters hide rows, a row opens to its sources and history, no
text from the database runs as script, and a phone-wide window needs no sideways scroll.
Screenshots are saved in the test's temporary folder.

Run only these with ``pytest -m browser`` (they are also ``slow``: a browser takes seconds to start). Skipped where Chromium, its driver or Selenium
is missing, unless TRACKER_TEST_BROWSER_REQUIRED=1 (as in .ci/run, which installs them).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Invoke, ok
from tests.test_report import rated, sql_counts  # noqa: F401 (rated is a fixture)
from tracker.status import STATUS_LABELS

pytestmark = [pytest.mark.browser, pytest.mark.slow]  # a browser starts in seconds

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


def _missing() -> str | None:
    if not Path(CHROMIUM).exists() or not Path(DRIVER).exists():
        return "Chromium or its driver is not installed (apt-get install -y chromium chromium-driver)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "Selenium is not installed (pip install -e '.[test]')"
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    reason = _missing()
    if reason is not None:
        if os.environ.get("TRACKER_TEST_BROWSER_REQUIRED") == "1":
            pytest.fail(f"a browser is required here: {reason}")
        pytest.skip(reason)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000"):
        options.add_argument(arg)
    # the driver Debian ships with its Chromium: same version, nothing downloaded
    driver = webdriver.Chrome(service=Service(executable_path=DRIVER), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def open_page(driver: Any, page: Path) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(page.as_uri())
    WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.documentElement.dataset.ready") == "true")


def visible_rows(driver: Any) -> list[Any]:
    return [r for r in driver.find_elements("css selector", "tr.row") if r.is_displayed()]


LABELS = {label: status for status, label in STATUS_LABELS.items()}


def meter_as_shown(driver: Any) -> dict[str, dict[str, int]]:
    """Per actor, the counts a reader sees: '<label> <number>' under each bar."""
    out: dict[str, dict[str, int]] = {}
    for item in driver.find_elements("css selector", "li.actor"):
        name = item.find_element("css selector", ".name").text
        counts = {}
        for li in item.find_elements("css selector", ".counts li"):
            label, _, number = " ".join(li.text.split()).rpartition(" ")
            counts[LABELS[label]] = int(number.replace(",", ""))
        assert int(item.find_element("css selector", ".total").text.replace(",", "")) == sum(counts.values())
        out[name] = counts
    return out


def test_the_report_in_chromium(browser: Any, rated: Invoke, db_path: Path, workdir: Path,  # noqa: F811
                                tmp_path: Path) -> None:
    from selenium.webdriver.support.ui import Select

    # a hostile document too: its text, source and URL must stay text
    (workdir / "evil.txt").write_text("Acme</b><script>pwned=1</script> will close tanks depots.\n", encoding="utf-8")
    ok(rated("ingest", str(workdir / "evil.txt"), "--url", "javascript:pwned=2", "--source", "<i>x</i>"))
    ok(rated("report", "--out", "report.html", "--db", str(db_path)))
    open_page(browser, workdir / "report.html")
    browser.save_screenshot(str(tmp_path / "report.png"))
    assert (tmp_path / "report.png").stat().st_size > 10_000

    # the meter shows the database's counts
    totals, per_actor = sql_counts(db_path)
    assert meter_as_shown(browser) == {name: dict(c) for name, c in per_actor.items()}
    everything = browser.find_element("css selector", ".meter-all")
    assert int(everything.get_attribute("data-total")) == sum(totals.values())
    assert browser.execute_script("return typeof window.pwned") == "undefined"

    # filter by status: only those rows stay
    rows = visible_rows(browser)
    assert len(rows) == sum(totals.values())
    Select(browser.find_element("id", "f-status")).select_by_value("fulfilled")
    rows = visible_rows(browser)
    assert len(rows) == totals["fulfilled"] and {r.get_attribute("data-status") for r in rows} == {"fulfilled"}
    browser.find_element("id", "f-reset").click()

    # filter by text, as typed
    browser.find_element("id", "f-text").send_keys("TANKS")
    with sqlite3.connect(db_path) as conn:
        tanks = conn.execute("SELECT count(DISTINCT commitment_id) FROM mentions WHERE lower(sentence) LIKE '%tanks%'"
                             ).fetchone()[0]
    rows = visible_rows(browser)
    assert len(rows) == tanks and all("tanks" in r.text.lower() for r in rows)
    browser.save_screenshot(str(tmp_path / "filtered.png"))

    # open the hostile row: its details are text, its javascript: URL is no link
    evil = next(r for r in rows if "pwned" in r.text)
    evil.find_element("css selector", "button.open").click()
    detail = browser.find_element("id", f"d-{evil.get_attribute('data-id')}")
    assert detail.is_displayed() and "<script>pwned=1</script>" in detail.text and "<i>x</i>" in detail.text
    assert [a.get_attribute("href") for a in detail.find_elements("css selector", "a")] == []
    assert browser.execute_script("return typeof window.pwned") == "undefined"
    browser.find_element("id", "f-reset").click()

    # a rated row opens to its history, with the evidence as a link
    # (the reset re-renders the rows; under load that may take a moment)
    from selenium.webdriver.support.ui import WebDriverWait
    first = WebDriverWait(browser, 10).until(
        lambda d: next(iter(d.find_elements("css selector", 'tr.row[data-id="1"] button.open')), None))
    first.click()
    history = browser.find_element("id", "d-1")
    assert "Promise kept" in history.text and "rated fulfilled" in history.text and "by ann" in history.text
    assert "https://example.org/e" in [a.get_attribute("href") for a in history.find_elements("css selector", "a")]
    browser.save_screenshot(str(tmp_path / "opened.png"))


def test_the_report_on_a_phone(browser: Any, rated: Invoke, db_path: Path, workdir: Path,  # noqa: F811
                               tmp_path: Path) -> None:
    ok(rated("report", "--out", "report.html", "--db", str(db_path)))
    browser.set_window_size(390, 844)
    try:
        open_page(browser, workdir / "report.html")
        width = browser.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
        assert width[0] <= width[1], width  # no sideways scrolling
        label = browser.execute_script(
            "return getComputedStyle(document.querySelector('tr.row td[data-label=Status]'), '::before').content")
        assert label == '"Status: "'  # each cell says what it is when the table is stacked
        browser.save_screenshot(str(tmp_path / "phone.png"))
    finally:
        browser.set_window_size(1280, 1000)


def test_a_large_page_shows_rows_a_page_at_a_time(browser: Any, tracker: Invoke, fake_engine: type, db_path: Path,
                                                  workdir: Path) -> None:
    (workdir / "many.txt").write_text("".join(f"France will build school number {i}.\n" for i in range(450)),
                                      encoding="utf-8")
    ok(tracker("ingest", str(workdir / "many.txt")))
    ok(tracker("report", "--out", "many.html", "--limit", "300", "--db", str(db_path)))
    open_page(browser, workdir / "many.html")
    assert "the 300 most recently said of the 450 commitments" in browser.find_element("tag name", "header").text
    assert int(browser.find_element("css selector", ".meter-all").get_attribute("data-total")) == 450
    drawn = browser.find_elements("css selector", "tr.row")
    more = browser.find_element("id", "more")
    assert 0 < len(drawn) < 300 and more.is_displayed()
    while more.is_displayed():
        more.click()
    assert len(browser.find_elements("css selector", "tr.row")) == 300
    browser.find_element("id", "f-text").send_keys("number 449")
    assert [r.get_attribute("data-id") for r in visible_rows(browser)] == ["450"]
