#!/usr/bin/env python3
"""Build the Android sample APKs from their sources with the real toolchain (see ../README.md).

Each sample is a folder `samples/android/<name>/` with `AndroidManifest.xml`, optional `res/`,
`smali/`, `smali_classes2/`... (one folder per dex), optional `build.json`, and `expected.json`
(the findings and pins the scan must give). The APK is written to `samples/android/<name>.apk`.

    python3 samples/android/build.py                 # build every sample in place
    python3 samples/android/build.py --out DIR NAME  # build NAME into DIR (the rebuild test uses this)

Files under `assets/`, `lib/` and `assemblies/` are added to the APK as they are.
build.json (all optional): {"remove_entries": ["res/xml/x.xml"]} removes entries after linking (for
samples of broken packages). A folder whose build.json is {"bundle_of": "<sample>"} (and no manifest)
becomes `<folder>.aab`: an Android App Bundle of that sample's sources, linked by `aapt2 link
--proto-format` and assembled as bundletool lays a module out (base/manifest, base/dex, base/res,
base/resources.pb), entries sorted, timestamps fixed. A folder whose build.json has {"split_set": {"format":
"apks"|"xapk", "base": "<sample>", "splits": {"<path in set>": "<sample>"}}} becomes `<folder>.apks` or
`.xapk`: those samples' APKs (built afresh) stored in one zip as bundletool (splits/base-master.apk) or
XAPK tools (manifest.json + APKs at the root) lay them out.
Same sources + same committed key => byte-identical APK.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FRAMEWORK = Path("/usr/share/android-framework-res/framework-res.apk")
KEYSTORE = HERE / "fixture.keystore"
TOOLS = ("aapt", "aapt2", "smali", "zipalign", "apksigner")


def missing_tools() -> list[str]:
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if not FRAMEWORK.exists():
        missing.append(str(FRAMEWORK))
    return missing


def run(cmd: list[str], cwd: Path | None = None) -> None:
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{proc.stdout}{proc.stderr}")


def samples() -> list[Path]:
    return sorted(p for p in HERE.iterdir() if (p / "AndroidManifest.xml").is_file() or _config(p))


def _config(folder: Path) -> dict:
    config = folder / "build.json"
    return json.loads(config.read_text()) if config.is_file() else {}


def _bundle_of(folder: Path) -> str | None:
    return _config(folder).get("bundle_of")


def _fixed_zip(out: Path, entries: dict[str, bytes], compress: int) -> None:
    with zipfile.ZipFile(out, "w") as z:
        for name in sorted(entries):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = compress
            info.external_attr = 0o644 << 16
            z.writestr(info, entries[name])


def build_split_set(folder: Path, out_dir: Path) -> Path:
    spec = _config(folder)["split_set"]
    fmt = spec["format"]
    entries: dict[str, bytes] = {}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        base = build(HERE / spec["base"], tmp).read_bytes()
        splits = {path: build(HERE / sample, tmp).read_bytes() for path, sample in spec["splits"].items()}
    if fmt == "apks":
        entries["splits/base-master.apk"] = base
        entries.update(splits)
    elif fmt == "xapk":
        package = re.search(r'package="([^"]+)"', (HERE / spec["base"] / "AndroidManifest.xml").read_text()).group(1)
        entries[f"{package}.apk"] = base
        entries.update(splits)
        manifest = {"xapk_version": 2, "package_name": package,
                    "split_apks": [{"file": f"{package}.apk", "id": "base"}]
                    + [{"file": p, "id": p.removesuffix(".apk")} for p in sorted(splits)]}
        entries["manifest.json"] = (json.dumps(manifest, indent=2) + "\n").encode()
    else:
        raise SystemExit(f"{folder}: unknown split set format {fmt!r}")
    out = out_dir / f"{folder.name}.{fmt}"
    _fixed_zip(out, entries, zipfile.ZIP_STORED)  # APKs are stored, as bundletool does
    return out


def _compile_dex(src: Path, tmp: Path, api: int) -> list[str]:
    dex_files = []
    for i, smali_dir in enumerate(sorted(src.glob("smali*")), start=1):
        # smali/ -> classes.dex, smali_classes2/ -> classes2.dex, ...
        suffix = smali_dir.name.removeprefix("smali").removeprefix("_classes")
        name = f"classes{suffix}.dex"
        if (i == 1) != (suffix == ""):
            raise SystemExit(f"{smali_dir}: expected smali/ first, then smali_classes2/, ...")
        run(["smali", "a", "-j", "1", "--api", str(api), "-o", str(tmp / name), str(smali_dir)])
        if not (tmp / name).is_file():  # smali exits 0 on some syntax errors without writing a dex
            raise SystemExit(f"{smali_dir}: smali wrote no {name}; check the sources")
        dex_files.append(name)
    return dex_files


def build_bundle(folder: Path, out_dir: Path) -> Path:
    src = HERE / _bundle_of(folder)
    api = min_sdk(src / "AndroidManifest.xml")
    out = out_dir / f"{folder.name}.aab"
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        link = ["aapt2", "link", "--proto-format", "-o", str(tmp / "proto.zip"), "-I", str(FRAMEWORK),
                "--manifest", str(src / "AndroidManifest.xml")]
        if (src / "res").is_dir():
            run(["aapt2", "compile", "--dir", "res", "-o", str(tmp / "res.zip")], cwd=src)  # relative: aapt2 records it
            link.append(str(tmp / "res.zip"))
        run(link)
        entries: dict[str, bytes] = {}
        with zipfile.ZipFile(tmp / "proto.zip") as linked:
            for name in linked.namelist():
                target = "manifest/AndroidManifest.xml" if name == "AndroidManifest.xml" else name
                entries[f"base/{target}"] = linked.read(name)
        for name in _compile_dex(src, tmp, api):
            entries[f"base/dex/{name}"] = (tmp / name).read_bytes()
    _fixed_zip(out, entries, zipfile.ZIP_DEFLATED)
    return out


def min_sdk(manifest: Path) -> int:
    m = re.search(r'android:minSdkVersion="(\d+)"', manifest.read_text())
    return int(m.group(1)) if m else 21


def build(src: Path, out_dir: Path) -> Path:
    if _bundle_of(src):
        return build_bundle(src, out_dir)
    if _config(src).get("split_set"):
        return build_split_set(src, out_dir)
    config = json.loads((src / "build.json").read_text()) if (src / "build.json").exists() else {}
    api = min_sdk(src / "AndroidManifest.xml")
    out = out_dir / f"{src.name}.apk"
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        link = ["aapt2", "link", "-o", str(tmp / "base.apk"), "-I", str(FRAMEWORK),
                "--manifest", str(src / "AndroidManifest.xml")]
        if (src / "res").is_dir():
            run(["aapt2", "compile", "--dir", "res", "-o", str(tmp / "res.zip")], cwd=src)  # relative: aapt2 records it
            link.append(str(tmp / "res.zip"))
        run(link)
        dex_files = _compile_dex(src, tmp, api)
        shutil.copy(tmp / "base.apk", tmp / "unsigned.apk")
        if dex_files:
            run(["aapt", "add", "unsigned.apk", *dex_files], cwd=tmp)  # aapt keeps fixed timestamps
        extra = []  # assets/, lib/, assemblies/ are stored as they are (key stores, native libs, .NET)
        for top in ("assets", "lib", "assemblies"):
            for f in sorted(p for p in (src / top).rglob("*") if p.is_file()) if (src / top).is_dir() else []:
                rel = f.relative_to(src).as_posix()
                (tmp / rel).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(f, tmp / rel)
                extra.append(rel)
        if extra:
            run(["aapt", "add", "unsigned.apk", *extra], cwd=tmp)
        if config.get("remove_entries"):
            run(["aapt", "remove", "unsigned.apk", *config["remove_entries"]], cwd=tmp)
        run(["zipalign", "-f", "-p", "4", str(tmp / "unsigned.apk"), str(tmp / "aligned.apk")])
        run(["apksigner", "sign", "--ks", str(KEYSTORE), "--ks-pass", "pass:android", "--key-pass", "pass:android",
             "--ks-key-alias", "fixture", "--min-sdk-version", str(api), "--v4-signing-enabled", "false",
             "--out", str(out), str(tmp / "aligned.apk")])
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", help="samples to build (default: all)")
    parser.add_argument("--out", type=Path, default=HERE, help="output folder (default: samples/android)")
    args = parser.parse_args()
    missing = missing_tools()
    if missing:
        print(f"missing toolchain: {', '.join(missing)} (see shared TOOLCHAIN notes in samples/README.md)",
              file=sys.stderr)
        return 2
    chosen = [s for s in samples() if not args.names or s.name in args.names]
    unknown = set(args.names) - {s.name for s in chosen}
    if unknown:
        print(f"no such sample: {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    for s in chosen:
        print(build(s, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
