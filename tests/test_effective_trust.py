"""Effective trust per host (issue 17), the parts the sample scans do not pin down one by one: which pins count
as a backup, what each Android version does with cleartext and trust anchors, how a URL's known text is split
into scheme and host, and IPAs in malformed layouts."""

from __future__ import annotations

import json
import zipfile

import pytest

from conftest import SAMPLES, run_cli

REAL_A = "Z30VBTc+AqESuWFAJPU3r6daSJ8Pv4ZDTeFGUZssNOw="
REAL_B = "fDh6E3pdQV7wJpS5MH83Bjj07nQBP/3zXBRysop+1PM="
ZERO = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="
FF = "//////////////////////////////////////////8="


@pytest.mark.parametrize(("pins", "real", "has_backup", "text"), [
    ([REAL_A, REAL_B], [REAL_A, REAL_B], True, None),
    ([REAL_A], [REAL_A], False, "one pin"),
    ([REAL_A, REAL_A], [REAL_A], False, "2 pins that are all the same key"),
    ([REAL_A, ZERO], [REAL_A], False, f"one real pin ({ZERO} is a placeholder: all zero bytes)"),
    ([REAL_A, FF], [REAL_A], False, f"one real pin ({FF} is a placeholder: every byte is 0xff)"),
    ([ZERO, FF], [], False, f"no real pin ({ZERO} is a placeholder: all zero bytes; {FF} is a placeholder: "
                            "every byte is 0xff)"),
    ([REAL_A, REAL_B, ZERO], [REAL_A, REAL_B], True, None),
])
def test_placeholder_and_repeated_pins_are_no_backup(pins, real, has_backup, text):
    from pinscan.facts.certs import judge_backup, real_pins

    b = judge_backup(pins)
    assert list(b.real) == real and b.has_backup == has_backup and real_pins(pins) == set(real)
    if text is not None:
        assert b.describe() == text and b.no_backup


def test_patterned_digests_are_placeholders_and_real_ones_are_not():
    import base64

    from pinscan.facts.certs import placeholder_problem

    def b64(raw: bytes) -> str:
        return base64.b64encode(raw).decode()

    assert placeholder_problem(b64(bytes(range(32)))) == "consecutive byte values"
    assert placeholder_problem(b64(b"\x12\x34" * 16)) == "a 2-byte pattern repeated"
    assert placeholder_problem(REAL_A) is None and placeholder_problem("not base64!") is None
    assert placeholder_problem(b64(b"\x00" * 20)) is None  # a SHA-1 length: another check's business


def _cleartext(min_sdk, target, uses, has_nsc, nsc_value):
    from pinscan.android.versions import Platform, cleartext_on

    p = Platform(min_sdk, target, uses, has_nsc)
    return {api: cleartext_on(api, p, nsc_value)[0] for api in (21, 22, 23, 24, 27, 28, 36)}


def test_cleartext_per_android_version():
    # an NSC that blocks cleartext explicitly: from 7.0; 6.0 reads only the manifest attribute (unset: allowed)
    assert _cleartext(21, 30, None, True, False) == {21: True, 22: True, 23: True, 24: False, 27: False,
                                                    28: False, 36: False}
    # no NSC, usesCleartextTraffic="false": from 6.0
    assert _cleartext(21, 30, False, False, None) == {21: True, 22: True, 23: False, 24: False, 27: False,
                                                     28: False, 36: False}
    # an NSC that leaves it to the default, targetSdk 30: blocked from Android 9 only
    assert _cleartext(21, 30, None, True, None) == {21: True, 22: True, 23: True, 24: True, 27: True, 28: False,
                                                   36: False}
    # targetSdk 27: allowed everywhere
    assert set(_cleartext(21, 27, None, False, None).values()) == {True}


def test_version_notes_name_the_versions_and_vanish_when_every_supported_version_agrees():
    from pinscan.android.versions import Platform, anchors_note, cleartext_note

    p21, p24 = Platform(21, 30, None, True), Platform(24, 30, None, True)
    note = cleartext_note(p21, False, False)
    assert note.startswith("cleartext blocked holds on Android 7.0+ (API 24+) only; allowed on Android 5.0–5.1 "
                           "(API 21–22): no cleartext policy before Android 6.0; allowed on Android 6.0 (API 23)")
    assert cleartext_note(p24, False, False) is None
    assert anchors_note(p21, ("system",)).startswith("trusts system on Android 7.0+ (API 24+) only; Android "
                                                      "5.0–6.0 (API 21–23) also trust user-installed CAs")
    assert anchors_note(p21, ("system", "user")) is None and anchors_note(p24, ("system",)) is None


@pytest.mark.parametrize(("text", "complete", "want"), [
    ("http://api.example.com/login?user=", False, ("http", "api.example.com")),
    ("http://example.com./?token=", False, ("http", "example.com")),
    ("https://user:pw@API.Example.com:8443/x", True, ("https", "api.example.com")),
    ("ws://[::1]:9000/socket", True, ("ws", "::1")),
    ("http://cdn.example.com", True, ("http", "cdn.example.com")),
    ("http://", False, None),
    ("http://api.", False, None),  # "http://api." + domain: the host is not known
    ("ftp://files.example.com/", True, None),
    ("http://%s/x", True, None),  # a format string, not a host
])
def test_a_url_needs_its_scheme_and_whole_host(text, complete, want):
    from pinscan.facts.endpoints import split_url

    got = split_url(text, complete)
    assert (got[:2] if got else None) == want


def test_an_ipa_with_payload_inside_a_folder_is_scanned_with_a_layout_warning(tmp_path):
    src = SAMPLES / "ios" / "layout-no-payload.ipa"
    nested = tmp_path / "nested.ipa"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(nested, "w") as zout:
        for info in zin.infolist():
            zout.writestr(f"Build/Payload/{info.filename}", zin.read(info.filename))
    out = tmp_path / "r.json"
    res = run_cli("scan", nested, "--format", "json", "-o", out, "--as-of", "2026-06-01")
    assert res.code == 0, res.err
    result = json.loads(out.read_text())
    assert result["app"]["app_id"] == "com.example.nopayload"
    [warning] = [c for c in result["coverage"] if c["part"] == "package layout"]
    assert warning["reason"].startswith("the IPA has Payload/ inside the folder Build/")
    assert result["gate"]["warnings"] == [warning["reason"]]
    assert f"pinscan: warning: {warning['reason']}" in res.err


def test_a_proper_ipa_has_no_layout_warning():
    res = run_cli("scan", SAMPLES / "ios" / "ats-strict.ipa", "--format", "json", "--as-of", "2026-06-01",
                  "--fail-on", "never")
    result = json.loads(res.out)
    assert not [c for c in result["coverage"] if c["part"] == "package layout"] and not result["gate"]["warnings"]


@pytest.mark.parametrize("url, identifier", [
    ("http://www.w3.org/2000/svg", True),
    ("http://WWW.W3.ORG/1999/xhtml", True),
    ("http://www.apple.com/DTDs/PropertyList-1.0.dtd", True),
    ("http://ns.adobe.com/xap/1.0/", True),
    ("http://www.apache.org/licenses/LICENSE-2.0", True),
    ("http://schemas.example.com/app/config.xsd?v=2", True),
    ("http://www.apple.com/", False),  # a page someone may load
    ("https://www.apache.org/dyn/closer.cgi", False),
    ("http://api.example.com/login", False),
    ("http://%s/x", False),  # no host at all
])
def test_urls_that_name_an_identifier_are_not_endpoints(url, identifier):
    from pinscan.facts.endpoints import names_an_identifier

    assert names_an_identifier(url) is identifier
