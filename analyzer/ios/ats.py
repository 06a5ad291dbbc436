"""App Transport Security: the `NSAppTransportSecurity` dictionary of one bundle, read with Apple's
documented semantics, and the effective policy per host it implies.

Semantics (Apple, Information Property List reference, NSAppTransportSecurity and its keys):
- ATS applies only to binaries linked against the iOS 9 SDK or later (the App model checks the SDK:
  `IosApp.ats_in_force`); iOS 8 devices have none, and iOS 9 does not know the iOS 10 keys below.
- `NSAllowsArbitraryLoads` lifts ATS for every domain *not* listed in `NSExceptionDomains`. In iOS 10
  and later it is ignored when `NSAllowsArbitraryLoadsInWebContent`, `NSAllowsArbitraryLoadsForMedia`
  or `NSAllowsLocalNetworking` is present, whatever their value; iOS 9 honours it.
- `NSAllowsArbitraryLoadsInWebContent` (web views), `...ForMedia` (AV Foundation) and
  `NSAllowsLocalNetworking` (unqualified names, `.local`, IP addresses) are iOS 10+ and narrower.
- Per exception domain: `NSIncludesSubdomains` (default NO; documented to reach subdomains one label
  deep), `NSExceptionAllowsInsecureHTTPLoads` (default NO), `NSExceptionMinimumTLSVersion` (default
  `TLSv1.2`), `NSExceptionRequiresForwardSecrecy` (default YES), `NSRequiresCertificateTransparency`
  (default NO), and the `NSThirdPartyException...` keys, which Apple documents as functionally the
  same as their `NSException...` twins. Values are plist Booleans: a string "NO" is not a Boolean.
- `NSPinnedDomains` (iOS 14+): per domain `NSIncludesSubdomains`, `NSPinnedCAIdentities` and/or
  `NSPinnedLeafIdentities`, arrays of `{SPKI-SHA256-BASE64: base64(sha256(SPKI))}`; when both arrays
  are present both must match.
"""

from __future__ import annotations

import base64
import binascii
import difflib
import ipaddress
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from pinscan.facts.hosts import is_ip
from pinscan.ios.plist import KeyPath, type_name

ATS = "NSAppTransportSecurity"

TOP_BOOLS = ("NSAllowsArbitraryLoads", "NSAllowsArbitraryLoadsInWebContent", "NSAllowsArbitraryLoadsForMedia",
             "NSAllowsLocalNetworking")
TOP_KEYS = (*TOP_BOOLS, "NSExceptionDomains", "NSPinnedDomains")
NARROWER = TOP_BOOLS[1:]  # their presence makes iOS 10+ ignore NSAllowsArbitraryLoads

EXCEPTION_BOOLS = ("NSIncludesSubdomains", "NSExceptionAllowsInsecureHTTPLoads", "NSExceptionRequiresForwardSecrecy",
                   "NSRequiresCertificateTransparency", "NSThirdPartyExceptionAllowsInsecureHTTPLoads",
                   "NSThirdPartyExceptionRequiresForwardSecrecy")
EXCEPTION_STRINGS = ("NSExceptionMinimumTLSVersion", "NSThirdPartyExceptionMinimumTLSVersion")
# Keys from the iOS 9 betas that Apple no longer documents; many shipped apps still carry them.
LEGACY_KEYS = {
    "NSTemporaryExceptionAllowsInsecureHTTPLoads": "NSExceptionAllowsInsecureHTTPLoads",
    "NSTemporaryExceptionMinimumTLSVersion": "NSExceptionMinimumTLSVersion",
    "NSTemporaryExceptionRequiresForwardSecrecy": "NSExceptionRequiresForwardSecrecy",
    "NSTemporaryThirdPartyExceptionAllowsInsecureHTTPLoads": "NSThirdPartyExceptionAllowsInsecureHTTPLoads",
    "NSTemporaryThirdPartyExceptionMinimumTLSVersion": "NSThirdPartyExceptionMinimumTLSVersion",
    "NSTemporaryThirdPartyExceptionRequiresForwardSecrecy": "NSThirdPartyExceptionRequiresForwardSecrecy",
}
EXCEPTION_KEYS = (*EXCEPTION_BOOLS, *EXCEPTION_STRINGS)
PINNED_KEYS = ("NSIncludesSubdomains", "NSPinnedCAIdentities", "NSPinnedLeafIdentities")
SPKI_KEY = "SPKI-SHA256-BASE64"
TLS_VERSIONS = {"TLSv1.0": (1, 0), "TLSv1.1": (1, 1), "TLSv1.2": (1, 2), "TLSv1.3": (1, 3)}

