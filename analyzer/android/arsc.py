"""Resolve resource ids (`@7F0F0000`) to names and files through `resources.arsc`.

Rules only need a handful of references resolved (the NSC file, `@raw/...` certificates), so this
reads just the table's structure and the entries asked for, bounds-checking every offset, instead of
building androguard's full in-memory model of every resource value (the cost grows with the app's
resources, not with what pinscan needs).

Measured 2026-12-03 (bench/bench_readers.py, medians of 20 runs, Python 3.11, androguard 4.1.4, on a shared
2-core machine), reading the table and resolving every xml and raw resource plus one `find`: ApiDemos
5.0.0 (762 KiB table, 3143 resources, 37 resolved) 3.8 ms and 0.65 MiB peak (tracemalloc) here against
149 ms and 7.4 MiB for androguard `ARSCParser` with `get_resolved_res_configs`; appium-uiautomator2-server
10.6.6 (1 KiB table) 0.03 ms against 0.30 ms. tests/test_differential.py checks `find` on every resource
and `resolve` on every xml, raw and string resource against androguard on every sample and npm APK.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from pinscan.android.axml import TYPE_REFERENCE, TYPE_STRING, _Reader, _string_pool
from pinscan.errors import PartError
from pinscan.limits import TABLE_WORK, Budget

_RES_TABLE = 0x0002
_RES_STRING_POOL = 0x0001
_RES_TABLE_PACKAGE = 0x0200
_RES_TABLE_TYPE = 0x0201

_FLAG_SPARSE = 0x01
_FLAG_OFFSET16 = 0x02
_ENTRY_COMPACT = 0x0008
_NO_ENTRY32 = 0xFFFFFFFF
MAX_REFERENCE_DEPTH = 8  # references followed from one resource to the value it stands for
MAX_PATHS = 1024  # copies of one value follow_references lists, however many paths reach it


@dataclass(frozen=True)
class ResolvedValue:
    type_name: str  # "xml", "raw", "string", ...
    entry_name: str  # "network_security_config"
    default_config: bool  # the value of the default configuration (no qualifiers)
    dtype: int
    data: int
    string: str | None  # for string values: the file path inside the package, or the text

    @property
    def ref_name(self) -> str:
        return f"@{self.type_name}/{self.entry_name}"


def follow_references(res_id: int, values_of: Callable[[int], list[ResolvedValue]],
                      work: Budget) -> list[ResolvedValue]:
    """Every configuration's value of `res_id` with references followed, as Android's resolver (and androguard)
    list them: a reference stands for every configuration's value of what it points to, up to
    MAX_REFERENCE_DEPTH steps; a reference not followed (too deep, or to itself) stays in the result as a
    reference. A value comes once per path that reaches it, in the order first met.

    Counted, not walked: what a resource expands to at a given depth is computed once, so cycles and resources
    shared by many configurations cost each resource at most MAX_REFERENCE_DEPTH + 1 expansions, not one per
    path (12 configurations referring round a cycle were 12^8 paths). A value reached along more than
    MAX_PATHS paths (only a cycle or a hostile table does that; the most in the differential tests' apps is one
    string in 76 locales) is listed MAX_PATHS times, and the values listed are spent from the table's `work`."""
    memo: dict[tuple[int, int], dict[ResolvedValue, int]] = {}  # (resource, depth) -> value -> paths

    def expand(rid: int, depth: int) -> dict[ResolvedValue, int]:
        got = memo.get((rid, depth))
        if got is None:
            got = {}
            for v in values_of(rid):
                if v.dtype == TYPE_REFERENCE and depth < MAX_REFERENCE_DEPTH and v.data != rid:
                    for w, n in expand(v.data, depth + 1).items():
                        got[w] = got.get(w, 0) + n
                else:
                    got[v] = got.get(v, 0) + 1
            memo[(rid, depth)] = got
        return got

    counts = {v: min(n, MAX_PATHS) for v, n in expand(res_id, 0).items()}
    work.spend(sum(counts.values()))
    return [v for v, n in counts.items() for _ in range(n)]


