"""Pins recovered from Android bytecode (android/pins.py, pinvalues.py, pinlibs.py) on the real samples: one
OkHttp pinner per builder object and where it is installed, values supplied at run time with their sources,
library and custom pinning, and what the gate makes of them (one pinner judged as OkHttp does, digests
compared by kind, runtime pins, Certificate Transparency)."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from test_gate_chains import make_chain

from conftest import SAMPLES, run_cli
from pinscan.android.flow import acceptance
from pinscan.android.pins import pinner_installs
from pinscan.android.trust import TRUST_MANAGER_NONNULL, trust_all_managers
from pinscan.gate.chains import check_chain, load_chain
from pinscan.gate.policy import Policy
from pinscan.gate.verdict import _required_pinning
from pinscan.model import Location, Pin, PinEntry, ScanResult, result_from_json
from pinscan.scan import open_app

ANDROID = SAMPLES / "android"
AS_OF = dt.date(2026, 6, 1)


@pytest.fixture(scope="module")
def okpins():
    app = open_app(ANDROID / "code-pins-okhttp.apk")
    yield app
    app.close()


@pytest.fixture(scope="module")
def custom():
    app = open_app(ANDROID / "code-pins-custom.apk")
    yield app
    app.close()


def _pinner(app, method: str):
    return next(p for p in app.okhttp_pinners if p.made_at is not None and p.made_at.method.name == method)


def _hosts(pinner) -> list[str]:
    return [h for a in pinner.adds for h in a.hosts.strings]


def _entries(app, host: str, source: str = "okhttp") -> list[PinEntry]:
    return [cp.entry for cp in app.code_pins(AS_OF) if cp.entry.host == host and cp.entry.source == source]


def test_every_add_on_one_builder_object_is_one_pinner(okpins):
    pinners = okpins.okhttp_pinners
    assert len(pinners) == 9 and len({p.label for p in pinners}) == 9
    chained = _pinner(okpins, "chained")  # .add(..).add(..) chains: the builder returns itself
    assert _hosts(chained) == ["owasp.org"] * 3 + ["*.example.org", "**.example.org"]
    assert [s.method.name for s in chained.built_at] == ["chained"]
    assert _hosts(_pinner(okpins, "throughLocal")) == ["api.example.net"] * 2  # statements on a local
    # a builder made in a Kotlin constructor, kept in a field and used in another method
    store = _pinner(okpins, "<init>")
    assert [a.site.method.name for a in store.adds] == ["<init>", "addBackup"]
    assert [s.method.name for s in store.built_at] == ["pinner"]
    assert "PinStore.<init> (PinStore.kt:7)" in store.label
    # a helper given the builder, the host and the pins: each call is one add, placed at its caller
    helper = _pinner(okpins, "viaHelper")
    assert _hosts(helper) == ["cdn.example.net", "cdn.example.net", "img.example.net"]
    assert {a.site.method.name for a in helper.adds} == {"pin"}
    assert [okpins.code.line(m, off) for m, off in (a.at for a in helper.adds)] == [33, 34, 35]
    assert _pinner(okpins, "legacy").okhttp2 and not chained.okhttp2


def test_entries_merge_the_pins_of_one_pinner_and_name_it(okpins):
    owasp, = _entries(okpins, "owasp.org")
    assert len(owasp.pins) == 3 and [p.value for p in owasp.pins] == sorted(p.value for p in owasp.pins)
    assert owasp.enforced and not owasp.not_enforced_because
    assert owasp.pinner == _pinner(okpins, "chained").label
    assert {e.pinner for e in _entries(okpins, "*.example.org") + _entries(okpins, "**.example.org")} == {owasp.pinner}
    files, = _entries(okpins, "files.example.net")
    assert len(files.pins) == 2 and "PinStore.kt:10, PinStore.kt:14" in files.notes[0]


def test_a_built_pinner_is_tied_to_the_client_that_installs_it(okpins):
    flows = pinner_installs(okpins.code, _pinner(okpins, "chained"))
    assert [f.sink.method.name for f in flows] == ["client"]
    assert flows[0].sink.target == "Lokhttp3/OkHttpClient$Builder;->certificatePinner"
    assert pinner_installs(okpins.code, _pinner(okpins, "throughLocal")) == []  # built, returned, never installed


def test_values_supplied_at_run_time_say_where_they_come_from(okpins):
    unknown, = _entries(okpins, "?")
    assert unknown.runtime and unknown.pins == ()
    host, pin = unknown.runtime_sources
    assert (host.role, host.kind) == ("host", "remote-config") and "'pin_host'" in host.detail
    assert (pin.role, pin.kind) == ("pin", "preferences") and "'backup_pin'" in pin.detail
    assert "RuntimePins.java:28" in pin.detail
    typed, = _entries(okpins, "api.example.com")
    assert typed.runtime and len(typed.pins) == 1  # the constant one; the rest comes from an EditText
    assert [(s.kind, "EditText.getText" in s.detail) for s in typed.runtime_sources] == [("user-input", True)]
    config, = _entries(okpins, "config.example.com")
    assert config.runtime_sources[0].kind == "parsed-data"
    assert "'pin'" in config.runtime_sources[0].detail and "field com.example.okpins.net.Config.pin" in \
        config.runtime_sources[0].detail
    warnings = [c.reason for c in okpins.coverage if c.part == "pins in code" and c.status == "warning"]
    assert len(warnings) == 3 and all("supplied at run time" in w for w in warnings)


def test_string_resources_are_read_from_the_resource_table(okpins):
    cdn, = _entries(okpins, "cdn.example.com")
    assert not cdn.runtime and len(cdn.pins) == 2 and all(p.valid for p in cdn.pins)
    assert "constants found through string resource @string/cdn_pin" in cdn.notes


def test_runtime_entries_round_trip_through_json(tmp_path):
    out = tmp_path / "r.json"
    res = run_cli("scan", str(ANDROID / "code-pins-okhttp.apk"), "--format", "json", "-o", str(out),
                  "--fail-on", "never", "--as-of", AS_OF.isoformat())
    assert res.code == 0, res.err
    data = json.loads(out.read_text())
    again = result_from_json(data).to_json()
    assert again["pins"] == data["pins"]
    unknown = next(p for p in data["pins"] if p["host"] == "?")
    assert unknown["runtime"] is True and unknown["pins"] == []
    assert [r["role"] for r in unknown["runtime_sources"]] == ["host", "pin"]
    assert all("pinner" in p for p in data["pins"] if p["source"] == "okhttp")


def test_text_report_says_pins_are_supplied_at_run_time():
    res = run_cli("scan", str(ANDROID / "code-pins-okhttp.apk"), "--fail-on", "never", "--as-of", AS_OF.isoformat())
    block = res.out[res.out.index("  config.example.com [okhttp]"):]
    assert block.splitlines()[1] == "      pins supplied at run time"
    assert block.splitlines()[2].startswith("      pin from parsed-data: a JSON value key 'pin'")


def test_androidpinning_hex_pins_follow_the_bundled_library(custom):
    secure, = _entries(custom, "secure.example.com", "androidpinning")
    assert [(p.digest, p.value) for p in secure.pins] == [("sha1", "e6f286420cc2762df149d50c684fc0cc211d0535")]
    stale = next(cp.entry for cp in custom.code_pins(AS_OF) if cp.entry.source == "androidpinning"
                 and cp.entry.expiration)
    assert stale.expiration == "2026-01-01" and not stale.enforced
    assert "39 hex digits" in next(p.problem for p in stale.pins if not p.valid)


def test_digest_trust_manager_pins_are_the_compared_constants_by_algorithm(custom):
    tm, verifier = sorted(_entries(custom, "*", "custom"), key=lambda e: bool(e.runtime))
    assert sorted((p.digest, p.value) for p in tm.pins) == [
        ("sha1", "1eeac6317434a801b1fde754ec182e6d2ab42cab"),
        ("sha256", "NUss5bPa1VlSqCzqcETpjj178t7v1hXCCILQ0CS/LKE="),
        ("sha256", "Qy9EzngPLBdTy3z2+CblxsFeWoprV2ZbMFTvhmjf2Dw=")]
    assert "SHA-1 and SHA-256 digests of the server's key" in tm.notes[0]
    # a hostname verifier comparing the key's digest with a remote config value: the pins come at run time
    assert verifier.runtime and verifier.pins == () and verifier.enforced
    assert [(s.kind, "'api_pin'" in s.detail) for s in verifier.runtime_sources] == [("remote-config", True)]
    assert "hostname verifier com.example.custompins.net.RemotePinVerifier compares the SHA-256 digest" in \
        verifier.notes[0]


def test_cronet_pins_and_certificate_transparency(custom):
    media, = _entries(custom, "media.example.com", "cronet")
    assert media.include_subdomains and media.expiration == "2100-01-01"
    assert base64.b64decode(media.pins[0].value) == base64.b64decode("NUss5bPa1VlSqCzqcETpjj178t7v1hXCCILQ0CS/LKE=")
    ct, = _entries(custom, "*.example.com", "certificate-transparency")
    assert ct.pins == () and not ct.enforced and not ct.pins_key_material


def test_library_classes_that_pin_are_not_trust_all(custom):
    index = custom.code
    assert not [t for t in trust_all_managers(index) if t.cls.desc.startswith("Lorg/thoughtcrime/")]
    tm = index.cls("Lorg/thoughtcrime/ssl/pinning/PinningTrustManager;")
    check = index.declared(tm, "checkServerTrusted")[0]
    assert not acceptance(index, check, TRUST_MANAGER_NONNULL).accepts_all
    assert custom.library_for(tm.desc) == "androidpinning"
    # its own trust manager is covered by the app's AndroidPinning calls, not reported again as custom pins
    assert all("thoughtcrime" not in n for e in _entries(custom, "*", "custom") for n in e.notes)


def test_html_report_says_pins_are_supplied_at_run_time(tmp_path):
    out = tmp_path / "r.html"
    res = run_cli("scan", str(ANDROID / "code-pins-custom.apk"), "--format", "html", "-o", str(out),
                  "--fail-on", "never", "--as-of", AS_OF.isoformat())
    assert res.code == 0, res.err
    page = out.read_text()
    assert "pins supplied at run time" in page and "pin from remote-config: Firebase Remote Config key" in page


def _okhttp(host: str, pins: list[Pin], pinner: str | None, **kw) -> PinEntry:
    return PinEntry(host, False, tuple(pins), "okhttp", Location(path="classes.dex", logical="Lx;->m()V"),
                    pinner=pinner, **kw)


def _chain_check(chain, entries, tmp_path: Path, host: str = "api.example.com"):
    path = tmp_path / f"{host}.pem"
    path.write_bytes(chain.pem())
    return check_chain(load_chain(host, path), entries, AS_OF)


def test_the_chain_check_judges_one_pinner_as_okhttp_does(tmp_path):
    chain = make_chain(sans=("api.example.com",))
    other = base64.b64encode(hashlib.sha256(b"another key").digest()).decode()
    exact = _okhttp("api.example.com", [Pin("sha256", other)], "P1")
    wide = _okhttp("**.example.com", [Pin("sha256", chain.pin(1))], "P1")
    ok = _chain_check(chain, [exact, wide], tmp_path)
    assert ok.status == "ok" and ok.problems == ()  # a pin of another pattern of the same pinner matches
    split = _chain_check(chain, [exact, _okhttp("**.example.com", [Pin("sha256", chain.pin(1))], "P2")], tmp_path)
    assert split.status == "fail" and len(split.problems) == 1 and "no pin for api.example.com" in split.problems[0]
    both = _chain_check(chain, [exact, _okhttp("**.com", [Pin("sha256", other)], "P1")], tmp_path)
    assert both.status == "fail" and "patterns api.example.com" in both.problems[0]


def test_the_chain_check_compares_sha1_and_hex_pins_by_digest(tmp_path):
    chain = make_chain()
    spki = chain.certs[1].public_key().public_bytes(serialization.Encoding.DER,
                                                    serialization.PublicFormat.SubjectPublicKeyInfo)
    sha1_hex = _okhttp("api.example.com", [Pin("sha1", hashlib.sha1(spki).hexdigest())], None)
    check = _chain_check(chain, [sha1_hex], tmp_path)
    assert check.status == "ok" and [c[3] for c in check.certificates] == [False, True, False]
    sha256_hex = _okhttp("api.example.com", [Pin("sha256", hashlib.sha256(spki).hexdigest())], None)
    assert _chain_check(chain, [sha256_hex], tmp_path).status == "ok"
    leaf_cert = hashlib.sha256(chain.certs[0].public_bytes(serialization.Encoding.DER)).digest()
    wultra = _okhttp("api.example.com", [Pin("sha256-certificate", base64.b64encode(leaf_cert).decode())], None)
    assert _chain_check(chain, [wultra], tmp_path).status == "ok"


def test_runtime_pins_are_a_warning_for_the_chain_check_and_count_for_require_pinning(tmp_path):
    chain = make_chain()
    other = base64.b64encode(hashlib.sha256(b"another key").digest()).decode()
    runtime = _okhttp("api.example.com", [Pin("sha256", other)], "P1", runtime=True)
    check = _chain_check(chain, [runtime], tmp_path)
    assert check.status == "ok" and any("supplied at run time" in w for w in check.warnings)
    result = ScanResult(None, (), (_okhttp("api.example.com", [], "P1", runtime=True),), (), (), "0", "2026-06-01")
    reasons, warnings = _required_pinning(result, Policy(require_pinning=("api.example.com",)))
    assert reasons == [] and "pins supplied at run time" in warnings[0]


def test_certificate_transparency_is_not_pinning_for_the_gate():
    res = run_cli("scan", str(ANDROID / "code-pins-custom-safe.apk"), "--as-of", AS_OF.isoformat(),
                  "--require-pinning", "www.example.com")
    assert res.code == 1
    assert "www.example.com is required to be pinned but the app declares no pins for it (it requires Certificate " \
           "Transparency, which pins no key)" in res.err


def test_a_producer_that_fails_is_a_coverage_note_and_the_others_still_report(monkeypatch):
    from pinscan.android import pinlibs

    def broken(*_args):
        raise RuntimeError("an assumption this dex breaks")

    monkeypatch.setattr(pinlibs, "cronet_pins", broken)
    app = open_app(ANDROID / "code-pins-custom.apk")
    try:
        sources = {cp.entry.source for cp in app.code_pins(AS_OF)}
        failed = [c.reason for c in app.coverage if c.part == "pins in code" and c.status == "failed"]
    finally:
        app.close()
    assert "cronet" not in sources and {"androidpinning", "custom", "wultra", "certificate-transparency"} <= sources
    assert failed == ["Cronet: internal error: RuntimeError: an assumption this dex breaks"]
