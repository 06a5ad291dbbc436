"""TLS trust decisions in iOS code, read from the Mach-O tables of the app, its extensions and its
frameworks: imported Security/CFNetwork symbols, Objective-C selectors, and Swift type names of
Alamofire. Binaries that are FairPlay-encrypted are not analysed (a coverage note says so)."""

from __future__ import annotations

from pinscan.ios.facts import IosFacts
from pinscan.model import Confidence, Severity
from pinscan.rule import ScanOptions, rule

MASVS_TRUST = ("MASVS-NETWORK-1",)


def _property(setter: str) -> str:
    name = setter.removeprefix("set").rstrip(":")
    return name[:1].lower() + name[1:]


@rule(
    id="PS4001", name="alamofire-trust-all", title="Alamofire DisabledTrustEvaluator accepts any certificate",
    severity=Severity.HIGH, confidence=Confidence.HIGH, cwe=(295,), masvs=MASVS_TRUST, platforms=("ios",),
)
def alamofire_trust_all(app: IosFacts, options: ScanOptions):
    """The binary uses Alamofire's `DisabledTrustEvaluator` (named `DisabledEvaluator` before 5.0).

    ## What it finds
    Imports of Swift symbols of `Alamofire.DisabledTrustEvaluator` or `Alamofire.DisabledEvaluator`
    (type metadata accessor, initializer...) by the app, an extension or another framework. Code only
    imports them to create the evaluator; which hosts it is assigned to is not visible in the tables.

    ## Why it matters
    The evaluator performs no evaluation: every certificate chain, self-signed or issued for another
    host, is accepted for the hosts it is assigned to, so anyone on the network path can intercept them.

    ## How to fix
    Remove it from release builds. Use `DefaultTrustEvaluator` (system validation), or
    `PublicKeysTrustEvaluator` / `PinnedCertificatesTrustEvaluator` to pin. For a test server, install
    its CA on test devices instead.

    ## References
    - https://github.com/Alamofire/Alamofire/blob/master/Documentation/AdvancedUsage.md#evaluating-server-trusts-with-servertrustmanager-and-servertrustevaluating
    - OWASP MASTG-TEST-0066 (Testing Endpoint Identify Verification)
    """
    for b, code in app.bundles_with(app.code):
        if not code.alamofire_trust_all:
            continue
        first = code.alamofire_trust_all[0]
        types = sorted({n.type_name for n in code.alamofire_trust_all})
        yield alamofire_trust_all.finding(
            f"{', '.join(types)} is used{b.where}: Alamofire accepts any certificate for the hosts it is "
            "assigned to",
            app.symbol_location(b, first.symbol), key=",".join(types),
            evidence=tuple(f"imports {n.symbol}" for n in code.alamofire_trust_all),
        )


@rule(
    id="PS4002", name="alamofire-unlisted-hosts-unevaluated",
    title="Alamofire ServerTrustManager skips hosts it does not list",
    severity=Severity.MEDIUM, confidence=Confidence.MEDIUM, cwe=(295,), masvs=("MASVS-NETWORK-2",),
    platforms=("ios",),
)
def alamofire_unlisted_hosts(app: IosFacts, options: ScanOptions):
    """`ServerTrustManager(allHostsMustBeEvaluated: false, evaluators: ...)`.

    ## What it finds
    Calls to the imported `ServerTrustManager` initializer whose `allHostsMustBeEvaluated` argument is
    the constant `false`, read from the arm64 instructions that load the first argument register just
    before the call. Calls whose value is not a visible constant are not reported.

    ## Why it matters
    With `false`, a host missing from the `evaluators` dictionary (a typo, a new API host, a redirect
    target) gets Alamofire's default handling instead of the pinning the team configured, silently.
    The default, `true`, fails such requests so the gap is noticed.

    ## How to fix
    Keep the default `allHostsMustBeEvaluated: true` and list every host the session talks to.

    ## References
    - https://github.com/Alamofire/Alamofire/blob/master/Documentation/AdvancedUsage.md#servertrustmanager
    """
    for b, code in app.bundles_with(app.code):
        for init, value in code.all_hosts_must_be_evaluated():
            if value == 0:
                yield alamofire_unlisted_hosts.finding(
                    f"ServerTrustManager created with allHostsMustBeEvaluated: false{b.where}: hosts not listed "
                    "in its evaluators are not pinned",
                    app.symbol_location(b, init.symbol), key=init.symbol,
                    evidence=(f"call to {init.symbol} with w0 = 0",),
                )
                break


