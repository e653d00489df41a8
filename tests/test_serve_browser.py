"""``diplograph serve`` in a real browser: headless Chromium from Debian driven by Selenium
with Debian's chromium-driver, against the real command on a loopback port. Opens the home
page, a report, follows a highlighted span to its fact and back, runs a saved question from
its form and checks the network picture renders; screenshots go to the test's folder."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest_plugins = ["serve_support"]  # fixtures: served_store, server

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not (CHROMIUM and DRIVER):
        reason = "Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)"
        if os.environ.get("CI"):
            pytest.fail(reason + " (CI requires them)")
        pytest.skip(reason)
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(executable_path=DRIVER), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def target(driver: Any) -> str:
    found: str = driver.execute_script("const t = document.querySelector(':target'); return t ? t.id : '';")
    return found


def test_home_report_span_and_back(browser: Any, server: str, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(server + "/")
    assert browser.title == "diplograph · diplograph"
    docs = [a.text for a in browser.find_elements(By.CSS_SELECTOR, "#main table a")]
    assert {"sample-ashgabat-letter", "sample-bishkek-call", "tirana-visit"} <= set(docs)
    browser.save_screenshot(str(tmp_path / "home.png"))
    browser.find_element(By.LINK_TEXT, "tirana-visit").click()
    WebDriverWait(browser, 20).until(lambda d: d.title.startswith("Report tirana-visit"))
    text = browser.find_element(By.ID, "text").text
    assert "<script>alert('x')</script>" in text  # shown as words, not run
    assert not browser.execute_script("return document.querySelectorAll('script').length")
    span = browser.find_element(By.CSS_SELECTOR, 'a.span[href="#act-0"]')
    assert span.text.startswith("Edi Rama thanked")
    span.click()
    assert browser.current_url.endswith("#act-0") and target(browser) == "act-0"
    browser.save_screenshot(str(tmp_path / "report-fact.png"))
    browser.find_element(By.CSS_SELECTOR, '#act-0 a.to-text[href="#ev-act-0"]').click()
    assert target(browser) == "ev-act-0"
    assert (tmp_path / "home.png").stat().st_size > 1000


def test_saved_question_from_its_form(browser: Any, server: str, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(server + "/")
    form = browser.find_element(By.CSS_SELECTOR, 'form[action="/queries/relationship"]')
    form.find_element(By.NAME, "state1").send_keys("Albania")
    form.find_element(By.NAME, "state2").send_keys("Greece")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    WebDriverWait(browser, 20).until(lambda d: "/queries/relationship?" in d.current_url)
    assert "/queries/relationship?state1=Albania&state2=Greece" in browser.current_url
    cells = [td.text for td in browser.find_elements(By.CSS_SELECTOR, "#main table td")]
    assert "strategic partnership" in cells
    browser.save_screenshot(str(tmp_path / "question.png"))


def test_network_picture_renders(browser: Any, server: str, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait

    browser.get(server + "/network")
    svg = browser.find_element(By.CSS_SELECTOR, "figure svg")
    assert svg.size["width"] > 300 and svg.size["height"] > 300
    lines = browser.find_elements(By.CSS_SELECTOR, "figure svg line")
    assert len(lines) == 3 and all(line.size["width"] + line.size["height"] > 0 for line in lines)
    browser.save_screenshot(str(tmp_path / "network.png"))
    Select(browser.find_element(By.ID, "kind")).select_by_visible_text("letter")
    browser.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    WebDriverWait(browser, 20).until(lambda d: "kind=letter" in d.current_url)
    assert len(browser.find_elements(By.CSS_SELECTOR, "figure svg line")) == 1
