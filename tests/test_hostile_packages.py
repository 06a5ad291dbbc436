"""The hostile packages a fuzzer found (tests/hostile/, copied from the issue's reproducers): each gives its
exact exit code and one-line message, through the real CLI. Their speed and memory (under 2 s and 150 MB
each) are measured by bench/bench_hostile.py, not here: no timed unit tests.

Also: every sample and every reproducer scans without an "internal error" coverage note (a rule or fact
that crashed), and the zip layer turns each way one entry can be unreadable into one EntryError naming it.
"""

from __future__ import annotations

import io
import json
import struct
import zipfile
from pathlib import Path

import pytest

from conftest import SAMPLES, all_samples, run_cli
from pinscan.errors import PartError, ScanError
from pinscan.unpack.safezip import EntryError, SafeZip

HOSTILE = Path(__file__).resolve().parent / "hostile"

# file -> (exit code, the one line on stderr, the coverage notes with status "failed"). Scanned as the issue
# did: --format json -o FILE --fail-on never, so exit 1 is the gate failing on incomplete analysis alone.
CASES: dict[str, tuple[int, str, list[tuple[str, str]]]] = {
    "escaped-RuntimeError-unpack-safezip-read.apk": (
        2, "pinscan: error: {path}: cannot scan without AndroidManifest.xml: zip entry is marked encrypted "
           "(general-purpose flag bit 0): encrypted entries are not read", []),
    "swallowed-RuntimeError-unpack-safezip-read.apk": (
        1, "pinscan: gate failed: incomplete analysis: classes.dex; pass --allow-incomplete to accept",
        [("classes.dex",
          "zip entry is marked encrypted (general-purpose flag bit 0): encrypted entries are not read")]),
    "escaped-LZMAError-unpack-safezip-read.apk": (
        2, "pinscan: error: {path}: cannot scan without AndroidManifest.xml: zip entry uses compression method 14 "
           "(LZMA); app packages use only stored (0) or deflate (8): not read", []),
    "escaped-NotImplementedError-unpack-safezip-_open.aab": (
        1, "pinscan: gate failed: incomplete analysis: base/res/xml/network_security_config.xml; pass "
           "--allow-incomplete to accept",
        [("base/res/xml/network_security_config.xml",
          "zip entry needs zip version 23.2 to extract (the last zip specification is 6.3): not read")]),
    "escaped-IndexError-ios-app-_listcomp_.ipa": (
        2, "pinscan: error: {path}: cannot scan without the app's Info.plist (Payload/TskOk.app/Info.plist): "
           "missing from the package", []),
    "escaped-RecursionError-android-splits-find_xapk_layout.xapk": (
        1, "pinscan: gate failed: incomplete analysis: manifest.json; pass --allow-incomplete to accept",
        [("manifest.json", "JSON nested deeper than 64 levels; the base APK was chosen by its name")]),
    "swallowed-UnicodeDecodeError-android-dex-_mutf8.apk": (
        # The mutated string no longer takes the code rules down; the package has no resources.arsc, so its
        # network security config cannot be resolved: that is what stays unanalysed.
        1, "pinscan: gate failed: incomplete analysis: network security config; pass --allow-incomplete to accept",
        [("network security config", "@7F020000 cannot be resolved: no readable resources.arsc")]),
    "swallowed-UnsupportedAlgorithm-certs-spki_sha256.ipa": (
        # The package holds only the certificate: no Info.plist. The certificate itself: see the test below.
        2, "pinscan: error: {path}: cannot scan without the app's Info.plist (Payload/RNPinned.app/Info.plist): "
           "missing from the package", []),
    "timeout-arsc-resolve-ref-cycle-fanout.apk": (
        1, "pinscan: gate failed: incomplete analysis: network security config; pass --allow-incomplete to accept",
        [("network security config", "@7F010000 resolves to no file in resources.arsc: its references form a "
                                     "cycle, run over 8 steps or end in a value that is not a file")]),
    "timeout-plist-acyclic-dag.ipa": (
        2, "pinscan: error: {path}: cannot scan without the app's Info.plist (Payload/AtsStrict.app/Info.plist): "
           "over its budget of 1,000,000 values once shared objects are expanded: not analysed", []),
    "timeout-macho-field-flutter-runner.ipa": (
        1, "pinscan: gate failed: incomplete analysis: Payload/Runner.app/Runner; pass --allow-incomplete to accept",
        [("Payload/Runner.app/Runner", "arm64: section __TEXT,__stubs (9223372036854775807 bytes at offset 16432) "
                                       "runs past the end of the 50144-byte slice")]),
}


