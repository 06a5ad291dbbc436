"""Mach-O facts for rules: per slice, imported symbols with their library, Objective-C selectors and
class names, C strings and CFStrings, Swift type names, FairPlay encryption and the minimum OS.

Headers, load commands and the fat table are checked here with `struct` before LIEF sees a byte:
LIEF 1.0.0 silently accepts a truncated slice (sections then point past the end of the file) and
returns nothing for a fat table that points past the end, so pinscan names the problem itself. Each
slice is then handed to LIEF alone (imports with their library on both fixup formats, sections,
the indirect symbol table). Every LIEF call is wrapped: a malformed binary costs a coverage note.

The PyPI LIEF has no Objective-C metadata decoder, so selectors and class names come from the
`__objc_methname`/`__objc_classname` sections, which hold both the selectors a binary sends and the
methods it implements: rules that use them say so in their confidence.
"""

from __future__ import annotations

import struct
import warnings
from dataclasses import dataclass, field
from functools import cached_property

from pinscan.errors import PartError
from pinscan.limits import MAX_BINARY_SIZE


def _lief():
    """Import LIEF on first use: it costs ~0.7 s, which Android-only scans should not pay."""
    try:
        import lief
    except ImportError:  # pragma: no cover - LIEF is a dependency; keep the error readable if it is missing
        return None
    lief.logging.disable()  # LIEF logs to stderr on malformed input; pinscan reports problems itself.
    return lief

_MAX_FAT_ARCHS = 16

CPU_ARM64 = 0x0100000C
CPU_X86_64 = 0x01000007
CPU_ARM = 12
CPU_X86 = 7
_CPU_SUBTYPE_ARM64E = 2

LC_SEGMENT = 0x1
LC_SEGMENT_64 = 0x19
LC_ENCRYPTION_INFO = 0x21
LC_ENCRYPTION_INFO_64 = 0x2C
LC_VERSION_MIN_IPHONEOS = 0x25
LC_BUILD_VERSION = 0x32
LC_DYLD_INFO = 0x22
LC_DYLD_INFO_ONLY = 0x80000022
LC_DYLD_CHAINED_FIXUPS = 0x80000034

_PLATFORMS = {1: "macos", 2: "ios", 3: "tvos", 4: "watchos", 6: "maccatalyst", 7: "ios-simulator",
              8: "tvos-simulator", 9: "watchos-simulator", 11: "visionos", 12: "visionos-simulator"}

# Sections whose bytes are NUL-separated strings, and what they hold.
_STRING_SECTIONS = {"__objc_methname": "selectors", "__objc_classname": "classes", "__cstring": "cstrings"}


@dataclass(frozen=True)
class Import:
    symbol: str  # as in the symbol table: `_SecTrustEvaluateWithError`, `_$s9Alamofire...`
    library: str | None  # install name of the dylib it binds to, when known


@dataclass(frozen=True)
class SwiftName:
    """Enough of a demangled Swift symbol to name the type: `Alamofire.ServerTrustManager`, and for an
    initializer or method its argument labels."""

    symbol: str
    module: str
    type_path: tuple[str, ...]
    kind: str  # class | struct | enum | protocol | other
    labels: tuple[str, ...] = ()
    initializer: bool = False

    @property
    def type_name(self) -> str:
        return ".".join((self.module, *self.type_path))


