"""A table-first DEX reader: the string, type, proto, field, method and class tables of one `classes*.dex`,
read with `struct` straight from the bytes, and instructions decoded only for the methods asked about.

Why not androguard's `DEX()`: it parses every class, method and instruction of a file eagerly. On
appium-uiautomator2-server 10.6.6 (16 dex, 88k methods) that is about 3 s and `AnalyzeAPK` about 17-21 s
and 1.26 GiB, while inflating the 16 files takes 0.07 s and walking every class_def and class_data_item
with `struct` about 0.1 s. Rules need a few dozen methods out of 88k: the ones that implement
`checkServerTrusted`, or that load a given constant or call a given method. So this reader
- looks tables up by binary search (the DEX format keeps strings, types, fields and methods sorted);
- finds the instructions that reference a string, type, field or method by a regular-expression scan of
  the code-item section for the opcode and 16/32-bit index (C speed, linear in the dex size), then
  confirms each hit by decoding the one method that contains it (hits inside operands or data are
  dropped because they do not fall on an instruction boundary);
- decodes a method (instructions, try/catch handlers, debug-info lines) on demand and caches it.

Measured on that APK (14.5 MB of dex): reading the 16 files 0.15 s, every class_def with its supertypes
0.13 s, walking the code section 0.05 s (five times cheaper than walking every class_data_item, so the
owner of a hit is found by searching class_data for its offset instead), one batched search pass 0.2 s;
all code rules and code pins 0.75 s; the whole `pinscan scan` 1.27 s and 70 MiB peak RSS, against 34 s and
1.2 GiB for androguard `AnalyzeAPK` on the same file in the same run (bench/bench_android.py).

Every offset and count read from the file is checked against its size; a malformed dex raises PartError
naming the file, so the App model can note it in the coverage and go on with the other dex files. What is
decoded is cached (a class_data_item by its offset, so classes sharing one cost it once), and the work
spent on one dex is counted against its budget (`pinscan.limits.DEX_WORK`): over it, BudgetExceeded.
"""

from __future__ import annotations

import bisect
import re
import struct
from dataclasses import dataclass, field
from functools import cached_property

from pinscan.errors import PartError
from pinscan.limits import DEX_WORK, Budget

NO_INDEX = 0xFFFFFFFF
ACC_INTERFACE = 0x200
ACC_ABSTRACT = 0x400
ACC_SYNTHETIC = 0x1000
_HEADER = struct.Struct("<8sI20sIIIIIIIIIIIIIIIIIIIIII")
_CODE_ITEM_TYPE = 0x2001
_FIND_NEEDLES = 8  # up to this many 16-bit indices, search_refs looks for each with bytes.find
_MAX_COUNT = 1 << 24  # far above any real dex (65k methods per file); bounds hostile counts

# --- instruction set --------------------------------------------------------------------------------

_SIZE = {"10x": 1, "12x": 1, "11n": 1, "11x": 1, "10t": 1, "20t": 2, "22x": 2, "21t": 2, "21s": 2, "21h": 2,
         "21c": 2, "23x": 2, "22b": 2, "22t": 2, "22s": 2, "22c": 2, "30t": 3, "32x": 3, "31i": 3, "31t": 3,
         "31c": 3, "35c": 3, "3rc": 3, "45cc": 4, "4rcc": 4, "51l": 5}


