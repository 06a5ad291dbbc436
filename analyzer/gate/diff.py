"""The policy a release diff is judged by (`pinscan diff`, `scan --compare-to`): no host may lose enforced
pins or gain cleartext, the code may not gain a process-wide trust override (one not only behind a runtime
flag), and no finding may appear (or be re-rated) at or above `--fail-on`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pinscan.compare import Diff
from pinscan.model import Severity

DEFAULT_FAIL_ON = "high"


@dataclass(frozen=True)
class DiffVerdict:
    fail_on: Severity | None  # None: findings never fail the diff
    reasons: tuple[str, ...]

    @property
    def passed(self) -> bool:
        return not self.reasons

    @property
    def fail_on_label(self) -> str:
        return self.fail_on.label if self.fail_on is not None else "never"

    def describe(self) -> str:
        """The policy in words, for the text and HTML reports."""
        if self.fail_on is None:
            return ("a host loses its pins or gains cleartext, or the code gains a process-wide trust override "
                    "(findings never fail it: --fail-on never)")
        return (f"a host loses its pins or gains cleartext, the code gains a process-wide trust override, or a "
                f"finding at or above {self.fail_on.label} is new or re-rated up to it")

    def to_json(self) -> dict[str, Any]:
        """The same shape as the scan's gate: passed, reasons, warnings, policy."""
        return {"passed": self.passed, "reasons": list(self.reasons), "warnings": [],
                "policy": {"fail_on": self.fail_on_label}}


def evaluate_diff(diff: Diff, fail_on: Severity | None) -> DiffVerdict:
    """The default diff policy: no host may lose enforced pins or gain cleartext, no process-wide override
    may be gained, and no finding may appear (or be re-rated) at or above `fail_on`."""
    reasons = [f"{c.label} lost its pins ({c.old} → {c.new})" for c in diff.pinning_lost]
    reasons += [f"{c.label} now allows cleartext HTTP ({c.new_source or 'policy'})" for c in diff.cleartext_gained]
    reasons += [f"the code now installs a process-wide override: {c.override.describe()} "
                f"(at {c.override.location.display()})" for c in diff.overrides_gained
                if c.process_wide and not c.override.guarded_by]
    if fail_on is not None:
        reasons += [f"new {f.severity.label} finding {f.rule_id}: {f.message}" for f in diff.new_findings
                    if f.severity >= fail_on]
        reasons += [f"{c.new.rule_id} re-rated {c.old.severity.label} → {c.new.severity.label}: {c.new.message}"
                    for c in diff.severity_changed if c.new.severity >= fail_on > c.old.severity]
    return DiffVerdict(fail_on, tuple(reasons))
