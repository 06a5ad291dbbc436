"""TLS trust facts from the bytecode index: trust managers that accept every chain, hostname verifiers
that accept every host, WebView clients that proceed past TLS errors, and whether such code is wired into
a TLS stack (the sinks below) or is never instantiated (dead code).

Candidates come from the hierarchy (implementors of the framework interfaces, whatever the classes are
called) and from call sites of framework methods; only their methods are decoded.
"""

from __future__ import annotations

from dataclasses import dataclass

from pinscan.android.code import ClassInfo, CodeIndex, Method, Site, searched
from pinscan.android.flow import Acceptance, acceptance, constants, reachable, reaches
from pinscan.model import Confidence, Location

X509_TM = "Ljavax/net/ssl/X509TrustManager;"
HOSTNAME_VERIFIER = "Ljavax/net/ssl/HostnameVerifier;"
WEBVIEW_CLIENT = "Landroid/webkit/WebViewClient;"
CERT_ARRAY = "[Ljava/security/cert/X509Certificate;"

TRUST_MANAGER_SINKS = searched(
    "method",
    "Ljavax/net/ssl/SSLContext;->init",
    "Lokhttp3/OkHttpClient$Builder;->sslSocketFactory",
    "Lcom/squareup/okhttp/OkHttpClient;->setSslSocketFactory",
    "Ljavax/net/ssl/HttpsURLConnection;->setDefaultSSLSocketFactory",
    "Ljavax/net/ssl/HttpsURLConnection;->setSSLSocketFactory",
    "Landroid/net/SSLCertificateSocketFactory;->setTrustManagers",
)
HOSTNAME_VERIFIER_SINKS = searched(
    "method",
    "Ljavax/net/ssl/HttpsURLConnection;->setHostnameVerifier",
    "Ljavax/net/ssl/HttpsURLConnection;->setDefaultHostnameVerifier",
    "Lokhttp3/OkHttpClient$Builder;->hostnameVerifier",
    "Lcom/squareup/okhttp/OkHttpClient;->setHostnameVerifier",
    "Lorg/apache/http/conn/ssl/SSLSocketFactory;->setHostnameVerifier",
)
ACCEPT_ALL_TYPES = searched(
    "type",
    "Lorg/apache/http/conn/ssl/AllowAllHostnameVerifier;",
    "Lorg/apache/http/conn/ssl/NoopHostnameVerifier;",
)
ACCEPT_ALL_FIELDS = searched(
    "field",
    "Lorg/apache/http/conn/ssl/SSLSocketFactory;->ALLOW_ALL_HOSTNAME_VERIFIER",
    "Lorg/apache/http/conn/ssl/AllowAllHostnameVerifier;->INSTANCE",
    "Lorg/apache/http/conn/ssl/NoopHostnameVerifier;->INSTANCE",
)
SSL_CONTEXT_GET, = searched("method", "Ljavax/net/ssl/SSLContext;->getInstance")
PROTOCOL_SETTERS = searched(
    "method",
    "Ljavax/net/ssl/SSLSocket;->setEnabledProtocols",
    "Ljavax/net/ssl/SSLEngine;->setEnabledProtocols",
    "Ljavax/net/ssl/SSLParameters;->setProtocols",
)
# Calls that show a hostname check next to a raw SSLSocketFactory.createSocket.
HOSTNAME_CHECKS = searched(
    "method",
    "Ljavax/net/ssl/HostnameVerifier;->verify",
    "Ljavax/net/ssl/HttpsURLConnection;->getDefaultHostnameVerifier",
    "Ljavax/net/ssl/SSLParameters;->setEndpointIdentificationAlgorithm",
    "Landroid/net/SSLCertificateSocketFactory;->setHostname",
)
INSECURE_SOCKET_CALLS = searched(
    "method",
    "Landroid/net/SSLCertificateSocketFactory;->getInsecure",
    "Landroid/net/SSLCertificateSocketFactory;->createSocket",
    "Ljavax/net/ssl/SSLSocketFactory;->createSocket",
)


def short_ref(ref: str) -> str:
    """`Ljavax/net/ssl/SSLContext;->init(...)V` -> `SSLContext.init`."""
    cls, _, rest = ref.partition("->")
    simple = cls.rstrip(";").rsplit("/", 1)[-1]
    return f"{simple}.{rest.split('(', 1)[0]}"


def short_class(desc: str) -> str:
    return desc[1:-1].replace("/", ".") if desc.startswith("L") and desc.endswith(";") else desc


# --- is it used? ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Usage:
    confidence: Confidence
    summary: str  # "passed to SSLContext.init in Lx;->m()V" / "never instantiated (dead code)"
    evidence: tuple[str, ...]
    related: tuple[Location, ...]


