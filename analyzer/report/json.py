"""JSON: the stable machine format (documented in README, "JSON output"). Byte-identical for the same
input and options: keys in a fixed order, lists sorted, no wall-clock time unless asked for, and then
only under the "nondeterministic" key."""

from __future__ import annotations

from pinscan.model import ScanResult
from pinscan.report import ReportOptions


def render(result: ScanResult, options: ReportOptions) -> str:
    return result.to_json_text()
