"""A thin armv7 iOS executable assembled from one clang-14 armv7 object file.

ld64.lld-19 links arm64 and x86_64 only (`ld64.lld-19: error: missing or unsupported -arch armv7`), and no
other Mach-O linker is installed, so 32-bit samples are assembled here, the way ld64 lays an executable
out: the object's sections go to __TEXT or __DATA by their segment name at their alignment; data pointers
are relocated (rebase opcodes); references to symbols other images define become binds against the
library whose .tbd stub in the fake SDK exports them (calls from code through lazy pointers, the rest
non-lazy); and the symbol table (external symbols only, as in a stripped release build), LC_DYSYMTAB with
its indirect symbols, LC_VERSION_MIN_IPHONEOS, LC_MAIN, LC_ENCRYPTION_INFO (cryptid 0) and one
LC_LOAD_DYLIB per library are written. What is not done: instructions in __text are not relocated and no
symbol stubs are made, so the binary is for static analysis and would not run.

    python3 armv7.py main.o OUT --sdk fakesdk --min-os 8.0 --sdk-version 8.4
"""

from __future__ import annotations

import argparse
import hashlib
import re
import struct
from dataclasses import dataclass, field
from pathlib import Path

CPU_TYPE_ARM, CPU_SUBTYPE_ARM_V7 = 12, 9
MH_EXECUTE, MH_FLAGS = 2, 0x1 | 0x4 | 0x80 | 0x200000  # NOUNDEFS, DYLDLINK, TWOLEVEL, PIE
LC_SEGMENT, LC_SYMTAB, LC_DYSYMTAB, LC_LOAD_DYLIB, LC_LOAD_DYLINKER = 0x1, 0x2, 0xB, 0xC, 0xE
LC_UUID, LC_ENCRYPTION_INFO, LC_VERSION_MIN_IPHONEOS = 0x1B, 0x21, 0x25
LC_DYLD_INFO_ONLY, LC_MAIN = 0x80000022, 0x80000028
N_EXT, N_SECT, N_TYPE = 0x01, 0x0E, 0x0E
S_ZEROFILL, S_NON_LAZY_SYMBOL_POINTERS, S_LAZY_SYMBOL_POINTERS = 0x1, 0x6, 0x7
ARM_THUMB_RELOC_BR22 = 6
PAGE = 0x1000
TEXT_BASE = 0x4000  # after a 16 KiB __PAGEZERO, as ld64 lays out 32-bit iOS executables
DYLINKER = b"/usr/lib/dyld"


@dataclass
class Section:
    name: str
    seg: str
    addr: int
    size: int
    align: int
    flags: int
    data: bytes
    relocs: list[tuple[int, int, int, bool, int]]  # (offset, symbolnum-or-section, value, extern, type)
    reserved1: int = 0
    new_addr: int = 0
    index: int = 0  # 1-based, in the output

    @property
    def type(self) -> int:
        return self.flags & 0xFF


@dataclass
class Symbol:
    name: str
    type: int
    sect: int
    value: int
    desc: int = 0


@dataclass
class Obj:
    sections: list[Section] = field(default_factory=list)
    symbols: list[Symbol] = field(default_factory=list)
    indirect: list[int] = field(default_factory=list)


def read_object(data: bytes) -> Obj:
    magic, cpu, _sub, ftype, ncmds, _size, _flags = struct.unpack_from("<7I", data)
    if magic != 0xFEEDFACE or cpu != CPU_TYPE_ARM or ftype != 1:
        raise SystemExit("armv7.py: not a 32-bit ARM Mach-O object file")
    obj = Obj()
    pos = 28
    for _ in range(ncmds):
        cmd, size = struct.unpack_from("<II", data, pos)
        if cmd == LC_SEGMENT:
            nsects = struct.unpack_from("<I", data, pos + 48)[0]
            for i in range(nsects):
                s = pos + 56 + 68 * i
                name, seg = (data[s + k:s + k + 16].rstrip(b"\0").decode() for k in (0, 16))
                addr, sz, off, align, reloff, nreloc, flags, r1 = struct.unpack_from("<8I", data, s + 32)
                content = b"" if flags & 0xFF == S_ZEROFILL else data[off:off + sz]
                relocs = []
                for r in range(nreloc):
                    a, info = struct.unpack_from("<II", data, reloff + 8 * r)
                    if a & 0x80000000:  # scattered: the target is an address
                        relocs.append((a & 0xFFFFFF, 0, info, False, (a >> 24) & 0xF))
                    else:
                        relocs.append((a, info & 0xFFFFFF, 0, bool(info >> 27 & 1), info >> 28))
                obj.sections.append(Section(name, seg, addr, sz, align, flags, content, relocs, r1))
        elif cmd == LC_SYMTAB:
            symoff, nsyms, stroff, _ = struct.unpack_from("<4I", data, pos + 8)
            for i in range(nsyms):
                strx, ntype, sect, desc, value = struct.unpack_from("<IBBhI", data, symoff + 12 * i)
                name = data[stroff + strx:data.index(b"\0", stroff + strx)].decode()
                obj.symbols.append(Symbol(name, ntype, sect, value, desc))
        elif cmd == LC_DYSYMTAB:
            off, count = struct.unpack_from("<II", data, pos + 8 + 48)
            obj.indirect = list(struct.unpack_from(f"<{count}I", data, off))
        pos += size
    return obj