def _where(index: CodeIndex, site: Site) -> str:
    line = index.line(site.method, site.insn.off)
    src = site.method.cls.source_file
    at = f" ({src}:{line})" if src and line else (f" (line {line})" if line else "")
    return f"{site.method.ref}{at}"


def _referenced_from_outside(index: CodeIndex, desc: str) -> bool:
    """Whether code outside class `desc` names it (a type use, a static field, a method of it)."""
    outer = desc[:-1] + "$"
    def outside(s: Site) -> bool:
        return s.method.cls.desc != desc and not s.method.cls.desc.startswith(outer)
    if any(outside(s) for s in index.type_uses([desc])):
        return True
    ci = index.cls(desc)
    if ci is None:
        return True
    refs = [f"{desc}->{m.name}{m.proto}" for m in index.methods(ci) if m.name != "<clinit>"]
    if any(outside(s) for s in index.invocations(refs)):
        return True
    fields = index.static_fields(ci)
    return any(outside(s) for s in index.static_reads(f"{desc}->{f}" for f in fields))


def usage(index: CodeIndex, descs: list[str], sinks: tuple[str, ...], what: str) -> Usage:
    """How a class (or one of its subclasses) reaches a TLS stack: instantiated in a method that calls a
    sink, or in a method whose caller calls one (high); instantiated elsewhere (medium); or never
    instantiated by live code (low, dead code)."""
    news = [s for s in index.type_uses(descs, ops=b"\x22")]
    # An instance made only in the class's own static initializer is live only if others reach the class.
    live = []
    for s in news:
        if s.method.name == "<clinit>" and not _referenced_from_outside(index, s.method.cls.desc):
            continue
        live.append(s)
    if not live:
        return Usage(Confidence.LOW, f"{what} is never instantiated by code that runs: probably dead code",
                     (), ())
    sink_sites = index.invocations(sinks)
    by_method: dict[str, list[Site]] = {}
    for s in sink_sites:
        by_method.setdefault(s.method.ref, []).append(s)
    for s in live:
        hit = by_method.get(s.method.ref)
        if hit:
            ev = (f"new-instance {s.target} in {_where(index, s)}",
                  f"{index.text(hit[0].method, hit[0].insn)} in {_where(index, hit[0])}")
            return Usage(Confidence.HIGH, f"passed to {short_ref(hit[0].target)} in {s.method.ref}", ev,
                         (index.location(hit[0].method, hit[0].insn.off),))
    for s in live:
        for caller in index.invocations([s.method.ref]):
            hit = by_method.get(caller.method.ref)
            if hit:
                ev = (f"new-instance {s.target} in {_where(index, s)}",
                      f"{index.text(caller.method, caller.insn)} in {_where(index, caller)}",
                      f"{index.text(hit[0].method, hit[0].insn)} in {_where(index, hit[0])}")
                return Usage(Confidence.HIGH, f"passed to {short_ref(hit[0].target)} in {caller.method.ref}",
                             ev, (index.location(hit[0].method, hit[0].insn.off),))
    s = live[0]
    return Usage(Confidence.MEDIUM, f"instantiated in {s.method.ref}",
                 (f"new-instance {s.target} in {_where(index, s)}",), (index.location(s.method, s.insn.off),))


def with_subclasses(index: CodeIndex, desc: str) -> list[str]:
    return [desc] + [c.desc for c in index.implementors(desc)]


# --- trust managers ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class TrustAll:
    cls: ClassInfo
    method: Method  # the checkServerTrusted overload shown
    verdict: Acceptance
    overloads: tuple[str, ...]  # every accepting overload's descriptor


def trust_all_managers(index: CodeIndex) -> list[TrustAll]:
    out = []
    for ci in index.implementors(X509_TM):
        methods = [m for m in index.declared(ci, "checkServerTrusted")
                   if m.proto.startswith("(" + CERT_ARRAY) and m.code_off]
        accepting = []
        for m in methods:
            v = acceptance(index, m)
            if v.accepts_all:
                accepting.append((m, v))
        if not accepting:
            continue
        accepting.sort(key=lambda p: (len(p[0].proto), p[0].proto))  # the two-argument form first
        m, v = accepting[0]
        out.append(TrustAll(ci, m, v, tuple(a[0].proto for a in accepting)))
    return out


# --- hostname verifiers -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class AcceptAllVerifier:
    cls: ClassInfo
    method: Method
    evidence: tuple[str, ...]


