"""The HTML report: self-contained and CSP-strict, escaped, and — in headless Chromium — showing a person
the verdict, the pinning inventory, the findings, a working severity filter and folded rule docs.

The browser tests use Debian's chromium (`apt-get install chromium`), driven by Playwright for Python
when it is installed (`pip install playwright`; never `playwright install`), else by chromium's own
headless screenshot/dump-dom. Screenshots go to tests/artifacts/ for review.
"""

from __future__ import annotations

import base64
import hashlib
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLES, run_cli

WEAK = SAMPLES / "android" / "nsc-weak.apk"
STRICT = SAMPLES / "android" / "nsc-strict.apk"
AS_OF = "2026-06-01"
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"]


def _report(tmp_path: Path, package=WEAK, *args, name="report.html") -> Path:
    out = tmp_path / name
    res = run_cli("scan", package, "--as-of", AS_OF, "--format", "html", "-o", out, *args)
    assert res.code in (0, 1) and "Traceback" not in res.err, res.err
    return out


def _weak_report(tmp_path: Path) -> Path:
    return _report(tmp_path, WEAK, "--fail-on-pin-expiry", "30", "--require-pinning", "api.example.com,cdn.example.com")


# --- static checks: no browser needed -----------------------------------------------------------

def test_report_is_self_contained_under_its_own_strict_csp(tmp_path):
    from html.parser import HTMLParser

    page = _weak_report(tmp_path).read_text()
    assert page.startswith("<!DOCTYPE html>")

    class Tags(HTMLParser):
        def __init__(self):
            super().__init__()
            self.tags: set[str] = set()
            self.attrs: list[tuple[str, str]] = []

        def handle_starttag(self, tag, attrs):
            self.tags.add(tag)
            self.attrs += [(k, v or "") for k, v in attrs]

    parser = Tags()
    parser.feed(page)
    assert parser.tags.isdisjoint({"script", "link", "img", "iframe", "object", "embed", "form", "base"})
    names = {k for k, _ in parser.attrs}
    assert "src" not in names and "style" not in names and not any(k.startswith("on") for k in names)
    hrefs = [v for k, v in parser.attrs if k == "href"]
    assert hrefs and all(h.startswith(("#", "https://")) for h in hrefs)  # in-page, or a doc link to click
    style_text = page.split("<style>", 1)[1].split("</style>", 1)[0]
    assert "@import" not in style_text and "url(" not in style_text and "@font-face" not in style_text
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page).group(1)
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp
    style = re.search(r"<style>(.*?)</style>", page, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    assert f"style-src 'sha256-{digest}'" in csp
    assert page.count("<style>") == 1


def test_report_is_deterministic(tmp_path):
    a = _weak_report(tmp_path).read_bytes()
    b = _report(tmp_path, WEAK, "--fail-on-pin-expiry", "30", "--require-pinning", "api.example.com,cdn.example.com",
                name="b.html").read_bytes()
    assert a == b


def test_everything_from_the_package_is_escaped():
    from pinscan.model import AppIdentity, Confidence, Finding, Location, ScanResult, Severity
    from pinscan.report import ReportOptions
    from pinscan.report.html import render

    evil = '<script>alert(1)</script>"'
    f = Finding("PS1001", Severity.HIGH, Confidence.HIGH, evil, Location(path=evil, logical=evil),
                evidence=(evil,), library=evil)
    ident = AppIdentity(platform="android", package_path="x.apk", sha256="0" * 64, size=1, app_id=evil, name=evil)
    page = render(ScanResult(ident, (f,), (), (), (), "0", AS_OF), ReportOptions())
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_rule_docs_markdown_subset():
    from pinscan.report.page import markdown

    out = str(markdown("First `code` para\nwrapped.\n\n## How to fix\n- one **bold**\n- see https://x.example/a?b=1.\n"
                       "  continued\n\n<b>raw</b>"))
    assert "<p>First <code>code</code> para wrapped.</p>" in out
    assert "<h4>How to fix</h4>" in out
    assert "<li>one <strong>bold</strong></li>" in out
    assert '<a href="https://x.example/a?b=1" rel="noreferrer">https://x.example/a?b=1</a>. continued' in out
    assert "&lt;b&gt;raw&lt;/b&gt;" in out


# --- in the browser ------------------------------------------------------------------------------

def _playwright():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    return sync_playwright


needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed "
                                    "(apt-get install chromium); .ci/run installs it")


