"""Code that disables TLS server authentication: trust managers that accept every chain, hostname
verifiers that accept every host, WebView clients that proceed past TLS errors.

All three reason on the bytecode index (interfaces, method references, constants), so renamed and
anonymous classes are found the same way as named ones.
"""

from __future__ import annotations

from pinscan.android.facts import AndroidFacts
from pinscan.android.flow import analysis
from pinscan.android.trust import (
    ACCEPT_ALL_FIELDS,
    ACCEPT_ALL_TYPES,
    HOSTNAME_VERIFIER_SINKS,
    TRUST_MANAGER_SINKS,
    accept_all_verifiers,
    describe_guards,
    discarded,
    guard_evidence,
    never_used,
    short_class,
    short_ref,
    trust_all_managers,
    usage,
    webview_installed,
    webview_proceeds,
    with_subclasses,
)
from pinscan.model import Confidence, Severity
from pinscan.rule import ScanOptions, rule

MASVS = ("MASVS-NETWORK-1",)


@rule(
    id="PS2001", name="trust-all-trust-manager", title="TrustManager accepts every certificate chain",
    severity=Severity.HIGH, confidence=Confidence.HIGH, cwe=(295,), masvs=MASVS, platforms=("android",),
)
def trust_all_trust_manager(app: AndroidFacts, options: ScanOptions):
    """A class implementing `X509TrustManager` whose `checkServerTrusted` can never reject a chain, or
    checks only the certificate's dates.

    ## What it finds
    Every class that implements `javax.net.ssl.X509TrustManager` — directly, through
    `X509ExtendedTrustManager`, through an app interface or base class, in any dex file — and defines a
    `checkServerTrusted` overload from which no exception can leave on any feasible path: an empty body,
    only Kotlin `Intrinsics.checkNotNull*` calls, only logging, a return before its checks, a real check
    whose exception is caught and ignored, a throw behind a branch a constant decides (also when javac
    keeps the constant in a register, a `switch` on a constant, `"prod".equals("dev")`), a throw reached
    only when `chain` or `authType` is null, a call to an app helper that never throws, or only an
    argument check (`require(chain.isNotEmpty())`). Classes are found through the hierarchy, not their
    names, so anonymous (`Outer$1`), R8-renamed (`a.b.c`) classes and Kotlin objects are found too.

    **Date-only checks** get their own message: when the only exception that can leave
    `checkServerTrusted` comes from `X509Certificate.checkValidity()` or `checkValidity(Date)` (directly,
    in an app helper, or rethrown by its handler), the class trusts any certificate that is in date,
    self-signed ones included. This is a verdict of PS2001 (property `verdict: date-only`), not a new rule,
    on purpose: it is the same weakness, and adding `checkValidity()` is the usual wrong answer to Google
    Play's warning — with the same rule and key (the class) a baseline or suppression keeps matching, and
    `pinscan diff` shows the same finding with a new message instead of "fixed" plus "new". A check that
    also verifies the chain (a delegate to a real trust manager, `verify(PublicKey)`, a digest compared
    with a pin that throws on a mismatch) is not reported.

    What the analysis proves: on every feasible path, nothing is thrown out of the method (or only what
    `checkValidity` throws). A path is infeasible when a branch on it is decided by constants or tests a
    parameter the platform never passes as null. What it assumes:
    - the platform never passes null for `chain` or `authType` (X509TrustManager's contract as Android
      calls it), so code reached only when one of them is null is dead;
    - logging, string helpers, Kotlin `Intrinsics` and certificate getters cannot reject; any other call
      into framework or library code can (so it counts as a check);
    - the app's own methods answer through their summaries, computed once, up to four levels deep; a
      virtual call is followed only when no subclass overrides the method; recursion, methods over 4,000
      instructions and analyses over budget count as "may reject" — a possible missed finding, never a
      false one;
    - a throw reached only when the chain is empty or null, or of `IllegalArgumentException`,
      `NullPointerException`, `IllegalStateException`, is an argument check, not a trust decision.

    **Confidence** says whether the class is used: high when a value flow is proven from a `new` of the
    class (or a subclass) into `SSLContext.init` (as an element of the trust manager array),
    `OkHttpClient.Builder.sslSocketFactory`, `SSLCertificateSocketFactory.setTrustManagers` or the
    socket-factory setters — through locals, arrays, instance and static fields, return values of app
    methods, app helpers' parameters, Kotlin objects and d8 lambdas' `INSTANCE` fields; the evidence lists
    the path (method → helper → sink) with source lines. Medium when it is instantiated by code that runs
    but no flow is proven; low when nothing that runs instantiates it (after a return, behind a
    constant-false branch, or only in a static initializer of a class nothing names): dead code, reported,
    not hidden. Findings in a known SDK name it in `library`; `--exclude-libraries` drops them.

    **Severity** is high; it is medium when every proven installation runs only when a runtime debug
    flag is set — a static boolean field (`sget-boolean`), a `BuildConfig` field, or
    `ApplicationInfo.FLAG_DEBUGGABLE` — and the message and evidence name the flag. Such code ships in
    the release binary but runs only where the flag is set (and a flag can be flipped), so it is reported,
    one step lower. Other run-time conditions (`Build.VERSION.SDK_INT`, preferences) do not lower it.

    ## Why it matters
    A TLS connection made with this trust manager accepts any certificate, including one an attacker on
    the network made for the occasion: every request and response can be read and changed. Google Play
    rejects apps with an unsafe `X509TrustManager`.

    ## How to fix
    Remove the class and use the platform's default trust manager (`SSLContext.getInstance("TLS")` with
    `init(null, null, null)`, or no custom socket factory at all). To trust a private CA or pin keys,
    use the network security config (`<trust-anchors>`, `<pin-set>`) instead of code. If a custom trust
    manager is unavoidable, delegate to the default one and throw `CertificateException` on failure.
    Calling `checkValidity()` is not a fix: it checks dates, not who signed the certificate. Debug-only
    trust belongs in `<debug-overrides>` of the network security config, which release builds ignore.

    ## References
    - https://support.google.com/faqs/answer/6346016
    - https://developer.android.com/privacy-and-security/security-ssl#UnknownCa
    - https://cwe.mitre.org/data/definitions/295.html
    - OWASP MASTG-TEST-0234 (Missing implementation of server certificate verification)
    """
    index = app.code
    for ta in trust_all_managers(index):
        use = usage(index, with_subclasses(index, ta.cls.desc), TRUST_MANAGER_SINKS,
                    f"{short_class(ta.cls.desc)}")
        extra = f" ({len(ta.overloads)} overloads)" if len(ta.overloads) > 1 else ""
        what = "trusts any certificate that is in date" if ta.date_only \
            else "accepts every certificate chain"
        properties = [("verdict", "date-only" if ta.date_only else ta.verdict.how), ("usage", use.summary),
                      ("overloads", list(ta.overloads))]
        if use.guards:
            properties.append(("guarded_by", sorted(g.describe() for g in use.guards)))
        yield trust_all_trust_manager.finding(
            f"{short_class(ta.cls.desc)} {what}: checkServerTrusted{extra} {ta.verdict.how}; {use.summary}",
            index.location(ta.method),
            severity=Severity.MEDIUM if use.guards else Severity.HIGH,
            confidence=use.confidence,
            key=ta.cls.desc,
            evidence=ta.verdict.evidence + use.evidence,
            related=use.related,
            library=app.library_for(ta.cls.desc),
            properties=tuple(properties),
        )


