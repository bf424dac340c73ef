#!/usr/bin/env python3
"""The web page in a real browser: headless Chromium driven by Selenium.

Builds a database from Examples/articles, two invented articles whose figures disagree, and a
hostile article of our own (markup and
javascript: in its text, title, outlet, author, URL and, after a rename, its speaker's name),
starts `hearsay serve` on a free port, opens every page, searches, follows a facet, opens a
person and an article, merges two speakers and reassigns a quote through the forms, checks
that no alert ever fired, saves a screenshot of each page, and stops the server.

    browser_test.py --bin .build/debug/hearsay --out out/screenshots
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCRIPT = "<script>alert(1)</script>"
IMAGE = '"><img src=x onerror=alert(1)>'

passed = 0
failed = 0


def wait_for_note(driver):
    """The note the page shows after a form's POST and redirect; the browser may still be on the
    form's page when submit() returns, so wait for the next page instead of reading at once."""
    element = WebDriverWait(driver, 30).until(
        expected_conditions.presence_of_element_located((By.CSS_SELECTOR, ".note")))
    return element.text


def check(condition, what):
    global passed, failed
    if condition:
        passed += 1
    else:
        failed += 1
        print(f"FAIL: {what}", flush=True)


def run(binary, *args):
    result = subprocess.run([binary, *args], capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"{binary} {' '.join(args)} failed: {result.stderr}")
    return result.stdout


