"""`pinscan rules` and `pinscan explain ID`: the rules and their documentation."""

from __future__ import annotations

import json

import pinscan.cli.args as cliargs
from pinscan.cli.args import EXIT_OK
from pinscan.errors import ScanError
from pinscan.rule import all_rules, get_rule


def register(subparsers) -> None:
    rules = subparsers.add_parser("rules", help="list the rules", description="List every rule.")
    rules.add_argument("--format", "-f", choices=("text", "json"), default="text")

    explain = subparsers.add_parser("explain", help="show a rule's documentation",
                                    description="Show a rule's documentation.")
    explain.add_argument("rule_id", metavar="RULE_ID", help="a rule ID (PS1001, any case) or name")

    subparsers.add_parser("schema", help="print the JSON Schema of `scan --format json`",
                          description="Print the JSON Schema (draft 2020-12) that every `pinscan scan --format "
                          "json` result validates against.")


def run_rules(args) -> int:
    rules = all_rules()
    if args.format == "json":
        data = [
            {"id": r.id, "name": r.name, "title": r.title, "severity": r.severity.label,
             "confidence": r.confidence.label, "platforms": sorted(r.platforms),
             "cwe": [f"CWE-{c}" for c in r.cwe], "masvs": list(r.masvs)}
            for r in rules
        ]
        cliargs.write(json.dumps(data, indent=2) + "\n", None)
        return EXIT_OK
    width = max((len(r.name) for r in rules), default=10)
    for r in rules:
        plat = ",".join(sorted(r.platforms))
        cliargs.write(f"{r.id}  {r.severity.label:8} {plat:8} {r.name:{width}}  {r.title}\n", None)
    return EXIT_OK


def run_explain(args) -> int:
    wanted = args.rule_id.strip()
    r = get_rule(wanted) or get_rule(wanted.upper()) or get_rule(wanted.lower())
    if r is None:
        raise ScanError(f"no rule {args.rule_id!r} (`pinscan rules` lists them)")
    cwe = ", ".join(f"CWE-{c}" for c in r.cwe)
    header = (f"{r.id} {r.name}: {r.title}\n"
              f"severity {r.severity.label} · confidence {r.confidence.label} · {cwe} · MASVS {', '.join(r.masvs)} "
              f"· platforms {', '.join(sorted(r.platforms))}\n\n")
    cliargs.write(header + r.doc + "\n", None)
    return EXIT_OK


def run_schema(args) -> int:
    from pinscan.report.schema import schema_text

    cliargs.write(schema_text(), None)
    return EXIT_OK
