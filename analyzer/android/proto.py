"""aapt2's protobuf formats, used by Android App Bundles: compiled XML (`XmlNode`) and the resource table
(`resources.pb`), read into the same Element tree and resource-table interface as the binary formats.

The protobuf wire format is decoded directly instead of through the `protobuf` package and generated
classes: pinscan reads five small messages and a handful of fields, the decoder is about sixty lines,
it bounds-checks every length (a hostile bundle raises PartError, not DecodeError or worse), and it
accepts both layouts aapt2 has written (plain `uint32` ids, and the later `PackageId`/`TypeId`/`EntryId`
wrapper messages with `Entry.config_value` moved from field 4 to 6) without two generated schemas.
Field numbers follow aapt2's published `Resources.proto`.

Measured 2026-12-03 (bench/bench_readers.py, medians of 20 runs, Python 3.11, protobuf 7.36.2 with its C
upb backend, on a shared 2-core machine), speed and memory do not favour this decoder: on ApiDemos 5.0.0
converted by `aapt2 convert --output-format proto` (542 XML files, 471 KiB resources.pb, 3143 resources)
it takes 332 ms and 3.3 MiB peak (tracemalloc) against 4 ms for the protobuf package to decode the same
messages and 96 ms and 2.2 MiB to decode them and build the same Element trees and table; on the sample
bundles 0.9 ms against 0.3 ms. Importing protobuf and building the schema costs about 50 ms once. Its
reasons are the ones above (no dependency or schema to carry, one code path for both layouts, PartError
on hostile input). tests/test_differential.py checks it against the protobuf package on the sample
bundles and on aapt2 conversions of real APKs.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from pinscan.android.arsc import ResolvedValue, follow_references
from pinscan.android.axml import (
    TYPE_INT_BOOLEAN,
    TYPE_INT_DEC,
    TYPE_INT_HEX,
    TYPE_REFERENCE,
    TYPE_STRING,
    Attr,
    Element,
)
from pinscan.errors import PartError
from pinscan.limits import TABLE_WORK, Budget

_VARINT, _I64, _LEN, _I32 = 0, 1, 2, 5
_MAX_DEPTH = 256
_MAX_ELEMENTS = 200_000


class _Fields:
    """The fields of one message: {number: [values]}; LEN values are memoryviews into the file's bytes
    (nested messages are not copied at every level: a deeply nested file would cost depth x size),
    varints ints."""

    __slots__ = ("by_num", "types")

    def __init__(self, buf: bytes | memoryview, what: str) -> None:
        buf = memoryview(buf)
        self.by_num: dict[int, list] = {}
        self.types: dict[int, int] = {}
        pos, end = 0, len(buf)
        while pos < end:
            key, pos = _varint(buf, pos, what)
            num, wt = key >> 3, key & 7
            if wt == _VARINT:
                value, pos = _varint(buf, pos, what)
            elif wt == _LEN:
                length, pos = _varint(buf, pos, what)
                if pos + length > end:
                    raise PartError(f"{what}: malformed protobuf: field {num} runs past the end")
                value, pos = buf[pos : pos + length], pos + length
            elif wt == _I32:
                if pos + 4 > end:
                    raise PartError(f"{what}: malformed protobuf: truncated fixed32")
                value, pos = struct.unpack_from("<I", buf, pos)[0], pos + 4
            elif wt == _I64:
                if pos + 8 > end:
                    raise PartError(f"{what}: malformed protobuf: truncated fixed64")
                value, pos = struct.unpack_from("<Q", buf, pos)[0], pos + 8
            else:
                raise PartError(f"{what}: malformed protobuf: wire type {wt}")
            self.by_num.setdefault(num, []).append(value)
            self.types[num] = wt

    def one(self, num: int, default=None):
        values = self.by_num.get(num)
        return values[-1] if values else default

    def number(self, num: int, default: int = 0) -> int:
        """A varint or fixed field's value; `default` when absent or when the file put bytes there."""
        value = self.one(num)
        return value if isinstance(value, int) else default

    def all(self, num: int) -> list:
        return self.by_num.get(num, [])

    def text(self, num: int, default: str = "") -> str:
        value = self.one(num)
        if value is None:
            return default
        if not isinstance(value, memoryview):
            raise PartError(f"malformed protobuf: field {num} is not a string")
        return str(value, "utf-8", "replace")

    def msg(self, num: int, what: str) -> _Fields | None:
        value = self.one(num)
        if value is None:
            return None
        if not isinstance(value, memoryview):
            raise PartError(f"{what}: malformed protobuf: field {num} is not a message")
        return _Fields(value, what)

    def uint(self, num: int, what: str) -> int | None:
        """A uint32 field, or the `id` of a wrapper message in its place (newer aapt2 layouts)."""
        value = self.one(num)
        if value is None or isinstance(value, int):
            return value
        inner = _Fields(value, what)
        inner_id = inner.one(1, 0)
        return inner_id if isinstance(inner_id, int) else None


