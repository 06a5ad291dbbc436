"""Android binary XML (AXML, as written by aapt/aapt2) and plain-text XML into one small element tree.

pinscan reads AXML itself instead of through androguard's AXMLPrinter because findings need the source
line numbers aapt keeps in every element node (androguard drops them when it builds its lxml tree),
and because every offset here is bounds-checked so a malformed file becomes one clear `PartError`.
Plain-text XML goes through lxml with entities, DTDs and network access switched off.

Measured 2026-12-03 (bench/bench_readers.py, medians of 20 runs, Python 3.11, androguard 4.1.4, on a shared
2-core machine): appium-uiautomator2-server 10.6.6's manifest (its only binary XML) 0.41 ms here against
2.78 ms for androguard `AXMLPrinter(...).get_xml_obj()` and 1.17 ms for its bare `AXMLParser` event loop;
all 542 binary XML files of ApiDemos 5.0.0 49 ms against 431 ms and 146 ms. Importing androguard's axml
module costs 150 ms once. A scan parses the manifest and the NSC files, so the time saved is milliseconds
per package: the reason this reader exists is the line numbers (androguard's AXMLParser keeps them in its
`m_lineNumber` attribute; AXMLPrinter drops them) and the error handling above, not speed.
tests/test_differential.py checks every element, attribute, typed value, text and line against
androguard's AXMLParser on every sample and npm APK.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

from pinscan.errors import PartError

ANDROID_NS = "http://schemas.android.com/apk/res/android"

_RES_STRING_POOL = 0x0001
_RES_XML = 0x0003
_XML_START_NS = 0x0100
_XML_END_NS = 0x0101
_XML_START_ELEMENT = 0x0102
_XML_END_ELEMENT = 0x0103
_XML_CDATA = 0x0104
_XML_RESOURCE_MAP = 0x0180
_UTF8_FLAG = 0x100

# Res_value data types
TYPE_NULL = 0x00
TYPE_REFERENCE = 0x01
TYPE_STRING = 0x03
TYPE_INT_DEC = 0x10
TYPE_INT_HEX = 0x11
TYPE_INT_BOOLEAN = 0x12

# android: attributes by resource id, so an obfuscated manifest (names stripped from the string
# pool) still reads right.
ANDROID_ATTR_IDS = {
    0x01010001: "label",
    0x01010003: "name",
    0x0101000F: "debuggable",
    0x0101020C: "minSdkVersion",
    0x01010270: "targetSdkVersion",
    0x0101021B: "versionCode",
    0x0101021C: "versionName",
    0x010104EC: "usesCleartextTraffic",
    0x01010527: "networkSecurityConfig",
    0x01010572: "compileSdkVersion",
}

_MAX_ELEMENTS = 200_000
_MAX_DEPTH = 256


@dataclass(frozen=True)
class Attr:
    name: str
    namespace: str | None
    raw: str | None  # the string as written, when aapt kept it
    dtype: int
    data: int
    text_xml: bool = False  # from plain-text XML: only `raw` is meaningful

    def as_str(self) -> str | None:
        if self.raw is not None:
            return self.raw
        if self.dtype == TYPE_REFERENCE:
            return f"@{self.data:08X}"
        if self.dtype == TYPE_INT_BOOLEAN:
            return "true" if self.data else "false"
        if self.dtype in (TYPE_INT_DEC, TYPE_INT_HEX):
            return str(_s32(self.data))
        return None

    def as_bool(self) -> bool | None:
        if not self.text_xml and self.dtype == TYPE_INT_BOOLEAN:
            return self.data != 0
        text = (self.raw or "").strip().lower()
        if text in ("true", "false"):
            return text == "true"
        return None

    def as_int(self) -> int | None:
        if not self.text_xml and self.dtype in (TYPE_INT_DEC, TYPE_INT_HEX):
            return _s32(self.data)
        try:
            return int((self.raw or "").strip(), 0)
        except ValueError:
            return None

    def reference(self) -> int | None:
        """The resource id this attribute points at (`@7F0F0001`), if it is a reference."""
        if not self.text_xml and self.dtype == TYPE_REFERENCE:
            return self.data
        text = (self.raw or "").strip()
        if text.startswith("@") and len(text) == 9:
            try:
                return int(text[1:], 16)
            except ValueError:
                return None
        return None


@dataclass
class Element:
    tag: str
    line: int | None
    attrs: list[Attr] = field(default_factory=list)
    children: list[Element] = field(default_factory=list)
    text: str = ""

    def attr(self, name: str, namespace: str | None = None) -> Attr | None:
        for a in self.attrs:
            if a.name == name and (namespace is None or a.namespace == namespace):
                return a
        return None

    def android(self, name: str) -> Attr | None:
        return self.attr(name, ANDROID_NS)

    def iter(self, tag: str | None = None) -> Iterator[Element]:
        stack = [self]
        while stack:
            el = stack.pop()
            if tag is None or el.tag == tag:
                yield el
            stack.extend(reversed(el.children))


def parse_xml(data: bytes, name: str) -> Element:
    """Parse binary or text XML into an Element tree; raise PartError with `name` on any defect."""
    if len(data) >= 8 and struct.unpack_from("<H", data, 0)[0] == _RES_XML:
        return _parse_axml(data, name)
    stripped = data.lstrip()
    if stripped.startswith(b"<") or stripped.startswith(b"\xef\xbb\xbf<"):
        return _parse_text_xml(data, name)
    raise PartError(f"{name}: neither binary nor text XML")


def _s32(v: int) -> int:
    return v - (1 << 32) if v & 0x80000000 else v


class _Reader:
    def __init__(self, data: bytes, name: str) -> None:
        self.data = data
        self.name = name

    def fail(self, what: str) -> PartError:
        return PartError(f"{self.name}: malformed binary XML: {what}")

    def unpack(self, fmt: str, off: int) -> tuple:
        try:
            return struct.unpack_from(fmt, self.data, off)
        except struct.error:
            raise self.fail(f"read past the end at offset {off}") from None


def _string_pool(r: _Reader, off: int, size: int) -> list[str]:
    _, header_size, _ = r.unpack("<HHI", off)
    count, style_count, flags, strings_start, _styles_start = r.unpack("<IIIII", off + 8)
    end = off + size
    if count > (size // 4) or style_count > (size // 4):
        raise r.fail("string pool counts exceed its size")
    offsets = r.unpack(f"<{count}I", off + header_size) if count else ()
    base = off + strings_start
    utf8 = bool(flags & _UTF8_FLAG)
    out: list[str] = []
    data = r.data
    for rel in offsets:
        p = base + rel
        if p >= end:
            raise r.fail("string offset outside the pool")
        if utf8:
            # UTF-16 length (skipped), then UTF-8 byte length; each 1 or 2 bytes.
            p += 2 if data[p] & 0x80 else 1
            if p + 2 > end:
                raise r.fail("string outside the pool")
            n = data[p]
            if n & 0x80:
                n = ((n & 0x7F) << 8) | data[p + 1]
                p += 2
            else:
                p += 1
            if p + n > end:
                raise r.fail("string runs past the pool")
            out.append(data[p : p + n].decode("utf-8", "replace"))
        else:
            (n,) = r.unpack("<H", p)
            p += 2
            if n & 0x8000:
                (lo,) = r.unpack("<H", p)
                n = ((n & 0x7FFF) << 16) | lo
                p += 2
            if p + 2 * n > end:
                raise r.fail("string runs past the pool")
            out.append(data[p : p + 2 * n].decode("utf-16-le", "replace"))
    return out


def _parse_axml(data: bytes, name: str) -> Element:
    r = _Reader(data, name)
    _, header_size, total = r.unpack("<HHI", 0)
    if total > len(data) or total < header_size or header_size < 8:
        raise r.fail(f"header declares {total} bytes, file has {len(data)}")
    strings: list[str] = []
    res_ids: tuple[int, ...] = ()
    ns_uris: dict[str, str] = {}
    root: Element | None = None
    stack: list[Element] = []
    count = 0

    def s(idx: int) -> str | None:
        if idx == 0xFFFFFFFF:
            return None
        if idx >= len(strings):
            raise r.fail(f"string index {idx} out of range")
        return strings[idx]

    off = header_size
    while off + 8 <= total:
        ctype, chsize, csize = r.unpack("<HHI", off)
        if csize < 8 or off + csize > total or chsize > csize:
            raise r.fail(f"chunk at offset {off} has bad size {csize}")
        if ctype == _RES_STRING_POOL:
            strings = _string_pool(r, off, csize)
        elif ctype == _XML_RESOURCE_MAP:
            res_ids = r.unpack(f"<{(csize - chsize) // 4}I", off + chsize)
        elif ctype in (_XML_START_NS, _XML_END_NS):
            line, _comment, prefix, uri = r.unpack("<IIII", off + 8)
            if ctype == _XML_START_NS and uri != 0xFFFFFFFF:
                ns_uris[s(uri) or ""] = s(prefix) or ""
        elif ctype == _XML_START_ELEMENT:
            count += 1
            if count > _MAX_ELEMENTS or len(stack) >= _MAX_DEPTH:
                raise r.fail("too many or too deeply nested elements")
            (line,) = r.unpack("<I", off + 8)
            ext = off + chsize
            _ns, tag_idx, attr_start, attr_size, attr_count = r.unpack("<IIHHH", ext)
            if attr_size < 20:
                raise r.fail("attribute record too small")
            el = Element(tag=s(tag_idx) or "", line=line or None)
            for i in range(attr_count):
                a_off = ext + attr_start + i * attr_size
                if a_off + 20 > off + csize:
                    raise r.fail("attribute outside its element")
                a_ns, a_name, a_raw, _vsize, _res0, dtype, vdata = r.unpack("<IIIHBBI", a_off)
                ns_uri = s(a_ns)
                attr_name = None
                if a_name < len(res_ids) and res_ids[a_name] in ANDROID_ATTR_IDS and ns_uri == ANDROID_NS:
                    attr_name = ANDROID_ATTR_IDS[res_ids[a_name]]
                if attr_name is None:
                    attr_name = s(a_name) or ""
                raw = s(a_raw)
                if raw is None and dtype == TYPE_STRING:
                    raw = s(vdata)
                el.attrs.append(Attr(attr_name, ns_uri, raw, dtype, vdata))
            if stack:
                stack[-1].children.append(el)
            elif root is None:
                root = el
            else:
                raise r.fail("more than one root element")
            stack.append(el)
        elif ctype == _XML_END_ELEMENT:
            if not stack:
                raise r.fail("end tag without start tag")
            stack.pop()
        elif ctype == _XML_CDATA:
            (text_idx,) = r.unpack("<I", off + chsize)
            if stack:
                stack[-1].text += s(text_idx) or ""
        # Other chunk types are skipped, as Android does.
        off += csize
    if root is None:
        raise r.fail("no root element")
    if stack:
        raise r.fail("unclosed elements (truncated file?)")
    return root


_TEXT_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False, huge_tree=False
)


def _parse_text_xml(data: bytes, name: str) -> Element:
    try:
        tree = etree.fromstring(data, parser=_TEXT_PARSER)
    except etree.XMLSyntaxError as exc:
        raise PartError(f"{name}: malformed XML: {exc}") from None
    if tree.getroottree().docinfo.internalDTD is not None or tree.getroottree().docinfo.doctype:
        raise PartError(f"{name}: XML with a DOCTYPE is refused (entities are never expanded)")

    def convert(node) -> Element:
        qn = etree.QName(node)
        el = Element(tag=qn.localname, line=node.sourceline)
        for key, value in node.attrib.items():
            aq = etree.QName(key)
            el.attrs.append(Attr(aq.localname, aq.namespace, value, TYPE_STRING, 0, text_xml=True))
        el.text = node.text or ""
        return el

    root = convert(tree)
    stack = [(tree, root)]
    count = 0
    while stack:
        node, el = stack.pop()
        for child in node:
            if not isinstance(child.tag, str):
                continue  # comments, processing instructions
            count += 1
            if count > _MAX_ELEMENTS:
                raise PartError(f"{name}: too many XML elements")
            c = convert(child)
            el.children.append(c)
            stack.append((child, c))
    return root
