"""TLS trust facts from the bytecode index: trust managers that accept every chain (or check only dates),
hostname verifiers that accept every host, WebView clients that proceed past TLS errors, sockets made
without a hostname check, and whether such code is installed into a TLS stack (the sinks below), only
behind a runtime debug flag, or never runs (dead code).

Candidates come from the hierarchy (implementors of the framework interfaces, whatever the classes are
called) and from call sites of framework methods; only their methods, the app methods they call and the
methods their objects flow through are interpreted (see flow.py).

What the platform guarantees and the analysis assumes (the rules' docs repeat it): the platform never
passes null for `checkServerTrusted`'s chain and authType, `HostnameVerifier.verify`'s hostname and
session, or `onReceivedSslError`'s handler and error, so a path taken only when one of them is null is
dead code.
"""

from __future__ import annotations

from dataclasses import dataclass

from pinscan.android.code import ClassInfo, CodeIndex, Method, Site, searched
from pinscan.android.dex import INVOKE_OPS
from pinscan.android.flow import (
    ARGUMENT_ERRORS,
    PROCEED,
    Acceptance,
    Const,
    Flow,
    Frame,
    Guard,
    New,
    Param,
    acceptance,
    accepts_any_host,
    analysis,
    catches,
    derives_from,
    handlers_at,
    is_hostname_check,
    options,
    returns_receiver,
    value_used,
)
from pinscan.model import Confidence, Location