ALL_KNOWN = frozenset((*TOP_KEYS, *EXCEPTION_KEYS, *PINNED_KEYS, SPKI_KEY, *LEGACY_KEYS))


@dataclass(frozen=True)
class AtsProblem:
    """Configuration ATS ignores or cannot use: unknown or misspelt keys, wrong value types, domain
    names that never match, unknown TLS versions, malformed pin entries."""

    kind: str  # unknown-key | wrong-type | bad-domain | bad-value | legacy-key | pin-structure
    message: str
    key_path: KeyPath
    near_known_key: bool = False  # a misspelling of a key that matters


@dataclass(frozen=True)
class Setting:
    """One declared key: its value (None when absent or unusable) and where it is."""

    value: Any
    key_path: KeyPath | None  # None: not declared (the default applies)

    @property
    def declared(self) -> bool:
        return self.key_path is not None


@dataclass(frozen=True)
class ExceptionDomain:
    name: str
    key_path: KeyPath
    include_subdomains: bool
    insecure_http: Setting  # True when either the NSException or NSThirdPartyException key allows it
    min_tls: Setting  # declared string, or None
    forward_secrecy: Setting  # False when either key disables it
    certificate_transparency: Setting
    legacy: bool = False  # set through NSTemporary... keys
    matches: bool = True  # False: the domain key is a URL, has a port... and never matches a host

    @property
    def allows_insecure_http(self) -> bool:
        return self.insecure_http.value is True

    @property
    def weak_tls(self) -> bool:
        v = TLS_VERSIONS.get(self.min_tls.value) if isinstance(self.min_tls.value, str) else None
        return v is not None and v < (1, 2)

    @property
    def forward_secrecy_required(self) -> bool:
        return self.forward_secrecy.value is not False

    @property
    def ct_required(self) -> bool:
        return self.certificate_transparency.value is True


@dataclass(frozen=True)
class PinValue:
    value: str
    key_path: KeyPath
    kind: str  # ca | leaf
    problem: str | None = None


@dataclass(frozen=True)
class PinnedDomain:
    name: str
    key_path: KeyPath
    include_subdomains: bool
    ca: tuple[PinValue, ...]
    leaf: tuple[PinValue, ...]
    has_ca_key: bool
    has_leaf_key: bool

    @property
    def pins(self) -> tuple[PinValue, ...]:
        return self.ca + self.leaf

    @property
    def usable(self) -> bool:
        """ATS can enforce this entry: it names at least one identity list with valid pins."""
        return any(p.problem is None for p in self.pins)


@dataclass
class Ats:
    declared: bool  # the bundle's Info.plist has an NSAppTransportSecurity dictionary
    top: dict[str, Setting] = field(default_factory=dict)
    exceptions: list[ExceptionDomain] = field(default_factory=list)
    pinned: list[PinnedDomain] = field(default_factory=list)
    problems: list[AtsProblem] = field(default_factory=list)

    def setting(self, key: str) -> Setting:
        return self.top.get(key, Setting(None, None))

    @property
    def narrower_present(self) -> list[str]:
        return [k for k in NARROWER if self.setting(k).declared]

    def arbitrary_loads(self, min_os: tuple[int, ...]) -> tuple[bool, bool]:
        """(lifts ATS on iOS 10+, lifts ATS on iOS 9 devices this app supports)."""
        if self.setting("NSAllowsArbitraryLoads").value is not True:
            return False, False
        modern = not self.narrower_present
        return modern, min_os < (10,)

    def exception_for(self, host: str) -> ExceptionDomain | None:
        return next((e for e in self.exceptions if e.name == host), None)