@rule(
    id="PS2002", name="accept-all-hostname-verifier", title="Hostname verification accepts every host",
    severity=Severity.HIGH, confidence=Confidence.HIGH, cwe=(297,), masvs=MASVS, platforms=("android",),
)
def accept_all_hostname_verifier(app: AndroidFacts, options: ScanOptions):
    """A `HostnameVerifier` that accepts every host, or the framework's accept-all verifiers.

    ## What it finds
    - Classes implementing `javax.net.ssl.HostnameVerifier` (directly, through an app sub-interface or
      base class, any name; d8 lambdas and Kotlin objects included) whose `verify(String, SSLSession)`
      returns the constant `true` on every feasible path and throws nothing: a `return false` behind a
      branch a constant decides (also kept in a register, `"prod".equals("dev")`) or reached only when
      the hostname or session is null is dead; calls to the app's own boolean methods (a lambda's body,
      a helper) answer through their summaries.
    - Apache HttpClient `X509HostnameVerifier` implementations (an `AbstractVerifier` subclass, say) whose
      `verify(String, SSLSocket)`, `verify(String, X509Certificate)` and `verify(String, String[],
      String[])` overloads never throw and never call another verifier.
    - Uses of Apache HttpClient's `AllowAllHostnameVerifier` and `NoopHostnameVerifier` and of the
      `SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER` field (not in dead code).

    What it assumes: the platform never passes null for `verify`'s hostname and session; calls into
    framework code may return anything; the limits of PS2001's analysis (summaries four levels deep,
    recursion and very large methods "unknown") apply.

    Confidence is high when a value flow is proven from the verifier to
    `HttpsURLConnection.setHostnameVerifier`, `setDefaultHostnameVerifier`, `OkHttpClient.Builder.hostnameVerifier`,
    OkHttp 2's `setHostnameVerifier` or Apache's `SSLSocketFactory.setHostnameVerifier` (the evidence is
    the path), medium when it is only created, low when nothing that runs creates it, or when every
    object created is dropped where it is made — never stored, passed on, returned or thrown (the message
    says so, property `used: false`). Severity is high,
    medium when every proven installation runs only behind a runtime debug flag (a static boolean field,
    a `BuildConfig` field, `ApplicationInfo.FLAG_DEBUGGABLE`), named in the message, as for PS2001.

    ## Why it matters
    A certificate is only proof of identity for the names it lists. Without the host name check, any
    valid certificate for any domain — which anyone can obtain for their own domain — is accepted for
    the app's servers, so an attacker on the network can intercept the traffic. Google Play rejects apps
    with an unsafe `HostnameVerifier`.

    ## How to fix
    Do not set a hostname verifier: the platform's default (`HttpsURLConnection.getDefaultHostnameVerifier()`,
    OkHttp's `OkHostnameVerifier`) is correct. To accept a host a certificate does not name, fix the
    certificate instead.

    ## References
    - https://support.google.com/faqs/answer/7188426
    - https://developer.android.com/privacy-and-security/security-ssl#CommonHostnameProbs
    - https://cwe.mitre.org/data/definitions/297.html
    - OWASP MASTG-TEST-0283 (Incorrect implementation of server hostname verification)
    """
    index = app.code
    for v in accept_all_verifiers(index):
        descs = with_subclasses(index, v.cls.desc)
        use = usage(index, descs, HOSTNAME_VERIFIER_SINKS, short_class(v.cls.desc))
        summary, confidence, evidence = use.summary, use.confidence, use.evidence
        dropped = never_used(index, descs) if use.confidence == Confidence.MEDIUM else []
        if dropped:
            summary += ", but the object is never used (never stored or passed on)"
            confidence = Confidence.LOW
            evidence += ("# the created verifier is never used",)
        yield accept_all_hostname_verifier.finding(
            f"{short_class(v.cls.desc)}.verify returns true for every host; {summary}"
            if v.method.proto.endswith(")Z") else
            f"{short_class(v.cls.desc)}.verify never rejects a host name; {summary}",
            index.location(v.method), severity=Severity.MEDIUM if use.guards else Severity.HIGH,
            confidence=confidence, key=v.cls.desc,
            evidence=v.evidence + evidence, related=use.related, library=app.library_for(v.cls.desc),
            properties=(("used", False),) if dropped else (),
        )
    an = analysis(index)
    sites = index.type_uses(ACCEPT_ALL_TYPES, ops=b"\x22") + index.static_reads(ACCEPT_ALL_FIELDS)
    for site in sites:
        fr = an.frame(site.method)
        i = fr.code.by_off.get(site.insn.off) if fr is not None else None
        if fr is not None and i is not None and not fr.live(i):
            continue  # dead code
        name = short_ref(site.target) if "->" in site.target else short_class(site.target).rsplit(".", 1)[-1]
        here = f"{index.text(site.method, site.insn)} in {index.where(site.method, site.insn.off)}"
        guards = fr.guards(i, index) if fr is not None and i is not None else frozenset()
        flows = an.trace([(site.method, i, (here,), guards)], HOSTNAME_VERIFIER_SINKS) if i is not None else []
        unused = False
        if flows:
            f = flows[0]
            where = f"passed to {short_ref(f.sink.target)} in {f.sink.method.readable}"
            if f.guards:
                where += f" only when {describe_guards(f.guards)}"
            evidence = f.steps + guard_evidence(f.guards)
        else:
            unused = discarded(index, site)
            where = f"created in {site.method.readable}"
            where += ", but never used (never stored or passed on)" if unused else ""
            evidence = (here, *(["# the verifier is never used"] if unused else []))
        yield accept_all_hostname_verifier.finding(
            f"{name} accepts every host name; {where}",
            index.location(site.method, site.insn.off),
            severity=Severity.MEDIUM if flows and flows[0].guards else Severity.HIGH,
            confidence=Confidence.HIGH if flows else Confidence.LOW if unused else Confidence.MEDIUM,
            key=site.target, evidence=evidence, library=app.library_for(site.method.cls.desc),
            properties=(("used", False),) if unused else (),
        )


