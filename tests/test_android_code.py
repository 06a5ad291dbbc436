"""The code rules beyond what expected.json pins down: confidence from how a class is used (dead code is
low, not hidden), the evidence chain, library attribution and --exclude-libraries, and the real npm APKs."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import SAMPLES, run_cli
from pinscan.android.libraries import library_for

ANDROID = SAMPLES / "android"
NPM = Path(os.environ.get("PINSCAN_NPM_APKS", "/tmp/npmapks"))
UIA2 = NPM / "appium-uiautomator2-server-10.6.6/package/apks/appium-uiautomator2-server-v10.6.6.apk"
APIDEMOS = NPM / "android-apidemos-5.0.0/package/apks/ApiDemos-debug.apk"
SETTINGS = NPM / "io.appium.settings-8.0.10/package/apks/settings_apk-debug.apk"
NO_NPM = "npm APKs absent: run `npm pack android-apidemos@5.0.0 io.appium.settings@8.0.10 " \
         "appium-uiautomator2-server@10.6.6` and extract each into /tmp/npmapks/<name>-<version>/"
CODE_RULES = ("PS20", "PS25")


def _scan(tmp_path: Path, apk: Path, *args: str) -> dict:
    out = tmp_path / "r.json"
    res = run_cli("scan", apk, "--format", "json", "-o", out, "--fail-on", "never", "--as-of", "2026-06-01", *args)
    assert res.code == 0 and "Traceback" not in res.err, res.err
    return json.loads(out.read_text())


def _by_class(result: dict, rule_id: str) -> dict[str, dict]:
    return {f["location"]["logical"].split("->")[0]: f for f in result["findings"] if f["rule_id"] == rule_id}


def test_trust_all_confidence_follows_use(tmp_path):
    found = _by_class(_scan(tmp_path, ANDROID / "code-trustall.apk"), "PS2001")
    assert {k: f["confidence"] for k, f in found.items()} == {
        "Lcom/example/trustall/net/Client$1;": "high",  # new-instance next to SSLContext.init
        "Lcom/example/trustall/net/LenientTrustManager;": "high",
        "La/b/c;": "high",  # made in a helper whose caller calls SSLContext.init
        "Lcom/example/trustall/net/ArgCheckTrustManager;": "high",
        "Lcom/example/trustall/net/DebugTrustManager;": "medium",  # only stored in a field
        "Lcom/example/trustall/legacy/LoggingTrustManager;": "low",  # never instantiated
    }
    assert "dead code" in found["Lcom/example/trustall/legacy/LoggingTrustManager;"]["message"]


def test_trust_all_evidence_shows_the_instructions_and_the_chain(tmp_path):
    f = _by_class(_scan(tmp_path, ANDROID / "code-trustall.apk"), "PS2001")["La/b/c;"]
    ev = "\n".join(f["evidence"])
    assert "invoke-interface {v0, p1, p2}, Ljavax/net/ssl/X509TrustManager;->checkServerTrusted" in ev
    assert "Ljava/security/cert/CertificateException; caught" in ev
    assert "new-instance La/b/c; in La/b/d;->a()[Ljavax/net/ssl/TrustManager;" in ev
    assert "invoke-static {}, La/b/d;->a()[Ljavax/net/ssl/TrustManager; in La/b/e;->b()V" in ev
    assert "Ljavax/net/ssl/SSLContext;->init" in ev
    assert f["location"]["source_file"] == "SourceFile" and f["location"]["kind"] == "method"
    assert f["related"][0]["logical"] == "La/b/e;->b()V"
    assert "library" not in f  # R8-renamed code counts as the app's own


def test_kotlin_and_javac_bodies_are_described(tmp_path):
    found = _by_class(_scan(tmp_path, ANDROID / "code-trustall.apk"), "PS2001")
    assert "only checks its parameters for null" in found["Lcom/example/trustall/net/LenientTrustManager;"]["message"]
    assert "has an empty body" in found["Lcom/example/trustall/net/Client$1;"]["message"]
    assert "returns before its checks" in found["Lcom/example/trustall/net/DebugTrustManager;"]["message"]
    assert "# unreachable" in found["Lcom/example/trustall/net/DebugTrustManager;"]["evidence"][0]


def test_webview_verdicts(tmp_path):
    found = _by_class(_scan(tmp_path, ANDROID / "code-hostname-webview.apk"), "PS2003")
    verdicts = {k.rsplit("/", 1)[1]: (f["properties"]["verdict"], f["severity"], f["confidence"])
                for k, f in found.items()}
    assert verdicts == {
        "UnsafeClient;": ("unconditional", "high", "high"),
        "PrimaryClient;": ("primary-error", "high", "high"),
        "PrefClient;": ("condition", "high", "medium"),
        "DialogClient;": ("callback", "medium", "medium"),
        "PinnedClient;": ("certificate-check", "low", "low"),
    }
    dialog = found["Lcom/example/hv/web/DialogClient;"]
    assert dialog["related"][0]["logical"] == \
        "Lcom/example/hv/web/DialogClient$1;->onClick(Landroid/content/DialogInterface;I)V"


def test_library_attribution_by_package():
    assert library_for("Lio/netty/handler/ssl/util/InsecureTrustManagerFactory$1;", "io.appium.uiautomator2") == "netty"
    assert library_for("Lokhttp3/internal/tls/OkHostnameVerifier;", "com.example") == "okhttp"
    assert library_for("Lcom/squareup/okhttp/CertificatePinner;", "com.example") == "okhttp2"
    assert library_for("Lcom/example/net/Client;", "com.example") is None
    assert library_for("La/b/c;", "com.example") is None
    # the app's own package wins over a library prefix (an app published under com.facebook...)
    assert library_for("Lcom/facebook/katana/Net;", "com.facebook.katana") is None
    assert library_for("Lcom/facebook/react/modules/network/OkHttpClientProvider;", "com.example") == "react-native"


# --- real APKs from npm -----------------------------------------------------------------------------------

@pytest.mark.skipif(not UIA2.exists(), reason=NO_NPM)
def test_uiautomator2_netty_trust_all_is_library_code(tmp_path):
    result = _scan(tmp_path, UIA2)
    code = [f for f in result["findings"] if f["rule_id"].startswith(CODE_RULES)]
    netty = [f for f in code if f["rule_id"] == "PS2001" and f.get("library") == "netty"
             and "InsecureTrustManagerFactory" in f["location"]["logical"]]
    assert netty, code
    assert netty[0]["location"]["path"] == "classes.dex" and netty[0]["location"]["line"] == 81
    assert [f for f in code if not f.get("library")] == []
    assert [c for c in result["coverage"] if c["status"] == "failed"] == []
    excluded = _scan(tmp_path, UIA2, "--exclude-libraries", "all")
    assert [f for f in excluded["findings"] if f.get("library")] == []
    only_okhttp = _scan(tmp_path, UIA2, "--exclude-libraries", "okhttp,glide")
    assert any(f.get("library") == "netty" for f in only_okhttp["findings"])


@pytest.mark.skipif(not (APIDEMOS.exists() and SETTINGS.exists()), reason=NO_NPM)
@pytest.mark.parametrize("apk", [APIDEMOS, SETTINGS], ids=["ApiDemos", "io.appium.settings"])
def test_no_app_code_findings_in_clean_npm_apks(tmp_path, apk):
    result = _scan(tmp_path, apk)
    app_code = [f for f in result["findings"] if f["rule_id"].startswith(CODE_RULES) and not f.get("library")]
    assert app_code == []
    assert [c for c in result["coverage"] if c["status"] == "failed"] == []


# --- pins in code -----------------------------------------------------------------------------------------

def test_okhttp_pin_syntax():
    from pinscan.android.pins import okhttp_pin

    assert okhttp_pin("sha256/LUYrtFBfUSBACquYdVvNzrZX7kdzUugluaI4mOyV+Us=").valid
    assert okhttp_pin("sha1/mzMEbtOdGC462vqQRa1nh9S7wyE=").valid
    assert "not valid base64" in okhttp_pin("sha256/not base64!").problem
    assert "decodes to 20 bytes" in okhttp_pin("sha256/mzMEbtOdGC462vqQRa1nh9S7wyE=").problem
    assert "start with sha256/ or sha1/" in okhttp_pin("LUYrtFBfUSBACquYdVvNzrZX7kdzUugluaI4mOyV+Us=").problem


def test_bks_reader_rejects_truncated_and_foreign_data():
    from pinscan.android.pins import keystore_certificates, read_bks

    data = (ANDROID / "code-pinning" / "res" / "raw" / "truststore.bks").read_bytes()
    assert len(read_bks(data)) == 1
    with pytest.raises(ValueError, match="truncated BKS"):
        read_bks(data[:60])
    with pytest.raises(ValueError, match="not a certificate or a key store"):
        keystore_certificates(b"hello", "x", None)
    with pytest.raises(ValueError, match="unreadable PKCS#12"):
        p12 = (ANDROID / "code-pinning" / "res" / "raw" / "partner.p12").read_bytes()
        keystore_certificates(p12, "partner.p12", "wrong password")


def test_pin_inventory_sources_and_certificate_matches(tmp_path):
    pins = _scan(tmp_path, ANDROID / "code-pinning.apk")["pins"]
    stores = {p["location"]["logical"].split("->")[1].split("(")[0]: p for p in pins if p["source"] == "keystore"}
    assert stores["p12"]["pins"][0]["matches_certificate"] == "res/raw/partner.p12"
    assert stores["bks"]["pins"][0]["matches_certificate"] == "res/raw/truststore.bks"
    cdn = next(p for p in pins if p["host"] == "*.cdn.example.com")  # the OkHttp pattern as written
    assert cdn["pins"][0]["matches_certificate"] == "assets/ca.pem"
    assert cdn["location"] == {"path": "classes.dex", "line": 11, "kind": "method", "source_file": "Pinning.kt",
                               "logical": "Lcom/example/pinning/net/Pinning;->okhttp3()Lokhttp3/OkHttpClient;"}
    static = next(p for p in pins if p["host"] == "static.example.com")
    assert not static["enforced"] and [x["valid"] for x in static["pins"]] == [True, False]  # pins sorted
    # add() throws on that pin, so the whole builder (every pattern on it) is never built; OkHttp 2's is
    same_pinner = [p for p in pins if p.get("pinner") == static["pinner"]]
    assert {p["host"] for p in same_pinner} == {"api.example.com", "*.cdn.example.com", "static.example.com",
                                                "legacy.example.com"}
    assert all(not p["enforced"] and "this pinner is never built" in p["not_enforced_because"][0] for p in same_pinner)
    assert next(p for p in pins if p["host"] == "old.example.com")["enforced"]


def test_unreadable_bundled_key_store_is_a_coverage_note(tmp_path):
    import zipfile

    src = ANDROID / "code-pinning.apk"
    apk = tmp_path / "broken-store.apk"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(apk, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            zout.writestr(info.filename, data[:40] if info.filename == "res/raw/truststore.bks" else data)
    res = run_cli("scan", apk, "--format", "json", "-o", tmp_path / "r.json", "--fail-on", "never")
    assert res.code == 1 and "incomplete analysis: res/raw/truststore.bks" in res.err, res.err  # fails closed
    result = _scan(tmp_path, apk, "--allow-incomplete")
    failed = [c for c in result["coverage"] if c["status"] == "failed"]
    assert [c["part"] for c in failed] == ["res/raw/truststore.bks"]
    assert "truncated BKS" in failed[0]["reason"]
    assert {p["source"] for p in result["pins"]} == {"nsc", "okhttp", "trustkit", "custom", "keystore"}
