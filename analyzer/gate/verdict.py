"""The release gate: decide from a ScanResult and a policy whether a build may ship.

Policy (CLI options, or the config file; the CLI wins):
- fail-on SEVERITY: fail on any finding at or above it (default: high; `never` turns it off);
- fail-on-pin-expiry DAYS: fail when a declared pin-set expires within DAYS of the check date
  (or has already expired);
- require-pinning HOST...: fail when a host has no enforced pins with at least one valid pin;
- server chains: fail when a pinned host's production chain matches none of its pins, or the chain
  itself would fail (see pinscan.gate.chains);
- baseline: findings whose fingerprint is in it are accepted (not reported, listed as not counted);
- suppressions: by rule, library and/or location pattern, each with a reason and an optional expiry
  date after which it stops applying (and the verdict says so);
- exclude-libraries: findings in the named known libraries' code are dropped (listed as not counted);
- library code the app does not reach: a finding in a known library that no class of the app's own code
  references (directly or through other library classes; see pinscan.android.libraries) is reported but
  does not fail the gate, unless strict-libraries is set;
- incomplete analysis: fail when any part could not be analysed (coverage `failed`: unreadable,
  malformed, over its budget, FairPlay-encrypted), unless allow-incomplete is set (then a warning).

`evaluate` returns the ScanResult with the findings that still count and the Verdict attached; the
reporters render both and compute nothing themselves.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, replace
from typing import Any

from pinscan.facts.expiry import expiry
from pinscan.gate.chains import ChainCheck, check_chain, pin_applies, pinned_hosts_without_chain
from pinscan.gate.policy import Policy, Suppression
from pinscan.model import FAIRPLAY, LAYOUT_PART, REACHED_PROPERTY, Finding, ScanResult


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
    baselined: tuple[Finding, ...] = ()
    chains: tuple[ChainCheck, ...] = ()
    excluded: tuple[Finding, ...] = ()  # in libraries --exclude-libraries names: dropped from the findings
    unreached: tuple[Finding, ...] = ()  # still reported, but not gated: library code the app does not reach
    not_analysed: tuple[str, ...] = ()  # parts that could not be analysed: the analysis is incomplete

    @property
    def label(self) -> str:
        return "pass" if self.passed else "fail"

    @property
    def not_counted(self) -> int:
        return len(self.baselined) + len(self.suppressed) + len(self.excluded) + len(self.unreached)

    @property
    def incomplete(self) -> bool:
        return bool(self.not_analysed)

    def to_json(self) -> dict[str, Any]:
        """The same shape as the diff's gate (passed, reasons, warnings, policy), plus what was not counted,
        and the parts not analysed when the analysis is incomplete."""
        data: dict[str, Any] = {"passed": self.passed, "reasons": list(self.reasons),
                                "warnings": list(self.warnings), "policy": self.policy.to_json()}
        data["not_counted"] = {
            "baselined": [f.to_json() for f in self.baselined],
            "suppressed": [s.to_json() for s in self.suppressed],
            "excluded_libraries": [f.to_json() for f in self.excluded],
            "library_code_not_reached": [f.fingerprint for f in self.unreached],
        }
        if self.incomplete:
            data["not_analysed"] = list(self.not_analysed)
        if self.chains:
            data["server_chains"] = [c.to_json() for c in self.chains]
        return data


def _count_by_rule(findings: list[Finding]) -> str:
    counts = Counter(f.rule_id for f in findings)
    return ", ".join(f"{rid}×{n}" if n > 1 else rid for rid, n in sorted(counts.items()))


@dataclass
class _Sorted:
    """The findings split by what the policy does with them."""

    active: list[Finding]  # reported
    suppressed: list[SuppressedFinding]
    baselined: list[Finding]
    excluded: list[Finding]
    unreached: list[Finding]  # reported, not gated
    used: set[int]  # id() of the suppressions that matched
    expired_hits: Counter[int]  # index of an expired suppression -> findings it would have covered

    @property
    def gated(self) -> list[Finding]:
        skip = {id(f) for f in self.unreached}
        return [f for f in self.active if id(f) not in skip]


def library_not_reached(f: Finding) -> bool:
    """A finding in a known library's code that no class of the app's own code reaches (see
    pinscan.android.libraries); unknown reachability counts as reached."""
    return bool(f.library) and dict(f.properties).get(REACHED_PROPERTY) is False


def _sort_findings(result: ScanResult, policy: Policy, live: list[Suppression]) -> _Sorted:
    # Library exclusion first (the user asked not to see them), then suppressions (they carry a reason a
    # reviewer can read), then the baseline.
    out = _Sorted([], [], [], [], [], set(), Counter())
    for f in result.sorted_findings():
        if policy.excludes_library(f.library):
            out.excluded.append(f)
            continue
        hit = next((s for s in live if s.matches(f)), None)
        if hit is not None:
            out.used.add(id(hit))
            out.suppressed.append(SuppressedFinding(f, hit.reason, hit.expires))
            continue
        for i, s in enumerate(policy.suppressions):
            if s not in live and s.matches(f):
                out.expired_hits[i] += 1
        if policy.baseline is not None and f.fingerprint in policy.baseline.fingerprints:
            out.baselined.append(f)
            continue
        out.active.append(f)
        if not policy.strict_libraries and library_not_reached(f):
            out.unreached.append(f)
    return out


def _suppression_warnings(policy: Policy, live: list[Suppression], sorted_: _Sorted) -> list[str]:
    warnings = []
    for i, s in enumerate(policy.suppressions):
        if s not in live:
            assert s.expires is not None
            n = sorted_.expired_hits[i]
            warnings.append(f"{s.describe()} expired on {s.expires.isoformat()} and no longer applies"
                            + (f": {n} finding(s) it covered are reported again" if n else ""))
        elif id(s) not in sorted_.used:
            warnings.append(f"{s.describe()} matches no finding")
    return warnings


def _baseline_warnings(result: ScanResult, policy: Policy) -> list[str]:
    if policy.baseline is None:
        return []
    warnings = []
    seen = {f.fingerprint for f in result.findings}
    stale = len(policy.baseline.fingerprints - seen)
    if stale:
        warnings.append(f"{stale} finding(s) in baseline {policy.baseline.path} are gone: recreate it to drop them")
    if policy.baseline.app_id and result.identity.app_id and policy.baseline.app_id != result.identity.app_id:
        warnings.append(f"baseline {policy.baseline.path} was made for {policy.baseline.app_id}, "
                        f"not {result.identity.app_id}")
    return warnings


def _severity_reasons(active: list[Finding], policy: Policy) -> list[str]:
    if policy.fail_on is None:
        return []
    over = [f for f in active if f.severity >= policy.fail_on]
    return [f"{len(over)} finding(s) at or above {policy.fail_on.label}: {_count_by_rule(over)}"] if over else []


def _expiry_checks(result: ScanResult, policy: Policy, as_of: dt.date) -> tuple[list[str], list[str]]:
    """(reasons, warnings) from --fail-on-pin-expiry."""
    reasons: list[str] = []
    warnings: list[str] = []
    if policy.fail_on_pin_expiry is None:
        return reasons, warnings
    for e in sorted(result.pins, key=lambda e: e.sort_key()):
        if not e.expiration:
            continue
        exp = expiry(e.expiration, as_of)
        if exp is None:
            warnings.append(f"pins for {e.host} have an unreadable expiration {e.expiration!r}")
        elif exp.expired:
            reasons.append(f"pins for {e.host} ({e.source}, {e.location.short()}) expired on "
                           f"{e.expiration}, {-exp.days_left} day(s) before {as_of.isoformat()}")
        elif exp.within(policy.fail_on_pin_expiry):
            reasons.append(f"pins for {e.host} ({e.source}, {e.location.short()}) expire on {e.expiration}, "
                           f"in {exp.days_left} day(s) (policy: {policy.fail_on_pin_expiry})")
    return reasons, warnings


def _required_pinning(result: ScanResult, policy: Policy) -> tuple[list[str], list[str]]:
    """(reasons, warnings) from --require-pinning. Certificate Transparency is not pinning; pins supplied at
    run time count as pinning, with a warning that pinscan cannot check them."""
    reasons, warnings = [], []
    for host in policy.require_pinning:
        entries = [e for e in result.pins if e.pins_key_material and pin_applies(e, host)]
        effective = [e for e in entries if e.enforced and any(p.valid for p in e.pins)]
        runtime = [e for e in entries if e.enforced and e.runtime]
        if not entries:
            ct = any(not e.pins_key_material and pin_applies(e, host) for e in result.pins)
            reasons.append(f"{host} is required to be pinned but the app declares no pins for it"
                           + (" (it requires Certificate Transparency, which pins no key)" if ct else ""))
        elif not effective and not runtime:
            why = sorted({w for e in entries for w in e.not_enforced_because}) or ["no valid pin"]
            reasons.append(f"{host} is required to be pinned but its pins are not enforced: {'; '.join(why)}")
        elif not effective:
            warnings.append(f"{host} is pinned with pins supplied at run time ({runtime[0].source} at "
                            f"{runtime[0].location.short()}): pinscan cannot check them")
    return reasons, warnings


def _chain_checks(result: ScanResult, policy: Policy, as_of: dt.date) -> tuple[tuple[ChainCheck, ...], list[str],
                                                                                 list[str]]:
    """(checks, reasons, warnings) from the production server chains."""
    checks = tuple(check_chain(c, list(result.pins), as_of)
                   for c in sorted(policy.server_chains, key=lambda c: (c.host, c.path)))
    reasons = [f"server chain {c.host}: {p}" for c in checks for p in c.problems]
    warnings = [f"server chain {c.host}: {w}" for c in checks for w in c.warnings]
    if policy.server_chains:
        for host in pinned_hosts_without_chain(list(result.pins), list(policy.server_chains)):
            warnings.append(f"{host} is pinned but no server chain was given for it: not checked")
    return checks, reasons, warnings


def _layout_warnings(result: ScanResult) -> list[str]:
    """A malformed but readable package (an IPA without Payload/): said to whoever releases it."""
    return [c.reason for c in result.coverage if c.part == LAYOUT_PART and c.status == "warning"]


def _incomplete_checks(result: ScanResult, policy: Policy) -> tuple[tuple[str, ...], list[str], list[str]]:
    """(parts not analysed, reasons, warnings): a gate never passes what it could not read, unless told to."""
    notes = result.not_analysed()
    if not notes:
        return (), [], []
    parts = tuple(dict.fromkeys(c.part for c in notes))
    fairplay = [p for p in parts if any(c.part == p and FAIRPLAY in c.reason for c in notes)]
    if policy.allow_incomplete:
        return parts, [], [f"incomplete analysis accepted (allow-incomplete): {', '.join(parts)}"]
    hint = "pass --allow-incomplete to accept"
    if fairplay:
        what = "binary" if len(fairplay) == 1 else "binaries"
        which = "" if len(fairplay) == len(parts) else f" ({', '.join(fairplay)})"
        hint = f"{FAIRPLAY} App Store {what}{which}: scan a decrypted build, or {hint}"
    return parts, [f"incomplete analysis: {', '.join(parts)}; {hint}"], []


def evaluate(result: ScanResult, policy: Policy, as_of: dt.date) -> ScanResult:
    """The result with only the findings that still count, and the verdict attached as `gate`."""
    live = [s for s in policy.suppressions if s.expires is None or s.expires >= as_of]
    sorted_ = _sort_findings(result, policy, live)
    warnings = _suppression_warnings(policy, live, sorted_) + _baseline_warnings(result, policy)
    warnings += _layout_warnings(result)
    reasons = _severity_reasons(sorted_.gated, policy)
    expiry_reasons, expiry_warnings = _expiry_checks(result, policy, as_of)
    required_reasons, required_warnings = _required_pinning(result, policy)
    reasons += expiry_reasons + required_reasons
    warnings += expiry_warnings + required_warnings
    checks, chain_reasons, chain_warnings = _chain_checks(result, policy, as_of)
    reasons += chain_reasons
    warnings += chain_warnings
    not_analysed, incomplete_reasons, incomplete_warnings = _incomplete_checks(result, policy)
    reasons += incomplete_reasons
    warnings += incomplete_warnings
    verdict = Verdict(passed=not reasons, reasons=tuple(reasons), warnings=tuple(warnings), policy=policy,
                      suppressed=tuple(sorted_.suppressed), baselined=tuple(sorted_.baselined), chains=checks,
                      excluded=tuple(sorted_.excluded), unreached=tuple(sorted_.unreached),
                      not_analysed=not_analysed)
    return replace(result, findings=tuple(sorted_.active), gate=verdict)
