"""Mach-O facts from the built sample binaries (thin and fat, chained fixups and classic binds), and
hostile binaries that must give a PartError or a slice problem, never a crash."""

from __future__ import annotations

import struct
import zipfile

import pytest

from conftest import SAMPLES
from pinscan.errors import PartError
from pinscan.ios.macho import demangle, parse_macho

IOS = SAMPLES / "ios"
SECURITY = "/System/Library/Frameworks/Security.framework/Security"


def binary(sample: str, name: str) -> bytes:
    with zipfile.ZipFile(IOS / f"{sample}.ipa") as zf:
        return zf.read(name)


@pytest.fixture(scope="module")
def strict():  # fat arm64 + x86_64 simulator, chained fixups
    return parse_macho(binary("ats-strict", "Payload/AtsStrict.app/AtsStrict"), "AtsStrict")


@pytest.fixture(scope="module")
def trust_all():  # thin arm64, classic binds
    return parse_macho(binary("code-trust-all", "Payload/TrustAll.app/TrustAll"), "TrustAll")


def test_fat_binary_with_chained_fixups(strict):
    assert strict.fat
    # lld-19 writes chained fixups for arm64 iOS 14 and classic binds for the x86_64 simulator slice.
    assert [(s.arch, s.platform, s.min_os, s.fixups) for s in strict.slices] == [
        ("x86_64", "ios-simulator", "14.0", "classic"), ("arm64", "ios", "14.0", "chained")]
    assert len({frozenset(i.symbol for i in s.imports) for s in strict.slices}) == 1
    assert strict.min_os() == "14.0"
    assert not strict.encrypted
    assert strict.imports["_SecTrustEvaluateWithError"] == SECURITY
    assert strict.imports["_OBJC_CLASS_$_NSURLCredential"].endswith("Foundation.framework/Foundation")
    assert "URLSession:didReceiveChallenge:completionHandler:" in strict.selectors
    assert "credentialForTrust:" in strict.selectors
    assert "PinningDelegate" in strict.class_names
    assert {"api", "cer", "https://api.example.com/v2"} <= strict.cfstrings


def test_thin_binary_with_classic_binds(trust_all):
    assert not trust_all.fat
    (s,) = trust_all.slices
    assert (s.arch, s.fixups, s.min_os) == ("arm64", "classic", "13.0")
    assert trust_all.imports["_kCFStreamSSLValidatesCertificateChain"].endswith("CFNetwork.framework/CFNetwork")
    assert "allowsAnyHTTPSCertificateForHost:" in trust_all.selectors
    assert "_SecTrustEvaluateWithError" not in trust_all.imports


def test_cfstrings_decode_on_both_fixup_formats():
    chained = parse_macho(binary("ats-arbitrary", "Payload/AtsArbitrary.app/AtsArbitrary"), "a")
    classic = parse_macho(binary("ats-pins-weak", "Payload/PinsWeak.app/PinsWeak"), "b")
    assert chained.slices[0].fixups == "chained" and classic.slices[0].fixups == "classic"
    for m in (chained, classic):
        assert {"https://api.example.com/v1", "session %@ for %@"} <= m.cfstrings


def test_encrypted_binary_gives_no_code_facts():
    m = parse_macho(binary("encrypted", "Payload/Encrypted.app/Encrypted"), "e")
    (s,) = m.slices
    assert s.encrypted and s.crypt_id == 1
    assert m.analysed_slices == [] and m.imports == {} and m.selectors == frozenset()
    assert s.min_os == "14.0"  # load commands are not encrypted


def test_swift_imports_and_the_bool_argument_at_the_call():
    m = parse_macho(binary("frameworks-trust-all", "Payload/FwTrustAll.app/FwTrustAll"), "f")
    names = {n.type_name for n in m.swift_imports}
    assert names == {"Alamofire.DisabledTrustEvaluator", "Alamofire.ServerTrustManager"}
    init = next(n for n in m.swift_imports if n.initializer and n.type_path == ("ServerTrustManager",))
    assert init.labels == ("allHostsMustBeEvaluated", "evaluators")
    assert init.symbol in m.imports and m.imports[init.symbol] == "@rpath/Alamofire.framework/Alamofire"
    assert m.constant_first_arg(init.symbol) == [0]
    pinned = parse_macho(binary("frameworks-pinned", "Payload/FwPinned.app/FwPinned"), "p")
    init2 = next(n for n in pinned.swift_imports if n.type_path == ("ServerTrustManager",) and n.initializer)
    assert pinned.constant_first_arg(init2.symbol) == [1]


def test_framework_exports_are_demangled():
    m = parse_macho(binary("frameworks-trust-all",
                           "Payload/FwTrustAll.app/Frameworks/Alamofire.framework/Alamofire"), "A")
    assert {n.type_name for n in m.swift_exports} == {
        "Alamofire.DisabledTrustEvaluator", "Alamofire.PinnedCertificatesTrustEvaluator",
        "Alamofire.PublicKeysTrustEvaluator", "Alamofire.ServerTrustManager"}


@pytest.mark.parametrize(("symbol", "type_name", "labels"), [
    ("_$s9Alamofire22DisabledTrustEvaluatorCMa", "Alamofire.DisabledTrustEvaluator", ()),
    ("$s9Alamofire11DataRequestCN", "Alamofire.DataRequest", ()),
    ("_$s9Alamofire32PinnedCertificatesTrustEvaluatorC12certificates28acceptSelfSignedCertificates"
     "24performDefaultValidation12validateHostACSaySo17SecCertificateRefaG_S3btcfC",
     "Alamofire.PinnedCertificatesTrustEvaluator",
     ("certificates", "acceptSelfSignedCertificates", "performDefaultValidation", "validateHost")),
])
def test_demangle(symbol, type_name, labels):
    n = demangle(symbol)
    assert n.type_name == type_name and n.labels == labels


