"""Network Security Configuration: parse it as Android's XmlConfigSource does and compute the effective
policy per host.

Semantics followed (Android 7.0+, `android.security.net.config`):
- The platform default is the parent of base-config: cleartext permitted when targetSdk < 28, trust
  anchors `system`, plus `user` when targetSdk <= 23.
- A domain-config inherits every value it does not set from its parent domain-config, else from
  base-config; that includes the pin-set.
- debug-overrides apply only when the app is debuggable; their trust anchors are added to every config
  that declares anchors (and so to the platform default) and override pins unless `overridePins="false"`.
  Without debug-overrides in the file, a debuggable app also reads `<config>_debug.xml`.
- A host gets the config of the exact domain match, else of the longest `includeSubdomains` match.
- Structural errors (pin-set outside domain-config, duplicate domains, two pin-sets or trust-anchors in
  one config, invalid pins or dates...) make Android refuse the whole file at the first connection.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import re
from dataclasses import dataclass, field

from pinscan.android.axml import Element
from pinscan.facts.certs import CertInfo, check_pin, judge_backup
from pinscan.facts.expiry import expired
from pinscan.facts.hosts import NSC, HostPattern, normalise
from pinscan.model import HostPolicy, Location, Pin, PinEntry

ROOT = "network-security-config"
_CONFIG_ELEMENTS = {"base-config", "domain-config", "debug-overrides"}
# Children Android reads, per element; anything else is skipped by Android without a word.
_KNOWN_CHILDREN = {
    ROOT: {"base-config", "domain-config", "debug-overrides"},
    "base-config": {"trust-anchors", "domain", "pin-set", "domain-config"},
    "domain-config": {"domain", "trust-anchors", "pin-set", "domain-config"},
    "debug-overrides": {"trust-anchors", "domain", "pin-set", "domain-config"},
    "trust-anchors": {"certificates"},
    "pin-set": {"pin"},
    "certificates": set(),
    "pin": set(),
    "domain": set(),
}
_KNOWN_ATTRS = {
    "base-config": {"cleartextTrafficPermitted", "hstsEnforced"},
    "domain-config": {"cleartextTrafficPermitted", "hstsEnforced"},
    "debug-overrides": {"cleartextTrafficPermitted", "hstsEnforced"},
    "domain": {"includeSubdomains"},
    "certificates": {"src", "overridePins"},
    "pin-set": {"expiration"},
    "pin": {"digest"},
    ROOT: set(),
    "trust-anchors": set(),
}
TRUSTKIT_CONFIG = "trustkit-config"
_TRUSTKIT_ATTRS = {"enforcePinning", "disableDefaultReportUri"}
_TRUSTKIT_UNUSED = "; TrustKit reads it, but the app never calls TrustKit.initializeWithNetworkSecurityConfiguration"
# Newer platform elements Android itself knows (certificate transparency, API 36).
_NEWER_KNOWN = {"certificateTransparency"}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Anchor:
    src: str  # "system" | "user" | "wfa" | "@raw/name" | "@7F0E0000" (unresolved)
    override_pins: bool
    location: Location
    from_debug: bool = False
    path: str | None = None  # resolved file inside the package
    certificates: tuple[CertInfo, ...] = ()

    @property
    def label(self) -> str:
        return f"{self.src} ({self.path})" if self.path and self.path not in self.src else self.src

    @property
    def attacker_addable(self) -> bool:
        return self.src == "user"


@dataclass(frozen=True)
class PinDecl:
    digest: str
    value: str
    problem: str | None
    location: Location


@dataclass(frozen=True)
class PinSet:
    pins: tuple[PinDecl, ...]
    expiration: str | None
    expiration_date: dt.date | None
    location: Location


@dataclass(frozen=True)
class Domain:
    name: str
    include_subdomains: bool
    location: Location
    include_declared: bool = True  # includeSubdomains is written (TrustKit inherits it when it is not)


@dataclass(frozen=True)
class TrustKitSettings:
    """A `<trustkit-config>` inside a domain-config, as TrustKit-Android reads it (Android ignores it).
    None for an attribute not written: TrustKit then inherits the parent domain-config's value."""

    enforce_pinning: bool | None
    disable_default_report_uri: bool | None
    report_uris: tuple[str, ...]
    location: Location


