"""The pin inventory (NSPinnedDomains, TrustKit, code) and the effective ATS policy per host, per
bundle that iOS runs as a process (the app and each extension)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from pinscan.facts.certs import judge_backup
from pinscan.facts.expiry import expired
from pinscan.ios.ats import Ats, ExceptionDomain, PinnedDomain, local_name
from pinscan.ios.code import CodeFacts
from pinscan.ios.trustkit import TrustKitConfig
from pinscan.model import CoverageNote, HostPolicy, Pin, PinEntry

if TYPE_CHECKING:
    from pinscan.ios.app import Bundle, IosApp

SUBDOMAIN_NOTE = "NSIncludesSubdomains: Apple documents it as covering subdomains one label deep"


IOS10_KEYS = ("NSAllowsArbitraryLoadsInWebContent", "NSAllowsArbitraryLoadsForMedia", "NSAllowsLocalNetworking")


def no_ats_reason(app: IosApp, bundle: Bundle) -> str:
    sdk = app.sdk(bundle)
    return (f"linked against the iOS {sdk.version} SDK (per {sdk.source}): iOS applies App Transport Security only "
            "to apps linked against the iOS 9 SDK or later, so it ignores NSAppTransportSecurity here")


def ats_pin_entries(app: IosApp, bundle: Bundle, ats: Ats, index: dict[str, str]) -> list[PinEntry]:
    out = []
    for d in ats.pinned:
        pins = tuple(Pin(f"{p.kind}-sha256", p.value, p.problem is None, p.problem, index.get(p.value))
                     for p in d.pins)
        reasons = []
        if not app.ats_in_force(bundle):
            reasons.append(no_ats_reason(app, bundle))
        if not d.usable:
            reasons.append("no valid SPKI-SHA256-BASE64 value: no certificate can match, so connections to it fail")
        notes = []
        if app.min_os_tuple < (14,):
            notes.append(f"not enforced on iOS 13 and older (minimum OS {app.min_os}): NSPinnedDomains needs iOS 14")
        for kind, values in (("leaf", d.leaf), ("CA", d.ca)):
            backup = judge_backup([p.value for p in values], [p.problem is None for p in values]).note()
            if backup:
                notes.append(f"{kind} identities: {backup}")
        out.append(PinEntry(
            host=d.name, include_subdomains=d.include_subdomains, pins=pins, source="ats",
            location=app.location(bundle, d.key_path), expiration=None, enforced=not reasons,
            not_enforced_because=tuple(reasons), notes=tuple(notes),
        ))
    return out


TRUSTKIT_VALIDATOR_SELECTORS = frozenset({"handleChallenge:completionHandler:", "evaluateTrust:forHostname:"})


def trustkit_global_reasons(app: IosApp, bundle: Bundle, cfg: TrustKitConfig) -> list[str]:
    """Why none of the bundle's TrustKit pins is checked, whatever each domain says."""
    reasons = []
    short = sorted(d.name for d in cfg.domains if len(d.distinct_valid) < 2)
    if short:
        reasons.append(f"TrustKit rejects the whole configuration: {', '.join(short)} lack two valid, different pins")
    if not cfg.swizzle.declared:
        reasons.append("TrustKit rejects the configuration: TSKSwizzleNetworkDelegates is not set")
    code = app.code(bundle)
    if cfg.swizzle.value is False and code is not None and not (TRUSTKIT_VALIDATOR_SELECTORS & code.macho.selectors):
        reasons.append("TSKSwizzleNetworkDelegates is NO and the code never calls TrustKit's pinning validator")
    return reasons


def trustkit_pin_entries(app: IosApp, bundle: Bundle, cfg: TrustKitConfig, as_of: dt.date,
                         index: dict[str, str]) -> list[PinEntry]:
    out = []
    global_reasons = trustkit_global_reasons(app, bundle, cfg)
    for d in cfg.domains:
        pins = tuple(Pin("sha256", h.value, h.problem is None, h.problem, index.get(h.value)) for h in d.hashes)
        reasons = []
        if not d.enforced:
            reasons.append("TSKEnforcePinning is NO: failures are only reported, connections go through")
        if expired(d.expiration_date, as_of):
            reasons.append(f"TSKExpirationDate {d.expiration} has passed: TrustKit no longer pins this domain")
        reasons += global_reasons
        backup = judge_backup([h.value for h in d.hashes], [h.problem is None for h in d.hashes]).note()
        out.append(PinEntry(
            host=d.name, include_subdomains=d.include_subdomains, pins=pins, source="trustkit",
            location=app.location(bundle, d.key_path), expiration=d.expiration, enforced=not reasons,
            not_enforced_because=tuple(reasons), notes=(backup,) if backup else (), report_uris=d.report_uris,
        ))
    return out


