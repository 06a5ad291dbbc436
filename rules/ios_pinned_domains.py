"""iOS identity pinning with `NSPinnedDomains` (App Transport Security, iOS 14+): malformed entries,
invalid pins, pins without a backup, and apps that still run on iOS versions that ignore the key."""

from __future__ import annotations

from pinscan.facts.certs import judge_backup
from pinscan.ios.facts import IosFacts
from pinscan.model import Confidence, Severity
from pinscan.rule import ScanOptions, rule

MASVS_PINNING = ("MASVS-NETWORK-2",)


@rule(
    id="PS3020", name="ats-pin-invalid", title="Invalid SPKI-SHA256-BASE64 pin in NSPinnedDomains",
    severity=Severity.MEDIUM, confidence=Confidence.HIGH, cwe=(295,), masvs=MASVS_PINNING, platforms=("ios",),
)
def ats_pin_invalid(app: IosFacts, options: ScanOptions):
    """An `SPKI-SHA256-BASE64` value that is not the base64 of a SHA-256 digest.

    ## What it finds
    Values in `NSPinnedCAIdentities` or `NSPinnedLeafIdentities` that are not strings, not valid
    base64, or do not decode to 32 bytes. When no valid value is left for a domain the finding says so:
    ATS can then never match the server, and every connection to the domain fails.

    ## Why it matters
    A mistyped pin never matches any certificate. With a valid backup the pin is dead weight that hides
    a lost key; without one, the domain is unreachable for every user, and the usual hotfix is to drop
    pinning altogether.

    ## How to fix
    Compute each value as `base64(sha256(DER SubjectPublicKeyInfo))`, e.g. with
    `openssl x509 -pubkey -noout | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64`.

    ## References
    - https://developer.apple.com/documentation/bundleresources/information-property-list/nspinnedleafidentities/spki-sha256-base64
    """
    for b, ats in app.bundles_with(app.ats):
        for d in ats.pinned:
            bad = [p for p in d.pins if p.problem]
            if not bad:
                continue
            none_left = not d.usable
            for p in bad:
                tail = "; no valid pin is left, so every connection to it fails" if none_left else ""
                yield ats_pin_invalid.finding(
                    f"pin for {d.name}{b.where} is invalid: {p.problem}{tail}",
                    app.location(b, p.key_path), key=f"{d.name}:{p.kind}:{p.value}",
                    severity=Severity.HIGH if none_left else None, evidence=(f"SPKI-SHA256-BASE64 = {p.value}",),
                )


@rule(
    id="PS3021", name="ats-pin-no-backup", title="Pinned domain without a backup pin",
    severity=Severity.MEDIUM, confidence=Confidence.HIGH, cwe=(295,), masvs=MASVS_PINNING, platforms=("ios",),
)
def ats_pin_no_backup(app: IosFacts, options: ScanOptions):
    """An `NSPinnedDomains` identity list with a single usable pin.

    ## What it finds
    `NSPinnedLeafIdentities` or `NSPinnedCAIdentities` with fewer than two different real keys among
    their valid values: one value, the same value repeated, or a "backup" that is a placeholder no SHA-256
    digest looks like (all zero bytes, one byte or a short pattern repeated, consecutive bytes). When a
    domain has both lists, both must match, so each list needs its own backup.

    ## Why it matters
    When the pinned key is rotated, revoked or lost, the app cannot connect until users install an
    update. Apple recommends more than one leaf identity for this reason.

    ## How to fix
    Add a backup: the SPKI hash of a key kept offline, or of a second CA you could switch to.

    ## References
    - https://developer.apple.com/documentation/bundleresources/information-property-list/nspinnedleafidentities
    - https://developer.apple.com/news/?id=g9ejcf8y
    """
    for b, ats in app.bundles_with(app.ats):
        for d in ats.pinned:
            for kind, pins, key in (("leaf", d.leaf, "NSPinnedLeafIdentities"), ("CA", d.ca, "NSPinnedCAIdentities")):
                backup = judge_backup([p.value for p in pins], [p.problem is None for p in pins])
                if not backup.no_backup:
                    continue
                if not backup.placeholders:
                    what = f"pins a single {kind} key ({key}): no backup if it changes"
                elif backup.real:
                    what = f"pins one real {kind} key ({key}): {backup.fakes()}, so there is no backup if the " \
                        "key changes"
                else:
                    what = f"pins no real {kind} key ({key}): {backup.fakes()}; no server key can match, so " \
                        "connections to it fail"
                yield ats_pin_no_backup.finding(
                    f"{d.name}{b.where} {what}",
                    app.location(b, (*d.key_path, key)), key=f"{d.name}:{kind}",
                    evidence=tuple(f"SPKI-SHA256-BASE64 = {p.value}" for p in pins),
                )