@pytest.mark.parametrize("symbol", ["_objc_msgSend", "$s", "$s99Alamofire", "_$sSo", "__Z3foov"])
def test_demangle_rejects_non_swift_or_broken(symbol):
    assert demangle(symbol) is None


# --- hostile binaries ---------------------------------------------------------------------------


def test_truncated_thin_binary(trust_all):
    data = binary("code-trust-all", "Payload/TrustAll.app/TrustAll")
    for cut in (3, 20, 200, 5000, len(data) // 2):
        with pytest.raises(PartError, match="truncated|too short"):
            parse_macho(data[:cut], "TrustAll")


def test_fat_slice_pointing_past_the_end_costs_that_slice_only():
    data = bytearray(binary("ats-strict", "Payload/AtsStrict.app/AtsStrict"))
    struct.pack_into(">I", data, 8 + 8, len(data))  # first slice's offset: the end of the file
    m = parse_macho(bytes(data), "AtsStrict")
    assert [s.arch for s in m.slices] == ["arm64"]
    assert "points past the end" in m.problems[0]
    struct.pack_into(">I", data, 8 + 20 + 8, len(data) + 4096)  # second one too
    with pytest.raises(PartError, match="no readable slice"):
        parse_macho(bytes(data), "AtsStrict")


@pytest.mark.parametrize(("data", "reason"), [
    (b"\xca\xfe\xba\xbe\x00\x00\x00\x37" + bytes(64), "architectures"),  # a Java class file
    (b"\xca\xfe\xba\xbe\x00\x00\x00\x02" + bytes(8), "ends inside the table"),
    (b"\x7fELF" + bytes(64), "not a Mach-O"),
    (b"\xfe\xed\xfa\xcf" + bytes(64), "big-endian"),
    (struct.pack("<IiiIIII", 0xFEEDFACF, 0x0100000C, 0, 2, 1, 8, 0) + bytes(4) + struct.pack("<II", 0x19, 4),
     "malformed load command"),
])
def test_hostile_headers(data, reason):
    with pytest.raises(PartError, match=reason):
        parse_macho(data, "bin")


def test_segment_past_the_end_of_a_slice():
    data = bytearray(binary("code-trust-all", "Payload/TrustAll.app/TrustAll"))
    # __PAGEZERO is the first segment command (at 32); make its file size huge.
    struct.pack_into("<Q", data, 32 + 48, 1 << 40)
    with pytest.raises(PartError, match="segment __PAGEZERO ends at byte"):
        parse_macho(bytes(data), "TrustAll")


@pytest.fixture(scope="module")
def trust_all_armv7():  # code-trust-all's source compiled for armv7, assembled by samples/ios/armv7.py
    return parse_macho(binary("armv7-trust-all", "Payload/TrustAll7.app/TrustAll7"), "TrustAll7")


def test_32bit_slice_is_analysed_like_arm64(trust_all_armv7, trust_all):
    sl = trust_all_armv7.slices[0]
    assert (sl.arch, sl.bits, sl.platform, sl.min_os, sl.sdk, sl.fixups) == (
        "armv7", 32, "ios", "9.0", "9.3", "classic")
    assert sl.analysed and trust_all_armv7.analysed_slices == [sl]
    # The same source gives the same table facts in both architectures.
    assert trust_all_armv7.selectors == trust_all.selectors
    assert trust_all_armv7.cfstrings == trust_all.cfstrings == {"%@ %p"}
    assert trust_all.class_names <= trust_all_armv7.class_names  # clang also names the category there
    assert trust_all_armv7.imports["_kCFStreamSSLValidatesCertificateChain"] == \
        "/System/Library/Frameworks/CFNetwork.framework/CFNetwork"
    shared = {s for s in trust_all.imports if not s.startswith(("_objc_", "___stack_chk"))}  # -Os differs per arch
    assert shared <= set(trust_all_armv7.imports)
    # What is not read in 32-bit code is named, not the whole slice.
    assert sl.unread == ("constants passed to calls (decoded in arm64 code only)",)
    assert trust_all_armv7.constant_first_arg("_objc_msgSend") == []


def test_fat_binary_with_a_32bit_and_a_64bit_slice(trust_all_armv7, trust_all):
    thin32 = binary("armv7-trust-all", "Payload/TrustAll7.app/TrustAll7")
    thin64 = binary("code-trust-all", "Payload/TrustAll.app/TrustAll")
    off32, off64 = 0x4000, 0x4000 + len(thin32) + (-len(thin32) % 0x4000)
    fat = struct.pack(">II", 0xCAFEBABE, 2) + struct.pack(">iiIII", 12, 9, off32, len(thin32), 14) + \
        struct.pack(">iiIII", 0x0100000C, 0, off64, len(thin64), 14)
    data = fat.ljust(off32, b"\0") + thin32.ljust(off64 - off32, b"\0") + thin64
    m = parse_macho(data, "TrustAll")
    assert [s.arch for s in m.analysed_slices] == ["armv7", "arm64"]
    assert m.selectors == trust_all.selectors and m.min_os() == "9.0"


def test_32bit_header_without_commands_is_read_without_a_crash():
    header = struct.pack("<IiiIIII", 0xFEEDFACE, 12, 9, 2, 0, 0, 0)
    m = parse_macho(header, "armv7")
    assert m.slices[0].arch == "armv7" and m.slices[0].bits == 32
    assert m.imports == {} and m.selectors == frozenset()
