"""Fuzz targets: one per parser and one for a whole package, each a function of the input bytes.

A target passes an input when the parser either returns or raises the error its contract allows
(PartError for a part, ScanError when a whole package cannot be scanned, ValueError for certificates and
key stores). Anything else is a bug the fuzzer reports: an escaped exception, a crash, or (through
libFuzzer's -timeout and -rss_limit_mb) unbounded work or memory. The package target also fails on an
"internal error" coverage note (a rule that crashed) and renders every report format of the result.

`SEEDS` says where each target's seed inputs come from in the bundled samples (see seeds.py).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import tempfile
import warnings
import zipfile
from collections.abc import Callable

from pinscan.errors import PartError, ScanError

AS_OF = dt.date(2026, 6, 1)


def zip_layer(data: bytes) -> None:
    """The zip reader: open, list, and read every entry (nested split APKs are zips read the same way)."""
    from pinscan.unpack.safezip import SafeZip

    try:
        z = SafeZip("fuzz.zip", data=data)
    except ScanError:
        return
    with z:
        for name in z.names:
            with contextlib.suppress(PartError):
                z.read(name)


def axml(data: bytes) -> None:
    """Binary XML (and text XML, which the same entry point reads through lxml)."""
    from pinscan.android.app import parse_manifest
    from pinscan.android.axml import parse_xml

    try:
        root = parse_xml(data, "AndroidManifest.xml")
        for el in root.iter():
            for a in el.attrs:
                a.as_str(), a.as_bool(), a.as_int(), a.reference()
        parse_manifest(root)
    except PartError:
        pass


def arsc(data: bytes) -> None:
    """resources.arsc: the table, and reference resolution of every entry of the first types."""
    from pinscan.android.arsc import ResourceTable

    try:
        table = ResourceTable(data)
        for pkg_id, pkg in list(table._packages.items())[:2]:
            for type_id in list(pkg.types)[:4]:
                for entry in range(8):
                    table.resolve((pkg_id << 24) | (type_id << 16) | entry)
        table.find("xml", "network_security_config")
        table.find("raw", "ca")
    except PartError:
        pass


def dex(data: bytes) -> None:
    """One dex: tables, classes, methods, instruction search and decoding, debug lines, through the
    CodeIndex the rules use."""
    from pinscan.android.code import CodeIndex
    from pinscan.android.dex import DexFile

    try:
        d = DexFile("classes.dex", data)
    except PartError:
        return
    failures: list[tuple[str, str]] = []
    index = CodeIndex([d], on_error=lambda part, reason: failures.append((part, reason)))
    try:
        for ci in list(index.classes.values())[:50]:
            index.supertypes(ci.desc)
            for m in index.methods(ci)[:20]:
                code = index.code(m)
                if code is not None and code.insns:
                    index.text(m, code.insns[0])
                    index.line(m, code.insns[0].off)
        index.implementors("Ljavax/net/ssl/X509TrustManager;")
        index.invocations(["Ljavax/net/ssl/SSLContext;->init", "Lokhttp3/CertificatePinner$Builder;->add"])
        index.string_loads(prefixes=["sha256/"])
        index.type_uses(["Ljava/lang/String;"])
    except PartError:
        pass


def proto(data: bytes) -> None:
    """aapt2's protobuf formats of an App Bundle: compiled XML and resources.pb."""
    from pinscan.android.proto import ProtoResourceTable, parse_proto_xml

    with contextlib.suppress(PartError):
        parse_proto_xml(data, "base/manifest/AndroidManifest.xml")
    try:
        table = ProtoResourceTable(data, "base/resources.pb", "base/")
        for res_id in list(table._entries)[:32]:
            table.resolve(res_id)
        table.find("xml", "network_security_config")
    except PartError:
        pass


def nsc(data: bytes) -> None:
    """A network security config, binary or text XML: parsed with Android's semantics, then its pins and
    per-host policies."""
    from pinscan.android.axml import parse_xml
    from pinscan.android.nsc import host_policies, parse_nsc, pin_entries

    try:
        root = parse_xml(data, "res/xml/network_security_config.xml")
    except PartError:
        return

    def no_anchor(src, loc):
        return (src.as_str() or "?"), None, [], None

    for debuggable in (False, True):
        cfg = parse_nsc(root, path="res/xml/network_security_config.xml", resource="@xml/network_security_config",
                        resolve_anchor=no_anchor, debuggable=debuggable, target_sdk=23 if debuggable else 34,
                        debug_root=root, debug_path="res/xml/network_security_config_debug.xml")
        pin_entries(cfg, AS_OF, 21, {})
        host_policies(cfg, AS_OF, 21)


