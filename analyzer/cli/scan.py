"""`pinscan scan`: one package, or a batch (several packages, a directory, JSON Lines, Dask).

The CLI wires the stages and computes nothing itself: scan (or the cache), the gate (library exclusion
included), the release diff for `--compare-to`, then the reporters.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

import pinscan.cli.args as cliargs
from pinscan.cli.args import EXIT_ERROR, EXIT_OK, EXIT_POLICY
from pinscan.errors import ScanError
from pinscan.limits import DEFAULT_TIMEOUT, ScanTimeout
from pinscan.report import FORMATS
from pinscan.rule import ScanOptions

DEFAULT_FAIL_ON = "high"


def _days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of days (0 or more)")
    return value


def _host_chain(text: str) -> tuple[str, str]:
    host, sep, path = text.partition("=")
    if not sep or not host.strip() or not path.strip():
        raise argparse.ArgumentTypeError(f"{text!r} is not HOST=CHAIN.pem")
    return host.strip(), path.strip()


def _jobs(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of jobs: {text!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError("--jobs must be 0 (one per CPU) or more")
    return n


def register(subparsers) -> None:
    """Add the `scan` subcommand."""
    scan = subparsers.add_parser("scan", help="scan app packages", description=(
        "Scan an app package; several packages or a directory make a batch (one result per package)."))
    scan.add_argument("paths", nargs="+", metavar="PATH",
                      help="a package (.apk .aab .apks .xapk .ipa .app), several, or directories to search")
    scan.add_argument("--format", "-f", choices=(*FORMATS, "jsonl"), default="text",
                      help="output format (default: text); jsonl: one JSON result per line, batch streaming")
    scan.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE instead of stdout")
    scan.add_argument(
        "--fail-on", type=cliargs.fail_on, default=None, metavar="SEVERITY",
        help=f"exit 1 when a finding is at or above SEVERITY: critical, high, medium, low, info, or never "
        f"(default: {DEFAULT_FAIL_ON}, or the config file's fail-on)",
    )
    scan.add_argument("--as-of", type=cliargs.date, metavar="DATE",
                      help="check pin expiry against DATE (YYYY-MM-DD) instead of today; makes reports reproducible")
    scan.add_argument("--expiry-warning-days", type=int, default=30, metavar="DAYS",
                      help="report pin-sets expiring within DAYS (default: 30)")
    scan.add_argument("--timeout", type=cliargs.seconds, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                      help=f"give up on a package after SECONDS (default {DEFAULT_TIMEOUT:g}; 0: no limit): exit 2 "
                      "for one package, an error record for that package in a batch")
    scan.add_argument("--timestamp", action="store_true",
                      help="add the wall-clock scan time to JSON output (under \"nondeterministic\")")
    scan.add_argument("--exclude-libraries", type=cliargs.libraries, action="append", metavar="LIB[,LIB...]",
                      help="drop findings in code of known SDKs (a finding's `library`): `all`, or the names given "
                      "(e.g. netty,okhttp; repeatable); they are counted under 'not counted'")
    _add_report_and_gate_options(scan)
    many = scan.add_argument_group("batches and speed")
    many.add_argument("--jobs", "-j", type=_jobs, default=1, metavar="N",
                      help="scan N packages at once in worker processes (0: one per CPU; default 1)")
    many.add_argument("--dask", metavar="ADDRESS",
                      help="run the batch on the Dask cluster at ADDRESS (tcp://host:8786); needs pinscan[dask]")
    many.add_argument("--cache", metavar="DIR",
                      help="reuse results of packages already scanned with the same pinscan, rules and options")
    many.add_argument("--quiet", "-q", action="store_true", help="no progress on stderr")


def _add_report_and_gate_options(scan: argparse.ArgumentParser) -> None:
    out = scan.add_argument_group("more outputs from the same scan")
    out.add_argument("--json", metavar="FILE", dest="json_out", help="also write the JSON report to FILE")
    out.add_argument("--sarif", metavar="FILE", dest="sarif_out", help="also write SARIF 2.1.0 to FILE")
    out.add_argument("--html", metavar="FILE", dest="html_out", help="also write the HTML report to FILE")
    out.add_argument("--compare-to", metavar="OLD",
                     help="add the changes since OLD (the last release: a package or its JSON result) to the text "
                     "and HTML reports, and fail when they break `pinscan diff`'s policy")
    out.add_argument("--source-root", metavar="DIR",
                     help="map SARIF locations to the app's sources under DIR (classes, res/, manifest, Info.plist)")
    gate = scan.add_argument_group("release gate (also settable in [tool.pinscan] / .pinscan.toml)")
    gate.add_argument("--fail-on-pin-expiry", type=_days, metavar="DAYS",
                      help="exit 1 when a pin-set expires within DAYS (or has expired)")
    gate.add_argument("--require-pinning", type=cliargs.hosts, action="append", metavar="HOST[,HOST...]",
                      help="exit 1 when a HOST has no enforced pins (comma-separated; repeatable)")
    gate.add_argument("--strict-libraries", action="store_true", default=None,
                      help="also fail on findings in known libraries' code that no class of the app's own code "
                      "reaches (by default they are reported but do not fail the gate)")
    gate.add_argument("--server-chain", type=_host_chain, action="append", metavar="HOST=CHAIN.pem",
                      help="the PEM chain HOST's production server presents (leaf first); repeatable")
    gate.add_argument("--server-chains", metavar="DIR", help="a directory of HOST.pem chains, one per host")
    gate.add_argument("--baseline", metavar="FILE", help="report and gate only findings not in this baseline")
    gate.add_argument("--allow-incomplete", action=argparse.BooleanOptionalAction, default=None,
                      help="pass the gate even when some part could not be analysed (unreadable, over its budget, "
                      "FairPlay-encrypted); by default that fails it (exit 1, 'incomplete analysis')")
    gate.add_argument("--config", metavar="FILE",
                      help="read settings from FILE instead of the .pinscan.toml / pyproject.toml found upward")


def scan_options(args) -> ScanOptions:
    return ScanOptions(as_of=args.as_of or dt.date.today(), expiry_warning_days=args.expiry_warning_days)


def _finish(args, result, settings, as_of: dt.date):
    """Timestamp and the gate (which also drops excluded libraries): what the CLI adds to a scan's result."""
    from dataclasses import replace

    from pinscan.gate import evaluate

    if args.timestamp:
        result = replace(result, scanned_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))
    return evaluate(result, settings.policy, as_of)


