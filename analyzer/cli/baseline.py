"""`pinscan baseline create PATH -o FILE`: accept today's findings, so the gate fails only on new ones."""

from __future__ import annotations

import sys

import pinscan.cli.args as cliargs
from pinscan.cli.args import EXIT_OK
from pinscan.cli.scan import scan_options


def register(subparsers) -> None:
    base = subparsers.add_parser("baseline", help="record accepted findings",
                          description="Record the fingerprints of today's findings, so that `scan --baseline "
                          "FILE` fails only on new ones.")
    base_sub = base.add_subparsers(dest="baseline_command", metavar="ACTION", required=True)
    create = base_sub.add_parser("create", help="scan PATH and write its findings' fingerprints")
    create.add_argument("path", metavar="PATH", help="the package (.apk, .ipa)")
    create.add_argument("-o", "--output", metavar="FILE", required=True, help="the baseline file to write")
    create.add_argument("--as-of", type=cliargs.date, metavar="DATE", help="check pin expiry against DATE (YYYY-MM-DD)")
    create.add_argument("--expiry-warning-days", type=int, default=30, metavar="DAYS",
                        help="report pin-sets expiring within DAYS (default: 30)")


def run(args) -> int:
    from pinscan.gate.baseline import create
    from pinscan.scan import scan_path

    result = scan_path(args.path, scan_options(args))
    cliargs.write(create(result), args.output)
    print(f"pinscan: baseline of {len(result.findings)} finding(s) written to {args.output}", file=sys.stderr)
    return EXIT_OK
