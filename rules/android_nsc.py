"""The Android network-policy family: cleartext, trusted CAs, pins and the network security config's
own correctness. All of them read the same facts: the manifest and the parsed NSC of the App model."""

from __future__ import annotations

from pinscan.android.facts import AndroidFacts
from pinscan.facts.certs import judge_backup
from pinscan.facts.expiry import expired, expiry
from pinscan.facts.hosts import entry_pattern, normalise
from pinscan.model import Confidence, Location, Severity
from pinscan.rule import ScanOptions, rule
from pinscan.rules.android_manifest import MASVS_NETWORK, local_host, sdk_location


def _nsc_default_location(nsc, app) -> Location:
    """Where a platform default that the NSC does not override is 'declared'."""
    return Location(path=nsc.path, logical="network-security-config (platform default)", kind="xml-element",
                    line=None) if nsc else sdk_location(app)


def _inheritors(nsc, setting) -> list:
    """The domains whose domain-config does not set `setting` itself (cleartext, anchors) and so takes it from
    base-config or the platform default: a weakness there applies to them too."""
    out = []
    for domain, cfg in nsc.all_domains():
        c = cfg
        while c is not None and c.kind == "domain" and getattr(c, setting) is None:
            c = c.parent
        if c is None or c.kind != "domain":
            out.append(domain)
    return out


def _and_inheritors(domains: list, what: str) -> str:
    """`, and to a.example.com, b.example.com, whose domain-configs inherit it`, or how none does."""
    if not domains:
        return " (every domain-config sets its own)"
    names = ", ".join(dict.fromkeys(d.name for d in domains))
    plural = "s" if len({d.name for d in domains}) > 1 else ""
    return f", and {what} {names}, whose domain-config{plural} inherit{'' if plural else 's'} it"


@rule(
    id="PS1001", name="cleartext-traffic-permitted", title="Cleartext HTTP traffic permitted",
    severity=Severity.MEDIUM, confidence=Confidence.HIGH, cwe=(319,), masvs=MASVS_NETWORK,
    platforms=("android",),
)
def cleartext_permitted(app: AndroidFacts, options: ScanOptions):
    """The app's network policy lets it send traffic in cleartext (plain HTTP, unencrypted sockets).

    ## What it finds
    Where cleartext is allowed and by what: `cleartextTrafficPermitted="true"` in the network security
    config's base-config (every host) or in a domain-config (those hosts); the manifest attribute
    `android:usesCleartextTraffic="true"` when the app has no network security config; and the platform
    default of apps that target API 27 or lower, which permits cleartext unless the app says otherwise.
    When a network security config exists, Android 7.0+ ignores `usesCleartextTraffic`. A finding for the
    base-config or the default names the domain-configs that inherit it (they do not set cleartext themselves).

    Severity: **medium** for the base-config and for `usesCleartextTraffic="true"`; **low** for one
    domain-config, for the targetSdk ≤ 27 default and for `usesCleartextTraffic` read by Android 6.0 and older;
    **info** for `localhost` and emulator addresses.

    ## Why it matters
    Anything sent in cleartext can be read and changed by anyone on the network path: a café Wi-Fi,
    a hostile hotspot, a compromised router. A single `http://` URL (an image, a config fetch, a
    redirect) is enough to inject content or steal session tokens.

    ## How to fix
    Target API 28 or higher and remove `cleartextTrafficPermitted="true"` and
    `android:usesCleartextTraffic="true"`. If one legacy host really needs HTTP, allow it in a
    `domain-config` for that host only, and plan its migration.

    ## References
    - https://developer.android.com/privacy-and-security/security-config#CleartextTrafficPermitted
    - https://developer.android.com/guide/topics/manifest/application-element#usesCleartextTraffic
    - OWASP MASTG-TEST-0235 (Android App Configurations Allowing Cleartext Traffic)
    """
    m = app.manifest
    if m is None:
        return
    nsc = app.nsc
    if nsc is None:
        if app.nsc_problem:
            return  # Android fails to load the policy at all: PS1010 says so
        if m.uses_cleartext_traffic:
            yield cleartext_permitted.finding(
                'android:usesCleartextTraffic="true": the app may use cleartext HTTP to any host',
                m.application_location, key="manifest",
                evidence=('<application android:usesCleartextTraffic="true">',),
            )
        elif m.uses_cleartext_traffic is None and m.target_sdk < 28:
            yield cleartext_permitted.finding(
                f"targetSdk {m.target_sdk} < 28 and no network security config: Android permits cleartext "
                "HTTP to every host by default",
                sdk_location(app), key="sdk-default", severity=Severity.LOW,
                evidence=(f"targetSdkVersion={m.target_sdk}",),
            )
        return
    origin = nsc.base.cleartext_origin()
    if nsc.base.effective_cleartext():
        if origin is not None and origin.kind == "base":
            heirs = _inheritors(nsc, "cleartext")
            yield cleartext_permitted.finding(
                'base-config cleartextTrafficPermitted="true": cleartext HTTP is allowed to every host '
                "without its own domain-config" + _and_inheritors(heirs, "to"),
                origin.location, key="base-config", related=tuple(d.location for d in heirs),
                evidence=('<base-config cleartextTrafficPermitted="true">',),
            )
        else:
            heirs = _inheritors(nsc, "cleartext")
            yield cleartext_permitted.finding(
                f"targetSdk {m.target_sdk} < 28 and the network security config does not set "
                "cleartextTrafficPermitted: cleartext HTTP is allowed to every host by default"
                + _and_inheritors(heirs, "to"),
                _nsc_default_location(nsc, app), key="sdk-default", severity=Severity.LOW,
                related=tuple(d.location for d in heirs), evidence=(f"targetSdkVersion={m.target_sdk}",),
            )
    for domain, cfg in nsc.all_domains():
        origin = cfg.cleartext_origin()
        if not cfg.effective_cleartext() or origin is None or origin.kind != "domain":
            continue  # allowed by base-config or the default: reported once above
        sub = " and its subdomains" if domain.include_subdomains else ""
        yield cleartext_permitted.finding(
            f"cleartext HTTP allowed to {domain.name}{sub}",
            domain.location, key=f"domain:{domain.name}",
            severity=Severity.INFO if local_host(domain.name) else Severity.LOW,
            evidence=(f'<domain-config cleartextTrafficPermitted="true"> <domain>{domain.name}</domain>',),
        )
    if m.uses_cleartext_traffic and m.min_sdk <= 23:
        yield cleartext_permitted.finding(
            'android:usesCleartextTraffic="true" applies on Android 6.0 (API 23), where the network security '
            f"config is not read (minSdk {m.min_sdk})",
            m.application_location, key="manifest-api23", severity=Severity.LOW,
            evidence=('<application android:usesCleartextTraffic="true">',),
        )


