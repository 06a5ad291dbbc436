"""Pins the app's code declares, as pin inventory entries:

- OkHttp 3/4 (`okhttp3.CertificatePinner.Builder.add`) and OkHttp 2 (`com.squareup.okhttp...`): host and
  pins recovered from the constants of the call, including the varargs array;
- TrustKit-Android (`TrustKit.initializeWithNetworkSecurityConfiguration`): its policies, read from the
  network security config as TrustKit reads it (`<trustkit-config>` and `<report-uri>` included);
- trust managers that hash the server's key and compare it with constants (source "custom");
- key stores and certificates bundled in res/raw or assets and loaded into a `TrustManagerFactory`
  (PEM, DER, PKCS#12, BKS): the app trusts only those keys (source "keystore").

Each pin is checked (digest and length), matched against bundled certificates, and a host with a single
pin is noted (no backup).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import re
import struct
from dataclasses import dataclass

from pinscan.android.code import CodeIndex, Method, Site, searched
from pinscan.android.flow import Chars, StrArray, call_args, constants
from pinscan.errors import PartError
from pinscan.facts.certs import CertInfo, parse_certificates
from pinscan.facts.expiry import expired
from pinscan.facts.hosts import OKHTTP, HostPattern
from pinscan.limits import MAX_CERT_FILE
from pinscan.model import CoverageNote, Pin, PinEntry

OKHTTP3_ADD = "Lokhttp3/CertificatePinner$Builder;->add"
OKHTTP2_ADD = "Lcom/squareup/okhttp/CertificatePinner$Builder;->add"
PIN_CALLS = (OKHTTP3_ADD, OKHTTP2_ADD)
PIN_PREFIXES = searched("prefix", "sha256/", "sha1/")
TRUSTKIT_INIT = "Lcom/datatheorem/android/trustkit/TrustKit;->initializeWithNetworkSecurityConfiguration"
TMF_INIT = "Ljavax/net/ssl/TrustManagerFactory;->init"
KEYSTORE_LOAD = "Ljava/security/KeyStore;->load"
OPEN_RAW = "Landroid/content/res/Resources;->openRawResource"
OPEN_ASSET = "Landroid/content/res/AssetManager;->open"
MESSAGE_DIGEST = "Ljava/security/MessageDigest;->getInstance"
KEY_CALLS = ("Ljava/security/cert/X509Certificate;->getPublicKey", "Ljava/security/cert/Certificate;->getPublicKey",
             "Ljava/security/PublicKey;->getEncoded", "Ljava/security/Key;->getEncoded")
searched("method", *PIN_CALLS, TRUSTKIT_INIT, TMF_INIT, KEYSTORE_LOAD, OPEN_RAW, OPEN_ASSET, MESSAGE_DIGEST, *KEY_CALLS)
_DIGEST_BYTES = {"sha256": 32, "sha1": 20}
_B64_32 = re.compile(r"^[A-Za-z0-9+/]{43}=$")
_HEX_32 = re.compile(r"^[0-9a-fA-F]{64}$")


@dataclass(frozen=True)
class CodePin:
    """One host's pins as found in code, before it becomes a PinEntry (rules read these)."""

    entry: PinEntry
    site: Site | None
    library: str | None
    raw_pins: tuple[str, ...]  # as written in the code


def okhttp_pin(text: str) -> Pin:
    """`sha256/BASE64` or `sha1/BASE64` as OkHttp parses them; invalid ones make OkHttp throw."""
    algo, sep, value = text.partition("/")
    if not sep or algo not in _DIGEST_BYTES:
        return Pin(algo if sep else "?", value or text, False,
                   "OkHttp pins start with sha256/ or sha1/: CertificatePinner.Builder.add throws")
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return Pin(algo, value, False, "not valid base64: CertificatePinner.Builder.add throws")
    if len(raw) != _DIGEST_BYTES[algo]:
        return Pin(algo, value, False,
                   f"decodes to {len(raw)} bytes, a {algo.upper()} digest has {_DIGEST_BYTES[algo]}")
    return Pin(algo, value)