def run(args) -> int:
    from pinscan.runner.batch import collect, group_splits
    from pinscan.unpack import is_package_dir

    options = scan_options(args)
    settings = _resolve_settings(args)  # config errors end the run before the (slower) scan
    one = len(args.paths) == 1 and (not Path(args.paths[0]).is_dir() or is_package_dir(Path(args.paths[0])))
    if one and args.format != "jsonl" and not args.dask:  # JSON Lines and Dask always mean a batch
        return _scan_one(args, options, settings)
    packages, splits = group_splits(collect(args.paths))
    if not packages:
        raise ScanError(f"no packages (.apk .aab .apks .xapk .ipa .app) found in {', '.join(args.paths)}")
    return _scan_batch(args, packages, options, settings, splits)


def _scan_one(args, options, settings) -> int:
    from pinscan.runner.cache import ResultCache, scan_cached

    cache = ResultCache(args.cache) if args.cache else None
    try:
        with cliargs.hard_deadline(args.timeout, f"pinscan: error: {args.paths[0]}: scan timed out after "
                                   f"{args.timeout:g} s (--timeout)"):
            raw = scan_cached(args.paths[0], options, cache, args.timeout)
    except ScanTimeout as exc:
        raise ScanError(f"{args.paths[0]}: {exc}") from None
    changes = _compare(args, raw, settings, options.as_of) if args.compare_to else None
    result = _finish(args, raw, settings, options.as_of)
    _write_reports(args, result, settings, changes)
    verdict = result.gate
    for line in verdict.warnings:
        print(f"pinscan: warning: {line}", file=sys.stderr)
    failed = False
    if not verdict.passed:
        for line in verdict.reasons:
            print(f"pinscan: gate failed: {line}", file=sys.stderr)
        failed = True
    if changes is not None and not changes[1].passed:
        for line in changes[1].reasons:
            print(f"pinscan: diff failed: {line}", file=sys.stderr)
        failed = True
    return EXIT_POLICY if failed else EXIT_OK