@rule(
    id="PS1002", name="user-ca-trusted", title="User-installed CA certificates trusted",
    severity=Severity.MEDIUM, confidence=Confidence.HIGH, cwe=(295,), masvs=MASVS_NETWORK,
    platforms=("android",),
)
def user_ca_trusted(app: AndroidFacts, options: ScanOptions):
    """The app trusts certificate authorities that the device user (or anyone who talks them into it)
    installed, not only the system's CAs.

    ## What it finds
    `<certificates src="user"/>` among the trust anchors of the base-config (every host) or of a
    domain-config; in `<debug-overrides>` when the app is debuggable (they are in force then); and the
    platform default of apps that target API 23 or lower, which trusts user CAs for every host. A finding for
    the base-config or the default names the domain-configs that inherit its trust anchors (they set none).

    Severity: **high** for the base-config (every host) and for debug-overrides in force in a debuggable
    build; **medium** for one domain-config and for the targetSdk ≤ 23 default.

    ## Why it matters
    Installing a CA certificate is a few taps in Settings, and malware, device-management profiles and
    "free VPN" apps routinely ask users to do it. Every TLS connection to a host that trusts user CAs
    can then be intercepted and read without any warning.

    ## How to fix
    Target API 24 or higher and do not list `src="user"` in release configurations. Keep user CAs for
    testing inside `<debug-overrides>` only, and ship release builds with `android:debuggable="false"`.

    ## References
    - https://developer.android.com/privacy-and-security/security-config#TrustingAdditionalCas
    - https://android-developers.googleblog.com/2016/07/changes-to-trusted-certificate.html
    - OWASP MASTG-TEST-0286 (Network Security Configuration Allowing Trust in User-Provided CAs)
    """
    m = app.manifest
    if m is None:
        return
    nsc = app.nsc
    if nsc is None:
        if not app.nsc_problem and m.target_sdk <= 23:
            yield user_ca_trusted.finding(
                f"targetSdk {m.target_sdk} <= 23 and no network security config: Android trusts "
                "user-installed CAs for every host",
                sdk_location(app), key="sdk-default", evidence=(f"targetSdkVersion={m.target_sdk}",),
            )
        return
    seen: set[tuple[str | None, int | None]] = set()
    configs = [("every host without its own domain-config", nsc.base)]
    configs += [(d.name, cfg) for d, cfg in nsc.all_domains()]
    for scope, cfg in configs:
        for a in cfg.effective_anchors():
            if a.src != "user":
                continue
            where = (a.location.path, a.location.line) if a.location.path else ("default", None)
            if where in seen:
                continue
            seen.add(where)
            if a.from_debug:
                yield user_ca_trusted.finding(
                    "the app is debuggable, so debug-overrides are in force and user-installed CAs are "
                    "trusted for every host",
                    a.location, key="debug-overrides", severity=Severity.HIGH,
                    evidence=('<debug-overrides> <certificates src="user"/>',),
                )
            elif a.location.path is None:
                heirs = _inheritors(nsc, "anchors")
                yield user_ca_trusted.finding(
                    f"targetSdk {m.target_sdk} <= 23 and the network security config does not set trust "
                    "anchors: user-installed CAs are trusted by default" + _and_inheritors(heirs, "for"),
                    _nsc_default_location(nsc, app), key="sdk-default", related=tuple(d.location for d in heirs),
                    evidence=(f"targetSdkVersion={m.target_sdk}",),
                )
            else:
                base = scope.startswith("every host")
                heirs = _inheritors(nsc, "anchors") if base else []
                yield user_ca_trusted.finding(
                    f"user-installed CAs are trusted for {scope}" + (_and_inheritors(heirs, "for") if base else ""),
                    a.location, key=f"anchor:{a.location.logical}",
                    severity=Severity.HIGH if base else Severity.MEDIUM, related=tuple(d.location for d in heirs),
                    evidence=('<certificates src="user"/>',),
                )