@dataclass
class Slice:
    arch: str
    cpu_type: int
    platform: str | None = None
    min_os: str | None = None
    sdk: str | None = None
    encrypted: bool = False
    crypt_id: int | None = None
    fixups: str = "none"  # chained | classic | none
    imports: tuple[Import, ...] = ()
    selectors: frozenset[str] = frozenset()
    class_names: frozenset[str] = frozenset()
    cstrings: frozenset[str] = frozenset()
    cfstrings: frozenset[str] = frozenset()
    defined_symbols: frozenset[str] = frozenset()
    problems: list[str] = field(default_factory=list)
    bits: int = 64
    unread: tuple[str, ...] = ()  # facts the slice is analysed without (named in a coverage note)
    # For call-argument checks (arm64 only): the __text bytes and stub address -> imported symbol.
    _text: bytes = b""
    _text_addr: int = 0
    _stubs: dict[int, str] = field(default_factory=dict)

    @property
    def analysed(self) -> bool:
        """Code facts exist: the slice is readable and not FairPlay-encrypted."""
        return not self.encrypted and not self.problems

    def constant_first_arg(self, symbol: str) -> list[int | None]:
        """For each direct call (`bl`, or `b` for a tail call) to the stub of imported `symbol` in an
        arm64 slice, the constant loaded into w0/x0 just before it, or None when it is not a constant
        set in the preceding straight-line instructions."""
        stubs = {addr for addr, name in self._stubs.items() if name == symbol}
        if not stubs or self.cpu_type != CPU_ARM64:
            return []
        text, base = self._text, self._text_addr
        out: list[int | None] = []
        for off in range(0, len(text) - 3, 4):
            insn = struct.unpack_from("<I", text, off)[0]
            if insn & 0x7C000000 != 0x14000000:
                continue  # neither BL nor B (a tail call)
            imm = insn & 0x03FFFFFF
            if imm & 0x02000000:
                imm -= 0x04000000
            if base + off + imm * 4 in stubs:
                out.append(_w0_before(text, off))
        return out


def _w0_before(text: bytes, off: int) -> int | None:
    """The constant in w0 at `off`, from the last instruction before it that writes w0/x0."""
    for back in range(1, 9):
        pos = off - 4 * back
        if pos < 0:
            return None
        insn = struct.unpack_from("<I", text, pos)[0]
        if insn & 0xFC000000 in (0x94000000, 0x14000000) or insn & 0xFFFFFC1F == 0xD63F0000:
            return None  # a call or branch in between: w0 is not known
        if insn & 0x1F != 0:
            continue  # writes another register (or is not a data instruction for x0)
        if insn & 0x7F800000 == 0x52800000:  # MOVZ w0/x0, #imm16, LSL #(hw*16)
            return ((insn >> 5) & 0xFFFF) << (16 * ((insn >> 21) & 3))
        if insn in (0x2A1F03E0, 0xAA1F03E0):  # MOV w0, wzr / MOV x0, xzr
            return 0
        if insn == 0x320003E0:  # ORR w0, wzr, #1 (MOV w0, #1)
            return 1
        if insn & 0xFF800000 == 0x12800000:  # MOVN w0
            return None
        return None  # any other write to x0: not a constant we read
    return None


@dataclass
class MachO:
    path: str
    size: int
    fat: bool
    slices: list[Slice]
    problems: list[str] = field(default_factory=list)

    @property
    def encrypted(self) -> bool:
        return any(s.encrypted for s in self.slices)

    @property
    def analysed_slices(self) -> list[Slice]:
        return [s for s in self.slices if s.analysed]

    @cached_property
    def imports(self) -> dict[str, str | None]:
        out: dict[str, str | None] = {}
        for s in self.analysed_slices:
            for imp in s.imports:
                out.setdefault(imp.symbol, imp.library)
        return out

    def _union(self, attr: str) -> frozenset[str]:
        out: set[str] = set()
        for s in self.analysed_slices:
            out |= getattr(s, attr)
        return frozenset(out)

    @cached_property
    def selectors(self) -> frozenset[str]:
        return self._union("selectors")

    @cached_property
    def class_names(self) -> frozenset[str]:
        return self._union("class_names")

    @cached_property
    def cstrings(self) -> frozenset[str]:
        return self._union("cstrings")

    @cached_property
    def cfstrings(self) -> frozenset[str]:
        return self._union("cfstrings")

    @cached_property
    def strings(self) -> frozenset[str]:
        return self.cstrings | self.cfstrings

    @cached_property
    def defined_symbols(self) -> frozenset[str]:
        return self._union("defined_symbols")

    @cached_property
    def imported_objc_classes(self) -> frozenset[str]:
        return frozenset(s.removeprefix("_OBJC_CLASS_$_") for s in self.imports if s.startswith("_OBJC_CLASS_$_"))

    @cached_property
    def swift_imports(self) -> list[SwiftName]:
        """Swift symbols this binary imports from other images (what its code uses)."""
        out = [demangle(s) for s in self.imports]
        return sorted((n for n in out if n is not None), key=lambda n: n.symbol)

    @cached_property
    def swift_exports(self) -> list[SwiftName]:
        out = [demangle(s) for s in self.defined_symbols]
        return sorted((n for n in out if n is not None), key=lambda n: n.symbol)

    def min_os(self) -> str | None:
        versions = [s.min_os for s in self.slices if s.min_os and s.platform in ("ios", None)]
        return min(versions, key=version_key) if versions else None

    def arch_summary(self) -> str:
        return ", ".join(s.arch + (f" ({s.platform})" if s.platform else "") for s in self.slices)

    def constant_first_arg(self, symbol: str) -> list[int | None]:
        out: list[int | None] = []
        for s in self.analysed_slices:
            out.extend(s.constant_first_arg(symbol))
        return out