@dataclass
class Config:
    kind: str  # platform | base | domain | debug
    location: Location | None
    parent: Config | None = None
    cleartext: bool | None = None
    anchors: list[Anchor] | None = None
    pin_set: PinSet | None = None
    domains: list[Domain] = field(default_factory=list)
    trustkit: TrustKitSettings | None = None

    def effective_cleartext(self) -> bool:
        c: Config | None = self
        while c is not None:
            if c.cleartext is not None:
                return c.cleartext
            c = c.parent
        return False

    def effective_anchors(self) -> list[Anchor]:
        c: Config | None = self
        while c is not None:
            if c.anchors is not None:
                return c.anchors
            c = c.parent
        return []

    def effective_pin_set(self) -> PinSet | None:
        c: Config | None = self
        while c is not None:
            if c.pin_set is not None:
                return c.pin_set
            c = c.parent
        return None

    def cleartext_origin(self) -> Config | None:
        c: Config | None = self
        while c is not None:
            if c.cleartext is not None:
                return c
            c = c.parent
        return None


@dataclass(frozen=True)
class NscProblem:
    # malformed | structure | unknown-element | unknown-attribute | invalid-pin | invalid-date | missing-resource
    kind: str
    message: str
    location: Location
    fatal: bool  # Android refuses the whole configuration
    # Who the problem matters to: "android" always; "without-trustkit" for content only TrustKit reads
    # (ignored unless the app initialises TrustKit); "trustkit" for content TrustKit itself ignores.
    reader: str = "android"


@dataclass
class NetworkSecurityConfig:
    path: str
    resource: str  # "@xml/network_security_config"
    platform_default: Config
    base: Config  # the base-config, or the platform default when the file has none
    has_base_config: bool
    domain_configs: list[Config]
    debug: Config | None  # parsed debug-overrides (in force only when debuggable)
    debug_in_force: bool
    problems: list[NscProblem]

    @property
    def fatal_problems(self) -> list[NscProblem]:
        return [p for p in self.problems if p.fatal]

    def config_for(self, host: str) -> Config:
        found = self.domain_for(host)
        return found[1] if found else self.base

    def domain_for(self, host: str) -> tuple[Domain, Config] | None:
        """The <domain> and config Android applies to `host`: the exact domain, else the longest
        includeSubdomains domain that covers it; None when only base-config applies."""
        host = normalise(host)
        best: tuple[Domain, Config] | None = None
        for cfg in self.domain_configs:
            for d in cfg.domains:
                if d.name == host:
                    return d, cfg
                if HostPattern(d.name, NSC, d.include_subdomains).covers(host) and (
                        best is None or len(d.name) > len(best[0].name)):
                    best = (d, cfg)
        return best

    def all_domains(self) -> list[tuple[Domain, Config]]:
        return [(d, cfg) for cfg in self.domain_configs for d in cfg.domains]


def platform_default(target_sdk: int, cleartext_override: bool | None = None) -> Config:
    loc = Location(logical="platform default", kind="file")
    anchors = [Anchor("system", False, loc)]
    if target_sdk <= 23:
        anchors.append(Anchor("user", False, loc))
    cleartext = target_sdk < 28 if cleartext_override is None else cleartext_override
    return Config("platform", None, None, cleartext, anchors)


