"""The compare model: what changed between two releases in how an app trusts TLS servers.

OLD and NEW are app packages (scanned here) or pinscan JSON results (read back with
`result_from_json`). The diff compares two ScanResults, never the packages themselves:

- pins added, removed or changed per (component, host, source); a pin is its digest + value;
- hosts that lost or gained enforced pinning (pin inventory and HostPolicy together);
- hosts whose effective policy started or stopped allowing cleartext, or trusting user-installed CAs
  (a host named only on one side is compared with the other side's effective policy for it);
- overrides of the code layer gained or lost (process-wide, per client or connection, WebView), matched by
  kind, scope, API and the method that installs them;
- new, fixed and re-rated findings, matched by Finding.fingerprint (stable across rebuilds);
- identity changes (version, SDK levels, minimum OS).

The policy a diff is judged by is `pinscan.gate.diff`; `pinscan.report.diff` renders it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pinscan.errors import ScanError
from pinscan.facts.hosts import UNSCOPED, HostPattern, entry_pattern, policy_pattern
from pinscan.model import CodeOverride, Finding, HostPolicy, Location, PinEntry, ScanResult, result_from_json

_MAX_JSON_BYTES = 256 * 1024 * 1024  # a result of a very large app is a few MB; refuse anything absurd
_IDENTITY_FIELDS = ("platform", "app_id", "version_name", "version_code", "min_sdk", "target_sdk", "min_os",
                    "debuggable")


# --- the diff's values ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Side:
    result: ScanResult
    input: str  # "package" | "json"
    path: str  # as given on the command line


@dataclass(frozen=True)
class PinRef:
    """One pin (digest + value) and every place one side declares it for a host and source."""

    digest: str
    value: str
    declared_in: tuple[Location, ...]

    def to_json(self) -> dict[str, Any]:
        return {"digest": self.digest, "value": self.value,
                "declared_in": [loc.to_json() for loc in self.declared_in]}


@dataclass(frozen=True)
class PinSetState:
    """What one side declares for a (component, host, source): the facts besides the pins themselves."""

    include_subdomains: tuple[bool, ...]
    expirations: tuple[str | None, ...]
    enforced: bool  # at least one entry enforced
    not_enforced_because: tuple[str, ...]
    locations: tuple[Location, ...]

    def to_json(self) -> dict[str, Any]:
        return {"include_subdomains": list(self.include_subdomains), "expirations": list(self.expirations),
                "enforced": self.enforced, "not_enforced_because": list(self.not_enforced_because),
                "locations": [loc.to_json() for loc in self.locations]}

    def facts(self) -> tuple:
        return (self.include_subdomains, self.expirations, self.enforced)


@dataclass(frozen=True)
class PinChange:
    component: str | None
    host: str
    source: str
    status: str  # added | removed | changed
    added: tuple[PinRef, ...]
    removed: tuple[PinRef, ...]
    kept: tuple[PinRef, ...]
    old: PinSetState | None
    new: PinSetState | None

    def what_changed(self) -> list[str]:
        """The non-pin facts that differ (expiry, enforcement, subdomains), for people."""
        if self.old is None or self.new is None:
            return []
        out = []
        if self.old.expirations != self.new.expirations:
            out.append(f"expiration {format_values(self.old.expirations)} → {format_values(self.new.expirations)}")
        if self.old.enforced != self.new.enforced:
            out.append("now enforced" if self.new.enforced else "no longer enforced")
        if self.old.include_subdomains != self.new.include_subdomains:
            out.append(f"includeSubdomains {format_values(self.old.include_subdomains)} → "
                       f"{format_values(self.new.include_subdomains)}")
        return out

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"host": self.host, "source": self.source, "status": self.status}
        if self.component:
            data["component"] = self.component
        data.update({
            "pins_added": [p.to_json() for p in self.added],
            "pins_removed": [p.to_json() for p in self.removed],
            "pins_kept": [p.to_json() for p in self.kept],
            "changes": self.what_changed(),
            "old": self.old.to_json() if self.old else None,
            "new": self.new.to_json() if self.new else None,
        })
        return data


@dataclass(frozen=True)
class PinState:
    """Whether one side pins a host, from its policy and its pin inventory together."""

    pinned: bool
    enforced: bool
    expiration: str | None
    where: tuple[Location, ...]  # where the pins (or, without inventory entries, the policy) are declared
    not_enforced_because: tuple[str, ...]

    def describe(self) -> str:
        if not self.pinned:
            return "not pinned"
        if not self.enforced:
            why = f" ({'; '.join(self.not_enforced_because)})" if self.not_enforced_because else ""
            return f"pinned, NOT enforced{why}"
        return "pinned, enforced" + (f", until {self.expiration}" if self.expiration else "")

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"pinned": self.pinned, "enforced": self.enforced, "expiration": self.expiration,
                                "where": [loc.to_json() for loc in self.where]}
        if self.not_enforced_because:
            data["not_enforced_because"] = list(self.not_enforced_because)
        return data


@dataclass(frozen=True)
class HostChange:
    """A host (or "*", the app-wide default) whose effective policy changed in one respect."""

    component: str | None
    host: str
    old: str  # the state before, for people: "not pinned", "blocked", "system, user"...
    new: str
    old_location: tuple[Location, ...]
    new_location: tuple[Location, ...]
    old_source: str | None = None  # the policy it comes from ("nsc domain-config", "platform default")
    new_source: str | None = None

    @property
    def label(self) -> str:
        name = "(default)" if self.host == "*" else self.host
        return f"[{self.component}] {name}" if self.component else name

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"host": self.host}
        if self.component:
            data["component"] = self.component
        data["old"] = {"state": self.old, "source": self.old_source,
                       "locations": [loc.to_json() for loc in self.old_location]}
        data["new"] = {"state": self.new, "source": self.new_source,
                       "locations": [loc.to_json() for loc in self.new_location]}
        return data


@dataclass(frozen=True)
class SeverityChange:
    old: Finding
    new: Finding

    def to_json(self) -> dict[str, Any]:
        return {"fingerprint": self.new.fingerprint, "rule_id": self.new.rule_id,
                "old_severity": self.old.severity.label, "new_severity": self.new.severity.label,
                "message": self.new.message, "location": self.new.location.to_json()}


@dataclass(frozen=True)
class OverrideChange:
    """An override of the code layer one side has and the other not, on the row it is shown on ("*" for
    process-wide overrides, which reach every host)."""

    component: str | None
    host: str
    override: CodeOverride

    @property
    def label(self) -> str:
        name = "(default)" if self.host == "*" else self.host
        return f"[{self.component}] {name}" if self.component else name

    @property
    def process_wide(self) -> bool:
        return self.override.scope == "process"

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"host": self.host}
        if self.component:
            data["component"] = self.component
        data.update(self.override.to_json())
        return data


@dataclass(frozen=True)
class Diff:
    old: Side
    new: Side
    identity: tuple[tuple[str, Any, Any], ...]  # (field, old, new)
    pins: tuple[PinChange, ...]
    pinning_lost: tuple[HostChange, ...]
    pinning_gained: tuple[HostChange, ...]
    cleartext_gained: tuple[HostChange, ...]
    cleartext_lost: tuple[HostChange, ...]
    user_ca_gained: tuple[HostChange, ...]
    user_ca_lost: tuple[HostChange, ...]
    overrides_gained: tuple[OverrideChange, ...]
    overrides_lost: tuple[OverrideChange, ...]
    new_findings: tuple[Finding, ...]
    fixed_findings: tuple[Finding, ...]
    severity_changed: tuple[SeverityChange, ...]
    notes: tuple[str, ...]

    def sections(self) -> dict[str, int]:
        return {
            "identity_changes": len(self.identity), "pin_changes": len(self.pins),
            "pinning_lost": len(self.pinning_lost), "pinning_gained": len(self.pinning_gained),
            "cleartext_gained": len(self.cleartext_gained), "cleartext_lost": len(self.cleartext_lost),
            "user_ca_gained": len(self.user_ca_gained), "user_ca_lost": len(self.user_ca_lost),
            "overrides_gained": len(self.overrides_gained), "overrides_lost": len(self.overrides_lost),
            "new_findings": len(self.new_findings), "fixed_findings": len(self.fixed_findings),
            "severity_changed": len(self.severity_changed),
        }

    @property
    def empty(self) -> bool:
        return not any(self.sections().values())


# --- comparing two results ------------------------------------------------------------------------

def format_values(values: Iterable[Any]) -> str:
    """Values for people: `none` for None, booleans in lower case."""
    shown = [("none" if v is None else str(v).lower() if isinstance(v, bool) else str(v)) for v in values]
    return ", ".join(shown) or "none"


def location_key(loc: Location) -> tuple:
    return (loc.component or "", loc.path or "", loc.line or 0, loc.logical or "", loc.kind)


def _uniq_locs(locs: Iterable[Location]) -> tuple[Location, ...]:
    return tuple(sorted(set(locs), key=location_key))


def _component(entry: PinEntry) -> str | None:
    return entry.location.component


def _pin_groups(result: ScanResult) -> dict[tuple[str, str, str], list[PinEntry]]:
    groups: dict[tuple[str, str, str], list[PinEntry]] = defaultdict(list)
    for e in sorted(result.pins, key=PinEntry.sort_key):
        groups[(_component(e) or "", e.host, e.source)].append(e)
    return groups


def _pin_refs(entries: list[PinEntry]) -> dict[tuple[str, str], tuple[Location, ...]]:
    where: dict[tuple[str, str], list[Location]] = defaultdict(list)
    for e in entries:
        for p in e.pins:
            where[(p.digest, p.value)].append(e.location)
    return {k: _uniq_locs(v) for k, v in where.items()}


def _pin_state(entries: list[PinEntry]) -> PinSetState:
    return PinSetState(
        include_subdomains=tuple(sorted({e.include_subdomains for e in entries})),
        expirations=tuple(sorted({e.expiration for e in entries}, key=lambda x: (x is not None, x or ""))),
        enforced=any(e.enforced for e in entries),
        not_enforced_because=tuple(sorted({w for e in entries if not e.enforced for w in e.not_enforced_because})),
        locations=_uniq_locs(e.location for e in entries),
    )


def _compare_pins(old: ScanResult, new: ScanResult) -> list[PinChange]:
    old_groups, new_groups = _pin_groups(old), _pin_groups(new)
    changes = []
    for key in sorted(set(old_groups) | set(new_groups)):
        component, host, source = key
        o_entries, n_entries = old_groups.get(key, []), new_groups.get(key, [])
        o_refs, n_refs = _pin_refs(o_entries), _pin_refs(n_entries)
        added = tuple(PinRef(d, v, n_refs[(d, v)]) for d, v in sorted(set(n_refs) - set(o_refs)))
        removed = tuple(PinRef(d, v, o_refs[(d, v)]) for d, v in sorted(set(o_refs) - set(n_refs)))
        kept = tuple(PinRef(d, v, n_refs[(d, v)]) for d, v in sorted(set(o_refs) & set(n_refs)))
        o_state = _pin_state(o_entries) if o_entries else None
        n_state = _pin_state(n_entries) if n_entries else None
        if o_state is None:
            status = "added"
        elif n_state is None:
            status = "removed"
        elif added or removed or o_state.facts() != n_state.facts():
            status = "changed"
        else:
            continue
        changes.append(PinChange(component or None, host, source, status, added, removed, kept, o_state, n_state))
    return changes


def entries_for(result: ScanResult, component: str, key: str) -> list[PinEntry]:
    """The inventory entries whose pins apply to `key`: a host name, or a pattern as an entry declares it
    (then every host it covers must be covered). Host `*` stands for the entries whose hosts are not
    recoverable (code pinning), `?` for those whose host is computed at run time; only those match them.
    Certificate Transparency entries pin nothing and never count."""
    query = HostPattern.query(key)
    out = []
    for e in result.pins:
        if (_component(e) or "") != component or not e.pins_key_material:
            continue
        pattern = entry_pattern(e)
        if (pattern.rule == UNSCOPED and e.host.strip() == key) if key in ("*", "?") else pattern.covers_all(query):
            out.append(e)
    return out


class _Policies:
    """One side's host policies, and the effective one for any host (as Android's NSC or ATS picks it)."""

    def __init__(self, result: ScanResult) -> None:
        self.platform = result.identity.platform
        self.by_component: dict[str, list[HostPolicy]] = defaultdict(list)
        self.exact: dict[tuple[str, str], HostPolicy] = {}
        for p in sorted(result.policies, key=lambda p: (p.sort_key(), p.source)):
            comp = p.component or ""
            self.by_component[comp].append(p)
            self.exact.setdefault((comp, p.host), p)
        self.known = bool(result.policies)

    def effective(self, component: str, host: str) -> HostPolicy | None:
        """The exact row, else the most specific row whose domain covers `host`, else the default."""
        found = self.exact.get((component, host))
        if found is not None:
            return found
        best = None
        for p in self.by_component.get(component, []):
            if p.host == "*" or not policy_pattern(p, self.platform).covers(host):
                continue
            if best is None or len(p.host) > len(best.host):
                best = p
        return best or self.exact.get((component, "*"))

    def for_key(self, component: str, key: str) -> list[HostPolicy | None]:
        """The effective policy of each host a key stands for: the host itself, or for a pattern
        (`*.example.org`) a host at each depth it covers that no row names."""
        if (component, key) in self.exact or "*" not in key:
            return [self.effective(component, key)]
        hosts = HostPattern.query(key).sample_hosts({p.host for p in self.by_component.get(component, [])})
        return [self.effective(component, h) for h in hosts] or [None]

    def hosts(self) -> set[tuple[str, str]]:
        return set(self.exact)


def _host_pinning(result: ScanResult, policies: _Policies, component: str, host: str) -> PinState:
    entries = entries_for(result, component, host)
    # A pattern is pinned by the policy only when every host it stands for is.
    rows = policies.for_key(component, host) if host != "*" else [None]
    by_policy = all(p is not None and p.pinned for p in rows)
    policy = rows[0]
    pinned = bool(entries) or by_policy
    enforced = any(e.enforced for e in entries) or (by_policy and all(p.pins_enforced for p in rows))
    expirations = sorted({e.expiration for e in entries if e.enforced and e.expiration})
    expiration = expirations[0] if expirations else (policy.pin_expiration if by_policy else None)
    where = _uniq_locs(e.location for e in entries)
    if not where and by_policy and policy.location is not None:
        where = (policy.location,)
    why = tuple(sorted({w for e in entries if not e.enforced for w in e.not_enforced_because}))
    return PinState(pinned, enforced, expiration if pinned else None, where, why)


def _policy_where(policy: HostPolicy | None) -> tuple[Location, ...]:
    return (policy.location,) if policy is not None and policy.location is not None else ()


def _anchors(policy: HostPolicy) -> str:
    return ", ".join(policy.trust_anchors) or "nothing"


def _compare_hosts(old: ScanResult, new: ScanResult) -> tuple[dict[str, list[HostChange]], list[str]]:
    out: dict[str, list[HostChange]] = {k: [] for k in ("pinning_lost", "pinning_gained", "cleartext_gained",
                                                         "cleartext_lost", "user_ca_gained", "user_ca_lost")}
    notes: list[str] = []
    o_pol, n_pol = _Policies(old), _Policies(new)

    # pinning: every host either side names in its policies or its pin inventory
    pin_hosts = {h for h in o_pol.hosts() | n_pol.hosts() if h[1] != "*"}
    pin_hosts |= {(_component(e) or "", e.host) for e in (*old.pins, *new.pins) if e.pins_key_material}
    for component, host in sorted(pin_hosts):
        o_state = _host_pinning(old, o_pol, component, host)
        n_state = _host_pinning(new, n_pol, component, host)
        if o_state.enforced == n_state.enforced:
            continue
        kind = "pinning_lost" if o_state.enforced else "pinning_gained"
        o_policy, n_policy = o_pol.for_key(component, host)[0], n_pol.for_key(component, host)[0]
        out[kind].append(HostChange(component or None, host, o_state.describe(), n_state.describe(),
                                    o_state.where or _policy_where(o_policy), n_state.where or _policy_where(n_policy),
                                    o_policy.source if o_policy else None, n_policy.source if n_policy else None))

    # cleartext and user CAs: hosts named in a policy on either side, each against the other side's
    # effective policy for it (a new domain-config is compared with the old default)
    if not (o_pol.known and n_pol.known):
        unknown = " and ".join(s for s, pol in (("OLD", o_pol), ("NEW", n_pol)) if not pol.known)
        notes.append(f"{unknown}: network policy unknown (not read); cleartext and trust-anchor changes not compared")
        return out, notes
    for component, host in sorted(o_pol.hosts() | n_pol.hosts()):
        o, n = o_pol.effective(component, host), n_pol.effective(component, host)
        if o is None or n is None:
            continue

        def change(old_state: str, new_state: str, o=o, n=n, component=component, host=host) -> HostChange:
            return HostChange(component or None, host, old_state, new_state, _policy_where(o), _policy_where(n),
                              o.source, n.source)

        if o.cleartext_permitted != n.cleartext_permitted:
            kind = "cleartext_gained" if n.cleartext_permitted else "cleartext_lost"
            out[kind].append(change(*(("ALLOWED" if p.cleartext_permitted else "blocked") for p in (o, n))))
        o_user, n_user = "user" in o.trust_anchors, "user" in n.trust_anchors
        if o_user != n_user:
            out["user_ca_gained" if n_user else "user_ca_lost"].append(change(_anchors(o), _anchors(n)))
    return out, notes


def _overrides(result: ScanResult) -> dict[tuple, OverrideChange]:
    """The code layer's overrides (pins aside: the pin diff has them), once each: a process-wide one on the
    default row, the others on each row they are on."""
    out: dict[tuple, OverrideChange] = {}
    for p in sorted(result.policies, key=HostPolicy.sort_key):
        for c in p.code:
            if c.kind == "pins":
                continue
            host = "*" if c.scope == "process" else p.host
            out.setdefault((p.component or "", host, c.identity()), OverrideChange(p.component, host, c))
    return out


def _compare_overrides(old: ScanResult, new: ScanResult) -> tuple[list[OverrideChange], list[OverrideChange]]:
    """(gained, lost): overrides matched by how and where they are installed (kind, scope, API, method)."""
    o, n = _overrides(old), _overrides(new)
    order = sorted(set(o) | set(n))
    return [n[k] for k in order if k in n and k not in o], [o[k] for k in order if k in o and k not in n]


def _compare_findings(old: ScanResult, new: ScanResult):
    o = {f.fingerprint: f for f in old.findings}
    n = {f.fingerprint: f for f in new.findings}
    added = sorted((n[k] for k in set(n) - set(o)), key=Finding.sort_key)
    fixed = sorted((o[k] for k in set(o) - set(n)), key=Finding.sort_key)
    rerated = sorted((SeverityChange(o[k], n[k]) for k in set(o) & set(n) if o[k].severity != n[k].severity),
                     key=lambda c: c.new.sort_key())
    return added, fixed, rerated


def _notes(old: Side, new: Side) -> list[str]:
    notes = []
    a, b = old.result, new.result
    if a.identity.app_id != b.identity.app_id or a.identity.platform != b.identity.platform:
        notes.append(f"OLD and NEW are different apps ({a.identity.platform} {a.identity.app_id} vs "
                     f"{b.identity.platform} {b.identity.app_id}): the diff compares them anyway")
    if a.as_of != b.as_of:
        notes.append(f"OLD was checked as of {a.as_of}, NEW as of {b.as_of}: pin expiry may differ by date alone")
    if a.tool_version != b.tool_version or set(a.rule_ids) != set(b.rule_ids):
        only_old = sorted(set(a.rule_ids) - set(b.rule_ids))
        only_new = sorted(set(b.rule_ids) - set(a.rule_ids))
        detail = "".join([f"; rules only in OLD: {', '.join(only_old)}" if only_old else "",
                          f"; rules only in NEW: {', '.join(only_new)}" if only_new else ""])
        notes.append(f"OLD comes from pinscan {a.tool_version}, NEW from pinscan {b.tool_version}{detail}: "
                     "findings of rules that differ show up as new or fixed")
    for label, side in (("OLD", old), ("NEW", new)):
        failed = sorted({c.part for c in side.result.coverage if c.status == "failed"})
        if failed:
            notes.append(f"{label}: {len(failed)} part(s) could not be analysed ({', '.join(failed)}): "
                         "changes there may be missing")
    return notes


def compare(old: Side, new: Side) -> Diff:
    a, b = old.result, new.result
    identity = tuple((name, getattr(a.identity, name), getattr(b.identity, name)) for name in _IDENTITY_FIELDS
                     if getattr(a.identity, name) != getattr(b.identity, name))
    hosts, host_notes = _compare_hosts(a, b)
    added, fixed, rerated = _compare_findings(a, b)
    gained, lost = _compare_overrides(a, b)
    return Diff(
        old=old, new=new, identity=identity, pins=tuple(_compare_pins(a, b)),
        **{k: tuple(v) for k, v in hosts.items()},
        overrides_gained=tuple(gained), overrides_lost=tuple(lost),
        new_findings=tuple(added), fixed_findings=tuple(fixed), severity_changed=tuple(rerated),
        notes=tuple(_notes(old, new) + host_notes),
    )


# --- reading a side -------------------------------------------------------------------------------

def _json_result(path: Path) -> ScanResult:
    """The pinscan result in `path`, a file that starts with "{". Raises ScanError when it is not one."""
    try:
        size = path.stat().st_size
        if size > _MAX_JSON_BYTES:
            raise ScanError(f"{path}: a {size:,}-byte JSON file is too large to be a pinscan result")
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        # A zip package cannot start with "{" (its first bytes are "PK"), so this is neither.
        raise ScanError(f"{path}: neither an app package nor a pinscan JSON result (invalid JSON: "
                        f"{str(exc).splitlines()[0]})") from None
    except OSError as exc:
        raise ScanError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        return result_from_json(data)
    except ValueError as exc:
        raise ScanError(f"{path}: JSON, but {exc} (pass a package, or a result of `pinscan scan --format json`)") \
            from None


def load_side(path: str, as_of: dt.date, timeout: float | None = None) -> Side:
    """Scan a package (within `timeout` seconds, if given) or read a pinscan JSON result, recognised by
    content (a JSON result starts with "{")."""
    from pinscan.rule import ScanOptions

    p = Path(path)
    head = b""
    if p.is_file():
        try:
            with p.open("rb") as fp:
                head = fp.read(64)
        except OSError as exc:
            raise ScanError(f"{p}: cannot read: {exc.strerror or exc}") from None
    if head.removeprefix(b"\xef\xbb\xbf").lstrip(b" \t\r\n").startswith(b"{"):
        return Side(_json_result(p), "json", path)
    from pinscan.limits import ScanTimeout
    from pinscan.scan import scan_path  # heavy imports only when a package is scanned

    try:
        return Side(scan_path(p, ScanOptions(as_of=as_of), timeout=timeout), "package", path)
    except ScanTimeout as exc:
        raise ScanError(f"{path}: {exc}") from None
