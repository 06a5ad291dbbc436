"""The service's pages in headless Chromium (Debian's, driven by Playwright, as the HTML report test): log in
with a token, upload release-v1 through the form, see its verdict, open its report, upload release-v2, and
read the app's history with the diff between the two releases; the pages load nothing from elsewhere."""

from __future__ import annotations

import re

import httpx
import pytest
from serverkit import start_server
from test_html import ARTIFACTS, CHROMIUM, needs_chromium

from conftest import SAMPLES

ANDROID = SAMPLES / "android"
AS_OF = "2026-06-01"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    srv = start_server(tmp_path_factory.mktemp("pages") / "data", None, "--workers", "1")
    try:
        yield srv
    finally:
        srv.stop()


def test_pages_need_a_session_and_send_a_strict_csp(server):
    with httpx.Client(base_url=server.url) as anon:
        res = anon.get("/apps/com.example.release")
        assert res.status_code == 303 and res.headers["location"] == "/login?next=%2Fapps%2Fcom.example.release"
        login = anon.get("/login")
        assert login.status_code == 200
        csp = login.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
        assert not re.search(r"<(script|link|img|iframe)\b", login.text) and "https://" not in login.text
        bad = anon.post("/login", data={"token": "pst_wrong", "next": "/"})
        assert bad.status_code == 401 and "unknown or revoked" in bad.text
        ok = anon.post("/login", data={"token": server.tokens["read"], "next": "https://elsewhere.example/"})
        assert ok.status_code == 303 and ok.headers["location"] == "/"  # never off-site after logging in
        cookie = ok.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=strict" in cookie
        # A read token's session may look but not upload.
        assert anon.get("/upload").status_code == 403


@needs_chromium
def test_a_person_uploads_two_releases_and_reads_the_history(server):
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("Playwright for Python is not installed (pip install playwright; it drives /usr/bin/chromium)")
    ARTIFACTS.mkdir(exist_ok=True)
    elsewhere: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.on("request", lambda r: None if r.url.startswith(server.url) else elsewhere.append(r.url))
        csp_violations: list[str] = []
        page.on("console", lambda m: csp_violations.append(m.text) if "Content Security Policy" in m.text else None)

        page.goto(f"{server.url}/")
        assert page.url.startswith(f"{server.url}/login")
        page.fill("#token", server.tokens["upload"])
        page.click("button[type=submit]")
        page.wait_for_url(f"{server.url}/")
        assert "No app has been scanned yet" in page.inner_text("main")

        def upload(name: str) -> str:
            page.click("nav >> text=Upload")
            page.set_input_files("#file", str(ANDROID / name))
            page.fill("#as-of", AS_OF)
            page.click("form.stack button[type=submit]")
            page.wait_for_url(re.compile(r".*/scans/[0-9a-f]{32}$"))
            page.wait_for_selector("#verdict", timeout=60_000)  # the page reloads itself until the scan is done
            return page.url

        v1 = upload("release-v1.apk")
        assert "Gate passed" in page.inner_text("#verdict")
        assert "com.example.release 1.0 (1)" in page.inner_text("main")
        page.screenshot(path=str(ARTIFACTS / "server-scan-release-v1.png"), full_page=True)
        page.click("text=Open the HTML report")
        page.wait_for_url(f"{v1}/report.html")
        assert "com.example.release" in page.inner_text("body")
        assert "pass" in page.inner_text("body").lower()
        page.go_back()

        upload("release-v2.apk")
        verdict = page.inner_text("#verdict")
        assert "Gate failed" in verdict and "PS2001" in verdict
        page.screenshot(path=str(ARTIFACTS / "server-scan-release-v2.png"), full_page=True)

        page.click("text=all releases of com.example.release")
        page.wait_for_url(f"{server.url}/apps/com.example.release")
        rows = page.locator("tr.release")
        assert rows.count() == 2
        newest, oldest = rows.nth(0).inner_text(), rows.nth(1).inner_text()
        assert newest.startswith("1.1 (2)") and oldest.startswith("1.0 (1)")
        assert "lost pinning: img.example.com" in newest
        assert "now allow cleartext: legacy.example.com" in newest
        assert re.search(r"\d+ new finding\(s\): [^\n]*PS2001", newest)
        assert "first release scanned here" in oldest
        page.screenshot(path=str(ARTIFACTS / "server-app-history.png"), full_page=True)
        page.click("text=the whole diff")
        assert "img.example.com" in page.inner_text("body")

        page.goto(f"{server.url}/")
        app_row = page.locator("tr", has_text="com.example.release").inner_text()
        assert "1.1 (2)" in app_row and "FAILED" in app_row.upper()
        page.goto(f"{server.url}/pins/expiring?days=30")
        assert "Expiring pins" in page.inner_text("h1")
        page.screenshot(path=str(ARTIFACTS / "server-expiring-pins.png"), full_page=True)
        browser.close()
    assert elsewhere == [] and csp_violations == []