def _with_cert(pin: Pin, cert_index: dict[str, str]) -> Pin:
    if pin.valid and pin.digest == "sha256" and pin.value in cert_index:
        return Pin(pin.digest, pin.value, True, None, cert_index[pin.value])
    return pin


def okhttp_pins(index: CodeIndex, library_for, cert_index: dict[str, str]) -> list[CodePin]:
    out = []
    states: dict[str, object] = {}
    for site in index.invocations(PIN_CALLS):
        if site.method.ref not in states:
            states[site.method.ref] = constants(index, site.method)
        args = call_args(index, site.method, site.insn, states[site.method.ref])
        host, arr = (args[1], args[2]) if len(args) >= 3 else (None, None)
        if not isinstance(host, str):
            continue
        raw = [p for p in arr.values() if isinstance(p, str)] if isinstance(arr, StrArray) else []
        pins = tuple(_with_cert(okhttp_pin(p), cert_index) for p in raw)
        pattern = HostPattern(host, OKHTTP)
        okhttp2 = site.target == OKHTTP2_ADD
        reasons, notes = [], []
        if pattern.problem():
            reasons.append(pattern.problem())
        elif pattern.name.startswith("**."):
            if okhttp2:
                reasons.append("OkHttp 2 has no '**.' patterns: it looks the pattern up literally and pins no host")
            else:
                notes.append("'**.' patterns need OkHttp 4.3 or later; with OkHttp 3 and earlier 4.x versions "
                             "this pattern pins no host")
        if not raw:
            reasons.append("the pins are not constants in the code: not recovered")
        if any(not p.valid for p in pins):
            reasons.append("CertificatePinner.Builder.add throws on an invalid pin: the client is never built")
        loc = index.location(site.method, site.insn.off)
        out.append(CodePin(PinEntry(
            host=host, include_subdomains=False, pins=pins, source="okhttp", location=loc, enforced=not reasons,
            not_enforced_because=tuple(reasons), notes=tuple(notes),
        ), site, library_for(site.method.cls.desc), tuple(raw)))
    return out


def custom_pins(index: CodeIndex, library_for, cert_index: dict[str, str]) -> list[CodePin]:
    """Trust managers that digest the server key and compare it with constant hashes."""
    out = []
    digests = {s.method.cls.desc for s in index.invocations([MESSAGE_DIGEST])}
    keys = {s.method.cls.desc for s in index.invocations(KEY_CALLS)}
    for ci in index.implementors("Ljavax/net/ssl/X509TrustManager;"):
        if ci.desc not in digests or ci.desc not in keys:
            continue
        values: list[tuple[str, Method]] = []
        for m in index.methods(ci):
            code = index.code(m)
            for ins in code.insns if code else ():
                if ins.name.startswith("const-string"):
                    s = m.dex.string(ins.idx)
                    if _B64_32.match(s) or _HEX_32.match(s) or s.startswith("sha256/"):
                        values.append((s, m))
        if not values:
            continue
        pins = []
        for s, _ in values:
            if _HEX_32.match(s):
                s = base64.b64encode(bytes.fromhex(s)).decode()
            pins.append(_with_cert(okhttp_pin(s if s.startswith("sha256/") else "sha256/" + s), cert_index))
        check = next((m for m in index.methods(ci) if m.name == "checkServerTrusted"), values[0][1])
        out.append(CodePin(PinEntry(
            host="*", include_subdomains=True, pins=tuple(dict.fromkeys(pins)), source="custom",
            location=index.location(check), enforced=True,
            notes=(f"custom trust manager {ci.desc}: applies to the connections that use it",),
        ), None, library_for(ci.desc), tuple(v for v, _ in values)))
    return out


# --- key stores -------------------------------------------------------------------------------------------

