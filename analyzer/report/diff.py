"""A release diff as text, JSON and HTML (and the HTML section `scan --compare-to` embeds).

JSON (`kind: "pinscan-diff"`) is documented in the README, "Comparing two releases".
"""

from __future__ import annotations

import json
from typing import Any

from pinscan import __version__
from pinscan.compare import Diff, Side, format_values
from pinscan.gate.diff import DiffVerdict
from pinscan.model import Location
from pinscan.report import ReportOptions

DIFF_SCHEMA_VERSION = 2  # 2: `gate` shaped like the scan's (`policy.fail_on`, `warnings`)


def _side_json(side: Side) -> dict[str, Any]:
    return {"input": side.input, "app": side.result.identity.to_json(), "as_of": side.result.as_of,
            "tool_version": side.result.tool_version}


def to_json(diff: Diff, verdict: DiffVerdict) -> dict[str, Any]:
    return {
        "schema_version": DIFF_SCHEMA_VERSION,
        "kind": "pinscan-diff",
        "tool": {"name": "pinscan", "version": __version__},
        "old": _side_json(diff.old),
        "new": _side_json(diff.new),
        "summary": diff.sections(),
        "identity_changes": [{"field": k, "old": o, "new": n} for k, o, n in diff.identity],
        "pins": [c.to_json() for c in diff.pins],
        "pinning": {"lost": [c.to_json() for c in diff.pinning_lost],
                    "gained": [c.to_json() for c in diff.pinning_gained]},
        "cleartext": {"gained": [c.to_json() for c in diff.cleartext_gained],
                      "lost": [c.to_json() for c in diff.cleartext_lost]},
        "user_trust": {"gained": [c.to_json() for c in diff.user_ca_gained],
                       "lost": [c.to_json() for c in diff.user_ca_lost]},
        "overrides": {"gained": [c.to_json() for c in diff.overrides_gained],
                      "lost": [c.to_json() for c in diff.overrides_lost]},
        "findings": {"new": [f.to_json() for f in diff.new_findings],
                     "fixed": [f.to_json() for f in diff.fixed_findings],
                     "severity_changed": [c.to_json() for c in diff.severity_changed]},
        "gate": verdict.to_json(),
        "notes": list(diff.notes),
    }


def render_json(judged: tuple[Diff, DiffVerdict], options: ReportOptions | None = None) -> str:
    diff, verdict = judged
    return json.dumps(to_json(diff, verdict), indent=2, ensure_ascii=False) + "\n"


def _version(side: Side) -> str:
    ident = side.result.identity
    version = ident.version_name or ""
    if ident.version_code:
        version += f" ({ident.version_code})"
    return version.strip() or "(no version)"


def _where(locs: tuple[Location, ...]) -> str:
    return "; ".join(loc.display() for loc in locs)


def _pin_counts(p) -> str:
    """`1 pin added, 2 removed, 1 kept`: what happened to the host's pins, in words."""
    parts = [f"{n} {word}" for n, word in ((len(p.added), "added"), (len(p.removed), "removed"),
                                          (len(p.kept), "kept")) if n]
    if not parts:
        return "no pins"
    first_n = int(parts[0].split()[0])
    parts[0] = parts[0].replace(" ", " pin " if first_n == 1 else " pins ", 1)
    return ", ".join(parts)