def version_key(text: str) -> tuple[int, ...]:
    parts = []
    for p in text.split("."):
        digits = "".join(ch for ch in p if ch.isdigit())
        parts.append(int(digits) if digits else 0)
    return tuple(parts)


def _version(packed: int) -> str:
    major, minor, patch = packed >> 16, (packed >> 8) & 0xFF, packed & 0xFF
    return f"{major}.{minor}" + (f".{patch}" if patch else "")


def _arch(cpu: int, sub: int) -> str:
    if cpu == CPU_ARM64:
        return "arm64e" if sub & 0xFF == _CPU_SUBTYPE_ARM64E else "arm64"
    return {CPU_X86_64: "x86_64", CPU_ARM: "armv7", CPU_X86: "i386"}.get(cpu, f"cpu{cpu:#x}")


def parse_macho(data: bytes, path: str) -> MachO:
    """Parse a thin or fat Mach-O. PartError when nothing in it is readable; a slice that cannot be
    read is kept with its problems (and no code facts)."""
    if len(data) > MAX_BINARY_SIZE:
        raise PartError(f"{path}: {len(data)} bytes, over the {MAX_BINARY_SIZE}-byte limit for one binary")
    if len(data) < 4:
        raise PartError(f"{path}: {len(data)} bytes, too short for a Mach-O header")
    magic_be = struct.unpack_from(">I", data)[0]
    if magic_be in (0xCAFEBABE, 0xCAFEBABF):
        return _parse_fat(data, path, wide=magic_be == 0xCAFEBABF)
    thin = _parse_thin(data, path)
    return MachO(path, len(data), False, [thin])


def _parse_fat(data: bytes, path: str, wide: bool) -> MachO:
    entry = 32 if wide else 20
    if len(data) < 8:
        raise PartError(f"{path}: truncated fat header")
    count = struct.unpack_from(">I", data, 4)[0]
    if count == 0 or count > _MAX_FAT_ARCHS:
        raise PartError(f"{path}: fat header declares {count} architectures: not a Mach-O universal binary")
    if 8 + count * entry > len(data):
        raise PartError(f"{path}: fat header declares {count} architectures but the file ends inside the table")
    slices: list[Slice] = []
    problems: list[str] = []
    for i in range(count):
        pos = 8 + i * entry
        if wide:
            cpu, sub, offset, size = struct.unpack_from(">iiQQ", data, pos)
        else:
            cpu, sub, offset, size = struct.unpack_from(">iiII", data, pos)
        arch = _arch(cpu & 0xFFFFFFFF, sub)
        if offset + size > len(data) or size == 0:
            problems.append(f"fat slice {i} ({arch}) at offset {offset} with {size} bytes points past the end "
                            f"of the {len(data)}-byte file")
            continue
        try:
            slices.append(_parse_thin(data[offset:offset + size], f"{path} [{arch}]"))
        except PartError as exc:
            problems.append(str(exc).removeprefix(f"{path} "))
    if not slices:
        raise PartError(f"{path}: no readable slice in the universal binary: " + "; ".join(problems))
    return MachO(path, len(data), True, slices, problems)