def _opcodes() -> list[tuple[str, str, str | None]]:
    """(name, format, index kind) for each of the 256 opcodes."""
    t: list[tuple[str, str, str | None]] = [("unused", "10x", None)] * 256

    def put(op: int, name: str, fmt: str, kind: str | None = None) -> None:
        t[op] = (name, fmt, kind)

    for op, name, fmt in [
        (0x00, "nop", "10x"), (0x01, "move", "12x"), (0x02, "move/from16", "22x"), (0x03, "move/16", "32x"),
        (0x04, "move-wide", "12x"), (0x05, "move-wide/from16", "22x"), (0x06, "move-wide/16", "32x"),
        (0x07, "move-object", "12x"), (0x08, "move-object/from16", "22x"), (0x09, "move-object/16", "32x"),
        (0x0A, "move-result", "11x"), (0x0B, "move-result-wide", "11x"), (0x0C, "move-result-object", "11x"),
        (0x0D, "move-exception", "11x"), (0x0E, "return-void", "10x"), (0x0F, "return", "11x"),
        (0x10, "return-wide", "11x"), (0x11, "return-object", "11x"), (0x12, "const/4", "11n"),
        (0x13, "const/16", "21s"), (0x14, "const", "31i"), (0x15, "const/high16", "21h"),
        (0x16, "const-wide/16", "21s"), (0x17, "const-wide/32", "31i"), (0x18, "const-wide", "51l"),
        (0x19, "const-wide/high16", "21h"), (0x1D, "monitor-enter", "11x"), (0x1E, "monitor-exit", "11x"),
        (0x21, "array-length", "12x"), (0x26, "fill-array-data", "31t"), (0x27, "throw", "11x"),
        (0x28, "goto", "10t"), (0x29, "goto/16", "20t"), (0x2A, "goto/32", "30t"),
        (0x2B, "packed-switch", "31t"), (0x2C, "sparse-switch", "31t"),
    ]:
        put(op, name, fmt)
    put(0x1A, "const-string", "21c", "string")
    put(0x1B, "const-string/jumbo", "31c", "string")
    put(0x1C, "const-class", "21c", "type")
    put(0x1F, "check-cast", "21c", "type")
    put(0x20, "instance-of", "22c", "type")
    put(0x22, "new-instance", "21c", "type")
    put(0x23, "new-array", "22c", "type")
    put(0x24, "filled-new-array", "35c", "type")
    put(0x25, "filled-new-array/range", "3rc", "type")
    for i, n in enumerate(["cmpl-float", "cmpg-float", "cmpl-double", "cmpg-double", "cmp-long"]):
        put(0x2D + i, n, "23x")
    for i, n in enumerate(["eq", "ne", "lt", "ge", "gt", "le"]):
        put(0x32 + i, f"if-{n}", "22t")
        put(0x38 + i, f"if-{n}z", "21t")
    kinds = ["", "-wide", "-object", "-boolean", "-byte", "-char", "-short"]
    for i, k in enumerate(kinds):
        put(0x44 + i, f"aget{k}", "23x")
        put(0x4B + i, f"aput{k}", "23x")
        put(0x52 + i, f"iget{k}", "22c", "field")
        put(0x59 + i, f"iput{k}", "22c", "field")
        put(0x60 + i, f"sget{k}", "21c", "field")
        put(0x67 + i, f"sput{k}", "21c", "field")
    for i, n in enumerate(["virtual", "super", "direct", "static", "interface"]):
        put(0x6E + i, f"invoke-{n}", "35c", "method")
        put(0x74 + i, f"invoke-{n}/range", "3rc", "method")
    unops = ["neg-int", "not-int", "neg-long", "not-long", "neg-float", "neg-double", "int-to-long",
             "int-to-float", "int-to-double", "long-to-int", "long-to-float", "long-to-double", "float-to-int",
             "float-to-long", "float-to-double", "double-to-int", "double-to-long", "double-to-float",
             "int-to-byte", "int-to-char", "int-to-short"]
    for i, n in enumerate(unops):
        put(0x7B + i, n, "12x")
    binops = [f"{o}-{t}" for t, ops in [
        ("int", ["add", "sub", "mul", "div", "rem", "and", "or", "xor", "shl", "shr", "ushr"]),
        ("long", ["add", "sub", "mul", "div", "rem", "and", "or", "xor", "shl", "shr", "ushr"]),
        ("float", ["add", "sub", "mul", "div", "rem"]),
        ("double", ["add", "sub", "mul", "div", "rem"])] for o in ops]
    for i, n in enumerate(binops):
        put(0x90 + i, n, "23x")
        put(0xB0 + i, f"{n}/2addr", "12x")
    for i, n in enumerate(["add-int", "rsub-int", "mul-int", "div-int", "rem-int", "and-int", "or-int", "xor-int"]):
        put(0xD0 + i, n if n == "rsub-int" else f"{n}/lit16", "22s")
    for i, n in enumerate(["add-int", "rsub-int", "mul-int", "div-int", "rem-int", "and-int", "or-int", "xor-int",
                           "shl-int", "shr-int", "ushr-int"]):
        put(0xD8 + i, f"{n}/lit8", "22b")
    put(0xFA, "invoke-polymorphic", "45cc", "method")
    put(0xFB, "invoke-polymorphic/range", "4rcc", "method")
    put(0xFC, "invoke-custom", "35c", "call_site")
    put(0xFD, "invoke-custom/range", "3rc", "call_site")
    put(0xFE, "const-method-handle", "21c", "method_handle")
    put(0xFF, "const-method-type", "21c", "proto")
    return t


OPCODES = _opcodes()
OP_NAME = [o[0] for o in OPCODES]
# Opcodes whose 16-bit index sits in code unit 1, grouped by what they index (used by the search).
INVOKE_OPS = bytes([*range(0x6E, 0x73), *range(0x74, 0x79)])
SGET_OPS = bytes(range(0x60, 0x67))
SPUT_OPS = bytes(range(0x67, 0x6E))
IGET_OPS = bytes(range(0x52, 0x59))
IPUT_OPS = bytes(range(0x59, 0x60))
FIELD_OPS = IGET_OPS + IPUT_OPS + SGET_OPS + SPUT_OPS
TYPE_OPS = bytes([0x1C, 0x1F, 0x20, 0x22, 0x23, 0x24, 0x25])
_KIND_OPS = {"method": INVOKE_OPS, "field": FIELD_OPS, "type": TYPE_OPS, "string": b"\x1a"}
_OP_KIND = {op: kind for kind, ops in _KIND_OPS.items() for op in ops}


@dataclass(frozen=True, slots=True)
class Insn:
    off: int  # in 16-bit code units from the start of the method's instructions
    op: int
    regs: tuple[int, ...]
    idx: int | None = None  # string/type/field/method index, per OPCODES[op][2]
    lit: int | None = None
    target: int | None = None  # branch target (code units), or payload address for switches/arrays

    @property
    def name(self) -> str:
        return OP_NAME[self.op]

    @property
    def kind(self) -> str | None:
        return OPCODES[self.op][2]


