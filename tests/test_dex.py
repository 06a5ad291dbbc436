"""The table-first DEX reader and the bytecode index: lookups, hierarchy across dex files, call sites,
constants, debug lines, and hostile dex files (a clear coverage note naming the dex, the rest analysed)."""

from __future__ import annotations

import json
import struct
import zipfile
from pathlib import Path

import pytest

from conftest import SAMPLES, run_cli
from pinscan.android.code import CodeIndex
from pinscan.android.dex import DexFile
from pinscan.errors import PartError

TRUSTALL = SAMPLES / "android" / "code-trustall.apk"
HV = SAMPLES / "android" / "code-hostname-webview.apk"
INIT = "Ljavax/net/ssl/SSLContext;->init"
X509TM = "Ljavax/net/ssl/X509TrustManager;"


def _dexes(apk: Path) -> list[DexFile]:
    with zipfile.ZipFile(apk) as z:
        names = sorted((n for n in z.namelist() if n.startswith("classes") and n.endswith(".dex")),
                       key=lambda n: int(n[7:-4] or 1))
        return [DexFile(n, z.read(n)) for n in names]


@pytest.fixture(scope="module")
def trustall() -> CodeIndex:
    return CodeIndex(_dexes(TRUSTALL))


def test_tables_are_looked_up_by_binary_search(trustall):
    dex = trustall.dexes[1]
    i = dex.find_string("checkServerTrusted")
    assert i is not None and dex.string(i) == "checkServerTrusted"
    assert dex.find_string("no such string anywhere") is None
    t = dex.find_type("Lcom/example/trustall/net/Client$1;")
    assert dex.type_desc(t) == "Lcom/example/trustall/net/Client$1;"
    ids = dex.find_methods("Ljavax/net/ssl/SSLContext;", "init")
    assert [dex.method_ref(i) for i in ids] == [
        "Ljavax/net/ssl/SSLContext;->init([Ljavax/net/ssl/KeyManager;[Ljavax/net/ssl/TrustManager;"
        "Ljava/security/SecureRandom;)V"]


def test_hierarchy_is_followed_across_dex_files_and_framework_types(trustall):
    # LoggingTrustManager -> BaseTrustManager (app class) -> X509TrustManager
    assert trustall.is_subtype("Lcom/example/trustall/legacy/LoggingTrustManager;", X509TM)
    # La/b/c; extends the framework's X509ExtendedTrustManager, which implements X509TrustManager
    assert trustall.is_subtype("La/b/c;", X509TM)
    # MainActivity is in classes.dex, the trust managers in classes2.dex
    assert trustall.cls("Lcom/example/trustall/MainActivity;").dex.name == "classes.dex"
    names = {c.desc for c in trustall.implementors(X509TM)}
    assert {"Lcom/example/trustall/net/Client$1;", "La/b/c;", "Lcom/example/trustall/legacy/BaseTrustManager;",
            "Lcom/example/trustall/legacy/LoggingTrustManager;"} <= names
    assert "Lcom/example/trustall/MainActivity;" not in names


def test_call_sites_of_a_method_reference_anywhere(trustall):
    sites = trustall.invocations([INIT])
    assert sorted(s.method.ref.split("->")[0] for s in sites) == [
        "La/b/e;", "Lcom/example/trustall/net/Client;", "Lcom/example/trustall/net/Client;",
        "Lcom/example/trustall/net/HttpModule;"]
    s = next(s for s in sites if "unsafeFactory" in s.method.ref)
    assert trustall.text(s.method, s.insn) == (
        "invoke-virtual {v1, v3, v0, v4}, Ljavax/net/ssl/SSLContext;->init([Ljavax/net/ssl/KeyManager;"
        "[Ljavax/net/ssl/TrustManager;Ljava/security/SecureRandom;)V")
    loc = trustall.location(s.method, s.insn.off)
    assert (loc.path, loc.line, loc.source_file) == ("classes2.dex", 20, "Client.java")


def test_calls_across_dex_files_are_found(trustall):
    # MainActivity (classes.dex) calls into classes2.dex
    sites = trustall.invocations(["Lcom/example/trustall/net/Client;->unsafeFactory"])
    assert [(s.method.dex.name, s.method.name) for s in sites] == [("classes.dex", "onCreate")]


def test_string_loads_and_type_uses(trustall):
    tls = trustall.string_loads(["TLS"])
    assert len(tls) == 4 and all(s.insn.name == "const-string" for s in tls)
    news = trustall.type_uses(["Lcom/example/trustall/net/DebugTrustManager;"], ops=b"\x22")
    assert [s.method.ref for s in news] == ["Lcom/example/trustall/MainActivity;->onCreate(Landroid/os/Bundle;)V"]


def test_static_field_reads():
    index = CodeIndex(_dexes(HV))
    sites = index.static_reads(["Lorg/apache/http/conn/ssl/SSLSocketFactory;->ALLOW_ALL_HOSTNAME_VERIFIER"])
    assert [(s.method.name, s.insn.name, index.line(s.method, s.insn.off)) for s in sites] == [
        ("apacheFactory", "sget-object", 17)]


def test_decoded_method_matches_its_smali_source(trustall):
    ci = trustall.cls("La/b/c;")
    m = trustall.declared(ci, "checkServerTrusted", "([Ljava/security/cert/X509Certificate;Ljava/lang/String;)V")[0]
    code = trustall.code(m)
    assert [trustall.text(m, i) for i in code.insns] == [
        "iget-object v0, p0, La/b/c;->a:Ljavax/net/ssl/X509TrustManager;",
        "invoke-interface {v0, p1, p2}, Ljavax/net/ssl/X509TrustManager;->checkServerTrusted("
        "[Ljava/security/cert/X509Certificate;Ljava/lang/String;)V",
        "return-void",
    ]
    assert code.tries[0].handlers == (("Ljava/security/cert/CertificateException;", 5),)