def returns_constant_true(index: CodeIndex, m: Method, depth: int = 2) -> tuple[str, ...] | None:
    """The evidence that every reachable return of a boolean method returns 1, or None. Calls to the app's
    own boolean methods (a Kotlin lambda's body, a helper) are followed `depth` levels."""
    code = index.code(m)

    def fold(ref: str) -> object:
        if depth <= 0 or not ref.endswith(")Z") or ref == m.ref:
            return None
        callee = index.resolve(ref)
        if callee is None or not callee.code_off:
            return None
        return 1 if returns_constant_true(index, callee, depth - 1) else None
    states = constants(index, m, fold)
    if code is None or states is None:
        return None
    rets = [i for i in reachable(code) if code.insns[i].name == "return"]
    if not rets:
        return None
    ev = []
    for i in rets:
        ins = code.insns[i]
        if states.get(i, {}).get(ins.regs[0]) != 1:
            return None
        if i >= 2 and code.insns[i - 1].name == "move-result" and code.insns[i - 2].kind == "method":
            ev.append(f"{index.text(m, code.insns[i - 2])}  # returns true")
        ev.append(index.text(m, ins))
    consts = [index.text(m, code.insns[i]) for i in reachable(code)
              if code.insns[i].name.startswith("const") and code.insns[i].lit == 1]
    return tuple(dict.fromkeys(consts[:1] + ev[:1]))


def accept_all_verifiers(index: CodeIndex) -> list[AcceptAllVerifier]:
    out = []
    for ci in index.implementors(HOSTNAME_VERIFIER):
        for m in index.declared(ci, "verify", "(Ljava/lang/String;Ljavax/net/ssl/SSLSession;)Z"):
            ev = returns_constant_true(index, m)
            if ev:
                out.append(AcceptAllVerifier(ci, m, ev))
    return out


# --- WebView ----------------------------------------------------------------------------------------------

PROCEED, = searched("method", "Landroid/webkit/SslErrorHandler;->proceed()V")
SSL_ERROR_CALLBACK = "(Landroid/webkit/WebView;Landroid/webkit/SslErrorHandler;Landroid/net/http/SslError;)V"
_CERT_CHECK_CLASSES = ("Landroid/net/http/SslCertificate;", "Ljava/security/cert/", "Ljava/security/MessageDigest;")


@dataclass(frozen=True)
class WebViewProceed:
    method: Method  # the onReceivedSslError override
    site: Site  # the proceed() call
    verdict: str  # unconditional | primary-error | certificate-check | condition | callback
    evidence: tuple[str, ...]


def webview_proceeds(index: CodeIndex) -> list[WebViewProceed]:
    out = []
    proceeds = index.invocations([PROCEED])
    handlers = {m.ref: m for ci in index.implementors(WEBVIEW_CLIENT)
                for m in index.declared(ci, "onReceivedSslError", SSL_ERROR_CALLBACK) if m.code_off}
    seen = set()
    for site in proceeds:
        m = handlers.get(site.method.ref)
        if m is not None:
            if m.ref in seen:
                continue
            seen.add(m.ref)
            out.append(_verdict(index, m, site))
    # proceed() called from another class (a dialog button, a lambda) that an override instantiates
    for site in proceeds:
        if site.method.ref in handlers:
            continue
        holder = site.method.cls.desc
        for use in index.type_uses([holder], ops=b"\x22"):
            m = handlers.get(use.method.ref)
            if m is not None and m.ref not in seen:
                seen.add(m.ref)
                out.append(WebViewProceed(m, site, "callback", (
                    f"new-instance {holder} in {m.ref}",
                    f"{index.text(site.method, site.insn)} in {site.method.ref}")))
    return out


def _verdict(index: CodeIndex, m: Method, site: Site) -> WebViewProceed:
    code = index.code(m)
    target = code.by_off[site.insn.off]
    before = reaches(code, target)
    branches = [i for i in sorted(before) if code.insns[i].name.startswith(("if-", "packed-switch", "sparse-switch"))]
    calls = [index.operand(m, code.insns[i]) for i in sorted(before) if code.insns[i].kind == "method"]
    proceed_text = index.text(m, site.insn)
    if not branches:
        return WebViewProceed(m, site, "unconditional", (proceed_text,))
    branch_text = [index.text(m, code.insns[i]) for i in branches[:1]]
    cert = [c for c in calls if c.startswith(_CERT_CHECK_CLASSES)
            or c.startswith("Landroid/net/http/SslError;->getCertificate")]
    if cert:
        return WebViewProceed(m, site, "certificate-check",
                              (f"invoke {cert[0]}", *branch_text, proceed_text))
    primary = [c for c in calls if c.startswith(("Landroid/net/http/SslError;->getPrimaryError",
    "Landroid/net/http/SslError;->hasError"))]
    if primary:
        return WebViewProceed(m, site, "primary-error", (f"invoke {primary[0]}", *branch_text, proceed_text))
    return WebViewProceed(m, site, "condition", (*branch_text, proceed_text))