def test_every_reproducer_has_a_case():
    assert sorted(p.name for p in HOSTILE.iterdir() if p.suffix != ".md") == sorted(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_reproducer_gives_its_exit_code_and_message(name, tmp_path):
    code, line, failed = CASES[name]
    path = HOSTILE / name
    out = tmp_path / "r.json"
    res = run_cli("scan", path, "--format", "json", "-o", out, "--fail-on", "never")
    assert "Traceback" not in res.err
    assert res.code == code, res.err
    assert res.err.splitlines() == [line.format(path=path)]
    if code == 2:
        assert not out.exists()
        return
    result = json.loads(out.read_text())
    assert [(c["part"], c["reason"]) for c in result["coverage"] if c["status"] == "failed"] == failed
    assert result["gate"]["passed"] is False and result["gate"]["not_analysed"] == [p for p, _ in failed]
    # Accepting the gap is explicit, and said:
    res = run_cli("scan", path, "--format", "json", "-o", out, "--fail-on", "never", "--allow-incomplete")
    assert res.code == 0, res.err
    assert res.err.startswith("pinscan: warning: incomplete analysis accepted (allow-incomplete): ")


def test_certificate_with_an_unknown_key_algorithm_is_a_coverage_note(tmp_path):
    """The reproducer's certificate inside a readable app: the rest is scanned, the certificate is a clear
    failed note, and the gate fails as incomplete."""
    cert = zipfile.ZipFile(HOSTILE / "swallowed-UnsupportedAlgorithm-certs-spki_sha256.ipa").read(
        "Payload/RNPinned.app/api.cer")
    src = SAMPLES / "ios" / "ats-strict.ipa"
    p = tmp_path / "cert.ipa"
    with zipfile.ZipFile(src) as z, zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as out:
        for info in z.infolist():
            out.writestr(info, z.read(info))
        root = next(n for n in z.namelist() if n.endswith(".app/Info.plist")).removesuffix("Info.plist")
        out.writestr(root + "odd.cer", cert)
    res = run_cli("scan", p, "--format", "json", "-o", tmp_path / "r.json", "--fail-on", "never")
    assert res.code == 1, res.err
    failed = [c for c in json.loads((tmp_path / "r.json").read_text())["coverage"] if c["status"] == "failed"]
    assert failed == [{"part": root + "odd.cer", "status": "failed", "reason": (
        "bundled certificate: certificate for CN=api.example.com has a public key of an algorithm pinscan cannot "
        "read (OID 2.688888.10045.2.1): its SPKI hash, which pins are compared with, was not computed")}]


def test_invalid_mutf8_dex_string_decodes_with_replacement_characters():
    from pinscan.android.dex import _mutf8

    assert _mutf8(b"abc") == "abc"
    assert _mutf8(b"a\xc0\x80b") == "a\x00b"  # MUTF-8's NUL
    assert _mutf8(b"\xed\xa0\xbd\xed\xb8\x80") == "\U0001f600"  # a surrogate pair, as dex stores emoji
    assert _mutf8(b"\x80abc") == "\ufffdabc"  # neither UTF-8 nor MUTF-8: no exception


def _no_internal_errors(path: Path) -> None:
    import datetime as dt

    from pinscan.rule import ScanOptions
    from pinscan.scan import scan_path

    try:
        result = scan_path(path, ScanOptions(as_of=dt.date(2026, 6, 1)))
    except ScanError as exc:
        assert "internal error" not in str(exc)
        return
    assert [c for c in result.coverage if "internal error" in c.reason] == []


@pytest.mark.parametrize("path", [s.package for s in all_samples()] + [HOSTILE / name for name in sorted(CASES)],
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_internal_error_coverage_notes(path):
    """The guard in scan.py keeps one crashing rule from taking the scan down; a crash is still a bug."""
    _no_internal_errors(path)


# --- the zip layer: one typed error per way an entry can be unreadable -----------------------------------

def _zip(entries: list[tuple[str, bytes]], method: int = zipfile.ZIP_DEFLATED) -> bytearray:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as z:
        for name, data in entries:
            z.writestr(name, data)
    return bytearray(buf.getvalue())


def _central(data: bytearray, name: bytes) -> int:
    pos = data.find(b"PK\x01\x02")
    while pos >= 0:
        n = struct.unpack_from("<H", data, pos + 28)[0]
        if bytes(data[pos + 46:pos + 46 + n]) == name:
            return pos
        pos = data.find(b"PK\x01\x02", pos + 4)
    raise AssertionError(name)


def _local(data: bytearray, name: bytes) -> int:
    return struct.unpack_from("<I", data, _central(data, name) + 42)[0]


def _open(data: bytearray, tmp_path: Path) -> SafeZip:
    p = tmp_path / "t.zip"
    p.write_bytes(bytes(data))
    return SafeZip(p)


GOOD = ("good.txt", b"still readable " * 20)
BODY = b"the body of the entry " * 50


def _expect(data: bytearray, tmp_path: Path, why: str, name: str = "x.bin") -> None:
    with _open(data, tmp_path) as z:
        with pytest.raises(EntryError) as err:
            z.read(name)
        assert err.value.name == name and why in err.value.why, err.value.why
        assert str(err.value).startswith(f"{name}: ")
        assert z.read(GOOD[0]) == GOOD[1]  # one bad entry costs that entry only


def test_encryption_flag_in_the_central_directory(tmp_path):
    data = _zip([("x.bin", BODY), GOOD])
    struct.pack_into("<H", data, _central(data, b"x.bin") + 8, 1)
    _expect(data, tmp_path, "marked encrypted")


def test_encryption_flag_in_the_local_header_only(tmp_path):
    data = _zip([("x.bin", BODY), GOOD])
    struct.pack_into("<H", data, _local(data, b"x.bin") + 6, 1)
    _expect(data, tmp_path, "local header marks it encrypted")


@pytest.mark.parametrize("method,name", [(14, "LZMA"), (12, "bzip2"), (9, "deflate64"), (99, "AES encryption"),
                                         (77, "unknown")])
def test_compression_methods_other_than_stored_and_deflate(tmp_path, method, name):
    data = _zip([("x.bin", BODY), GOOD])
    struct.pack_into("<H", data, _central(data, b"x.bin") + 10, method)
    _expect(data, tmp_path, f"compression method {method} ({name})")


def test_zip_version_needed_beyond_the_specification(tmp_path):
    data = _zip([("x.bin", BODY), GOOD])
    struct.pack_into("<H", data, _central(data, b"x.bin") + 6, 232)
    _expect(data, tmp_path, "needs zip version 23.2")


def test_crc_mismatch(tmp_path):
    data = _zip([("x.bin", BODY), GOOD])
    struct.pack_into("<I", data, _central(data, b"x.bin") + 16, 0x12345678)
    _expect(data, tmp_path, "fails its CRC-32 check")


def test_entry_that_inflates_past_its_declared_size_stops_there(tmp_path):
    """Inflation never goes past the declared size plus one byte: a 1 GiB entry declaring 100 bytes costs
    100 bytes of memory, and is refused as a size lie (it used to show only as a bad CRC)."""
    data = _zip([("x.bin", bytes(200_000)), GOOD])
    struct.pack_into("<I", data, _central(data, b"x.bin") + 24, 100)
    _expect(data, tmp_path, "inflates past its declared size of 100 bytes")


def test_entry_that_inflates_to_less_than_its_declared_size(tmp_path):
    data = _zip([("x.bin", BODY), GOOD])
    struct.pack_into("<I", data, _central(data, b"x.bin") + 24, len(BODY) + 10)
    _expect(data, tmp_path, f"inflates to {len(BODY)} bytes, its declared size is {len(BODY) + 10}")


def test_stored_entry_whose_sizes_disagree(tmp_path):
    data = _zip([("x.bin", BODY), GOOD], method=zipfile.ZIP_STORED)
    struct.pack_into("<I", data, _central(data, b"x.bin") + 24, len(BODY) - 1)
    _expect(data, tmp_path, "stored zip entry declares")


def test_compressed_size_past_the_entries(tmp_path):
    data = _zip([("x.bin", BODY), GOOD])
    struct.pack_into("<I", data, _central(data, b"x.bin") + 20, 10_000_000)
    _expect(data, tmp_path, "runs past the end of the entries")


def test_local_header_that_names_another_entry(tmp_path):
    data = _zip([("x.bin", BODY), GOOD])
    data[_local(data, b"x.bin") + 30] = ord("y")
    _expect(data, tmp_path, "local header names 'y.bin'")


def test_local_header_missing(tmp_path):
    data = _zip([("x.bin", BODY), GOOD])
    data[_local(data, b"x.bin")] = ord("X")
    _expect(data, tmp_path, "local header at offset 0 is missing or corrupt")


def test_duplicate_names_are_read_as_none_of_them(tmp_path):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate we write on purpose
        data = _zip([("x.bin", BODY), ("x.bin", b"the other copy"), GOOD])
    _expect(data, tmp_path, "holds 2 zip entries with this name")
    with _open(data, tmp_path) as z:
        assert z.duplicates == ["x.bin"]


def test_empty_name_is_listed_as_hostile_and_never_read(tmp_path):
    data = _zip([("x.bin", BODY), GOOD])
    cd = _central(data, b"x.bin")
    local = _local(data, b"x.bin")
    # Rename "x.bin" to "" in both headers: shorten the name fields and cut the name bytes out.
    del data[cd + 46:cd + 51]
    struct.pack_into("<H", data, cd + 28, 0)
    del data[local + 30:local + 35]
    struct.pack_into("<H", data, local + 26, 0)
    eocd = data.rfind(b"PK\x05\x06")
    size, offset = struct.unpack_from("<II", data, eocd + 12)
    struct.pack_into("<II", data, eocd + 12, size - 5, offset - 5)
    for pos in (p for p in range(len(data)) if data[p:p + 4] == b"PK\x01\x02"):
        off = struct.unpack_from("<I", data, pos + 42)[0]
        if off > local:
            struct.pack_into("<I", data, pos + 42, off - 5)
    with _open(data, tmp_path) as z:
        assert "" not in z.entries and z.names == [GOOD[0]]
        assert z.unsafe_names == [("", "empty name")]
        assert z.read(GOOD[0]) == GOOD[1]


def test_a_nul_byte_in_a_name_is_kept_and_reported(tmp_path):
    """zipfile cut names at a NUL byte (an entry then lost its name); the name is kept and flagged."""
    data = _zip([("Payload/x.bin", BODY), GOOD])
    cd, local = _central(data, b"Payload/x.bin"), _local(data, b"Payload/x.bin")
    data[cd + 46] = data[local + 30] = 0
    with _open(data, tmp_path) as z:
        assert z.unsafe_names == [("\x00ayload/x.bin", "NUL byte in name")]
        assert z.read("\x00ayload/x.bin") == BODY


def test_invalid_utf8_name_is_flagged(tmp_path):
    data = _zip([("x.bin", BODY), GOOD])
    cd, local = _central(data, b"x.bin"), _local(data, b"x.bin")
    struct.pack_into("<H", data, cd + 8, 0x800)
    struct.pack_into("<H", data, local + 6, 0x800)
    data[cd + 46] = data[local + 30] = 0xFF
    with _open(data, tmp_path) as z:
        assert z.unsafe_names == [("\ufffd.bin", "invalid UTF-8 in name")]
        assert z.read("\ufffd.bin") == BODY


def test_prepended_bytes_shift_every_offset(tmp_path):
    """A zip after other data (as a self-extracting archive) reads as zipfile reads it."""
    data = bytearray(b"#!/bin/sh\nexit 0\n") + _zip([("x.bin", BODY), GOOD])
    with _open(data, tmp_path) as z:
        assert z.read("x.bin") == BODY


def test_central_directory_record_past_its_end_is_a_scan_error(tmp_path):
    data = _zip([("x.bin", BODY), GOOD])
    struct.pack_into("<H", data, _central(data, b"x.bin") + 28, 60_000)
    with pytest.raises(ScanError, match="runs past the directory's end"):
        _open(data, tmp_path)


def test_missing_entry_is_a_part_error(tmp_path):
    with _open(_zip([GOOD]), tmp_path) as z, pytest.raises(PartError, match="no such file"):
        z.read("nope")


def test_a_1_gib_dex_declaring_a_small_size_is_refused_after_its_declared_size(tmp_path):
    """The issue's other fail-open case: a classes.dex that inflates to 1 GiB but declares 484 bytes
    scanned with exit 0 and a "Bad CRC-32" note. Inflation stops one byte past the declared size (bounded
    memory) and the lie fails the gate."""
    src = SAMPLES / "android" / "nsc-strict.apk"
    p = tmp_path / "liar.apk"
    with zipfile.ZipFile(src) as z, zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as out:
        for info in z.infolist():
            if info.filename != "classes.dex":
                out.writestr(info, z.read(info))
        declared = z.getinfo("classes.dex").file_size
        with out.open("classes.dex", "w") as w:
            chunk = bytes(1 << 24)
            for _ in range(64):  # 1 GiB of zeros, about 1 MB deflated
                w.write(chunk)
    data = bytearray(p.read_bytes())
    struct.pack_into("<I", data, _central(data, b"classes.dex") + 24, declared)
    p.write_bytes(bytes(data))
    out = tmp_path / "r.json"
    res = run_cli("scan", p, "--format", "json", "-o", out, "--fail-on", "never")
    assert res.code == 1 and res.err == ("pinscan: gate failed: incomplete analysis: classes.dex; pass "
                                         "--allow-incomplete to accept\n"), res.err
    failed = [c for c in json.loads(out.read_text())["coverage"] if c["status"] == "failed"]
    assert failed == [{"part": "classes.dex", "status": "failed", "reason": (
        f"zip entry inflates past its declared size of {declared} bytes (a size lie): not read")}]
