"""Command line: `pinscan scan`, `pinscan rules`, `pinscan explain`.

Exit codes: 0 scanned, nothing at or above the failure threshold; 1 findings at or above it;
2 could not scan (one line on stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from pinscan import __version__
from pinscan.errors import ScanError
from pinscan.model import Severity
from pinscan.report import FORMATS, get_reporter
from pinscan.rule import ScanOptions, all_rules, get_rule

EXIT_OK = 0
EXIT_POLICY = 1
EXIT_ERROR = 2
DEFAULT_FAIL_ON = "high"


def _quiet_androguard() -> None:
    # androguard logs through loguru at import; pinscan reports problems itself.
    try:
        from loguru import logger

        logger.remove()
    except ImportError:
        pass


def _fail_on(text: str) -> Severity | None:
    if text.strip().lower() == "never":
        return None
    try:
        return Severity.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{exc}, or never") from None


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pinscan",
        description="Find how an Android or iOS app package trusts TLS servers: pinning, trust-all code, cleartext.",
    )
    parser.add_argument("--version", action="version", version=f"pinscan {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    scan = sub.add_parser("scan", help="scan an APK or IPA", description="Scan one app package.")
    scan.add_argument("path", metavar="PATH", help="the package (.apk, .ipa)")
    scan.add_argument("--format", "-f", choices=FORMATS, default="text", help="output format (default: text)")
    scan.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE instead of stdout")
    scan.add_argument(
        "--fail-on", type=_fail_on, default=_fail_on(DEFAULT_FAIL_ON), metavar="SEVERITY",
        help=f"exit 1 when a finding is at or above SEVERITY: critical, high, medium, low, info, or never "
        f"(default: {DEFAULT_FAIL_ON})",
    )
    scan.add_argument("--as-of", type=_date, metavar="DATE",
                      help="check pin expiry against DATE (YYYY-MM-DD) instead of today; makes reports reproducible")
    scan.add_argument("--expiry-warning-days", type=int, default=30, metavar="DAYS",
                      help="report pin-sets expiring within DAYS (default: 30)")
    scan.add_argument("--timestamp", action="store_true",
                      help="add the wall-clock scan time to JSON output (under \"nondeterministic\")")

    rules = sub.add_parser("rules", help="list the rules", description="List every rule.")
    rules.add_argument("--format", "-f", choices=("text", "json"), default="text")

    explain = sub.add_parser("explain", help="show a rule's documentation", description="Show a rule's documentation.")
    explain.add_argument("rule_id", metavar="RULE_ID", help="a rule ID (PS1001) or name")
    return parser


def _write(text: str, output: str | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ScanError(f"{output}: cannot write the report: {exc.strerror or exc}") from None


def _cmd_scan(args) -> int:
    from dataclasses import replace

    from pinscan.scan import scan_path

    options = ScanOptions(as_of=args.as_of or dt.date.today(), expiry_warning_days=args.expiry_warning_days)
    result = scan_path(args.path, options)
    if args.timestamp:
        result = replace(result, scanned_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))
    _write(get_reporter(args.format)(result), args.output)
    if args.fail_on is not None and any(f.severity >= args.fail_on for f in result.findings):
        return EXIT_POLICY
    return EXIT_OK


def _cmd_rules(args) -> int:
    rules = all_rules()
    if args.format == "json":
        data = [
            {"id": r.id, "name": r.name, "title": r.title, "severity": r.severity.label,
             "confidence": r.confidence.label, "platforms": sorted(r.platforms),
             "cwe": [f"CWE-{c}" for c in r.cwe], "masvs": list(r.masvs)}
            for r in rules
        ]
        _write(json.dumps(data, indent=2) + "\n", None)
        return EXIT_OK
    width = max((len(r.name) for r in rules), default=10)
    for r in rules:
        plat = ",".join(sorted(r.platforms))
        _write(f"{r.id}  {r.severity.label:8} {plat:8} {r.name:{width}}  {r.title}\n", None)
    return EXIT_OK


def _cmd_explain(args) -> int:
    r = get_rule(args.rule_id)
    if r is None:
        raise ScanError(f"no rule {args.rule_id!r} (see `pinscan rules`)")
    cwe = ", ".join(f"CWE-{c}" for c in r.cwe)
    header = (f"{r.id} {r.name}: {r.title}\n"
              f"severity {r.severity.label} · confidence {r.confidence.label} · {cwe} · MASVS {', '.join(r.masvs)} "
              f"· platforms {', '.join(sorted(r.platforms))}\n\n")
    _write(header + r.doc + "\n", None)
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    _quiet_androguard()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    try:
        if args.command == "scan":
            return _cmd_scan(args)
        if args.command == "rules":
            return _cmd_rules(args)
        return _cmd_explain(args)
    except ScanError as exc:
        print(f"pinscan: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("pinscan: interrupted", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_OK
    except MemoryError:
        print("pinscan: error: out of memory while scanning", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # noqa: BLE001 - a bug must still end in one line and exit 2
        print(f"pinscan: internal error: {type(exc).__name__}: {exc} (please report this)", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