def start_server(binary, db):
    server = subprocess.Popen(
        [binary, "serve", "--db", db, "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = server.stdout.readline()
    match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
    if not match:
        server.kill()
        raise SystemExit(f"hearsay serve did not start: {line!r} {server.stderr.read()}")
    return server, f"http://127.0.0.1:{match.group(1)}"


def api(base, path):
    with urllib.request.urlopen(base + path, timeout=30) as response:
        return json.load(response)


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,1000", "--hide-scrollbars", "--lang=en-GB"]:
        options.add_argument(argument)
    # An alert stays open so the checks below see it.
    options.set_capability("unhandledPromptBehavior", "ignore")
    service = Service(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    return webdriver.Chrome(service=service, options=options)


def no_alert(driver, where):
    try:
        alert = driver.switch_to.alert
        text = alert.text
        alert.dismiss()
        check(False, f"an alert fired on {where}: {text!r}")
    except NoAlertPresentException:
        check(True, where)


def shot(driver, out, name):
    # The whole page, not only the window.
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(1280, min(max(height, 600), 4000))
    driver.save_screenshot(os.path.join(out, name + ".png"))
    driver.set_window_size(1280, 1000)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=os.path.join(ROOT, ".build/debug/hearsay"))
    parser.add_argument("--out", default=os.path.join(ROOT, "out/screenshots"))
    arguments = parser.parse_args()
    os.makedirs(arguments.out, exist_ok=True)
    binary = os.path.abspath(arguments.bin)
    work = tempfile.mkdtemp(prefix="hearsay-browser-")
    db = os.path.join(work, "browser.db")
    os.environ["SE_OFFLINE"] = "true"
    articles = os.path.join(work, "articles")
    shutil.copytree(os.path.join(ROOT, "Examples/articles"), articles)
    run(binary, "import", articles, os.path.join(ROOT, "Tests/Browser/hostile.jsonl"),
        os.path.join(ROOT, "Tests/Browser/disputed.jsonl"), "--db", db)
    run(binary, "rename", "Ottilie Brancaster", f"Ottilie {SCRIPT} Brancaster", "--db", db)
    run(binary, "alias", "add", "Brancaster", IMAGE, "--db", db)
    server, base = start_server(binary, db)
    driver = None
    try:
        driver = browser()
        driver.set_page_load_timeout(60)

        # Home.
        driver.get(base + "/")
        check(driver.title.startswith("Home"), "home title")
        check(len(driver.find_elements(By.CSS_SELECTOR, "#most-quoted li")) > 0, "home lists the most quoted")
        no_alert(driver, "home")
        shot(driver, arguments.out, "home")

        # Search from the box, then narrow by a facet.
        box = driver.find_element(By.CSS_SELECTOR, "main form.search input[name=q]")
        box.send_keys("strike")
        box.submit()
        results = driver.find_elements(By.CSS_SELECTOR, ".item.quote")
        check(len(results) > 0, "a search finds quotes")
        check("q=strike" in driver.current_url, "the search is in the address")
        no_alert(driver, "search")
        shot(driver, arguments.out, "search")
        outlet = driver.find_elements(By.CSS_SELECTOR, "ul[data-facet=Outlet] a")
        check(len(outlet) > 0, "the search has an outlet facet")
        if outlet:
            name = outlet[0].text
            outlet[0].click()
            check("source=" in driver.current_url, "a facet narrows the search")
            sources = {e.text for e in driver.find_elements(By.CSS_SELECTOR, ".item.quote .meta span:nth-child(2)")}
            check(len(driver.find_elements(By.CSS_SELECTOR, ".chip")) == 2, "the facet shows as a chip")
            check(sources <= {name}, f"every result comes from {name}: {sources}")
            no_alert(driver, "facet")
            shot(driver, arguments.out, "facet")

        # A person, from a result.
        driver.find_element(By.CSS_SELECTOR, ".item.quote a.speaker").click()
        check(driver.current_url.startswith(base + "/person/"), "a speaker links to their page")
        check(len(driver.find_elements(By.CSS_SELECTOR, "svg.chart")) == 1, "the person page has its chart")
        no_alert(driver, "person")
        shot(driver, arguments.out, "person")

        # An article, from one of their quotes.
        driver.find_element(By.CSS_SELECTOR, ".item.quote .meta a[href^='/article']").click()
        check(len(driver.find_elements(By.CSS_SELECTOR, "article.text mark.quote")) > 0, "quotes are highlighted")
        check(len(driver.find_elements(By.CSS_SELECTOR, "article.text .who")) > 0, "speakers are shown beside quotes")
        no_alert(driver, "article")
        shot(driver, arguments.out, "article")

        # The hostile article: everything is text, nothing runs, nothing links to javascript:.
        hostile = api(base, "/api/search?q=ferry")["quotes"][0]
        driver.get(base + "/article?key=" + urllib.parse.quote(hostile["article"], safe=""))
        body = driver.find_element(By.TAG_NAME, "body").text
        check(SCRIPT in body, "script tags show as text")
        check(IMAGE in body, "an image tag shows as text")
        check(len(driver.find_elements(By.CSS_SELECTOR, "img")) == 0, "no image element was made")
        check(len(driver.find_elements(By.CSS_SELECTOR, "main script, body script")) == 0, "no script element was made")
        check(len(driver.find_elements(By.CSS_SELECTOR, "a[href^='javascript' i]")) == 0, "no javascript: link")
        check(driver.find_element(By.CSS_SELECTOR, "span.url").text == "javascript:alert(1)", "the URL is text")
        no_alert(driver, "hostile article")
        shot(driver, arguments.out, "hostile-article")
        driver.get(base + f"/person/{hostile['speaker_id']}")
        check(SCRIPT in driver.find_element(By.TAG_NAME, "h1").text, "a hostile name shows as text")
        no_alert(driver, "hostile person")
        shot(driver, arguments.out, "hostile-person")
        for page in ["/search?q=" + urllib.parse.quote(SCRIPT), "/search?q=ferry", "/people", "/disputed"]:
            driver.get(base + page)
            no_alert(driver, page)
        sides = driver.find_elements(By.CSS_SELECTOR, "section.disputed .side .item")
        check(len(sides) >= 2, "a disputed group shows its claims side by side")
        check("12" in driver.find_element(By.CSS_SELECTOR, "section.disputed .figures").text, "the figures disagree")
        shot(driver, arguments.out, "disputed")

        # Merge: the second most quoted speaker into the first, through the person page's form.
        people = api(base, "/api/people")["people"]
        keep, gone = people[0], people[1]
        driver.get(base + f"/person/{keep['id']}")
        driver.find_element(By.CSS_SELECTOR, "details#curate summary").click()
        field = driver.find_element(By.CSS_SELECTOR, "#merge-form input[name=name]")
        field.send_keys(f"#{gone['id']}")
        field.submit()
        note = wait_for_note(driver)
        check(note.startswith("Merged"), f"the merge reports what it did: {note!r}")
        merged = api(base, f"/api/person/{keep['id']}")
        check(merged["quote_count"] == keep["quotes"] + gone["quotes"], "the merged person has both sets of quotes")
        check(gone["name"] in merged["aliases"], "the merged name became an alias")
        driver.get(base + f"/person/{gone['id']}")
        check("Error 404" in driver.title, "the merged-away person is gone")
        no_alert(driver, "merge")

        # Reassign: the first quote of an article to the merged speaker, through the article's form.
        article = api(base, "/api/search?q=strike")["quotes"][0]
        driver.get(base + "/article?key=" + urllib.parse.quote(article["article"], safe=""))
        first = driver.find_element(By.CSS_SELECTOR, f"#list-q{article['id']}")
        first.find_element(By.CSS_SELECTOR, "details summary").click()
        field = first.find_element(By.CSS_SELECTOR, "input[name=name]")
        field.send_keys(f"#{keep['id']}")
        field.submit()
        note = wait_for_note(driver)
        check("now said by" in note, f"the reassign reports what it did: {note!r}")
        after = [q for q in api(base, "/api/article?key=" + urllib.parse.quote(article["article"], safe=""))["quotes"]
                 if q["id"] == article["id"]]
        check(len(after) == 1 and after[0]["speaker_id"] == keep["id"], "the quote has its new speaker")
        no_alert(driver, "reassign")
        shot(driver, arguments.out, "after-curation")

        # The decisions are the CLI's: they survive importing the article again with its text changed.
        server.terminate()
        server.wait(timeout=30)
        changed = os.path.join(articles, article["article"])
        check(os.path.isfile(changed), f"the reassigned quote's article is a file: {article['article']}")
        if os.path.isfile(changed):
            with open(changed, "a", encoding="utf-8") as handle:
                handle.write("\nThis line was added after the first import.\n")
        run(binary, "import", articles, "--db", db)
        export = run(binary, "export", "quotes", "--format", "jsonl", "--db", db)
        rows = [json.loads(line) for line in export.splitlines()]
        check(any(r["start"] == article["start"] and r["article"] == article["article"]
                  and r["speaker_id"] == keep["id"] for r in rows), "the reassignment survives re-import")
        server, base = start_server(binary, db)
    finally:
        if driver is not None:
            driver.quit()
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(work, ignore_errors=True)
    print(f"browser: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