def _parse_thin(data: bytes, where: str) -> Slice:
    if len(data) < 28:
        raise PartError(f"{where}: truncated Mach-O header ({len(data)} bytes)")
    magic = struct.unpack_from("<I", data)[0]
    if magic == 0xFEEDFACF:
        header_size, bits64 = 32, True
    elif magic == 0xFEEDFACE:
        header_size, bits64 = 28, False
    elif magic in (0xCFFAEDFE, 0xCEFAEDFE):
        raise PartError(f"{where}: big-endian Mach-O: not an iOS binary")
    else:
        raise PartError(f"{where}: not a Mach-O binary (magic {magic:#010x})")
    cpu, sub, _ftype, ncmds, sizeofcmds = struct.unpack_from("<iiIII", data, 4)
    cpu &= 0xFFFFFFFF
    sl = Slice(arch=_arch(cpu, sub), cpu_type=cpu)
    if header_size + sizeofcmds > len(data):
        raise PartError(f"{where}: truncated: load commands need {header_size + sizeofcmds} bytes, "
                        f"the binary has {len(data)}")
    pos, end = header_size, header_size + sizeofcmds
    chained = classic = False
    for _ in range(ncmds):
        if pos + 8 > end:
            raise PartError(f"{where}: malformed load commands (command table ends early)")
        cmd, size = struct.unpack_from("<II", data, pos)
        if size < 8 or pos + size > end:
            raise PartError(f"{where}: malformed load command {cmd:#x} of size {size} at offset {pos}")
        if cmd in (LC_SEGMENT_64, LC_SEGMENT):
            fmt, need = ("<16sQQQQ", 56) if cmd == LC_SEGMENT_64 else ("<16sIIII", 40)
            if size < need:
                raise PartError(f"{where}: malformed segment command at offset {pos}")
            name, _vmaddr, _vmsize, fileoff, filesize = struct.unpack_from(fmt, data, pos + 8)
            if fileoff + filesize > len(data):
                seg = name.rstrip(b"\0").decode("ascii", "replace")
                raise PartError(f"{where}: truncated: segment {seg} ends at byte {fileoff + filesize}, "
                                f"the binary has {len(data)}")
        elif cmd in (LC_ENCRYPTION_INFO, LC_ENCRYPTION_INFO_64) and size >= 20:
            _off, _size, cryptid = struct.unpack_from("<III", data, pos + 8)
            sl.crypt_id = cryptid
            sl.encrypted = cryptid != 0
        elif cmd == LC_BUILD_VERSION and size >= 24:
            platform, minos, sdk = struct.unpack_from("<III", data, pos + 8)
            sl.platform = _PLATFORMS.get(platform, f"platform {platform}")
            sl.min_os, sl.sdk = _version(minos), _version(sdk)
        elif cmd == LC_VERSION_MIN_IPHONEOS and size >= 16:
            version, sdk = struct.unpack_from("<II", data, pos + 8)
            sl.platform = sl.platform or "ios"
            sl.min_os, sl.sdk = _version(version), _version(sdk)
        elif cmd == LC_DYLD_CHAINED_FIXUPS:
            chained = True
        elif cmd in (LC_DYLD_INFO, LC_DYLD_INFO_ONLY):
            classic = True
        pos += size
    sl.fixups = "chained" if chained else "classic" if classic else "none"
    sl.bits = 64 if bits64 else 32
    if sl.cpu_type == CPU_ARM:
        # Call arguments are decoded from arm64 instructions only (constant_first_arg); x86 slices are
        # simulator builds, which no device runs.
        sl.unread = ("constants passed to calls (decoded in arm64 code only)",)
    if sl.encrypted:
        return sl  # FairPlay-encrypted: section bytes are ciphertext; nothing more to read
    try:
        _read_with_lief(data, sl)
    except PartError as exc:
        sl.problems.append(str(exc))
    return sl