_WEBVIEW = {
    "unconditional": (Severity.HIGH, Confidence.HIGH, "calls SslErrorHandler.proceed() for every TLS error"),
    "guarded": (Severity.MEDIUM, Confidence.HIGH, "calls SslErrorHandler.proceed() for every TLS error only when"),
    "primary-error": (Severity.HIGH, Confidence.HIGH,
                      "calls SslErrorHandler.proceed() guarded only by SslError.getPrimaryError()"),
    "condition": (Severity.HIGH, Confidence.MEDIUM,
                  "calls SslErrorHandler.proceed() under a condition that does not look at the certificate"),
    "callback": (Severity.MEDIUM, Confidence.MEDIUM,
                 "lets another object (a dialog button, a callback) call SslErrorHandler.proceed()"),
    "certificate-check": (Severity.LOW, Confidence.LOW,
                          "calls SslErrorHandler.proceed() after inspecting the certificate"),
}


@rule(
    id="PS2003", name="webview-ignores-tls-errors", title="WebView proceeds past TLS certificate errors",
    severity=Severity.HIGH, confidence=Confidence.HIGH, cwe=(295,), masvs=MASVS, platforms=("android",),
)
def webview_ignores_tls_errors(app: AndroidFacts, options: ScanOptions):
    """A `WebViewClient.onReceivedSslError` override that calls `SslErrorHandler.proceed()`.

    ## What it finds
    Overrides of `onReceivedSslError(WebView, SslErrorHandler, SslError)` in any subclass of
    `android.webkit.WebViewClient` (directly or through app and library base classes) from which
    `SslErrorHandler.proceed()` is reached on a feasible path — in the override, or in an app method it
    gives the handler to (method summaries record which parameters a method calls `proceed()` or
    `cancel()` on) — with a verdict:
    - **unconditional** — every error is ignored (high); logging first changes nothing;
    - **only when a runtime debug flag is set** (a static boolean field, a `BuildConfig` field,
      `ApplicationInfo.FLAG_DEBUGGABLE`) — the flag is named; medium severity, high confidence;
    - **guarded only by `getPrimaryError()`** — some error kinds are ignored; Google Play still rejects this (high);
    - **another condition** (a preference) — high severity, medium confidence;
    - **a callback** — `proceed()` is called by an object the override creates, such as a dialog's button
      listener (medium: the user is asked, and users click "continue");
    - **after inspecting the certificate** (`SslError.getCertificate()`) — possibly a deliberate pin;
      low severity, for review.

    A branch decided by a constant (`boolean allow = false`, a `switch` on a constant mode) is not a
    condition: its dead side is ignored and its live side is unconditional. The analysis assumes the
    platform never passes null for the handler or the error, so a `proceed()` reached only when one of
    them is null is dead. When the client is proven to reach `WebView.setWebViewClient`, the evidence
    shows that path too.

    ## Why it matters
    `proceed()` loads the page over a connection whose certificate failed validation: an attacker on the
    network can serve any content in the WebView, read cookies and form data, and call any JavaScript
    interface the app exposes.

    ## How to fix
    Do not override `onReceivedSslError`, or call `handler.cancel()` in it. For a private CA, use the
    network security config, which WebView honours.

    ## References
    - https://support.google.com/faqs/answer/7071387
    - https://developer.android.com/reference/android/webkit/WebViewClient#onReceivedSslError(android.webkit.WebView,%20android.webkit.SslErrorHandler,%20android.net.http.SslError)
    - https://cwe.mitre.org/data/definitions/295.html
    - OWASP MASTG-TEST-0284 (Incorrect SSL error handling in WebViews)
    """
    index = app.code
    for w in webview_proceeds(index):
        severity, confidence, text = _WEBVIEW[w.verdict]
        if w.guards:
            text += " " + describe_guards(w.guards)
        same = w.site.method is w.method
        related = () if same else (index.location(w.site.method, w.site.insn.off),)
        evidence = w.evidence
        installed = webview_installed(index, w.method.cls.desc)
        if installed is not None:
            evidence += installed.steps
            related += (index.location(installed.sink.method, installed.sink.insn.off),)
        yield webview_ignores_tls_errors.finding(
            f"{short_class(w.method.cls.desc)}.onReceivedSslError {text}",
            index.location(w.method, w.site.insn.off if same else None),
            severity=severity, confidence=confidence, key=w.method.cls.desc, evidence=evidence,
            related=related, library=app.library_for(w.method.cls.desc), properties=(("verdict", w.verdict),),
        )