@rule(
    id="PS1004", name="debug-overrides-in-force", title="Debug overrides in force in this build",
    severity=Severity.HIGH, confidence=Confidence.HIGH, cwe=(295,), masvs=MASVS_NETWORK,
    platforms=("android",),
)
def debug_overrides_in_force(app: AndroidFacts, options: ScanOptions):
    """The network security config's `<debug-overrides>` apply to this build, because it is debuggable.

    ## What it finds
    A `<debug-overrides>` element with trust anchors (in the config itself or in its `_debug` twin
    resource) in an app whose manifest sets `android:debuggable="true"`. In a non-debuggable build the
    element is ignored and nothing is reported.

    ## Why it matters
    Debug trust anchors are added to every host's anchors, and unlike other anchors they override pins
    by default (`overridePins` defaults to true there). Whatever CA they name (often `user`, or a
    developer's proxy CA) can intercept every connection, pinned hosts included.

    ## How to fix
    Ship release builds non-debuggable; the overrides then stay inert. Do not rely on debug-overrides
    being harmless in builds that leave your CI.

    ## References
    - https://developer.android.com/privacy-and-security/security-config#debug-overrides
    - OWASP MASTG-KNOW-0014 (Android Network Security Configuration)
    """
    nsc = app.nsc
    if nsc is None or not nsc.debug_in_force:
        return
    anchors = ", ".join(a.label + (" (overrides pins)" if a.override_pins else "") for a in nsc.debug.anchors)
    yield debug_overrides_in_force.finding(
        f"debug-overrides are in force (the app is debuggable): every host also trusts {anchors}",
        nsc.debug.location, key="debug-overrides",
        evidence=tuple(f'<certificates src="{a.src}" overridePins="{str(a.override_pins).lower()}"/>'
                       for a in nsc.debug.anchors),
    )


def _pin_sets(nsc):
    """Each declared pin-set once, with the domains it applies to (inheritance included)."""
    by_loc: dict = {}
    for domain, cfg in nsc.all_domains():
        ps = cfg.effective_pin_set()
        if ps is not None:
            by_loc.setdefault(ps.location, (ps, []))[1].append(domain.name)
    return [v for _, v in sorted(by_loc.items(), key=lambda kv: (kv[0].line or 0, kv[0].logical or ""))]


