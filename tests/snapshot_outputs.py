"""Write every report pinscan produces for the bundled samples (and the npm APKs when present) into a
folder, so two checkouts can be compared byte for byte:

    python tests/snapshot_outputs.py /tmp/before      # on the old commit
    python tests/snapshot_outputs.py /tmp/after       # on the new one
    diff -r /tmp/before /tmp/after && echo identical

Covers scan text/JSON/SARIF/HTML per package, the diff of the two release samples in every format, a
batch over all samples in every batch format, `pinscan rules` and `pinscan explain` of every rule.
Not a test: pytest does not collect it (no `test_` prefix); it runs the installed `pinscan` command.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SUFFIXES = (".apk", ".aab", ".apks", ".xapk", ".ipa")
AS_OF = "2026-06-01"


def pinscan(*args: str, out: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "pinscan.cli", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT)
    out.parent.mkdir(parents=True, exist_ok=True)
    (out.parent / (out.name + ".exit")).write_text(f"{proc.returncode}\n{proc.stderr}")
    if proc.stdout:
        out.write_text(proc.stdout)


def packages() -> list[Path]:
    found = sorted(p for p in SAMPLES.glob("*/*") if p.is_file() and p.suffix in SUFFIXES)
    npm = os.environ.get("PINSCAN_NPM_APKS")
    if npm:
        found += sorted(Path(npm).rglob("*.apk"))
    return found


def main(dest: Path) -> None:
    dest.mkdir(parents=True, exist_ok=True)
    for pkg in packages():
        name = pkg.name if pkg.is_relative_to(SAMPLES) else "npm-" + pkg.name
        base = dest / "scan" / name
        for fmt in ("text", "json", "sarif", "html"):
            pinscan("scan", pkg, "--format", fmt, "--as-of", AS_OF, "--fail-on", "never", out=base / f"report.{fmt}")
        pinscan("scan", pkg, "--format", "text", "--as-of", AS_OF, out=base / "gate-default.txt")
    v1, v2 = SAMPLES / "android/release-v1.apk", SAMPLES / "android/release-v2.apk"
    for fmt in ("text", "json", "html"):
        pinscan("diff", v1, v2, "--format", fmt, "--as-of", AS_OF, out=dest / "diff" / f"release.{fmt}")
    pinscan("scan", v2, "--compare-to", v1, "--as-of", AS_OF, out=dest / "diff" / "compare-to.txt")
    samples = sorted(str(p) for p in SAMPLES.glob("*/*") if p.is_file() and p.suffix in SUFFIXES)
    for fmt in ("text", "json", "jsonl", "sarif"):
        pinscan("scan", *samples, "--format", fmt, "--as-of", AS_OF, "--quiet", out=dest / "batch" / f"all.{fmt}")
    pinscan("rules", out=dest / "rules.txt")
    pinscan("rules", "--format", "json", out=dest / "rules.json")
    from pinscan.rule import all_rules

    for r in all_rules():
        pinscan("explain", r.id, out=dest / "explain" / f"{r.id}.txt")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
