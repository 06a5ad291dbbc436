"""TrustKit's pinning policy (`TSKConfiguration` in Info.plist), read the way TrustKit reads it.

TrustKit (datatheorem/TrustKit) keys: `TSKSwizzleNetworkDelegates` (required since 1.3.1),
`TSKPinnedDomains` {host: {`TSKPublicKeyHashes` (at least two different pins, one a backup, or
TrustKit raises at initialisation), `TSKIncludeSubdomains`, `TSKEnforcePinning` (default YES; NO only
reports failures), `TSKExpirationDate` ("yyyy-MM-dd": after it the domain is no longer pinned),
`TSKReportUris`, `TSKDisableDefaultReportUri`, `TSKExcludeSubdomainFromParentPolicy`,
`TSKPublicKeyAlgorithms` (deprecated)}}, and `TSKIgnorePinningForUserDefinedTrustAnchors` (macOS).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from pinscan.ios.ats import AtsProblem, KeyReader, PinValue, Setting, check_spki, domain_problem
from pinscan.ios.plist import KeyPath, type_name

TSK = "TSKConfiguration"
GLOBAL_KEYS = ("TSKSwizzleNetworkDelegates", "TSKPinnedDomains", "TSKIgnorePinningForUserDefinedTrustAnchors")
DOMAIN_KEYS = ("TSKPublicKeyHashes", "TSKEnforcePinning", "TSKIncludeSubdomains", "TSKExpirationDate",
               "TSKReportUris", "TSKDisableDefaultReportUri", "TSKExcludeSubdomainFromParentPolicy",
               "TSKPublicKeyAlgorithms", "kSKExcludeSubdomainFromParentPolicy")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DEFAULT_REPORT_URI = "https://overmind.datatheorem.com/trustkit/report"  # TrustKit's kTSKDefaultReportUri


@dataclass(frozen=True)
class TskDomain:
    name: str
    key_path: KeyPath
    hashes: tuple[PinValue, ...]
    include_subdomains: bool
    enforce: Setting  # default YES
    expiration: str | None
    expiration_key_path: KeyPath | None
    expiration_date: dt.date | None
    report_uris: tuple[str, ...] = ()  # TSKReportUris, then TrustKit's default unless TSKDisableDefaultReportUri

    @property
    def enforced(self) -> bool:
        return self.enforce.value is not False

    @property
    def distinct_valid(self) -> set[str]:
        return {h.value for h in self.hashes if h.problem is None}


@dataclass
class TrustKitConfig:
    key_path: KeyPath
    swizzle: Setting
    domains: list[TskDomain] = field(default_factory=list)
    problems: list[AtsProblem] = field(default_factory=list)


def parse_trustkit(info: dict[str, Any]) -> TrustKitConfig | None:
    if TSK not in info:
        return None
    raw = info[TSK]
    root: KeyPath = (TSK,)
    r = KeyReader("a TrustKit", "TrustKit")
    if not isinstance(raw, dict):
        cfg = TrustKitConfig(root, Setting(None, None))
        cfg.problems.append(AtsProblem("wrong-type", f"{TSK} is {type_name(raw)}, not a dictionary: TrustKit "
                                       "refuses it", root))
        return cfg
    for key in raw:
        if key not in GLOBAL_KEYS:
            r.unknown(key, (*root, key), GLOBAL_KEYS, TSK)
    cfg = TrustKitConfig(root, r.boolean(raw, "TSKSwizzleNetworkDelegates", root))
    domains = raw.get("TSKPinnedDomains")
    dpath_root = (*root, "TSKPinnedDomains")
    if "TSKPinnedDomains" in raw and not isinstance(domains, dict):
        r.problems.append(AtsProblem("wrong-type", f"TSKPinnedDomains is {type_name(domains)}, not a dictionary",
                                     dpath_root))
        domains = {}
    for name in sorted(domains or {}):
        d = domains[name]
        dpath = (*dpath_root, name)
        problem = domain_problem(name)
        if problem:
            r.problems.append(AtsProblem("bad-domain", problem.replace("ATS", "TrustKit"), dpath, True))
        if not isinstance(d, dict):
            r.problems.append(AtsProblem("wrong-type", f"TrustKit domain {name} is {type_name(d)}, not a dictionary",
                                         dpath))
            continue
        for key in d:
            if key not in DOMAIN_KEYS:
                r.unknown(key, (*dpath, key), DOMAIN_KEYS, f"TrustKit domain {name}:")
        hashes = []
        raw_hashes = d.get("TSKPublicKeyHashes")
        hpath = (*dpath, "TSKPublicKeyHashes")
        if raw_hashes is not None and not isinstance(raw_hashes, list):
            r.problems.append(AtsProblem("wrong-type", f"TSKPublicKeyHashes of {name} is {type_name(raw_hashes)}, "
                                         "not an array of strings", hpath))
            raw_hashes = []
        for i, value in enumerate(raw_hashes or []):
            hashes.append(PinValue(value if isinstance(value, str) else repr(value), (*hpath, str(i)), "spki",
                                   check_spki(value)))
        exp_raw = d.get("TSKExpirationDate")
        exp_date = None
        exp_path = (*dpath, "TSKExpirationDate") if "TSKExpirationDate" in d else None
        exp_text = None
        if exp_raw is not None:
            if isinstance(exp_raw, dt.datetime):
                exp_date, exp_text = exp_raw.date(), exp_raw.date().isoformat()
            elif isinstance(exp_raw, str) and _DATE.match(exp_raw):
                exp_text = exp_raw
                try:
                    exp_date = dt.date.fromisoformat(exp_raw)
                except ValueError:
                    r.problems.append(AtsProblem("bad-value", f"TSKExpirationDate {exp_raw!r} of {name} is not a "
                                                 "real date", exp_path, True))
            else:
                r.problems.append(AtsProblem("bad-value", f"TSKExpirationDate of {name} is {exp_raw!r}; TrustKit "
                                             "expects a 'yyyy-MM-dd' string", exp_path, True))
        uris = [u for u in d.get("TSKReportUris", ()) if isinstance(u, str)] \
            if isinstance(d.get("TSKReportUris"), list) else []
        if r.boolean(d, "TSKDisableDefaultReportUri", dpath).value is not True:
            uris.append(DEFAULT_REPORT_URI)
        cfg.domains.append(TskDomain(
            name=name, key_path=dpath, hashes=tuple(hashes),
            include_subdomains=r.boolean(d, "TSKIncludeSubdomains", dpath).value is True,
            enforce=r.boolean(d, "TSKEnforcePinning", dpath),
            expiration=exp_text, expiration_key_path=exp_path, expiration_date=exp_date,
            report_uris=tuple(dict.fromkeys(uris)),
        ))
    cfg.problems = r.problems
    return cfg
