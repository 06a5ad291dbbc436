#!/usr/bin/env python3
"""Benchmark pinscan's hand-written resource readers against the libraries they stand in for, in one run.

    python bench/bench_readers.py [--apk PATH ...] [--aab PATH ...] [--runs 20]

- AXML: pinscan `parse_xml` against androguard `AXMLPrinter(...).get_xml_obj()` (and the bare
  `AXMLParser` event loop under it) on the manifest and every other binary XML file of each APK.
- ARSC: pinscan `ResourceTable` plus the lookups a scan makes (resolve every xml and raw resource, an upper
  bound on the NSC and trust-anchor files rules resolve, and one `find`) against androguard `ARSCParser`
  with `get_resolved_res_configs` and `get_res_id_by_key` for the same resources.
- aapt2 protobuf (App Bundles): pinscan `parse_proto_xml` and `ProtoResourceTable` (+ resolve every
  resource) against the `protobuf` package decoding the same messages (tests/aapt2_pb.py), alone and with
  the conversion a protobuf-based reader would need (messages to pinscan's Element tree and an id-indexed
  table). Inputs: the sample bundles, and each --apk converted by `aapt2 convert --output-format proto`
  (when aapt2 is installed), which gives real-size protobuf resources.
- Import cost of each side in a fresh interpreter (what a one-package `pinscan scan` pays once).

Times are medians over --runs runs, the sides interleaved; peak memory is tracemalloc's peak for one
further run of each, results dropped file by file. tracemalloc sees Python allocations only, not those of
C libraries (AXMLPrinter's tree lives in libxml2, protobuf's messages in upb arenas), so those figures are
lower bounds. Defaults: the npm APKs
under PINSCAN_NPM_APKS (appium-uiautomator2-server 10.6.6 and ApiDemos 5.0.0) and samples/android/*.aab.
It asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import time
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # aapt2_pb: the protobuf schema the differential tests use

from loguru import logger  # noqa: E402

logger.remove()  # androguard logs every chunk through loguru; logging would dominate its timings

import aapt2_pb  # noqa: E402
from androguard.core.axml import START_TAG, ARSCParser, AXMLParser, AXMLPrinter  # noqa: E402

from pinscan.android.arsc import ResolvedValue, ResourceTable  # noqa: E402
from pinscan.android.axml import (  # noqa: E402
    TYPE_REFERENCE,
    TYPE_STRING,
    Attr,
    Element,
    parse_xml,
)
from pinscan.android.proto import ProtoResourceTable, parse_proto_xml  # noqa: E402

NPM_DEFAULTS = ["appium-uiautomator2-server-10.6.6/package/apks/appium-uiautomator2-server-v10.6.6.apk",
                "android-apidemos-5.0.0/package/apks/ApiDemos-debug.apk"]


def _measure(sides: dict[str, Callable[[], object]], runs: int) -> dict[str, tuple[float, int]]:
    """name -> (median seconds, tracemalloc peak bytes)."""
    for fn in sides.values():
        fn()  # warm caches and lazy imports
    times: dict[str, list[float]] = {name: [] for name in sides}
    for _ in range(runs):
        for name, fn in sides.items():
            start = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - start)
    out = {}
    for name, fn in sides.items():
        tracemalloc.start()
        fn()
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        out[name] = (statistics.median(times[name]), peak)
    return out


def _report(title: str, results: dict[str, tuple[float, int]]) -> None:
    print(f"\n{title}")
    base = next(iter(results.values()))[0]
    for name, (secs, peak) in results.items():
        ratio = f"{secs / base:6.1f}x" if base else ""
        print(f"  {name:<44} {secs * 1000:10.3f} ms  {ratio}  peak {peak / 1024:10.1f} KiB")


def _axml_files(z: zipfile.ZipFile) -> list[tuple[str, bytes]]:
    out = []
    for name in z.namelist():
        data = z.read(name)
        if len(data) >= 8 and struct.unpack_from("<H", data)[0] == 0x0003:
            out.append((name, data))
    return out


def _androguard_events(data: bytes) -> int:
    p = AXMLParser(data)
    n = 0
    while p.is_valid():
        event = next(p)
        if event == START_TAG:
            n += 1
            for i in range(p.getAttributeCount()):
                p.getAttributeValueType(i), p.getAttributeValueData(i), p.getAttributeValue(i)
        elif event == 1:  # END_DOCUMENT
            break
    return n


def bench_apk(path: Path, runs: int) -> None:
    with zipfile.ZipFile(path) as z:
        files = _axml_files(z)
        arsc = z.read("resources.arsc") if "resources.arsc" in z.namelist() else None
    size = sum(len(d) for _, d in files)
    print(f"\n== {path.name}: {len(files)} binary XML files ({size / 1024:.1f} KiB), "
          f"resources.arsc {len(arsc or b'') / 1024:.1f} KiB")
    _report("AXML, every binary XML file", _measure({
        "pinscan parse_xml": lambda: _each(files, lambda n, d: parse_xml(d, n)),
        "androguard AXMLPrinter().get_xml_obj()": lambda: _each(files, lambda n, d: AXMLPrinter(d).get_xml_obj()),
        "androguard AXMLParser events only": lambda: _each(files, lambda n, d: _androguard_events(d)),
    }, runs))
    if arsc is None:
        return
    parser = ARSCParser(arsc)
    parser._analyse()  # fills resource_keys, to pick the ids outside the timed runs
    package = parser.get_packages_names()[0]
    ids = [rid for t in ("xml", "raw") for rid in parser.resource_keys[package].get(t, {}).values()]
    print(f"  (ARSC lookups: resolve {len(ids)} xml/raw resources, one find)")

    def ours() -> None:
        table = ResourceTable(arsc)
        for rid in ids:
            table.resolve(rid)
        table.find("xml", "network_security_config_debug")

    def theirs() -> None:
        table = ARSCParser(arsc)
        for rid in ids:
            table.get_resolved_res_configs(rid)
        table.get_res_id_by_key(package, "xml", "network_security_config_debug")

    _report("ARSC, table + lookups", _measure({"pinscan ResourceTable": ours, "androguard ARSCParser": theirs}, runs))


def _each(files: list[tuple[str, bytes]], fn: Callable[[str, bytes], object]) -> None:
    for name, data in files:
        fn(name, data)


def _pb_element(node) -> Element:
    """An XmlNode as pinscan's Element, the way a protobuf-based reader would build it."""
    el = node.element
    out = Element(tag=el.name, line=node.source.line_number or None)
    for a in el.attribute:
        raw, dtype, data = aapt2_pb.attribute_value(a)
        out.attrs.append(Attr(a.name, a.namespace_uri or None, raw, dtype, data))
    for child in el.child:
        if child.WhichOneof("node") == "element":
            out.children.append(_pb_element(child))
        else:
            out.text += child.text
    return out