def code_pin_entries(app: IosApp, bundle: Bundle, code: CodeFacts) -> list[PinEntry]:
    """Pinning set up in code. The hosts are not recoverable from the tables (host "*"); the pins are
    the bundled certificates the libraries load by default."""
    certs = tuple(Pin("sha256", c.spki_sha256, True, None, c.path) for c in app.certificates)
    out = []
    exe = app.executable_path(bundle)
    sources = []
    if code.alamofire_pinning:
        sources.append(("alamofire", code.alamofire_pinning[0].symbol,
                        "Alamofire " + ", ".join(sorted({n.type_name for n in code.alamofire_pinning}))))
    # AFNetworking pins only with a pinning mode and certificates; without explicit certificates it
    # loads the bundle's .cer files. The mode is not read, so require certificates to list an entry.
    explicit = [s for s in code.af_pinning if "PinnedCertificates" in s]
    if code.af_pinning and (certs or explicit):
        sources.append(("afnetworking", code.af_pinning[0], "AFSecurityPolicy " + ", ".join(code.af_pinning)))
    if code.custom_pinning and (code.evaluates_trust or code.challenge_handlers):
        sources.append(("custom", code.custom_pinning[0].what, ", ".join(r.what for r in code.custom_pinning)))
    out += _trustkit_in_code(app, bundle, code)
    for source, symbol, what in sources:
        reasons = ()
        if not certs:
            reasons = (f"{what} is used but no certificate is bundled: the pins are not in the package",)
        out.append(PinEntry(
            host="*", include_subdomains=False, pins=certs, source=source,
            location=app.symbol_location(bundle, symbol) if exe else app.location(bundle, ()),
            enforced=bool(certs), not_enforced_because=reasons,
        ))
    return out


def _trustkit_in_code(app: IosApp, bundle: Bundle, code: CodeFacts) -> list[PinEntry]:
    """TrustKit initialised with a dictionary built in code, not TSKConfiguration in the Info.plist.

    A compiled dictionary literal keeps its strings but not which hash belongs to which host, so the
    hashes beside the TrustKit keys are listed under host "*" and the coverage says so."""
    if "TSKPinnedDomains" not in code.trustkit_code_keys or app.trustkit(bundle) is not None:
        return []
    index = app.certificate_index()
    pins = tuple(Pin("sha256", h, True, None, index.get(h)) for h in code.trustkit_code_hashes)
    reasons = ()
    if len(pins) < 2:
        reasons = ("TrustKit refuses a pinned domain with fewer than two hashes (one must be a backup), and "
                   f"this binary holds {len(pins)}",)
    app.coverage.append(CoverageNote(
        app.executable_path(bundle) or bundle.root, "warning",
        "TrustKit is configured in code: its SPKI hashes are listed under host *; which host each pins, "
        "and TSKEnforcePinning, are not recoverable from the compiled dictionary"))
    return [PinEntry(host="*", include_subdomains=False, pins=pins, source="trustkit",
                     location=app.symbol_location(bundle, "kTSKPinnedDomains"), enforced=not reasons,
                     not_enforced_because=reasons)]


def _exception_notes(e: ExceptionDomain, ios9: bool) -> list[str]:
    notes = []
    if e.min_tls.declared:
        notes.append(f"minimum TLS {e.min_tls.value}")
    if not e.forward_secrecy_required:
        notes.append("forward secrecy not required")
    if e.ct_required:
        notes.append("certificate transparency required")
        if ios9:
            notes.append("NSRequiresCertificateTransparency is an iOS 10 key: iOS 9 ignores it")
    if e.include_subdomains:
        notes.append(SUBDOMAIN_NOTE)
    if not e.matches:
        notes.append("this domain key never matches a host name: the exception has no effect")
    if e.legacy:
        notes.append("set with undocumented NSTemporaryException... keys")
    return notes


