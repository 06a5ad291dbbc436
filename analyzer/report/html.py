"""HTML: one self-contained page for a reviewer (jinja2 templates shipped in pinscan/report/templates).

No external fonts, scripts or images: the page carries its own Content-Security-Policy
(`default-src 'none'`, the inline style allowed by its SHA-256 hash), so it works offline, as a CI
artefact, and under a strict CSP. The severity filter is pure CSS (checkboxes and `:has()`), so it
works without JavaScript; printing hides the filter and shows everything in black on white.

This module only arranges the ScanResult and the gate's verdict for the template (grouping, sorting,
days left until a date); it decides nothing.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

from pinscan.model import REACHED_PROPERTY, Finding, PinEntry, ScanResult, Severity
from pinscan.report import ReportOptions
from pinscan.report.page import environment
from pinscan.rule import get_rule

_SEVERITIES = sorted(Severity, reverse=True)


@dataclass
class RuleGroup:
    rule_id: str
    title: str
    name: str
    doc: str
    cwe: list[str]
    masvs: list[str]
    severity: Severity  # the highest among its findings
    findings: list[Finding] = field(default_factory=list)

    @property
    def severities(self) -> list[str]:
        return sorted({f.severity.label for f in self.findings})


@dataclass
class LibraryGroup:
    """A known library's findings, with whether the app's own code reaches that code."""

    library: str
    findings: list[Finding]
    state: str  # in words: reached, not reached (and what the gate does with it)

    @property
    def severity(self) -> Severity:
        return max(f.severity for f in self.findings)

    @property
    def severities(self) -> list[str]:
        return sorted({f.severity.label for f in self.findings})


@dataclass
class HostPins:
    host: str
    entries: list[PinEntry]


def _days_left(date_text: str | None, as_of: dt.date) -> int | None:
    if not date_text:
        return None
    try:
        return (dt.date.fromisoformat(date_text) - as_of).days
    except ValueError:
        return None


def _groups(findings: list[Finding]) -> list[RuleGroup]:
    by_rule: dict[str, RuleGroup] = {}
    for f in findings:
        g = by_rule.get(f.rule_id)
        if g is None:
            r = get_rule(f.rule_id)
            g = by_rule[f.rule_id] = RuleGroup(
                f.rule_id, r.title if r else f.rule_id, r.name if r else "", r.doc if r else "",
                [f"CWE-{c}" for c in r.cwe] if r else [], list(r.masvs) if r else [], f.severity)
        g.findings.append(f)
        g.severity = max(g.severity, f.severity)
    return sorted(by_rule.values(), key=lambda g: (-g.severity, g.rule_id))


def _library_groups(findings: list[Finding], strict: bool) -> list[LibraryGroup]:
    by_lib: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        if f.library:
            by_lib[f.library].append(f)
    groups = []
    for lib, fs in by_lib.items():
        reached = [dict(f.properties).get(REACHED_PROPERTY) for f in fs]
        if reached.count(False) == len(fs):
            state = ("not reached from the app's code: counted all the same (strict libraries)" if strict
                     else "not reached from the app's code: the gate does not count these")
        elif reached.count(False):
            state = (f"the app's code reaches {len(fs) - reached.count(False)} of {len(fs)}; the others are "
                     + ("counted all the same (strict libraries)" if strict else "not counted by the gate"))
        elif reached.count(True) == len(fs):
            state = "reached from the app's code"
        else:
            state = "use by the app's code not known: counted"
        groups.append(LibraryGroup(lib, fs, state))
    return sorted(groups, key=lambda g: (-g.severity, g.library))


def reach_of(f: Finding) -> str | None:
    """For a library finding: whether the app's code reaches it, in words (None when not known)."""
    return {True: "reached from the app's code", False: "not reached from the app's code"}.get(
        dict(f.properties).get(REACHED_PROPERTY))