def check_spki(value: Any) -> str | None:
    """Why an SPKI-SHA256-BASE64 value is unusable, or None."""
    if not isinstance(value, str):
        return f"value is {type_name(value)}, not a base64 string"
    try:
        raw = base64.b64decode(value.strip(), validate=True)
    except (binascii.Error, ValueError):
        return "not valid base64"
    if len(raw) != 32:
        return f"decodes to {len(raw)} bytes; a SHA-256 digest has 32"
    return None


def local_name(host: str) -> bool:
    """Names that never leave the device or the local network: localhost, `.local`, unqualified
    names, loopback and private IP addresses."""
    h = host.strip().lower().rstrip(".")
    if h in ("localhost",) or h.endswith((".local", ".localhost")) or "." not in h:
        return True
    try:
        ip = ipaddress.ip_network(h, strict=False)
    except ValueError:
        return False
    return ip.is_private or ip.is_loopback or ip.is_link_local


def domain_problem(name: str) -> str | None:
    if "://" in name or "/" in name:
        return f"domain key {name!r} is a URL: ATS matches bare domain names, so this entry never applies"
    if ":" in name and not is_ip(name):
        return f"domain key {name!r} has a port: ATS matches bare domain names, so this entry never applies"
    if name.startswith("*."):
        return (f"domain key {name!r} is a wildcard: ATS does not read wildcards; use the bare domain with "
                "NSIncludesSubdomains")
    if name != name.strip():
        return f"domain key {name!r} has surrounding spaces: it never matches"
    if name != name.lower():
        return f"domain key {name!r} is not lowercase, as Apple requires: it may not match"
    return None


def never_matches(name: str) -> bool:
    """The domain key cannot match any host (as opposed to upper case, which may not)."""
    problem = domain_problem(name)
    return problem is not None and "never" in problem


def _near(key: str, known: tuple[str, ...]) -> str | None:
    lowered = {k.lower(): k for k in known}
    if key.lower() in lowered:
        return lowered[key.lower()]
    match = difflib.get_close_matches(key, known, n=1, cutoff=0.8)
    return match[0] if match else None


class KeyReader:
    def __init__(self, owner: str = "an ATS", reader: str = "iOS") -> None:
        self.problems: list[AtsProblem] = []
        self.owner, self.reader = owner, reader  # whose keys, and who ignores unknown ones

    def unknown(self, key: str, path: KeyPath, known: tuple[str, ...], where: str) -> None:
        if key in LEGACY_KEYS and LEGACY_KEYS[key] in known:
            self.problems.append(AtsProblem(
                "legacy-key",
                f"{key} is an iOS 9 beta key Apple no longer documents; pinscan assumes it acts like "
                f"{LEGACY_KEYS[key]}, but rename it to be sure", path))
            return
        near = _near(key, known)
        hint = f" (did you mean {near}?)" if near else ""
        self.problems.append(AtsProblem("unknown-key", f"{where} key {key!r} is not {self.owner} key, so "
                                        f"{self.reader} ignores it{hint}", path, near_known_key=near is not None))

    def boolean(self, d: dict, key: str, path: KeyPath) -> Setting:
        if key not in d:
            return Setting(None, None)
        value = d[key]
        if isinstance(value, bool):
            return Setting(value, (*path, key))
        who = self.owner.split()[-1]
        self.problems.append(AtsProblem(
            "wrong-type", f"{key} is {type_name(value)} ({value!r}), not a Boolean: {who} expects <true/> or "
            f"<false/>, and how {self.reader} treats other types is undocumented", (*path, key), near_known_key=True))
        return Setting(None, (*path, key))