class _Parser:
    def __init__(self, path: str, resolve_anchor, debuggable: bool, target_sdk: int) -> None:
        self.path = path
        self.resolve_anchor = resolve_anchor  # (src Attr, location) -> (src label, path, certs, problem)
        self.debuggable = debuggable
        self.target_sdk = target_sdk
        self.problems: list[NscProblem] = []
        self.seen_domains: dict[str, Location] = {}

    def loc(self, el: Element, logical: str) -> Location:
        return Location(path=self.path, line=el.line, logical=logical, kind="xml-element")

    def problem(self, kind: str, message: str, loc: Location, fatal: bool, reader: str = "android") -> None:
        self.problems.append(NscProblem(kind, message, loc, fatal, reader))

    def check_names(self, el: Element, logical: str) -> None:
        known_attrs = _KNOWN_ATTRS.get(el.tag)
        if known_attrs is not None:
            for a in el.attrs:
                if a.name not in known_attrs and a.namespace is None:
                    hint = _did_you_mean(a.name, known_attrs)
                    self.problem(
                        "unknown-attribute",
                        f"attribute {a.name!r} on <{el.tag}> is not one Android reads: it is silently ignored{hint}",
                        self.loc(el, logical), False)
        allowed = _KNOWN_CHILDREN.get(el.tag, set())
        for child in el.children:
            if child.tag not in allowed and child.tag not in _NEWER_KNOWN:
                trustkit = el.tag == "domain-config" and child.tag == TRUSTKIT_CONFIG
                hint = _did_you_mean(child.tag, allowed | ({TRUSTKIT_CONFIG} if el.tag == "domain-config" else set()))
                self.problem(
                    "unknown-element",
                    f"<{child.tag}> inside <{el.tag}> is not an element Android reads: it is silently ignored"
                    + (_TRUSTKIT_UNUSED if trustkit else hint),
                    self.loc(child, f"{logical}/{child.tag}"), False, "without-trustkit" if trustkit else "android")

    def parse(self, root: Element, platform: Config) -> tuple[Config | None, list[Config], Config | None]:
        if root.tag != ROOT:
            self.problem("malformed", f"root element is <{root.tag}>, Android expects <{ROOT}>",
                         self.loc(root, root.tag), True)
            return None, [], None
        self.check_names(root, ROOT)
        base: Config | None = None
        debug: Config | None = None
        domain_configs: list[Config] = []
        pending_parentless: list[Config] = []
        for child in root.children:
            if child.tag == "base-config":
                if base is not None:
                    self.problem("structure", "more than one <base-config>: Android refuses the file",
                                 self.loc(child, f"{ROOT}/base-config"), True)
                    continue
                base = self.config(child, "base", None, f"{ROOT}/base-config", domain_configs)
            elif child.tag == "domain-config":
                # A domain-config before base-config gets base-config as parent later, as Android does.
                cfg_list: list[Config] = []
                top = self.config(child, "domain", base, f"{ROOT}/domain-config", cfg_list)
                if base is None:
                    pending_parentless.append(top)
                domain_configs.extend(cfg_list)
            elif child.tag == "debug-overrides":
                if debug is not None:
                    self.problem("structure", "more than one <debug-overrides>: Android refuses the file",
                                 self.loc(child, f"{ROOT}/debug-overrides"), True)
                    continue
                debug = self.config(child, "debug", None, f"{ROOT}/debug-overrides", [])
        effective_base = base if base is not None else platform
        if base is not None:
            base.parent = platform
        for cfg in pending_parentless:
            cfg.parent = effective_base
        return base, domain_configs, debug

    def config(self, el: Element, kind: str, parent: Config | None, logical: str, out: list[Config]) -> Config:
        if kind == "domain":
            # Name a domain-config by its first domain: stable across edits, unique (duplicates are fatal).
            first = next((c.text.strip().lower() for c in el.children if c.tag == "domain" and c.text.strip()), None)
            logical = f"{ROOT}/domain-config[{first}]" if first else f"{logical}@{el.line}"
            if first in self.seen_domains:
                logical += f"@{el.line}"
        cfg = Config(kind, self.loc(el, logical), parent)
        if kind == "domain":
            out.append(cfg)
        self.check_names(el, logical)
        ct = el.attr("cleartextTrafficPermitted")
        if ct is not None:
            cfg.cleartext = ct.as_bool()
            if cfg.cleartext is None:
                self.problem("structure", f"cleartextTrafficPermitted={ct.as_str()!r} is not a boolean",
                             self.loc(el, logical), False)
        seen_pin_set = False
        domain_elements = 0
        for child in el.children:
            tag = child.tag
            if tag == "domain":
                if kind != "domain":
                    self.problem("structure", f"<domain> is not allowed in <{el.tag}>: Android refuses the file",
                                 self.loc(child, f"{logical}/domain"), True)
                    continue
                domain_elements += 1
                name = child.text.strip().lower()
                self.check_names(child, f"{ROOT}/domain[{name}]")
                sub = child.attr("includeSubdomains")
                include = bool(sub.as_bool()) if sub is not None else False
                dloc = self.loc(child, f"{ROOT}/domain[{name}]")
                if not name:
                    self.problem("structure", "<domain> without a name: Android refuses the file", dloc, True)
                    continue
                if name in self.seen_domains:
                    first = self.seen_domains[name]
                    self.problem(
                        "structure",
                        f"domain {name!r} is declared twice (first at line {first.line}): Android refuses the file",
                        dloc, True)
                    continue
                self.seen_domains[name] = dloc
                cfg.domains.append(Domain(name, include, dloc, sub is not None))
            elif tag == "trust-anchors":
                if cfg.anchors is not None:
                    self.problem("structure", f"more than one <trust-anchors> in <{el.tag}>: Android refuses the file",
                                 self.loc(child, f"{logical}/trust-anchors"), True)
                    continue
                cfg.anchors = self.anchors(child, kind, logical)
            elif tag == "pin-set":
                if kind != "domain":
                    self.problem("structure",
                                 f"<pin-set> is not allowed in <{el.tag}>: Android refuses the whole file",
                                 self.loc(child, f"{logical}/pin-set"), True)
                    continue
                if seen_pin_set:
                    self.problem("structure",
                                 "more than one <pin-set> in one <domain-config>: Android refuses the file",
                                 self.loc(child, f"{logical}/pin-set"), True)
                    continue
                seen_pin_set = True
                cfg.pin_set = self.pin_set(child, logical)
            elif tag == "domain-config":
                if kind != "domain":
                    self.problem("structure",
                                 f"nested <domain-config> is not allowed in <{el.tag}>: Android refuses the file",
                                 self.loc(child, f"{logical}/domain-config"), True)
                    continue
                self.config(child, "domain", cfg, f"{logical}/domain-config", out)
            elif tag == TRUSTKIT_CONFIG and kind == "domain":
                cfg.trustkit = self.trustkit(child, f"{logical}/{TRUSTKIT_CONFIG}")
        if kind == "domain" and not domain_elements:
            self.problem("structure", "<domain-config> without any <domain>: Android refuses the file",
                         self.loc(el, logical), True)
        return cfg

    def anchors(self, el: Element, kind: str, logical: str) -> list[Anchor]:
        self.check_names(el, f"{logical}/trust-anchors")
        out = []
        for child in el.children:
            if child.tag != "certificates":
                continue
            cloc = self.loc(child, f"{logical}/trust-anchors/certificates")
            self.check_names(child, cloc.logical or "")
            op = child.attr("overridePins")
            override = kind == "debug" if op is None else bool(op.as_bool())
            src_attr = child.attr("src")
            if src_attr is None:
                self.problem("structure", "<certificates> without src: Android refuses the file", cloc, True)
                continue
            raw = (src_attr.raw or "").strip()
            if src_attr.reference() is None and raw not in ("system", "user", "wfa") and not raw.startswith("@"):
                self.problem("structure", f"unknown trust anchor src {raw!r} (system, user or @raw/...): "
                             "Android refuses the file", cloc, True)
                continue
            src, path, certs, problem = self.resolve_anchor(src_attr, cloc)
            if problem:
                self.problem("missing-resource", problem, cloc, True)
            cloc = Location(cloc.path, cloc.line, f"{logical}/trust-anchors/certificates[{src}]", "xml-element")
            out.append(Anchor(src, override, cloc, kind == "debug", path, tuple(certs)))
        return out

    def trustkit(self, el: Element, logical: str) -> TrustKitSettings:
        """`<trustkit-config enforcePinning disableDefaultReportUri>` with `<report-uri>` children, read as
        TrustKit-Android does: Boolean.parseBoolean on the attributes, the text of every nested report-uri."""
        loc = self.loc(el, logical)
        for a in el.attrs:
            if a.namespace is None and a.name not in _TRUSTKIT_ATTRS:
                self.problem("unknown-attribute", f"attribute {a.name!r} on <{TRUSTKIT_CONFIG}> is not one TrustKit "
                             f"reads: it is silently ignored{_did_you_mean(a.name, _TRUSTKIT_ATTRS)}", loc, False,
                             "trustkit")

        def flag(name: str) -> bool | None:
            a = el.attr(name)
            return None if a is None else a.as_bool() is True

        uris: list[str] = []
        stack = list(reversed(el.children))
        while stack:  # TrustKit reads <report-uri> at any depth inside <trustkit-config>
            child = stack.pop()
            if child.tag == "report-uri":
                uris.append(child.text.strip())
                continue
            self.problem("unknown-element", f"<{child.tag}> inside <{TRUSTKIT_CONFIG}> is not an element TrustKit "
                         f"reads: it is silently ignored{_did_you_mean(child.tag, {'report-uri'})}",
                         self.loc(child, f"{logical}/{child.tag}"), False, "trustkit")
            stack.extend(reversed(child.children))
        return TrustKitSettings(flag("enforcePinning"), flag("disableDefaultReportUri"), tuple(uris), loc)

    def pin_set(self, el: Element, logical: str) -> PinSet:
        ploc = self.loc(el, f"{logical}/pin-set")
        self.check_names(el, ploc.logical or "")
        exp_attr = el.attr("expiration")
        expiration = exp_attr.as_str() if exp_attr is not None else None
        exp_date = None
        if expiration is not None:
            exp_date = _parse_date(expiration)
            if exp_date is None:
                self.problem("invalid-date",
                             f"pin-set expiration {expiration!r} is not a yyyy-MM-dd date: Android refuses the file",
                             ploc, True)
        pins = []
        for child in el.children:
            if child.tag != "pin":
                continue
            digest_attr = child.attr("digest")
            digest = (digest_attr.as_str() if digest_attr is not None else None) or ""
            value = child.text.strip()
            pin_loc = self.loc(child, f"{logical}/pin-set/pin")
            self.check_names(child, pin_loc.logical or "")
            problem = check_pin(digest, value) if digest else "pin without a digest attribute"
            if problem:
                self.problem("invalid-pin", f"invalid pin {value!r}: {problem}; Android refuses the file",
                             pin_loc, True)
            pins.append(PinDecl(digest, value, problem, pin_loc))
        return PinSet(tuple(pins), expiration, exp_date, ploc)


