#!/usr/bin/env python3
"""Build the iOS sample IPAs from their sources with the real toolchain (clang-14, ld64.lld-19,
llvm-lipo-14; see the shared TOOLCHAIN notes).

Each sample is a folder `samples/ios/<name>/` with:
  build.json     {"min_os": "14.0", "arch": ["arm64"] or ["arm64", "x86_64"] or ["armv7"],
                  "fixups": "chained"|"classic", "plist": "binary"|"xml", "encrypt": false,
                  "sdk": "14.0", "layout": "payload"|"no-payload"}  (all optional; defaults shown first;
                  "sdk" defaults to min_os; "no-payload" puts the .app at the zip root, a malformed IPA)
  app/           the .app bundle: Info.plist (XML source), *.m / *.c sources, files/ copied verbatim,
                 dotnet/<Assembly>/*.cs compiled by Mono's mcs into <Assembly>.dll at the bundle root
                 (as a Xamarin.iOS / .NET for iOS app ships its assemblies),
                 PlugIns/<Name>.appex/ and Frameworks/<Name>.framework/ with the same layout
                 (a bundle.json there overrides build.json for that bundle)
  expected.json  the findings and pins the scan must give
The IPA is written to `samples/ios/<name>.ipa`: `Payload/<CFBundleExecutable>.app/...`.

    python3 samples/ios/build.py                 # build every sample in place
    python3 samples/ios/build.py --out DIR NAME  # build NAME into DIR (the rebuild test uses this)

Reproducible: no debug info, lld derives the UUID from the content, ad-hoc signatures are
deterministic, zip entries are sorted with a fixed timestamp and fixed permissions.

`"sdk": "8.4"` links against that SDK version: the fake SDK is copied with an SDKSettings.json naming it,
which clang passes to the linker (`-platform_version ios MIN SDK`), so the binary's load commands record it.

`"arch": ["armv7"]`: ld64.lld-19 cannot link armv7 ("missing or unsupported -arch armv7"), so clang-14
compiles the sources to an armv7 object (`-target armv7-apple-iosMIN`) and `armv7.py` assembles the
executable from it (see that file for what it does and does not do). One source file per armv7 bundle.

`"encrypt": true` is a post-link step on the main executable: lld writes an LC_ENCRYPTION_INFO_64
command with cryptid 0 for iOS targets, and this script sets its cryptid field to 1, as FairPlay's
App Store encryption leaves it. The bytes themselves stay plaintext (there is no FairPlay here), so the
sample tests that pinscan honours cryptid and does not claim to analyse the code.
"""

from __future__ import annotations

import argparse
import json
import plistlib
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import armv7  # noqa: E402  (the armv7 assembler next to this script)

SDK = HERE / "fakesdk"
TOOLS = ("clang-14", "ld64.lld-19", "llvm-lipo-14", "mcs")
TARGETS = {"arm64": "arm64-apple-ios{v}", "x86_64": "x86_64-apple-ios{v}-simulator", "armv7": "armv7-apple-ios{v}"}
FIXED_TIME = (1980, 1, 1, 0, 0, 0)
LC_ENCRYPTION_INFO_64 = 0x2C
SDK_FRAMEWORKS = ("Foundation", "Security", "CoreFoundation", "CFNetwork")


def missing_tools() -> list[str]:
    return [t for t in TOOLS if shutil.which(t) is None]


def run(cmd: list[str]) -> None:
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{proc.stdout}{proc.stderr}")


def samples() -> list[Path]:
    return sorted(p for p in HERE.iterdir() if (p / "app" / "Info.plist").is_file())


def _config(folder: Path, base: dict) -> dict:
    cfg = dict(base)
    for name in ("build.json", "bundle.json"):
        if (folder / name).is_file():
            cfg.update(json.loads((folder / name).read_text()))
    return cfg


def _executable(bundle: Path) -> str:
    info = plistlib.loads((bundle / "Info.plist").read_bytes())
    return info.get("CFBundleExecutable") or bundle.stem


def _link_binary(bundle: Path, kind: str, cfg: dict, tmp: Path, frameworks: dict[str, dict[str, Path]]) -> Path | None:
    """Compile and link the bundle's sources for every arch; returns the (fat) binary or None."""
    sources = sorted(p for p in bundle.iterdir() if p.suffix in (".m", ".c"))
    if not sources:
        return None
    exe = _executable(bundle)
    work = tmp / f"{kind}-{bundle.name}"
    work.mkdir()
    slices = []
    sdk = _sdk(cfg.get("sdk"), tmp)
    for arch in cfg.get("arch", ["arm64"]):
        target = TARGETS[arch].format(v=cfg.get("min_os", "14.0"))
        common = ["-target", target, "-isysroot", str(sdk)]
        objects = []
        for src in sources:
            obj = work / f"{src.stem}-{arch}.o"
            run(["clang-14", *common, "-fblocks", "-fno-objc-arc", "-Os", "-Wno-objc-root-class",
                 "-Wno-incompatible-library-redeclaration", "-c", str(src), "-o", str(obj)])
            objects.append(str(obj))
        out = work / f"{exe}-{arch}"
        if arch == "armv7":
            if len(objects) != 1 or kind == "framework":
                raise SystemExit(f"{bundle}: armv7 bundles are executables with one source file")
            min_os = cfg.get("min_os", "14.0")
            out.write_bytes(armv7.link(Path(objects[0]).read_bytes(), armv7.tbd_exports(SDK), min_os,
                                       cfg.get("sdk", min_os)))
            slices.append(out)
            continue
        link = ["clang-14", *common, "--ld-path=/usr/bin/ld64.lld-19", "-mlinker-version=711", "-Wl,-adhoc_codesign"]
        if cfg.get("fixups", "chained") == "classic":
            link.append("-Wl,-no_fixup_chains")
        if kind == "framework":
            link += ["-dynamiclib", "-install_name", f"@rpath/{bundle.name}/{exe}"]
        else:
            link += ["-Wl,-rpath,@executable_path/Frameworks"]
            for fw in cfg.get("link", []):
                link.append(str(frameworks[fw][arch]))
        for fw in SDK_FRAMEWORKS:
            link += ["-framework", fw]
        link += ["-lobjc", *objects, "-o", str(out)]
        run(link)
        slices.append(out)
        if kind == "framework":
            frameworks.setdefault(bundle.name, {})[arch] = out
    if len(slices) == 1:
        return slices[0]
    fat = work / exe
    run(["llvm-lipo-14", "-create", *map(str, slices), "-output", str(fat)])
    return fat


