"""Plain text for a person at a terminal: the gate's verdict, who the app is, what it trusts per host, its
pins, the findings most severe first (the app's own, then library code grouped per library), what the gate
did not count, and what could not be analysed. One function per section."""

from __future__ import annotations

from collections import defaultdict

from pinscan.model import REACHED_PROPERTY, Finding, ScanResult, Severity
from pinscan.report import ReportOptions
from pinscan.rule import get_rule

_INDENT = " " * 11


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


def _not_counted_summary(verdict) -> str | None:
    parts = []
    if verdict.baselined:
        parts.append(f"{len(verdict.baselined)} baselined")
    if verdict.suppressed:
        parts.append(f"{len(verdict.suppressed)} suppressed")
    if verdict.excluded:
        parts.append(f"{len(verdict.excluded)} in excluded libraries")
    listed = " (listed under \"Not counted\")" if parts else ""
    if verdict.unreached:
        parts.append(f"{len(verdict.unreached)} in library code the app does not reach (shown under \"Findings in "
                     "library code\")")
    return f"  not counted: {', '.join(parts)}{listed}" if parts else None


def _verdict(result: ScanResult) -> list[str]:
    """The release gate's decision first: PASSED/FAILED, the policy, why, and what it did not count."""
    verdict = result.gate
    if verdict is None or not hasattr(verdict, "policy"):
        return []
    out = ["", f"Release gate: {'PASSED' if verdict.passed else 'FAILED'}",
           f"  policy: {verdict.policy.describe()}"]
    out.extend(f"  - {reason}" for reason in verdict.reasons)
    out.extend(f"  warning: {w}" for w in verdict.warnings)
    summary = _not_counted_summary(verdict)
    if summary:
        out.append(summary)
    return out


def _incomplete(result: ScanResult) -> list[str]:
    """What could not be analysed, right after the verdict: an empty report of a package pinscan could not
    read must not look like a clean one."""
    missing = result.not_analysed()
    if not missing:
        return []
    accepted = bool(getattr(getattr(result.gate, "policy", None), "allow_incomplete", False))
    out = ["", f"ANALYSIS INCOMPLETE: {len(missing)} part(s) could not be analysed; findings and pins in them may "
               "be missing"]
    out += [f"  {c.part}: {c.reason}" for c in missing]
    out.append("  accepted by allow-incomplete" if accepted else
               "  the release gate fails on this unless --allow-incomplete is given")
    return out


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
        where = f" · {p.location.display()}" if p.location else ""
        out.append(f"      from {p.source}{where}")
        out.extend(f"      note: {note}" for note in p.notes)
        out.extend(_code_layer(p, result))
    return out


def _code_layer(p, result: ScanResult) -> list[str]:
    """A row's code layer: each override in full, except the process-wide ones a host row shares with the
    default row, which are counted."""
    default = next((d for d in result.policies if d.host == "*" and d.component == p.component), None)
    shared = {c.identity() for c in default.code if c.scope == "process"} if default is not None and p.host != "*" \
        else set()
    out = []
    if shared:
        n = len(shared)
        out.append(f"      code: {n} process-wide override{'s' if n > 1 else ''} (see the default row) "
                   "reach this host too")
    for c in sorted(p.code, key=lambda c: c.sort_key()):
        if c.identity() in shared:
            continue
        out.append(f"      code: {c.describe()}")
        out.append(f"            reaches {c.reaches} · {c.confidence.label} confidence · at {c.location.display()}")
    return out


def _endpoints(result: ScanResult) -> list[str]:
    """The hosts the code contacts, cleartext ones first."""
    if not result.endpoints:
        return []
    out = ["", f"Endpoints ({len(result.endpoints)})"]
    for e in sorted(result.endpoints, key=lambda e: (e.scheme not in ("http", "ws"), e.sort_key())):
        comp = f"[{e.component}] " if e.component else ""
        state = ("cleartext ALLOWED" if e.allowed else "cleartext blocked") if e.scheme in ("http", "ws") else "TLS"
        libs = f" · in {', '.join(e.libraries)}" if e.libraries else ""
        out.append(f"  {comp}{e.scheme}://{e.host} — {state} · {', '.join(e.apis)} · "
                   f"{e.confidence.label} confidence{libs}")
        out.extend(f"      {u}" for u in e.urls)
        out.extend(f"      at {loc.display()}" for loc in e.where)
        out.extend(f"      note: {n}" for n in e.notes)
    return out


def _pins(result: ScanResult) -> list[str]:
    out = ["", f"Pins ({len(result.pins)})"]
    for e in sorted(result.pins, key=lambda e: e.sort_key()):
        sub = " +subdomains" if e.include_subdomains else ""
        state = "enforced" if e.enforced else "NOT enforced"
        exp = f", expires {e.expiration}" if e.expiration else ""
        out.append(f"  {e.host}{sub} [{e.source}] {state}{exp} — {e.location.display()}")
        for pin in e.pins:
            extra = "" if pin.valid else f"  INVALID: {pin.problem}"
            if pin.matches_certificate:
                extra += f"  (matches {pin.matches_certificate})"
            out.append(f"      {pin.digest}/{pin.value}{extra}")
        if e.runtime:
            out.append("      pins supplied at run time" + (" (besides the constants above)" if e.pins else ""))
            out.extend(f"      {r.describe()}" for r in e.runtime_sources)
        out.extend(f"      not enforced: {why}" for why in e.not_enforced_because)
        out.extend(f"      note: {note}" for note in e.notes)
        out.extend(f"      reports failures to {uri}" for uri in e.report_uris)
    return out