def _varint(buf: memoryview, pos: int, what: str) -> tuple[int, int]:
    result = shift = 0
    while True:
        if pos >= len(buf) or shift > 63:
            raise PartError(f"{what}: malformed protobuf: bad varint")
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if not b & 0x80:
            return result, pos
        shift += 7


# --- XmlNode -> Element ----------------------------------------------------------------------------

def parse_proto_xml(data: bytes, name: str) -> Element:
    root = _Fields(data, name)
    element = root.msg(1, name)
    if element is None:
        raise PartError(f"{name}: protobuf XML without a root element")
    line = _line(root.msg(3, name))
    count = 0
    top = _element(element, line, name)
    stack = [(element, top, 0)]
    while stack:
        fields, el, depth = stack.pop()
        if depth > _MAX_DEPTH:
            raise PartError(f"{name}: protobuf XML nested too deeply")
        for child_bytes in fields.all(5):
            if not isinstance(child_bytes, memoryview):
                raise PartError(f"{name}: malformed protobuf XML child")
            child = _Fields(child_bytes, name)
            child_el = child.msg(1, name)
            if child_el is None:
                el.text += child.text(2)
                continue
            count += 1
            if count > _MAX_ELEMENTS:
                raise PartError(f"{name}: too many XML elements")
            c = _element(child_el, _line(child.msg(3, name)), name)
            el.children.append(c)
            stack.append((child_el, c, depth + 1))
    return top


def _line(pos: _Fields | None) -> int | None:
    if pos is None:
        return None
    value = pos.one(1)
    return value if isinstance(value, int) and value else None


def _element(fields: _Fields, line: int | None, name: str) -> Element:
    el = Element(tag=fields.text(3), line=line)
    for attr_bytes in fields.all(4):
        if not isinstance(attr_bytes, memoryview):
            raise PartError(f"{name}: malformed protobuf XML attribute")
        a = _Fields(attr_bytes, name)
        el.attrs.append(_attr(a, name))
    # Children are appended by the caller, in document order (stack pops reverse siblings' subtrees only).
    return el


def _attr(a: _Fields, name: str) -> Attr:
    ns = a.text(1) or None
    attr_name = a.text(2)
    raw = a.text(3) if a.one(3) is not None else None
    dtype, data = TYPE_STRING, 0
    item = a.msg(6, name)
    if item is not None:
        ref = item.msg(1, name)
        prim = item.msg(7, name)
        if ref is not None:
            dtype, data = TYPE_REFERENCE, ref.number(2) & 0xFFFFFFFF
            raw = None  # the compiled reference wins over the source text, as in binary XML
        elif prim is not None:
            dtype, data = _primitive(prim)
    return Attr(attr_name, ns, raw, dtype, data)


def _primitive(prim: _Fields) -> tuple[int, int]:
    """Old layout: {type=1, data=2} like Res_value; newer: a oneof of typed fields."""
    if prim.types.get(1) == _VARINT and 2 in prim.by_num:
        return prim.number(1) & 0xFF, prim.number(2) & 0xFFFFFFFF
    if 8 in prim.by_num:  # boolean_value
        return TYPE_INT_BOOLEAN, 1 if prim.number(8) else 0
    for num, dtype in ((6, TYPE_INT_DEC), (7, TYPE_INT_HEX)):  # int_decimal_value, int_hexadecimal_value
        if num in prim.by_num:
            return dtype, prim.number(num) & 0xFFFFFFFF
    return TYPE_STRING, 0