def test_a_hit_inside_an_operand_is_not_taken_for_an_instruction(trustall, monkeypatch):
    """The byte search only proposes candidates; one at a position that is not an instruction start is
    dropped when its method is decoded."""
    dex = trustall.dexes[1]
    real = DexFile.search_refs
    site = trustall.invocations([INIT])[0]
    fresh = CodeIndex(trustall.dexes)

    def with_bogus(self, wanted):
        found = real(self, wanted)
        if self is dex:
            code_off = site.method.code_off
            bogus = code_off + 16 + 2 * (site.insn.off + 1)  # the second code unit: the method index
            found += [(bogus, kind, idx) for _, kind, idx in found[:1]]
        return found

    monkeypatch.setattr(DexFile, "search_refs", with_bogus)
    assert [(s.method.ref, s.insn.off) for s in fresh.invocations([INIT])] == \
        [(s.method.ref, s.insn.off) for s in trustall.invocations([INIT])]


# --- hostile dex files -----------------------------------------------------------------------------------

def _header_patch(data: bytes, offset: int, value: int) -> bytes:
    return data[:offset] + struct.pack("<I", value) + data[offset + 4:]


def test_truncated_dex_is_a_part_error_naming_it():
    data = _dexes(TRUSTALL)[1].data
    with pytest.raises(PartError, match="classes2.dex: truncated dex"):
        DexFile("classes2.dex", data[:50])
    with pytest.raises(PartError, match="classes2.dex: truncated dex"):
        DexFile("classes2.dex", data[: len(data) // 2])


def test_bad_magic_and_huge_counts_are_part_errors():
    data = _dexes(TRUSTALL)[1].data
    with pytest.raises(PartError, match="not a dex file"):
        DexFile("classes2.dex", b"PK\x03\x04" + data[4:])
    with pytest.raises(PartError, match="method_ids table out of bounds"):
        DexFile("classes2.dex", _header_patch(data, 0x58, 0x0FFFFFFF))  # method_ids_size
    with pytest.raises(PartError, match="string_ids table out of bounds"):
        DexFile("classes2.dex", _header_patch(data, 0x3C, len(data) - 2))  # string_ids_off


def test_bad_offsets_inside_tables_fail_the_dex_not_the_index():
    dexes = _dexes(TRUSTALL)
    bad = bytearray(dexes[1].data)
    # point every class_def's class_data_off past the end of the file
    off, count = struct.unpack_from("<I", bad, 0x64)[0], struct.unpack_from("<I", bad, 0x60)[0]
    for i in range(count):
        struct.pack_into("<I", bad, off + 32 * i + 24, len(bad) + 1000)
    notes = []
    index = CodeIndex([dexes[0], DexFile("classes2.dex", bytes(bad))], on_error=lambda p, r: notes.append((p, r)))
    index.implementors(X509TM)
    for ci in index.classes.values():
        index.methods(ci)
    assert index.invocations(["Lcom/example/trustall/net/Client;->unsafeFactory"])  # classes.dex still answers
    assert [p for p, _ in notes] == ["classes2.dex"]
    assert "the other dex files were analysed" in notes[0][1]


def _apk_with(tmp_path: Path, dex_entries: dict[str, bytes]) -> Path:
    out = tmp_path / "hostile.apk"
    with zipfile.ZipFile(TRUSTALL) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename.startswith("classes"):
                continue
            dst.writestr(info.filename, src.read(info))
        for name, data in dex_entries.items():
            dst.writestr(name, data)
    return out


@pytest.mark.parametrize("broken", [
    pytest.param(lambda d: d[:200], id="truncated"),
    pytest.param(lambda d: _header_patch(d, 0x44, 0x7FFFFFFF), id="huge-type-count"),
    pytest.param(lambda d: _header_patch(d, 0x4C, len(d) - 4), id="bad-proto-offset"),
    pytest.param(lambda d: b"\x00" * len(d), id="zeroes"),
])
def test_broken_dex_gives_a_coverage_note_and_the_other_dex_is_still_scanned(tmp_path, broken):
    dexes = _dexes(TRUSTALL)
    # the vulnerable classes go first, a broken copy second
    apk = _apk_with(tmp_path, {"classes.dex": dexes[1].data, "classes2.dex": broken(dexes[0].data)})
    out = tmp_path / "r.json"
    res = run_cli("scan", apk, "--format", "json", "-o", out, "--fail-on", "never")
    assert "Traceback" not in res.err
    # The gate fails closed on the dex it could not read; the other dex is still analysed and reported.
    assert res.code == 1 and res.err.splitlines() == [
        "pinscan: gate failed: incomplete analysis: classes2.dex; pass --allow-incomplete to accept"], res.err
    result = json.loads(out.read_text())
    failed = [c for c in result["coverage"] if c["status"] == "failed"]
    assert [c["part"] for c in failed] == ["classes2.dex"], failed
    found = {f["location"]["logical"] for f in result["findings"] if f["rule_id"] == "PS2001"}
    assert "Lcom/example/trustall/net/Client$1;->checkServerTrusted([Ljava/security/cert/X509Certificate;" \
           "Ljava/lang/String;)V" in found