@rule(
    id="PS4003", name="afnetworking-weak-security-policy", title="AFNetworking security policy weakened",
    severity=Severity.HIGH, confidence=Confidence.MEDIUM, cwe=(295,), masvs=MASVS_TRUST, platforms=("ios",),
)
def afnetworking_weak_policy(app: IosFacts, options: ScanOptions):
    """The app sets `allowInvalidCertificates` or `validatesDomainName` on AFNetworking's `AFSecurityPolicy`.

    ## What it finds
    A binary that imports the `AFSecurityPolicy` class from an AFNetworking framework and sends
    `setAllowInvalidCertificates:` (high) or `setValidatesDomainName:` (medium). The values are not read
    from the tables; the defaults are `NO` and `YES`, so apps send these messages to change them. When
    AFNetworking is linked statically into the same binary its own setters are listed too, and
    nothing is reported (confidence would be too low).

    ## Why it matters
    `allowInvalidCertificates = YES` accepts self-signed and expired certificates;
    `validatesDomainName = NO` accepts a valid certificate issued for any other domain. Either lets an
    attacker on the network path intercept the traffic.

    ## How to fix
    Do not set either property in release builds; use `AFSSLPinningModePublicKey` with bundled
    certificates if you need more than system validation.

    ## References
    - https://github.com/AFNetworking/AFNetworking/blob/master/AFNetworking/AFSecurityPolicy.h
    """
    for b, code in app.bundles_with(app.code):
        for sel in code.af_risky_setters:
            domain = sel == "setValidatesDomainName:"
            yield afnetworking_weak_policy.finding(
                f"AFSecurityPolicy.{_property(sel)} is set{b.where}: "
                + ("host-name checking is turned off (the default is YES)" if domain
                   else "invalid certificates are accepted (the default is NO)"),
                app.symbol_location(b, sel), key=sel, severity=Severity.MEDIUM if domain else None,
                evidence=("imports _OBJC_CLASS_$_AFSecurityPolicy", f"selector {sel}"),
            )


@rule(
    id="PS4004", name="trust-all-challenge-handler", title="Challenge handler accepts the server trust unevaluated",
    severity=Severity.HIGH, confidence=Confidence.MEDIUM, cwe=(295,), masvs=MASVS_TRUST, platforms=("ios",),
)
def trust_all_challenge_handler(app: IosFacts, options: ScanOptions):
    """An authentication-challenge handler answers with the server's own trust, and the binary never
    evaluates a trust object.

    ## What it finds
    A binary that names a server-trust challenge handler (`URLSession:didReceiveChallenge:completionHandler:`,
    the task variant, `connection:willSendRequestForAuthenticationChallenge:`,
    `webView:didReceiveAuthenticationChallenge:completionHandler:`...) and creates a credential from the
    trust (`credentialForTrust:`, Swift `URLCredential(trust:)` = `initWithTrust:`), but imports none of
    `SecTrustEvaluate`, `SecTrustEvaluateWithError`, `SecTrustEvaluateAsync(WithError)` and hands no
    challenge to TrustKit. Found from tables, not control flow: medium confidence.

    ## Why it matters
    Answering `.useCredential` with `URLCredential(trust: serverTrust)` without evaluating it accepts
    any certificate: URLSession trusts whatever the server (or an attacker) presented.

    ## How to fix
    Call `SecTrustEvaluateWithError` (after setting your anchors or checking your pins) and answer with
    the credential only when it succeeds; otherwise `.cancelAuthenticationChallenge`. If you do not
    pin, answer `.performDefaultHandling`.

    ## References
    - https://developer.apple.com/documentation/foundation/performing-manual-server-trust-authentication
    - OWASP MASTG-TEST-0066 (Testing Endpoint Identify Verification)
    """
    for b, code in app.bundles_with(app.code):
        if code.challenge_handlers and code.trust_credentials and not code.evaluates_trust:
            yield trust_all_challenge_handler.finding(
                f"{code.challenge_handlers[0]}{b.where} can answer with {code.trust_credentials[0]} and the binary "
                "never evaluates a trust (no SecTrustEvaluate*)",
                app.symbol_location(b, code.challenge_handlers[0]), key=code.challenge_handlers[0],
                evidence=tuple(f"selector {s}" for s in (*code.challenge_handlers, *code.trust_credentials)),
            )