def _compare(args, raw, settings, as_of: dt.date):
    """The changes since `--compare-to` (the previous release), judged by `pinscan diff`'s policy."""
    from pinscan.compare import Side, compare, load_side
    from pinscan.gate.diff import evaluate_diff

    with cliargs.hard_deadline(args.timeout, f"pinscan: error: {args.compare_to}: scan timed out after "
                               f"{args.timeout:g} s (--timeout)"):
        old = load_side(args.compare_to, as_of, args.timeout)
    changes = compare(old, Side(raw, "package", args.paths[0]))
    return changes, evaluate_diff(changes, settings.policy.fail_on)


def _scan_batch(args, packages, options, settings, splits) -> int:
    """Exit 2 if any package could not be scanned, else 1 if any failed the gate, else 0."""
    from dataclasses import replace

    from pinscan.report.batch import BatchReport
    from pinscan.runner.batch import InOrder, Progress, require_dask, run

    if args.format == "html" or args.html_out:
        raise ScanError("the HTML report is for one package: scan packages one at a time for HTML")
    if args.compare_to:
        raise ScanError("--compare-to compares one package with its last release: use `pinscan diff OLD NEW`")
    if args.dask:
        require_dask()
    report = BatchReport(args.format, args.output)  # jsonl lines are written as packages finish
    extra = BatchReport("json", args.json_out) if args.json_out else None
    extra_sarif = BatchReport("sarif", args.sarif_out, source_root=settings.source_root) if args.sarif_out else None
    progress = Progress(len(packages), args.quiet)
    notes: list[str] = []
    order = InOrder(packages)
    try:
        outcomes = run(packages, options, jobs=args.jobs, dask=args.dask, cache_dir=args.cache, notes=notes,
                       splits=splits, timeout=args.timeout)
        for n, outcome in enumerate(outcomes, 1):
            if outcome.ok:
                outcome = replace(outcome, result=_finish(args, outcome.result, settings, options.as_of))
            progress(n, outcome)  # as they complete
            for ready in order.push(outcome):  # reports: in input order
                for r in (report, extra, extra_sarif):
                    if r is not None:
                        r.add(ready)
    finally:
        progress.close()
    for note in notes:
        print(f"pinscan: {note}", file=sys.stderr)
    for r in (report, extra, extra_sarif):
        if r is not None:
            r.close()
            for note in r.notes:
                print(f"pinscan: {r.fmt}: {note}", file=sys.stderr)
    failed = [o for o in report.outcomes if not o.ok]
    gated = [o for o in report.outcomes if o.ok and not o.result.gate.passed]
    if not progress.names_each:  # otherwise each error was on its progress line: said once
        for o in failed:
            print(f"pinscan: error: {o.path}: {o.error}", file=sys.stderr)
    for o in gated:
        print(f"pinscan: gate failed: {o.path}: {'; '.join(o.result.gate.reasons)}", file=sys.stderr)
    if not args.quiet:
        cached = sum(1 for o in report.outcomes if o.cached)
        print(f"pinscan: {len(packages)} package(s): {len(packages) - len(failed)} scanned"
              f"{f' ({cached} from the cache)' if cached else ''}, {len(failed)} could not be scanned, "
              f"{len(gated)} failed the gate", file=sys.stderr)
    return EXIT_ERROR if failed else EXIT_POLICY if gated else EXIT_OK


def _resolve_settings(args):
    from pinscan.gate.config import resolve

    return resolve(args, Path.cwd())


def _write_reports(args, result, settings, changes=None) -> None:
    from pinscan.report import ReportOptions, render

    targets: list[tuple[str, str | None]] = [(args.format, args.output)]
    for fmt, dest in (("json", args.json_out), ("sarif", args.sarif_out), ("html", args.html_out)):
        if dest:
            targets.append((fmt, dest))
    for fmt, dest in targets:
        options = ReportOptions(source_root=settings.source_root, changes=changes)
        cliargs.write(render("scan", fmt, result, options), dest)
        for note in options.notes:
            print(f"pinscan: {fmt}: {note}", file=sys.stderr)