def _counts(findings: list[Finding]) -> str:
    return ", ".join(f"{sum(1 for f in findings if f.severity == s)} {s.label}" for s in sorted(Severity, reverse=True)
                     if any(f.severity == s for f in findings))


def _finding(f: Finding, indent: str = "  ") -> list[str]:
    rule = get_rule(f.rule_id)
    name = rule.title if rule else f.rule_id
    head = f"{f.severity.label.upper()}, {f.confidence.label} confidence"
    lines = [f"{indent}{head:25} {f.rule_id} {name}",
             f"{indent}{_INDENT}{f.message}",
             f"{indent}{_INDENT}at {f.location.display()}"]
    lines.extend(f"{indent}{_INDENT}| {ev}" for ev in f.evidence)
    return lines


def _findings(result: ScanResult) -> list[str]:
    findings = result.sorted_findings()
    own = [f for f in findings if not f.library]
    counts = _counts(findings)
    in_libs = len(findings) - len(own)
    libs = f"; {in_libs} of them in library code, below" if in_libs else ""
    out = ["", f"Findings ({len(findings)}{': ' + counts if counts else ''}{libs})"]
    if in_libs and not own:
        out.append("  (none in the app's own code and configuration)")
    for f in own:
        out.extend(_finding(f))
    return out


def _library_state(findings: list[Finding], strict: bool) -> str:
    reached = [dict(f.properties).get(REACHED_PROPERTY) for f in findings]
    not_reached = reached.count(False)
    n = len(findings)
    if not_reached == n:
        how = "counted all the same (strict libraries)" if strict else "not counted by the gate"
        return f"no class of the app's own code reaches {'it' if n == 1 else 'them'}: {how}"
    if not_reached:
        how = "counted all the same (strict libraries)" if strict else "those are not counted by the gate"
        return f"the app's code reaches {n - not_reached}, not {not_reached}: {how}"
    return "reached from the app's code" if reached.count(True) == n else "counted (use not known for some)"


def _library_findings(result: ScanResult) -> list[str]:
    """Findings in known libraries' code, one group per library, with whether the app's code reaches it."""
    by_lib: dict[str, list[Finding]] = defaultdict(list)
    for f in result.sorted_findings():
        if f.library:
            by_lib[f.library].append(f)
    if not by_lib:
        return []
    strict = bool(getattr(getattr(result.gate, "policy", None), "strict_libraries", False))
    total = sum(len(v) for v in by_lib.values())
    out = ["", f"Findings in library code ({total} in {len(by_lib)} librar{'y' if len(by_lib) == 1 else 'ies'})"]
    for lib in sorted(by_lib, key=lambda k: (-max(f.severity for f in by_lib[k]), k)):
        fs = by_lib[lib]
        out.append(f"  {lib}: {len(fs)} finding{'s' if len(fs) != 1 else ''} ({_counts(fs)}) — "
                   f"{_library_state(fs, strict)}")
        for f in fs:
            out.extend(_finding(f, "    "))
    return out


def _one_line(f: Finding) -> str:
    return f"    {f.severity.label.upper():8} {f.rule_id} {f.message} — at {f.location.display()}"


def _not_counted(result: ScanResult) -> list[str]:
    """Every finding the gate took out of the report: baselined, suppressed (with the reason), excluded."""
    verdict = result.gate
    if verdict is None or not hasattr(verdict, "policy"):
        return []
    n = len(verdict.baselined) + len(verdict.suppressed) + len(verdict.excluded)
    if not n:
        return []
    out = ["", f"Not counted ({n})"]
    if verdict.baselined:
        out.append(f"  in the baseline {verdict.policy.baseline.path} ({len(verdict.baselined)})")
        out.extend(_one_line(f) for f in verdict.baselined)
    if verdict.suppressed:
        out.append(f"  suppressed ({len(verdict.suppressed)})")
        for s in verdict.suppressed:
            until = f", until {s.expires.isoformat()}" if s.expires else ""
            out.append(f"{_one_line(s.finding)} — reason: {s.reason}{until}")
    if verdict.excluded:
        names = ", ".join(verdict.policy.exclude_libraries)
        out.append(f"  in excluded libraries ({names}) ({len(verdict.excluded)})")
        out.extend(f"{_one_line(f)} [{f.library}]" for f in verdict.excluded)
    return out


def _coverage(result: ScanResult) -> list[str]:
    problems = [c for c in result.coverage if c.status != "analysed"]
    if not problems:
        return []
    return ["", "Not analysed / warnings", *(f"  {c.status}: {c.part}: {c.reason}" for c in problems)]


def render(result: ScanResult, options: ReportOptions) -> str:
    sections = [_app, _verdict, _incomplete, _policies, _endpoints, _pins, _findings, _library_findings,
                _not_counted, _coverage]
    out = [line for section in sections for line in section(result)]
    text = "\n".join([*out, ""])
    if options.changes is not None:
        from pinscan.report.diff import render_text

        text += "\n" + render_text(options.changes)
    return text
