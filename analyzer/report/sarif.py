"""SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

One run per scanned package; the tool driver lists every registered rule with its docs; one result
per finding location (never several occurrences folded into one result, which makes GitHub show only
the first); `partialFingerprints` carry the finding's rebuild-stable fingerprint.

Severity mapping (documented in the README, "SARIF output"):

| pinscan  | result `level` | `problem.severity` | `security-severity` (GitHub's band) |
|----------|----------------|--------------------|-------------------------------------|
| critical | error          | error              | 9.5 (critical: 9.0 and above)       |
| high     | error          | error              | 8.0 (high: 7.0-8.9)                 |
| medium   | warning        | warning            | 5.5 (medium: 4.0-6.9)               |
| low      | note           | recommendation     | 2.0 (low: 0.1-3.9)                  |
| info     | note           | recommendation     | none: GitHub then shows it as a note |

`security-severity` is a property of the rule, so GitHub shows a rule's default severity; a finding
raised to another severity still gets its own `level`.

Findings the gate baselined, suppressed or excluded are left out (GitHub does not honour SARIF
`suppressions`: they would appear as open alerts); the run's properties and a notification say how many.
Findings in library code the app does not reach stay in (the gate does not count them; the message says so).

GitHub's limits (docs: "SARIF support for code scanning", "SARIF results exceed limit"): 25,000
results per run, 1,000 locations per result, 20 tags per rule (10 shown), 10 MB gzip-compressed per
file. Anything cut to fit is said in a tool notification and returned to the caller to print.
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pinscan.model import REACHED_PROPERTY, Finding, Location, ScanResult, Severity
from pinscan.report import ReportOptions
from pinscan.rule import Rule, all_rules

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"

MAX_RESULTS = 25_000
MAX_LOCATIONS = 1_000  # per result: the primary location plus related ones
MAX_TAGS = 10  # GitHub accepts 20 per rule but shows 10
MAX_GZIP_BYTES = 10 * 1024 * 1024

_LEVEL = {Severity.CRITICAL: "error", Severity.HIGH: "error", Severity.MEDIUM: "warning",
          Severity.LOW: "note", Severity.INFO: "note"}
_PROBLEM = {Severity.CRITICAL: "error", Severity.HIGH: "error", Severity.MEDIUM: "warning",
            Severity.LOW: "recommendation", Severity.INFO: "recommendation"}
SECURITY_SEVERITY = {Severity.CRITICAL: "9.5", Severity.HIGH: "8.0", Severity.MEDIUM: "5.5",
                     Severity.LOW: "2.0"}
_LOGICAL_KIND = {"class": "type", "method": "function", "xml-element": "element", "plist-key": "property",
                 "symbol": "function"}
FINGERPRINT_KEY = "pinscanFingerprint/v1"


@dataclass
class SarifOptions:
    source_root: Path | None = None  # map package locations to files under this directory
    base_dir: Path | None = None  # mapped files are written relative to it (default: the cwd)
    max_results: int = MAX_RESULTS
    max_locations: int = MAX_LOCATIONS
    max_gzip_bytes: int = MAX_GZIP_BYTES
    notes: list[str] = field(default_factory=list)  # filled by build(): what was cut or not mapped


def _information_uri() -> str | None:
    """The project's URL from the installed package's metadata ([project.urls] in pyproject.toml)."""
    try:
        from importlib import metadata

        meta = metadata.metadata("pinscan")
        for entry in meta.get_all("Project-URL") or []:
            _label, _, url = entry.partition(",")
            if url.strip().startswith("https://"):
                return url.strip()
        if (meta.get("Home-page") or "").startswith("https://"):
            return meta["Home-page"]
    except Exception:  # noqa: BLE001 - metadata is optional; SARIF does not require the URI
        pass
    return None


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if text.endswith((".", "!", "?")) else text + "."


def _pascal(name: str) -> str:
    # SARIF viewers expect a rule's friendly name as a Pascal-case identifier; pinscan's is kebab-case.
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[-_\s]+", name) if part)


def _help_uri(rule: Rule) -> str | None:
    refs = rule.doc.split("## References", 1)
    m = re.search(r"https://[^\s)>\]]+", refs[1] if len(refs) == 2 else "")
    return m.group(0).rstrip(".,") if m else None


def _rule_descriptor(rule: Rule, notes: list[str]) -> dict[str, Any]:
    tags = ["security", *(f"external/cwe/cwe-{c}" for c in rule.cwe),
            *(f"external/owasp-masvs/{m}" for m in rule.masvs), *sorted(rule.platforms)]
    if len(tags) > MAX_TAGS:
        notes.append(f"rule {rule.id}: {len(tags) - MAX_TAGS} of {len(tags)} tags left out (GitHub shows 10)")
        tags = tags[:MAX_TAGS]
    props: dict[str, Any] = {"tags": tags, "precision": rule.confidence.label,
                             "problem.severity": _PROBLEM[rule.severity]}
    if rule.severity in SECURITY_SEVERITY:
        props["security-severity"] = SECURITY_SEVERITY[rule.severity]
    desc: dict[str, Any] = {
        "id": rule.id,
        "name": _pascal(rule.name),
        "shortDescription": {"text": _sentence(rule.title)},
        "fullDescription": {"text": _sentence(rule.summary)},
        "help": {"text": rule.doc, "markdown": f"# {rule.title}\n\n{rule.doc}"},
        "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        "properties": props,
    }
    uri = _help_uri(rule)
    if uri:
        desc["helpUri"] = uri
    return desc


class _Locator:
    """Turns Locations into SARIF location objects, mapping to the source tree when asked."""

    def __init__(self, options: SarifOptions) -> None:
        self.index = None
        self.base = (options.base_dir or Path.cwd()).resolve()
        self.unmapped = 0
        if options.source_root is not None:
            from pinscan.report.sourcemap import SourceIndex

            self.index = SourceIndex(options.source_root)
            if self.index.truncated:
                options.notes.append(f"source root {options.source_root}: too many files, only part indexed")

    def _mapped(self, loc: Location) -> tuple[dict[str, Any], int | None] | None:
        if self.index is None:
            return None
        src = self.index.map(loc)
        if src is None:
            return None
        try:
            rel = src.path.resolve().relative_to(self.base).as_posix()
            return {"uri": rel}, src.line
        except ValueError:
            rel = src.path.resolve().relative_to(self.index.root).as_posix()
            return {"uri": rel, "uriBaseId": "SRCROOT"}, src.line

    def physical(self, loc: Location) -> dict[str, Any] | None:
        mapped = self._mapped(loc)
        if mapped is None:
            if self.index is not None and loc.path:
                self.unmapped += 1
            if not loc.path:
                return None
            artifact, line = {"uri": _uri(loc.path)}, loc.line
        else:
            artifact, line = mapped
        # GitHub needs a region with a start line to show a location; a finding about a whole file,
        # or a binary one (DEX, binary plist, Mach-O), points at its first line.
        known = line is not None and line > 0
        phys: dict[str, Any] = {"artifactLocation": artifact, "region": {"startLine": line if known else 1}}
        if not known:
            phys["properties"] = {"lineKnown": False}
        return phys

    def location(self, loc: Location, message: str | None = None, loc_id: int | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if loc_id is not None:
            out["id"] = loc_id
        phys = self.physical(loc)
        if phys:
            out["physicalLocation"] = phys
        if loc.logical and loc.logical != loc.path:
            logical: dict[str, Any] = {"fullyQualifiedName": loc.logical}
            if loc.kind in _LOGICAL_KIND:
                logical["kind"] = _LOGICAL_KIND[loc.kind]
            out["logicalLocations"] = [logical]
        if message:
            out["message"] = {"text": _sentence(message)}
        return out

    def uses_srcroot(self) -> bool:
        return self.index is not None


def _uri(path: str) -> str:
    # Paths inside a package are relative and '/'-separated; escape what a URI cannot hold as is.
    from urllib.parse import quote

    return quote(path, safe="/-._~@+$")


def _result(f: Finding, rule_index: dict[str, int], locator: _Locator, options: SarifOptions) -> dict[str, Any]:
    res: dict[str, Any] = {
        "ruleId": f.rule_id,
        "level": _LEVEL[f.severity],
        "message": {"text": _message(f)},
        "locations": [locator.location(f.location)],
        "partialFingerprints": {FINGERPRINT_KEY: f.fingerprint},
    }
    if f.rule_id in rule_index:
        res["ruleIndex"] = rule_index[f.rule_id]
    related = list(f.related)
    limit = options.max_locations - 1
    if len(related) > limit:
        options.notes.append(f"{f.rule_id} at {f.location.short()}: {len(related) - limit} of {len(related)} "
                             f"related locations left out (GitHub accepts {options.max_locations} per result)")
        related = related[:limit]
    if related:
        res["relatedLocations"] = [locator.location(r, loc_id=i + 1) for i, r in enumerate(related)]
    props: dict[str, Any] = {"severity": f.severity.label, "confidence": f.confidence.label}
    if f.library:
        props["library"] = f.library
    if f.location.component:
        props["component"] = f.location.component
    if f.evidence:
        props["evidence"] = list(f.evidence)
    for k, v in f.properties:
        props.setdefault(k, v)
    res["properties"] = props
    return res


def _message(f: Finding) -> str:
    """The finding's message; for code, where it is as a person reads it (`Api.java:17 in com.a.Api$1.verify(
    String, SSLSession) · classes2.dex`), since GitHub shows a DEX location as line 1 of a binary file."""
    text = _sentence(f.message)
    if f.location.kind in ("method", "class") and f.location.display() != f.location.short():
        text += f" At {f.location.display()}."
    if f.library:
        reached = dict(f.properties).get(REACHED_PROPERTY)
        state = {True: "reached from the app's code", False: "not reached from the app's code"}.get(reached)
        text += f" Library: {f.library}{f' ({state})' if state else ''}."
    return text


def _notification(text: str, level: str) -> dict[str, Any]:
    return {"level": level, "message": {"text": _sentence(text)}}


def build(result: ScanResult, options: SarifOptions | None = None) -> dict[str, Any]:
    options = options or SarifOptions()
    rules = all_rules()
    rule_index = {r.id: i for i, r in enumerate(rules)}
    locator = _Locator(options)
    descriptors = [_rule_descriptor(r, options.notes) for r in rules]

    findings = result.sorted_findings()  # most severe first: what a cut keeps
    if len(findings) > options.max_results:
        options.notes.append(f"{len(findings) - options.max_results} of {len(findings)} results left out, least "
                             f"severe first (GitHub accepts {options.max_results} per run)")
        findings = findings[: options.max_results]
    results = [_result(f, rule_index, locator, options) for f in findings]
    if locator.unmapped:
        options.notes.append(f"{locator.unmapped} location(s) not found under the source root: they keep "
                             "their path inside the package")

    ident = result.identity
    app = ident.app_id or ident.package_path
    driver: dict[str, Any] = {"name": "pinscan", "version": result.tool_version,
                              "semanticVersion": result.tool_version}
    info_uri = _information_uri()
    if info_uri:
        driver["informationUri"] = info_uri
    driver["rules"] = descriptors
    run: dict[str, Any] = {
        "tool": {"driver": driver},
        "automationDetails": {"id": f"pinscan/{ident.platform}/{app}/"},
        "invocations": [],  # filled below, once the cut is known
        "results": results,
        "properties": _run_properties(result),
    }
    if locator.uses_srcroot() and options.source_root is not None:
        root = options.source_root.resolve().as_uri().rstrip("/") + "/"
        run["originalUriBaseIds"] = {"SRCROOT": {"uri": root}}
    log = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}

    def finish(n: int, extra: list[str]) -> dict[str, Any]:
        run["results"] = results[:n]
        notes = [*options.notes, *extra]
        notifications = [_notification(n, "warning") for n in notes]
        missing = result.not_analysed()
        if missing:
            notifications.append(_notification(
                f"analysis incomplete: {len(missing)} part(s) could not be analysed, so results may be missing: "
                + ", ".join(dict.fromkeys(c.part for c in missing)), "error"))
        notifications += [_notification(f"not analysed: {c.part}: {c.reason or c.status}", "warning")
                          for c in missing]
        gate = result.gate
        left_out = _left_out(gate)
        if left_out:
            notifications.append(_notification(f"{left_out} finding(s) are not included", "note"))
        # An incomplete analysis is not a successful run: code scanning then shows the tool as failing.
        invocation: dict[str, Any] = {"executionSuccessful": not missing}
        if notifications:
            invocation["toolExecutionNotifications"] = notifications
        run["invocations"] = [invocation]
        return log

    def cut_note(n: int) -> str:
        return (f"{len(results) - n} of {len(results)} results left out, least severe first, to keep the "
                f"file under {options.max_gzip_bytes} bytes gzip-compressed (GitHub's upload limit)")

    finish(len(results), [])
    if _gzip_size(log) > options.max_gzip_bytes:
        lo, hi = 0, len(results)  # the largest n whose log, with the note saying so, fits
        while lo < hi:
            mid = (lo + hi + 1) // 2
            finish(mid, [cut_note(mid)])
            if _gzip_size(log) <= options.max_gzip_bytes:
                lo = mid
            else:
                hi = mid - 1
        options.notes.append(cut_note(lo))
        finish(lo, [])
    return log


def _left_out(gate: Any) -> str:
    """`2 baselined, 1 suppressed and 3 excluded-library`: the findings the gate took out of the report."""
    if gate is None or not hasattr(gate, "baselined"):
        return ""
    parts = [f"{n} {what}" for n, what in ((len(gate.baselined), "baselined"), (len(gate.suppressed), "suppressed"),
                                           (len(gate.excluded), "excluded-library")) if n]
    return " and ".join([", ".join(parts[:-1]), parts[-1]] if len(parts) > 1 else parts)


def _run_properties(result: ScanResult) -> dict[str, Any]:
    ident = result.identity
    props: dict[str, Any] = {"app": ident.to_json(), "asOf": result.as_of}
    gate = result.gate
    if gate is not None:
        props["gate"] = gate.to_json()
    return props


def _gzip_size(log: dict[str, Any]) -> int:
    return len(gzip.compress(_dumps(log).encode(), mtime=0))


def _dumps(log: dict[str, Any]) -> str:
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def render(result: ScanResult, options: ReportOptions) -> str:
    sarif_options = SarifOptions(source_root=options.source_root)
    text = _dumps(build(result, sarif_options))
    options.notes.extend(sarif_options.notes)
    return text