def parse_ats(info: dict[str, Any]) -> Ats:
    """Read NSAppTransportSecurity from an Info.plist root dictionary."""
    if ATS not in info:
        # A misspelt top-level name leaves the app with ATS defaults and no exceptions: report it.
        r = KeyReader("an ATS")
        for key in info:
            if key != ATS and _near(key, (ATS,)) is not None:
                r.problems.append(AtsProblem("unknown-key", f"Info.plist key {key!r} is not {ATS}, so iOS "
                                             "ignores it (did you mean NSAppTransportSecurity?)", (key,),
                                             near_known_key=True))
        return Ats(declared=False, problems=r.problems)
    raw = info[ATS]
    root: KeyPath = (ATS,)
    r = KeyReader("an ATS")
    ats = Ats(declared=True)
    if not isinstance(raw, dict):
        r.problems.append(AtsProblem("wrong-type", f"{ATS} is {type_name(raw)}, not a dictionary: iOS applies the "
                                     "ATS defaults", root))
        ats.problems = r.problems
        return ats
    for key in raw:
        if key not in TOP_KEYS:
            r.unknown(key, (*root, key), TOP_KEYS, ATS)
    for key in TOP_BOOLS:
        ats.top[key] = r.boolean(raw, key, root)
    ats.exceptions = _exceptions(raw.get("NSExceptionDomains"), (*root, "NSExceptionDomains"), r,
                                 "NSExceptionDomains" in raw)
    ats.pinned = _pinned(raw.get("NSPinnedDomains"), (*root, "NSPinnedDomains"), r, "NSPinnedDomains" in raw)
    ats.problems = r.problems
    return ats


def _domains(raw: Any, path: KeyPath, r: KeyReader, present: bool, kind: str, whole: str,
             each: str) -> Iterator[tuple[str, dict, KeyPath]]:
    """(name, dictionary, key path) of each well-formed domain entry of a domain dictionary, in name order;
    a malformed dictionary or entry is a problem of `kind`, worded with `whole` / `each`."""
    if not present:
        return
    if not isinstance(raw, dict):
        r.problems.append(AtsProblem(kind, f"{path[-1]} is {type_name(raw)}, not a dictionary: {whole}", path))
        return
    for name in sorted(raw):
        d = raw[name]
        dpath = (*path, name)
        problem = domain_problem(name)
        if problem:
            r.problems.append(AtsProblem("bad-domain", problem, dpath, near_known_key=True))
        if not isinstance(d, dict):
            r.problems.append(AtsProblem(kind, each.format(name=name, type=type_name(d)), dpath))
            continue
        yield name, d, dpath


def _exceptions(raw: Any, path: KeyPath, r: KeyReader, present: bool) -> list[ExceptionDomain]:
    out = []
    for name, d, dpath in _domains(raw, path, r, present, "wrong-type", "no exception applies",
                                   "exception for {name} is {type}, not a dictionary"):
        legacy = False
        for key in d:
            if key not in EXCEPTION_KEYS:
                r.unknown(key, (*dpath, key), EXCEPTION_KEYS, f"exception domain {name}:")
                legacy |= key in LEGACY_KEYS

        def pick(*keys: str, want: Any, d=d, dpath=dpath) -> Setting:
            # The first key (own, third-party, legacy...) that is set to the loosening value wins.
            settings = [r.boolean(d, k, dpath) for k in keys]
            return next((s for s in settings if s.value is want), next((s for s in settings if s.declared),
                                                                        Setting(None, None)))

        sub = r.boolean(d, "NSIncludesSubdomains", dpath)
        insecure = pick("NSExceptionAllowsInsecureHTTPLoads", "NSThirdPartyExceptionAllowsInsecureHTTPLoads",
                        "NSTemporaryExceptionAllowsInsecureHTTPLoads",
                        "NSTemporaryThirdPartyExceptionAllowsInsecureHTTPLoads", want=True)
        fs = pick("NSExceptionRequiresForwardSecrecy", "NSThirdPartyExceptionRequiresForwardSecrecy",
                  "NSTemporaryExceptionRequiresForwardSecrecy", "NSTemporaryThirdPartyExceptionRequiresForwardSecrecy",
                  want=False)
        ct = r.boolean(d, "NSRequiresCertificateTransparency", dpath)
        tls = Setting(None, None)
        for key in ("NSExceptionMinimumTLSVersion", "NSThirdPartyExceptionMinimumTLSVersion",
                    "NSTemporaryExceptionMinimumTLSVersion", "NSTemporaryThirdPartyExceptionMinimumTLSVersion"):
            if key not in d:
                continue
            value = d[key]
            kpath = (*dpath, key)
            if not isinstance(value, str):
                r.problems.append(AtsProblem("wrong-type", f"{key} is {type_name(value)}, not a string such as "
                                             "'TLSv1.2'", kpath, near_known_key=True))
                continue
            if value not in TLS_VERSIONS:
                r.problems.append(AtsProblem("bad-value", f"{key} {value!r} is not one of "
                                             f"{', '.join(TLS_VERSIONS)}", kpath, near_known_key=True))
                continue
            if not tls.declared or TLS_VERSIONS[value] < TLS_VERSIONS[tls.value]:
                tls = Setting(value, kpath)
        out.append(ExceptionDomain(name, dpath, sub.value is True, insecure, tls, fs, ct, legacy,
                                   matches=not never_matches(name)))
    return out


