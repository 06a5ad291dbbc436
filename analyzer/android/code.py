"""The bytecode index over every `classes*.dex` of an app: class hierarchy across dex files, the methods a
class defines, call sites of a method reference, loads of string constants, reads of static fields, uses
of a type, and smali-like text and source lines for evidence.

Everything is looked up by meaning (interfaces, method references, constants), never by the names an app
chose, so R8/ProGuard renaming changes nothing. Queries go table-first (see `dex.py`): only the methods
that hold a hit are decoded. A dex whose tables turn out to be broken is reported once through `on_error`
and left out; the other dex files are still answered.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from pinscan.android.dex import (
    ACC_ABSTRACT,
    ACC_INTERFACE,
    IGET_OPS,
    IPUT_OPS,
    NO_INDEX,
    SGET_OPS,
    SPUT_OPS,
    TYPE_OPS,
    ClassDef,
    Code,
    DexFile,
    EncodedMethod,
    Insn,
)
from pinscan.errors import PartError
from pinscan.limits import HIERARCHY_WORK, Budget
from pinscan.model import Location, readable_code

# Framework supertypes the app's dex files do not contain but hierarchy questions go through.
FRAMEWORK_SUPERS: dict[str, tuple[str, ...]] = {
    "Ljavax/net/ssl/X509ExtendedTrustManager;": ("Ljavax/net/ssl/X509TrustManager;",),
    "Ljavax/net/ssl/X509TrustManager;": ("Ljavax/net/ssl/TrustManager;",),
    "Lorg/apache/http/conn/ssl/X509HostnameVerifier;": ("Ljavax/net/ssl/HostnameVerifier;",),
    "Lorg/apache/http/conn/ssl/AbstractVerifier;": ("Lorg/apache/http/conn/ssl/X509HostnameVerifier;",),
    "Lorg/apache/http/conn/ssl/AllowAllHostnameVerifier;": ("Lorg/apache/http/conn/ssl/AbstractVerifier;",),
    "Lorg/apache/http/conn/ssl/StrictHostnameVerifier;": ("Lorg/apache/http/conn/ssl/AbstractVerifier;",),
    "Lorg/apache/http/conn/ssl/BrowserCompatHostnameVerifier;": ("Lorg/apache/http/conn/ssl/AbstractVerifier;",),
    "Landroid/net/SSLCertificateSocketFactory;": ("Ljavax/net/ssl/SSLSocketFactory;",),
}


# Constant search targets, declared by the facts modules where they name them (see `searched`).
_DECLARED: dict[str, dict[str, None]] = {}


def searched(kind: str, *targets: str) -> tuple[str, ...]:
    """Declare constant targets a facts module searches the bytecode for, and return them. `kind` is method,
    field, type, string or prefix. Every declared target is found in the one batched pass each dex gets on
    its first query, so the search interest follows from the modules the rules import: nothing to list by
    hand, and a new rule that asks through declared constants never costs an extra pass over the code."""
    _DECLARED.setdefault(kind, {}).update(dict.fromkeys(targets))
    return targets


def declared_interest() -> dict[str, tuple[str, ...]]:
    return {kind: tuple(targets) for kind, targets in _DECLARED.items()}


# Search kinds whose hits are instructions of another kind: a string prefix is found in const-string, any
# method or field of a class in invoke / sget.
_INSN_KIND = {"prefix": "string", "class-method": "method", "class-field": "field"}


@dataclass(frozen=True, eq=False)
class ClassInfo:
    desc: str
    dex: DexFile
    cdef: ClassDef
    superclass: str | None
    interfaces: tuple[str, ...]

    @property
    def is_interface(self) -> bool:
        return bool(self.cdef.access & ACC_INTERFACE)

    @property
    def is_abstract(self) -> bool:
        return bool(self.cdef.access & ACC_ABSTRACT)

    @property
    def source_file(self) -> str | None:
        return self.dex.source_file(self.cdef)


@dataclass(frozen=True, eq=False)
class Method:
    cls: ClassInfo
    name: str
    proto: str
    access: int
    code_off: int
    method_idx: int

    @property
    def ref(self) -> str:
        return f"{self.cls.desc}->{self.name}{self.proto}"

    @property
    def readable(self) -> str:
        """How messages name it: `com.example.Tls.install(Context)`."""
        return readable_code(self.ref)

    @property
    def dex(self) -> DexFile:
        return self.cls.dex

    def __repr__(self) -> str:
        return f"Method({self.ref})"


@dataclass(frozen=True)
class Site:
    """One instruction in one method: a call, a constant load, a field read, a type use."""

    method: Method
    insn: Insn
    target: str  # what matched: a method/field reference, a string value, a type descriptor


def _split_ref(ref: str) -> tuple[str, str, str | None]:
    """`Lcls;->name(proto)` or `Lcls;->name` -> (cls, name, proto or None)."""
    cls, _, rest = ref.partition("->")
    if "(" in rest:
        name, _, proto = rest.partition("(")
        return cls, name, "(" + proto
    return cls, rest, None


@dataclass
class CodeIndex:
    dexes: list[DexFile]
    on_error: Callable[[str, str], None] = lambda part, reason: None
    # kind ("method", "field", "type", "string", "prefix") -> targets searched together on a dex's first query
    interest: dict[str, tuple[str, ...]] = field(default_factory=declared_interest)
    failed: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self._hits: dict[str, dict[tuple[str, int], list[int]]] = {}
        self._primed: set[str] = set()
        self._supers: dict[str, frozenset[str]] = {}
        self._methods: dict[int, list[Method]] = {}
        self._classes: dict[str, ClassInfo] | None = None
        self._subtypes: dict[str, list[ClassInfo]] | None = None
        self.hierarchy_work = Budget("class hierarchy", HIERARCHY_WORK, "supertype links")
        # Analyses built on this index keep their per-app memo here (flow.Analysis), so they live and die with it.
        self.memo: dict[str, object] = {}

    # --- robustness ----------------------------------------------------------------------------------

    def _live(self) -> list[DexFile]:
        return [d for d in self.dexes if d.name not in self.failed]

    def _guard(self, dex: DexFile, fn: Callable, default):
        if dex.name in self.failed:
            return default
        try:
            return fn()
        except PartError as exc:
            self.fail(dex, str(exc))
        except (IndexError, ValueError, OverflowError, MemoryError) as exc:  # hostile values in tables
            self.fail(dex, f"{dex.name}: malformed dex ({type(exc).__name__}: {exc})")
        return default

    def fail(self, dex: DexFile, reason: str) -> None:
        if dex.name not in self.failed:
            self.failed.add(dex.name)
            self.on_error(dex.name, reason.removeprefix(f"{dex.name}: ") + "; the other dex files were analysed")

    # --- classes and hierarchy ------------------------------------------------------------------------

    @property
    def classes(self) -> dict[str, ClassInfo]:
        if self._classes is None:
            out: dict[str, ClassInfo] = {}
            for dex in self.dexes:
                for ci in self._guard(dex, lambda d=dex: self._read_classes(d), []):
                    out.setdefault(ci.desc, ci)  # Android loads the first definition, in dex order
            self._classes = out
        return self._classes

    @staticmethod
    def _read_classes(dex: DexFile) -> list[ClassInfo]:
        out = []
        for c in dex.class_defs:
            sup = dex.type_desc(c.super_idx) if c.super_idx != NO_INDEX else None
            out.append(ClassInfo(dex.type_desc(c.type_idx), dex, c, sup, dex.type_list(c.interfaces_off)))
        return out

    def cls(self, desc: str) -> ClassInfo | None:
        return self.classes.get(desc)

    def direct_supers(self, desc: str) -> tuple[str, ...]:
        ci = self.classes.get(desc)
        if ci is None:
            return FRAMEWORK_SUPERS.get(desc, ())
        return ((ci.superclass,) if ci.superclass else ()) + ci.interfaces

    def supertypes(self, desc: str) -> frozenset[str]:
        """Every class and interface `desc` extends or implements, transitively, across dex files."""
        done = self._supers.get(desc)
        if done is not None:
            return done
        # Post-order without recursion: a hostile dex can chain thousands of classes.
        stack: list[tuple[str, bool]] = [(desc, False)]
        while stack:
            d, entered = stack.pop()
            if not entered:
                if d in self._supers:
                    continue
                self._supers[d] = frozenset()  # cycle guard for hostile hierarchies
                stack.append((d, True))
                stack.extend((s, False) for s in self.direct_supers(d) if s not in self._supers)
                continue
            out: set[str] = set()
            for s in self.direct_supers(d):
                out.add(s)
                out |= self._supers.get(s, frozenset())
            self.hierarchy_work.spend(len(out) + 1)  # a deep chain makes these sets quadratic in its length
            self._supers[d] = frozenset(out)
        return self._supers[desc]

    def is_subtype(self, desc: str, target: str) -> bool:
        return desc == target or target in self.supertypes(desc)

    def implementors(self, target: str) -> list[ClassInfo]:
        """Concrete-or-abstract classes (not interfaces) that are subtypes of `target`, in class order."""
        if self._subtypes is None:
            subs: dict[str, list[ClassInfo]] = {}
            for d, ci in self.classes.items():
                if not ci.is_interface:
                    for sup in self.supertypes(d):
                        subs.setdefault(sup, []).append(ci)
            self._subtypes = subs
        return sorted(self._subtypes.get(target, ()), key=lambda c: c.desc)

    def superclass_chain(self, desc: str) -> list[str]:
        out, seen = [], {desc}
        cur = self.classes.get(desc)
        while cur is not None and cur.superclass and cur.superclass not in seen:
            out.append(cur.superclass)
            seen.add(cur.superclass)
            cur = self.classes.get(cur.superclass)
        return out

    # --- methods --------------------------------------------------------------------------------------

    def methods(self, ci: ClassInfo) -> list[Method]:
        key = id(ci)
        got = self._methods.get(key)
        if got is None:
            got = self._guard(ci.dex, lambda: self._read_methods(ci), [])
            self._methods[key] = got
        return got

    @staticmethod
    def _read_methods(ci: ClassInfo) -> list[Method]:
        out = []
        for m in ci.dex.class_methods(ci.cdef):
            _, name, proto = ci.dex.method_parts(m.method_idx)
            out.append(Method(ci, name, proto, m.access, m.code_off, m.method_idx))
        return out

    def _method_of(self, dex: DexFile, cdef: ClassDef, em: EncodedMethod) -> Method | None:
        ci = self.classes.get(dex.type_desc(cdef.type_idx))
        if ci is None or ci.dex is not dex:
            # A class defined twice: the copy Android does not load; still answer for it.
            sup = dex.type_desc(cdef.super_idx) if cdef.super_idx != NO_INDEX else None
            ci = ClassInfo(dex.type_desc(cdef.type_idx), dex, cdef, sup, dex.type_list(cdef.interfaces_off))
        return next((m for m in self.methods(ci) if m.method_idx == em.method_idx), None)

    def static_fields(self, ci: ClassInfo) -> list[str]:
        return self._guard(ci.dex, lambda: ci.dex.static_field_names(ci.cdef), [])

    def declared(self, ci: ClassInfo, name: str, proto: str | None = None) -> list[Method]:
        return [m for m in self.methods(ci) if m.name == name and (proto is None or m.proto == proto)]

    def resolve(self, ref: str) -> Method | None:
        """The method a call to `ref` runs when the receiver is exactly the referenced class: found in that
        class or the nearest superclass defining it. None for framework methods."""
        cls, name, proto = _split_ref(ref)
        for desc in [cls, *self.superclass_chain(cls)]:
            ci = self.classes.get(desc)
            if ci is None:
                return None
            found = self.declared(ci, name, proto)
            if found:
                return found[0]
        return None

    def code(self, m: Method) -> Code | None:
        if not m.code_off:
            return None
        return self._guard(m.dex, lambda: m.dex.code(m.code_off), None)

    # --- instruction search ---------------------------------------------------------------------------
    #
    # One regex pass over a dex's code section finds every wanted (kind, index) at once; its cost is the
    # length of the section, so searches are batched: the first query on a dex also searches everything
    # declared in `interest` (what the rules are known to ask), and later queries mostly hit the cache.

    def _resolve_targets(self, dex: DexFile, kind: str, targets: Iterable[str]) -> list[tuple[int, str]]:
        out: list[tuple[int, str]] = []
        for t in targets:
            if kind == "method":
                cls, name, proto = _split_ref(t)
                out.extend((i, t) for i in dex.find_methods(cls, name, proto))
            elif kind == "field":
                cls, name, _ = _split_ref(t)
                out.extend((i, t) for i in dex.find_field(cls, name))
            elif kind == "type":
                if (i := dex.find_type(t)) is not None:
                    out.append((i, t))
            elif kind == "string":
                if (i := dex.find_string(t)) is not None:
                    out.append((i, t))
            elif kind == "prefix":
                out.extend((i, dex.string(i)) for i in dex.strings_with_prefix(t))
            elif kind == "class-method":
                out.extend((i, t) for i in dex.method_ids_of(t))
            elif kind == "class-field":
                out.extend((i, t) for i in dex.field_ids_of(t))
        return out

    def _pass(self, dex: DexFile, wanted: set[tuple[str, int]]) -> None:
        cache = self._hits.setdefault(dex.name, {})
        todo = {w for w in wanted if w not in cache}
        if not todo:
            return
        if dex.name not in self._primed:
            self._primed.add(dex.name)
            for kind, targets in self.interest.items():
                for i, _ in self._resolve_targets(dex, kind, targets):
                    k = _INSN_KIND.get(kind, kind)
                    if (k, i) not in cache:
                        todo.add((k, i))
        for key in todo:
            cache[key] = []
        for pos, kind, idx in dex.search_refs(todo):
            cache[(kind, idx)].append(pos)

    def _sites(self, kind: str, targets: list[str], ops: bytes | None = None) -> list[Site]:
        return self._sites_of([(kind, targets, ops)])

    def _sites_of(self, specs: list[tuple[str, list[str], bytes | None]]) -> list[Site]:
        """The sites of several (kind, targets, ops) searches, found in one pass over each dex."""
        out: list[Site] = []
        for dex in self._live():
            def run(dex=dex) -> list[Site]:
                resolved = []
                for kind, targets, ops in specs:
                    by_idx = dict(self._resolve_targets(dex, kind, targets))
                    if by_idx:
                        resolved.append((_INSN_KIND.get(kind, kind), by_idx, ops))
                if not resolved:
                    return []
                self._pass(dex, {(k, i) for k, by_idx, _ in resolved for i in by_idx})
                cache = self._hits[dex.name]
                found = []
                for ins_kind, by_idx, ops in resolved:
                    for idx, target in by_idx.items():
                        for pos in cache.get((ins_kind, idx), ()):
                            where = dex.method_at(pos)
                            if where is None:
                                continue
                            cdef, em, unit = where
                            m = self._method_of(dex, cdef, em)
                            code = dex.code(em.code_off) if m else None
                            i = code.by_off.get(unit) if code else None
                            if i is None:
                                continue  # the bytes were an operand or data, not an instruction
                            ins = code.insns[i]
                            if ins.idx == idx and ins.kind == ins_kind and (ops is None or ins.op in ops):
                                found.append(Site(m, ins, target))
                return found
            out.extend(self._guard(dex, run, []))
        return sorted(out, key=lambda s: (s.method.dex.name, s.method.ref, s.insn.off))

    def invocations(self, refs: Iterable[str]) -> list[Site]:
        """Every call to one of `refs` (`Lcls;->name(proto)`, or `Lcls;->name` for any overload)."""
        return self._sites("method", list(refs))

    def static_reads(self, refs: Iterable[str]) -> list[Site]:
        """Every `sget*` of one of the fields `Lcls;->name`."""
        return self._sites("field", list(refs), SGET_OPS)

    def field_reads(self, refs: Iterable[str]) -> list[Site]:
        """Every `sget*` and `iget*` of one of the fields `Lcls;->name`."""
        return self._sites("field", list(refs), SGET_OPS + IGET_OPS)

    def field_writes(self, refs: Iterable[str]) -> list[Site]:
        """Every `sput*` and `iput*` of one of the fields `Lcls;->name`."""
        return self._sites("field", list(refs), SPUT_OPS + IPUT_OPS)

    def uses(self, methods: Iterable[str] = (), fields: Iterable[str] = ()) -> list[Site]:
        """Calls of `methods` and reads (sget/iget) of `fields`, in one search pass per dex."""
        return self._sites_of([("method", list(methods), None), ("field", list(fields), SGET_OPS + IGET_OPS)])

    def type_uses(self, descs: Iterable[str], ops: bytes = TYPE_OPS) -> list[Site]:
        """Every new-instance / const-class / check-cast ... of one of the types."""
        return self._sites("type", list(descs), ops)

    def references(self, descs: Iterable[str], strings: Iterable[str] = ()) -> list[Site]:
        """Every instruction that names one of the classes: a type use, a call to any of its methods, a static
        read of any of its fields (`target` is the class); and every load of one of `strings`. One pass."""
        descs = list(descs)
        return self._sites_of([("type", descs, TYPE_OPS), ("class-method", descs, None),
                               ("class-field", descs, SGET_OPS), ("string", list(strings), None)])

    def string_loads(self, values: Iterable[str] = (), prefixes: Iterable[str] = ()) -> list[Site]:
        """Every const-string of one of `values`, or of any string starting with one of `prefixes`."""
        return self._sites("string", list(values)) + self._sites("prefix", list(prefixes))

    # --- evidence -------------------------------------------------------------------------------------

    def operand(self, m: Method, ins: Insn) -> str:
        return m.dex.index_text(ins) if ins.kind else ""

    def text(self, m: Method, ins: Insn) -> str:
        """One instruction as smali writes it: `invoke-virtual {v0, p1}, Lx;->y()V`."""
        code = self.code(m)
        reg = code.reg_name if code else (lambda r: f"v{r}")
        name = ins.name
        if ins.kind in ("method", "call_site") or name.startswith("filled-new-array"):
            regs = "{" + ", ".join(reg(r) for r in ins.regs) + "}"
            return f"{name} {regs}, {self.operand(m, ins)}"
        parts = [reg(r) for r in ins.regs]
        if ins.kind:
            parts.append(self.operand(m, ins))
        if ins.lit is not None:
            parts.append(hex(ins.lit))
        if ins.target is not None:
            parts.append(f":addr_{ins.target:x}")
        return f"{name} {', '.join(parts)}".rstrip()

    def line(self, m: Method, off: int | None = None) -> int | None:
        """Source line of the instruction at `off` (or of the method's first line) from debug info."""
        code = self.code(m)
        if code is None:
            return None
        pos = self._guard(m.dex, lambda: m.dex.positions(code.debug_info_off), [])
        if not pos:
            return None
        if off is None:
            return pos[0][1]
        best = None
        for addr, ln in pos:
            if addr <= off:
                best = ln
            else:
                break
        return best if best is not None else pos[0][1]

    def where(self, m: Method, off: int | None = None) -> str:
        """`Lcls;->m()V (File.java:12)`: a method and the source line of an instruction, for evidence."""
        line = self.line(m, off)
        src = m.cls.source_file
        at = f" ({src}:{line})" if src and line else (f" (line {line})" if line else "")
        return f"{m.ref}{at}"

    def location(self, m: Method, off: int | None = None) -> Location:
        return Location(path=m.dex.name, line=self.line(m, off), logical=m.ref, kind="method",
                        source_file=m.cls.source_file)
