"""Host patterns as apps declare them, and one answer to "does this pattern cover host H", given by the
rules of whoever declared the pattern. The pin inventory, the policy table, `--require-pinning`,
`--server-chain(s)`, `pinscan diff` and the rules all ask here.

The pattern is kept as the app wrote it (`*.example.org`, `**.example.org`, `example.org`); a flag such as
NSC `includeSubdomains` stays a flag. Matching rules, per declarer:

- OkHttp `CertificatePinner` (4.3+, as documented): `example.org` is that host only; `*.example.org` is
  exactly one label below it (`www.example.org`), not `example.org` and not `a.b.example.org`;
  `**.example.org` is `example.org` and any number of labels below it. `*` anywhere else is rejected
  (`add()` throws). Host names compare in lower case (OkHttp canonicalises both).
- Android network security config `<domain includeSubdomains>`: the host itself; with
  `includeSubdomains="true"` also every host below it, at any depth. `*` is not a wildcard there.
- TrustKit (iOS `kTSKIncludeSubdomains`, Android's NSC reading): the same as the NSC.
- App Transport Security `NSIncludesSubdomains`: the domain itself and, when set, subdomains with one
  additional label (Apple's documented example: `math.example.com` yes, `advanced.math.example.com` no).
  Keys that are URLs, carry a port or are wildcards never match.
- Certificate DNS names (RFC 6125): exact, or `*.` for exactly one label.
- Host `*` in code entries (a custom trust manager, a key store, Alamofire evaluators) and `?` (a host
  computed at run time): the hosts are not recoverable, so the entry covers no named host.
- Cronet `addPublicKeyPins(host, pins, includeSubdomains, ...)`, AndroidPinning's URL host, Wultra's
  expected common names: DOMAIN (the host; with includeSubdomains every host below it).

Each pattern reduces to a span: a base domain and how many labels below it are covered (min..max),
which also answers whether one pattern covers every host another covers (`covers_all`).
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

from pinscan.model import HostPolicy, PinEntry

OKHTTP = "okhttp"
NSC = "nsc"
TRUSTKIT = "trustkit"
ATS = "ats"
X509 = "x509"
UNSCOPED = "unscoped"
DOMAIN = "domain"  # a library with a host and an includeSubdomains flag, any depth (Cronet, NSC-like)

# Inventory source -> whose matching rules its `host` follows. react-native entries come from
# react-native-ssl-public-key-pinning on iOS, which hands its config to TrustKit.
SOURCE_RULES = {"nsc": NSC, "okhttp": OKHTTP, "trustkit": TRUSTKIT, "ats": ATS, "react-native": TRUSTKIT,
                "certificate-transparency": OKHTTP}  # appmattus CT: `*.` is exactly one label, as OkHttp's
_UNBOUNDED = 1 << 30


def normalise(host: str) -> str:
    """A host name as every matcher compares it: trimmed, lower case, no trailing dot."""
    return host.strip().rstrip(".").lower()


def _labels(name: str) -> int:
    return name.count(".") + 1 if name else 0


@dataclass(frozen=True)
class Span:
    """Hosts `base` with between `low` and `high` labels prepended (`high` may be unbounded)."""

    base: str
    low: int
    high: int

    def contains(self, host: str) -> bool:
        if host == self.base:
            return self.low == 0
        if not host.endswith("." + self.base):
            return False
        prefix = host[: -len(self.base) - 1]
        if not prefix or any(not label for label in prefix.split(".")):
            return False
        return self.low <= _labels(prefix) <= self.high

    def depth_below(self, other: Span) -> int | None:
        """How many labels `other.base` has below this base (0 when equal), None when not below it."""
        if other.base == self.base:
            return 0
        if other.base.endswith("." + self.base):
            return _labels(other.base) - _labels(self.base)
        return None


@dataclass(frozen=True)
class HostPattern:
    """A host pattern as declared, with the rules of its declarer (see the module docstring)."""

    text: str  # as declared
    rule: str  # OKHTTP | NSC | TRUSTKIT | ATS | X509 | DOMAIN | UNSCOPED
    include_subdomains: bool = False

    @classmethod
    def for_entry(cls, host: str, include_subdomains: bool, source: str) -> HostPattern:
        """The pattern of a pin inventory entry (`PinEntry.host`, `.include_subdomains`, `.source`)."""
        if host.strip() in ("*", "?"):
            return cls(host, UNSCOPED)
        return cls(host, SOURCE_RULES.get(source, DOMAIN), include_subdomains)

    @classmethod
    def for_policy(cls, host: str, include_subdomains: bool, platform: str, source: str = "") -> HostPattern:
        """The pattern of a policy table row: NSC domains on Android; on iOS ATS domains, or TrustKit's
        when TrustKit alone names the host."""
        if host.strip() == "*":
            return cls(host, UNSCOPED)
        if platform != "ios":
            return cls(host, NSC, include_subdomains)
        return cls(host, TRUSTKIT if source.startswith("TrustKit") else ATS, include_subdomains)

    @classmethod
    def query(cls, text: str) -> HostPattern:
        """A host name or OkHttp-style pattern to look up (the diff's keys, `--require-pinning` arguments)."""
        return cls(text, OKHTTP)

    @property
    def name(self) -> str:
        return normalise(self.text)

    def problem(self) -> str | None:
        """Why the declarer rejects this pattern or why it can never match a host; None when it is usable."""
        name = self.name
        if self.rule == UNSCOPED:
            return None
        if not name:
            return "empty host name"
        if self.rule == OKHTTP:
            if "*" in name and not (name.startswith("*.") and "*" not in name[2:]) and not (
                    name.startswith("**.") and "*" not in name[3:]):
                return (f"OkHttp accepts '*' only as a whole leftmost label ('*.' or '**.'): "
                        f"CertificatePinner.Builder.add({self.text!r}, ...) throws")
            return None
        if self.rule == ATS:
            if "://" in name or "/" in name:
                return "ATS matches bare domain names: a URL never matches"
            if ":" in name and not is_ip(name):
                return "ATS matches bare domain names: a name with a port never matches"
        if "*" in name and self.rule in (ATS, NSC, TRUSTKIT, DOMAIN):
            return f"'*' is not a wildcard in {_RULE_NAMES[self.rule]} domain names: {self.text!r} matches no host"
        return None

    def span(self) -> Span | None:
        """The hosts covered, as a span; None when the pattern matches no host (or is `*`)."""
        if self.rule == UNSCOPED or self.problem() is not None:
            return None
        name = self.name
        if self.rule in (OKHTTP, X509):
            if name.startswith("**.") and self.rule == OKHTTP:
                return Span(name[3:], 0, _UNBOUNDED)
            if name.startswith("*."):
                return Span(name[2:], 1, 1)
            return Span(name, 0, 0)
        if not self.include_subdomains:
            return Span(name, 0, 0)
        if self.rule == ATS:
            return Span(name, 0, 1)
        return Span(name, 0, _UNBOUNDED)  # NSC, TrustKit, DOMAIN

    def covers(self, host: str) -> bool:
        """Whether the declarer applies this pattern to a connection to `host`."""
        span = self.span()
        return span is not None and span.contains(normalise(host))

    def covers_all(self, other: HostPattern) -> bool:
        """Whether every host `other` covers is covered by this pattern (False when `other` covers none)."""
        mine, theirs = self.span(), other.span()
        if mine is None or theirs is None:
            return False
        depth = mine.depth_below(theirs)
        if depth is None:
            return False
        return theirs.low + depth >= mine.low and theirs.high + depth <= mine.high

    def overlaps(self, other: HostPattern) -> bool:
        """Whether some host is covered by both patterns."""
        a, b = self.span(), other.span()
        if a is None or b is None:
            return False
        for outer, inner in ((a, b), (b, a)):
            depth = outer.depth_below(inner)
            if depth is not None:
                return max(outer.low, inner.low + depth) <= min(outer.high, inner.high + depth)
        return False

    def sample_hosts(self, avoid: set[str] | frozenset[str] = frozenset()) -> list[str]:
        """Concrete hosts standing for each depth this pattern covers (its base, one label below, two
        labels below), with a first label no name in `avoid` uses, so that a lookup by another
        declarer's rules (which config applies to such a host?) sees a host it has not named."""
        span = self.span()
        if span is None:
            return []
        used = {label for n in avoid for label in normalise(n).split(".")}
        label = "h"
        while label in used:
            label += "h"
        out = []
        for depth in range(span.low, min(span.high, 2) + 1):
            out.append(".".join([label] * depth + [span.base]) if depth else span.base)
        return out

    def describe(self) -> str:
        """What the pattern covers, in words."""
        span = self.span()
        if self.rule == UNSCOPED:
            return "the connections that use it (hosts not recoverable)"
        if span is None:
            return "no host (" + (self.problem() or "unusable pattern") + ")"
        if span.high == 0:
            return span.base
        if span.low == 1 and span.high == 1:
            return f"exactly one label below {span.base} (not {span.base} itself)"
        if span.high == 1:
            return f"{span.base} and one label below it"
        return f"{span.base} and every subdomain" if span.low == 0 else f"every subdomain of {span.base}"


_RULE_NAMES = {ATS: "ATS", NSC: "network security config", TRUSTKIT: "TrustKit", DOMAIN: "this library's"}


def is_ip(text: str) -> bool:
    """An IPv4/IPv6 address or network (a host name with a port is not)."""
    try:
        ipaddress.ip_network(text, strict=False)
        return True
    except ValueError:
        return False


def certificate_name_matches(name: str, host: str) -> bool:
    """Whether a certificate's DNS name (SAN) is valid for `host` (RFC 6125: `*.` is one whole label)."""
    return HostPattern(name, X509).covers(host)


def entry_pattern(entry: PinEntry) -> HostPattern:
    """The pattern of a pin inventory entry."""
    return HostPattern.for_entry(entry.host, entry.include_subdomains, entry.source)


def policy_pattern(policy: HostPolicy, platform: str) -> HostPattern:
    """The pattern of a policy table row of an app on `platform`."""
    return HostPattern.for_policy(policy.host, policy.include_subdomains, platform, policy.source)