def _default_policy(app: IosApp, bundle: Bundle, ats: Ats, cleartext: tuple[bool, bool]) -> HostPolicy:
    """The app-wide (`*`) row: what ATS allows a host without an exception domain."""
    modern, old = cleartext
    notes = []
    aal = ats.setting("NSAllowsArbitraryLoads")
    if aal.value is True and not modern:
        ignored = " and ".join(ats.narrower_present)
        verb = "are" if len(ats.narrower_present) > 1 else "is"
        notes.append(f"NSAllowsArbitraryLoads is ignored on iOS 10+ because {ignored} {verb} present"
                     + (f"; it applies on iOS 9 (minimum OS {app.min_os})" if old else ""))
    if app.min_os_tuple < (9,):
        notes.append(f"iOS 8 and older have no ATS: on those devices (minimum OS {app.min_os}) cleartext HTTP is "
                     "allowed to every host")
    ios10 = [k for k in IOS10_KEYS if ats.setting(k).declared]
    if ios10 and app.min_os_tuple < (10,):
        verb, them = ("are iOS 10 keys", "them") if len(ios10) > 1 else ("is an iOS 10 key", "it")
        notes.append(f"{' and '.join(ios10)} {verb}: iOS 9 (minimum OS {app.min_os}) ignores {them}")
    for key, note in (("NSAllowsArbitraryLoadsInWebContent", "web views (WKWebView) are exempt from ATS"),
                      ("NSAllowsArbitraryLoadsForMedia", "AV Foundation media loads are exempt from ATS"),
                      ("NSAllowsLocalNetworking",
                       "local networking (unqualified names, .local, IP addresses) is exempt from ATS")):
        if ats.setting(key).value is True:
            notes.append(note)
    if not ats.declared:
        source = "ATS default (no NSAppTransportSecurity)"
    elif modern or old:
        source = "ATS NSAllowsArbitraryLoads"
    else:
        source = "ATS default"
    if modern or old:
        notes.append("HTTPS still gets default server trust evaluation; TLS version, forward secrecy and "
                     "certificate checks beyond it are lifted")
    return HostPolicy(
        host="*", include_subdomains=False, cleartext_permitted=modern or old, trust_anchors=("system",),
        pinned=False, pins_enforced=False, pin_expiration=None, source=source,
        location=app.location(bundle, ("NSAppTransportSecurity",)) if ats.declared else None,
        notes=tuple(notes), component=bundle.component,
    )


@dataclass
class _HostRow:
    """What one host's row is made of: its exception domain, NSPinnedDomains entry and TrustKit domain."""

    exception: ExceptionDomain | None = None
    pinned: PinnedDomain | None = None
    trustkit: Any = None  # a TrustKit domain
    notes: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    enforced: bool = False
    expiration: str | None = None


def _ats_pinning(app: IosApp, row: _HostRow) -> None:
    p = row.pinned
    if p is None:
        return
    row.sources.append("ATS NSPinnedDomains")
    row.enforced = p.usable
    if app.min_os_tuple < (14,):
        row.notes.append(f"NSPinnedDomains is not enforced on iOS 13 and older (minimum OS {app.min_os})")
    if p.include_subdomains:
        row.notes.append("pins cover subdomains")


def _trustkit_pinning(row: _HostRow, tsk_reasons: list[str], as_of: dt.date) -> None:
    t = row.trustkit
    if t is None:
        return
    row.sources.append("TrustKit TSKPinnedDomains")
    t_ok = t.enforced and not tsk_reasons and not expired(t.expiration_date, as_of)
    row.notes += [f"TrustKit: {r}" for r in tsk_reasons]
    row.enforced = row.enforced or t_ok
    row.expiration = t.expiration
    if not t.enforced:
        row.notes.append("TrustKit pinning is report-only (TSKEnforcePinning NO)")