def _parse_date(text: str) -> dt.date | None:
    if not _DATE.match(text.strip()):
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        return None


def _did_you_mean(name: str, candidates: set[str]) -> str:
    low = name.lower().replace("-", "").replace("_", "")
    for c in sorted(candidates):
        cl = c.lower().replace("-", "")
        if cl == low or (len(low) > 3 and (cl.startswith(low) or low.startswith(cl) or _edit1(cl, low))):
            return f" (did you mean {c!r}?)"
    return ""


def _edit1(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    if len(a) > len(b):
        a, b = b, a
    return any(b[:i] + b[i + 1 :] == a for i in range(len(b)))


def parse_nsc(root: Element, *, path: str, resource: str, resolve_anchor, debuggable: bool,
              target_sdk: int, debug_root: Element | None = None, debug_path: str | None = None
              ) -> NetworkSecurityConfig:
    platform = platform_default(target_sdk)
    parser = _Parser(path, resolve_anchor, debuggable, target_sdk)
    base, domain_configs, debug = parser.parse(root, platform)
    if debug is None and debug_root is not None and debug_root.tag == ROOT:
        # `<name>_debug.xml`: only its debug-overrides count.
        dparser = _Parser(debug_path or path, resolve_anchor, debuggable, target_sdk)
        for child in debug_root.children:
            if child.tag == "debug-overrides":
                debug = dparser.config(child, "debug", None, f"{ROOT}/debug-overrides", [])
                parser.problems.extend(dparser.problems)
                break
    debug_in_force = debuggable and debug is not None and debug.anchors is not None
    if debug_in_force:
        # Android adds debug anchors to every config that declares its own anchors.
        for cfg in [platform, *([base] if base else []), *domain_configs]:
            if cfg.anchors is not None:
                cfg.anchors = cfg.anchors + [a for a in debug.anchors if a not in cfg.anchors]
    return NetworkSecurityConfig(
        path=path,
        resource=resource,
        platform_default=platform,
        base=base if base is not None else platform,
        has_base_config=base is not None,
        domain_configs=domain_configs,
        debug=debug,
        debug_in_force=debug_in_force,
        problems=parser.problems,
    )


def _overriding_anchors(cfg: Config) -> list[Anchor]:
    return [a for a in cfg.effective_anchors() if a.override_pins]


def pin_entries(nsc: NetworkSecurityConfig, as_of: dt.date, min_sdk: int,
                cert_index: dict[str, str]) -> list[PinEntry]:
    """The pin inventory contributed by the NSC: one entry per domain whose config has a pin-set."""
    out = []
    for domain, cfg in nsc.all_domains():
        ps = cfg.effective_pin_set()
        if ps is None:
            continue
        reasons = []
        if nsc.fatal_problems:
            reasons.append("Android refuses this network security config (see findings), so no pins apply")
        if expired(ps.expiration_date, as_of):
            reasons.append(f"pin-set expired on {ps.expiration}")
        overriding = _overriding_anchors(cfg)
        for a in overriding:
            reasons.append(f"trust anchor {a.label} has overridePins=\"true\"")
        if not ps.pins:
            reasons.append("pin-set has no pins")
        notes = []
        if min_sdk < 24:
            notes.append(f"not enforced on Android 6.0 and older (minSdk {min_sdk}): the NSC needs API 24")
        backup = judge_backup([p.value for p in ps.pins], [p.problem is None for p in ps.pins]).note()
        if backup:
            notes.append(backup)
        pins = tuple(
            Pin(p.digest, p.value, p.problem is None, p.problem, cert_index.get(p.value)) for p in ps.pins
        )
        out.append(PinEntry(
            host=domain.name,
            include_subdomains=domain.include_subdomains,
            pins=pins,
            source="nsc",
            location=ps.location,
            expiration=ps.expiration,
            enforced=not reasons,
            not_enforced_because=tuple(reasons),
            notes=tuple(notes),
        ))
    return out


# --- TrustKit-Android's reading of the same file ----------------------------------------------------------

TRUSTKIT_DEFAULT_REPORT_URI = "https://overmind.datatheorem.com/trustkit/report"
_JAVA_URL_SCHEMES = ("http", "https", "ftp", "file", "jar", "mailto", "netdoc")


@dataclass(frozen=True)
class TrustKitPolicy:
    """One domain-config as TrustKit-Android builds its DomainPinningPolicy: the last <domain> of the config,
    and every other value its own or, when unset, its parent domain-config's (includeSubdomains too,
    unlike Android). Configs without a pin-set (own or inherited) get no policy."""

    hostname: str | None
    include_subdomains: bool
    pin_set: PinSet
    expiration: str | None
    expiration_date: dt.date | None
    enforce_pinning: bool
    report_uris: tuple[str, ...]  # the default Data Theorem URI included unless disableDefaultReportUri
    config: Config


def _domain_chain(cfg: Config) -> list[Config]:
    chain = []
    c: Config | None = cfg
    while c is not None and c.kind == "domain":
        chain.append(c)
        c = c.parent
    return chain


def trustkit_view(nsc: NetworkSecurityConfig) -> tuple[list[TrustKitPolicy], list[str]]:
    """(policies, why TrustKit refuses the whole file): what TrustKit.initializeWithNetworkSecurityConfiguration
    builds from the config (TrustKit-Android 1.1: TrustKitConfiguration.fromXmlPolicy, DomainPinningPolicy)."""
    policies = []
    rejected: list[str] = []
    for cfg in nsc.domain_configs:
        chain = _domain_chain(cfg)
        ps = next((c.pin_set for c in chain if c.pin_set is not None), None)
        if ps is None:
            continue
        last = [c.domains[-1] for c in chain if c.domains]
        hostname = cfg.domains[-1].name if cfg.domains else None
        include = next((d.include_subdomains for d in last if d.include_declared), False)
        tk = [c.trustkit for c in chain if c.trustkit is not None]
        enforce = next((t.enforce_pinning for t in tk if t.enforce_pinning is not None), False)
        disable_default = next((t.disable_default_report_uri for t in tk if t.disable_default_report_uri is not None),
                               False)
        uris = tk[0].report_uris if tk else ()
        if not disable_default:
            uris = (*uris, TRUSTKIT_DEFAULT_REPORT_URI)
        dated = next((c.pin_set for c in chain if c.pin_set is not None and c.pin_set.expiration is not None), None)
        policies.append(TrustKitPolicy(hostname, include, ps, dated.expiration if dated else None,
                                       dated.expiration_date if dated else None, enforce,
                                       tuple(dict.fromkeys(uris)), cfg))
    seen: set[str] = set()
    for p in policies:
        name = p.hostname or "(none)"
        if p.hostname is None or "." not in p.hostname or _is_ip(p.hostname):
            rejected.append(f"{name} is not a domain TrustKit accepts (\"Tried to pin an invalid domain\")")
        elif p.hostname in seen:
            rejected.append(f"{p.hostname} has two policies (\"the same domain defined twice\")")
        seen.add(p.hostname or "")
        if p.enforce_pinning and len({d.value for d in p.pin_set.pins}) < 2:
            rejected.append(f"enforcePinning is true for {name} with fewer than two pins")
        for d in p.pin_set.pins:
            if d.digest != "SHA-256":
                rejected.append(f"a pin for {name} has digest {d.digest!r}, not SHA-256")
        if p.pin_set.expiration is not None and p.pin_set.expiration_date is None:
            rejected.append(f"the pin-set expiration {p.pin_set.expiration!r} of {name} is not a yyyy-MM-dd date")
        for uri in p.report_uris:
            scheme, sep, _ = uri.partition(":")
            if not sep or scheme.lower() not in _JAVA_URL_SCHEMES:
                rejected.append(f"report-uri {uri!r} of {name} is not a URL Java accepts")
    return policies, list(dict.fromkeys(rejected))


def _is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
        return True
    except ValueError:
        return False


def host_policies(nsc: NetworkSecurityConfig, as_of: dt.date, min_sdk: int) -> list[HostPolicy]:
    out = [_policy("*", False, nsc.base, "nsc base-config" if nsc.has_base_config else "platform default",
                   nsc, as_of, min_sdk)]
    for domain, cfg in nsc.all_domains():
        out.append(_policy(domain.name, domain.include_subdomains, cfg, "nsc domain-config", nsc, as_of, min_sdk))
    return out


def host_policy_for(nsc: NetworkSecurityConfig, host: str, as_of: dt.date, min_sdk: int) -> HostPolicy:
    """The row of a host the config does not name itself: the domain-config Android picks for it, else
    base-config (or the platform default)."""
    found = nsc.domain_for(host)
    if found is not None:
        domain, cfg = found
        source = f"nsc domain-config {domain.name}" + (" (includeSubdomains)" if domain.include_subdomains else "")
    else:
        cfg = nsc.base
        source = "nsc base-config" if nsc.has_base_config else "platform default"
    return _policy(normalise(host), False, cfg, source, nsc, as_of, min_sdk)


def _policy(host: str, include_sub: bool, cfg: Config, source: str, nsc: NetworkSecurityConfig,
            as_of: dt.date, min_sdk: int) -> HostPolicy:
    ps = cfg.effective_pin_set()
    notes = []
    enforced = ps is not None and bool(ps.pins)
    if ps is not None and expired(ps.expiration_date, as_of):
        enforced = False
        notes.append(f"pins expired on {ps.expiration}")
    for a in _overriding_anchors(cfg) if ps is not None else []:
        enforced = False
        notes.append(f"pins overridden by trust anchor {a.label}")
    if nsc.fatal_problems:
        enforced = False
        notes.append("Android refuses this network security config: the app fails on its first TLS connection")
    if ps is not None and min_sdk < 24:
        notes.append(f"NSC ignored on Android < 7.0 (minSdk {min_sdk})")
    return HostPolicy(
        host=host,
        include_subdomains=include_sub,
        cleartext_permitted=cfg.effective_cleartext(),
        trust_anchors=tuple(dict.fromkeys(a.label for a in cfg.effective_anchors())),
        pinned=ps is not None and bool(ps.pins),
        pins_enforced=enforced,
        pin_expiration=ps.expiration if ps else None,
        source=source,
        location=cfg.location,
        notes=tuple(notes),
    )