@rule(
    id="PS1005", name="pin-set-expired", title="Pin-set expired: pins no longer enforced",
    severity=Severity.HIGH, confidence=Confidence.HIGH, cwe=(295,), masvs=("MASVS-NETWORK-2",),
    platforms=("android",),
)
def pin_set_expired(app: AndroidFacts, options: ScanOptions):
    """A `<pin-set>` whose `expiration` date has passed.

    ## What it finds
    Pin-sets in the network security config with an `expiration` before the scan's reference date
    (today, or `--as-of`).

    ## Why it matters
    After its expiration date Android silently stops checking a pin-set: the app keeps working, and
    the hosts fall back to ordinary CA validation. Everyone believes the app is pinned; it is not.

    ## How to fix
    Refresh the pins (current and backup keys) and move the expiration date forward, or remove it if
    you can ship updates faster than keys change. Gate releases on `--fail-on-pin-expiry`.

    ## References
    - https://developer.android.com/privacy-and-security/security-config#CertificatePinning
    - OWASP MASTG-TEST-0242 (Missing Certificate Pinning in Network Security Configuration)
    """
    nsc = app.nsc
    if nsc is None:
        return
    for ps, domains in _pin_sets(nsc):
        if expired(ps.expiration_date, options.as_of):
            yield pin_set_expired.finding(
                f"pin-set for {', '.join(domains)} expired on {ps.expiration}: Android no longer checks these pins",
                ps.location, key=ps.location.logical or "",
                evidence=(f'<pin-set expiration="{ps.expiration}">',),
                properties=(("expiration", ps.expiration), ("hosts", tuple(domains))),
            )


@rule(
    id="PS1006", name="pin-set-expiring", title="Pin-set expires soon",
    severity=Severity.MEDIUM, confidence=Confidence.HIGH, cwe=(295,), masvs=("MASVS-NETWORK-2",),
    platforms=("android",),
)
def pin_set_expiring(app: AndroidFacts, options: ScanOptions):
    """A `<pin-set>` that expires within the warning window (30 days unless `--expiry-warning-days`).

    ## What it finds
    Pin-sets whose `expiration` falls between the scan's reference date and that date plus the
    warning window.

    ## Why it matters
    Once the date passes, pinning silently stops for every installed copy of this build. Builds in
    review or in staged rollout reach users after the pins have lapsed.

    ## How to fix
    Ship refreshed pins with a later expiration before the date; check the pins still match the
    servers' keys (see `--server-chain`).

    ## References
    - https://developer.android.com/privacy-and-security/security-config#CertificatePinning
    """
    nsc = app.nsc
    if nsc is None:
        return
    for ps, domains in _pin_sets(nsc):
        e = expiry(ps.expiration_date, options.as_of)
        if e is not None and e.within(options.expiry_warning_days):
            days = e.days_left
            yield pin_set_expiring.finding(
                f"pin-set for {', '.join(domains)} expires on {ps.expiration} ({days} days from {options.as_of})",
                ps.location, key=ps.location.logical or "",
                evidence=(f'<pin-set expiration="{ps.expiration}">',),
                properties=(("expiration", ps.expiration), ("days_left", days)),
            )


@rule(
    id="PS1007", name="pin-set-no-backup", title="Pin-set without a backup pin",
    severity=Severity.MEDIUM, confidence=Confidence.HIGH, cwe=(295,), masvs=("MASVS-NETWORK-2",),
    platforms=("android",),
)
def pin_set_no_backup(app: AndroidFacts, options: ScanOptions):
    """A `<pin-set>` with a single pin, whose pins all name the same key, or whose "backup" is a placeholder.

    ## What it finds
    Pin-sets with fewer than two different real keys among their valid pins: one pin, the same pin
    repeated, or a second pin that is a placeholder no SHA-256 digest looks like — all zero bytes
    (`AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=`), one byte repeated, a short byte pattern repeated,
    consecutive byte values. A placeholder matches no server key, so it is no backup; a pin-set of
    placeholders only matches nothing at all, and every connection to its hosts fails.

    ## Why it matters
    When the one pinned key is rotated, lost or compromised, every installed copy of the app fails to
    connect until users update. Android's documentation asks for a backup pin for this reason; teams
    under that pressure tend to remove pinning altogether.

    ## How to fix
    Add at least one backup pin: the SPKI hash of a key held offline, or of an intermediate CA you
    will keep using.

    ## References
    - https://developer.android.com/privacy-and-security/security-config#CertificatePinning
    - https://owasp.org/www-community/controls/Certificate_and_Public_Key_Pinning
    """
    nsc = app.nsc
    if nsc is None:
        return
    for ps, domains in _pin_sets(nsc):
        backup = judge_backup([p.value for p in ps.pins], [p.problem is None for p in ps.pins])
        if not backup.no_backup:
            continue
        tail = "no backup if that key changes" if backup.real else \
            "no server key can match, so every connection to it fails"
        yield pin_set_no_backup.finding(
            f"pin-set for {', '.join(domains)} has {backup.describe()}: {tail}",
            ps.location, key=ps.location.logical or "",
            evidence=tuple(f'<pin digest="{p.digest}">{p.value}</pin>' for p in ps.pins),
        )