def tbd_exports(sdk: Path) -> dict[str, str]:
    """symbol -> install name of the library whose .tbd stub exports it."""
    out: dict[str, str] = {}
    for tbd in sorted(sdk.rglob("*.tbd")):
        text = tbd.read_text()
        install = re.search(r"install-name:\s*'([^']+)'", text).group(1)
        for kind, names in re.findall(r"(symbols|objc-classes):\s*\[([^\]]*)\]", text):
            for n in (x.strip() for x in names.split(",") if x.strip()):
                if kind == "symbols":
                    out.setdefault(n, install)
                else:
                    out.setdefault(f"_OBJC_CLASS_$_{n}", install)
                    out.setdefault(f"_OBJC_METACLASS_$_{n}", install)
    return out


def _uleb(v: int) -> bytes:
    out = bytearray()
    while True:
        b, v = v & 0x7F, v >> 7
        out.append(b | (0x80 if v else 0))
        if not v:
            return bytes(out)


def _pad(b: bytes | bytearray, n: int) -> bytes:
    return bytes(b) + b"\0" * (-len(b) % n)


def _version(text: str) -> int:
    parts = [int(p) for p in text.split(".")] + [0, 0]
    return parts[0] << 16 | parts[1] << 8 | parts[2]


def link(obj_bytes: bytes, exports: dict[str, str], min_os: str, sdk_version: str) -> bytes:
    obj = read_object(obj_bytes)
    secs = [s for s in obj.sections if s.seg in ("__TEXT", "__DATA")]
    undefined = sorted({s.name for s in obj.symbols if s.type & N_TYPE == 0 and s.type & N_EXT})
    missing = [n for n in undefined if n not in exports]
    if missing:
        raise SystemExit(f"armv7.py: undefined symbols no .tbd exports: {', '.join(missing)}")
    called = sorted({obj.symbols[r[1]].name for s in secs if s.seg == "__TEXT" for r in s.relocs
                     if r[3] and r[4] == ARM_THUMB_RELOC_BR22 and obj.symbols[r[1]].name in undefined})
    nl = next((s for s in secs if s.type == S_NON_LAZY_SYMBOL_POINTERS), None)
    if nl is not None and any(obj.indirect[nl.reserved1 + i] & 0xC0000000 for i in range(nl.size // 4)):
        raise SystemExit("armv7.py: local symbols in __nl_symbol_ptr are not supported")
    bound_nl = {obj.symbols[obj.indirect[nl.reserved1 + i]].name for i in range(nl.size // 4)} if nl else set()
    # Every undefined symbol bound somewhere: data references, GOT slots, lazy pointers for calls.
    extra_nl = ["dyld_stub_binder"]
    if nl is None:
        nl = Section("__nl_symbol_ptr", "__DATA", 0, 0, 2, S_NON_LAZY_SYMBOL_POINTERS, b"", [])
        secs.append(nl)
    la = Section("__la_symbol_ptr", "__DATA", 0, 4 * len(called), 2, S_LAZY_SYMBOL_POINTERS, b"\0" * 4 * len(called),
                 [])
    secs.append(la)
    exports = {**exports, "dyld_stub_binder": exports.get("dyld_stub_binder", "/usr/lib/libSystem.B.dylib")}
    libs = sorted({exports[n] for n in (*undefined, *extra_nl)})
    ordinal = {lib: i + 1 for i, lib in enumerate(libs)}
    nl_names = [obj.symbols[obj.indirect[nl.reserved1 + i]].name for i in range(nl.size // 4)] + \
        [n for n in extra_nl if n not in bound_nl]
    nl_base_size = nl.size
    nl.size, nl.data = 4 * len(nl_names), nl.data + b"\0" * (4 * len(nl_names) - nl_base_size)

    sizes = {LC_SEGMENT: 56, LC_DYLD_INFO_ONLY: 48, LC_SYMTAB: 24, LC_DYSYMTAB: 80, LC_UUID: 24,
             LC_VERSION_MIN_IPHONEOS: 16, LC_MAIN: 24, LC_ENCRYPTION_INFO: 20}
    text = [s for s in secs if s.seg == "__TEXT"]
    data = [s for s in secs if s.seg == "__DATA"]
    dylinker_size = 12 + len(_pad(DYLINKER + b"\0", 4))
    dylib_sizes = [24 + len(_pad(lib.encode() + b"\0", 4)) for lib in libs]
    cmds_size = 4 * sizes[LC_SEGMENT] + 68 * len(secs) + sum(sizes[c] for c in (
        LC_DYLD_INFO_ONLY, LC_SYMTAB, LC_DYSYMTAB, LC_UUID, LC_VERSION_MIN_IPHONEOS, LC_MAIN,
        LC_ENCRYPTION_INFO)) + dylinker_size + sum(dylib_sizes)
    # Lay the sections out: __TEXT after the header, __DATA on the next page.
    off = 28 + cmds_size
    for s in text:
        off += -off % (1 << s.align)
        s.new_addr = TEXT_BASE + off
        off += s.size
    text_size = off + (-off % PAGE)
    data_base, doff = TEXT_BASE + text_size, 0
    for s in data:
        doff += -doff % (1 << s.align)
        s.new_addr, doff = data_base + doff, doff + s.size
    data_size = doff + (-doff % PAGE)
    for i, s in enumerate(text + data, 1):  # section numbers follow the load commands
        s.index = i
    old = {i + 1: s for i, s in enumerate(obj.sections)}

    def moved(value: int) -> int:
        for s in secs:
            if s.addr <= value < s.addr + max(s.size, 1) and s is not la:
                return value - s.addr + s.new_addr
        raise SystemExit(f"armv7.py: a pointer to {value:#x} is in no section")

    defined = sorted((sym for sym in obj.symbols if sym.type & N_EXT and sym.type & N_TYPE == N_SECT),
                     key=lambda sym: sym.name)
    new_value = {sym.name: sym.value - old[sym.sect].addr + old[sym.sect].new_addr for sym in defined}
    rebases: list[int] = []
    binds: list[tuple[int, str, int]] = []
    content = {id(s): bytearray(s.data) for s in secs}
    for s in data:
        buf = content[id(s)]
        for offset, num, _target, extern, rtype in s.relocs:
            if rtype != 0:
                raise SystemExit(f"armv7.py: relocation type {rtype} in {s.name} is not a plain pointer")
            v = struct.unpack_from("<I", buf, offset)[0]
            where = s.new_addr + offset - data_base
            if extern and obj.symbols[num].type & N_TYPE == 0:
                binds.append((where, obj.symbols[num].name, v))
                struct.pack_into("<I", buf, offset, 0)
                continue
            if extern:
                v += new_value[obj.symbols[num].name]
            elif num:  # section-relative: the pointer holds an address in that section
                v = v - old[num].addr + old[num].new_addr
            else:  # scattered
                v = moved(v)
            struct.pack_into("<I", buf, offset, v)
            rebases.append(where)
    for i, name in enumerate(nl_names):
        binds.append((nl.new_addr + 4 * i - data_base, name, 0))
    lazy = [(la.new_addr + 4 * i - data_base, name) for i, name in enumerate(called)]

    seg = 2  # __PAGEZERO 0, __TEXT 1, __DATA 2
    rebase = bytearray(b"\x11")
    for where in sorted(rebases):
        rebase += bytes([0x20 | seg]) + _uleb(where) + b"\x51"
    rebase += b"\0"
    bind = bytearray()
    for where, name, addend in sorted(binds):
        bind += bytes([0x10 | ordinal[exports[name]], 0x40]) + name.encode() + b"\0\x51"
        bind += bytes([0x70 | seg]) + _uleb(where)
        if addend:
            bind += b"\x60" + _uleb(addend)  # small positive addends only
        bind += b"\x90"
    bind += b"\0"
    lazy_bind = bytearray()
    for where, name in lazy:
        lazy_bind += bytes([0x70 | seg]) + _uleb(where) + bytes([0x10 | ordinal[exports[name]], 0x40])
        lazy_bind += name.encode() + b"\0\x90\0"

    # Symbol table: defined externals, then undefined (two-level: library ordinal in n_desc).
    imports = sorted({*undefined, *extra_nl})
    strtab = bytearray(b" \0")
    nlist = bytearray()
    index_of = {}
    for sym in defined:
        index_of[sym.name] = len(index_of)
        nlist += struct.pack("<IBBhI", len(strtab), N_SECT | N_EXT, old[sym.sect].index, sym.desc,
                             new_value[sym.name])
        strtab += sym.name.encode() + b"\0"
    for name in imports:
        index_of[name] = len(index_of)
        nlist += struct.pack("<IBBhI", len(strtab), N_EXT, 0, ordinal[exports[name]] << 8, 0)
        strtab += name.encode() + b"\0"
    indirect = [index_of[n] for n in nl_names] + [index_of[n] for n in called]
    nl.reserved1, la.reserved1 = 0, len(nl_names)

    linkedit_off = text_size + data_size
    parts = [_pad(rebase, 4), _pad(bind, 4), _pad(lazy_bind, 4), bytes(nlist),
             struct.pack(f"<{len(indirect)}I", *indirect), _pad(strtab, 4)]
    offsets, cur = [], linkedit_off
    for p in parts:
        offsets.append(cur)
        cur += len(p)
    linkedit = b"".join(parts)

    def segment(name: str, vmaddr: int, vmsize: int, fileoff: int, filesize: int, prot: int,
                sections: list[Section]) -> bytes:
        out = struct.pack("<II16s8I", LC_SEGMENT, 56 + 68 * len(sections), name.encode(), vmaddr, vmsize, fileoff,
                          filesize, prot, prot, len(sections), 0)
        for s in sections:
            file_off = 0 if s.type == S_ZEROFILL else s.new_addr - TEXT_BASE
            out += struct.pack("<16s16s9I", s.name.encode(), s.seg.encode(), s.new_addr, s.size, file_off, s.align,
                               0, 0, s.flags, s.reserved1, 0)
        return out

    main = new_value.get("_main", TEXT_BASE)
    text_sec = next(s for s in text if s.name == "__text")
    cmds = [
        segment("__PAGEZERO", 0, TEXT_BASE, 0, 0, 0, []),
        segment("__TEXT", TEXT_BASE, text_size, 0, text_size, 5, text),
        segment("__DATA", data_base, data_size, text_size, data_size, 3, data),
        segment("__LINKEDIT", data_base + data_size, len(linkedit) + (-len(linkedit) % PAGE), linkedit_off,
                len(linkedit), 1, []),
        struct.pack("<12I", LC_DYLD_INFO_ONLY, 48, offsets[0], len(parts[0]), offsets[1], len(parts[1]), 0, 0,
                    offsets[2], len(parts[2]), 0, 0),
        struct.pack("<6I", LC_SYMTAB, 24, offsets[3], len(nlist) // 12, offsets[5], len(parts[5])),
        struct.pack("<20I", LC_DYSYMTAB, 80, 0, 0, 0, len(defined), len(defined), len(imports), 0, 0, 0, 0, 0, 0,
                    offsets[4], len(indirect), 0, 0, 0, 0),
        struct.pack("<III", LC_LOAD_DYLINKER, dylinker_size, 12) + _pad(DYLINKER + b"\0", 4),
        struct.pack("<II", LC_UUID, 24) + hashlib.sha256(obj_bytes).digest()[:16],
        struct.pack("<4I", LC_VERSION_MIN_IPHONEOS, 16, _version(min_os), _version(sdk_version)),
        struct.pack("<IIQQ", LC_MAIN, 24, main - TEXT_BASE, 0),
        struct.pack("<5I", LC_ENCRYPTION_INFO, 20, text_sec.new_addr - TEXT_BASE,
                    text_size - (text_sec.new_addr - TEXT_BASE), 0),
    ]
    for lib, size in zip(libs, dylib_sizes, strict=True):
        cmds.append(struct.pack("<6I", LC_LOAD_DYLIB, size, 24, 2, 0x10000, 0x10000) + _pad(lib.encode() + b"\0", 4))
    commands = b"".join(cmds)
    assert len(commands) == cmds_size, (len(commands), cmds_size)
    out = bytearray(struct.pack("<7I", 0xFEEDFACE, CPU_TYPE_ARM, CPU_SUBTYPE_ARM_V7, MH_EXECUTE, len(cmds),
                                cmds_size, MH_FLAGS) + commands)
    out += b"\0" * (linkedit_off - len(out))
    for s in secs:
        if s.type != S_ZEROFILL:
            pos = s.new_addr - TEXT_BASE
            out[pos:pos + s.size] = content[id(s)]
    return bytes(out + linkedit)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("object", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--sdk", type=Path, required=True, help="the fake SDK folder with .tbd stubs")
    parser.add_argument("--min-os", default="8.0")
    parser.add_argument("--sdk-version", default="8.4")
    args = parser.parse_args()
    args.out.write_bytes(link(args.object.read_bytes(), tbd_exports(args.sdk), args.min_os, args.sdk_version))


if __name__ == "__main__":
    main()