def render_text(judged: tuple[Diff, DiffVerdict], options: ReportOptions | None = None) -> str:
    diff, verdict = judged
    out: list[str] = []
    a = diff.old.result.identity
    out.append(f"pinscan {__version__} diff — {a.platform} app {a.app_id or a.package_path}")
    for label, side in (("old", diff.old), ("new", diff.new)):
        ident = side.result.identity
        sha = f" · sha256 {ident.sha256[:16]}…" if ident.sha256 else ""
        out.append(f"  {label}: {_version(side)} · {ident.package_path} ({side.input}){sha} · "
                   f"as of {side.result.as_of}")

    def section(title: str, items: tuple | list) -> bool:
        if items:
            out.append("")
            out.append(f"{title} ({len(items)})")
        return bool(items)

    if section("App changes", diff.identity):
        for name, old, new in diff.identity:
            out.append(f"  {name}: {format_values([old])} → {format_values([new])}")
    for title, items in (("Hosts that LOST pinning", diff.pinning_lost),
                         ("Hosts that gained pinning", diff.pinning_gained)):
        if section(title, items):
            for c in items:
                out.append(f"  {c.label}: {c.old} → {c.new}")
                for label, locs in (("old", c.old_location), ("new", c.new_location)):
                    if locs:
                        out.append(f"      {label} at {_where(locs)}")
    if section("Pin changes", diff.pins):
        for p in diff.pins:
            comp = f"[{p.component}] " if p.component else ""
            out.append(f"  {comp}{p.host} [{p.source}] {p.status}: {_pin_counts(p)}")
            for what in p.what_changed():
                out.append(f"      {what}")
            for sign, refs in (("+", p.added), ("-", p.removed)):
                for r in refs:
                    out.append(f"      {sign} {r.digest}/{r.value}  at {_where(r.declared_in)}")
    for title, items in (("Hosts that now ALLOW cleartext", diff.cleartext_gained),
                         ("Hosts that no longer allow cleartext", diff.cleartext_lost),
                         ("Hosts that now trust user-installed CAs", diff.user_ca_gained),
                         ("Hosts that no longer trust user-installed CAs", diff.user_ca_lost)):
        if section(title, items):
            for c in items:
                where = f" — {c.new_source}" + (f" · {_where(c.new_location)}" if c.new_location else "")
                out.append(f"  {c.label}: {c.old} → {c.new}{where}")
    for title, items in (("Code overrides GAINED", diff.overrides_gained),
                         ("Code overrides removed", diff.overrides_lost)):
        if section(title, items):
            for c in items:
                out.append(f"  {c.label}: {c.override.describe()}")
                out.append(f"      reaches {c.override.reaches} · at {c.override.location.display()}")
    for title, findings in (("New findings", diff.new_findings), ("Fixed findings", diff.fixed_findings)):
        if section(title, findings):
            for f in findings:
                lib = f" [library: {f.library}]" if f.library else ""
                out.append(f"  {f.severity.label.upper():8} {f.rule_id}{lib} {f.message}")
                out.append(f"           at {f.location.display()}")
    if section("Findings re-rated", diff.severity_changed):
        for c in diff.severity_changed:
            out.append(f"  {c.old.severity.label} → {c.new.severity.label}  {c.new.rule_id} {c.new.message}")
            out.append(f"           at {c.new.location.display()}")
    if diff.empty:
        out.append("")
        out.append("No changes in pins, host policies, code overrides, findings or app identity.")
    if diff.notes:
        out.append("")
        out.append("Notes")
        out.extend(f"  {n}" for n in diff.notes)
    out.append("")
    out.append(f"Diff gate: {'PASSED' if verdict.passed else 'FAILED'} (it fails when {verdict.describe()})")
    out.extend(f"  - {r}" for r in verdict.reasons)
    out.append("")
    return "\n".join(out)


def _html_context(diff: Diff, verdict: DiffVerdict | None) -> dict[str, Any]:
    return {"diff": diff, "verdict": verdict, "version": _version, "where": _where, "fmt": format_values}


def render_diff_section(diff: Diff, verdict: DiffVerdict | None = None) -> str:
    """The diff as an HTML fragment (`<section id="diff">`) styled by report.css, for embedding in a page."""
    from pinscan.report.page import environment

    return environment().get_template("diff_section.html.j2").render(**_html_context(diff, verdict))


def render_html(judged: tuple[Diff, DiffVerdict], options: ReportOptions | None = None) -> str:
    """One self-contained page under the same strict CSP as the scan report."""
    import base64
    import hashlib

    from markupsafe import Markup

    from pinscan.report.page import environment

    diff, verdict = judged
    env = environment()
    css = env.get_template("report.css").render(filter_css="")
    digest = base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()
    section = Markup(render_diff_section(diff, verdict))
    return env.get_template("diff.html.j2").render(**_html_context(diff, verdict), section=section,
                                                   css=Markup(css), css_hash=digest, tool_version=__version__)
