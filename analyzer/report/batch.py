"""A batch's reports: JSON Lines streamed as packages finish (in input order), and one whole document
in text, JSON or SARIF when the batch is done. Each package's result is the single-scan JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, TextIO

from pinscan.errors import ScanError
from pinscan.model import Outcome, Severity
from pinscan.report import ReportOptions, formats, render

BATCH_SCHEMA_VERSION = 1


def record(outcome: Outcome) -> dict[str, Any]:
    """One package in JSON / JSON Lines: its path, status, and result (the single-scan JSON) or error."""
    if outcome.ok:
        return {"path": outcome.path, "status": "ok", "result": outcome.result.to_json()}
    return {"path": outcome.path, "status": "error", "error": outcome.error}


class BatchReport:
    """A batch's report in one format, written to `dest` (stdout when None): `jsonl` lines as outcomes arrive
    (in input order); the other formats whole, by close()."""

    def __init__(self, fmt: str, dest: str | None, source_root: Path | None = None) -> None:
        allowed = ("jsonl", *formats("batch"))
        if fmt not in allowed:
            raise ScanError(f"--format {fmt} is for one package; a batch writes {', '.join(sorted(allowed))}")
        self.fmt = fmt
        self.dest = dest
        self.options = ReportOptions(source_root=source_root)
        self.outcomes: list[Outcome] = []
        self._stream: TextIO | None = self._open() if fmt == "jsonl" else None  # a bad path fails before scans

    @property
    def notes(self) -> list[str]:
        return self.options.notes

    def _open(self) -> TextIO:
        if self.dest is None:
            return sys.stdout
        try:
            return open(self.dest, "w", encoding="utf-8")
        except OSError as exc:
            raise ScanError(f"{self.dest}: cannot write the report: {exc.strerror or exc}") from None

    def add(self, outcome: Outcome) -> None:
        self.outcomes.append(outcome)
        if self._stream is not None:
            self._stream.write(json.dumps(record(outcome), ensure_ascii=False, separators=(",", ":")) + "\n")
            self._stream.flush()

    def close(self) -> None:
        if self.fmt != "jsonl":
            text = render("batch", self.fmt, self.outcomes, self.options)
            self._stream = self._open()
            self._stream.write(text)
            self._stream.flush()
        if self._stream is not None and self._stream is not sys.stdout:
            self._stream.close()
        self._stream = None


def render_json(outcomes: list[Outcome], options: ReportOptions) -> str:
    ok = [o for o in outcomes if o.ok]
    data = {
        "schema_version": BATCH_SCHEMA_VERSION,
        "kind": "pinscan-batch",
        "summary": {
            "packages": len(outcomes),
            "scanned": len(ok),
            "errors": len(outcomes) - len(ok),
            "gate_failed": sum(1 for o in ok if o.result.gate is not None and not o.result.gate.passed),
        },
        "packages": [record(o) for o in sorted(outcomes, key=lambda o: o.path)],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def render_sarif(outcomes: list[Outcome], options: ReportOptions) -> str:
    from pinscan.report.sarif import SCHEMA_URI, SarifOptions, build

    runs = []
    for o in sorted((o for o in outcomes if o.ok), key=lambda o: o.path):
        sarif_options = SarifOptions(source_root=options.source_root)
        run = build(o.result, sarif_options)["runs"][0]
        run.setdefault("properties", {})["packagePath"] = o.path
        runs.append(run)
        options.notes += [f"{o.path}: {n}" for n in sarif_options.notes]
    # Code scanning wants one category per run: two packages of the same app get their path added.
    ids = [r["automationDetails"]["id"] for r in runs]
    for r, run_id in zip(runs, ids, strict=True):
        if ids.count(run_id) > 1:
            r["automationDetails"]["id"] = f"{run_id}{r['properties']['packagePath']}/"
    failed = [o.path for o in outcomes if not o.ok]
    if failed:
        options.notes.append(f"{len(failed)} package(s) could not be scanned and have no run: {', '.join(failed)}")
    return json.dumps({"$schema": SCHEMA_URI, "version": "2.1.0", "runs": runs}, indent=2,
                      ensure_ascii=False) + "\n"


def render_text(outcomes: list[Outcome], options: ReportOptions) -> str:
    order = sorted(Severity, reverse=True)
    lines = []
    rows = [("package", "platform", "app id", *(s.label for s in order), "pinned hosts", "gate")]
    for o in sorted(outcomes, key=lambda o: o.path):
        if not o.ok:
            lines.append(f"{o.path}: could not be scanned: {o.error}")
            rows.append((o.path, "-", "-", *("" for _ in order), "", "ERROR (see above)"))
            continue
        r = o.result
        counts = {s: 0 for s in Severity}
        for f in r.findings:
            counts[f.severity] += 1
        pinned = sorted({p.host for p in r.pins if p.enforced and p.pins_key_material})  # CT pins no key
        gate = "-" if r.gate is None else ("passed" if r.gate.passed else "FAILED")
        by_sev = ", ".join(f"{counts[s]} {s.label}" for s in order if counts[s])
        extra = dict(r.identity.extra)
        joined = f" (with its split APKs {', '.join(extra['splits'])})" if extra.get("format") == "apk-set" else ""
        line = f"{o.path}{joined}: {r.identity.app_id or '-'}, {len(r.findings)} finding(s)"
        line += f" ({by_sev})" if by_sev else ""
        line += f", pins for {', '.join(pinned)}" if pinned else ", no enforced pins"
        if r.gate is not None:
            line += "; gate passed" if r.gate.passed else f"; gate FAILED: {'; '.join(r.gate.reasons)}"
        lines.append(line)
        rows.append((o.path, r.identity.platform, r.identity.app_id or "-", *(str(counts[s]) for s in order),
                     str(len(pinned)), gate))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    lines.append("")
    lines += ["  ".join(cell.ljust(w) for cell, w in zip(row[:-1], widths, strict=True)) + "  " + row[-1]
              for row in rows]
    ok = sum(1 for o in outcomes if o.ok)
    gated = sum(1 for o in outcomes if o.ok and o.result.gate is not None and not o.result.gate.passed)
    lines.append("")
    lines.append(f"{len(outcomes)} package(s): {ok} scanned, {len(outcomes) - ok} could not be "
                 f"scanned, {gated} failed the gate")
    return "\n".join(line.rstrip() for line in lines) + "\n"
