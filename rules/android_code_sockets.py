"""TLS sockets made without the checks the platform's defaults apply: insecure factories, sockets created
without hostname verification, and obsolete protocol versions requested by name."""

from __future__ import annotations

from pinscan.android.facts import AndroidFacts
from pinscan.android.flow import StrArray, call_args, constants
from pinscan.android.trust import (
    INSECURE_SOCKET_CALLS,
    PROTOCOL_SETTERS,
    SSL_CONTEXT_GET,
    classes_verifying_hosts,
    discarded,
    short_ref,
    verifies_created_socket,
)
from pinscan.model import Confidence, Severity, readable_type
from pinscan.rule import ScanOptions, rule

MASVS = ("MASVS-NETWORK-1",)
_GET_INSECURE, _CERT_FACTORY_CREATE, _RAW_CREATE = INSECURE_SOCKET_CALLS


@rule(
    id="PS2004", name="insecure-socket-factory", title="TLS socket created without certificate or hostname checks",
    severity=Severity.HIGH, confidence=Confidence.MEDIUM, cwe=(295, 297), masvs=MASVS, platforms=("android",),
)
def insecure_socket_factory(app: AndroidFacts, options: ScanOptions):
    """TLS sockets that skip the certificate or host name checks.

    ## What it finds
    - `SSLCertificateSocketFactory.getInsecure(...)`: a factory with every certificate check disabled
      (high severity, high confidence). When its result is discarded — the call is a statement, or the
      factory is kept in a local that is never passed on, stored, returned or thrown — no socket comes
      from it: still reported (the call ships and one edit away from use), at low confidence, with that
      reason and the property `used: false`.
    - `SSLCertificateSocketFactory.createSocket(InetAddress, ...)`: the overloads that take an address
      instead of a host name do no hostname verification (medium).
    - `javax.net.ssl.SSLSocketFactory.createSocket(...)` whose socket is never checked for the host name
      (medium severity, low confidence: the check may live elsewhere). A check counts when the class calls
      a hostname verification, or when the method (or an app method the created socket is passed to)
      calls one with a value taken from that socket. Every API shape counts:
      `HostnameVerifier.verify(host, session)` (so `HttpsURLConnection.getDefaultHostnameVerifier().verify`
      and any app verifier class), Apache HttpClient's `X509HostnameVerifier.verify(host, SSLSocket)`,
      `verify(host, X509Certificate)` and `verify(host, cns, subjectAlts)` (through a field such as
      Apache's `SSLSocketFactory.createLayeredSocket` does, or `STRICT_HOSTNAME_VERIFIER` as moxie0's
      AndroidPinning does), OkHttp's `OkHostnameVerifier`, and
      `SSLParameters.setEndpointIdentificationAlgorithm`. `ALLOW_ALL_HOSTNAME_VERIFIER.verify(...)` and
      `NoopHostnameVerifier` check nothing and do not count. The created socket's value is followed
      through casts, `getSession()`, `getPeerCertificates()` and array elements, and into app methods
      through their summaries (which parameters they verify a host name for).

    ## Why it matters
    Without certificate validation any certificate is accepted; without hostname verification any valid
    certificate for any domain is. Either way an attacker on the network can intercept the connection.

    ## How to fix
    Use `SSLCertificateSocketFactory.getDefault(...)` or `SSLSocketFactory.getDefault()`, create sockets
    with a host name, and verify it after the handshake:
    `HttpsURLConnection.getDefaultHostnameVerifier().verify(host, socket.getSession())`, or set
    `SSLParameters.setEndpointIdentificationAlgorithm("HTTPS")`. Prefer a full HTTP client (OkHttp,
    HttpsURLConnection) that does both.

    ## References
    - https://developer.android.com/reference/android/net/SSLCertificateSocketFactory#getInsecure(int,%20android.net.SSLSessionCache)
    - https://developer.android.com/privacy-and-security/security-ssl#WarningsSslSocket
    - https://cwe.mitre.org/data/definitions/297.html
    """
    index = app.code
    sites = index.invocations(INSECURE_SOCKET_CALLS)
    checked_classes = classes_verifying_hosts(index)
    insecure_methods = {s.method.ref for s in sites if s.target == _GET_INSECURE}  # reported once, as getInsecure
    for site in sites:
        ref = index.operand(site.method, site.insn)
        text = index.text(site.method, site.insn)
        lib = app.library_for(site.method.cls.desc)
        loc = index.location(site.method, site.insn.off)
        if site.target == _GET_INSECURE:
            unused = discarded(index, site)
            yield insecure_socket_factory.finding(
                f"SSLCertificateSocketFactory.getInsecure() in {site.method.readable}: sockets from this factory "
                "accept any certificate" + ("; but its result is discarded (never stored or passed on): no "
                                            "socket comes from it" if unused else ""),
                loc, severity=Severity.HIGH, confidence=Confidence.LOW if unused else Confidence.HIGH,
                key=ref, evidence=(text, *(["# the returned factory is never used"] if unused else [])), library=lib,
                properties=(("used", False),) if unused else ())
        elif site.target == _CERT_FACTORY_CREATE and "->createSocket(Ljava/net/InetAddress;" in ref:
            yield insecure_socket_factory.finding(
                f"SSLCertificateSocketFactory.createSocket(InetAddress, ...) in {site.method.readable}: no hostname "
                "verification for sockets created from an address", loc, severity=Severity.MEDIUM,
                confidence=Confidence.MEDIUM, key=ref, evidence=(text,), library=lib)
        elif (site.target == _RAW_CREATE and site.method.cls.desc not in checked_classes
              and site.method.ref not in insecure_methods and not verifies_created_socket(index, site)):
            yield insecure_socket_factory.finding(
                f"SSLSocketFactory.createSocket in {site.method.readable} with no hostname verification in "
                f"{readable_type(site.method.cls.desc)}: a raw SSLSocket does not check the host name", loc,
                severity=Severity.MEDIUM, confidence=Confidence.LOW, key=ref, evidence=(text,), library=lib)