@rule(
    id="PS1008", name="invalid-pin", title="Invalid pin",
    severity=Severity.MEDIUM, confidence=Confidence.HIGH, cwe=(295,), masvs=("MASVS-NETWORK-2",),
    platforms=("android",),
)
def invalid_pin(app: AndroidFacts, options: ScanOptions):
    """A `<pin>` that is not a SHA-256 digest in base64.

    ## What it finds
    Pins whose `digest` is not `SHA-256`, whose text is not base64, or that do not decode to 32 bytes.

    ## Why it matters
    Android refuses the whole network security config when one pin is malformed: the app throws at its
    first TLS connection ("Failed to parse XML configuration"). A typo in a pin is an outage, and a
    rushed fix often drops pinning.

    ## How to fix
    Compute pins as `base64(sha256(SubjectPublicKeyInfo))` and declare them with `digest="SHA-256"`:

        openssl x509 -in cert.pem -pubkey -noout | openssl pkey -pubin -outform der \
          | openssl dgst -sha256 -binary | base64

    ## References
    - https://developer.android.com/privacy-and-security/security-config#CertificatePinning
    """
    nsc = app.nsc
    if nsc is None:
        return
    for p in nsc.problems:
        if p.kind == "invalid-pin":
            yield invalid_pin.finding(p.message, p.location, key=p.message)


_OVERRIDE_SEVERITY = {"user": Severity.HIGH, "system": Severity.MEDIUM}


@rule(
    id="PS1009", name="override-pins", title="Trust anchor overrides pins",
    severity=Severity.HIGH, confidence=Confidence.HIGH, cwe=(295,), masvs=("MASVS-NETWORK-2",),
    platforms=("android",),
)
def override_pins(app: AndroidFacts, options: ScanOptions):
    """A trust anchor with `overridePins="true"` applies to a pinned host, so pins can be bypassed.

    ## What it finds
    `<certificates overridePins="true">` among the effective trust anchors of a domain that has a
    pin-set (debug-overrides count when the app is debuggable, where `overridePins` defaults to true).
    Severity follows who can add a certificate to that anchor: `user` (anyone who can get a CA
    installed) is high, `system` (any public CA) is medium, a bundled `@raw` certificate is low.

    ## Why it matters
    Android skips the pin check whenever the server's chain ends in an anchor that overrides pins.
    With `src="user"` a single user-installed proxy CA defeats the pinning; with `src="system"` any
    certificate a public CA issues does.

    ## How to fix
    Remove `overridePins="true"` from release configurations. If a private CA must bypass pins, keep
    it to a bundled `@raw` certificate you control.

    ## References
    - https://developer.android.com/privacy-and-security/security-config#certificates
    - https://developer.android.com/privacy-and-security/security-config#CertificatePinning
    """
    nsc = app.nsc
    if nsc is None:
        return
    by_anchor: dict = {}
    for domain, cfg in nsc.all_domains():
        if cfg.effective_pin_set() is None:
            continue
        for a in cfg.effective_anchors():
            if a.override_pins:
                by_anchor.setdefault(a, []).append(domain.name)
    for a, hosts in sorted(by_anchor.items(), key=lambda kv: (kv[0].location.line or 0, kv[0].src)):
        sev = _OVERRIDE_SEVERITY.get(a.src, Severity.LOW)
        yield override_pins.finding(
            f"trust anchor {a.label} has overridePins=\"true\": pins for {', '.join(hosts)} are bypassed by any "
            f"chain that ends in it",
            a.location, key=f"{a.location.logical}:{a.src}", severity=sev,
            evidence=(f'<certificates src="{a.src}" overridePins="true"/>',),
            properties=(("anchor", a.src), ("hosts", tuple(hosts))),
        )