def _pb_table(data: bytes, prefix: str) -> dict[int, list[ResolvedValue]]:
    """resources.pb as an id-indexed table of pinscan's ResolvedValue, via the protobuf package."""
    out: dict[int, list[ResolvedValue]] = {}
    for pkg in aapt2_pb.ResourceTable.FromString(data).package:
        for t in pkg.type:
            for e in t.entry:
                values = out.setdefault(pkg.package_id.id << 24 | t.type_id.id << 16 | e.entry_id.id, [])
                for cv in e.config_value:
                    default = not [f for f, _ in cv.config.ListFields() if f.name != "product"]
                    item = cv.value.item
                    kind = item.WhichOneof("value")
                    if kind == "file":
                        values.append(ResolvedValue(t.name, e.name, default, TYPE_STRING, 0, prefix + item.file.path))
                    elif kind == "ref":
                        values.append(ResolvedValue(t.name, e.name, default, TYPE_REFERENCE, item.ref.id, None))
                    elif kind in ("str", "raw_str", "styled_str"):
                        values.append(ResolvedValue(t.name, e.name, default, TYPE_STRING, 0,
                                                    getattr(item, kind).value))
    return out


def bench_proto(label: str, xml: list[tuple[str, bytes]], table: bytes, prefix: str, runs: int) -> None:
    ids = [rid for pkg in aapt2_pb.ResourceTable.FromString(table).package for t in pkg.type for e in t.entry
           for rid in [pkg.package_id.id << 24 | t.type_id.id << 16 | e.entry_id.id]]
    print(f"\n== {label}: {len(xml)} protobuf XML files ({sum(len(d) for _, d in xml) / 1024:.1f} KiB), "
          f"resources.pb {len(table) / 1024:.1f} KiB, {len(ids)} resources")

    def ours() -> None:
        _each(xml, lambda n, d: parse_proto_xml(d, n))
        t = ProtoResourceTable(table, "resources.pb", prefix)
        for rid in ids:
            t.resolve(rid)

    def decode_only() -> None:
        _each(xml, lambda n, d: aapt2_pb.XmlNode.FromString(d))
        aapt2_pb.ResourceTable.FromString(table)

    def decode_and_convert() -> None:
        _each(xml, lambda n, d: _pb_element(aapt2_pb.XmlNode.FromString(d)))
        t = _pb_table(table, prefix)
        for rid in ids:
            t.get(rid)

    _report("aapt2 protobuf, XML + resources.pb (+ resolve every resource)", _measure({
        "pinscan proto.py": ours, "protobuf package, decode only": decode_only,
        "protobuf package + conversion to Element": decode_and_convert}, runs))


