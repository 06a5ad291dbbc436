"""A scan's verdict and reports: the raw result of an analysis, judged by one upload's policy.

This is what `pinscan scan PKG` does after scanning (the gate, then the reporters), with the same stages:
the policy comes from `pinscan.gate.config.policy_settings` (the upload's options by their CLI names over a
named policy file, like CLI options over a config file), the verdict from `pinscan.gate.evaluate`, and the
reports from `pinscan.report.render`, so they are the bytes the CLI writes for that package and policy.
Named policies are `policies/NAME.toml` in the data folder (the config-file format); the service runs in
the data folder, so their paths read as they would for `pinscan scan --config policies/NAME.toml` there.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from pinscan.errors import ScanError
from pinscan.gate import evaluate
from pinscan.gate.config import POLICY_OPTIONS, Settings, policy_settings
from pinscan.model import ScanResult, Severity, result_from_json
from pinscan.report import ReportOptions, render

REPORT_FORMATS = ("json", "sarif", "html")
DEFAULT_POLICY = "default"  # policies/default.toml, when it exists, applies to uploads naming no policy
_POLICY_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")


@dataclass(frozen=True)
class PolicyChoice:
    """What an upload asked for: a named policy (or none) and options by their CLI names."""

    name: str | None
    options: dict[str, Any]


@dataclass(frozen=True)
class Judgement:
    passed: bool
    reasons: tuple[str, ...]
    warnings: tuple[str, ...]
    fail_on: str
    summary: dict[str, Any]
    reports: dict[str, str]  # format -> text, as the CLI writes it


def policy_file(policies: Path, name: str) -> Path:
    if not _POLICY_NAME.fullmatch(name) or name.endswith(".toml"):
        raise ScanError(f"policy {name!r}: a policy name is letters, digits, '.', '_' and '-'")
    path = policies / f"{name}.toml"
    if not path.is_file():
        known = ", ".join(policy_names(policies)) or "none"
        raise ScanError(f"no policy named {name!r} on this server (policies: {known})")
    return path


def policy_names(policies: Path) -> list[str]:
    return sorted(p.stem for p in policies.glob("*.toml") if _POLICY_NAME.fullmatch(p.stem))


def choose_policy(policies: Path, name: str | None, options: dict[str, Any]) -> PolicyChoice:
    """Validate an upload's policy now (a typo is a 400, not a failed scan later)."""
    if name is None and (policies / f"{DEFAULT_POLICY}.toml").is_file():
        name = DEFAULT_POLICY
    choice = PolicyChoice(name, options)
    settings(policies, choice)
    return choice


def settings(policies: Path, choice: PolicyChoice) -> Settings:
    if not choice.name:
        return policy_settings(choice.options)
    path = policy_file(policies, choice.name)
    with contextlib.suppress(ValueError):  # the service runs in its data folder: paths read as the CLI's there
        path = path.relative_to(Path.cwd())
    return policy_settings(choice.options, path, f"{policies.name}/{path.name}")


_BOOLEAN_OPTIONS = ("strict-libraries", "allow-incomplete")


def form_options(fields: dict[str, list[str]]) -> dict[str, Any]:
    """Form fields named like the CLI's gate options, valued as the config file takes them."""
    out: dict[str, Any] = {}
    for name in POLICY_OPTIONS:
        values = [v.strip() for v in fields.get(name, []) if v.strip()]
        if not values:
            continue
        if name in ("require-pinning", "exclude-libraries"):  # repeatable and comma separated like the CLI's lists
            out[name] = [h for v in values for h in re.split(r"[\s,]+", v) if h]
        elif name in _BOOLEAN_OPTIONS and len(values) == 1 and values[0].lower() in ("true", "false"):
            out[name] = values[0].lower() == "true"
        elif len(values) > 1:
            raise ScanError(f"{name} given more than once")
        elif name == "fail-on-pin-expiry":
            out[name] = int(values[0]) if values[0].isdigit() else values[0]  # a non-number: refused as such
        else:
            out[name] = values[0]
    return out


def judge(raw: ScanResult, file_name: str, policies: Path, choice: PolicyChoice) -> Judgement:
    """Gate and render one upload of an analysed package, as `pinscan scan FILE_NAME ...` would."""
    result = replace(raw, identity=replace(raw.identity, package_path=file_name))
    chosen = settings(policies, choice)
    judged = evaluate(result, chosen.policy, dt.date.fromisoformat(raw.as_of))
    verdict = judged.gate
    reports = {fmt: render("scan", fmt, judged, ReportOptions(source_root=chosen.source_root))
               for fmt in REPORT_FORMATS}
    counts = {sev.label: 0 for sev in sorted(Severity, reverse=True)}
    for f in judged.findings:
        counts[f.severity.label] += 1
    summary = {"findings": len(judged.findings), "by_severity": counts, "pins": len(judged.pins),
               "not_analysed": sum(1 for c in judged.coverage if c.status == "failed")}
    fail_on = chosen.policy.fail_on.label if chosen.policy.fail_on is not None else "never"
    return Judgement(verdict.passed, tuple(verdict.reasons), tuple(verdict.warnings), fail_on, summary, reports)


def load_result(text: str) -> ScanResult:
    return result_from_json(json.loads(text))