@needs_chromium
def test_chromium_screenshot_and_rendered_dom(tmp_path):
    """Chromium's own headless mode: the screenshot for review, and the DOM it built from the page."""
    page = _weak_report(tmp_path)
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "html-report-nsc-weak-chromium.png"
    shot.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        flags = [*CHROME_FLAGS, f"--user-data-dir={profile}"]
        subprocess.run([CHROMIUM, *flags, f"--screenshot={shot}", "--window-size=1280,2400", page.as_uri()],
                       capture_output=True, timeout=120)
        dom = subprocess.run([CHROMIUM, *flags, "--dump-dom", page.as_uri()], capture_output=True, text=True,
                             timeout=120).stdout
    assert shot.exists() and shot.stat().st_size > 20_000
    assert "FAILED: release gate" in dom and "Pinning inventory" in dom
    for text in ("api.example.com", "pay.example.com", "expired 2343 days ago", "19 days left",
                 "PS1005 Pin-set expired: pins no longer enforced", "Trust anchor overrides pins"):
        assert text in dom, text


@needs_chromium
def test_a_person_sees_verdict_inventory_findings_and_can_filter(tmp_path):
    sync_playwright = _playwright()
    if sync_playwright is None:
        pytest.skip("Playwright for Python is not installed (pip install playwright; it drives /usr/bin/chromium)")
    from pinscan.rule import get_rule

    page_path = _weak_report(tmp_path)
    ARTIFACTS.mkdir(exist_ok=True)
    console: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.on("console", lambda m: console.append(m.text))
            page.goto(page_path.as_uri())
            page.screenshot(path=str(ARTIFACTS / "html-report-nsc-weak.png"), full_page=True)

            verdict = page.inner_text("#verdict")
            assert "FAILED: release gate" in verdict
            assert "cdn.example.com is required to be pinned but the app declares no pins for it" in verdict
            inventory = page.inner_text("#inventory")
            for text in ("api.example.com", "pay.example.com", "expired 2343 days ago", "19 days left",
                         "xtk22przGzPPcS38YD2JbzC9Nm+QyGF8z7gTjRP8+Kc=", "pinning required",
                         "legacy.example.com", "allowed", "blocked"):
                assert text in inventory, text
            findings = page.inner_text("#findings")
            for rid in ("PS1002", "PS1005", "PS1009", "PS1001", "PS1006", "PS1007", "PS1012", "PS1013"):
                assert f"{rid} {get_rule(rid).title}" in findings, rid
            # most severe group first
            heads = page.locator(".rule-group h3").all_inner_texts()
            assert heads[0].startswith("PS1002") and heads[-1].startswith("PS1013")

            # rule docs are folded until asked for
            doc = page.locator("#rule-PS1005 details .doc")
            assert not doc.is_visible()
            page.click("#rule-PS1005 details summary")
            assert doc.is_visible() and "How to fix" in doc.inner_text()

            # the severity filter works without JavaScript (the page has none; CSP forbids it)
            high = page.locator(".finding.sev-high")
            medium = page.locator(".finding.sev-medium")
            assert high.first.is_visible() and medium.first.is_visible()
            page.uncheck("#show-high")
            assert not high.first.is_visible() and medium.first.is_visible()
            assert not page.locator("#rule-PS1005").is_visible()  # only high findings: the group goes
            assert page.locator("#rule-PS1002").is_visible()  # it also has a medium one
            page.screenshot(path=str(ARTIFACTS / "html-report-nsc-weak-filtered.png"), full_page=True)
            page.check("#show-high")
            assert high.first.is_visible()

            # printing: no filter controls, every finding shown
            page.uncheck("#show-medium")
            page.emulate_media(media="print")
            assert not page.locator(".filter").is_visible()
            assert medium.first.is_visible()
            page.emulate_media(media="screen")

            coverage = page.inner_text("#coverage")
            assert "Everything pinscan looks at was analysed" in coverage or "could not be analysed" in coverage

            strict = browser.new_page()
            strict.goto(_report(tmp_path, STRICT, name="strict.html").as_uri())
            assert "PASSED: release gate" in strict.inner_text("#verdict")
            assert "No findings" in strict.inner_text("#findings")
        finally:
            browser.close()
    assert [m for m in console if "Content Security Policy" in m or "Refused" in m] == []