# --- resources.pb -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class _ProtoEntry:
    type_name: str
    entry_name: str
    values: tuple[ResolvedValue, ...]


class ProtoResourceTable:
    """The resource table of a bundle module, with the same `resolve`/`find` as ResourceTable.
    `prefix` is the module folder ("base/") prepended to file paths, which are module-relative."""

    def __init__(self, data: bytes, name: str, prefix: str = "") -> None:
        self.name = name
        self.work = Budget(name, TABLE_WORK, "entries looked up")
        self._entries: dict[int, _ProtoEntry] = {}
        self._by_name: dict[tuple[int, str, str], int] = {}
        table = _Fields(data, name)
        for pkg_bytes in table.all(2):
            pkg = _Fields(_as_bytes(pkg_bytes, name), name)
            pkg_id = pkg.uint(1, name) or 0
            for type_bytes in pkg.all(3):
                typ = _Fields(_as_bytes(type_bytes, name), name)
                type_id = typ.uint(1, name) or 0
                type_name = typ.text(2)
                for entry_bytes in typ.all(3):
                    entry = _Fields(_as_bytes(entry_bytes, name), name)
                    entry_id = entry.uint(1, name) or 0
                    entry_name = entry.text(2)
                    res_id = (pkg_id << 24) | (type_id << 16) | entry_id
                    # Newer layout: config_value = 6 (4 became allow_new); older: config_value = 4.
                    new_layout = entry.types.get(1) == _LEN or 6 in entry.by_num
                    configs = entry.all(6 if new_layout else 4)
                    values = tuple(v for cv in configs
                                   if (v := self._value(cv, type_name, entry_name, prefix, new_layout)))
                    self._entries[res_id] = _ProtoEntry(type_name, entry_name, values)
                    self._by_name[(pkg_id, type_name, entry_name)] = res_id

    def _value(self, cv_bytes, type_name: str, entry_name: str, prefix: str,
               new_layout: bool) -> ResolvedValue | None:
        cv = _Fields(_as_bytes(cv_bytes, self.name), self.name)
        config = cv.msg(1, self.name)
        if new_layout:
            # A `Configuration` message: any qualifier set (mcc 1, mnc 2, locale 3 ... sdk_version 24) makes
            # it a non-default configuration; product (25) is build-time only.
            default = config is None or not any(v for num, vs in config.by_num.items() if num != 25 for v in vs)
        else:
            # The older `ConfigDescription {bytes data = 1; string product = 2}`.
            default = config is None or not config.one(1) and not config.one(2)
        value = cv.msg(2, self.name)
        item = value.msg(4, self.name) if value is not None else None
        if item is None:
            return None
        file_ref = item.msg(5, self.name)
        if file_ref is not None:
            return ResolvedValue(type_name, entry_name, default, TYPE_STRING, 0, prefix + file_ref.text(1))
        ref = item.msg(1, self.name)
        if ref is not None:
            return ResolvedValue(type_name, entry_name, default, TYPE_REFERENCE, ref.number(2) & 0xFFFFFFFF, None)
        for num in (2, 3, 4):  # String, RawString, StyledString (its text; spans are not kept)
            s = item.msg(num, self.name)
            if s is not None:
                return ResolvedValue(type_name, entry_name, default, TYPE_STRING, 0, s.text(1))
        return None

    def defined(self, res_id: int) -> bool:
        """Whether the table has a value for `res_id` in some configuration."""
        return bool(self._values(res_id))

    def resolve(self, res_id: int) -> list[ResolvedValue]:
        """Every configuration's value of `res_id`, references followed (see arsc.follow_references)."""
        return follow_references(res_id, self._values, self.work)

    def _values(self, res_id: int) -> list[ResolvedValue]:
        self.work.spend()
        entry = self._entries.get(res_id)
        return list(entry.values) if entry is not None else []

    def find(self, type_name: str, entry_name: str, package_id: int = 0x7F) -> int | None:
        return self._by_name.get((package_id, type_name, entry_name))


def _as_bytes(value, name: str) -> memoryview:
    if not isinstance(value, memoryview):
        raise PartError(f"{name}: malformed protobuf: expected a message")
    return value
