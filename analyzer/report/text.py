"""Plain text for a person at a terminal: who the app is, what it trusts per host, its pins, the
findings most severe first, and what could not be analysed."""

from __future__ import annotations

from pinscan.model import ScanResult, Severity
from pinscan.rule import get_rule


def _yn(flag: bool) -> str:
    return "yes" if flag else "no"


def render(result: ScanResult) -> str:
    out: list[str] = []
    ident = result.identity
    title = ident.app_id or ident.package_path
    version = f" {ident.version_name}" if ident.version_name else ""
    if ident.version_code:
        version += f" ({ident.version_code})"
    out.append(f"pinscan {result.tool_version} — {ident.platform} app {title}{version}")
    facts = [f"file {ident.package_path}", f"sha256 {ident.sha256[:16]}…" if ident.sha256 else ""]
    if ident.min_sdk is not None:
        facts.append(f"minSdk {ident.min_sdk}, targetSdk {ident.target_sdk}")
    if ident.min_os:
        facts.append(f"minimum OS {ident.min_os}")
    if ident.debuggable:
        facts.append("DEBUGGABLE")
    out.append("  " + " · ".join(f for f in facts if f))
    out.append(f"  checked as of {result.as_of}")

    out.append("")
    out.append("Network policy per host")
    if not result.policies:
        out.append("  (unknown: the app's configuration could not be read)")
    for p in sorted(result.policies, key=lambda p: p.sort_key()):
        host = "(default)" if p.host == "*" else p.host + (" +subdomains" if p.include_subdomains else "")
        if p.component:
            host = f"[{p.component}] {host}"
        pin = "not pinned"
        if p.pinned:
            pin = "pinned" + ("" if p.pins_enforced else " (NOT enforced)")
            if p.pin_expiration:
                pin += f", pins expire {p.pin_expiration}"
        out.append(f"  {host}")
        out.append(f"      cleartext {'ALLOWED' if p.cleartext_permitted else 'blocked'} · trusts "
                   f"{', '.join(p.trust_anchors) or 'nothing'} · {pin}")
        where = f" · {p.location.short()}" if p.location else ""
        out.append(f"      from {p.source}{where}")
        for note in p.notes:
            out.append(f"      note: {note}")

    out.append("")
    out.append(f"Pins ({len(result.pins)})")
    for e in sorted(result.pins, key=lambda e: e.sort_key()):
        sub = " +subdomains" if e.include_subdomains else ""
        state = "enforced" if e.enforced else "NOT enforced"
        exp = f", expires {e.expiration}" if e.expiration else ""
        out.append(f"  {e.host}{sub} [{e.source}] {state}{exp} — {e.location.short()}")
        for pin in e.pins:
            extra = "" if pin.valid else f"  INVALID: {pin.problem}"
            if pin.matches_certificate:
                extra += f"  (matches {pin.matches_certificate})"
            out.append(f"      {pin.digest}/{pin.value}{extra}")
        for why in e.not_enforced_because:
            out.append(f"      note: {why}")

    findings = result.sorted_findings()
    out.append("")
    counts = ", ".join(
        f"{sum(1 for f in findings if f.severity == s)} {s.label}" for s in sorted(Severity, reverse=True)
        if any(f.severity == s for f in findings)
    )
    out.append(f"Findings ({len(findings)}{': ' + counts if counts else ''})")
    for f in findings:
        rule = get_rule(f.rule_id)
        name = rule.title if rule else f.rule_id
        lib = f" [library: {f.library}]" if f.library else ""
        out.append(f"  {f.severity.label.upper():8} {f.rule_id} {name}{lib}")
        out.append(f"           {f.message}")
        out.append(f"           at {f.location.short()}")
        for ev in f.evidence:
            out.append(f"           | {ev}")

    problems = [c for c in result.coverage if c.status != "analysed"]
    if problems:
        out.append("")
        out.append("Not analysed / warnings")
        for c in problems:
            out.append(f"  {c.status}: {c.part}: {c.reason}")
    out.append("")
    return "\n".join(out)