def _pinned(raw: Any, path: KeyPath, r: KeyReader, present: bool) -> list[PinnedDomain]:
    out = []
    for name, d, dpath in _domains(raw, path, r, present, "pin-structure", "nothing is pinned",
                                   "pinned domain {name} is {type}, not a dictionary: it pins nothing"):
        for key in d:
            if key not in PINNED_KEYS:
                r.unknown(key, (*dpath, key), PINNED_KEYS, f"pinned domain {name}:")
        sub = r.boolean(d, "NSIncludesSubdomains", dpath)
        lists = {}
        for key, kind in (("NSPinnedCAIdentities", "ca"), ("NSPinnedLeafIdentities", "leaf")):
            lists[kind] = _identities(d, key, kind, (*dpath, key), r, name)
        if "NSPinnedCAIdentities" not in d and "NSPinnedLeafIdentities" not in d:
            r.problems.append(AtsProblem("pin-structure", f"pinned domain {name} has neither NSPinnedCAIdentities "
                                         "nor NSPinnedLeafIdentities: Apple requires one of them", dpath))
        out.append(PinnedDomain(name, dpath, sub.value is True, lists["ca"], lists["leaf"],
                                "NSPinnedCAIdentities" in d, "NSPinnedLeafIdentities" in d))
    return out


def _identities(d: dict, key: str, kind: str, path: KeyPath, r: KeyReader, host: str) -> tuple[PinValue, ...]:
    if key not in d:
        return ()
    raw = d[key]
    if not isinstance(raw, list):
        r.problems.append(AtsProblem("pin-structure", f"{key} of {host} is {type_name(raw)}, not an array of "
                                     "dictionaries", path))
        return ()
    if not raw:
        r.problems.append(AtsProblem("pin-structure", f"{key} of {host} is an empty array: no identity can match",
                                     path))
    out = []
    for i, item in enumerate(raw):
        ipath = (*path, str(i))
        if not isinstance(item, dict) or SPKI_KEY not in item:
            what = type_name(item) if not isinstance(item, dict) else "a dictionary without SPKI-SHA256-BASE64"
            r.problems.append(AtsProblem("pin-structure", f"{key}[{i}] of {host} is {what}", ipath))
            continue
        for extra in item:
            if extra != SPKI_KEY:
                r.unknown(extra, (*ipath, extra), (SPKI_KEY,), f"{key}[{i}] of {host}:")
        value = item[SPKI_KEY]
        out.append(PinValue(value if isinstance(value, str) else repr(value), (*ipath, SPKI_KEY), kind,
                            check_spki(value)))
    return tuple(out)