def _host_policy(app: IosApp, bundle: Bundle, host: str, row: _HostRow, app_wide_cleartext: bool,
                 tsk_reasons: list[str], as_of: dt.date) -> HostPolicy:
    e, p, t = row.exception, row.pinned, row.trustkit
    row.notes = _exception_notes(e, app.min_os_tuple < (10,)) if e else []
    if e is not None and app_wide_cleartext and not e.allows_insecure_http:
        row.notes.append("NSAllowsArbitraryLoads does not reach exception domains: ATS applies in full here")
    if e is None:
        # Not an exception domain: NSAllowsArbitraryLoads, when in force, covers it too.
        row.notes.append("no exception: the app-wide ATS policy applies" if app.ats_in_force(bundle)
                         else "no ATS: the app-wide policy applies")
    if e is not None:
        row.sources.append("ATS NSExceptionDomains")
    _ats_pinning(app, row)
    _trustkit_pinning(row, tsk_reasons, as_of)
    if local_name(host):
        row.notes.append("local name")
    first = e or p
    return HostPolicy(
        host=host, include_subdomains=any(x.include_subdomains for x in (e, p, t) if x is not None),
        cleartext_permitted=e.allows_insecure_http if e and e.matches else app_wide_cleartext,
        trust_anchors=("system",), pinned=p is not None or t is not None, pins_enforced=row.enforced,
        pin_expiration=row.expiration, source=" + ".join(row.sources),
        location=app.location(bundle, first.key_path if first else t.key_path), notes=tuple(row.notes),
        component=bundle.component,
    )


def _no_ats_policy(app: IosApp, bundle: Bundle, ats: Ats) -> HostPolicy:
    notes = [no_ats_reason(app, bundle) + ": cleartext HTTP is allowed to every host"]
    if ats.declared:
        notes.append("its NSAppTransportSecurity keys (exceptions, NSPinnedDomains) have no effect")
    return HostPolicy(
        host="*", include_subdomains=False, cleartext_permitted=True, trust_anchors=("system",), pinned=False,
        pins_enforced=False, pin_expiration=None, source=f"no ATS (iOS {app.sdk(bundle).version} SDK)",
        location=app.location(bundle, ("NSAppTransportSecurity",)) if ats.declared else None,
        notes=tuple(notes), component=bundle.component,
    )


def host_policies(app: IosApp, bundle: Bundle, ats: Ats, tsk: TrustKitConfig | None,
                  as_of: dt.date) -> list[HostPolicy]:
    """The `*` row and one row per host that ATS exceptions, NSPinnedDomains or TrustKit name, each with its
    per-version notes (version_notes). Without ATS (linked before the iOS 9 SDK) every host allows cleartext
    and only TrustKit's hosts get a row."""
    return [version_notes(app, row) for row in _config_rows(app, bundle, ats, tsk, as_of)]


def version_notes(app: IosApp, row: HostPolicy) -> HostPolicy:
    """A row with what iOS versions from the minimum OS up do differently: no ATS before iOS 9 (cleartext
    allowed to every host), and CAs from installed configuration profiles trusted without the user enabling
    full trust before iOS 10.3. The default row already says the first."""
    notes = []
    if row.host != "*" and not row.cleartext_permitted and app.min_os_tuple < (9,):
        notes.append(f"cleartext blocked holds on iOS 9+ only; allowed on iOS {app.min_os}–8.x: no ATS before iOS 9")
    if "user" not in row.trust_anchors and app.min_os_tuple < (10, 3):
        notes.append(f"trusts {', '.join(row.trust_anchors)} on iOS 10.3+ only; on iOS {app.min_os}–10.2 a CA "
                     "installed with a configuration profile is trusted for TLS too, without the user enabling "
                     "full trust (Certificate Trust Settings came with iOS 10.3)")
    return replace(row, notes=(*row.notes, *notes)) if notes else row


def _config_rows(app: IosApp, bundle: Bundle, ats: Ats, tsk: TrustKitConfig | None,
                 as_of: dt.date) -> list[HostPolicy]:
    tsk_reasons = trustkit_global_reasons(app, bundle, tsk) if tsk else []
    if not app.ats_in_force(bundle):
        rows = {d.name: _HostRow(trustkit=d) for d in (tsk.domains if tsk else [])}
        return [_no_ats_policy(app, bundle, ats)] + [
            _host_policy(app, bundle, host, rows[host], True, tsk_reasons, as_of) for host in sorted(rows)]
    modern, old = ats.arbitrary_loads(app.min_os_tuple)
    rows: dict[str, _HostRow] = {}
    for e in ats.exceptions:
        rows.setdefault(e.name, _HostRow()).exception = e
    for p in ats.pinned:
        rows.setdefault(p.name, _HostRow()).pinned = p
    for d in tsk.domains if tsk else []:
        rows.setdefault(d.name, _HostRow()).trustkit = d
    return [_default_policy(app, bundle, ats, (modern, old))] + [
        _host_policy(app, bundle, host, rows[host], modern or old, tsk_reasons, as_of) for host in sorted(rows)]
