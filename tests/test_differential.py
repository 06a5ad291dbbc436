"""Differential tests: pinscan's hand-written readers against reference libraries on the same bytes.

- DEX (`pinscan.android.dex`) against androguard's `DEX`: string pool, classes, supertypes, methods,
  static fields, and string lookups.
- Binary XML (`axml`) against androguard's `AXMLParser` (every element, attribute, typed value, text and
  line of every binary XML file) and, for network security configs, against `AXMLPrinter`'s tree.
- `resources.arsc` (`arsc`) against androguard's `ARSCParser`: `find(type, name)` for every resource, and
  `resolve()` for the types rules read (xml, raw, string).
- Manifest facts and the NSC / trust-anchor files the App model resolves, against androguard's `APK`.
- App Bundles (`proto`): androguard does not read aapt2's protobuf formats, so the oracle there is the
  `protobuf` package with aapt2's schema (tests/aapt2_pb.py); the bundle's manifest facts, NSC and anchor
  paths are also checked against its APK twin (built from the same sources) read by androguard. APKs
  converted to the bundle format by `aapt2 convert --output-format proto` (real-size tables with many
  qualified configurations) are read both ways and against the protobuf package.

Every bundled Android sample and three real APKs from npm are covered; the npm ones need
PINSCAN_NPM_APKS (CI sets it, and turns skips into failures). A disagreement fails the test and names
the file and the item. Differences by design are normalised explicitly where they occur.
"""

from __future__ import annotations

import functools
import io
import json
import os
import re
import shutil
import struct
import subprocess
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aapt2_pb
import pytest
from androguard.core import axml as ag_axml
from androguard.core.apk import APK
from androguard.core.dex import DEX
from androguard.core.resources import public as ag_public
from loguru import logger

from conftest import SAMPLES
from pinscan.android.arsc import ResourceTable
from pinscan.android.axml import (
    ANDROID_NS,
    TYPE_INT_HEX,
    TYPE_REFERENCE,
    TYPE_STRING,
    Element,
    parse_xml,
)
from pinscan.android.dex import NO_INDEX, DexFile
from pinscan.android.proto import ProtoResourceTable, parse_proto_xml
from pinscan.scan import open_app

logger.remove()  # androguard logs every chunk it reads through loguru

ANDROID = SAMPLES / "android"
SAMPLE_PACKAGES = sorted(p.name for p in ANDROID.iterdir() if p.suffix in (".apk", ".aab", ".apks", ".xapk"))
NPM_APKS = {
    "android-apidemos": "android-apidemos-5.0.0/package/apks/ApiDemos-debug.apk",
    "io.appium.settings": "io.appium.settings-8.0.10/package/apks/settings_apk-debug.apk",
    "appium-uiautomator2-server":
        "appium-uiautomator2-server-10.6.6/package/apks/appium-uiautomator2-server-v10.6.6.apk",
}
ALL = SAMPLE_PACKAGES + [f"npm:{n}" for n in sorted(NPM_APKS)]
APK_LIKE = [p for p in ALL if not p.endswith(".aab")]
BUNDLES = [p for p in SAMPLE_PACKAGES if p.endswith(".aab")]


def _holds_nsc(data: bytes) -> bool:
    """Whether a package, or an APK inside it, has a network security config file."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = z.namelist()
        return (any(n.endswith("network_security_config.xml") for n in names)
                or any(_holds_nsc(z.read(n)) for n in names if n.endswith(".apk")))


# The npm APKs have no network security config (test_npm_apks checks they get no NSC finding).
NSC_SAMPLES = [p for p in SAMPLE_PACKAGES if not p.endswith(".aab") and _holds_nsc((ANDROID / p).read_bytes())]
_DEX_NAME = re.compile(r"(?:.*/)?classes\d*\.dex")
_SYSTEM_ATTRS: dict[int, str] = ag_public.SYSTEM_RESOURCES["attributes"]["inverse"]
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _path(pid: str) -> Path:
    if not pid.startswith("npm:"):
        return ANDROID / pid
    root = os.environ.get("PINSCAN_NPM_APKS")
    if not root:
        pytest.skip("PINSCAN_NPM_APKS is not set: the npm APKs are fetched by .ci/run (npm pack)")
    path = Path(root) / NPM_APKS[pid[4:]]
    if not path.exists():
        pytest.skip(f"{path} not present: fetch with `npm pack {pid[4:]}` into {root} (.ci/run does)")
    return path


class Diffs:
    """Disagreements between pinscan and an oracle, reported together (first 40) at the end."""

    def __init__(self, oracle: str = "androguard") -> None:
        self.oracle = oracle
        self.items: list[str] = []
        self.checked = 0  # comparisons made: a test over nothing must not pass

    def check(self, where: str, what: str, ours: Any, theirs: Any) -> bool:
        self.checked += 1
        if ours == theirs:
            return True
        self.items.append(f"{where}: {what}: pinscan {_short(ours)} vs {self.oracle} {_short(theirs)}")
        return False

    def fail(self, where: str, what: str) -> None:
        self.items.append(f"{where}: {what}")

    def assert_none(self, require_checks: bool = True) -> None:
        assert self.checked or not require_checks, "nothing was compared"
        assert not self.items, f"{len(self.items)} disagreement(s) with {self.oracle}:\n" + "\n".join(self.items[:40])


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 300 else text[:300] + "..."


# --- packages and the oracle's objects, read once per package ----------------------------------------------

@functools.cache
def _apks(pid: str) -> tuple[tuple[str, bytes], ...]:
    """(label, bytes) of every APK in a package: the file itself, or each APK of a split set."""
    path = _path(pid)
    if path.suffix == ".apk":
        return ((path.name, path.read_bytes()),)
    if path.suffix in (".apks", ".xapk"):
        with zipfile.ZipFile(path) as z:
            return tuple((f"{path.name}!/{n}", z.read(n)) for n in z.namelist() if n.endswith(".apk"))
    return ()


@functools.cache
def _ag_apk(pid: str, label: str) -> APK:
    return APK(dict(_apks(pid))[label], raw=True)


def _ag_twin(bundle: str) -> APK:
    """androguard's APK for the sample an .aab was built from (build.json `bundle_of`)."""
    twin = json.loads((ANDROID / bundle.removesuffix(".aab") / "build.json").read_text())["bundle_of"] + ".apk"
    return _ag_apk(twin, twin)


