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
    """Inflation stops at the declared size (bounded memory); the lie shows as a corrupt entry."""
    p = tmp_path / "liar.zip"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("data.bin", bytes(100_000))
    data = bytearray(p.read_bytes())
    cd = data.rfind(b"PK\x01\x02")
    struct.pack_into("<I", data, cd + 24, 1000)  # central directory claims 1000 bytes
    p.write_bytes(bytes(data))
    with SafeZip(p) as z, pytest.raises(PartError, match="corrupt zip entry"):
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


def test_duplicate_entries_are_reported(tmp_path):
    p = tmp_path / "dup.apk"
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate name we write on purpose
        _copy_apk(p, extra=[("AndroidManifest.xml", b"not the manifest the scan reads")])
    out = tmp_path / "r.json"
    res = run_cli("scan", p, "--format", "json", "-o", out, "--fail-on", "never")
    assert res.code == 0, res.err
    result = json.loads(out.read_text())
    assert result["app"]["app_id"] == "com.example.strict"  # the first entry was analysed
    assert {"part": "AndroidManifest.xml", "status": "warning",
            "reason": "duplicate zip entry: the first one was analysed; tools and devices may disagree on "
                      "which copy counts"} in result["coverage"]


def test_malformed_binary_manifest_is_a_coverage_note(tmp_path):
    with zipfile.ZipFile(STRICT) as z:
        manifest = z.read("AndroidManifest.xml")
    broken = manifest[:8] + manifest[8:200]  # header claims the full size: truncated chunks
    p = _copy_apk(tmp_path / "badmanifest.apk", replace={"AndroidManifest.xml": broken})
    out = tmp_path / "r.json"
    res = run_cli("scan", p, "--format", "json", "-o", out)
    assert res.code == 0, res.err
    result = json.loads(out.read_text())
    failed = [c for c in result["coverage"] if c["status"] == "failed"]
    assert failed and failed[0]["part"] == "AndroidManifest.xml"
    assert "malformed binary XML" in failed[0]["reason"]
    assert result["findings"] == []


def test_malformed_network_security_config_keeps_the_rest(tmp_path):
    """A corrupt NSC file costs the NSC only: identity and the manifest facts are still reported."""
    nsc = "res/xml/network_security_config.xml"
    with zipfile.ZipFile(STRICT) as z:
        data = z.read(nsc)
    p = _copy_apk(tmp_path / "badnsc.apk", replace={nsc: data[:-40]})
    out = tmp_path / "r.json"
    res = run_cli("scan", p, "--format", "json", "-o", out, "--fail-on", "never")
    assert res.code == 0, res.err
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
