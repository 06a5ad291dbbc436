"""Baselines: the fingerprints of findings a team has accepted, so a gate fails only on new ones.

`pinscan baseline create app.apk -o pinscan-baseline.json` writes one; `--baseline FILE` uses it.
A fingerprint is rule ID + component + logical location + key (see Finding.fingerprint): no line
numbers, offsets or hashes of the package, so it survives a rebuild of the same code.
The file is sorted JSON without timestamps, so it diffs cleanly in review.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from pinscan.errors import ScanError
from pinscan.model import ScanResult

FORMAT = "pinscan-baseline"
VERSION = 1


@dataclass(frozen=True)
class Baseline:
    path: str
    fingerprints: frozenset[str]
    app_id: str | None = None


def create(result: ScanResult) -> str:
    entries = sorted(
        ({"fingerprint": f.fingerprint, "rule_id": f.rule_id, "severity": f.severity.label,
          "location": f.location.short(), "message": f.message} for f in result.findings),
        key=lambda e: (e["rule_id"], e["fingerprint"]),
    )
    unique = list({e["fingerprint"]: e for e in entries}.values())
    data = {
        "format": FORMAT,
        "version": VERSION,
        "app": {"platform": result.identity.platform, "app_id": result.identity.app_id},
        "findings": unique,
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def load(path: Path) -> Baseline:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ScanError(f"{path}: cannot read the baseline: {exc.strerror or exc}") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise ScanError(f"{path}: the baseline is not JSON: {exc}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ScanError(f"{path}: not a pinscan baseline (create one with `pinscan baseline create PKG -o FILE`)")
    if data.get("version") != VERSION:
        raise ScanError(f"{path}: baseline version {data.get('version')!r} is not supported (expected {VERSION})")
    findings = data.get("findings")
    if not isinstance(findings, list) or not all(
        isinstance(e, dict) and isinstance(e.get("fingerprint"), str) for e in findings
    ):
        raise ScanError(f"{path}: baseline 'findings' must be a list of objects with a 'fingerprint'")
    app = data.get("app") if isinstance(data.get("app"), dict) else {}
    return Baseline(str(path), frozenset(e["fingerprint"] for e in findings), app.get("app_id"))