def bench_aab(path: Path, runs: int) -> None:
    with zipfile.ZipFile(path) as z:
        xml = [(n, z.read(n)) for n in z.namelist() if n.endswith(".xml")]
        table = z.read("base/resources.pb")
    bench_proto(path.name, xml, table, "base/", runs)


def bench_converted(apk: Path, runs: int) -> None:
    aapt2 = shutil.which("aapt2")
    if aapt2 is None:
        print(f"\n(aapt2 not installed: {apk.name} not converted to the protobuf formats)")
        return
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "proto.apk"
        subprocess.run([aapt2, "convert", "-o", str(out), "--output-format", "proto", str(apk)], check=True,
                       capture_output=True)
        with zipfile.ZipFile(out) as z:
            xml = [(n, z.read(n)) for n in z.namelist()
                   if n == "AndroidManifest.xml" or n.startswith("res/") and n.endswith(".xml")]
            table = z.read("resources.pb")
    bench_proto(f"{apk.name} converted by aapt2 --output-format proto", xml, table, "", runs)


def bench_imports(runs: int) -> None:
    snippets = {
        "pinscan axml+arsc+proto": "import pinscan.android.axml, pinscan.android.arsc, pinscan.android.proto",
        "androguard.core.axml (AXMLPrinter, ARSCParser)": "import androguard.core.axml",
        "androguard.core.apk (APK)": "import androguard.core.apk",
        "protobuf + aapt2 schema (tests/aapt2_pb.py)": f"import sys; sys.path.insert(0, {str(ROOT / 'tests')!r}); "
                                                       "import aapt2_pb",
    }
    print("\nImport cost in a fresh interpreter (median of the runs)")
    for name, code in snippets.items():
        prog = f"import time; t = time.perf_counter(); {code}; print(time.perf_counter() - t)"
        secs = [float(subprocess.run([sys.executable, "-c", prog], capture_output=True, text=True,
                                     check=True).stdout) for _ in range(runs)]
        print(f"  {name:<44} {statistics.median(secs) * 1000:10.1f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--apk", action="append", type=Path, default=[])
    parser.add_argument("--aab", action="append", type=Path, default=[])
    parser.add_argument("--runs", type=int, default=20, help="runs per measurement (default 20)")
    parser.add_argument("--import-runs", type=int, default=5, help="fresh interpreters per import (default 5)")
    args = parser.parse_args()
    apks = args.apk
    if not apks and os.environ.get("PINSCAN_NPM_APKS"):
        apks = [p for rel in NPM_DEFAULTS if (p := Path(os.environ["PINSCAN_NPM_APKS"]) / rel).exists()]
    aabs = args.aab or sorted((ROOT / "samples" / "android").glob("*.aab"))
    print(f"python {sys.version.split()[0]}, runs {args.runs}, {time.strftime('%Y-%m-%d')}")
    for apk in apks:
        bench_apk(apk, args.runs)
    for aab in aabs:
        bench_aab(aab, args.runs)
    for apk in apks:
        bench_converted(apk, args.runs)
    bench_imports(args.import_runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