def _filter_css(groups: list) -> str:
    """Hide a rule group when every severity it contains is filtered out."""
    rules = []
    for sevs in sorted({tuple(g.severities) for g in groups}):
        cond = "".join(f":has(#show-{s}:not(:checked))" for s in sevs)
        rules.append(f"body{cond} .grp-{'-'.join(sevs)} {{ display: none; }}")
    return "\n".join(rules)


def _code_of(result: ScanResult):
    """(process-wide overrides shared with the default row, the row's other code entries): a host row counts
    the first, as the text report does."""
    defaults = {p.component: {c.identity() for c in p.code if c.scope == "process"}
                for p in result.policies if p.host == "*"}

    def code_of(p) -> tuple[int, list]:
        shared = defaults.get(p.component, set()) if p.host != "*" else set()
        return (len({c.identity() for c in p.code} & shared),
                [c for c in sorted(p.code, key=lambda c: c.sort_key()) if c.identity() not in shared])
    return code_of


def context(result: ScanResult) -> dict[str, Any]:
    as_of = dt.date.fromisoformat(result.as_of)
    findings = result.sorted_findings()
    groups = _groups([f for f in findings if not f.library])
    strict = bool(getattr(getattr(result.gate, "policy", None), "strict_libraries", False))
    library_groups = _library_groups(findings, strict)
    counts = [(s.label, sum(1 for f in findings if f.severity == s)) for s in _SEVERITIES]
    hosts: dict[str, list[PinEntry]] = defaultdict(list)
    for e in sorted(result.pins, key=PinEntry.sort_key):
        hosts[e.host].append(e)
    ident = result.identity
    identity = [(k, v) for k, v in (
        ("Name", ident.name), ("Package / bundle ID", ident.app_id), ("Platform", ident.platform),
        ("Version", " ".join(x for x in (ident.version_name, f"({ident.version_code})" if ident.version_code
                                        else None) if x) or None),
        ("Min SDK", ident.min_sdk), ("Target SDK", ident.target_sdk), ("Minimum OS", ident.min_os),
        ("Debuggable", None if ident.debuggable is None else ("yes" if ident.debuggable else "no")),
        ("File", ident.package_path), ("Size", f"{ident.size:,} bytes"), ("SHA-256", ident.sha256),
    ) if v not in (None, "")]
    for k, v in ident.extra:
        if isinstance(v, str | int) and not isinstance(v, bool):
            identity.append((k.replace("_", " ").capitalize(), v))
    return {
        "result": result,
        "title": ident.app_id or ident.package_path,
        "verdict": result.gate,
        "identity": identity,
        "counts": counts,
        "total": sum(len(g.findings) for g in groups),  # the app's own; library code has its own section
        "groups": groups,
        "library_groups": library_groups,
        "reach_of": reach_of,
        "is_code": lambda loc: loc.kind in ("method", "class", "symbol"),
        "hosts": [HostPins(h, es) for h, es in sorted(hosts.items())],
        "policies": sorted(result.policies, key=lambda p: p.sort_key()),
        "code_of": _code_of(result),
        "endpoints": sorted(result.endpoints, key=lambda e: (e.scheme not in ("http", "ws"), e.sort_key())),
        "coverage": sorted(result.coverage, key=lambda c: (c.status != "failed", c.status, c.part)),
        "problems": [c for c in result.coverage if c.status != "analysed"],
        "not_analysed": result.not_analysed(),
        "days_left": lambda d: _days_left(d, as_of),
        "severities": [s.label for s in _SEVERITIES],
        "filter_css": _filter_css([*groups, *library_groups]),
    }


def render(result: ScanResult, options: ReportOptions) -> str:
    """The page, with a "changes since" section when `options.changes` holds the diff since a release."""
    env = environment()
    ctx = context(result)
    section = None
    if options.changes is not None:
        from pinscan.report.diff import render_diff_section

        section = Markup(render_diff_section(*options.changes))
    ctx["diff_section"] = section
    css = env.get_template("report.css").render(filter_css=ctx["filter_css"])
    digest = base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()
    return env.get_template("report.html.j2").render(**ctx, css=Markup(css), css_hash=digest)
