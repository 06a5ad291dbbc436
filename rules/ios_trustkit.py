"""TrustKit's pinning policy in Info.plist (`TSKConfiguration`): report-only pins, configurations TrustKit
rejects, expired or expiring pins, invalid hashes, and policies nothing ever validates."""

from __future__ import annotations

from pinscan.facts.certs import judge_backup
from pinscan.facts.expiry import expired, expiry
from pinscan.ios.facts import IosFacts
from pinscan.model import Confidence, Severity
from pinscan.rule import ScanOptions, rule

MASVS_PINNING = ("MASVS-NETWORK-2",)


@rule(
    id="PS3040", name="trustkit-report-only", title="TrustKit pinning is report-only",
    severity=Severity.MEDIUM, confidence=Confidence.HIGH, cwe=(295,), masvs=MASVS_PINNING, platforms=("ios",),
)
def trustkit_report_only(app: IosFacts, options: ScanOptions):
    """A TrustKit domain with `TSKEnforcePinning = NO`.

    ## What it finds
    Domains in `TSKConfiguration` / `TSKPinnedDomains` whose `TSKEnforcePinning` is the Boolean NO (the
    default is YES).

    ## Why it matters
    TrustKit then only sends a report when the pins do not match and lets the connection through: an
    interception succeeds, and the report may never arrive.

    ## How to fix
    Use report-only mode for a staged rollout, then set `TSKEnforcePinning` to YES (or remove it).

    ## References
    - https://github.com/datatheorem/TrustKit/blob/master/docs/getting-started.md
    """
    for b, cfg in app.bundles_with(app.trustkit):
        for d in cfg.domains:
            if not d.enforced:
                yield trustkit_report_only.finding(
                    f"TrustKit pins for {d.name}{b.where} are report-only (TSKEnforcePinning = NO): mismatches "
                    "are reported, not blocked",
                    app.location(b, d.enforce.key_path), key=d.name, evidence=("TSKEnforcePinning = NO",),
                )


@rule(
    id="PS3041", name="trustkit-config-rejected", title="TrustKit configuration TrustKit rejects",
    severity=Severity.MEDIUM, confidence=Confidence.HIGH, cwe=(295,), masvs=MASVS_PINNING, platforms=("ios",),
)
def trustkit_config_rejected(app: IosFacts, options: ScanOptions):
    """A `TSKConfiguration` that TrustKit refuses when it is initialised.

    ## What it finds
    Domains with fewer than two different valid `TSKPublicKeyHashes` (TrustKit requires a backup pin),
    or without `TSKPublicKeyHashes`; a configuration without `TSKSwizzleNetworkDelegates` (required
    since TrustKit 1.3.1) or without any `TSKPinnedDomains`. Also the check TrustKit makes too loosely:
    a domain whose second pin is a placeholder no SHA-256 digest looks like (all zero bytes, one byte or
    a short pattern repeated) passes TrustKit's two-pin rule, but it is no backup — the finding says so.

    ## Why it matters
    TrustKit raises an exception at initialisation: depending on how the app starts it, the app crashes
    at launch or runs with no pinning at all.

    ## How to fix
    Give every domain at least two different SPKI hashes, one of a backup key kept offline, and set
    `TSKSwizzleNetworkDelegates` explicitly.

    ## References
    - https://github.com/datatheorem/TrustKit/releases/tag/1.3.1
    - https://github.com/datatheorem/TrustKit/blob/master/docs/getting-started.md
    """
    for b, cfg in app.bundles_with(app.trustkit):
        if not cfg.swizzle.declared:
            yield trustkit_config_rejected.finding(
                f"TSKConfiguration{b.where} does not set TSKSwizzleNetworkDelegates, which TrustKit requires",
                app.location(b, cfg.key_path), key="swizzle-missing",
            )
        if not cfg.domains:
            yield trustkit_config_rejected.finding(
                f"TSKConfiguration{b.where} pins no domain (TSKPinnedDomains missing or empty)",
                app.location(b, cfg.key_path), key="no-domains",
            )
        for d in cfg.domains:
            n = len(d.distinct_valid)
            backup = judge_backup([h.value for h in d.hashes], [h.problem is None for h in d.hashes])
            if n < 2:
                what = "no" if n == 0 else "only one"
                message = (f"TrustKit domain {d.name}{b.where} has {what} valid pin: TrustKit requires two different "
                           "pins (one a backup) and rejects the configuration")
            elif not backup.has_backup:  # TrustKit counts the placeholder as the second pin; it is no key
                message = (f"TrustKit domain {d.name}{b.where} has {backup.describe()}: TrustKit accepts it as the "
                           "required second pin, but it is no backup")
            else:
                continue
            yield trustkit_config_rejected.finding(
                message, app.location(b, (*d.key_path, "TSKPublicKeyHashes")), key=d.name,
                evidence=tuple(h.value for h in d.hashes),
            )


@rule(
    id="PS3042", name="trustkit-pins-expired", title="TrustKit pins expired",
    severity=Severity.HIGH, confidence=Confidence.HIGH, cwe=(295,), masvs=MASVS_PINNING, platforms=("ios",),
)
def trustkit_pins_expired(app: IosFacts, options: ScanOptions):
    """A TrustKit domain whose `TSKExpirationDate` has passed.

    ## What it finds
    `TSKExpirationDate` before the scan's reference date (today, or `--as-of`).

    ## Why it matters
    After that date TrustKit stops pinning the domain, silently: the app keeps working with ordinary
    CA validation while everyone believes it is pinned.

    ## How to fix
    Ship current pins with a later expiration date (or none), and gate releases on pin expiry.

    ## References
    - https://github.com/datatheorem/TrustKit/blob/master/docs/getting-started.md
    """
    for b, cfg in app.bundles_with(app.trustkit):
        for d in cfg.domains:
            if expired(d.expiration_date, options.as_of):
                yield trustkit_pins_expired.finding(
                    f"TrustKit pins for {d.name}{b.where} expired on {d.expiration}: the domain is no longer pinned",
                    app.location(b, d.expiration_key_path), key=d.name,
                    evidence=(f"TSKExpirationDate = {d.expiration}",), properties=(("expiration", d.expiration),),
                )