def _zip_entries(data: bytes) -> Iterator[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in z.namelist():
            yield name, z.read(name)


def _dex_files(pid: str) -> Iterator[tuple[str, bytes]]:
    """(label, bytes) of every classes*.dex in a package, APKs and bundle modules alike."""
    path = _path(pid)
    units = _apks(pid) or ((path.name, path.read_bytes()),)
    for label, data in units:
        for name, entry in _zip_entries(data):
            if _DEX_NAME.fullmatch(name):
                yield f"{label}:{name}", entry


# --- DEX -------------------------------------------------------------------------------------------------

def _compare_dex(where: str, data: bytes, d: Diffs) -> None:
    ours = DexFile(where, data)
    theirs = DEX(data)
    count = theirs.header.string_ids_size
    d.check(where, "string_ids size", ours.string_ids_size, count)
    for i in range(min(ours.string_ids_size, count)):
        # By design pinscan decodes a lone surrogate (invalid UTF-16, no sample has one) to U+FFFD so every
        # string it reports encodes as UTF-8; androguard keeps the lone surrogate in the str.
        expected = _LONE_SURROGATE.sub("\ufffd", theirs.CM.get_raw_string(i))
        if d.check(where, f"string {i}", ours.string(i), expected) and expected == theirs.CM.get_raw_string(i):
            # The pool is sorted by UTF-16 code units: every string must be found at its own index.
            d.check(where, f"find_string({_short(expected)})", ours.find_string(expected), i)
    classes = theirs.get_classes()
    d.check(where, "class_defs size", len(ours.class_defs), len(classes))
    for cdef, cls in zip(ours.class_defs, classes, strict=False):
        desc = ours.type_desc(cdef.type_idx)
        if not d.check(where, f"class_def {cdef.idx}", desc, cls.get_name()):
            continue
        at = f"{where}: {desc}"
        # java.lang.Object has no superclass: pinscan gives None; androguard a placeholder string.
        theirs_super = None if cls.superclass_idx == NO_INDEX else cls.get_superclassname()
        d.check(at, "superclass", None if cdef.super_idx == NO_INDEX else ours.type_desc(cdef.super_idx),
                theirs_super)
        d.check(at, "interfaces", list(ours.type_list(cdef.interfaces_off)), list(cls.get_interfaces() or []))
        d.check(at, "access flags", cdef.access, cls.get_access_flags())
        src = cls.get_source_file_idx()
        d.check(at, "source file", ours.source_file(cdef), None if src == NO_INDEX else theirs.CM.get_string(src))
        ours_methods = []
        for m in ours.class_methods(cdef):
            _, name, proto = ours.method_parts(m.method_idx)
            ours_methods.append((name, proto, m.access, m.code_off))
        # androguard writes a descriptor's parameter types separated by spaces ("(I J)V"); the dex format and
        # pinscan do not. Type names in these files never contain a space, which is checked.
        theirs_methods = []
        for m in cls.get_methods():
            params, _, ret = m.get_descriptor()[1:].rpartition(")")
            if any(" " in t for t in (ret, *params.split(" "))):
                d.fail(at, f"method {m.get_name()} has a type name with a space: descriptor comparison ambiguous")
            theirs_methods.append((m.get_name(), "(" + params.replace(" ", "") + ")" + ret, m.get_access_flags(),
                                   m.get_code_off()))
        d.check(at, "methods (name, descriptor, access, code_off)", ours_methods, theirs_methods)
        # pinscan reads static field names only (rules match constants by name); it does not decode the
        # encoded static values, so there is nothing of those to compare.
        data_item = cls.get_class_data()
        d.check(at, "static fields", ours.static_field_names(cdef),
                [f.get_name() for f in data_item.get_static_fields()] if data_item else [])


@pytest.mark.parametrize("pid", ALL)
def test_dex_tables_agree_with_androguard(pid: str) -> None:
    d = Diffs()
    found = 0
    for where, data in _dex_files(pid):
        found += 1
        _compare_dex(where, data, d)  # one dex at a time: androguard's DEX of the 16-dex APK is large
    if not pid.endswith(".aab"):
        # A config split (split-config.apk) has no code: both sides must see none.
        theirs = sum(len(list(_ag_apk(pid, label).get_dex_names())) for label, _ in _apks(pid))
        d.check(pid, "dex file count", found, theirs)
    d.assert_none()


def _mutf8(s: str) -> bytes:
    """Modified UTF-8 as dx/d8 write it: UTF-16 code units, NUL as C0 80, surrogates encoded one by one."""
    out = bytearray()
    raw = s.encode("utf-16-be", "surrogatepass")
    for (u,) in struct.iter_unpack(">H", raw):
        if 0 < u < 0x80:
            out.append(u)
        elif u < 0x800:
            out += bytes([0xC0 | u >> 6, 0x80 | u & 0x3F])
        else:
            out += bytes([0xE0 | u >> 12, 0x80 | u >> 6 & 0x3F, 0x80 | u & 0x3F])
    return bytes(out)


def _strings_only_dex(strings: list[str]) -> bytes:
    """A dex holding only a string table (sorted by UTF-16 code units, as the format requires) and a map."""
    strings = sorted(strings, key=lambda s: s.encode("utf-16-be", "surrogatepass"))
    ids_off = 0x70
    data_off = ids_off + 4 * len(strings)
    data, offsets = bytearray(), []
    for s in strings:
        offsets.append(data_off + len(data))
        data += bytes([len(s.encode("utf-16-be", "surrogatepass")) // 2]) + _mutf8(s) + b"\0"
    data += bytes(-len(data) % 4)
    map_off = data_off + len(data)
    items = [(0x0000, 1, 0), (0x0001, len(strings), ids_off), (0x2002, len(strings), data_off), (0x1000, 1, map_off)]
    map_list = struct.pack("<I", len(items)) + b"".join(struct.pack("<HHII", t, 0, c, o) for t, c, o in items)
    size = map_off + len(map_list)
    header = struct.pack("<8sI20s6I14I", b"dex\n035\0", 0, bytes(20), size, 0x70, 0x12345678, 0, 0, map_off,
                         len(strings), ids_off, *[0] * 10, len(data) + len(map_list), data_off)
    blob = bytearray(header + struct.pack(f"<{len(strings)}I", *offsets) + data + map_list)
    struct.pack_into("<I", blob, 8, zlib.adler32(bytes(blob[12:])))  # androguard checks the checksum
    return bytes(blob)


def test_mutf8_edge_cases_agree_with_androguard() -> None:
    # The real APKs hold NUL (C0 80) and supplementary characters already; this adds them in known places,
    # plus U+FFFE, which sorts after surrogate pairs in the table, and a lone surrogate.
    strings = ["", "\x00", "nul\x00inside", "plain", "é", "emoji \U0001f600", "\U0001f600", "\U0010ffff", "\ufffe",
               "\uffff", "lone \ud800 high"]
    d = Diffs()
    _compare_dex("synthetic.dex", _strings_only_dex(strings), d)
    d.assert_none()


# --- binary XML ------------------------------------------------------------------------------------------

def _ag_tree(data: bytes) -> dict | None:
    """The element tree androguard's AXMLParser reads (the event parser under AXMLPrinter, which keeps each
    attribute's typed value and each element's line; the printer's lxml tree drops both)."""
    p = ag_axml.AXMLParser(data)
    root = None
    stack: list[dict] = []
    while p.is_valid():
        event = next(p)
        if event == ag_axml.START_TAG:
            attrs = []
            for i in range(p.getAttributeCount()):
                name = p.getAttributeName(i)
                name_idx = p.m_attributes[i * ag_axml.ATTRIBUTE_LENGTH + ag_axml.ATTRIBUTE_IX_NAME]
                res_id = p.m_resourceIDs[name_idx] if name_idx < len(p.m_resourceIDs) else None
                # androguard renames system attributes from its public.xml map with "_" turned into ":"
                # (android:layout_width comes out as "layout:width"); undo that, keep the map's name.
                if res_id in _SYSTEM_ATTRS and name == _SYSTEM_ATTRS[res_id].replace("_", ":"):
                    name = _SYSTEM_ATTRS[res_id]
                attrs.append((p.getAttributeNamespace(i) or None, name, p.getAttributeValueType(i),
                              p.getAttributeValueData(i), p.getAttributeValue(i)))
            el = {"tag": p.name, "line": p.m_lineNumber, "attrs": attrs, "children": [], "text": ""}
            if stack:
                stack[-1]["children"].append(el)
            elif root is None:
                root = el
            stack.append(el)
        elif event == ag_axml.END_TAG and stack:
            stack.pop()
        elif event == ag_axml.TEXT and stack:
            stack[-1]["text"] += p.text  # pinscan joins an element's text chunks too
        elif event == ag_axml.END_DOCUMENT:
            break
    return root


def _compare_axml(where: str, ours: Element, theirs: dict, d: Diffs, at: str = "") -> None:
    at = f"{at}/{ours.tag}"
    if not d.check(where, f"{at}: tag", ours.tag, theirs["tag"]):
        return
    d.check(where, f"{at}: line", ours.line, theirs["line"] or None)  # pinscan: 0 (no line) -> None
    d.check(where, f"{at}: text", ours.text, theirs["text"])
    d.check(where, f"{at}: attribute count", len(ours.attrs), len(theirs["attrs"]))
    for a, (ns, name, dtype, data, string) in zip(ours.attrs, theirs["attrs"], strict=False):
        if not d.check(where, f"{at}/@{a.name}: name", (a.namespace, a.name), (ns, name)):
            continue
        d.check(where, f"{at}/@{name}: typed value", (a.dtype, a.data), (dtype, data))
        if dtype == TYPE_STRING:
            d.check(where, f"{at}/@{name}: string", a.raw, string)
    d.check(where, f"{at}: child count", len(ours.children), len(theirs["children"]))
    for mine, other in zip(ours.children, theirs["children"], strict=False):
        _compare_axml(where, mine, other, d, at)


def _printed_value(a) -> str | None:
    """An attribute value as pinscan's rules read it, in AXMLPrinter's notation."""
    if a.dtype == TYPE_INT_HEX and a.raw is None:
        return f"0x{a.data:08x}"  # pinscan reads hex ints as numbers; the printer writes them in hex
    return a.as_str()


def _compare_printed(where: str, ours: Element, theirs, d: Diffs, at: str = "") -> None:
    """pinscan's tree against AXMLPrinter's lxml tree: tags, attribute values as printed, text."""
    at = f"{at}/{ours.tag}"
    if not d.check(where, f"{at}: tag (AXMLPrinter)", ours.tag, theirs.tag):
        return
    mine = {(f"{{{a.namespace}}}{a.name}" if a.namespace else a.name): _printed_value(a) for a in ours.attrs}
    d.check(where, f"{at}: attributes (AXMLPrinter)", mine, dict(theirs.attrib))
    # The printer keeps only an element's last text chunk; NSC elements hold one, or whitespace.
    d.check(where, f"{at}: text (AXMLPrinter)", ours.text.strip(), (theirs.text or "").strip())
    kids = [c for c in theirs if isinstance(c.tag, str)]  # the printer adds comments as nodes
    d.check(where, f"{at}: child count (AXMLPrinter)", len(ours.children), len(kids))
    for mine_child, other in zip(ours.children, kids, strict=False):
        _compare_printed(where, mine_child, other, d, at)


@pytest.mark.parametrize("pid", APK_LIKE)
def test_binary_xml_agrees_with_androguard(pid: str) -> None:
    """Every binary XML file of every APK: the manifest, res/xml, layouts, drawables..."""
    d = Diffs()
    files = 0
    for label, apk in _apks(pid):
        for name, data in _zip_entries(apk):
            if len(data) < 8 or struct.unpack_from("<H", data)[0] != 0x0003:
                continue
            files += 1
            _compare_axml(f"{label}:{name}", parse_xml(data, name), _ag_tree(data), d)
    d.assert_none()
    assert files, f"{pid}: no binary XML found"


# --- manifest facts, the NSC and its trust anchors -------------------------------------------------------

def _ag_facts(a: APK) -> dict[str, Any]:
    """The manifest facts pinscan keeps, from androguard, in pinscan's conventions."""

    def sdk(value: str | None, default: int) -> int:
        # Absent: Android's defaults (min 1, target = min). A preview code name ("Q") means newer than any
        # release; pinscan writes that as 10000.
        if value is None:
            return default
        return int(value) if value.strip().lstrip("-").isdigit() else 10_000

    def boolean(name: str) -> bool | None:
        return {"true": True, "false": False}.get(a.get_attribute_value("application", name) or "")

    min_sdk = sdk(a.get_min_sdk_version(), 1)
    nsc = a.get_attribute_value("application", "networkSecurityConfig")
    return {
        "package": a.get_package(),
        "minSdkVersion": min_sdk,
        "targetSdkVersion": sdk(a.get_target_sdk_version(), min_sdk),
        "debuggable": bool(boolean("debuggable")),  # absent means false
        "usesCleartextTraffic": boolean("usesCleartextTraffic"),  # absent stays None: the platform default
        # androguard prints a reference as "@7F030000"; pinscan keeps the id.
        "networkSecurityConfig": int(nsc[1:], 16) if nsc and re.fullmatch(r"@[0-9A-Fa-f]{8}", nsc) else nsc,
        "versionCode": a.get_androidversion_code(),
        "versionName": a.get_androidversion_name(),
    }


def _our_facts(app) -> dict[str, Any]:
    m = app.manifest
    ref = m.nsc_ref
    return {
        "package": m.package,
        "minSdkVersion": m.min_sdk,
        "targetSdkVersion": m.target_sdk,
        "debuggable": m.debuggable,
        "usesCleartextTraffic": m.uses_cleartext_traffic,
        "networkSecurityConfig": None if ref is None else (ref.reference() or ref.as_str()),
        "versionCode": m.version_code,
        "versionName": m.version_name,
    }


def _ag_default_file(a: APK, res_id: int) -> str | None:
    """The default-configuration file a resource id resolves to, per androguard's ARSCParser."""
    values = [(cfg.is_default(), v) for cfg, v in a.get_android_resources().get_resolved_res_configs(res_id)
              if isinstance(v, str)]
    return next((v for default, v in values if default), values[0][1] if values else None)


def _ag_resource_keys(a: APK) -> dict[str, dict[str, dict[str, int]]]:
    """package -> type -> entry name -> resource id, every resource androguard's ARSCParser reads."""
    arsc = a.get_android_resources()
    arsc._analyse()  # fills resource_keys; androguard's getters call it lazily, one name at a time
    return arsc.resource_keys


def _ag_ref_name(a: APK, res_id: int) -> str | None:
    for types in _ag_resource_keys(a).values():
        for type_name, names in types.items():
            for name, rid in names.items():
                if rid == res_id:
                    return f"@{type_name}/{name}"
    return None


def _ag_anchors(a: APK, nsc_path: str) -> set[tuple[str, str | None]]:
    """(`@raw/name`, file) of every referenced trust-anchor certificate in the NSC, per androguard."""
    out = set()
    for el in ag_axml.AXMLPrinter(a.get_file(nsc_path)).get_xml_obj().iter("certificates"):
        src = el.get("src", "")
        if re.fullmatch(r"@[0-9A-Fa-f]{8}", src):
            rid = int(src[1:], 16)
            out.add((_ag_ref_name(a, rid), _ag_default_file(a, rid)))
    return out


def _our_anchors(nsc) -> set[tuple[str, str | None]]:
    configs = [nsc.base, *nsc.domain_configs, *([nsc.debug] if nsc.debug else [])]
    return {(a.src, a.path) for c in configs for a in (c.anchors or []) if a.src.startswith("@")}


def _compare_app(where: str, app, a: APK, d: Diffs, prefix: str = "") -> None:
    """Manifest facts, the NSC file and its anchors. `prefix` is the bundle module folder ("base/"), which an
    App Bundle puts before every resource path while its APK twin does not."""
    ours, theirs = _our_facts(app), _ag_facts(a)
    for key in theirs:
        d.check(where, f"manifest {key}", ours[key], theirs[key])
    rid = theirs["networkSecurityConfig"]
    if not isinstance(rid, int):
        d.check(where, "network security config", app.nsc is not None, False)
        return
    path = _ag_default_file(a, rid)
    if path is None or path not in a.get_files():
        # The reference or its file is missing: pinscan must say it cannot load the NSC.
        d.check(where, f"NSC {path} missing: loaded", app.nsc is not None, False)
        return
    if app.nsc is None:
        # The file is there but does not parse (nsc-malformed: a text file, not XML).
        problem = app.nsc_problem[0] if app.nsc_problem else ""
        d.check(where, "NSC not loaded for an unreadable file", prefix + path in problem, True)
        return
    d.check(where, "NSC path", app.nsc.path, prefix + path)
    d.check(where, "NSC resource name", app.nsc.resource, _ag_ref_name(a, rid))
    d.check(where, "trust-anchor files", _our_anchors(app.nsc),
            {(n, None if p is None else prefix + p) for n, p in _ag_anchors(a, path)})


def _open(pid: str):
    app = open_app(_path(pid))
    app.nsc  # noqa: B018 - resolve and parse the NSC before the zip closes
    return app


@pytest.mark.parametrize("pid", APK_LIKE)
def test_manifest_nsc_and_anchors_agree_with_androguard(pid: str) -> None:
    app = _open(pid)
    try:
        # A split set's facts come from its base APK (the one pinscan picked: checked by test_store_formats).
        label = f"{_path(pid).name}!/{app.files.base_name}" if hasattr(app.files, "base_name") else _apks(pid)[0][0]
        d = Diffs()
        _compare_app(label, app, _ag_apk(pid, label), d)
        d.assert_none()
    finally:
        app.close()


@pytest.mark.parametrize("pid", BUNDLES)
def test_bundle_facts_agree_with_androguard_on_the_apk_twin(pid: str) -> None:
    app = _open(pid)
    try:
        d = Diffs()
        _compare_app(f"{pid} (androguard reads its APK twin)", app, _ag_twin(pid), d, prefix="base/")
        d.assert_none()
    finally:
        app.close()


@pytest.mark.parametrize("pid", NSC_SAMPLES)
def test_nsc_tree_agrees_with_axmlprinter(pid: str) -> None:
    """Every element, attribute and text of each NSC file the manifests reference, against the tree
    androguard's AXMLPrinter builds (the other test covers the same files through AXMLParser)."""
    d = Diffs()
    for label, _ in _apks(pid):
        a = _ag_apk(pid, label)
        ref = _ag_facts(a)["networkSecurityConfig"]
        path = _ag_default_file(a, ref) if isinstance(ref, int) else None
        if path is None or path not in a.get_files():
            continue
        data = a.get_file(path)
        if struct.unpack_from("<H", data)[0] != 0x0003:
            continue  # nsc-malformed: not XML at all (its rejection is checked above)
        _compare_printed(f"{label}:{path}", parse_xml(data, path), ag_axml.AXMLPrinter(data).get_xml_obj(), d)
    d.assert_none()


# --- resources.arsc ---------------------------------------------------------------------------------------

_RESOLVED_TYPES = ("xml", "raw", "string")  # what rules resolve: NSC files, anchor certificates, texts


@functools.cache
def _ag_values_per_chunk(a: APK) -> dict[int, list[tuple[Any, Any]]]:
    """res id -> [(configuration, entry)] for every type chunk androguard's ARSCParser read, in file order.

    androguard's own index (`resource_values`, behind get_resolved_res_configs) is a dict keyed by a
    configuration tuple that leaves out the locale script, so "sr" and "sr-Latn" collapse into one value
    (io.appium.settings, ApiDemos); Android and pinscan keep both. So the parsed chunks are walked here the
    way ARSCParser._analyse walks them, without that dict."""
    arsc = a.get_android_resources()
    out: dict[int, list[tuple[Any, Any]]] = {}
    for items in arsc.packages.values():
        nb = 3
        while nb < len(items):
            header = items[nb]
            if isinstance(header, ag_axml.ARSCHeader) and header.type == ag_axml.RES_TABLE_TYPE_TYPE:
                res_type, entries = items[nb + 1], items[nb + 2]
                present = sum(1 for entry, _ in entries if entry != -1)
                for ate in items[nb + 3: nb + 3 + present]:
                    out.setdefault(ate.mResId, []).append((res_type.config, ate))
                nb += 2 + present
            nb += 1
    return out


def _ag_resolve_all(a: APK, rid: int) -> list[tuple[Any, Any]]:
    """(configuration, value) of every configuration of a resource, resolved by androguard's ResourceResolver."""
    resolver = ag_axml.ARSCParser.ResourceResolver(a.get_android_resources())
    result: list[tuple[Any, Any]] = []
    for config, ate in _ag_values_per_chunk(a).get(rid, []):
        resolver.put_ate_value(result, ate, config)
    return result


@pytest.mark.parametrize("pid", APK_LIKE)
def test_resource_table_agrees_with_androguard(pid: str) -> None:
    d = Diffs()
    for label, _ in _apks(pid):
        a = _ag_apk(pid, label)
        if "resources.arsc" not in a.get_files():
            continue
        ours = ResourceTable(a.get_file("resources.arsc"), f"{label}:resources.arsc")
        for types in _ag_resource_keys(a).values():
            for type_name, names in types.items():
                for name, rid in names.items():
                    where = f"{label}:resources.arsc @{type_name}/{name}"
                    d.check(where, "find()", ours.find(type_name, name, rid >> 24), rid)
                    if type_name not in _RESOLVED_TYPES:
                        continue
                    # pinscan keeps a value's text only for strings (file paths included); other types keep
                    # (dtype, data), which rules never print. Bags (arrays, plurals) are not resolved.
                    mine = sorted((v.default_config, v.string) for v in ours.resolve(rid))
                    other = sorted((cfg.is_default(), v) for cfg, v in _ag_resolve_all(a, rid) if isinstance(v, str))
                    d.check(where, f"resolve({rid:#010x}) (default config, value)", mine, other)
    # A sample without resources has an empty table on both sides: nothing to compare there.
    d.assert_none(require_checks=False)


# --- App Bundles: aapt2 protobuf against the protobuf package ---------------------------------------------

def _pb_tree(node) -> dict:
    """An XmlNode in pinscan's Element terms, from the protobuf package's decoding. The typed value follows
    aapt2's Res_value meaning: a compiled reference drops the source text, as in binary XML."""
    el = node.element
    attrs = [(a.namespace_uri or None, a.name, *aapt2_pb.attribute_value(a)) for a in el.attribute]
    return {
        "tag": el.name,
        "line": node.source.line_number or None,
        "attrs": attrs,
        "text": "".join(c.text for c in el.child if c.WhichOneof("node") == "text"),
        "children": [_pb_tree(c) for c in el.child if c.WhichOneof("node") == "element"],
    }


def _compare_proto_xml(where: str, ours: Element, theirs: dict, d: Diffs, at: str = "") -> None:
    at = f"{at}/{ours.tag}"
    if not d.check(where, f"{at}: tag", ours.tag, theirs["tag"]):
        return
    d.check(where, f"{at}: line", ours.line, theirs["line"])
    d.check(where, f"{at}: text", ours.text, theirs["text"])
    d.check(where, f"{at}: attributes (namespace, name, raw, dtype, data)",
            [(a.namespace, a.name, a.raw, a.dtype, a.data) for a in ours.attrs], theirs["attrs"])
    d.check(where, f"{at}: child count", len(ours.children), len(theirs["children"]))
    for mine, other in zip(ours.children, theirs["children"], strict=False):
        _compare_proto_xml(where, mine, other, d, at)


def _pb_default(config) -> bool:
    # No qualifier set; product is build-time only (it never reaches a device's resource table).
    return not [f for f, _ in config.ListFields() if f.name != "product"]


_PbValue = tuple[bool, int, int | None, str | None]


def _pb_resources(data: bytes, prefix: str) -> dict[int, tuple[str, str, list[_PbValue]]]:
    """res id -> (type, entry, [(default config, dtype, ref id, string)]) from the protobuf package."""
    table = aapt2_pb.ResourceTable.FromString(data)
    out = {}
    for pkg in table.package:
        for typ in pkg.type:
            for entry in typ.entry:
                rid = pkg.package_id.id << 24 | typ.type_id.id << 16 | entry.entry_id.id
                values = []
                for cv in entry.config_value:
                    item = cv.value.item
                    kind = item.WhichOneof("value") if cv.value.HasField("item") else None
                    default = _pb_default(cv.config)
                    if kind == "file":
                        values.append((default, TYPE_STRING, None, prefix + item.file.path))
                    elif kind == "ref":
                        values.append((default, TYPE_REFERENCE, item.ref.id, None))
                    elif kind in ("str", "raw_str", "styled_str"):
                        values.append((default, TYPE_STRING, None, getattr(item, kind).value))
                out[rid] = (typ.name, entry.name, values)
    return out


def _pb_resolve(table: dict, rid: int, depth: int = 0) -> list[tuple[str, str, bool, str | None]]:
    """Values of a resource id with references followed, as Android (and androguard for .arsc) does."""
    if rid not in table:
        return []
    type_name, name, values = table[rid]
    out = []
    for default, dtype, ref, string in values:
        if dtype == TYPE_REFERENCE and depth < 8 and ref != rid:
            out.extend(_pb_resolve(table, ref, depth + 1))
        else:
            out.append((type_name, name, default, string))
    return out


def _compare_proto_table(where: str, data: bytes, prefix: str, d: Diffs) -> int:
    ours = ProtoResourceTable(data, where, prefix)
    theirs = _pb_resources(data, prefix)
    for rid, (type_name, name, _) in sorted(theirs.items()):
        at = f"{where} @{type_name}/{name}"
        d.check(at, "find()", ours.find(type_name, name, rid >> 24), rid)
        d.check(at, f"resolve({rid:#010x}) (type, entry, default config, string)",
                sorted((v.type_name, v.entry_name, v.default_config, v.string) for v in ours.resolve(rid)),
                sorted(_pb_resolve(theirs, rid)))
    return len(theirs)


@pytest.mark.parametrize("pid", BUNDLES)
def test_bundle_protobuf_agrees_with_protobuf_package(pid: str) -> None:
    d = Diffs("protobuf")
    xml = 0
    with zipfile.ZipFile(_path(pid)) as z:
        for name in z.namelist():
            module = name.split("/", 1)[0] + "/"
            if name == f"{module}resources.pb":
                assert _compare_proto_table(name, z.read(name), module, d), f"{name}: no resources"
            elif name.endswith(".xml") and (name.startswith(f"{module}res/") or name.endswith("/AndroidManifest.xml")):
                xml += 1
                data = z.read(name)
                _compare_proto_xml(name, parse_proto_xml(data, name), _pb_tree(aapt2_pb.XmlNode.FromString(data)), d)
    d.assert_none()
    assert xml >= 2, f"{pid}: expected a manifest and an NSC"


def test_bundle_typed_values_and_qualified_configs_agree_with_protobuf_package() -> None:
    """What the samples do not hold, written with the protobuf package and read back by pinscan: hex, decimal,
    boolean and reference attributes, and an entry whose first value has a qualifier (xml-v24)."""
    m = aapt2_pb.MESSAGES
    node = aapt2_pb.XmlNode(source=m["SourcePosition"](line_number=2), element=m["XmlElement"](
        name="network-security-config", attribute=[
            m["XmlAttribute"](name="hex", value="0x10", compiled_item=m["Item"](
                prim=m["Primitive"](int_hexadecimal_value=16))),
            m["XmlAttribute"](name="dec", value="-3", compiled_item=m["Item"](
                prim=m["Primitive"](int_decimal_value=-3))),
            m["XmlAttribute"](namespace_uri=ANDROID_NS, name="flag", value="true", compiled_item=m["Item"](
                prim=m["Primitive"](boolean_value=True))),
            m["XmlAttribute"](name="src", value="@raw/ca", compiled_item=m["Item"](
                ref=m["Reference"](id=0x7F010000))),
            m["XmlAttribute"](name="plain", value="text")],
        child=[aapt2_pb.XmlNode(text="a"), aapt2_pb.XmlNode(element=m["XmlElement"](name="domain")),
               aapt2_pb.XmlNode(text="b")]))
    data = node.SerializeToString()
    d = Diffs("protobuf")
    _compare_proto_xml("synthetic.xml", parse_proto_xml(data, "synthetic.xml"), _pb_tree(node), d)

    def value(path: str, **config: Any):
        return m["ConfigValue"](config=m["Configuration"](**config),
                                value=m["Value"](item=m["Item"](file=m["FileReference"](path=path))))

    table = aapt2_pb.ResourceTable(package=[m["Package"](
        package_id=m["PackageId"](id=0x7F), package_name="com.example", type=[m["Type"](
            type_id=m["TypeId"](id=2), name="xml", entry=[m["Entry"](
                entry_id=m["EntryId"](id=0), name="network_security_config", config_value=[
                    value("res/xml-v24/network_security_config.xml", sdk_version=24),
                    value("res/xml-de/network_security_config.xml", locale="de"),
                    value("res/xml/network_security_config.xml", product="")]),
                m["Entry"](entry_id=m["EntryId"](id=1), name="alias", config_value=[m["ConfigValue"](
                    config=m["Configuration"](), value=m["Value"](item=m["Item"](ref=m["Reference"](
                        id=0x7F020000))))])])])])
    assert _compare_proto_table("synthetic resources.pb", table.SerializeToString(), "base/", d) == 2
    d.assert_none()


# The samples' bundles are small; aapt2 converts real APKs to the same protobuf formats (ApiDemos: 542 XML
# files, 3143 resources, about 90 locale and screen configurations).
CONVERTED = ["nsc-strict.apk", "nsc-debug.apk", "npm:android-apidemos", "npm:io.appium.settings"]


@pytest.mark.parametrize("pid", CONVERTED)
def test_aapt2_converted_apk_agrees_with_protobuf_package_and_binary_reader(pid: str, tmp_path: Path) -> None:
    aapt2 = shutil.which("aapt2")
    if aapt2 is None:
        pytest.skip("aapt2 not installed (Debian package aapt; .ci/run installs it)")
    src = _path(pid)
    out = tmp_path / "proto.apk"
    subprocess.run([aapt2, "convert", "-o", str(out), "--output-format", "proto", str(src)], check=True,
                   capture_output=True, timeout=120)
    d = Diffs("protobuf")
    with zipfile.ZipFile(out) as z:
        table = z.read("resources.pb")
        _compare_proto_table(f"{src.name} (proto):resources.pb", table, "", d)
        for name in z.namelist():
            if name == "AndroidManifest.xml" or name.startswith("res/") and name.endswith(".xml"):
                data = z.read(name)
                _compare_proto_xml(f"{src.name} (proto):{name}", parse_proto_xml(data, name),
                                   _pb_tree(aapt2_pb.XmlNode.FromString(data)), d)
    # Both of pinscan's table readers on the same app: the binary table (checked against androguard above)
    # and its protobuf conversion must resolve the types rules read alike. (The protobuf reader keeps no
    # plain values such as colors or bools, which no rule reads, so other types are left out.)
    proto = ProtoResourceTable(table, "resources.pb", "")
    with zipfile.ZipFile(src) as z:
        binary = ResourceTable(z.read("resources.arsc"))
    for rid, (type_name, name, _) in sorted(_pb_resources(table, "").items()):
        if type_name in _RESOLVED_TYPES:
            d.check(f"{src.name} @{type_name}/{name}", "resolve(): resources.pb vs resources.arsc (both pinscan)",
                    sorted((v.type_name, v.entry_name, v.default_config, v.string) for v in proto.resolve(rid)),
                    sorted((v.type_name, v.entry_name, v.default_config, v.string) for v in binary.resolve(rid)))
    d.assert_none()