@dataclass(frozen=True, slots=True)
class TryBlock:
    start: int
    end: int  # exclusive, code units
    handlers: tuple[tuple[str | None, int], ...]  # (exception type or None for catch-all, handler address)


@dataclass(frozen=True)
class Code:
    registers: int
    ins: int
    insns: tuple[Insn, ...]
    tries: tuple[TryBlock, ...]
    debug_info_off: int
    payloads: dict[int, tuple[int, ...]]  # switch payload address -> branch offsets (relative to the switch)
    switch_keys: dict[int, tuple[int, ...]] = field(default_factory=dict)  # payload address -> case keys
    array_data: dict[int, tuple[int, bytes]] = field(default_factory=dict)  # fill-array-data payload -> (width, data)

    @cached_property
    def by_off(self) -> dict[int, int]:
        return {ins.off: i for i, ins in enumerate(self.insns)}

    def reg_name(self, r: int) -> str:
        first_param = self.registers - self.ins
        return f"p{r - first_param}" if r >= first_param else f"v{r}"


# --- LEB128 ---------------------------------------------------------------------------------------------

def uleb(data: bytes, pos: int) -> tuple[int, int]:
    b = data[pos]
    if b < 0x80:
        return b, pos + 1
    result = b & 0x7F
    shift = 7
    pos += 1
    while True:
        b = data[pos]
        result |= (b & 0x7F) << shift
        pos += 1
        if b < 0x80 or shift >= 28:
            return result, pos
        shift += 7