@rule(
    id="PS1010", name="nsc-missing-or-malformed", title="Network security config missing or unreadable",
    severity=Severity.MEDIUM, confidence=Confidence.HIGH, cwe=(1188,), masvs=MASVS_NETWORK,
    platforms=("android",),
)
def nsc_missing_or_malformed(app: AndroidFacts, options: ScanOptions):
    """The manifest names a network security config that cannot be loaded.

    ## What it finds
    `android:networkSecurityConfig` pointing at a resource missing from `resources.arsc` or from the
    package, a file that is not valid XML, or one whose root is not `<network-security-config>`; and
    `<certificates src="@raw/...">` naming a missing resource.

    ## Why it matters
    Android throws "Failed to parse XML configuration" at the app's first TLS connection: networking
    breaks for every user, and none of the intended pins or cleartext restrictions exist.

    ## How to fix
    Point the manifest at an existing `res/xml/...` resource with a `<network-security-config>` root;
    build with resource shrinking rules that keep it and every `@raw` anchor it names.

    ## References
    - https://developer.android.com/privacy-and-security/security-config#manifest
    """
    problem = app.nsc_problem
    if problem is not None:
        message, loc = problem
        yield nsc_missing_or_malformed.finding(
            f"network security config cannot be loaded: {message}", loc, key="nsc",
        )
        return
    nsc = app.nsc
    if nsc is None:
        return
    for p in nsc.problems:
        if p.kind in ("missing-resource", "malformed"):
            yield nsc_missing_or_malformed.finding(p.message, p.location, key=p.message)


@rule(
    id="PS1011", name="nsc-structural-error", title="Network security config has a structural error",
    severity=Severity.MEDIUM, confidence=Confidence.HIGH, cwe=(1188,), masvs=MASVS_NETWORK,
    platforms=("android",),
)
def nsc_structural_error(app: AndroidFacts, options: ScanOptions):
    """The network security config breaks a rule Android enforces when it loads the file.

    ## What it finds
    A `<pin-set>` in `<base-config>` or `<debug-overrides>`; the same domain in two places; two
    `<pin-set>` or two `<trust-anchors>` in one config; a `<domain-config>` without `<domain>`; a
    nested `<domain-config>` outside a domain-config; a second `<base-config>` or `<debug-overrides>`;
    an expiration date that is not `yyyy-MM-dd`; `<certificates>` without or with an unknown `src`.

    ## Why it matters
    Android rejects the entire file at the app's first TLS connection: networking fails, and none of
    the file's pins or restrictions ever apply. Builds pass review because nothing fails until runtime.

    ## How to fix
    Follow the schema in the documentation: pins only inside `<domain-config>`, each domain once, one
    pin-set and one trust-anchors per config.

    ## References
    - https://developer.android.com/privacy-and-security/security-config#FileFormat
    """
    nsc = app.nsc
    if nsc is None:
        return
    for p in nsc.problems:
        if p.fatal and p.kind in ("structure", "invalid-date"):
            yield nsc_structural_error.finding(p.message, p.location, key=p.message)


@rule(
    id="PS1012", name="nsc-ignored-content", title="Network security config content Android ignores",
    severity=Severity.LOW, confidence=Confidence.MEDIUM, cwe=(1188,), masvs=MASVS_NETWORK,
    platforms=("android",),
)
def nsc_ignored_content(app: AndroidFacts, options: ScanOptions):
    """Elements or attributes in the network security config that Android does not read.

    ## What it finds
    Unknown elements (`<pinset>`, `<pin-sets>`, `<trust-anchor>`...) and unknown attributes
    (`includeSubDomains` with a capital D, `overridepins`...) on the config's elements, with the name
    Android expects when one is close. TrustKit-Android's `<trustkit-config>` (and its `<report-uri>`) inside
    a domain-config is not reported when the app initialises TrustKit, which reads it; then what TrustKit
    itself ignores inside it (an `enforcePining` attribute, a `<report-url>`) is.

    ## Why it matters
    Android skips what it does not know without a warning. A misspelt `<pin-set>` means the host is not
    pinned at all; a misspelt `includeSubdomains` leaves every subdomain unpinned. Unknown content next
    to pins is reported at medium severity.

    ## How to fix
    Use the exact element and attribute names from the documentation.

    ## References
    - https://developer.android.com/privacy-and-security/security-config#FileFormat
    - https://github.com/datatheorem/TrustKit-Android/blob/master/docs/getting-started.md
    """
    nsc = app.nsc
    if nsc is None:
        return
    trustkit = app.trustkit_initialised
    for p in nsc.problems:
        if (p.reader == "without-trustkit" and trustkit) or (p.reader == "trustkit" and not trustkit):
            continue  # TrustKit reads it in this app / only TrustKit would read it, and the app has no TrustKit
        if p.kind in ("unknown-element", "unknown-attribute"):
            serious = "did you mean" in p.message and any(
                word in p.message for word in ("pin-set", "'pin'", "includeSubdomains", "overridePins",
                                               "trust-anchors", "digest", "domain-config", "enforcePinning")
            )
            yield nsc_ignored_content.finding(p.message, p.location, key=p.message,
                                              severity=Severity.MEDIUM if serious else Severity.LOW)


