"""The release gate: policy (CLI options and the config file), baseline, suppressions, production server
chains, and the verdict with its exit code; also the policy a release diff is judged by."""

from pinscan.gate.policy import DEFAULT_FAIL_ON, Policy, Suppression, glob_match
from pinscan.gate.verdict import SuppressedFinding, Verdict, evaluate

__all__ = ["DEFAULT_FAIL_ON", "Policy", "SuppressedFinding", "Suppression", "Verdict", "evaluate", "glob_match"]