def sleb(data: bytes, pos: int) -> tuple[int, int]:
    result, shift = 0, 0
    while True:
        b = data[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if b < 0x80 or shift >= 35:
            break
    if b & 0x40:
        result -= 1 << shift
    return result, pos


def _s16(v: int) -> int:
    return v - 0x10000 if v & 0x8000 else v


def _s32(v: int) -> int:
    return v - 0x100000000 if v & 0x80000000 else v


def _mutf8(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Modified UTF-8: NUL as C0 80, supplementary characters as surrogate pairs (3 bytes each).
    text = raw.replace(b"\xc0\x80", b"\x00")
    try:
        decoded = text.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        # Not MUTF-8 either (ART's verifier would reject the dex): keep what reads, U+FFFD for the rest.
        return text.decode("utf-8", "replace")
    return decoded.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _utf16(s: str) -> bytes:
    """The sort key of the string table: UTF-16 code units, where U+10000 and up (surrogate pairs) sort
    before U+E000..U+FFFF, unlike Python's code point order."""
    return s.encode("utf-16-be", "surrogatepass")


# --- the file -------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class ClassDef:
    idx: int  # class_def index in this dex
    type_idx: int
    access: int
    super_idx: int
    interfaces_off: int
    source_file_idx: int
    class_data_off: int


@dataclass(frozen=True, slots=True)
class EncodedMethod:
    method_idx: int
    access: int
    code_off: int


class DexFile:
    """One dex file's tables. All lookups are lazy; malformed data raises PartError naming the file."""

    def __init__(self, name: str, data: bytes) -> None:
        self.name = name
        self.data = data
        if len(data) < _HEADER.size:
            raise PartError(f"{name}: truncated dex ({len(data)} bytes, the header alone is {_HEADER.size})")
        h = _HEADER.unpack_from(data, 0)
        magic = h[0]
        if magic[:4] != b"dex\n" or magic[7:8] != b"\x00":
            raise PartError(f"{name}: not a dex file (bad magic {magic[:8]!r})")
        (self.file_size, header_size, endian) = h[3], h[4], h[5]
        if endian != 0x12345678:
            raise PartError(f"{name}: unsupported byte order tag {endian:#x}")
        if self.file_size > len(data):
            raise PartError(f"{name}: truncated dex (header says {self.file_size} bytes, file has {len(data)})")
        (self.map_off, self.string_ids_size, self.string_ids_off, self.type_ids_size, self.type_ids_off,
         self.proto_ids_size, self.proto_ids_off, self.field_ids_size, self.field_ids_off,
         self.method_ids_size, self.method_ids_off, self.class_defs_size, self.class_defs_off,
         self.data_size, self.data_off) = h[8:23]
        for what, count, off, item in [
            ("string_ids", self.string_ids_size, self.string_ids_off, 4),
            ("type_ids", self.type_ids_size, self.type_ids_off, 4),
            ("proto_ids", self.proto_ids_size, self.proto_ids_off, 12),
            ("field_ids", self.field_ids_size, self.field_ids_off, 8),
            ("method_ids", self.method_ids_size, self.method_ids_off, 8),
            ("class_defs", self.class_defs_size, self.class_defs_off, 32),
        ]:
            if count > _MAX_COUNT or (count and (off < header_size or off + count * item > len(data))):
                raise PartError(f"{name}: {what} table out of bounds ({count} entries at offset {off:#x}, "
                                f"file is {len(data)} bytes)")
        self._strings: dict[int, str] = {}
        self._types: dict[int, str] = {}
        self._code: dict[int, Code] = {}
        self._protos: dict[int, str] = {}
        self._methods: dict[int, list[EncodedMethod]] = {}  # class_data offset -> its methods
        self._found: dict[str, int | None] = {}  # find_string answers: targets repeat across queries
        self.work = Budget(name, DEX_WORK, "code units decoded and table items read")

    def _fail(self, what: str) -> PartError:
        return PartError(f"{self.name}: {what}")

    def _u32(self, off: int) -> int:
        if off < 0 or off + 4 > len(self.data):
            raise self._fail(f"offset {off:#x} out of bounds")
        return struct.unpack_from("<I", self.data, off)[0]

    # --- strings and types --------------------------------------------------------------------------

    def string(self, idx: int) -> str:
        s = self._strings.get(idx)
        if s is not None:
            return s
        if not 0 <= idx < self.string_ids_size:
            raise self._fail(f"string index {idx} out of range ({self.string_ids_size} strings)")
        off = self._u32(self.string_ids_off + 4 * idx)
        try:
            _, start = uleb(self.data, off)
            end = self.data.index(b"\x00", start)
        except (IndexError, ValueError):
            raise self._fail(f"string {idx} at offset {off:#x} is out of bounds or unterminated") from None
        s = _mutf8(self.data[start:end])
        self._strings[idx] = s
        return s

    def _bisect(self, count: int, key, value) -> int:
        lo, hi = 0, count
        while lo < hi:
            mid = (lo + hi) // 2
            if key(mid) < value:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def _utf16_key(self, idx: int) -> bytes:
        return _utf16(self.string(idx))

    def find_string(self, value: str) -> int | None:
        """Index of a string by value (string_ids are sorted by UTF-16 code units), or None."""
        if value in self._found:
            return self._found[value]
        i = self._bisect(self.string_ids_size, self._utf16_key, _utf16(value))
        found = i if i < self.string_ids_size and self.string(i) == value else None
        if len(self._found) < 65536:
            self._found[value] = found
        return found

    def strings_with_prefix(self, prefix: str) -> range:
        lo = self._bisect(self.string_ids_size, self._utf16_key, _utf16(prefix))
        hi = lo
        while hi < self.string_ids_size and self.string(hi).startswith(prefix):
            hi += 1
        return range(lo, hi)

    def type_desc(self, idx: int) -> str:
        s = self._types.get(idx)
        if s is None:
            if not 0 <= idx < self.type_ids_size:
                raise self._fail(f"type index {idx} out of range ({self.type_ids_size} types)")
            s = self.string(self._u32(self.type_ids_off + 4 * idx))
            self._types[idx] = s
        return s

    def find_type(self, desc: str) -> int | None:
        sidx = self.find_string(desc)
        if sidx is None:
            return None
        i = self._bisect(self.type_ids_size, lambda k: self._u32(self.type_ids_off + 4 * k), sidx)
        if i < self.type_ids_size and self._u32(self.type_ids_off + 4 * i) == sidx:
            return i
        return None

    def type_list(self, off: int) -> tuple[str, ...]:
        if off == 0:
            return ()
        size = self._u32(off)
        if off + 4 + 2 * size > len(self.data):
            raise self._fail(f"type list at {off:#x} out of bounds")
        return tuple(self.type_desc(t) for t in struct.unpack_from(f"<{size}H", self.data, off + 4))

    # --- protos, fields, methods ----------------------------------------------------------------------

    def proto_desc(self, idx: int) -> str:
        s = self._protos.get(idx)
        if s is None:
            if not 0 <= idx < self.proto_ids_size:
                raise self._fail(f"proto index {idx} out of range")
            _, ret, params = struct.unpack_from("<III", self.data, self.proto_ids_off + 12 * idx)
            s = "(" + "".join(self.type_list(params)) + ")" + self.type_desc(ret)
            self._protos[idx] = s
        return s

    def method_id(self, idx: int) -> tuple[int, int, int]:
        """(class type index, proto index, name string index)."""
        if not 0 <= idx < self.method_ids_size:
            raise self._fail(f"method index {idx} out of range ({self.method_ids_size} methods)")
        return struct.unpack_from("<HHI", self.data, self.method_ids_off + 8 * idx)

    def method_ref(self, idx: int) -> str:
        c, p, n = self.method_id(idx)
        return f"{self.type_desc(c)}->{self.string(n)}{self.proto_desc(p)}"

    def method_parts(self, idx: int) -> tuple[str, str, str]:
        c, p, n = self.method_id(idx)
        return self.type_desc(c), self.string(n), self.proto_desc(p)

    def field_ref(self, idx: int) -> str:
        if not 0 <= idx < self.field_ids_size:
            raise self._fail(f"field index {idx} out of range ({self.field_ids_size} fields)")
        c, t, n = struct.unpack_from("<HHI", self.data, self.field_ids_off + 8 * idx)
        return f"{self.type_desc(c)}->{self.string(n)}:{self.type_desc(t)}"

    def _ids_of_class(self, table_off: int, count: int, type_idx: int) -> range:
        """The contiguous range of field/method ids whose class is `type_idx` (the tables are sorted by class)."""
        key = lambda k: struct.unpack_from("<H", self.data, table_off + 8 * k)[0]  # noqa: E731
        lo = self._bisect(count, key, type_idx)
        hi = self._bisect(count, key, type_idx + 1)
        return range(lo, hi)

    def find_methods(self, cls: str, name: str, proto: str | None = None) -> list[int]:
        """method_ids for `cls->name(proto)`, any proto when proto is None."""
        t = self.find_type(cls)
        n = self.find_string(name) if t is not None else None
        if t is None or n is None:
            return []
        out = []
        for i in self._ids_of_class(self.method_ids_off, self.method_ids_size, t):
            _, p, ni = self.method_id(i)
            if ni == n and (proto is None or self.proto_desc(p) == proto):
                out.append(i)
        return out

    def find_field(self, cls: str, name: str) -> list[int]:
        t = self.find_type(cls)
        n = self.find_string(name)
        if t is None or n is None:
            return []
        return [i for i in self._ids_of_class(self.field_ids_off, self.field_ids_size, t)
                if struct.unpack_from("<I", self.data, self.field_ids_off + 8 * i + 4)[0] == n]

    def method_ids_of(self, cls: str) -> range:
        """Every method_id whose class is `cls` (a method it defines or one called through it)."""
        t = self.find_type(cls)
        return range(0) if t is None else self._ids_of_class(self.method_ids_off, self.method_ids_size, t)

    def field_ids_of(self, cls: str) -> range:
        t = self.find_type(cls)
        return range(0) if t is None else self._ids_of_class(self.field_ids_off, self.field_ids_size, t)

    def methods_named(self, name: str) -> list[int]:
        """Every method_id whose name is `name` (a 32-bit scan of the table's name column)."""
        n = self.find_string(name)
        if n is None:
            return []
        table = self.data[self.method_ids_off:self.method_ids_off + 8 * self.method_ids_size]
        pat = struct.pack("<I", n)
        out, pos = [], table.find(pat)
        while pos >= 0:
            if pos % 8 == 4:
                out.append(pos // 8)
            pos = table.find(pat, pos + 1)
        return out

    # --- classes ----------------------------------------------------------------------------------------

    @cached_property
    def class_defs(self) -> list[ClassDef]:
        self.work.spend(self.class_defs_size)
        out = []
        for i, row in enumerate(struct.iter_unpack(
                "<IIIIIIII", self.data[self.class_defs_off:self.class_defs_off + 32 * self.class_defs_size])):
            out.append(ClassDef(i, row[0], row[1], row[2], row[3], row[4], row[6]))
        return out

    @cached_property
    def class_by_type(self) -> dict[int, ClassDef]:
        return {c.type_idx: c for c in self.class_defs}

    def class_methods(self, cdef: ClassDef) -> list[EncodedMethod]:
        """Direct and virtual methods a class defines, from its class_data_item."""
        got = self._methods.get(cdef.class_data_off)
        if got is None:
            got = self._methods[cdef.class_data_off] = self._parse_class_methods(cdef)
        return got

    def _parse_class_methods(self, cdef: ClassDef) -> list[EncodedMethod]:
        if cdef.class_data_off == 0:
            return []
        data = self.data
        try:
            pos = cdef.class_data_off
            sf, pos = uleb(data, pos)
            inf, pos = uleb(data, pos)
            dm, pos = uleb(data, pos)
            vm, pos = uleb(data, pos)
            # Each field takes at least 2 bytes, each method 3: counts the rest of the file cannot hold are forged.
            if 2 * (sf + inf) + 3 * (dm + vm) > len(data) - pos:
                raise self._fail(f"class_data of class_def {cdef.idx} has impossible counts")
            self.work.spend(sf + inf + dm + vm)
            for _ in range(sf + inf):
                _, pos = uleb(data, pos)
                _, pos = uleb(data, pos)
            out = []
            for count in (dm, vm):
                idx = 0
                for _ in range(count):
                    diff, pos = uleb(data, pos)
                    acc, pos = uleb(data, pos)
                    code, pos = uleb(data, pos)
                    idx += diff
                    out.append(EncodedMethod(idx, acc, code))
            return out
        except IndexError:
            raise self._fail(f"class_data of class_def {cdef.idx} runs past the end of the file") from None

    def static_field_names(self, cdef: ClassDef) -> list[str]:
        """Names of the static fields a class defines."""
        if cdef.class_data_off == 0:
            return []
        data = self.data
        try:
            sf, pos = uleb(data, cdef.class_data_off)
            for _ in range(3):
                _, pos = uleb(data, pos)
            names, idx = [], 0
            for _ in range(min(sf, 65536)):
                diff, pos = uleb(data, pos)
                _, pos = uleb(data, pos)
                idx += diff
                if idx < self.field_ids_size:
                    names.append(self.string(struct.unpack_from("<I", data, self.field_ids_off + 8 * idx + 4)[0]))
            return names
        except IndexError:
            raise self._fail(f"class_data of class_def {cdef.idx} runs past the end of the file") from None

    @cached_property
    def _map(self) -> list[tuple[int, int, int]]:
        """The map_list: (type, count, offset) per section; [] when it is unreadable."""
        try:
            size = self._u32(self.map_off)
            if size > 1024 or self.map_off + 4 + 12 * size > len(self.data):
                return []
            return [(t, c, o) for t, _, c, o in struct.iter_unpack(
                "<HHII", self.data[self.map_off + 4:self.map_off + 4 + 12 * size])]
        except PartError:
            return []

    def _section(self, type_code: int) -> tuple[int, int, int] | None:
        """(offset, count, end) of a map section; the end is the next section's start."""
        offs = sorted(o for _, _, o in self._map)
        for t, c, o in self._map:
            if t == type_code:
                return o, c, min(next((x for x in offs if x > o), len(self.data)), len(self.data))
        return None

    @cached_property
    def code_offsets(self) -> list[int]:
        """Offsets of every code item, sorted. Walks the code section item by item (the items are
        contiguous and 4-byte aligned), which is five times cheaper than walking every class_data_item."""
        sec = self._section(_CODE_ITEM_TYPE)
        if sec is None:
            return self._code_offsets_from_class_data()
        data = self.data
        off, count, end = sec
        hdr = struct.Struct("<HHHHII").unpack_from
        offs = []
        pos = off
        try:
            for _ in range(count):
                pos = (pos + 3) & ~3
                if pos + 16 > end:
                    raise IndexError
                offs.append(pos)
                _, _, _, tries, _, n = hdr(data, pos)
                pos += 16 + 2 * n
                if tries:
                    pos += 8 * tries + (2 if n & 1 else 0)
                    handlers, pos = uleb(data, pos)
                    for _ in range(handlers):
                        sz, pos = sleb(data, pos)
                        for _ in range(2 * abs(sz) + (sz <= 0)):
                            while data[pos] & 0x80:
                                pos += 1
                            pos += 1
        except IndexError:
            return self._code_offsets_from_class_data()
        return offs

    def _code_offsets_from_class_data(self) -> list[int]:
        return sorted({m.code_off for c in self.class_defs for m in self.class_methods(c) if m.code_off})

    @cached_property
    def _class_data_starts(self) -> tuple[list[int], list[int]]:
        pairs = sorted((c.class_data_off, c.idx) for c in self.class_defs if c.class_data_off)
        return [p[0] for p in pairs], [p[1] for p in pairs]

    def owner(self, code_off: int) -> tuple[ClassDef, EncodedMethod] | None:
        """The class and method a code item belongs to. Searches the class_data section for the uleb128
        encoding of the offset, then confirms it by parsing the one class_data_item that holds it."""
        enc = bytearray()
        v = code_off
        while True:
            b = v & 0x7F
            v >>= 7
            enc.append(b | (0x80 if v else 0))
            if not v:
                break
        starts, idxs = self._class_data_starts
        if not starts:
            return None
        pos = self.data.find(enc, starts[0])
        while pos >= 0:
            i = bisect.bisect_right(starts, pos) - 1
            cdef = self.class_defs[idxs[i]]
            methods = self.class_methods(cdef)
            self.work.spend(1 + len(methods))
            for m in methods:
                if m.code_off == code_off:
                    return cdef, m
            pos = self.data.find(enc, pos + 1)
        return None

    @cached_property
    def code_region(self) -> tuple[int, int]:
        """Byte range holding the code items (from the map list), else the whole data section."""
        sec = self._section(_CODE_ITEM_TYPE)
        if sec is not None:
            return sec[0], sec[2]
        return self.data_off, min(len(self.data), self.data_off + self.data_size)

    # --- instruction search -------------------------------------------------------------------------

    def search_refs(self, wanted: set[tuple[str, int]]) -> list[tuple[int, str, int]]:
        """(file position, kind, index) of every instruction-shaped `op ?? index` in the code section for the
        wanted (kind, index) pairs, kind being method/field/type/string: one regex pass at C speed.
        Candidates only: `method_at` and the decoded method confirm each one."""
        if not wanted:
            return []
        by_needle: dict[bytes, list[tuple[str, int]]] = {}
        wide: dict[bytes, int] = {}
        for kind, idx in wanted:
            if kind == "string" and idx > 0xFFFF:
                wide[struct.pack("<I", idx)] = idx
            elif idx <= 0xFFFF:
                by_needle.setdefault(struct.pack("<H", idx), []).append((kind, idx))
        kinds = {k for k, _ in wanted}
        ops = b"".join(_KIND_OPS[k] for k in sorted(kinds))
        start, end = self.code_region
        out = []
        if by_needle and len(by_needle) <= _FIND_NEEDLES:
            # A few needles: bytes.find (C memchr speed) per needle beats one regex step per byte.
            for needle, pairs in sorted(by_needle.items()):
                pos = self.data.find(needle, start + 2, end)
                while pos >= 0:
                    p = pos - 2
                    op_kind = _OP_KIND.get(self.data[p])
                    if p % 2 == 0 and op_kind is not None and self.data[p] in ops:
                        out.extend((p, kind, idx) for kind, idx in pairs if kind == op_kind)
                    pos = self.data.find(needle, pos + 1, end)
            out.sort()
        elif by_needle:
            alts = b"|".join(re.escape(n) for n in sorted(by_needle))
            pat = re.compile(b"[" + re.escape(ops) + b"].(" + alts + b")", re.DOTALL)
            pos = start
            while True:
                m = pat.search(self.data, pos, end)
                if m is None:
                    break
                p = m.start()
                op_kind = _OP_KIND.get(self.data[p])
                if p % 2 == 0:
                    for kind, idx in by_needle[m.group(1)]:
                        if kind == op_kind:
                            out.append((p, kind, idx))
                pos = p + 1  # overlapping candidates: the next instruction may start inside this match
        if wide:
            alts = b"|".join(re.escape(n) for n in sorted(wide))
            for m in re.finditer(b"(?=\x1b.(" + alts + b"))", self.data[start:end], re.DOTALL):
                if (start + m.start()) % 2 == 0:
                    out.append((start + m.start(), "string", wide[m.group(1)]))
        return out

    def method_at(self, pos: int) -> tuple[ClassDef, EncodedMethod, int] | None:
        """The method whose instructions contain file position `pos`, and the code-unit offset of `pos`."""
        offs = self.code_offsets
        i = bisect.bisect_right(offs, pos) - 1
        if i < 0:
            return None
        code_off = offs[i]
        insns_size = self._u32(code_off + 12)
        rel = pos - (code_off + 16)
        if not 0 <= rel < 2 * insns_size:
            return None
        found = self.owner(code_off)
        return (found[0], found[1], rel // 2) if found else None

    # --- code -----------------------------------------------------------------------------------------

    def code(self, code_off: int) -> Code:
        c = self._code.get(code_off)
        if c is None:
            c = self._decode_code(code_off)
            self._code[code_off] = c
        return c

    def _decode_code(self, code_off: int) -> Code:
        data = self.data
        if code_off + 16 > len(data):
            raise self._fail(f"code item at {code_off:#x} out of bounds")
        regs, ins, _outs, tries_size, debug_off, n = struct.unpack_from("<HHHHII", data, code_off)
        base = code_off + 16
        if base + 2 * n > len(data):
            raise self._fail(f"code item at {code_off:#x}: {n} code units run past the end of the file")
        self.work.spend(n)
        units = struct.unpack_from(f"<{n}H", data, base)
        arrays: dict[int, tuple[int, bytes]] = {}
        insns, payloads, keys = _decode_insns(units, arrays)
        tries: list[TryBlock] = []
        if tries_size:
            tpos = base + 2 * n + (2 if n % 2 else 0)
            hbase = tpos + 8 * tries_size
            if hbase > len(data):
                raise self._fail(f"code item at {code_off:#x}: try table out of bounds")
            try:
                for k in range(tries_size):
                    start, count, hoff = struct.unpack_from("<IHH", data, tpos + 8 * k)
                    tries.append(TryBlock(start, start + count, self._handlers(hbase + hoff)))
            except IndexError:
                raise self._fail(f"code item at {code_off:#x}: catch handlers out of bounds") from None
        return Code(regs, ins, tuple(insns), tuple(tries), debug_off, payloads, keys, arrays)

    def _handlers(self, pos: int) -> tuple[tuple[str | None, int], ...]:
        size, pos = sleb(self.data, pos)
        out = []
        for _ in range(min(abs(size), 4096)):
            t, pos = uleb(self.data, pos)
            addr, pos = uleb(self.data, pos)
            out.append((self.type_desc(t), addr))
        if size <= 0:
            addr, pos = uleb(self.data, pos)
            out.append((None, addr))
        return tuple(out)

    def positions(self, debug_info_off: int) -> list[tuple[int, int]]:
        """(address, line) pairs from a debug_info_item (empty when there is none or it is unreadable)."""
        if not debug_info_off or debug_info_off >= len(self.data):
            return []
        data = self.data
        out: list[tuple[int, int]] = []
        try:
            line, pos = uleb(data, debug_info_off)
            nparams, pos = uleb(data, pos)
            for _ in range(min(nparams, 65536)):
                _, pos = uleb(data, pos)
            addr = 0
            for _ in range(1 << 20):
                op = data[pos]
                pos += 1
                if op == 0x00:
                    break
                if op == 0x01:
                    d, pos = uleb(data, pos)
                    addr += d
                elif op == 0x02:
                    d, pos = sleb(data, pos)
                    line += d
                elif op in (0x03, 0x04):
                    for _ in range(3 if op == 0x03 else 4):
                        _, pos = uleb(data, pos)
                elif op in (0x05, 0x06, 0x09):
                    _, pos = uleb(data, pos)
                elif op >= 0x0A:
                    adj = op - 0x0A
                    line += -4 + adj % 15
                    addr += adj // 15
                    out.append((addr, line))
        except IndexError:
            return out
        return out

    def source_file(self, cdef: ClassDef) -> str | None:
        if cdef.source_file_idx == NO_INDEX:
            return None
        try:
            return self.string(cdef.source_file_idx)
        except PartError:
            return None

    def index_text(self, ins: Insn) -> str:
        """An instruction's operand as smali writes it."""
        kind = ins.kind
        try:
            if kind == "string":
                return '"' + self.string(ins.idx).encode("unicode_escape").decode("ascii").replace('"', '\\"') + '"'
            if kind == "type":
                return self.type_desc(ins.idx)
            if kind == "field":
                return self.field_ref(ins.idx)
            if kind == "method":
                return self.method_ref(ins.idx)
        except PartError:
            pass
        return f"{kind}@{ins.idx}"


_Table = dict[int, tuple[int, ...]]


def _decode_insns(units: tuple[int, ...], arrays: dict | None = None) -> tuple[list[Insn], _Table, _Table]:
    """Decode a method's code units; payload pseudo-instructions are skipped (switch targets and case keys
    returned by payload address; fill-array-data elements put into `arrays` when given)."""
    out: list[Insn] = []
    payloads: dict[int, tuple[int, ...]] = {}
    keys: dict[int, tuple[int, ...]] = {}
    n = len(units)
    pc = 0
    ops = OPCODES
    while pc < n:
        u0 = units[pc]
        op = u0 & 0xFF
        hi = u0 >> 8
        if op == 0 and hi in (1, 2, 3):  # packed-switch / sparse-switch / fill-array-data payloads
            if pc + 1 >= n:
                break
            size = units[pc + 1]
            if hi == 1:
                length = 4 + 2 * size
                tg = units[pc + 4:pc + 4 + 2 * size]
                payloads[pc] = tuple(_s32(tg[k] | tg[k + 1] << 16) for k in range(0, len(tg) - 1, 2))
                if pc + 3 < n:
                    first = _s32(units[pc + 2] | units[pc + 3] << 16)
                    keys[pc] = tuple(first + k for k in range(len(payloads[pc])))
            elif hi == 2:
                length = 2 + 4 * size
                tg = units[pc + 2 + 2 * size:pc + 2 + 4 * size]
                payloads[pc] = tuple(_s32(tg[k] | tg[k + 1] << 16) for k in range(0, len(tg) - 1, 2))
                kv = units[pc + 2:pc + 2 + 2 * size]
                keys[pc] = tuple(_s32(kv[k] | kv[k + 1] << 16) for k in range(0, len(kv) - 1, 2))
            else:
                if pc + 3 >= n:
                    break
                count = units[pc + 2] | units[pc + 3] << 16
                length = 4 + (count * size + 1) // 2
                if arrays is not None and size in (1, 2, 4, 8) and count <= 65536 and pc + length <= n:
                    raw = struct.pack(f"<{length - 4}H", *units[pc + 4:pc + length])
                    arrays[pc] = (size, raw[:count * size])
            pc += length
            continue
        name, fmt, _kind = ops[op]
        size = _SIZE[fmt]
        if pc + size > n:
            break
        u1 = units[pc + 1] if size > 1 else 0
        regs: tuple[int, ...] = ()
        idx = lit = target = None
        if fmt == "10x":
            pass
        elif fmt == "12x":
            regs = (hi & 0xF, hi >> 4)
        elif fmt == "11n":
            regs = (hi & 0xF,)
            lit = (hi >> 4) - 16 if hi >> 4 & 0x8 else hi >> 4
        elif fmt == "11x":
            regs = (hi,)
        elif fmt == "10t":
            target = pc + (hi - 256 if hi & 0x80 else hi)
        elif fmt == "20t":
            target = pc + _s16(u1)
        elif fmt == "22x":
            regs = (hi, u1)
        elif fmt == "21t":
            regs = (hi,)
            target = pc + _s16(u1)
        elif fmt == "21s":
            regs = (hi,)
            lit = _s16(u1)
        elif fmt == "21h":
            regs = (hi,)
            lit = _s16(u1) << (48 if op == 0x19 else 16)
        elif fmt == "21c":
            regs = (hi,)
            idx = u1
        elif fmt == "23x":
            regs = (hi, u1 & 0xFF, u1 >> 8)
        elif fmt == "22b":
            regs = (hi, u1 & 0xFF)
            lit = (u1 >> 8) - 256 if u1 & 0x8000 else u1 >> 8
        elif fmt == "22t":
            regs = (hi & 0xF, hi >> 4)
            target = pc + _s16(u1)
        elif fmt == "22s":
            regs = (hi & 0xF, hi >> 4)
            lit = _s16(u1)
        elif fmt == "22c":
            regs = (hi & 0xF, hi >> 4)
            idx = u1
        elif fmt == "30t":
            target = pc + _s32(u1 | units[pc + 2] << 16)
        elif fmt == "32x":
            regs = (u1, units[pc + 2])
        elif fmt in ("31i", "31t", "31c"):
            v = u1 | units[pc + 2] << 16
            regs = (hi,)
            if fmt == "31i":
                lit = _s32(v)
            elif fmt == "31t":
                target = pc + _s32(v)
            else:
                idx = v
        elif fmt in ("35c", "45cc"):
            count = hi >> 4
            u2 = units[pc + 2]
            regs = (u2 & 0xF, u2 >> 4 & 0xF, u2 >> 8 & 0xF, u2 >> 12, hi & 0xF)[:min(count, 5)]
            idx = u1
        elif fmt in ("3rc", "4rcc"):
            first = units[pc + 2]
            regs = tuple(range(first, first + hi))
            idx = u1
        elif fmt == "51l":
            v = u1 | units[pc + 2] << 16 | units[pc + 3] << 32 | units[pc + 4] << 48
            regs = (hi,)
            lit = v - (1 << 64) if v >> 63 else v
        out.append(Insn(pc, op, regs, idx, lit, target))
        pc += size
    return out, payloads, keys