def _trustkit_enforces(entries, host: str) -> bool:
    """Whether TrustKit's policy for `host` (exact domain, else the longest includeSubdomains one, as
    TrustKitConfiguration.getPolicyForHostname picks it) is enforced."""
    exact = [e for e in entries if normalise(e.host) == normalise(host)]
    covering = sorted((e for e in entries if entry_pattern(e).covers(host)), key=lambda e: -len(e.host))
    chosen = (exact or covering)[:1]
    return bool(chosen) and chosen[0].enforced


@rule(
    id="PS1013", name="pins-unenforced-old-android", title="Pins not enforced on Android 6.0 and older",
    severity=Severity.MEDIUM, confidence=Confidence.HIGH, cwe=(295,), masvs=("MASVS-NETWORK-2",),
    platforms=("android",),
)
def pins_unenforced_old_android(app: AndroidFacts, options: ScanOptions):
    """Pins are declared in the network security config, but the app also installs on Android versions
    that do not read it, and nothing else enforces those pins there.

    ## What it finds
    An app with NSC pin-sets whose `minSdkVersion` is below 24 (Android 7.0), for the hosts whose pins
    are not enforced on those versions. TrustKit-Android, when the app initialises it
    (`TrustKit.initializeWithNetworkSecurityConfiguration`), enforces the same pins from API 17 for domains
    whose `<trustkit-config enforcePinning="true">`: those hosts are named as covered, and the finding is
    only raised for them when `minSdkVersion` is below 17.

    ## Why it matters
    Android 6.0 and older ignore the network security config: on those devices the hosts are not
    pinned, and their users (often the least patched) get ordinary CA validation only. TrustKit's own
    checks apply only to connections that use its `SSLSocketFactory` or `TrustManager`.

    ## How to fix
    Raise `minSdkVersion` to 24, or pin in code as well for older devices (OkHttp `CertificatePinner`,
    TrustKit with `enforcePinning="true"`, or a pinning TrustManager).

    ## References
    - https://developer.android.com/privacy-and-security/security-config
    - https://developer.android.com/privacy-and-security/security-config#CertificatePinning
    - https://github.com/datatheorem/TrustKit-Android/blob/master/docs/getting-started.md
    """
    nsc = app.nsc
    m = app.manifest
    if nsc is None or m is None or m.min_sdk >= 24:
        return
    sets = _pin_sets(nsc)
    if not sets:
        return
    hosts = sorted({h for _, domains in sets for h in domains})
    trustkit = [cp.entry for cp in app.code_pins(options.as_of) if cp.entry.source == "trustkit"]
    covered = [h for h in hosts if _trustkit_enforces(trustkit, h)]
    uncovered = [h for h in hosts if h not in covered]
    via = "on connections that use TrustKit's SSLSocketFactory or TrustManager"
    if uncovered:
        message = (f"minSdk {m.min_sdk} < 24: the pins for {', '.join(uncovered)} are not enforced on Android 6.0 "
                   "and older")
        if covered:
            message += f"; TrustKit enforces those for {', '.join(covered)} from API 17 ({via})"
    elif m.min_sdk < 17:
        message = (f"minSdk {m.min_sdk} < 17: the pins for {', '.join(covered)} are not enforced on Android 4.1 "
                   f"and older; TrustKit enforces them from API 17 ({via}), the NSC from API 24")
    else:
        return
    yield pins_unenforced_old_android.finding(
        message, sdk_location(app), key="min-sdk",
        evidence=(f"minSdkVersion={m.min_sdk}",),
        related=tuple(ps.location for ps, _ in sets),
    )