@dataclass
class _Package:
    pkg_id: int
    type_names: list[str]
    key_names: list[str]
    types: dict[int, list[int]]  # type id -> offsets of its ResTable_type chunks


class ResourceTable:
    def __init__(self, data: bytes, name: str = "resources.arsc") -> None:
        self._r = _Reader(data, name)
        self.name = name
        self._strings: list[str] = []
        self._packages: dict[int, _Package] = {}
        self._direct: dict[int, list[ResolvedValue]] = {}
        self.work = Budget(name, TABLE_WORK, "entries looked up")
        self._parse()

    def _parse(self) -> None:
        r = self._r
        ctype, header_size, total = r.unpack("<HHI", 0)
        if ctype != _RES_TABLE or total > len(r.data) or header_size < 12:
            raise PartError(f"{self.name}: not a resource table (or truncated)")
        off = header_size
        while off + 8 <= total:
            ctype, chsize, csize = r.unpack("<HHI", off)
            if csize < 8 or off + csize > total:
                raise r.fail(f"chunk at offset {off} has bad size {csize}")
            if ctype == _RES_STRING_POOL:
                self._strings = _string_pool(r, off, csize)
            elif ctype == _RES_TABLE_PACKAGE:
                self._parse_package(off, chsize, csize)
            off += csize

    def _parse_package(self, off: int, chsize: int, csize: int) -> None:
        r = self._r
        (pkg_id,) = r.unpack("<I", off + 8)
        type_strings_off, _, key_strings_off = r.unpack("<III", off + 8 + 4 + 256)
        end = off + csize
        type_names: list[str] = []
        key_names: list[str] = []
        types: dict[int, list[int]] = {}
        p = off + chsize
        while p + 8 <= end:
            ctype, _, size = r.unpack("<HHI", p)
            if size < 8 or p + size > end:
                raise r.fail(f"package chunk at offset {p} has bad size {size}")
            rel = p - off
            if ctype == _RES_STRING_POOL:
                if rel == type_strings_off:
                    type_names = _string_pool(r, p, size)
                elif rel == key_strings_off:
                    key_names = _string_pool(r, p, size)
            elif ctype == _RES_TABLE_TYPE:
                (type_id,) = r.unpack("<B", p + 8)
                types.setdefault(type_id, []).append(p)
            p += size
        self._packages[pkg_id & 0xFF] = _Package(pkg_id & 0xFF, type_names, key_names, types)

    def defined(self, res_id: int) -> bool:
        """Whether the table has a value for `res_id` in some configuration."""
        return bool(self._values(res_id))

    def resolve(self, res_id: int) -> list[ResolvedValue]:
        """Every configuration's value of `res_id`, references followed (see follow_references)."""
        return follow_references(res_id, self._values, self.work)

    def _values(self, res_id: int) -> list[ResolvedValue]:
        """The values `res_id` has in each configuration, references not followed."""
        got = self._direct.get(res_id)
        if got is not None:
            return got
        pkg = self._packages.get(res_id >> 24)
        type_id = (res_id >> 16) & 0xFF
        entry_idx = res_id & 0xFFFF
        out: list[ResolvedValue] = []
        for chunk in pkg.types.get(type_id, []) if pkg is not None else []:
            value = self._entry_value(chunk, entry_idx)
            if value is None:
                continue
            default_config, key_idx, dtype, data = value
            type_name = pkg.type_names[type_id - 1] if 0 < type_id <= len(pkg.type_names) else f"type{type_id}"
            entry_name = pkg.key_names[key_idx] if key_idx < len(pkg.key_names) else f"0x{res_id:08x}"
            string = None
            if dtype == TYPE_STRING:
                if data >= len(self._strings):
                    raise self._r.fail(f"value string index {data} out of range")
                string = self._strings[data]
            out.append(ResolvedValue(type_name, entry_name, default_config, dtype, data, string))
        self._direct[res_id] = out
        return out

    def find(self, type_name: str, entry_name: str, package_id: int = 0x7F) -> int | None:
        """The resource id of `@type_name/entry_name` in one package, or None."""
        pkg = self._packages.get(package_id)
        if pkg is None or type_name not in pkg.type_names or entry_name not in pkg.key_names:
            return None
        type_id = pkg.type_names.index(type_name) + 1
        key_idx = pkg.key_names.index(entry_name)
        for chunk in pkg.types.get(type_id, []):
            for idx, entry in self._entries(chunk):
                esize, eflags, key = self._r.unpack("<HHI", entry)
                # A compact entry keeps its key index in the size field; bag entries (arrays, styles) count too.
                if (esize if eflags & _ENTRY_COMPACT else key) == key_idx:
                    return (package_id << 24) | (type_id << 16) | idx
        return None

    def _entries(self, chunk: int) -> Iterator[tuple[int, int]]:
        """(entry index, file offset) of every entry a type chunk holds; a sparse chunk's entry_count counts
        the entries present, not the highest index."""
        r = self._r
        _, header_size, size, _tid, flags, _res, entry_count, entries_start = r.unpack("<HHIBBHII", chunk)
        index = chunk + header_size
        for i in range(min(entry_count, 0x10000)):
            if flags & _FLAG_SPARSE:
                idx, off16 = r.unpack("<HH", index + 4 * i)
                rel = off16 * 4
            elif flags & _FLAG_OFFSET16:
                idx, (off16,) = i, r.unpack("<H", index + 2 * i)
                if off16 == 0xFFFF:
                    continue
                rel = off16 * 4
            else:
                idx, (rel,) = i, r.unpack("<I", index + 4 * i)
                if rel == _NO_ENTRY32:
                    continue
            entry = chunk + entries_start + rel
            if entry + 8 > chunk + size:
                raise r.fail("entry outside its type chunk")
            yield idx, entry

    def _entry_value(self, chunk: int, entry_idx: int) -> tuple[bool, int, int, int] | None:
        self.work.spend()
        r = self._r
        _, header_size, size, _tid, flags, _res, entry_count, entries_start = r.unpack("<HHIBBHII", chunk)
        width = 2 if flags & _FLAG_OFFSET16 and not flags & _FLAG_SPARSE else 4
        if header_size + width * entry_count > size:
            # As Android's ResTable checks: the index cannot claim more entries than the chunk holds.
            raise r.fail(f"type chunk at offset {chunk} declares {entry_count} entries, more than it holds")
        (config_size,) = r.unpack("<I", chunk + 20)
        config = r.data[chunk + 24 : chunk + 20 + min(config_size, 64)]
        default_config = not any(config)
        index = chunk + header_size
        if flags & _FLAG_SPARSE:
            # (entry index, offset / 4) pairs sorted by index: a binary search, as Android does.
            lo, hi = 0, entry_count
            while lo < hi:
                mid = (lo + hi) // 2
                if r.unpack("<H", index + 4 * mid)[0] < entry_idx:
                    lo = mid + 1
                else:
                    hi = mid
            if lo == entry_count:
                return None
            idx, off16 = r.unpack("<HH", index + 4 * lo)
            if idx != entry_idx:
                return None
            rel = off16 * 4
        else:
            if entry_idx >= entry_count:
                return None
            if flags & _FLAG_OFFSET16:
                (off16,) = r.unpack("<H", index + 2 * entry_idx)
                if off16 == 0xFFFF:
                    return None
                rel = off16 * 4
            else:
                (rel,) = r.unpack("<I", index + 4 * entry_idx)
                if rel == _NO_ENTRY32:
                    return None
        entry = chunk + entries_start + rel
        if entry + 8 > chunk + size:
            raise r.fail("entry outside its type chunk")
        esize, eflags, key = r.unpack("<HHI", entry)
        if eflags & _ENTRY_COMPACT:
            return default_config, esize, eflags >> 8, key
        if eflags & 0x0001:  # complex (bag) entries: styles, arrays; not a file reference
            return None
        _vsize, _res0, dtype, data = r.unpack("<HBBI", entry + esize)
        return default_config, key, dtype, data
