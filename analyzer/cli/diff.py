"""`pinscan diff OLD NEW`: compare two releases (packages or JSON results).

Exit codes: 1 when the diff breaks the policy (a host lost enforced pins, a host gained cleartext, a new
finding at or above --fail-on, or one re-rated up to it), 0 otherwise; a side that cannot be scanned or
read raises ScanError (the CLI prints one line and exits 2).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

import pinscan.cli.args as cliargs
from pinscan.compare import compare, load_side
from pinscan.gate.diff import DEFAULT_FAIL_ON, evaluate_diff
from pinscan.limits import DEFAULT_TIMEOUT
from pinscan.model import Severity
from pinscan.report import formats, render

FORMATS = formats("diff")


def register(subparsers) -> None:
    """Add the `diff` subcommand to the CLI's subparsers."""
    p = subparsers.add_parser(
        "diff", help="compare two releases (packages or JSON results)",
        description="Compare two releases of an app: pins added, removed or changed per host, hosts that lost "
        "pinning or gained cleartext or user CAs, new and fixed findings. OLD and NEW are app packages or "
        "`pinscan scan --format json` results. Exit 1 when the diff breaks the policy.")
    p.add_argument("old", metavar="OLD", help="the earlier release: a package or a pinscan JSON result")
    p.add_argument("new", metavar="NEW", help="the later release: a package or a pinscan JSON result")
    p.add_argument("--format", "-f", choices=FORMATS, default="text", help="output format (default: text)")
    p.add_argument("-o", "--output", metavar="FILE", help="write the diff to FILE instead of stdout")
    p.add_argument("--fail-on", type=cliargs.fail_on, default=DEFAULT_FAIL_ON, metavar="SEVERITY",
                   help="exit 1 when a new finding is at or above SEVERITY: critical, high, medium, low, info, or "
                   f"never (default: {DEFAULT_FAIL_ON}); lost pins and new cleartext always fail")
    p.add_argument("--as-of", type=cliargs.date, metavar="DATE",
                   help="check pin expiry of scanned packages against DATE (YYYY-MM-DD) instead of today")
    p.add_argument("--timeout", type=cliargs.seconds, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                   help=f"give up on a package after SECONDS (default {DEFAULT_TIMEOUT:g}; 0: no limit): exit 2")


def run(args: argparse.Namespace) -> int:
    """Run `pinscan diff`; returns the exit code. Raises ScanError (exit 2) when a side cannot be read."""
    as_of = args.as_of or dt.date.today()
    old, new = (_load(path, as_of, args.timeout) for path in (args.old, args.new))
    diff = compare(old, new)
    verdict = evaluate_diff(diff, None if args.fail_on == "never" else Severity.parse(args.fail_on))
    cliargs.write(render("diff", args.format, (diff, verdict)), args.output, "diff")
    for reason in verdict.reasons:
        print(f"pinscan: diff failed: {reason}", file=sys.stderr)
    return 0 if verdict.passed else 1


def _load(path: str, as_of: dt.date, timeout: float):
    with cliargs.hard_deadline(timeout, f"pinscan: error: {path}: scan timed out after {timeout:g} s (--timeout)"):
        return load_side(path, as_of, timeout)
