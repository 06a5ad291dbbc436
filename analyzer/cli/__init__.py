"""Command line: `pinscan scan`, `pinscan diff`, `pinscan baseline create`, `pinscan rules`,
`pinscan explain`, `pinscan schema`, `pinscan serve`. Each command lives in its own module here and only wires the
stages together.

Exit codes: 0 scanned and the gate passed; 1 the gate failed (findings at or above the threshold,
pins expiring, required pinning missing, pins that match no production chain, a part that could not be
analysed); 2 could not scan (not a package, its manifest or main Info.plist unreadable, the time limit
reached; one line on stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import sys

from pinscan import __version__
from pinscan.cli import baseline, diff, info, scan, serve
from pinscan.cli.args import EXIT_ERROR, EXIT_OK
from pinscan.errors import ScanError
from pinscan.limits import ScanTimeout


class Parser(argparse.ArgumentParser):
    """argparse with one-line errors: `pinscan: error: ...` and a hint where to look, exit 2 (argparse's own
    prints the whole usage block first)."""

    def error(self, message: str):  # type: ignore[override]
        print(f"pinscan: error: {message}", file=sys.stderr)
        print(f"pinscan: hint: `{self.prog} --help` lists the options", file=sys.stderr)
        raise SystemExit(EXIT_ERROR)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="pinscan",
        description="Find how an Android or iOS app package trusts TLS servers: pinning, trust-all code, cleartext.",
    )
    parser.add_argument("--version", action="version", version=f"pinscan {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    scan.register(sub)
    baseline.register(sub)
    info.register(sub)
    diff.register(sub)
    serve.register(sub)
    return parser


_COMMANDS = {"scan": scan.run, "baseline": baseline.run, "rules": info.run_rules, "explain": info.run_explain,
             "diff": diff.run, "schema": info.run_schema, "serve": serve.run}


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    try:
        return _COMMANDS[args.command](args)
    except (ScanError, ScanTimeout) as exc:
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