def read_bks(data: bytes) -> list[bytes]:
    """DER certificates in a Bouncy Castle BKS key store (v1/v2): trusted-certificate entries and the
    chains of key entries. Raises ValueError when the data is not a readable BKS store."""
    try:
        version, salt_len = struct.unpack_from(">II", data, 0)
        if version not in (1, 2) or salt_len > 1024:
            raise ValueError("not a BKS key store")
        pos = 8 + salt_len + 4  # salt, iteration count
        certs = []

        def utf(p: int) -> int:
            n = struct.unpack_from(">H", data, p)[0]
            return p + 2 + n

        def cert(p: int) -> int:
            p = utf(p)  # certificate type, "X.509"
            n = struct.unpack_from(">I", data, p)[0]
            certs.append(data[p + 4:p + 4 + n])
            return p + 4 + n

        for _ in range(100000):
            kind = data[pos]
            pos += 1
            if kind == 0:
                return certs
            pos = utf(pos) + 8  # alias, date
            chain = struct.unpack_from(">I", data, pos)[0]
            pos += 4
            for _ in range(min(chain, 64)):
                pos = cert(pos)
            if kind == 1:  # certificate
                pos = cert(pos)
            elif kind in (2, 3, 4):  # key, secret, sealed: a length-prefixed blob (after type/format for key)
                if kind == 2:
                    pos += 1
                    pos = utf(utf(pos))
                n = struct.unpack_from(">I", data, pos)[0]
                pos += 4 + n
            else:
                raise ValueError(f"unknown BKS entry type {kind}")
        return certs
    except (struct.error, IndexError):
        raise ValueError("truncated BKS key store") from None


def keystore_certificates(data: bytes, path: str, password: str | None) -> tuple[str, list[CertInfo]]:
    """(format, certificates) of a bundled trust file: PEM/DER certificate, PKCS#12 or BKS."""
    try:
        certs = parse_certificates(data, path)
    except ValueError:
        if data[:1] != b"\x30":
            raise
        certs = []  # a DER SEQUENCE that is not a certificate: maybe PKCS#12
    if certs:
        return ("PEM" if data.lstrip().startswith(b"-----") else "DER"), certs
    if data[:4] in (b"\x00\x00\x00\x01", b"\x00\x00\x00\x02"):
        out = []
        for der in read_bks(data):
            out.extend(parse_certificates(der, path))
        return "BKS", out
    if data[:1] == b"\x30":
        from cryptography.hazmat.primitives.serialization import pkcs12

        pw = password.encode() if password is not None else None
        try:
            p12 = pkcs12.load_pkcs12(data, pw)
        except ValueError as exc:
            raise ValueError(f"unreadable PKCS#12 key store (password from the code: {password!r}): {exc}") from None
        from cryptography.hazmat.primitives.serialization import Encoding

        ders = [c.certificate.public_bytes(Encoding.DER) for c in p12.additional_certs]
        if p12.cert is not None:
            ders.insert(0, p12.cert.certificate.public_bytes(Encoding.DER))
        out = []
        for der in ders:
            out.extend(parse_certificates(der, path))
        return "PKCS12", out
    raise ValueError("not a certificate or a key store pinscan can read (PEM, DER, PKCS#12, BKS)")


def keystore_pins(app, index: CodeIndex) -> list[CodePin]:
    """Files in res/raw or assets opened in a method that initialises a TrustManagerFactory (directly or
    through KeyStore.load): the keys the app's trust managers accept."""
    out = []
    tmf_methods = {s.method.ref for s in index.invocations([TMF_INIT, KEYSTORE_LOAD])}
    for site in index.invocations([OPEN_RAW, OPEN_ASSET]):
        if site.method.ref not in tmf_methods:
            continue
        states = constants(index, site.method)
        args = call_args(index, site.method, site.insn, states)
        arg = args[1] if len(args) > 1 else None
        path = _resource_path(app, site.target, arg)
        if path is None:
            continue
        password = None
        for load in index.invocations([KEYSTORE_LOAD]):
            if load.method.ref == site.method.ref:
                pw = call_args(index, load.method, load.insn, states)
                if len(pw) > 2 and isinstance(pw[2], Chars):
                    password = pw[2].text
        try:
            data = app.files.read_part(path, MAX_CERT_FILE, "a key store file")
            fmt, certs = keystore_certificates(data, path, password)
        except (PartError, ValueError) as exc:
            app.coverage.append(CoverageNote(path, "failed", f"key store loaded by {site.method.ref}: {exc}"))
            continue
        pins = tuple(dict.fromkeys(Pin("SHA-256", c.spki_sha256, True, None, c.path) for c in certs))
        loc = index.location(site.method, site.insn.off)
        what = f"{fmt} {path} loaded into a TrustManagerFactory in {site.method.ref}"
        out.append(CodePin(PinEntry(
            host="*", include_subdomains=True, pins=pins, source="keystore", location=loc, enforced=bool(pins),
            not_enforced_because=() if pins else (f"{what} holds no certificate",),
            notes=(f"{what}: connections using it trust only these keys",) if pins else (),
        ), site, app.library_for(site.method.cls.desc), ()))
    return out