def _sdk(version: str | None, tmp: Path) -> Path:
    """The fake SDK, or a copy whose SDKSettings.json says it is iOS `version`."""
    if version is None:
        return SDK
    copy = tmp / f"sdk-{version}"
    if not copy.is_dir():
        shutil.copytree(SDK, copy)
        (copy / "SDKSettings.json").write_text(json.dumps(
            {"CanonicalName": f"iphoneos{version}", "Version": version, "MaximumDeploymentTarget": f"{version}.99"}))
    return copy


def set_cryptid(binary: bytes, cryptid: int) -> bytes:
    """Set cryptid in the LC_ENCRYPTION_INFO_64 command of a thin 64-bit Mach-O."""
    if struct.unpack_from("<I", binary)[0] != 0xFEEDFACF:
        raise SystemExit("encrypt: only thin 64-bit binaries are supported")
    ncmds = struct.unpack_from("<I", binary, 16)[0]
    pos = 32
    for _ in range(ncmds):
        cmd, size = struct.unpack_from("<II", binary, pos)
        if cmd == LC_ENCRYPTION_INFO_64:
            out = bytearray(binary)
            struct.pack_into("<I", out, pos + 16, cryptid)
            return bytes(out)
        pos += size
    raise SystemExit("encrypt: the linker wrote no LC_ENCRYPTION_INFO_64 command")


def _bundle_entries(bundle: Path, prefix: str, kind: str, cfg: dict, tmp: Path,
                    frameworks: dict[str, dict[str, Path]], entries: dict[str, tuple[bytes, bool]]) -> None:
    cfg = _config(bundle, cfg)
    binary = _link_binary(bundle, kind, cfg, tmp, frameworks)
    if binary is not None:
        data = binary.read_bytes()
        if kind == "app" and cfg.get("encrypt"):
            data = set_cryptid(data, 1)
        entries[prefix + _executable(bundle)] = (data, True)
    source = (bundle / "Info.plist").read_bytes()
    if cfg.get("plist", "binary") == "binary":
        source = plistlib.dumps(plistlib.loads(source), fmt=plistlib.FMT_BINARY, sort_keys=True)
    entries[prefix + "Info.plist"] = (source, False)
    dotnet = bundle / "dotnet"
    for asm in sorted(p for p in dotnet.iterdir() if p.is_dir()) if dotnet.is_dir() else []:
        out = tmp / f"{asm.name}.dll"  # the file name is the module name inside the assembly
        # -deterministic: the MVID and timestamp come from the content, so rebuilds are byte-identical
        run(["mcs", "-target:library", "-deterministic", "-r:System.Net.Http.dll",
             f"-out:{out}", *map(str, sorted(asm.glob("*.cs")))])
        entries[prefix + out.name] = (out.read_bytes(), False)
    files = bundle / "files"
    if files.is_dir():
        for f in sorted(p for p in files.rglob("*") if p.is_file()):
            entries[prefix + f.relative_to(files).as_posix()] = (f.read_bytes(), False)


def build(src: Path, out_dir: Path) -> Path:
    base = _config(src, {})
    app = src / "app"
    out = out_dir / f"{src.name}.ipa"
    entries: dict[str, tuple[bytes, bool]] = {}
    frameworks: dict[str, dict[str, Path]] = {}
    # "layout": "no-payload" zips the .app at the root, as some hand-made IPAs are (App Store tooling refuses them)
    root = f"{_executable(app)}.app/" if base.get("layout") == "no-payload" else f"Payload/{_executable(app)}.app/"
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for fw in sorted((app / "Frameworks").glob("*.framework")) if (app / "Frameworks").is_dir() else []:
            _bundle_entries(fw, f"{root}Frameworks/{fw.name}/", "framework", base, tmp, frameworks, entries)
        for ext in sorted((app / "PlugIns").glob("*.appex")) if (app / "PlugIns").is_dir() else []:
            _bundle_entries(ext, f"{root}PlugIns/{ext.name}/", "appex", base, tmp, frameworks, entries)
        _bundle_entries(app, root, "app", base, tmp, frameworks, entries)
    with zipfile.ZipFile(out, "w") as zf:
        for name in sorted(entries):
            data, executable = entries[name]
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.create_system = 3
            info.external_attr = (0o100755 if executable else 0o100644) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data, compresslevel=9)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", help="samples to build (default: all)")
    parser.add_argument("--out", type=Path, default=HERE, help="output folder (default: samples/ios)")
    args = parser.parse_args()
    missing = missing_tools()
    if missing:
        print(f"missing toolchain: {', '.join(missing)} (Debian: apt-get install clang-14 lld-19 llvm-14 mono-mcs "
              "libmono-system-net-http4.0-cil)",
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
