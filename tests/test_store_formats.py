"""Android App Bundles: every Android rule works on an .aab exactly as on the APK built from the same
sources; the protobuf readers are as defensive as the binary ones."""

from __future__ import annotations

import contextlib
import json
import random
import zipfile

import pytest

from conftest import SAMPLES, run_cli
from pinscan.android.proto import ProtoResourceTable, parse_proto_xml
from pinscan.errors import PartError

ANDROID = SAMPLES / "android"


def _scan(path, tmp_path, as_of="2026-06-01", code=0) -> dict:
    """The JSON result; `code` 1 when some part cannot be analysed (the gate fails closed on it)."""
    out = tmp_path / f"{path.stem}.json"
    res = run_cli("scan", path, "--format", "json", "-o", out, "--fail-on", "never", "--as-of", as_of)
    assert res.code == code, res.err
    return json.loads(out.read_text())


@pytest.mark.parametrize("apk,aab", [("nsc-weak", "bundle-weak"), ("nsc-strict", "bundle-strict")])
def test_bundle_and_apk_from_the_same_sources_agree(apk, aab, tmp_path):
    a = _scan(ANDROID / f"{apk}.apk", tmp_path)
    b = _scan(ANDROID / f"{aab}.aab", tmp_path)
    assert b["app"]["format"] == "aab" and a["app"]["format"] == "apk"
    for key in ("app_id", "version_name", "version_code", "min_sdk", "target_sdk", "debuggable"):
        assert a["app"].get(key) == b["app"].get(key)
    # Fingerprints name rule + logical location + key: equal findings have equal fingerprints.
    assert [f["fingerprint"] for f in a["findings"]] == [f["fingerprint"] for f in b["findings"]]
    assert [(f["rule_id"], f["severity"], f["message"], f["location"]["line"]) for f in a["findings"]] == \
           [(f["rule_id"], f["severity"], f["message"], f["location"]["line"]) for f in b["findings"]]

    def pins(r):
        return [(p["host"], p["enforced"], [x["value"] for x in p["pins"]], p["expiration"],
                 [x.get("matches_certificate", "").removeprefix("base/") for x in p["pins"]]) for p in r["pins"]]

    assert pins(a) == pins(b)
    assert [(p["host"], p["cleartext_permitted"], p["pinned"], p["pins_enforced"]) for p in a["policies"]] == \
           [(p["host"], p["cleartext_permitted"], p["pinned"], p["pins_enforced"]) for p in b["policies"]]


def test_bundle_dex_files_are_listed():
    from pinscan.scan import open_app

    app = open_app(ANDROID / "bundle-weak.aab")
    try:
        assert app.dex_names == ["base/dex/classes.dex"]
    finally:
        app.close()


def _bundle_parts():
    with zipfile.ZipFile(ANDROID / "bundle-strict.aab") as z:
        return (z.read("base/manifest/AndroidManifest.xml"), z.read("base/resources.pb"),
                z.read("base/res/xml/network_security_config.xml"))


def test_protobuf_fuzz_never_raises_anything_but_part_error():
    manifest, table, nsc = _bundle_parts()
    rng = random.Random(7)
    for blob, parse in ((manifest, lambda d: parse_proto_xml(d, "m")), (nsc, lambda d: parse_proto_xml(d, "n")),
                        (table, lambda d: ProtoResourceTable(d, "t", "base/").resolve(0x7F020000))):
        assert parse(blob)  # the unmutated input parses (and resolves)
        parsed = 0
        for _ in range(700):
            data = bytearray(blob)
            for _ in range(rng.randint(1, 6)):
                data[rng.randrange(len(data))] = rng.randrange(256)
            with contextlib.suppress(PartError):
                parse(bytes(data))
                parsed += 1
        assert parsed > 50  # a decoder that refused every mutated input would not pass
        for cut in (1, 5, len(blob) // 2, len(blob) - 1):
            with contextlib.suppress(PartError):
                parse(blob[:cut])


def test_bundle_with_a_corrupt_manifest_cannot_be_scanned(tmp_path):
    src = ANDROID / "bundle-strict.aab"
    dst = tmp_path / "broken.aab"
    with zipfile.ZipFile(src) as z, zipfile.ZipFile(dst, "w") as out:
        for info in z.infolist():
            data = z.read(info)
            if info.filename == "base/manifest/AndroidManifest.xml":
                data = b"\x0a\xff\xff\xff\x0f" + data[:20]
            out.writestr(info, data)
    res = run_cli("scan", dst, "--fail-on", "never")
    assert res.code == 2 and len(res.err.splitlines()) == 1, res.err
    assert res.err.startswith(f"pinscan: error: {dst}: cannot scan without base/manifest/AndroidManifest.xml: "
                              "malformed protobuf")


@pytest.mark.parametrize("package,fmt,dex", [
    ("splitset-weak.apks", "apks", ["classes.dex", "splits/feature_pay-master.apk!/classes.dex"]),
    ("xapk-strict.xapk", "xapk", ["classes.dex"]),
])
def test_split_sets_are_scanned_as_one_app(package, fmt, dex):
    from pinscan.scan import open_app

    app = open_app(ANDROID / package)
    try:
        assert app.identity().to_json()["format"] == fmt
        assert app.dex_names == dex
        assert app.manifest.package.startswith("com.example.")
    finally:
        app.close()


def test_split_set_with_a_corrupt_split_keeps_the_base(tmp_path):
    src = ANDROID / "splitset-weak.apks"
    dst = tmp_path / "broken.apks"
    with zipfile.ZipFile(src) as z, zipfile.ZipFile(dst, "w") as out:
        for info in z.infolist():
            data = z.read(info)
            if info.filename == "splits/feature_pay-master.apk":
                data = data[: len(data) // 3]
            out.writestr(info, data)
    result = _scan(dst, tmp_path, code=1)
    assert len(result["findings"]) == 13
    failed = [c for c in result["coverage"] if c["status"] == "failed"]
    assert [c["part"] for c in failed] == ["splits/feature_pay-master.apk"]


def test_split_set_with_a_corrupt_base_is_a_clean_error(tmp_path):
    src = ANDROID / "splitset-weak.apks"
    dst = tmp_path / "nobase.apks"
    with zipfile.ZipFile(src) as z, zipfile.ZipFile(dst, "w") as out:
        for info in z.infolist():
            data = z.read(info)
            out.writestr(info, data[:100] if info.filename == "splits/base-master.apk" else data)
    res = run_cli("scan", dst)
    assert res.code == 2 and "base APK" in res.err and "Traceback" not in res.err
