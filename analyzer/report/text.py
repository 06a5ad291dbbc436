"""Plain text for a person at a terminal: who the app is, what it trusts per host, its pins, the
findings most severe first, and what could not be analysed."""

from __future__ import annotations

from pinscan.model import ScanResult, Severity
from pinscan.report import ReportOptions
from pinscan.rule import get_rule


def _app(result: ScanResult) -> list[str]:
    ident = result.identity
    title = ident.app_id or ident.package_path
    version = f" {ident.version_name}" if ident.version_name else ""
    if ident.version_code:
        version += f" ({ident.version_code})"
    facts = [f"file {ident.package_path}", f"sha256 {ident.sha256[:16]}…" if ident.sha256 else ""]
    if ident.min_sdk is not None:
        facts.append(f"minSdk {ident.min_sdk}, targetSdk {ident.target_sdk}")
    if ident.min_os:
        facts.append(f"minimum OS {ident.min_os}")
    if ident.debuggable:
        facts.append("DEBUGGABLE")
    return [f"pinscan {result.tool_version} — {ident.platform} app {title}{version}",
            "  " + " · ".join(f for f in facts if f),
            f"  checked as of {result.as_of}"]


def _policies(result: ScanResult) -> list[str]:
    out = ["", "Network policy per host"]
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
        out.extend(f"      note: {note}" for note in p.notes)
    return out


def _pins(result: ScanResult) -> list[str]:
    out = ["", f"Pins ({len(result.pins)})"]
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
        out.extend(f"      not enforced: {why}" for why in e.not_enforced_because)
        out.extend(f"      note: {note}" for note in e.notes)
        out.extend(f"      reports failures to {uri}" for uri in e.report_uris)
    return out


def _findings(result: ScanResult) -> list[str]:
    findings = result.sorted_findings()
    counts = ", ".join(
        f"{sum(1 for f in findings if f.severity == s)} {s.label}" for s in sorted(Severity, reverse=True)
        if any(f.severity == s for f in findings)
    )
    out = ["", f"Findings ({len(findings)}{': ' + counts if counts else ''})"]
    for f in findings:
        rule = get_rule(f.rule_id)
        name = rule.title if rule else f.rule_id
        lib = f" [library: {f.library}]" if f.library else ""
        out.append(f"  {f.severity.label.upper():8} {f.rule_id} {name}{lib}")
        out.append(f"           {f.message}")
        out.append(f"           at {f.location.short()}")
        out.extend(f"           | {ev}" for ev in f.evidence)
    return out


def _coverage(result: ScanResult) -> list[str]:
    problems = [c for c in result.coverage if c.status != "analysed"]
    if not problems:
        return []
    return ["", "Not analysed / warnings", *(f"  {c.status}: {c.part}: {c.reason}" for c in problems)]


def render(result: ScanResult, options: ReportOptions) -> str:
    out = [*_app(result), *_policies(result), *_pins(result), *_findings(result), *_coverage(result), ""]
    text = "\n".join(out)
    if options.changes is not None:
        from pinscan.report.diff import render_text

        text += "\n" + render_text(options.changes)
    return text