@needs_chromium
def test_unreadable_parts_show_under_coverage(tmp_path):
    sync_playwright = _playwright()
    if sync_playwright is None:
        pytest.skip("Playwright for Python is not installed")
    broken = SAMPLES / "android" / "nsc-missing.apk"
    page_path = _report(tmp_path, broken, "--fail-on", "never", name="missing.html")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page()
            page.goto(page_path.as_uri())
            text = page.inner_text("#coverage")
            assert "could not be analysed" in text
        finally:
            browser.close()


def test_artifacts_folder_is_ignored_by_git():
    ignored = (ROOT / ".gitignore").read_text().splitlines()
    assert "tests/artifacts/" in ignored


@needs_chromium
def test_severity_boxes_stay_on_one_row_and_config_findings_name_no_code(tmp_path):
    """At 1280 px the five severity boxes share one row (INFO used to wrap onto its own); a finding in the
    network security config says nothing about code; library findings are grouped per library with whether the
    app's code reaches them, and code locations read as source file, line, class and method."""
    sync_playwright = _playwright()
    if sync_playwright is None:
        pytest.skip("Playwright for Python is not installed")
    weak = _weak_report(tmp_path)
    libs = _report(tmp_path, SAMPLES / "android" / "code-libraries.apk", name="libs.html")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(weak.as_uri())
            boxes = page.locator(".counts li")
            assert boxes.count() == 5
            tops = {round(boxes.nth(i).bounding_box()["y"]) for i in range(5)}
            assert len(tops) == 1, f"severity boxes on {len(tops)} rows"
            config_finding = page.locator("#rule-PS1005 .finding").first.inner_text()
            assert "Code" not in config_finding and "the app's own" not in config_finding
            assert "high confidence" in config_finding

            page.goto(libs.as_uri())
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "html-report-code-libraries.png"), full_page=True)
            assert "Not counted: 1 in library code the app does not reach" in page.inner_text("#verdict")
            netty = page.inner_text("#lib-netty")
            assert "netty: 1 finding" in netty and "not reached from the app's code" in netty
            assert ("InsecureTrustManagerFactory.java:22 in io.netty.handler.ssl.util.InsecureTrustManagerFactory$1"
                    ".checkServerTrusted(X509Certificate[], String) · classes.dex") in netty
            okhttp = page.inner_text("#lib-okhttp2")
            assert "reached from the app's code" in okhttp and "not reached" not in okhttp
        finally:
            browser.close()


def test_a_person_sees_the_code_layer_and_the_endpoints(tmp_path):
    """The policy table's "Code on top" column (in full on the default row, counted on host rows) and the
    endpoints with what the policy does with each, as a browser shows them."""
    sync_playwright = _playwright()
    if sync_playwright is None:
        pytest.skip("Playwright for Python is not installed")
    trust = _report(tmp_path, SAMPLES / "android" / "code-default-trustall.apk", "--fail-on", "never", name="t.html")
    cleartext = _report(tmp_path, SAMPLES / "android" / "code-cleartext-endpoint.apk", "--fail-on", "never",
                        name="c.html")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page()
            page.goto(trust.as_uri())
            rows = page.locator("#inventory table").nth(1).locator("tbody tr")
            default, api = rows.nth(0).inner_text(), rows.nth(1).inner_text()
            assert "HttpsURLConnection.setDefaultSSLSocketFactory (process-wide) trusts any certificate" in default
            assert "not OkHttp clients, not WebView" in default
            assert "pinned, not enforced" in api and "2 process-wide overrides of the default row" in api
            page.goto(cleartext.as_uri())
            endpoints = page.locator("tr.endpoint")
            first = endpoints.nth(0).inner_text()
            assert first.startswith("http://api.example.com") and "cleartext allowed" in first
            blocked = [endpoints.nth(i).inner_text() for i in range(endpoints.count())]
            assert any("cleartext blocked" in t and "fails at run time" in t for t in blocked)
        finally:
            browser.close()
