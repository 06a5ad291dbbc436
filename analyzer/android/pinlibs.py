"""Pinning that libraries and the app's own code do outside OkHttp's CertificatePinner, recovered from the
bytecode by the libraries' API signatures and by the shape of the code:

- moxie0's AndroidPinning (`org.thoughtcrime.ssl.pinning`): `PinningHelper.getPinnedHttpsURLConnection(
  context, pins, url)` (host from the URL), `getPinnedHttpClient(context, pins)`, `new PinningTrustManager(
  keyStore, pins, enforceUntilTimestampMillis)` and `new PinningSSLSocketFactory(context, pins, enforceUntil)`:
  hex SPKI digests, SHA-1 (40 digits) in moxie0's build; when the app bundles the library, the digest its
  `PinningTrustManager` computes decides which length can match. After `enforceUntilTimestampMillis` (0:
  forever) the library falls back to the system's CA validation. Source "androidpinning".
- Cronet and Android's HttpEngine: `CronetEngine.Builder.addPublicKeyPins(host, Set<byte[]> pinsSha256,
  includeSubdomains, expirationDate)`; Cronet throws on a pin that is not 32 bytes or a host of only digits
  and dots, ignores pins after their expiration date, and by default bypasses them for chains to
  user-installed CAs (`enablePublicKeyPinningBypassForLocalTrustAnchors`). Source "cronet".
- Wultra's dynamic SSL pinning (`com.wultra.android.sslpinning`): `CertStoreConfiguration.Builder(serviceUrl,
  publicKey).expectedCommonNames(...)`: the fingerprints (SHA-256 of the whole certificate) are downloaded,
  signed, at run time. Source "wultra", `runtime`.
- Certificate Transparency (appmattus `com.appmattus.certificatetransparency`, its babylon predecessor):
  `CTInterceptorBuilder` / `CTTrustManagerBuilder` / `CTHostnameVerifierBuilder` with `includeHost`
  (Kotlin DSL `+"host"`), `excludeHost`, `failOnError`. Not pins: entries of source
  "certificate-transparency" with no pins, enforced unless `failOnError` is false; the gate never counts
  them as pinning.
- Trust managers and hostname verifiers that digest the server's key (`getPublicKey().getEncoded()`) or
  certificate (`getEncoded()`) with `MessageDigest.getInstance(algorithm)` and compare the digest (as bytes,
  base64 or hex) with constants: the constants compared, labelled by the algorithm's digest. Source "custom".
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import re
from dataclasses import dataclass

from pinscan.android.code import CodeIndex, Method, Site, searched
from pinscan.android.flow import (
    Array,
    Const,
    Elem,
    Field,
    Frame,
    New,
    OneOf,
    Result,
    Value,
    acceptance,
    analysis,
    parse_proto,
    returns_receiver,
    split_ref,
)
from pinscan.android.pinentry import CodePin, runtime_sources, sorted_pins, with_certificate
from pinscan.android.pinvalues import Found, Resolver, Source, short
from pinscan.facts.expiry import expired
from pinscan.model import CT_SOURCE, Pin, PinEntry, RuntimeSource

ANDROIDPINNING = "Lorg/thoughtcrime/ssl/pinning/"
AP_HELPERS = ("Lorg/thoughtcrime/ssl/pinning/util/PinningHelper;", "Lorg/thoughtcrime/ssl/pinning/PinningHelper;")
AP_TRUST_MANAGER = "Lorg/thoughtcrime/ssl/pinning/PinningTrustManager;"
AP_SOCKET_FACTORY = "Lorg/thoughtcrime/ssl/pinning/PinningSSLSocketFactory;"
AP_CALLS = searched("method", *(h + "->getPinnedHttpsURLConnection" for h in AP_HELPERS),
                    *(h + "->getPinnedHttpClient" for h in AP_HELPERS), AP_TRUST_MANAGER + "-><init>",
                    AP_SOCKET_FACTORY + "-><init>")
CRONET_BUILDERS = ("Lorg/chromium/net/CronetEngine$Builder;", "Lorg/chromium/net/ExperimentalCronetEngine$Builder;",
                   "Landroid/net/http/HttpEngine$Builder;")
CRONET_PINS = searched("method", *(b + "->addPublicKeyPins" for b in CRONET_BUILDERS))
CRONET_BYPASS = searched("method", *(b + "->enablePublicKeyPinningBypassForLocalTrustAnchors" for b in CRONET_BUILDERS))
WULTRA_BUILDER = "Lcom/wultra/android/sslpinning/CertStoreConfiguration$Builder;"
WULTRA_CALLS = searched("method", WULTRA_BUILDER + "-><init>", WULTRA_BUILDER + "->expectedCommonNames")
CT_PACKAGES = {"Lcom/appmattus/certificatetransparency/": "appmattus certificatetransparency",
               "Lcom/babylon/certificatetransparency/": "babylon certificatetransparency"}
CT_BUILDERS = tuple(p + c for p in CT_PACKAGES for c in ("CTInterceptorBuilder;", "CTTrustManagerBuilder;",
                                                         "CTHostnameVerifierBuilder;"))
CT_CALLS = searched("method", *(b + "->" + n for b in CT_BUILDERS for n in (
    "includeHost", "unaryPlus", "excludeHost", "unaryMinus", "setFailOnError", "build")))
CT_PROVIDER = searched("method", "Lcom/appmattus/certificatetransparency/CTProviderKt;->"
                                 "installCertificateTransparencyProvider")
returns_receiver(*CRONET_BUILDERS, WULTRA_BUILDER, *CT_BUILDERS)
MESSAGE_DIGEST = "Ljava/security/MessageDigest;->getInstance"
KEY_CALLS = ("Ljava/security/cert/X509Certificate;->getPublicKey", "Ljava/security/cert/Certificate;->getPublicKey",
             "Ljava/security/PublicKey;->getEncoded", "Ljava/security/Key;->getEncoded")
searched("method", MESSAGE_DIGEST, *KEY_CALLS)
# Classes of pinning libraries whose own entries come from their API calls, not from their trust managers.
_LIBRARY_PINNERS = (ANDROIDPINNING, "Lcom/datatheorem/android/trustkit/", "Lcom/wultra/android/sslpinning/",
                    "Lokhttp3/", "Lcom/squareup/okhttp/", *CT_PACKAGES)
_DIGESTS = {"sha256": ("sha256", 32), "sha-256": ("sha256", 32), "sha1": ("sha1", 20), "sha-1": ("sha1", 20),
            "sha": ("sha1", 20), "sha384": ("sha384", 48), "sha-384": ("sha384", 48), "sha512": ("sha512", 64),
            "sha-512": ("sha512", 64), "md5": ("md5", 16)}
_HEX = re.compile(r"^(?:[0-9a-fA-F]{2})+$")
_HEX_COLONS = re.compile(r"^[0-9a-fA-F]{2}(?::[0-9a-fA-F]{2})+$")


def _iso(millis: int) -> str | None:
    try:
        return dt.datetime.fromtimestamp(millis / 1000, dt.UTC).date().isoformat()
    except (OverflowError, OSError, ValueError):
        return None


def _live_sites(index: CodeIndex, refs, an=None) -> list[tuple[Site, Frame, int]]:
    an = an or analysis(index)
    out = []
    for site in index.invocations(refs):
        fr = an.frame(site.method)
        i = fr.code.by_off.get(site.insn.off) if fr is not None else None
        if fr is not None and i is not None and fr.live(i):
            out.append((site, fr, i))
    return out


def _where(index: CodeIndex, m: Method, off: int) -> str:
    src = m.cls.source_file
    line = index.line(m, off)
    return f"{src}:{line}" if src and line else index.where(m, off)


def _calls_on(fr: Frame, obj: Value, names: set[str]) -> list[tuple[int, str, list[Value]]]:
    """(index, ref, arguments) of the live calls named `names` whose receiver is the object `obj`."""
    out = []
    for i in fr.live_indices:
        ins = fr.code.insns[i]
        if ins.kind != "method":
            continue
        ref = fr.method.dex.method_ref(ins.idx)
        if split_ref(ref)[1] not in names:
            continue
        recv, args = fr.call(i, ref)
        if recv is not None and _same(recv, obj):
            out.append((i, ref, args))
    return out


def _same(a: Value, b: Value) -> bool:
    if isinstance(a, (New, Array, Result, Field)) and type(a) is type(b):
        return a.method == b.method and a.off == b.off
    return a == b


def _url_host(resolver: Resolver, v: Value | None, fr: Frame) -> tuple[list[str], Found]:
    """Hosts of a `new URL(...)` (or `URL(String)` from a constant), with the sources of what is not constant."""
    found = Found()
    if isinstance(v, New) and v.cls == "Ljava/net/URL;":
        for _, _, args in _calls_on(fr, v, {"<init>"}):
            if len(args) == 1:
                found = resolver.resolve(args[0], fr)
            elif len(args) >= 2:  # URL(protocol, host, ...)
                found = resolver.resolve(args[1], fr)
                return [h for h in found.strings], found
    elif v is not None:
        found.add_source(Source("method-result", f"a URL made at run time (in {fr.method.readable})"))
    hosts = []
    for s in found.strings:
        m = re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)", s)
        if m and m.group(1):
            hosts.append(m.group(1).lower())
    return hosts, found


# --- moxie0 AndroidPinning ----------------------------------------------------------------------------------

def _bundled_digest(index: CodeIndex) -> str | None:
    """The digest the bundled PinningTrustManager computes ("sha1" / "sha256"), when the app ships it."""
    ci = index.cls(AP_TRUST_MANAGER)
    if ci is None:
        return None
    for m in index.methods(ci):
        code = index.code(m)
        for ins in code.insns if code else ():
            if ins.name.startswith("const-string"):
                got = _DIGESTS.get(m.dex.string(ins.idx).lower())
                if got:
                    return got[0]
    return None


def _hex_pin(text: str, bundled: str | None) -> Pin:
    """An AndroidPinning pin: hex digits of the SPKI digest the bundled PinningTrustManager computes."""
    t = text.strip()
    algo = {40: "sha1", 64: "sha256"}.get(len(t))
    if not re.fullmatch(r"[0-9a-fA-F]+", t):
        return Pin(algo or "hex", t, False, "not hex digits: AndroidPinning decodes it into bytes that never match")
    if algo is None:
        return Pin("hex", t, False, f"{len(t)} hex digits: neither a SHA-1 (40) nor a SHA-256 (64) digest, it "
                                    "never matches")
    if bundled and bundled != algo:
        return Pin(algo, t, False, f"a {algo.upper()} digest, but the bundled PinningTrustManager computes "
                                   f"{bundled.upper()}: it never matches")
    return Pin(algo, t)


def androidpinning_pins(app, index: CodeIndex, resolver: Resolver, cert_index: dict[str, str],
                        as_of: dt.date) -> list[CodePin]:
    bundled = _bundled_digest(index)
    out = []
    for site, fr, i in _live_sites(index, AP_CALLS):
        if site.method.cls.desc.startswith(ANDROIDPINNING):
            continue  # the library calling itself: its entry comes from the app's call
        ref = site.method.dex.index_text(site.insn)
        cls, name, proto = split_ref(ref)
        params, _ = parse_proto(proto)
        _, args = fr.call(i, ref)
        k = params.index("[Ljava/lang/String;") if "[Ljava/lang/String;" in params else None
        pins_found = resolver.resolve(args[k], fr) if k is not None and k < len(args) else Found()
        until = None
        if k is not None and k + 1 < len(params) and params[k + 1] == "J" and k + 1 < len(args):
            until = args[k + 1]
        hosts: list[str] = ["*"]
        host_found = Found()
        if name == "getPinnedHttpsURLConnection":
            url = args[2] if len(args) > 2 else None
            got, host_found = _url_host(resolver, url, fr)
            hosts = got or ["?"]
        what = {"getPinnedHttpsURLConnection": "the HttpsURLConnection PinningHelper.getPinnedHttpsURLConnection "
                                               "returns",
                "getPinnedHttpClient": "the HttpClient PinningHelper.getPinnedHttpClient returns",
                "<init>": "connections that use this "
                          + ("PinningTrustManager" if cls == AP_TRUST_MANAGER else "PinningSSLSocketFactory")}[name]
        notes = [f"applies to {what}; the chain must also pass the system's CA validation"]
        reasons = []
        expiration = None
        if isinstance(until, Const) and isinstance(until.value, int) and until.value > 0:
            expiration = _iso(until.value)
            if expiration and expired(dt.date.fromisoformat(expiration), as_of):
                reasons.append(f"enforceUntilTimestampMillis passed on {expiration}: AndroidPinning falls back to "
                               "the system's CA validation")
        elif until is not None and not (isinstance(until, Const) and until.value == 0):
            notes.append("enforceUntilTimestampMillis is computed at run time: after it the pins are not enforced")
        raw = pins_found.strings
        pins = sorted_pins(with_certificate(_hex_pin(p, bundled), cert_index) for p in raw)
        runtime = bool(pins_found.sources or host_found.sources)
        if not raw and not runtime:
            reasons.append("no pins: AndroidPinning accepts no chain")
        elif pins and not runtime and all(not p.valid for p in pins):
            reasons.append("no pin can match: " + (pins[0].problem or "invalid"))
        notes.extend(f"constants found through {t}" for t in pins_found.via)
        loc = index.location(site.method, site.insn.off)
        for h in hosts:
            out.append(CodePin(PinEntry(
                host=h, include_subdomains=h == "*", pins=pins, source="androidpinning", location=loc,
                expiration=expiration, enforced=not reasons, not_enforced_because=tuple(reasons), notes=tuple(notes),
                runtime=runtime,
                runtime_sources=runtime_sources("host", host_found) + runtime_sources("pin", pins_found),
            ), site, app.library_for(site.method.cls.desc), tuple(raw)))
    return out


# --- Cronet -------------------------------------------------------------------------------------------------

def _date(resolver: Resolver, v: Value | None, fr: Frame) -> tuple[str | None, bool]:
    """(ISO date, known) of a `new Date(millis)` argument."""
    if isinstance(v, New) and v.cls == "Ljava/util/Date;":
        for _, _, args in _calls_on(fr, v, {"<init>"}):
            if len(args) == 1 and isinstance(args[0], Const) and isinstance(args[0].value, int):
                return _iso(args[0].value), True
    return None, False


def cronet_pins(app, index: CodeIndex, resolver: Resolver, cert_index: dict[str, str],
                as_of: dt.date) -> list[CodePin]:
    out = []
    for site, fr, i in _live_sites(index, CRONET_PINS):
        recv, args = fr.call(i)
        if len(args) < 4:
            continue
        host_found = resolver.resolve(args[0], fr)
        pins_found = resolver.resolve(args[1], fr)
        sub = args[2]
        include = isinstance(sub, Const) and sub.value == 1
        expiration, known = _date(resolver, args[3], fr)
        notes: list[str] = []
        reasons: list[str] = []
        if not isinstance(sub, Const):
            notes.append("includeSubdomains is computed at run time: shown as false")
        if not known:
            notes.append("the expiration date is computed at run time: after it Cronet ignores these pins")
        elif expiration and expired(dt.date.fromisoformat(expiration), as_of):
            reasons.append(f"the pins expired on {expiration}: Cronet ignores them")
        bypass = _calls_on(fr, recv, {"enablePublicKeyPinningBypassForLocalTrustAnchors"}) if recv is not None else []
        if not any(isinstance(a[0], Const) and a[0].value == 0 for _, _, a in bypass if a):
            notes.append("enablePublicKeyPinningBypassForLocalTrustAnchors is true (the default): a chain that ends "
                         "in a user-installed CA is accepted without checking these pins")
        pins = []
        for v in pins_found.values:
            if isinstance(v, bytes):
                text = base64.b64encode(v).decode()
                pins.append(Pin("sha256", text) if len(v) == 32 else Pin(
                    "sha256", text, False, f"{len(v)} bytes: addPublicKeyPins throws on a pin that is not 32 bytes "
                                           "(SHA-256)"))
            elif isinstance(v, str):
                pins.append(Pin("sha256", v, False, "a string, not the byte[] digest Cronet expects"))
        pins_t = sorted_pins(with_certificate(p, cert_index) for p in pins)
        if any(not p.valid and "throws" in (p.problem or "") for p in pins_t):
            reasons.append("addPublicKeyPins throws on a pin that is not 32 bytes: the engine is never built")
        hosts = host_found.strings + (["?"] if host_found.sources or not host_found.strings else [])
        runtime = bool(pins_found.sources)
        if not pins_t and not runtime:
            reasons.append("an empty pin set: Cronet pins nothing for this host")
        notes.extend(f"constants found through {t}" for t in pins_found.via + host_found.via)
        loc = index.location(site.method, site.insn.off)
        for h in hosts:
            r = list(reasons)
            if h != "?" and (re.fullmatch(r"[0-9.]*", h) or len(h) > 255):
                r.append("addPublicKeyPins throws on a host name of only digits and dots (or over 255 "
                         "characters): the engine is never built")
            srcs = runtime_sources("host", host_found) if h == "?" else ()
            out.append(CodePin(PinEntry(
                host=h, include_subdomains=include, pins=pins_t, source="cronet", location=loc, expiration=expiration,
                enforced=not r, not_enforced_because=tuple(r), notes=tuple(notes), runtime=runtime or h == "?",
                runtime_sources=srcs + runtime_sources("pin", pins_found),
            ), site, app.library_for(site.method.cls.desc), tuple(p.value for p in pins_t)))
    return out


# --- Wultra dynamic pinning ---------------------------------------------------------------------------------

def wultra_pins(app, index: CodeIndex, resolver: Resolver) -> list[CodePin]:
    out = []
    for site, fr, i in _live_sites(index, (WULTRA_BUILDER + "-><init>",)):
        if site.method.cls.desc.startswith("Lcom/wultra/"):
            continue
        recv, args = fr.call(i)
        hosts, url_found = _url_host(resolver, args[0] if args else None, fr)
        url = next((s for s in url_found.strings), None)
        names = Found()
        for _, _, a in _calls_on(fr, recv, {"expectedCommonNames"}) if recv is not None else []:
            if a:
                names.merge(resolver.resolve(a[0], fr))
        src = RuntimeSource("pin", "network", "fingerprints downloaded from "
                            + (url or "a service URL computed at run time")
                            + ", signed with the ECDSA key bundled in the app (Wultra CertStore)")
        notes = ("Wultra pins SHA-256 fingerprints of whole certificates; they apply where the app validates with "
                 "the CertStore (SSLPinningIntegration, SSLPinningX509TrustManager, CertStore.validate...)",)
        loc = index.location(site.method, site.insn.off)
        patterns = names.strings + (["?"] if names.sources or not names.strings else [])
        for h in patterns:
            srcs = (src,) + (runtime_sources("host", names) if h == "?" and names.sources else ())
            n = notes if h != "?" or names.sources else notes + (
                "no expectedCommonNames: every common name the downloaded list names",)
            out.append(CodePin(PinEntry(
                host=h, include_subdomains=False, pins=(), source="wultra", location=loc, enforced=True, notes=n,
                runtime=True, runtime_sources=srcs,
            ), site, app.library_for(site.method.cls.desc), ()))
    return out


# --- certificate transparency -------------------------------------------------------------------------------

def ct_entries(app, index: CodeIndex, resolver: Resolver) -> list[CodePin]:
    """One entry per included host of each CT configuration (the builder calls of one method)."""
    by_method: dict[str, list[tuple[Site, Frame, int]]] = {}
    for site, fr, i in _live_sites(index, CT_CALLS):
        if any(site.method.cls.desc.startswith(p) for p in CT_PACKAGES):
            continue
        by_method.setdefault(site.method.ref, []).append((site, fr, i))
    out = []
    for calls in by_method.values():
        include, exclude = Found(), Found()
        fail_on_error = True
        kind = None
        lib = None
        for site, fr, i in calls:
            ref = site.method.dex.index_text(site.insn)
            cls, name, _ = split_ref(ref)
            kind = kind or cls.rsplit("/", 1)[-1].removesuffix(";").removesuffix("Builder")
            lib = lib or next(v for p, v in CT_PACKAGES.items() if cls.startswith(p))
            _, args = fr.call(i, ref)
            if name in ("includeHost", "unaryPlus") and args:
                include.merge(resolver.resolve(args[-1], fr))
            elif name in ("excludeHost", "unaryMinus") and args:
                exclude.merge(resolver.resolve(args[-1], fr))
            elif name == "setFailOnError" and args and isinstance(args[0], Const) and args[0].value == 0:
                fail_on_error = False
        site = calls[0][0]
        hosts = include.strings + (["?"] if include.sources else [])
        notes = [f"Certificate Transparency ({lib} {kind}): the server's certificate must be logged in public CT "
                 "logs; no key is pinned"]
        if not hosts:
            hosts = ["*"]
            notes.append("no includeHost: every host the " + (kind or "builder") + " sees")
        if exclude.strings:
            notes.append("excluded: " + ", ".join(exclude.strings))
        reasons = () if fail_on_error else ("failOnError is false: a failed check is only logged",)
        loc = index.location(site.method, site.insn.off)
        for h in hosts:
            out.append(CodePin(PinEntry(
                host="*" if h == "*.*" else h, include_subdomains=False, pins=(), source=CT_SOURCE, location=loc,
                enforced=fail_on_error, not_enforced_because=reasons, notes=tuple(notes),
                runtime=h == "?", runtime_sources=runtime_sources("host", include) if h == "?" else (),
            ), site, app.library_for(site.method.cls.desc), ()))
    for site, _, _ in _live_sites(index, CT_PROVIDER):
        out.append(CodePin(PinEntry(
            host="*", include_subdomains=False, pins=(), source=CT_SOURCE,
            location=index.location(site.method, site.insn.off), enforced=True,
            notes=("Certificate Transparency (appmattus certificatetransparency security provider): every TLS "
                   "connection of the process; no key is pinned",),
        ), site, app.library_for(site.method.cls.desc), ()))
    return out


# --- trust managers that compare digests -------------------------------------------------------------------

_EQUALITY = {"equals", "equalsIgnoreCase", "contentEquals", "contains", "isEqual", "areEqual", "compare",
             "containsKey", "indexOf", "sameAs"}
_ENCODED = ("Ljava/security/PublicKey;->getEncoded", "Ljava/security/Key;->getEncoded")
_CERT_ENCODED = ("Ljava/security/cert/X509Certificate;->getEncoded", "Ljava/security/cert/Certificate;->getEncoded")


@dataclass(frozen=True)
class _Digest:
    algo: str  # sha256, sha1, ...
    of: str  # "key" (SPKI) or "certificate" or "data"


class _DigestFinder:
    """Which MessageDigest output a value carries (through encoders and the app's helpers)."""

    def __init__(self, index: CodeIndex, resolver: Resolver) -> None:
        self.index = index
        self.an = analysis(index)
        self.r = resolver

    def digest_of(self, v: Value | None, fr: Frame, depth: int = 4) -> _Digest | None:
        if v is None or depth <= 0:
            return None
        if isinstance(v, OneOf):
            for o in sorted(v.options, key=repr):
                got = self.digest_of(o, fr, depth - 1)
                if got:
                    return got
            return None
        if isinstance(v, Elem):
            return self.digest_of(v.array, fr, depth - 1)
        if not isinstance(v, Result):
            return None
        cls, name, _ = split_ref(v.ref)
        if cls == "Ljava/security/MessageDigest;" and name == "digest":
            return self._digest_call(v, fr)
        callee = self.r.method(v.ref)
        if callee is not None and callee.code_off and not callee.cls.desc.startswith(("Ljava/", "Landroid/")):
            cfr = self.an.frame(callee)
            if cfr is not None and cfr.complete:
                got = self.digest_of(cfr.returns, cfr, depth - 1)
                if got:
                    return got
        for a in v.args:
            got = self.digest_of(a, fr, depth - 1)
            if got:
                return got
        return None

    def _digest_call(self, v: Result, fr: Frame) -> _Digest | None:
        md = v.args[0] if v.args else None
        algo = None
        if isinstance(md, Result) and md.ref.startswith(MESSAGE_DIGEST) and md.args:
            got = self.r.resolve(md.args[0], fr, 2).strings if md.method == fr.method.ref else []
            if not got and isinstance(md.args[0], Const) and isinstance(md.args[0].value, str):
                got = [md.args[0].value]
            algo = _DIGESTS.get(got[0].lower(), (got[0].lower(), 0))[0] if got else None
        if algo is None:
            return None
        inputs = list(v.args[1:])
        if md is not None and v.method == fr.method.ref:
            inputs += [a[-1] for _, _, a in _calls_on(fr, md, {"update"}) if a]
        of = "data"
        for x in inputs:
            if self._from(x, _ENCODED):
                of = "key"
                break
            if self._from(x, _CERT_ENCODED):
                of = "certificate"
        return _Digest(algo, of)

    def _from(self, v: Value | None, refs: tuple[str, ...], depth: int = 6) -> bool:
        if v is None or depth <= 0:
            return False
        if isinstance(v, Result):
            if any(v.ref.startswith(r) for r in refs):
                return True
            return any(self._from(a, refs, depth - 1) for a in v.args)
        if isinstance(v, OneOf):
            return any(self._from(o, refs, depth - 1) for o in v.options)
        if isinstance(v, Elem):
            return self._from(v.array, refs, depth - 1)
        return False


def _digest_pin(value: object, d: _Digest) -> tuple[Pin, str] | None:
    """A compared constant as a pin of digest `d` (base64, hex, `sha256/` prefixed, colon-separated hex, or
    bytes), and the text as written; None for a constant that is no digest at all (a host name, a label)."""
    size = _DIGESTS.get(d.algo, (d.algo, 0))[1]
    label = d.algo if d.of == "key" else f"{d.algo}-{d.of}"
    if isinstance(value, bytes):
        text = base64.b64encode(value).decode()
        if len(value) == size:
            return Pin(label, text), text
        return Pin(label, text, False, f"{len(value)} bytes, a {d.algo.upper()} digest has {size}: never matches"), text
    if not isinstance(value, str):
        return None
    written = value
    t = value.strip()
    for prefix in ("sha256/", "sha1/", "sha-256/", "sha-1/"):
        if t.lower().startswith(prefix):
            t = t[len(prefix):]
    if _HEX_COLONS.match(t):
        t = t.replace(":", "")
    if _HEX.match(t) and len(t) in (40, 64, 96, 128, 32):
        if len(t) == 2 * size:
            return Pin(label, t), written
        return Pin(label, t, False, f"{len(t)} hex digits, a {d.algo.upper()} digest has {2 * size}: never "
                                    "matches"), written
    try:
        raw = base64.b64decode(t, validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(t) < 16:
        return None
    if len(raw) == size:
        return Pin(label, t), written
    return Pin(label, t, False, f"decodes to {len(raw)} bytes, a {d.algo.upper()} digest has {size}: never "
                                "matches"), written


def custom_pins(app, index: CodeIndex, resolver: Resolver, cert_index: dict[str, str]) -> list[CodePin]:
    """Trust managers and hostname verifiers that digest the server's key or certificate and compare the
    digest with constants: which constants, of which digest."""
    from pinscan.android.trust import (
        HOSTNAME_VERIFIER,
        TRUST_MANAGER_NONNULL,
        VERIFIER_NONNULL,
        X509_TM,
        returns_constant_true,
    )

    an = analysis(index)
    digest_classes = {s.method.cls.desc for s in index.invocations([MESSAGE_DIGEST])}
    finder = _DigestFinder(index, resolver)
    out = []
    seen: set[str] = set()
    for iface, nonnull in ((X509_TM, TRUST_MANAGER_NONNULL), (HOSTNAME_VERIFIER, VERIFIER_NONNULL)):
        for ci in index.implementors(iface):
            if ci.desc in seen or ci.desc.startswith(_LIBRARY_PINNERS):
                continue
            name = "checkServerTrusted" if iface == X509_TM else "verify"
            checks = [m for m in index.methods(ci) if m.name == name and m.code_off]
            if not checks:
                continue
            methods = _reachable(index, an, checks)
            if not {m.cls.desc for m in methods} & digest_classes:
                continue
            seen.add(ci.desc)
            found = _compared_constants(index, resolver, finder, methods)
            if found is None:
                continue
            pins_raw, sources, places, via, compared = found
            pins = sorted_pins(with_certificate(p, cert_index) for p, _ in pins_raw)
            check = checks[0]
            reasons = ()
            if iface == X509_TM:  # a trust manager rejects by throwing
                verdict = acceptance(index, check, nonnull)
                if verdict.accepts_all:
                    reasons = (f"{check.name} never rejects ({verdict.how}): the comparison decides nothing",)
            elif returns_constant_true(index, check) is not None:  # a verifier rejects by returning false
                reasons = (f"{check.name} always returns true: the comparison decides nothing",)
            kinds = sorted({p.digest for p in pins} | compared)
            what = "trust manager" if iface == X509_TM else "hostname verifier"
            against = "these constants" if pins else "values supplied at run time"
            notes = [f"{what} {short(ci.desc)} compares {_describe(kinds)} with "
                     f"{against} ({', '.join(places)}); applies to the connections that use it"]
            notes.extend(f"constants found through {t}" for t in via)
            out.append(CodePin(PinEntry(
                host="*", include_subdomains=True, pins=pins, source="custom", location=index.location(check),
                enforced=not reasons, not_enforced_because=reasons, notes=tuple(notes), runtime=bool(sources),
                runtime_sources=tuple(RuntimeSource("pin", s.kind, s.detail) for s in sources),
            ), None, app.library_for(ci.desc), tuple(w for _, w in pins_raw)))
    return out


def _describe(labels: list[str]) -> str:
    """["sha1", "sha256"] -> "the SHA-1 and SHA-256 digests of the server's key (SPKI)"."""
    if not labels:
        return "a digest of the server's key"
    by_subject: dict[str, list[str]] = {}
    for label in labels:
        algo, _, of = label.partition("-")
        name = {"sha256": "SHA-256", "sha1": "SHA-1", "sha384": "SHA-384", "sha512": "SHA-512", "md5": "MD5"}.get(
            algo, algo.upper())
        by_subject.setdefault(of or "key (SPKI)", []).append(name)
    parts = [f"the {' and '.join(names)} digest{'s' if len(names) > 1 else ''} of the server's {subject}"
             for subject, names in by_subject.items()]
    return " and ".join(parts)


def _reachable(index: CodeIndex, an, roots: list[Method], depth: int = 3) -> list[Method]:
    """The methods `roots` run, through the app's own calls (the library's and the framework's excluded)."""
    seen = {m.ref: m for m in roots}
    frontier = list(roots)
    for _ in range(depth):
        nxt = []
        for m in frontier:
            code = index.code(m)
            for ins in code.insns if code else ():
                if ins.kind != "method":
                    continue
                callee = an.dispatch(m.dex.method_ref(ins.idx), ins.op)
                if callee is not None and callee.ref not in seen and len(seen) < 40:
                    seen[callee.ref] = callee
                    nxt.append(callee)
        frontier = nxt
    return list(seen.values())


def _compared_constants(index: CodeIndex, resolver: Resolver, finder: _DigestFinder, methods: list[Method]):
    """(pins with their text as written, run-time sources, places, via, digests compared) of the comparisons
    between a digest of the server's key or certificate and other values in `methods`; None when nothing is
    compared."""
    an = analysis(index)
    pins: list[tuple[Pin, str]] = []
    sources: list[Source] = []
    places: list[str] = []
    via: list[str] = []
    compared: set[str] = set()  # the digests compared, labelled as pins are
    for m in methods:
        fr = an.frame(m)
        if fr is None or not fr.complete:
            continue
        for i in fr.live_indices:
            ins = fr.code.insns[i]
            if ins.kind != "method":
                continue
            ref = m.dex.method_ref(ins.idx)
            if split_ref(ref)[1] not in _EQUALITY:
                continue
            recv, args = fr.call(i, ref)
            sides = ([recv] if recv is not None else []) + list(args)
            if len(sides) < 2:
                continue
            for a, b in ((sides[0], sides[1]), (sides[1], sides[0])):
                d = finder.digest_of(a, fr)
                if d is None or d.of == "data" or finder.digest_of(b, fr) is not None:
                    continue
                compared.add(d.algo if d.of == "key" else f"{d.algo}-{d.of}")
                found = resolver.resolve(b, fr)
                for v in found.values:
                    got = _digest_pin(v, d)
                    if got and got not in pins:
                        pins.append(got)
                for s in found.sources:
                    if s not in sources:
                        sources.append(s)
                via.extend(t for t in found.via if t not in via)
                place = _where(index, m, ins.off)
                if place not in places:
                    places.append(place)
                break
    return (pins, sources, places, via, compared) if compared else None