def _read_with_lief(data: bytes, sl: Slice) -> None:
    # LIEF warns (RuntimeWarning, on stderr) about enum values a hostile binary makes up: the problems that
    # matter are raised, and stderr stays the one line the CLI promises.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        _read_slice(data, sl)


def _read_slice(data: bytes, sl: Slice) -> None:
    lief = _lief()
    if lief is None:
        raise PartError("LIEF is not installed: code not analysed")
    try:
        fat = lief.MachO.parse(data)
        binary = fat.at(0) if fat is not None and fat.size > 0 else None
        if binary is None:
            raise PartError(f"{sl.arch}: LIEF could not parse the slice")
        imports = []
        for sym in binary.imported_symbols:
            lib = None
            if sym.has_binding_info and sym.binding_info.has_library:
                lib = _name(sym.binding_info.library.name)
            imports.append(Import(_name(sym.name), lib))
        sl.imports = tuple(sorted(set(imports), key=lambda i: (i.symbol, i.library or "")))
        defined = {_name(s.name) for s in binary.symbols if s.type != lief.MachO.Symbol.TYPE.UNDEFINED and s.name}
        sl.defined_symbols = frozenset(defined)
        _check_sections(binary, len(data), sl.arch, lief)
        sections = {}
        for sec in binary.sections:
            sections.setdefault(_name(sec.name), sec)
        strings: dict[str, set[str]] = {"selectors": set(), "classes": set(), "cstrings": set()}
        for name, kind in _STRING_SECTIONS.items():
            sec = sections.get(name)
            if sec is not None:
                strings[kind] |= _split_strings(bytes(sec.content))
        sl.selectors = frozenset(strings["selectors"])
        classes = strings["classes"] | {s.removeprefix("_OBJC_CLASS_$_") for s in defined
                                        if s.startswith("_OBJC_CLASS_$_")}
        sl.class_names = frozenset(classes)
        sl.cstrings = frozenset(strings["cstrings"])
        sl.cfstrings = frozenset(_cfstrings(binary, sections, sl.bits))
        text = sections.get("__text")
        if text is not None:
            sl._text, sl._text_addr = bytes(text.content), text.virtual_address
        sl._stubs = _stub_map(binary, sections)
    except PartError:
        raise
    except Exception as exc:  # noqa: BLE001 - LIEF raises assorted errors on hostile binaries
        raise PartError(f"{sl.arch}: LIEF failed on the slice: {type(exc).__name__}: {exc}") from None


def _name(value) -> str:
    """A name as LIEF returns it: str, or bytes when it is not valid UTF-8 (a hostile symbol table)."""
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _check_sections(binary, size: int, arch: str, lief) -> None:
    """PartError for a section whose bytes lie outside the slice: its size or offset is forged, and
    everything read through it (stubs, strings) would be too. dyld refuses such a binary as well."""
    zerofill = {lief.MachO.Section.TYPE.ZEROFILL, lief.MachO.Section.TYPE.GB_ZEROFILL,
                lief.MachO.Section.TYPE.THREAD_LOCAL_ZEROFILL}
    for sec in binary.sections:
        if sec.type in zerofill:
            continue  # no bytes in the file
        if sec.offset + sec.size > size:
            raise PartError(f"{arch}: section {_name(sec.segment_name)},{_name(sec.name)} ({sec.size} bytes at offset "
                            f"{sec.offset}) runs past the end of the {size}-byte slice")


def _split_strings(raw: bytes) -> set[str]:
    return {s.decode("utf-8", "replace") for s in raw.split(b"\0") if s}