@rule(
    id="PS3022", name="ats-pins-old-ios", title="NSPinnedDomains not enforced on iOS 13 and older",
    severity=Severity.MEDIUM, confidence=Confidence.HIGH, cwe=(295,), masvs=MASVS_PINNING, platforms=("ios",),
)
def ats_pins_old_ios(app: IosFacts, options: ScanOptions):
    """Pins are declared in `NSPinnedDomains`, but the app's minimum OS is below iOS 14.

    ## What it finds
    An app or extension with `NSPinnedDomains` entries in an app whose `MinimumOSVersion` (or the main
    binary's `LC_BUILD_VERSION` minimum) is below 14.0.

    ## Why it matters
    iOS 13 and older do not know the key: on those devices the domains are not pinned at all, and
    nothing in the app says so.

    ## How to fix
    Raise the deployment target to iOS 14, or also pin in code (TrustKit, or a URLSession delegate
    that checks the SPKI) for older devices.

    ## References
    - https://developer.apple.com/documentation/bundleresources/information-property-list/nsapptransportsecurity/nspinneddomains
    """
    if app.min_os is None or app.min_os_tuple >= (14,):
        return
    for b, ats in app.bundles_with(app.ats):
        hosts = sorted(d.name for d in ats.pinned)
        if hosts:
            yield ats_pins_old_ios.finding(
                f"minimum OS {app.min_os} < 14: the NSPinnedDomains pins for {', '.join(hosts)}{b.where} are not "
                "enforced on iOS 13 and older",
                app.min_os_location() if b.component is None else app.location(b, ("NSAppTransportSecurity",
                                                                                     "NSPinnedDomains")),
                key="min-os", evidence=(f"MinimumOSVersion = {app.min_os}",),
                related=tuple(app.location(b, d.key_path) for d in ats.pinned),
            )


@rule(
    id="PS3023", name="ats-pinned-domain-malformed", title="Malformed NSPinnedDomains entry",
    severity=Severity.MEDIUM, confidence=Confidence.HIGH, cwe=(1188,), masvs=MASVS_PINNING, platforms=("ios",),
)
def ats_pinned_domain_malformed(app: IosFacts, options: ScanOptions):
    """An `NSPinnedDomains` entry whose structure ATS cannot use.

    ## What it finds
    `NSPinnedDomains` that is not a dictionary; a domain whose value is not a dictionary; a domain with
    neither `NSPinnedCAIdentities` nor `NSPinnedLeafIdentities`; identity lists that are not arrays, are
    empty, or hold items that are not `{SPKI-SHA256-BASE64: ...}` dictionaries.

    ## Why it matters
    Apple requires at least one identity list per pinned domain. An entry ATS cannot read either pins
    nothing (the team believes the domain is pinned) or, with an empty list, can never be satisfied.

    ## How to fix
    Give every pinned domain an array of `{SPKI-SHA256-BASE64: <base64>}` dictionaries under
    `NSPinnedLeafIdentities` and/or `NSPinnedCAIdentities`.

    ## References
    - https://developer.apple.com/documentation/bundleresources/information-property-list/nsapptransportsecurity/nspinneddomains
    - https://developer.apple.com/documentation/bundleresources/information-property-list/nspinnedcaidentities
    """
    for b, ats in app.bundles_with(app.ats):
        for p in ats.problems:
            if p.kind == "pin-structure":
                yield ats_pinned_domain_malformed.finding(
                    p.message + b.where, app.location(b, p.key_path), key="/".join(p.key_path),
                )