def plist(data: bytes) -> None:
    """A property list (XML or binary), then what iOS facts read from it: ATS and TrustKit."""
    from pinscan.ios.ats import parse_ats
    from pinscan.ios.plist import parse_plist
    from pinscan.ios.trustkit import parse_trustkit

    try:
        p = parse_plist(data, "Payload/App.app/Info.plist")
    except PartError:
        return
    parse_ats(p.value)
    parse_trustkit(p.value)
    p.line(("NSAppTransportSecurity", "NSExceptionDomains"))


def macho(data: bytes) -> None:
    """A Mach-O file (thin or fat): headers and load commands, LIEF, then the code facts rules use."""
    from pinscan.ios.code import code_facts
    from pinscan.ios.macho import parse_macho

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # a warning would reach the CLI's stderr
            m = parse_macho(data, "Payload/App.app/App")
    except PartError:
        return
    if m.analysed_slices:
        code_facts(m)
        m.swift_exports, m.min_os(), m.constant_first_arg("_SecTrustEvaluateWithError")


def certs(data: bytes) -> None:
    """Certificates (PEM, DER) and key stores (BKS, PKCS#12)."""
    from pinscan.android.pins import keystore_certificates, read_bks
    from pinscan.facts.certs import parse_certificates
    from pinscan.ios.app import _p12_certificates

    for fn in (lambda: parse_certificates(data, "res/raw/ca.pem"),
               lambda: keystore_certificates(data, "res/raw/store", None),
               lambda: keystore_certificates(data, "res/raw/store", "changeit"),
               lambda: read_bks(data),
               lambda: _p12_certificates(data, "Payload/App.app/id.p12")):
        with contextlib.suppress(ValueError):
            fn()


_PACKAGE_DIR = tempfile.mkdtemp(prefix="pinscan-fuzz-")


def package(data: bytes) -> None:
    """A whole package through pinscan.scan, the gate and every report: as `pinscan scan` would."""
    from pinscan.gate import Policy, evaluate
    from pinscan.report import ReportOptions, render
    from pinscan.rule import ScanOptions
    from pinscan.scan import scan_path

    path = os.path.join(_PACKAGE_DIR, "package")
    with open(path, "wb") as fp:
        fp.write(data)
    # A warning would be a second line on stderr, where the CLI promises one: a failure here.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            result = scan_path(path, ScanOptions(as_of=AS_OF))
        except ScanError:
            return
        internal = [c for c in result.coverage if "internal error" in c.reason]
        if internal:
            raise AssertionError(f"a rule or fact crashed: {internal[0]}")
        result = evaluate(result, Policy(), AS_OF)
        for fmt in ("json", "text", "sarif", "html"):
            render("scan", fmt, result, ReportOptions())


TARGETS: dict[str, Callable[[bytes], None]] = {
    "zip": zip_layer, "axml": axml, "arsc": arsc, "dex": dex, "proto": proto, "nsc": nsc, "plist": plist,
    "macho": macho, "certs": certs, "package": package,
}


def rezip(data: bytes, mutate: Callable[[bytes], bytes], pick: int) -> bytes | None:
    """The zip `data` with entry number `pick` (modulo the count) replaced by mutate(its bytes), rewritten
    with correct sizes and CRCs, so the mutation reaches the parser behind the zip layer. None when
    `data` is not a zip Python can rewrite."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as src:
            infos = [i for i in src.infolist() if not i.is_dir()]
            if not infos:
                return None
            target = infos[pick % len(infos)]
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w") as dst:
                for info in src.infolist():
                    body = src.read(info)
                    if info is target:
                        body = mutate(body)
                    dst.writestr(info, body, compress_type=info.compress_type)
            return out.getvalue()
    except Exception:  # noqa: BLE001 - whatever zipfile cannot rewrite is left to the byte-level mutator
        return None