@rule(
    id="PS3043", name="trustkit-pins-expiring", title="TrustKit pins expire soon",
    severity=Severity.MEDIUM, confidence=Confidence.HIGH, cwe=(295,), masvs=MASVS_PINNING, platforms=("ios",),
)
def trustkit_pins_expiring(app: IosFacts, options: ScanOptions):
    """A TrustKit domain whose `TSKExpirationDate` falls within the warning window (30 days unless
    `--expiry-warning-days`).

    ## What it finds
    `TSKExpirationDate` between the scan's reference date and that date plus the warning window.

    ## Why it matters
    Installed copies of this build stop pinning the domain on that date; builds still in review reach
    users with pins about to lapse.

    ## How to fix
    Refresh the pins and move the date forward before it passes.

    ## References
    - https://github.com/datatheorem/TrustKit/blob/master/docs/getting-started.md
    """
    for b, cfg in app.bundles_with(app.trustkit):
        for d in cfg.domains:
            e = expiry(d.expiration_date, options.as_of)
            if e is not None and e.within(options.expiry_warning_days):
                days = e.days_left
                yield trustkit_pins_expiring.finding(
                    f"TrustKit pins for {d.name}{b.where} expire on {d.expiration} "
                    f"({days} days from {options.as_of})",
                    app.location(b, d.expiration_key_path), key=d.name,
                    evidence=(f"TSKExpirationDate = {d.expiration}",), properties=(("days_left", days),),
                )


@rule(
    id="PS3044", name="trustkit-invalid-pin", title="Invalid TrustKit pin",
    severity=Severity.MEDIUM, confidence=Confidence.HIGH, cwe=(295,), masvs=MASVS_PINNING, platforms=("ios",),
)
def trustkit_invalid_pin(app: IosFacts, options: ScanOptions):
    """A `TSKPublicKeyHashes` value that is not the base64 of a SHA-256 digest.

    ## What it finds
    Hashes that are not strings, not base64, or do not decode to 32 bytes.

    ## Why it matters
    TrustKit rejects configurations with malformed hashes; at best the pin can never match, leaving
    the domain without the backup the team thinks it has.

    ## How to fix
    Compute hashes with TrustKit's `get_pin_from_certificate.py` or
    `openssl x509 -pubkey -noout | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64`.

    ## References
    - https://github.com/datatheorem/TrustKit/blob/master/docs/getting-started.md
    """
    for b, cfg in app.bundles_with(app.trustkit):
        for d in cfg.domains:
            for h in d.hashes:
                if h.problem:
                    yield trustkit_invalid_pin.finding(
                        f"TrustKit pin for {d.name}{b.where} is invalid: {h.problem}",
                        app.location(b, h.key_path), key=f"{d.name}:{h.value}", evidence=(h.value,),
                    )


@rule(
    id="PS3045", name="trustkit-validation-not-wired", title="TrustKit pins that nothing validates",
    severity=Severity.MEDIUM, confidence=Confidence.MEDIUM, cwe=(295,), masvs=MASVS_PINNING, platforms=("ios",),
)
def trustkit_validation_not_wired(app: IosFacts, options: ScanOptions):
    """`TSKSwizzleNetworkDelegates = NO`, and the bundle's code never hands a challenge to TrustKit.

    ## What it finds
    A TrustKit configuration with `TSKSwizzleNetworkDelegates = NO` in an app or extension whose
    executable (readable, not encrypted) names none of `TSKPinningValidator`'s validation selectors
    (`handleChallenge:completionHandler:`, `evaluateTrust:forHostname:`). Found from tables: medium
    confidence.

    ## Why it matters
    Without swizzling, TrustKit checks pins only where the app's own challenge handlers call its
    validator. With no such call, the configuration documents pins that are never checked.

    ## How to fix
    Call `TrustKit.sharedInstance().pinningValidator.handle(challenge, completionHandler:)` from every
    `URLSession` challenge handler, or set `TSKSwizzleNetworkDelegates` to YES for simple apps.

    ## References
    - https://github.com/datatheorem/TrustKit/blob/master/docs/getting-started.md
    """
    for b, cfg in app.bundles_with(app.trustkit):
        if cfg.swizzle.value is not False or not cfg.domains:
            continue
        code = app.code(b)
        if code is None:
            continue  # encrypted or unreadable: a coverage note says so
        if {"handleChallenge:completionHandler:", "evaluateTrust:forHostname:"} & code.macho.selectors:
            continue
        yield trustkit_validation_not_wired.finding(
            f"TSKSwizzleNetworkDelegates is NO{b.where} and the code never calls TrustKit's pinning validator: "
            f"the pins for {', '.join(d.name for d in cfg.domains)} are not checked",
            app.location(b, cfg.swizzle.key_path), key="not-wired",
            evidence=("TSKSwizzleNetworkDelegates = NO", "no selector handleChallenge:completionHandler: or "
                      "evaluateTrust:forHostname:"),
        )