def _resource_path(app, target: str, arg: object) -> str | None:
    if target == OPEN_ASSET:
        if isinstance(arg, str):
            name = "assets/" + arg.lstrip("/")
            return name if name in app.files else None
        return None
    if isinstance(arg, int) and app.resources is not None:
        from pinscan.android.axml import Attr

        resolved = app._resolve_file(Attr("", None, None, 1, arg & 0xFFFFFFFF), "raw")
        return None if isinstance(resolved, str) else resolved[1]
    return None


# --- TrustKit ---------------------------------------------------------------------------------------------

def trustkit_pins(app, index: CodeIndex, as_of: dt.date) -> list[CodePin]:
    """TrustKit-Android's pinning policies, read from the network security config as TrustKit reads it (its
    `<trustkit-config>` included). They apply to connections that use TrustKit's SSLSocketFactory or
    TrustManager, from API 17: below API 24 TrustKit checks the pins itself, from API 24 it lets Android
    check them and, with enforcePinning false, lets a failed check through and only reports it."""
    sites = index.invocations([TRUSTKIT_INIT])
    if not sites or app.nsc is None:
        return []
    from pinscan.android.nsc import trustkit_view

    nsc = app.nsc
    policies, rejected = trustkit_view(nsc)
    cert_index = app.certificate_index()
    site = sites[0]
    common = []
    if rejected:
        common.append("TrustKit refuses this configuration, so initializeWithNetworkSecurityConfiguration throws: "
                      + "; ".join(rejected))
    if nsc.fatal_problems:
        common.append("Android refuses this network security config (see findings), so no pins apply")
    debug_cas = [a.label for a in (nsc.debug.anchors or []) if a.override_pins and a.src.startswith("@")] \
        if nsc.debug_in_force else []
    if debug_cas:
        common.append(f"the app is debuggable and <debug-overrides> overrides pins: TrustKit accepts chains to "
                      f"{', '.join(debug_cas)} without checking pins")
    notes = ["applies to connections that use TrustKit's SSLSocketFactory or TrustManager (API 17 and later)"]
    if app.min_sdk < 17:
        notes.append(f"TrustKit is disabled on API 15-16 (minSdk {app.min_sdk})")
    out = []
    for p in policies:
        reasons = list(common)
        if not p.enforce_pinning:
            reasons.append("enforcePinning is not true for this domain: TrustKit only reports pin failures")
        if expired(p.expiration_date, as_of):
            reasons.append(f"pin-set expired on {p.expiration}")
        pins = tuple(Pin(d.digest, d.value, d.problem is None, d.problem, cert_index.get(d.value))
                     for d in p.pin_set.pins)
        out.append(CodePin(PinEntry(
            host=p.hostname or "?", include_subdomains=p.include_subdomains, pins=pins, source="trustkit",
            location=index.location(site.method, site.insn.off), expiration=p.expiration,
            enforced=not reasons, not_enforced_because=tuple(reasons),
            notes=(*notes, f"configured in {nsc.path}"), report_uris=p.report_uris,
        ), site, app.library_for(site.method.cls.desc), tuple(d.value for d in p.pin_set.pins)))
    return out


def code_pins(app, as_of: dt.date) -> list[CodePin]:
    index = app.code
    cert_index = app.certificate_index()
    return (okhttp_pins(index, app.library_for, cert_index) + custom_pins(index, app.library_for, cert_index)
            + keystore_pins(app, index) + trustkit_pins(app, index, as_of))