def _cfstrings(binary, sections, bits: int = 64) -> set[str]:
    """Text of each CFString literal: `__cfstring` holds {isa, flags, pointer, length} per literal, each
    field pointer-sized (8 bytes in 64-bit slices, 4 in 32-bit ones); the pointer is a plain address
    (classic binds) or a chained-fixup rebase (target in the low 36 bits, a virtual address or an offset
    from the image base)."""
    sec = sections.get("__cfstring")
    if sec is None:
        return set()
    raw = bytes(sec.content)
    entry, fmt = (32, "<QQQQ") if bits == 64 else (16, "<IIII")
    base = 0
    for seg in binary.segments:
        if _name(seg.name) == "__TEXT":
            base = seg.virtual_address
            break
    pools = [s for s in (sections.get("__cstring"), sections.get("__ustring")) if s is not None]
    ranges = [(s, s.virtual_address, s.virtual_address + s.size, bytes(s.content)) for s in pools]
    out: set[str] = set()
    for pos in range(0, len(raw) - entry + 1, entry):
        _isa, flags, ptr, length = struct.unpack_from(fmt, raw, pos)
        if ptr >> 63:
            continue  # a bind, not a pointer to text
        low = ptr & ((1 << 36) - 1)
        for addr in (ptr, low, base + low):
            hit = next(((s, lo, content) for s, lo, hi, content in ranges if lo <= addr < hi), None)
            if hit is None:
                continue
            sec_, lo, content = hit
            start = addr - lo
            if sec_.name == "__ustring" or flags & 0x10:
                out.add(content[start:start + 2 * length].decode("utf-16-le", "replace"))
            else:
                out.add(content[start:start + length].decode("utf-8", "replace"))
            break
    return out


def _stub_map(binary, sections) -> dict[int, str]:
    """Stub address -> imported symbol, from the stub sections and the indirect symbol table."""
    out: dict[int, str] = {}
    try:
        indirect = [s.name for s in binary.dynamic_symbol_command.indirect_symbols]
    except Exception:  # noqa: BLE001 - no LC_DYSYMTAB: no stubs to map
        return out
    for name in ("__stubs", "__auth_stubs"):
        sec = sections.get(name)
        if sec is None or sec.reserved2 == 0:
            continue
        # Both counts come from the file: the stubs the section claims, bounded by the indirect symbols
        # that exist (a forged section size would otherwise drive this loop up to 2^64 times).
        count = min(sec.size // sec.reserved2, max(0, len(indirect) - sec.reserved1))
        for i in range(count):
            out[sec.virtual_address + i * sec.reserved2] = indirect[sec.reserved1 + i]
    return out


_KINDS = {"C": "class", "V": "struct", "O": "enum", "P": "protocol"}


def demangle(symbol: str) -> SwiftName | None:
    """Read the module, the type path and (for initializers) the argument labels from a Swift 5
    mangled symbol (`$s9Alamofire22DisabledTrustEvaluatorCMa` -> Alamofire.DisabledTrustEvaluator).
    Only literal identifiers are read; a word substitution ends the type path. None for non-Swift."""
    name = symbol.removeprefix("_")
    for prefix in ("$s", "$S", "_T0"):
        if name.startswith(prefix):
            rest = name[len(prefix):]
            break
    else:
        return None
    idents: list[str] = []
    pos = 0
    kind = "other"
    labels: list[str] = []
    while pos < len(rest):
        ch = rest[pos]
        if ch.isdigit() and ch != "0":
            num = 0
            while pos < len(rest) and rest[pos].isdigit():
                num = num * 10 + int(rest[pos])
                pos += 1
            if num > len(rest) - pos:
                return None
            ident = rest[pos:pos + num]
            pos += num
            if kind == "other":
                idents.append(ident)
            else:
                labels.append(ident)
            continue
        if kind == "other" and ch in _KINDS and len(idents) >= 2:
            kind = _KINDS[ch]
            pos += 1
            continue
        break  # labels follow the kind marker directly; anything else ends what is read
    if len(idents) < 2:
        return None
    return SwiftName(symbol, idents[0], tuple(idents[1:]), kind, tuple(labels),
                     initializer=name.endswith(("fC", "fc")))
