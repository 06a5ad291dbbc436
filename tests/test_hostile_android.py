"""Bad and hostile inputs: each gives exit 2 with one line on stderr, or a coverage note; never a
traceback, never a file written outside the output path."""

from __future__ import annotations

import contextlib
import json
import os
import struct
import zipfile
from pathlib import Path

import pytest

from conftest import SAMPLES, run_cli
from pinscan.errors import PartError, ScanError
from pinscan.unpack.safezip import SafeZip, ZipBombError, ZipLimits

STRICT = SAMPLES / "android" / "nsc-strict.apk"


def _assert_clean_error(res, fragment: str) -> None:
    assert res.code == 2, (res.code, res.out, res.err)
    assert "Traceback" not in res.err
    lines = res.err.strip().splitlines()
    assert len(lines) == 1, res.err
    assert lines[0].startswith("pinscan: error:")
    assert fragment in lines[0], lines[0]


def _copy_apk(dst: Path, *, drop=(), replace=None, extra=()) -> Path:
    """A copy of the strict sample with entries dropped, replaced or added (name, bytes)."""
    replace = replace or {}
    with zipfile.ZipFile(STRICT) as src, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            if info.filename in drop:
                continue
            out.writestr(info.filename, replace.get(info.filename, src.read(info)))
        for name, data in extra:
            out.writestr(name, data)
    return dst


def test_empty_file(tmp_path):
    p = tmp_path / "empty.apk"
    p.write_bytes(b"")
    _assert_clean_error(run_cli("scan", p), "empty file")


def test_text_file(tmp_path):
    p = tmp_path / "notes.apk"
    p.write_text("this is not an app\n")
    _assert_clean_error(run_cli("scan", p), "not an app package")


def test_missing_file(tmp_path):
    _assert_clean_error(run_cli("scan", tmp_path / "nope.apk"), "no such file")