_WEAK = {"SSL": "the legacy generic SSL protocol name", "SSLv2": "SSL 2.0", "SSLv3": "SSL 3.0",
         "TLSv1": "TLS 1.0", "TLSv1.1": "TLS 1.1"}
_BROKEN = {"SSLv2", "SSLv3", "TLSv1", "TLSv1.1"}


@rule(
    id="PS2005", name="weak-tls-protocol", title="Obsolete TLS protocol version requested",
    severity=Severity.MEDIUM, confidence=Confidence.MEDIUM, cwe=(327, 757), masvs=MASVS, platforms=("android",),
)
def weak_tls_protocol(app: AndroidFacts, options: ScanOptions):
    """`SSLContext.getInstance` or `setEnabledProtocols` with SSL 3.0, TLS 1.0 or TLS 1.1.

    ## What it finds
    - `SSLContext.getInstance(name)` (any overload) where the name is the constant `"SSLv3"`, `"TLSv1"`,
      `"TLSv1.1"` or `"SSLv2"` (medium), or the legacy generic `"SSL"` (low: on Android it returns the
      default TLS context, but it states an intent and other providers honour it).
    - `SSLSocket.setEnabledProtocols`, `SSLEngine.setEnabledProtocols` and `SSLParameters.setProtocols`
      with a constant array that contains one of those versions (medium when it enables nothing newer).

    ## Why it matters
    SSL 3.0, TLS 1.0 and TLS 1.1 have known attacks (POODLE, BEAST, weak MACs) and are deprecated by RFC
    8996. A provider that honours the request, or a server that accepts it, negotiates a connection an
    attacker can downgrade or decrypt.

    ## How to fix
    Use `SSLContext.getInstance("TLS")` (or `SSLContext.getDefault()`), and do not restrict the enabled
    protocols below the platform's defaults (TLS 1.2 and 1.3).

    ## References
    - https://www.rfc-editor.org/rfc/rfc8996
    - https://developer.android.com/reference/javax/net/ssl/SSLContext
    - https://cwe.mitre.org/data/definitions/757.html
    """
    index = app.code
    states_cache: dict[str, object] = {}

    def args_of(site):
        key = site.method.ref
        if key not in states_cache:
            states_cache[key] = constants(index, site.method)
        return call_args(index, site.method, site.insn, states_cache[key])

    for site in index.invocations([SSL_CONTEXT_GET]):
        args = args_of(site)
        name = args[0] if args else None
        if not isinstance(name, str) or name not in _WEAK:
            continue
        severity = Severity.LOW if name == "SSL" else Severity.MEDIUM
        yield weak_tls_protocol.finding(
            f'SSLContext.getInstance("{name}") in {site.method.readable} asks for {_WEAK[name]}',
            index.location(site.method, site.insn.off), severity=severity, key=name,
            evidence=(f'const-string "{name}"', index.text(site.method, site.insn)),
            library=app.library_for(site.method.cls.desc), properties=(("protocol", name),))
    for site in index.invocations(PROTOCOL_SETTERS):
        args = args_of(site)
        arr = args[1] if len(args) > 1 else None
        if not isinstance(arr, StrArray):
            continue
        protocols = [p for p in arr.values() if isinstance(p, str)]
        weak = [p for p in protocols if p in _BROKEN]
        if not weak:
            continue
        only_weak = len(weak) == len(protocols)
        yield weak_tls_protocol.finding(
            f"{short_ref(site.target)}({', '.join(protocols)}) in {site.method.readable} enables "
            f"{', '.join(_WEAK[p] for p in weak)}" + ("" if only_weak else " next to newer versions"),
            index.location(site.method, site.insn.off),
            severity=Severity.MEDIUM if only_weak else Severity.LOW, key=",".join(protocols),
            evidence=(index.text(site.method, site.insn),), library=app.library_for(site.method.cls.desc),
            properties=(("protocols", protocols),))
