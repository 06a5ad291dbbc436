"""The release gate: decide from a ScanResult and a policy whether a build may ship.

Policy (CLI options, or the config file; the CLI wins):
- fail-on SEVERITY: fail on any finding at or above it (default: high; `never` turns it off);
- fail-on-pin-expiry DAYS: fail when a declared pin-set expires within DAYS of the check date
  (or has already expired);
- require-pinning HOST...: fail when a host has no enforced pins with at least one valid pin;
- server chains: fail when a pinned host's production chain matches none of its pins, or the chain
  itself would fail (see pinscan.chains);
- baseline: findings whose fingerprint is in it are accepted (counted, not reported);
- suppressions: by rule, library and/or location pattern, each with a reason and an optional expiry
  date after which it stops applying (and the verdict says so).

`evaluate` returns the ScanResult with the findings that still count and the Verdict attached; the
reporters render both and compute nothing themselves.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Any

from pinscan.baseline import Baseline
from pinscan.chains import ChainCheck, ServerChain, check_chain, pin_applies, pinned_hosts_without_chain
from pinscan.model import Finding, ScanResult, Severity
from pinscan.rule import get_rule

DEFAULT_FAIL_ON = Severity.HIGH


def glob_match(pattern: str, text: str, *, ignore_case: bool = False) -> bool:
    """`*` any run of characters, `?` one; everything else literal, so that the brackets of logical
    locations (`domain-config[api.example.com]`) need no escaping."""
    regex = "".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern)
    return re.fullmatch(regex, text, re.DOTALL | (re.IGNORECASE if ignore_case else 0)) is not None


@dataclass(frozen=True)
class Suppression:
    reason: str
    rule: str | None = None  # rule ID or name
    library: str | None = None  # glob (see glob_match), case-insensitive, over the finding's library
    location: str | None = None  # glob over the logical location (class, method, key path) or the path
    expires: dt.date | None = None  # last day it applies
    origin: str = ""  # where it was declared, for messages

    def describe(self) -> str:
        parts = [f"{k} {v!r}" for k, v in (("rule", self.rule), ("library", self.library),
                                           ("location", self.location)) if v]
        return f"suppression ({', '.join(parts)}{'; ' + self.origin if self.origin else ''})"

    def matches(self, f: Finding) -> bool:
        if self.rule is not None:
            r = get_rule(self.rule)
            if (r.id if r else self.rule) != f.rule_id:
                return False
        if self.library is not None and not glob_match(self.library, f.library or "", ignore_case=True):
            return False
        if self.location is not None:
            loc = f.location
            candidates = [c for c in (loc.logical, loc.path, loc.source_file) if c]
            if not any(glob_match(self.location, c) for c in candidates):
                return False
        return True

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {k: v for k, v in (("rule", self.rule), ("library", self.library),
                                                  ("location", self.location)) if v}
        data["reason"] = self.reason
        if self.expires:
            data["expires"] = self.expires.isoformat()
        return data


@dataclass(frozen=True)
class Policy:
    fail_on: Severity | None = DEFAULT_FAIL_ON  # None: never fail on findings
    fail_on_pin_expiry: int | None = None
    require_pinning: tuple[str, ...] = ()
    suppressions: tuple[Suppression, ...] = ()
    baseline: Baseline | None = None
    server_chains: tuple[ServerChain, ...] = ()
    config_file: str | None = None  # the config file the policy came from, if any

    def beyond_fail_on(self) -> bool:
        return bool(self.fail_on_pin_expiry is not None or self.require_pinning or self.suppressions
                    or self.baseline is not None or self.server_chains or self.config_file)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"fail_on": self.fail_on.label if self.fail_on is not None else "never"}
        if self.config_file:
            data["config_file"] = self.config_file
        if self.fail_on_pin_expiry is not None:
            data["fail_on_pin_expiry"] = self.fail_on_pin_expiry
        if self.require_pinning:
            data["require_pinning"] = list(self.require_pinning)
        if self.baseline is not None:
            data["baseline"] = self.baseline.path
        if self.suppressions:
            data["suppressions"] = [s.to_json() for s in self.suppressions]
        if self.server_chains:
            data["server_chains"] = {c.host: c.path for c in self.server_chains}
        return data


@dataclass(frozen=True)
class SuppressedFinding:
    finding: Finding
    reason: str
    expires: dt.date | None

    def to_json(self) -> dict[str, Any]:
        f = self.finding
        data: dict[str, Any] = {"rule_id": f.rule_id, "severity": f.severity.label, "message": f.message,
                                "location": f.location.to_json(), "fingerprint": f.fingerprint,
                                "reason": self.reason}
        if f.library:
            data["library"] = f.library
        if self.expires:
            data["expires"] = self.expires.isoformat()
        return data


@dataclass(frozen=True)
class Verdict:
    passed: bool
    reasons: tuple[str, ...]  # why it failed, one line each
    warnings: tuple[str, ...]  # said, but not failing: expired suppressions, stale baseline entries...
    policy: Policy
    suppressed: tuple[SuppressedFinding, ...] = ()
    baselined: int = 0
    chains: tuple[ChainCheck, ...] = ()

    @property
    def label(self) -> str:
        return "pass" if self.passed else "fail"

    def to_json(self) -> dict[str, Any]:
        """{} under the default policy (only --fail-on): then the exit code says it all and the JSON
        result keeps its plain shape."""
        if not self.policy.beyond_fail_on() and not self.warnings:
            return {}
        data: dict[str, Any] = {"result": self.label, "reasons": list(self.reasons)}
        if self.warnings:
            data["warnings"] = list(self.warnings)
        data["policy"] = self.policy.to_json()
        if self.policy.baseline is not None:
            data["baselined"] = self.baselined
        if self.suppressed:
            data["suppressed"] = [s.to_json() for s in self.suppressed]
        if self.chains:
            data["server_chains"] = [c.to_json() for c in self.chains]
        return data


def _count_by_rule(findings: list[Finding]) -> str:
    counts = Counter(f.rule_id for f in findings)
    return ", ".join(f"{rid}×{n}" if n > 1 else rid for rid, n in sorted(counts.items()))


def evaluate(result: ScanResult, policy: Policy, as_of: dt.date) -> ScanResult:
    """The result with only the findings that still count, and the verdict attached as `gate`."""
    reasons: list[str] = []
    warnings: list[str] = []

    # Suppressions first (they carry a reason a reviewer can read), then the baseline.
    live = [s for s in policy.suppressions if s.expires is None or s.expires >= as_of]
    used: set[int] = set()
    active: list[Finding] = []
    suppressed: list[SuppressedFinding] = []
    baselined = 0
    expired_hits: Counter[int] = Counter()
    for f in result.sorted_findings():
        hit = next((s for s in live if s.matches(f)), None)
        if hit is not None:
            used.add(id(hit))
            suppressed.append(SuppressedFinding(f, hit.reason, hit.expires))
            continue
        for i, s in enumerate(policy.suppressions):
            if s not in live and s.matches(f):
                expired_hits[i] += 1
        if policy.baseline is not None and f.fingerprint in policy.baseline.fingerprints:
            baselined += 1
            continue
        active.append(f)
    for i, s in enumerate(policy.suppressions):
        if s not in live:
            assert s.expires is not None
            n = expired_hits[i]
            warnings.append(f"{s.describe()} expired on {s.expires.isoformat()} and no longer applies"
                            + (f": {n} finding(s) it covered are reported again" if n else ""))
        elif id(s) not in used:
            warnings.append(f"{s.describe()} matches no finding")
    if policy.baseline is not None:
        seen = {f.fingerprint for f in result.findings}
        stale = len(policy.baseline.fingerprints - seen)
        if stale:
            warnings.append(f"{stale} finding(s) in baseline {policy.baseline.path} are gone: recreate it to drop them")
        if policy.baseline.app_id and result.identity.app_id and policy.baseline.app_id != result.identity.app_id:
            warnings.append(f"baseline {policy.baseline.path} was made for {policy.baseline.app_id}, "
                            f"not {result.identity.app_id}")

    if policy.fail_on is not None:
        over = [f for f in active if f.severity >= policy.fail_on]
        if over:
            reasons.append(f"{len(over)} finding(s) at or above {policy.fail_on.label}: {_count_by_rule(over)}")

    if policy.fail_on_pin_expiry is not None:
        for e in sorted(result.pins, key=lambda e: e.sort_key()):
            if not e.expiration:
                continue
            try:
                expiry = dt.date.fromisoformat(e.expiration)
            except ValueError:
                warnings.append(f"pins for {e.host} have an unreadable expiration {e.expiration!r}")
                continue
            days = (expiry - as_of).days
            if days < 0:
                reasons.append(f"pins for {e.host} ({e.source}, {e.location.short()}) expired on "
                               f"{e.expiration}, {-days} day(s) before {as_of.isoformat()}")
            elif days <= policy.fail_on_pin_expiry:
                reasons.append(f"pins for {e.host} ({e.source}, {e.location.short()}) expire on {e.expiration}, "
                               f"in {days} day(s) (policy: {policy.fail_on_pin_expiry})")

    for host in policy.require_pinning:
        entries = [e for e in result.pins if pin_applies(e, host)]
        effective = [e for e in entries if e.enforced and any(p.valid for p in e.pins)]
        if not entries:
            reasons.append(f"{host} is required to be pinned but the app declares no pins for it")
        elif not effective:
            why = sorted({w for e in entries for w in e.not_enforced_because}) or ["no valid pin"]
            reasons.append(f"{host} is required to be pinned but its pins are not enforced: {'; '.join(why)}")

    checks = tuple(check_chain(c, list(result.pins), as_of) for c in sorted(policy.server_chains,
                                                                             key=lambda c: (c.host, c.path)))
    for c in checks:
        reasons.extend(f"server chain {c.host}: {p}" for p in c.problems)
        warnings.extend(f"server chain {c.host}: {w}" for w in c.warnings)
    if policy.server_chains:
        for host in pinned_hosts_without_chain(list(result.pins), list(policy.server_chains)):
            warnings.append(f"{host} is pinned but no server chain was given for it: not checked")

    verdict = Verdict(passed=not reasons, reasons=tuple(reasons), warnings=tuple(warnings), policy=policy,
                      suppressed=tuple(suppressed), baselined=baselined, chains=checks)
    return replace(result, findings=tuple(active), gate=verdict)