def test_truncated_zip(tmp_path):
    p = tmp_path / "truncated.apk"
    p.write_bytes(STRICT.read_bytes()[: STRICT.stat().st_size // 2])
    _assert_clean_error(run_cli("scan", p), "truncated")


def test_zip_without_manifest_is_not_an_apk(tmp_path):
    p = _copy_apk(tmp_path / "nomanifest.apk", drop={"AndroidManifest.xml"})
    _assert_clean_error(run_cli("scan", p), "not an app package")


def test_ratio_zip_bomb_is_refused_before_inflating(tmp_path):
    p = tmp_path / "bomb.apk"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("AndroidManifest.xml", STRICT.read_bytes()[:0] + b"\x03\x00\x08\x00")
        with z.open("assets/zeros.bin", "w") as w:
            chunk = bytes(1 << 20)
            for _ in range(64):  # 64 MiB of zeros compress about 1000:1
                w.write(chunk)
    _assert_clean_error(run_cli("scan", p), "compression ratio")


def test_declared_size_bomb_is_refused(tmp_path):
    """A central directory that declares a 16 GiB entry is refused from the header alone."""
    p = _copy_apk(tmp_path / "huge.apk")
    data = bytearray(p.read_bytes())
    cd = data.rfind(b"PK\x01\x02")  # last central directory record
    # zip64 would be needed for > 4 GiB; 0xFFFFFFF0 (4 GiB) is over the per-entry limit of 1 GiB.
    struct.pack_into("<I", data, cd + 24, 0xFFFFFFF0)
    p.write_bytes(bytes(data))
    _assert_clean_error(run_cli("scan", p), "inflates to")


def test_entry_that_inflates_past_its_declared_size_stops_at_the_declared_size(tmp_path):
    """Inflation stops at the declared size (bounded memory); the lie is named as one."""
    p = tmp_path / "liar.zip"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("data.bin", bytes(100_000))
    data = bytearray(p.read_bytes())
    cd = data.rfind(b"PK\x01\x02")
    struct.pack_into("<I", data, cd + 24, 1000)  # central directory claims 1000 bytes
    p.write_bytes(bytes(data))
    with SafeZip(p) as z, pytest.raises(PartError, match="inflates past its declared size of 1000 bytes"):
        z.read("data.bin")


def test_entry_count_limit_is_checked_before_listing(tmp_path):
    p = _copy_apk(tmp_path / "many.apk")
    with pytest.raises(ZipBombError, match="zip entries"):
        SafeZip(p, ZipLimits(max_entries=3))


def test_hostile_names_are_never_extracted(tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    p = _copy_apk(tmp_path / "slip.apk", extra=[("../../evil.txt", b"x"), ("/abs/evil.txt", b"y"),
                                                 ("res/raw/../../../evil2.txt", b"z")])
    out = work / "r.json"
    res = run_cli("scan", p, "--format", "json", "-o", out, "--fail-on", "never", cwd=work)
    assert res.code == 0, res.err
    assert sorted(os.listdir(work)) == ["r.json"]
    assert not list(tmp_path.rglob("evil*.txt"))
    notes = json.loads(out.read_text())["coverage"]
    hostile = sorted(n["part"] for n in notes if "hostile entry name" in n.get("reason", ""))
    assert hostile == ["../../evil.txt", "/abs/evil.txt", "res/raw/../../../evil2.txt"]


def test_duplicate_entries_are_reported_and_read_as_none(tmp_path):
    """Two entries of one name: which one a device uses is not for pinscan to guess (Android refuses such
    an APK; tools disagree), so neither is read. The manifest twice: the package cannot be scanned."""
    import warnings

    p = tmp_path / "dup.apk"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate name we write on purpose
        _copy_apk(p, extra=[("AndroidManifest.xml", b"not the manifest the scan reads")])
    _assert_clean_error(run_cli("scan", p), "cannot scan without AndroidManifest.xml: the package holds 2 zip "
                                            "entries with this name")
    p = tmp_path / "dup-cert.apk"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        _copy_apk(p, extra=[("res/raw/x.pem", b"one"), ("res/raw/x.pem", b"two")])
    out = tmp_path / "r.json"
    res = run_cli("scan", p, "--format", "json", "-o", out, "--fail-on", "never")
    assert res.code == 1 and "incomplete analysis: res/raw/x.pem" in res.err, res.err
    result = json.loads(out.read_text())
    assert {"part": "res/raw/x.pem", "status": "warning",
            "reason": "duplicate zip entry: none of the copies is read, since tools and devices may disagree on "
                      "which one counts"} in result["coverage"]


def test_malformed_binary_manifest_means_the_package_cannot_be_scanned(tmp_path):
    """Without the manifest nothing can be judged: exit 2 naming it, never a clean-looking empty report."""
    with zipfile.ZipFile(STRICT) as z:
        manifest = z.read("AndroidManifest.xml")
    broken = manifest[:8] + manifest[8:200]  # header claims the full size: truncated chunks
    p = _copy_apk(tmp_path / "badmanifest.apk", replace={"AndroidManifest.xml": broken})
    out = tmp_path / "r.json"
    res = run_cli("scan", p, "--format", "json", "-o", out)
    _assert_clean_error(res, "cannot scan without AndroidManifest.xml: malformed binary XML")
    assert not out.exists()


def test_garbage_manifest_alone_is_not_a_clean_scan(tmp_path):
    """The issue's fail-open case: a zip holding only a garbage AndroidManifest.xml scanned as exit 0 with
    "Findings (0)"."""
    p = tmp_path / "garbage.apk"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("AndroidManifest.xml", b"\x03\x00\x08\x00garbage garbage garbage")
    _assert_clean_error(run_cli("scan", p, "--fail-on", "never"), "cannot scan without AndroidManifest.xml")


def test_malformed_network_security_config_keeps_the_rest(tmp_path):
    """A corrupt NSC file costs the NSC only: identity and the manifest facts are still reported."""
    nsc = "res/xml/network_security_config.xml"
    with zipfile.ZipFile(STRICT) as z:
        data = z.read(nsc)
    p = _copy_apk(tmp_path / "badnsc.apk", replace={nsc: data[:-40]})
    out = tmp_path / "r.json"
    res = run_cli("scan", p, "--format", "json", "-o", out, "--fail-on", "never")
    assert res.code == 1 and res.err == f"pinscan: gate failed: incomplete analysis: {nsc}; pass " \
                                        "--allow-incomplete to accept\n", res.err
    result = json.loads(out.read_text())
    assert result["app"]["target_sdk"] == 34
    assert [f["rule_id"] for f in result["findings"]] == ["PS1010"]
    assert any(c["part"] == nsc and c["status"] == "failed" for c in result["coverage"])


def test_doctype_in_text_xml_is_refused():
    from pinscan.android.axml import parse_xml
    from pinscan.errors import PartError

    evil = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>'
    with pytest.raises(PartError):
        parse_xml(evil, "evil.xml")


@pytest.mark.parametrize("cut", [8, 100, 500, 1000])
def test_truncated_axml_never_crashes(cut):
    from pinscan.android.axml import parse_xml
    from pinscan.errors import PartError

    with zipfile.ZipFile(STRICT) as z:
        manifest = z.read("AndroidManifest.xml")
    with pytest.raises(PartError):
        parse_xml(manifest[:cut], "AndroidManifest.xml")


def test_axml_fuzz_bit_flips_never_raise_anything_but_part_error():
    """Flip bytes all over a real manifest: the parser must either succeed or raise PartError."""
    import random

    from pinscan.android.axml import parse_xml
    from pinscan.errors import PartError

    with zipfile.ZipFile(STRICT) as z:
        manifest = z.read("AndroidManifest.xml")
    assert parse_xml(manifest, "AndroidManifest.xml").tag == "manifest"  # the unmutated input parses
    rng = random.Random(1234)
    parsed = 0
    for _ in range(1500):
        data = bytearray(manifest)
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        with contextlib.suppress(PartError):
            parse_xml(bytes(data), "AndroidManifest.xml")
            parsed += 1
    # Most single-byte flips land in data the parser tolerates: a parser that rejected everything would fail.
    assert parsed > 300


def test_arsc_fuzz_never_raises_anything_but_part_error():
    import random

    from pinscan.android.arsc import ResourceTable
    from pinscan.errors import PartError

    with zipfile.ZipFile(STRICT) as z:
        table = z.read("resources.arsc")
    valid = ResourceTable(table)
    assert valid.find("xml", "network_security_config") is not None  # the unmutated table answers
    rng = random.Random(99)
    answered = 0
    for _ in range(800):
        data = bytearray(table)
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        with contextlib.suppress(PartError):
            t = ResourceTable(bytes(data))
            t.resolve(0x7F0E0000)
            t.find("xml", "network_security_config")
            answered += 1
    assert answered > 100  # a reader that refused every mutated table would not pass


def test_scan_error_is_raised_for_a_directory_that_is_not_an_app(tmp_path):
    from pinscan.unpack import open_package

    with pytest.raises(ScanError):
        open_package(tmp_path)