X509_TM = "Ljavax/net/ssl/X509TrustManager;"
HOSTNAME_VERIFIER = "Ljavax/net/ssl/HostnameVerifier;"
APACHE_VERIFIER = "Lorg/apache/http/conn/ssl/X509HostnameVerifier;"
WEBVIEW_CLIENT = "Landroid/webkit/WebViewClient;"
CERT_ARRAY = "[Ljava/security/cert/X509Certificate;"
# Parameters the platform never passes as null (the interface contracts as Android calls them).
TRUST_MANAGER_NONNULL = (0, 1)  # checkServerTrusted(chain, authType, ...)
VERIFIER_NONNULL = (0, 1)  # verify(hostname, session / socket / ...)
SSL_ERROR_NONNULL = (1, 2)  # onReceivedSslError(view, handler, error)

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
WEBVIEW_SINKS = ("Landroid/webkit/WebView;->setWebViewClient",)
# OkHttp's client builder returns itself from every setter: a chain of calls is one builder.
returns_receiver("Lokhttp3/OkHttpClient$Builder;", "Lcom/squareup/okhttp/OkHttpClient;")
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
# Calls that show a hostname check in a class next to a raw SSLSocketFactory.createSocket: the platform's
# verifier, Apache HttpClient's X509HostnameVerifier (verify(host, socket / certificate / cns, alts)) and
# OkHttp's OkHostnameVerifier, by reference. Calls through an app's own verifier type, or in an app method
# the created socket is passed to, are recognised in the method itself (verifies_created_socket).
HOSTNAME_CHECKS = searched(
    "method",
    "Ljavax/net/ssl/HostnameVerifier;->verify",
    "Ljavax/net/ssl/HttpsURLConnection;->getDefaultHostnameVerifier",
    "Ljavax/net/ssl/SSLParameters;->setEndpointIdentificationAlgorithm",
    "Landroid/net/SSLCertificateSocketFactory;->setHostname",
    "Lorg/apache/http/conn/ssl/X509HostnameVerifier;->verify",
    "Lorg/apache/http/conn/ssl/AbstractVerifier;->verify",
    "Lorg/apache/http/conn/ssl/StrictHostnameVerifier;->verify",
    "Lorg/apache/http/conn/ssl/BrowserCompatHostnameVerifier;->verify",
    "Lokhttp3/internal/tls/OkHostnameVerifier;->verify",
    "Lcom/squareup/okhttp/internal/tls/OkHostnameVerifier;->verify",
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


def describe_guards(guards: frozenset[Guard]) -> str:
    return " and ".join(sorted(g.describe() for g in guards))


def guard_evidence(guards: frozenset[Guard]) -> tuple[str, ...]:
    return tuple(f"{g.text}  # runs only when {g.describe()}" for g in sorted(guards, key=lambda g: g.text))


# --- is it used? ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Usage:
    confidence: Confidence
    summary: str  # "passed to SSLContext.init in Lx;->m()V" / "never instantiated (dead code)"
    evidence: tuple[str, ...]
    related: tuple[Location, ...]
    guards: frozenset[Guard] = frozenset()  # runtime flags every proven installation depends on
    flow: Flow | None = None


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


def live_instantiations(index: CodeIndex, descs: list[str]) -> list[tuple[Site, int | None, frozenset[Guard]]]:
    """(site, instruction index, guards) of every `new-instance` of the classes that can run: not in dead
    code (after a return, behind a constant-false branch), and not only in a static initializer of a class
    nothing else names."""
    an = analysis(index)
    out = []
    for s in index.type_uses(descs, ops=b"\x22"):
        if s.method.name == "<clinit>" and not _referenced_from_outside(index, s.method.cls.desc):
            continue
        fr = an.frame(s.method)
        i = fr.code.by_off.get(s.insn.off) if fr is not None else None
        if fr is not None and i is not None and not fr.live(i):
            continue
        out.append((s, i, fr.guards(i, index) if fr is not None and i is not None else frozenset()))
    return out


def usage(index: CodeIndex, descs: list[str], sinks: tuple[str, ...], what: str) -> Usage:
    """How instances of the classes reach a TLS stack: a proven flow from a `new-instance` into a sink
    call, across methods, fields, arrays and return values (high; the evidence is the path); made but
    not proven to reach one (medium); or never made by code that runs (low, dead code). `guards` are the
    runtime flags the best proven flow depends on (none when some flow is unconditional)."""
    live = live_instantiations(index, descs)
    if not live:
        return Usage(Confidence.LOW, f"{what} is never instantiated by code that runs: probably dead code",
                     (), ())
    origins = [(s.method, i, (f"new-instance {s.target} in {index.where(s.method, s.insn.off)}",), g)
               for s, i, g in live if i is not None]
    flows = analysis(index).trace(origins, sinks)
    if flows:
        f = flows[0]
        summary = f"passed to {short_ref(f.sink.target)} in {f.sink.method.readable}"
        if f.guards:
            summary += f" only when {describe_guards(f.guards)}"
        return Usage(Confidence.HIGH, summary, f.steps + guard_evidence(f.guards),
                     (index.location(f.sink.method, f.sink.insn.off),), f.guards, f)
    s = live[0][0]
    return Usage(Confidence.MEDIUM, f"instantiated in {s.method.readable}",
                 (f"new-instance {s.target} in {index.where(s.method, s.insn.off)}",),
                 (index.location(s.method, s.insn.off),))


def discarded(index: CodeIndex, site: Site) -> bool:
    """Whether the object a call or `new-instance` at `site` makes (or an `sget` reads) is never used where
    it is made: its result is dropped, or kept in a register that is never passed on, stored, returned or
    thrown. False when not known."""
    fr = analysis(index).frame(site.method)
    i = fr.code.by_off.get(site.insn.off) if fr is not None else None
    if fr is None or i is None or not fr.live(i):
        return False
    ins = fr.code.insns[i]
    if ins.op in INVOKE_OPS:
        v = fr.result(i)
    elif i + 1 < len(fr.code.insns) and fr.live(i + 1):
        v = fr.value(i + 1, ins.regs[0])  # what new-instance / sget put in its register
    else:
        return False
    return value_used(fr, v) is False


def never_used(index: CodeIndex, descs: list[str]) -> list[Site]:
    """The live instantiations of the classes, when there are some and none of their objects is ever used
    (each made and dropped); [] otherwise."""
    live = [s for s, _, _ in live_instantiations(index, descs)]
    return live if live and all(discarded(index, s) for s in live) else []


def with_subclasses(index: CodeIndex, desc: str) -> list[str]:
    return [desc] + [c.desc for c in index.implementors(desc)]


# --- trust managers ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class TrustAll:
    cls: ClassInfo
    method: Method  # the checkServerTrusted overload shown
    verdict: Acceptance
    overloads: tuple[str, ...]  # every accepting (or date-only) overload's descriptor

    @property
    def date_only(self) -> bool:
        return self.verdict.date_only


def trust_all_managers(index: CodeIndex) -> list[TrustAll]:
    """X509TrustManagers with a checkServerTrusted overload that accepts every chain, else one whose only
    possible rejection is a date check (`date_only`)."""
    out = []
    for ci in index.implementors(X509_TM):
        methods = [m for m in index.declared(ci, "checkServerTrusted")
                   if m.proto.startswith("(" + CERT_ARRAY) and m.code_off]
        verdicts = [(m, acceptance(index, m, TRUST_MANAGER_NONNULL)) for m in methods]
        chosen = [p for p in verdicts if p[1].accepts_all] or [p for p in verdicts if p[1].date_only]
        if not chosen:
            continue
        chosen.sort(key=lambda p: (len(p[0].proto), p[0].proto))  # the two-argument form first
        m, v = chosen[0]
        out.append(TrustAll(ci, m, v, tuple(a[0].proto for a in chosen)))
    return out


# --- hostname verifiers -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class AcceptAllVerifier:
    cls: ClassInfo
    method: Method
    evidence: tuple[str, ...]


def _escaping_throws(index: CodeIndex, fr: Frame) -> list[int]:
    """Live `throw`s that leave the method, other than argument checks."""
    out = []
    for i in fr.live_indices:
        ins = fr.code.insns[i]
        if ins.op != 0x27:
            continue
        v = fr.value(i, ins.regs[0])
        thrown = v.cls if isinstance(v, New) else None
        hs = handlers_at(fr.code, ins.off)
        if thrown in ARGUMENT_ERRORS or any(catches(index, t, thrown) is True for t, _ in hs):
            continue
        out.append(i)
    return out


def returns_constant_true(index: CodeIndex, m: Method) -> tuple[str, ...] | None:
    """The evidence that every feasible return of a boolean method returns true (constants kept in
    registers and one-way branches included, the app's own callees through their summaries) and that
    it throws nothing itself, or None."""
    fr = analysis(index).frame(m, VERIFIER_NONNULL)
    if fr is None or not fr.complete:
        return None
    code = fr.code
    rets = [i for i in fr.live_indices if code.insns[i].name == "return"]
    if not rets or _escaping_throws(index, fr):
        return None
    ev = []
    for i in rets:
        ins = code.insns[i]
        if fr.value(i, ins.regs[0]) != Const(1):
            return None
        if i >= 2 and code.insns[i - 1].name == "move-result" and code.insns[i - 2].kind == "method":
            ev.append(f"{index.text(m, code.insns[i - 2])}  # returns true")
        ev.append(index.text(m, ins))
    consts = [index.text(m, code.insns[i]) for i in fr.live_indices
              if code.insns[i].name.startswith("const") and code.insns[i].lit == 1]
    decided = [f"{index.text(m, code.insns[i])}  # one-way: "
               + ("the parameter it tests is never null" if fr.decided[i] == "non-null" else "decided by a constant")
               for i in sorted(fr.decided)]
    return tuple(dict.fromkeys(consts[:1] + decided[:1] + ev[:1]))


_APACHE_VOID_VERIFY = ("(Ljava/lang/String;Ljavax/net/ssl/SSLSocket;)V",
                       "(Ljava/lang/String;Ljava/security/cert/X509Certificate;)V",
                       "(Ljava/lang/String;[Ljava/lang/String;[Ljava/lang/String;)V")


def _rejects_host(index: CodeIndex, m: Method, depth: int = 3) -> bool:
    """Whether a void Apache `verify` overload can reject: a throw that leaves it, a call to another
    hostname verification, or an app callee that can."""
    an = analysis(index)
    fr = an.frame(m, VERIFIER_NONNULL)
    if fr is None or not fr.complete:
        return True
    if _escaping_throws(index, fr):
        return True
    for i, ins, ref in fr.live_calls():
        if is_hostname_check(index, ref) and not accepts_any_host(fr.call(i, ref)[0]):
            return True
        callee = an.dispatch(ref, ins.op)
        if callee is not None and (depth <= 0 or _rejects_host(index, callee, depth - 1)):
            return True
    return False


def accept_all_verifiers(index: CodeIndex) -> list[AcceptAllVerifier]:
    out = []
    seen = set()
    for ci in index.implementors(HOSTNAME_VERIFIER):
        for m in index.declared(ci, "verify", "(Ljava/lang/String;Ljavax/net/ssl/SSLSession;)Z"):
            ev = returns_constant_true(index, m)
            if ev:
                out.append(AcceptAllVerifier(ci, m, ev))
                seen.add(ci.desc)
    # Apache HttpClient's X509HostnameVerifier: the void overloads report a mismatch by throwing.
    for ci in index.implementors(APACHE_VERIFIER):
        if ci.desc in seen:
            continue
        voids = [m for m in index.methods(ci) if m.name == "verify" and m.proto in _APACHE_VOID_VERIFY and m.code_off]
        if voids and not any(_rejects_host(index, m) for m in voids):
            m = voids[0]
            code = index.code(m)
            ret = [index.text(m, ins) for ins in code.insns if ins.name == "return-void"][:1] if code else []
            out.append(AcceptAllVerifier(ci, m, (f"{m.name}{m.proto} never throws", *ret)))
    return out


# --- WebView ----------------------------------------------------------------------------------------------

searched("method", PROCEED)
SSL_ERROR_CALLBACK = "(Landroid/webkit/WebView;Landroid/webkit/SslErrorHandler;Landroid/net/http/SslError;)V"
_CERT_CHECK_CLASSES = ("Landroid/net/http/SslCertificate;", "Ljava/security/cert/", "Ljava/security/MessageDigest;")


@dataclass(frozen=True)
class WebViewProceed:
    method: Method  # the onReceivedSslError override
    site: Site  # the proceed() call, or the call of the app method that makes it
    verdict: str  # unconditional | guarded | primary-error | certificate-check | condition | callback
    evidence: tuple[str, ...]
    guards: frozenset[Guard] = frozenset()


def webview_proceeds(index: CodeIndex) -> list[WebViewProceed]:
    """onReceivedSslError overrides from which SslErrorHandler.proceed() is reached on a feasible path:
    directly, through an app method given the handler (its summary), or from an object the override
    creates (a dialog button's listener)."""
    an = analysis(index)
    proceeds = index.invocations([PROCEED])
    if not proceeds:
        return []
    handlers = [m for ci in index.implementors(WEBVIEW_CLIENT)
                for m in index.declared(ci, "onReceivedSslError", SSL_ERROR_CALLBACK) if m.code_off]
    out = []
    for m in handlers:
        fr = an.frame(m, SSL_ERROR_NONNULL)
        if fr is None:
            continue
        found = _proceed_site(index, fr)
        if found is not None:
            i, note = found
            out.append(_verdict(index, fr, i, note))
            continue
        # proceed() called from another class (a dialog button, a lambda) that the override instantiates
        for site in proceeds:
            holder = site.method.cls.desc
            uses = [u for u in index.type_uses([holder], ops=b"\x22") if u.method.ref == m.ref
                    and fr.live(fr.code.by_off.get(u.insn.off, -1))]
            if uses:
                out.append(WebViewProceed(m, site, "callback", (
                    f"new-instance {holder} in {m.ref}",
                    f"{index.text(site.method, site.insn)} in {site.method.ref}")))
                break
    return out


def _proceed_site(index: CodeIndex, fr: Frame) -> tuple[int, str | None] | None:
    """The first live proceed() call in the override, or call of an app method that proceeds with the
    handler it is given (with a note for the evidence)."""
    an = analysis(index)
    for i, ins, ref in fr.live_calls():
        if ref == PROCEED:
            return i, None
        callee = an.dispatch(ref, ins.op)
        if callee is None:
            continue
        _, args = fr.call(i, ref)
        handler_calls, _ = an.effects(callee)
        for k, what in sorted(handler_calls):
            if what == "proceed" and k < len(args) and Param(1) in set(options(args[k])):
                return i, f"{callee.name}() calls SslErrorHandler.proceed() on the handler it is given"
    return None


def _verdict(index: CodeIndex, fr: Frame, target: int, note: str | None) -> WebViewProceed:
    m = fr.method
    code = fr.code
    site = Site(m, code.insns[target], PROCEED)
    before = fr.leading_to(target)
    branches = [i for i in sorted(before) if i not in fr.decided
                and code.insns[i].name.startswith(("if-", "packed-switch", "sparse-switch"))]
    calls = [m.dex.index_text(code.insns[i]) for i in sorted(before) if code.insns[i].op in INVOKE_OPS]
    proceed_text = index.text(m, site.insn) + (f"  # {note}" if note else "")
    if not branches:
        return WebViewProceed(m, site, "unconditional", (proceed_text,))
    guards = fr.guards(target, index)
    if guards:
        return WebViewProceed(m, site, "guarded", (*guard_evidence(guards), proceed_text), guards)
    branch_text = [index.text(m, code.insns[i]) for i in branches[:1]]
    cert = [c for c in calls if c.startswith(_CERT_CHECK_CLASSES)
            or c.startswith("Landroid/net/http/SslError;->getCertificate")]
    if cert:
        return WebViewProceed(m, site, "certificate-check", (f"invoke {cert[0]}", *branch_text, proceed_text))
    primary = [c for c in calls if c.startswith(("Landroid/net/http/SslError;->getPrimaryError",
                                                 "Landroid/net/http/SslError;->hasError"))]
    if primary:
        return WebViewProceed(m, site, "primary-error", (f"invoke {primary[0]}", *branch_text, proceed_text))
    return WebViewProceed(m, site, "condition", (*branch_text, proceed_text))


def webview_installed(index: CodeIndex, desc: str) -> Flow | None:
    """A proven flow of an instance of the client class into `WebView.setWebViewClient`, if any."""
    live = live_instantiations(index, with_subclasses(index, desc))
    origins = [(s.method, i, (f"new-instance {s.target} in {index.where(s.method, s.insn.off)}",), g)
               for s, i, g in live if i is not None]
    flows = analysis(index).trace(origins, WEBVIEW_SINKS) if origins else []
    return flows[0] if flows else None


# --- sockets ----------------------------------------------------------------------------------------------

def classes_verifying_hosts(index: CodeIndex) -> set[str]:
    """Classes with a hostname verification call (HOSTNAME_CHECKS) whose verifier is not one of the
    framework's accept-all verifiers (`ALLOW_ALL_HOSTNAME_VERIFIER.verify(host, socket)` checks nothing)."""
    an = analysis(index)
    out = set()
    for s in index.invocations(HOSTNAME_CHECKS):
        if s.method.cls.desc in out:
            continue
        if s.target.endswith("->verify"):
            fr = an.frame(s.method)
            i = fr.code.by_off.get(s.insn.off) if fr is not None else None
            if fr is not None and i is not None and (not fr.live(i) or accepts_any_host(fr.call(i)[0])):
                continue
        out.add(s.method.cls.desc)
    return out


def verifies_created_socket(index: CodeIndex, site: Site) -> bool:
    """Whether the socket a `createSocket` call returns has its host name verified in the same method or
    in an app method it is passed to: by `HostnameVerifier.verify(host, socket.getSession())`, Apache's
    `X509HostnameVerifier.verify(host, socket)` (or the certificate / name-list overloads, with values
    taken from the socket), OkHttp's `OkHostnameVerifier`, or the endpoint identification algorithm. The
    framework's accept-all verifiers do not count."""
    an = analysis(index)
    fr = an.frame(site.method)
    if fr is None or not fr.complete:
        return False
    i = fr.code.by_off.get(site.insn.off)
    if i is None or not fr.live(i):
        return False
    sock = fr.result(i)
    for j, ins, ref in fr.live_calls():
        recv, args = fr.call(j, ref)
        if is_hostname_check(index, ref):
            if not accepts_any_host(recv) and any(derives_from(a, sock) for a in (recv, *args) if a is not None):
                return True
            continue
        callee = an.dispatch(ref, ins.op)
        if callee is not None:
            _, checked = an.effects(callee)
            if any(k < len(args) and derives_from(args[k], sock) for k in checked):
                return True
    return False
