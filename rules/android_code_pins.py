"""Certificate pins declared in code (OkHttp CertificatePinner, AndroidPinning, Cronet, custom trust managers):
pins that cannot work, pins without a backup, and pins that disagree with the network security config."""

from __future__ import annotations

from pinscan.android.facts import AndroidFacts
from pinscan.facts.certs import real_pins
from pinscan.facts.hosts import NSC, HostPattern, entry_pattern
from pinscan.model import Confidence, Severity
from pinscan.rule import ScanOptions, rule

MASVS = ("MASVS-NETWORK-2",)
_JUDGED = ("okhttp", "custom", "androidpinning", "cronet")  # inventory sources whose pins PS2007 judges


def _nsc_pins_for(app, pattern: HostPattern) -> list[tuple[str, set[str]]]:
    """(NSC domain, pin values) of each NSC domain-config with a pin-set that Android applies to some host
    the code's pattern covers: the pattern's own hosts, and the NSC domains (and their subdomains) inside it."""
    nsc = app.nsc
    if nsc is None:
        return []
    names = {d.name for d, _ in nsc.all_domains()}
    hosts = pattern.sample_hosts(names)
    for d, _ in nsc.all_domains():
        hosts += [h for h in (d.name, *HostPattern(d.name, NSC, True).sample_hosts(names)[1:2]) if pattern.covers(h)]
    out: dict[str, set[str]] = {}
    for host in hosts:
        found = nsc.domain_for(host)
        ps = found[1].effective_pin_set() if found else None
        if found and ps is not None and ps.pins:
            out.setdefault(found[0].name, {p.value for p in ps.pins})
    return sorted(out.items())


@rule(
    id="PS2006", name="code-pins-contradict-nsc", title="Pins in code contradict the network security config",
    severity=Severity.MEDIUM, confidence=Confidence.HIGH, cwe=(295,), masvs=MASVS, platforms=("android",),
)
def code_pins_contradict_nsc(app: AndroidFacts, options: ScanOptions):
    """OkHttp pins for a host share no pin with the network security config's pin-set for that host.

    ## What it finds
    Hosts pinned both with `CertificatePinner.Builder.add(host, pins...)` (OkHttp 3/4 or 2) and with a
    `<pin-set>` in the network security config that applies to the same host, where the two lists have
    no pin in common.

    ## Why it matters
    Both checks run on the same connection: the platform checks the NSC pins, OkHttp its own. With
    disjoint lists, the server's chain must contain a key from each list; a key rotation planned with one
    list breaks the other, and the app stops connecting. Usually one of the two lists is stale.

    ## How to fix
    Keep the pins in one place — the network security config is the one Android, WebView and every HTTP
    client honour — and delete the other, or keep both lists identical.

    ## References
    - https://developer.android.com/privacy-and-security/security-config#CertificatePinning
    - https://square.github.io/okhttp/4.x/okhttp/okhttp3/-certificate-pinner/
    """
    for cp in app.code_pins(options.as_of):
        e = cp.entry
        if e.source != "okhttp":
            continue
        code_pins = {p.value for p in e.pins if p.valid and p.digest == "sha256"}
        if not code_pins:
            continue
        disjoint = [(domain, pins) for domain, pins in _nsc_pins_for(app, entry_pattern(e)) if not code_pins & pins]
        if not disjoint:
            continue
        domains = ", ".join(d for d, _ in disjoint)
        nsc_pins = sorted({p for _, pins in disjoint for p in pins})
        yield code_pins_contradict_nsc.finding(
            f"OkHttp pins for {e.host} share no pin with the network security config's pin-set for {domains}",
            e.location, key=e.host, library=cp.library,
            evidence=(f"code: {', '.join(sorted(cp.raw_pins))}", f"nsc: {', '.join(nsc_pins)}"),
        )


@rule(
    id="PS2007", name="code-pin-invalid-or-no-backup", title="Pin in code is invalid or has no backup",
    severity=Severity.MEDIUM, confidence=Confidence.HIGH, cwe=(295,), masvs=MASVS, platforms=("android",),
)
def code_pin_invalid_or_no_backup(app: AndroidFacts, options: ScanOptions):
    """Pins in code that cannot work, or a single pin with no backup.

    ## What it finds
    Pins declared with OkHttp's `CertificatePinner` (all `add()` calls on one builder taken together: three
    `add("owasp.org", pin)` calls are one host with three pins), moxie0's AndroidPinning, Cronet's
    `addPublicKeyPins`, and trust managers that compare the server key's digest with constants:
    - A pin that cannot work: for OkHttp no `sha256/` or `sha1/` prefix or invalid base64 (`add` throws, so
      the pinner is never built), or a digest of the wrong length (it never matches); for Cronet a pin that
      is not 32 bytes (`addPublicKeyPins` throws); for AndroidPinning a pin that is not 40 (SHA-1) or 64
      (SHA-256) hex digits, or of the other digest than the bundled library computes (medium).
    - An OkHttp `sha1/` pin (low: SHA-1 pins are deprecated and OkHttp 5 drops them).
    - A host (or a custom trust manager) with exactly one pin (low: no backup). Entries whose pins are
      (partly) supplied at run time are not judged: their other pins are not in the package.

    ## Why it matters
    An invalid pin crashes the code path that builds the HTTP client, or silently never matches. A single
    pin turns the next key rotation or certificate re-issue into an outage for every installed copy of the
    app, which pushes teams to ship pinning switched off.

    ## How to fix
    Pin SHA-256 hashes of the SubjectPublicKeyInfo (`openssl x509 -pubkey | openssl pkey -pubin -outform der
    | openssl dgst -sha256 -binary | base64`; hex for AndroidPinning's SHA-256 builds), and add at least one
    backup pin: a key kept offline, or the issuing CA's key.

    ## References
    - https://square.github.io/okhttp/4.x/okhttp/okhttp3/-certificate-pinner/
    - https://developer.android.com/privacy-and-security/security-config#CertificatePinning
    - https://developer.android.com/develop/connectivity/cronet/reference/org/chromium/net/CronetEngine.Builder
    - https://github.com/moxie0/AndroidPinning
    - OWASP MASTG-TEST-0242 (Missing Certificate Pinning in Network Security Configuration)
    """
    for cp in app.code_pins(options.as_of):
        e = cp.entry
        if e.source not in _JUDGED:
            continue
        bad = [p for p in e.pins if not p.valid]
        for p in bad:
            yield code_pin_invalid_or_no_backup.finding(
                f"invalid pin for {e.host}: {p.problem}", e.location, key=f"{e.host}|{p.value}",
                library=cp.library, evidence=(f"{p.digest}/{p.value}",))
        sha1 = [p for p in e.pins if p.valid and p.digest == "sha1" and e.source == "okhttp"]
        for p in sha1:
            yield code_pin_invalid_or_no_backup.finding(
                f"SHA-1 pin for {e.host}: deprecated, use sha256/", e.location, severity=Severity.LOW,
                key=f"{e.host}|{p.value}", library=cp.library, evidence=(f"sha1/{p.value}",))
        valid = real_pins(p.value for p in e.pins if p.valid)
        if len(valid) == 1 and not bad and not e.runtime:
            yield code_pin_invalid_or_no_backup.finding(
                f"only one pin for {e.host}: no backup pin for a key rotation", e.location,
                severity=Severity.LOW, key=f"{e.host}|single", library=cp.library,
                evidence=tuple(f"{p.digest}/{p.value}" for p in e.pins))