@rule(
    id="PS4005", name="any-https-certificate-private-api", title="NSURLRequest accepts any HTTPS certificate",
    severity=Severity.HIGH, confidence=Confidence.HIGH, cwe=(295,), masvs=MASVS_TRUST, platforms=("ios",),
)
def any_https_certificate(app: IosFacts, options: ScanOptions):
    """The private NSURLRequest API for accepting any certificate is used or overridden.

    ## What it finds
    The selectors `setAllowsAnyHTTPSCertificate:forHost:` (called) or `allowsAnyHTTPSCertificateForHost:`
    (usually implemented in an `NSURLRequest` category that returns YES) in a binary.

    ## Why it matters
    Both disable certificate validation for the host; the category override disables it for every
    host. They are private API, and a classic leftover of development against self-signed servers.

    ## How to fix
    Remove them. Give test servers certificates from a CA installed on test devices.

    ## References
    - https://developer.apple.com/documentation/foundation/performing-manual-server-trust-authentication
    """
    for b, code in app.bundles_with(app.code):
        for sel in code.private_any_https:
            yield any_https_certificate.finding(
                f"selector {sel}{b.where}: NSURLRequest certificate validation is switched off",
                app.symbol_location(b, sel), key=sel, evidence=(f"selector {sel}",),
            )


@rule(
    id="PS4006", name="cfstream-ssl-validation-off", title="CFStream TLS settings weaken certificate validation",
    severity=Severity.HIGH, confidence=Confidence.MEDIUM, cwe=(295,), masvs=MASVS_TRUST, platforms=("ios",),
)
def cfstream_ssl_validation_off(app: IosFacts, options: ScanOptions):
    """Socket streams configured with TLS settings that only exist to weaken validation.

    ## What it finds
    Imports (or string uses) of `kCFStreamSSLValidatesCertificateChain`, `kCFStreamSSLAllowsAnyRoot`,
    `kCFStreamSSLAllowsExpiredCertificates` or `kCFStreamSSLAllowsExpiredRoots`. The values are not
    read; apps set these keys to turn validation off (the defaults validate), hence medium confidence.

    ## Why it matters
    A stream with certificate-chain validation off, or any root allowed, talks TLS to whoever answers:
    the encryption protects nothing against an active attacker.

    ## How to fix
    Leave these keys out; to pin on a stream, evaluate the peer trust yourself after the handshake
    (`kCFStreamPropertySSLPeerTrust` + `SecTrustEvaluateWithError`) or move to `URLSession`/Network.framework.

    ## References
    - https://developer.apple.com/documentation/cfnetwork/kcfstreamsslvalidatescertificatechain
    """
    for b, code in app.bundles_with(app.code):
        for ref in code.cfstream_keys:
            yield cfstream_ssl_validation_off.finding(
                f"{ref.what}{b.where}: stream TLS settings that weaken certificate validation",
                app.symbol_location(b, ref.what), key=ref.what, evidence=(ref.text(),),
            )
