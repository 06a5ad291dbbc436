"""Pins the app's code declares, as pin inventory entries:

- OkHttp 3/4 (`okhttp3.CertificatePinner.Builder`) and OkHttp 2 (`com.squareup.okhttp...`): one `Pinner` per
  builder object, with every `add()` made on it (chained, through a local, a field, a helper's parameter or a
  factory's return value), and one entry per host pattern with all its pins (`okhttp_pinners`);
- TrustKit-Android (`TrustKit.initializeWithNetworkSecurityConfiguration`): its policies, read from the
  network security config as TrustKit reads it (`<trustkit-config>` and `<report-uri>` included);
- pinning libraries and custom code (moxie0 AndroidPinning, Cronet, Wultra, certificate transparency, trust
  managers that compare the server key's digest with constants): see `pinlibs.py`;
- key stores and certificates bundled in res/raw or assets and loaded into a `TrustManagerFactory`
  (PEM, DER, PKCS#12, BKS): the app trusts only those keys (source "keystore").

A host or pin that is not a constant still makes an entry: its pattern (or `?`), the constant pins, and
`runtime` with where the rest comes from (`pinvalues.py`); such entries also get a coverage warning. Each
pin is checked (digest and length) and matched against bundled certificates.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import struct
from dataclasses import dataclass, field

from pinscan.android.code import CodeIndex, Method, Site, searched
from pinscan.android.flow import (
    Chars,
    Field,
    Frame,
    New,
    Param,
    Result,
    Value,
    analysis,
    call_args,
    constants,
    handlers_at,
    returns_receiver,
)
from pinscan.android.pinentry import CodePin, runtime_sources, sorted_pins, with_certificate
from pinscan.android.pinvalues import Found, Resolver, short
from pinscan.errors import PartError
from pinscan.facts.certs import CertInfo, parse_certificates
from pinscan.facts.expiry import expired
from pinscan.facts.hosts import OKHTTP, HostPattern
from pinscan.limits import MAX_CERT_FILE
from pinscan.model import CoverageNote, Pin, PinEntry, RuntimeSource

OKHTTP3_BUILDER = "Lokhttp3/CertificatePinner$Builder;"
OKHTTP2_BUILDER = "Lcom/squareup/okhttp/CertificatePinner$Builder;"
OKHTTP3_ADD = OKHTTP3_BUILDER + "->add"
OKHTTP2_ADD = OKHTTP2_BUILDER + "->add"
PIN_CALLS = (OKHTTP3_ADD, OKHTTP2_ADD)
BUILD_CALLS = (OKHTTP3_BUILDER + "->build", OKHTTP2_BUILDER + "->build")
# Where a built pinner is installed: the client builders' setters (OkHttp 3/4, and OkHttp 2's client).
PINNER_SETTERS = ("Lokhttp3/OkHttpClient$Builder;->certificatePinner",
                  "Lcom/squareup/okhttp/OkHttpClient;->setCertificatePinner")
returns_receiver(OKHTTP3_BUILDER, OKHTTP2_BUILDER)
PIN_PREFIXES = searched("prefix", "sha256/", "sha1/")
TRUSTKIT_INIT = "Lcom/datatheorem/android/trustkit/TrustKit;->initializeWithNetworkSecurityConfiguration"
TMF_INIT = "Ljavax/net/ssl/TrustManagerFactory;->init"
KEYSTORE_LOAD = "Ljava/security/KeyStore;->load"
OPEN_RAW = "Landroid/content/res/Resources;->openRawResource"
OPEN_ASSET = "Landroid/content/res/AssetManager;->open"
searched("method", *PIN_CALLS, *BUILD_CALLS, *PINNER_SETTERS, TRUSTKIT_INIT, TMF_INIT, KEYSTORE_LOAD, OPEN_RAW,
         OPEN_ASSET)
_DIGEST_BYTES = {"sha256": 32, "sha1": 20}
MAX_CONTEXTS = 64  # contexts (caller chains) one add() is resolved in
_ADD_THROWS = ("Ljava/lang/IllegalArgumentException;", "Ljava/lang/RuntimeException;", "Ljava/lang/Exception;",
               "Ljava/lang/Throwable;", None)


def okhttp_pin(text: str) -> Pin:
    """`sha256/BASE64` or `sha1/BASE64` as OkHttp parses them; see `okhttp_add_throws` for which problems make
    `add()` throw (a digest of the wrong length does not: that pin just never matches)."""
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
                   f"decodes to {len(raw)} bytes, a {algo.upper()} digest has {_DIGEST_BYTES[algo]}: it never matches")
    return Pin(algo, value)


def okhttp_add_throws(text: str) -> bool:
    """Whether `CertificatePinner.Builder.add` throws on this pin (no sha256/ or sha1/ prefix, or not base64)."""
    pin = okhttp_pin(text)
    return not pin.valid and (pin.problem or "").endswith("throws")


# --- OkHttp CertificatePinner -----------------------------------------------------------------------------

@dataclass(frozen=True)
class PinAdd:
    """One `add(pattern, pins...)` call as it runs in one context (a helper's add once per caller)."""

    site: Site  # the add() call
    at: tuple[Method, int]  # where the pattern is given: the add, or the outermost helper call
    hosts: Found
    pins: Found
    caught: bool  # the add runs inside a handler that catches what it throws


@dataclass
class Pinner:
    """One OkHttp CertificatePinner being built: every `add()` on one `CertificatePinner.Builder` object.

    OkHttp checks a connection to host H against the pins of every pattern of the pinner that covers H, and
    accepts the chain when any of them matches. `made_at` is where the builder is made (None when not found:
    a builder passed in or kept in a field written outside the app's code); `built_at` are the `build()`
    calls on it, the values `OkHttpClient.Builder.certificatePinner(...)` receives (see `pinner_installs`).
    """

    key: tuple
    okhttp2: bool
    label: str  # stable, readable identity: PinEntry.pinner
    made_at: Site | None = None
    adds: list[PinAdd] = field(default_factory=list)
    built_at: list[Site] = field(default_factory=list)

    @property
    def library(self) -> str:
        return "OkHttp 2" if self.okhttp2 else "OkHttp 3/4"


class _Union:
    def __init__(self) -> None:
        self.parent: dict[tuple, tuple] = {}

    def find(self, k: tuple) -> tuple:
        self.parent.setdefault(k, k)
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def union(self, a: tuple, b: tuple) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


class _PinnerFinder:
    def __init__(self, index: CodeIndex, resolver: Resolver) -> None:
        self.index = index
        self.an = analysis(index)
        self.r = resolver
        self.union = _Union()

    def builder_key(self, v: Value | None, fr: Frame, depth: int = 3) -> tuple:
        """Which builder object a receiver value is: where it is made, or the field that holds it."""
        if isinstance(v, New):
            return ("new", v.method, v.off)
        if isinstance(v, Field):
            return ("field", v.ref)
        if isinstance(v, Result) and depth > 0:
            callee = self.r.method(v.ref)
            cfr = self.an.frame(callee) if callee is not None and callee.code_off else None
            if cfr is not None and cfr.complete and isinstance(cfr.returns, (New, Field, Result)):
                return self.builder_key(cfr.returns, cfr, depth - 1)
        if isinstance(v, Param):
            return ("param", fr.method.ref, v.k)
        return ("value", fr.method.ref, repr(v)[:200])

    def contexts(self, fr: Frame, i: int) -> list[tuple[tuple[Value | None, Frame], tuple, tuple, tuple]]:
        """(receiver, host, pins) of the add at `i`, each as (value, frame), in every context that gives the
        receiver: a helper's parameters are replaced by each caller's arguments (up to 3 levels, and at most
        `MAX_CONTEXTS` contexts; past that a helper's builder stays a parameter)."""
        recv, args = fr.call(i)
        host = args[0] if args else None
        pins = args[1] if len(args) > 1 else None
        out: list = []

        def expand(r, h, p, chain: tuple, depth: int) -> None:
            rv, rfr = r
            callers = self.r.callers(rfr.method) if isinstance(rv, Param) and depth > 0 else []
            if len(out) + len(callers) > MAX_CONTEXTS:
                callers = []
            if not callers:
                out.append((r, h, p, chain))
                return
            for cfr, ci in callers:
                _, cargs = cfr.call(ci)

                def up(role, cargs=cargs, cfr=cfr):
                    v, f = role
                    if f is rfr and isinstance(v, Param):
                        return (cargs[v.k] if v.k < len(cargs) else None, cfr)
                    return role
                expand(up(r), up(h), up(p), chain + ((cfr.method, cfr.code.insns[ci].off),), depth - 1)

        expand((recv, fr), (host, fr), (pins, fr), (), 3)
        return out

    def find(self) -> list[Pinner]:
        index = self.index
        adds: list[tuple[tuple, PinAdd, bool]] = []
        for site in index.invocations(PIN_CALLS):
            fr = self.an.frame(site.method)
            i = fr.code.by_off.get(site.insn.off) if fr is not None else None
            if fr is None or i is None or not fr.live(i):
                continue
            caught = any(t in _ADD_THROWS for t, _ in handlers_at(fr.code, site.insn.off))
            for (rv, rfr), (hv, hfr), (pv, pfr), chain in self.contexts(fr, i):
                key = self.union.find(self.builder_key(rv, rfr))
                at = chain[-1] if chain else (site.method, site.insn.off)
                add = PinAdd(site, at, self.r.resolve(hv, hfr), self.r.resolve(pv, pfr), caught)
                adds.append((key, add, site.target == OKHTTP2_ADD))
        if not adds:
            return []
        # A builder made in one place and kept in a field is one object: join the field with what is written.
        for key, _, _ in list(adds):
            if key[0] == "field":
                for wfr, wi in self.r.writers(key[1]):
                    stored = wfr.value(wi, wfr.code.insns[wi].regs[0])
                    if isinstance(stored, (New, Result, Field)):
                        self.union.union(key, self.builder_key(stored, wfr))
        pinners: dict[tuple, Pinner] = {}
        for key, add, okhttp2 in adds:
            root = self.union.find(key)
            p = pinners.get(root)
            if p is None:
                p = pinners[root] = Pinner(root, okhttp2, "")
            p.adds.append(add)
        keys_of: dict[tuple, list[tuple]] = {}
        for k in list(self.union.parent):
            keys_of.setdefault(self.union.find(k), []).append(k)
        for root, p in pinners.items():
            members = sorted(keys_of.get(root, [root]))
            p.label, p.made_at = self._identity(members, p)
        # Two builders in one method and line (no debug info, or one long statement) stay two pinners.
        by_label: dict[str, list[Pinner]] = {}
        for p in pinners.values():
            by_label.setdefault(p.label, []).append(p)
        for same in by_label.values():
            if len(same) > 1:
                for k, p in enumerate(sorted(same, key=lambda p: p.key), start=1):
                    p.label = f"{p.label} #{k}"

        for site in index.invocations(BUILD_CALLS):
            fr = self.an.frame(site.method)
            i = fr.code.by_off.get(site.insn.off) if fr is not None else None
            if fr is None or i is None or not fr.live(i):
                continue
            recv, _ = fr.call(i)
            root = self.union.find(self.builder_key(recv, fr))
            if root in pinners:
                pinners[root].built_at.append(site)
        return sorted(pinners.values(), key=lambda p: p.label)

    def _identity(self, members: list[tuple], p: Pinner) -> tuple[str, Site | None]:
        what = "OkHttp 2 CertificatePinner.Builder" if p.okhttp2 else "CertificatePinner.Builder"
        for k in members:
            if k[0] == "new":
                m = self.r.method(k[1])
                code = self.index.code(m) if m is not None else None
                j = code.by_off.get(k[2]) if code is not None else None
                site = Site(m, code.insns[j], what) if j is not None else None
                return f"{what} made in {self.r.where(k[1], k[2])}", site
        for k in members:
            if k[0] == "field":
                return f"{what} kept in field {short(k[1])}", None
        k = members[0]
        if k[0] == "param":
            return f"{what} passed as parameter {k[2] + 1} of {k[1]}", None
        first = min(p.adds, key=lambda a: (a.site.method.ref, a.site.insn.off))
        return f"{what} used in {self.index.where(first.site.method, first.site.insn.off)}", None


def okhttp_pinners(index: CodeIndex, resolver: Resolver) -> list[Pinner]:
    """Every OkHttp CertificatePinner the code builds (see `Pinner`)."""
    return _PinnerFinder(index, resolver).find()


def pinner_installs(index: CodeIndex, pinner: Pinner) -> list:
    """Flows (flow.Flow) from the pinner's `build()` results into `OkHttpClient.Builder.certificatePinner`
    (or OkHttp 2's `setCertificatePinner`): the clients that enforce its pins."""
    an = analysis(index)
    origins = []
    for site in pinner.built_at:
        fr = an.frame(site.method)
        i = fr.code.by_off.get(site.insn.off) if fr is not None else None
        if i is not None:
            origins.append((site.method, i, (f"{index.text(site.method, site.insn)} in "
                                             f"{index.where(site.method, site.insn.off)}",), frozenset()))
    return an.trace(origins, PINNER_SETTERS) if origins else []


def _where_short(index: CodeIndex, m: Method, off: int) -> str:
    src = m.cls.source_file
    line = index.line(m, off)
    return f"{src}:{line}" if src and line else index.where(m, off)


def pinner_entries(index: CodeIndex, pinner: Pinner, library_for, cert_index: dict[str, str]) -> list[CodePin]:
    """One entry per host pattern of the pinner, with every pin any add() gives it."""
    by_pattern: dict[str, list[PinAdd]] = {}
    for add in sorted(pinner.adds, key=lambda a: (a.at[0].ref, a.at[1], a.site.method.ref, a.site.insn.off)):
        hosts = add.hosts.strings + (["?"] if add.hosts.sources or not add.hosts.strings else [])
        for h in hosts:
            by_pattern.setdefault(h, []).append(add)
    # add() throws on an invalid pattern or pin; uncaught, the builder (and the pinner) is never finished.
    throws = []
    for add in pinner.adds:
        if add.caught:
            continue
        bad = [h for h in add.hosts.strings if HostPattern(h, OKHTTP).problem()]
        bad_pins = [p for p in add.pins.strings if okhttp_add_throws(p)]
        where = _where_short(index, add.site.method, add.site.insn.off)
        if bad:
            throws.append(f"CertificatePinner.Builder.add throws on the pattern {bad[0]!r} ({where}): "
                          "this pinner is never built")
        elif bad_pins:
            host = add.hosts.strings[0] if add.hosts.strings else "?"
            throws.append(f"CertificatePinner.Builder.add throws on an invalid pin for {host} ({where}): "
                          "this pinner is never built")
    throws = list(dict.fromkeys(throws))
    out = []
    for pattern_text, adds in by_pattern.items():
        raw: list[str] = []
        pin_sources: list[RuntimeSource] = []
        host_sources: list[RuntimeSource] = []
        via: list[str] = []
        for a in adds:
            raw.extend(p for p in a.pins.strings if p not in raw)
            pin_sources.extend(s for s in runtime_sources("pin", a.pins) if s not in pin_sources)
            if pattern_text == "?":
                host_sources.extend(s for s in runtime_sources("host", a.hosts) if s not in host_sources)
            via.extend(t for t in a.pins.via + a.hosts.via if t not in via)
        pins = sorted_pins(with_certificate(okhttp_pin(p), cert_index) for p in raw)
        reasons = list(throws)
        notes = []
        pattern = HostPattern(pattern_text, OKHTTP)
        if pattern_text != "?" and not pattern.problem() and pattern.name.startswith("**."):
            if pinner.okhttp2:
                reasons.append("OkHttp 2 has no '**.' patterns: it looks the pattern up literally and pins no host")
            else:
                notes.append("'**.' patterns need OkHttp 4.3 or later; with OkHttp 3 and earlier 4.x versions "
                             "this pattern pins no host")
        runtime = bool(pin_sources or host_sources)
        if not raw and not runtime:
            reasons.append("add() is given no pin: this pattern pins nothing")
        elif pins and not runtime and all(not p.valid for p in pins) and not throws:
            reasons.append("no pin for this pattern can match a certificate: " + pins[0].problem)
        places = list(dict.fromkeys(_where_short(index, *a.at) for a in adds))
        if len(places) > 1:
            notes.append(f"pins from {len(places)} add() calls on one {pinner.library} CertificatePinner.Builder: "
                         + ", ".join(places))
        notes.extend(f"constants found through {t}" for t in via)
        first = adds[0]
        loc = index.location(first.at[0], first.at[1])
        out.append(CodePin(PinEntry(
            host=pattern_text, include_subdomains=False, pins=pins, source="okhttp", location=loc,
            enforced=not reasons, not_enforced_because=tuple(reasons), notes=tuple(notes), runtime=runtime,
            runtime_sources=tuple(host_sources + pin_sources), pinner=pinner.label,
        ), first.site, library_for(first.site.method.cls.desc), tuple(raw)))
    return out


def okhttp_pins(index: CodeIndex, pinners: list[Pinner], library_for, cert_index: dict[str, str]) -> list[CodePin]:
    out = []
    for p in pinners:
        out.extend(pinner_entries(index, p, library_for, cert_index))
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
            app.coverage.append(CoverageNote(path, "failed", f"key store loaded by {site.method.readable}: {exc}"))
            continue
        pins = tuple(dict.fromkeys(Pin("SHA-256", c.spki_sha256, True, None, c.path) for c in certs))
        loc = index.location(site.method, site.insn.off)
        what = f"{fmt} {path} loaded into a TrustManagerFactory in {site.method.readable}"
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
    """Every pin inventory entry the code gives. Each producer is one part: one that fails (a bug, a dex
    that breaks an assumption) is a coverage note, and the others' entries are still reported."""
    from pinscan.android import pinlibs

    index = app.code
    cert_index = app.certificate_index()
    resolver = app.value_resolver
    producers = [
        ("OkHttp CertificatePinner", lambda: okhttp_pins(index, app.okhttp_pinners, app.library_for, cert_index)),
        ("AndroidPinning", lambda: pinlibs.androidpinning_pins(app, index, resolver, cert_index, as_of)),
        ("Cronet", lambda: pinlibs.cronet_pins(app, index, resolver, cert_index, as_of)),
        ("Wultra", lambda: pinlibs.wultra_pins(app, index, resolver)),
        ("certificate transparency", lambda: pinlibs.ct_entries(app, index, resolver)),
        ("custom trust managers", lambda: pinlibs.custom_pins(app, index, resolver, cert_index)),
        ("key stores", lambda: keystore_pins(app, index)),
        ("TrustKit", lambda: trustkit_pins(app, index, as_of)),
    ]
    pins: list[CodePin] = []
    for name, produce in producers:
        try:
            pins.extend(produce())
        except PartError:
            raise  # a broken dex: the caller reports it for the whole code
        except Exception as exc:  # noqa: BLE001 - one producer must not hide the others' pins
            app.coverage.append(CoverageNote("pins in code", "failed",
                                             f"{name}: internal error: {type(exc).__name__}: {exc}"))
    for cp in pins:
        e = cp.entry
        if e.runtime:
            what = ", ".join(dict.fromkeys(f"{s.role} from {s.kind}" for s in e.runtime_sources)) or "not recovered"
            app.coverage.append(CoverageNote("pins in code", "warning",
                                             f"{e.source} pins for {e.host} at {e.location.short()} are supplied at "
                                             f"run time ({what}; see the pin inventory): pinscan cannot check them"))
    return pins
