"""Where the strings and byte arrays that reach a pinning API come from, on top of the interpreter's frames
(`flow.py`): the constants a value can be, and for what is not a constant, the run-time source it comes
from, named with its place.

A value is followed through locals, arrays and collections (`new String[]{...}`, Kotlin's spread copy,
`Arrays.asList`, `setOf`, `HashSet.add`), string building (`StringBuilder.append`, `Intrinsics.stringPlus`),
`toString`/`trim`, `Base64.decode` of a constant (bytes), helpers' parameters (to every caller's argument),
fields (to every value written into them), the app's own methods' return values, and
`getString(R.string.x)` (to the string in the resource table: every configuration's value; the name is
kept). What is not a constant becomes a `Source`: user input (`TextView.getText`), remote config (Firebase
Remote Config), stored preferences, an intent extra, a system property, a field nothing in the app writes,
a parameter no app code passes, the result of another call (named), or a value the interpreter does not
know. Bounded: `MAX_DEPTH` hops (a caller, a field writer, a callee each count one), `MAX_SITES` callers
or writers per hop, `MAX_VALUES` values per answer; what lies beyond is a source of kind "unknown".
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, field

from pinscan.android.code import CodeIndex, Method
from pinscan.android.flow import (
    Array,
    Chars,
    Const,
    Elem,
    Field,
    Frame,
    New,
    OneOf,
    Param,
    Result,
    This,
    Value,
    analysis,
    split_ref,
)

MAX_DEPTH = 5
MAX_SITES = 12
MAX_VALUES = 64

_COLLECTIONS = {"Ljava/util/HashSet;", "Ljava/util/LinkedHashSet;", "Ljava/util/TreeSet;", "Ljava/util/ArrayList;",
                "Ljava/util/LinkedList;", "Ljava/util/Vector;", "Ljava/util/concurrent/CopyOnWriteArraySet;",
                "Ljava/util/concurrent/CopyOnWriteArrayList;", "Landroid/util/ArraySet;"}
_ADD_NAMES = {"add", "addAll"}
# Calls whose result holds the same strings as an argument (index into Result.args, receiver first).
_PASS_THROUGH = {
    "Ljava/lang/String;->trim": 0, "Ljava/lang/String;->toLowerCase": 0, "Ljava/lang/String;->toUpperCase": 0,
    "Ljava/lang/String;->intern": 0, "Ljava/lang/String;->toString": 0, "Ljava/lang/Object;->toString": 0,
    "Ljava/lang/CharSequence;->toString": 0, "Ljava/lang/String;->valueOf": 0, "Ljava/util/Arrays;->copyOf": 0,
    "Ljava/util/Arrays;->asList": 0, "Ljava/util/Collections;->singleton": 0,
    "Ljava/util/Collections;->singletonList": 0, "Ljava/util/Collections;->unmodifiableSet": 0,
    "Ljava/util/Collections;->unmodifiableList": 0, "Ljava/util/Set;->of": 0, "Ljava/util/List;->of": 0,
    "Lkotlin/collections/SetsKt;->setOf": 0, "Lkotlin/collections/SetsKt;->hashSetOf": 0,
    "Lkotlin/collections/SetsKt;->mutableSetOf": 0, "Lkotlin/collections/SetsKt;->linkedSetOf": 0,
    "Lkotlin/collections/SetsKt__SetsKt;->setOf": 0, "Lkotlin/collections/SetsKt__SetsKt;->hashSetOf": 0,
    "Lkotlin/collections/SetsKt__SetsKt;->mutableSetOf": 0, "Lkotlin/collections/SetsKt__SetsJVMKt;->setOf": 0,
    "Lkotlin/collections/CollectionsKt;->listOf": 0, "Lkotlin/collections/CollectionsKt;->mutableListOf": 0,
    "Lkotlin/collections/CollectionsKt;->arrayListOf": 0,
    "Lkotlin/collections/CollectionsKt__CollectionsKt;->listOf": 0,
    "Lkotlin/collections/CollectionsKt__CollectionsJVMKt;->listOf": 0, "Lkotlin/collections/ArraysKt;->toSet": 0,
    "Lkotlin/collections/ArraysKt;->toList": 0, "Lkotlin/collections/ArraysKt;->asList": 0,
    "Lkotlin/collections/ArraysKt___ArraysKt;->toSet": 0, "Lkotlin/collections/ArraysKt___ArraysKt;->toList": 0,
    "Lkotlin/collections/ArraysKt___ArraysJvmKt;->asList": 0, "Lkotlin/text/StringsKt;->trim": 0,
    "Lkotlin/text/StringsKt__StringsKt;->trim": 0, "Ljava/util/Iterator;->next": 0,
    "Ljava/util/Collection;->iterator": 0, "Ljava/util/List;->iterator": 0, "Ljava/util/Set;->iterator": 0,
    "Ljava/lang/Iterable;->iterator": 0, "Ljava/util/List;->get": 0, "Ljava/util/ArrayList;->get": 0,
}
_BASE64_DECODE = {"Landroid/util/Base64;->decode", "Ljava/util/Base64$Decoder;->decode",
                  "Lokio/ByteString;->decodeBase64", "Lokio/ByteString$Companion;->decodeBase64"}
_STRING_RESOURCE = {"getString", "getText"}
# (class prefix or class, method name) -> (kind, what, index of the key argument or None)
_SOURCES: list[tuple[str, set[str], str, str, int | None]] = [
    ("Landroid/widget/TextView;", {"getText"}, "user-input", "text typed into a TextView/EditText", None),
    ("Landroid/widget/EditText;", {"getText"}, "user-input", "text typed into an EditText", None),
    ("Lcom/google/android/material/textfield/TextInputEditText;", {"getText"}, "user-input",
     "text typed into a TextInputEditText", None),
    ("Lcom/google/firebase/remoteconfig/FirebaseRemoteConfig;", {"getString", "getValue", "getAll"},
     "remote-config", "Firebase Remote Config", 1),
    ("Lcom/google/firebase/remoteconfig/FirebaseRemoteConfigValue;", {"asString", "asByteArray"},
     "remote-config", "a Firebase Remote Config value", None),
    ("Landroid/content/SharedPreferences;", {"getString", "getStringSet", "getAll"}, "preferences",
     "SharedPreferences", 1),
    ("Landroid/content/Intent;", {"getStringExtra", "getStringArrayExtra", "getByteArrayExtra", "getExtras"},
     "intent", "an Intent extra", 1),
    ("Landroid/os/Bundle;", {"getString", "getStringArray", "getByteArray"}, "intent", "a Bundle value", 1),
    ("Ljava/lang/System;", {"getProperty", "getenv"}, "system-property", "a system property", 0),
    ("Landroid/os/SystemProperties;", {"get"}, "system-property", "a system property", 0),
    ("Lorg/json/JSONObject;", {"getString", "optString", "getJSONArray", "optJSONArray"}, "parsed-data",
     "a JSON value", 1),
    ("Lorg/json/JSONArray;", {"getString", "optString"}, "parsed-data", "a JSON array element", None),
]


@dataclass(frozen=True)
class Source:
    """A value that is not a constant in the package: what kind of source it comes from, and where."""

    kind: str  # user-input, remote-config, preferences, intent, system-property, parsed-data, resource, field,
    #            parameter, method-result, unknown
    detail: str


@dataclass
class Found:
    """The constants a value can be (str or bytes, in the order found) and the sources of the rest."""

    values: list[object] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    via: list[str] = field(default_factory=list)  # how constants that are not literals were found

    def add_value(self, v: object) -> None:
        if v not in self.values and len(self.values) < MAX_VALUES:
            self.values.append(v)

    def add_source(self, s: Source) -> None:
        if s not in self.sources and len(self.sources) < MAX_VALUES:
            self.sources.append(s)

    def add_via(self, text: str) -> None:
        if text not in self.via:
            self.via.append(text)

    def merge(self, other: Found) -> None:
        for v in other.values:
            self.add_value(v)
        for s in other.sources:
            self.add_source(s)
        for t in other.via:
            self.add_via(t)

    @property
    def strings(self) -> list[str]:
        return [v for v in self.values if isinstance(v, str)]

    @property
    def constant(self) -> bool:
        return not self.sources


def short(ref: str) -> str:
    """`Lcom/a/B;->m(I)V` -> `com.a.B.m`; a field `Lcom/a/B;->f:T` -> `com.a.B.f`."""
    cls, _, rest = ref.partition("->")
    name = rest.split("(", 1)[0].split(":", 1)[0]
    dotted = cls[1:-1].replace("/", ".") if cls.startswith("L") else cls
    return f"{dotted}.{name}" if name else dotted


class Resolver:
    """Answers "which constants can this value be, and where does the rest come from" for one app."""

    def __init__(self, index: CodeIndex, resources=None) -> None:
        self.index = index
        self.an = analysis(index)
        self.resources = resources
        self._writers: dict[str, list] = {}
        self._callers: dict[str, list] = {}
        self._methods: dict[str, Method | None] = {}
        self._active: set[tuple] = set()

    # -- places ----------------------------------------------------------------------------------------

    def method(self, ref: str) -> Method | None:
        if ref not in self._methods:
            self._methods[ref] = self.index.resolve(ref)
        return self._methods[ref]

    def where(self, mref: str, off: int) -> str:
        """`com.a.B.m (B.java:12)`: a short place for a source's detail."""
        m = self.method(mref)
        if m is None:
            return short(mref)
        line = self.index.line(m, off)
        src = m.cls.source_file
        at = f" ({src}:{line})" if src and line else (f" (line {line})" if line else "")
        return f"{short(mref)}{at}"

    def callers(self, m: Method) -> list:
        """(caller frame, instruction index) of each call of `m` in the app's code, bounded."""
        if m.ref not in self._callers:
            out = []
            for site in self.index.invocations([m.ref])[:MAX_SITES]:
                fr = self.an.frame(site.method)
                i = fr.code.by_off.get(site.insn.off) if fr is not None else None
                if fr is not None and i is not None and fr.live(i):
                    out.append((fr, i))
            self._callers[m.ref] = out
        return self._callers[m.ref]

    def writers(self, ref: str) -> list:
        """(writer frame, instruction index) of each sput/iput of field `ref`, bounded."""
        if ref not in self._writers:
            out = []
            for site in self.index.field_writes([ref.split(":", 1)[0]])[:MAX_SITES]:
                if site.method.dex.index_text(site.insn) != ref:
                    continue
                fr = self.an.frame(site.method)
                i = fr.code.by_off.get(site.insn.off) if fr is not None else None
                if fr is not None and i is not None and fr.live(i):
                    out.append((fr, i))
            self._writers[ref] = out
        return self._writers[ref]

    # -- values ----------------------------------------------------------------------------------------

    def resolve(self, v: Value | None, fr: Frame, depth: int = MAX_DEPTH) -> Found:
        """The constants `v` (as seen in frame `fr`) can be; an array or collection gives its elements."""
        out = Found()
        self._collect(v, fr, depth, out)
        return out

    def _collect(self, v: Value | None, fr: Frame, depth: int, out: Found) -> None:
        if v is None:
            return
        if depth <= 0:
            out.add_source(Source("unknown", f"not followed further (in {fr.method.readable})"))
            return
        key = (v, fr.method.ref)
        if key in self._active:
            return  # a cycle (a value flowing back into itself) adds nothing new
        self._active.add(key)
        try:
            self._collect_one(v, fr, depth, out)
        finally:
            self._active.discard(key)

    def _collect_one(self, v: Value, fr: Frame, depth: int, out: Found) -> None:
        if isinstance(v, Const):
            if isinstance(v.value, str):
                out.add_value(v.value)
            return
        if isinstance(v, Chars):
            out.add_value(v.text)
            return
        if isinstance(v, OneOf):
            for o in sorted(v.options, key=repr):
                self._collect(o, fr, depth, out)
            return
        if isinstance(v, Array):
            if not v.items and v.type == "[B":
                data = self._array_data(v)
                if data is not None:
                    out.add_value(data)
                return
            for _, item in sorted(v.items, key=lambda p: (p[0] is None, p[0] or 0)):
                self._collect(item, fr, depth, out)
            return
        if isinstance(v, Elem):
            arr = v.array
            if isinstance(arr, Array) and isinstance(v.index, Const):
                for k, item in reversed(arr.items):
                    if k == v.index.value:
                        self._collect(item, fr, depth, out)
                        return
            self._collect(arr, fr, depth, out)
            return
        if isinstance(v, Param):
            self._param(v.k, fr, depth, out)
            return
        if isinstance(v, Field):
            self._field(v, depth, out)
            return
        if isinstance(v, New):
            if v.cls in _COLLECTIONS or v.cls in ("Ljava/lang/String;", "Ljava/lang/StringBuilder;"):
                self._collection_adds(v, fr, depth, out)
            return
        if isinstance(v, Result):
            self._result(v, fr, depth, out)
            return
        if isinstance(v, This):
            return
        out.add_source(Source("unknown", f"a value computed at run time in {fr.method.readable}"))

    def _array_data(self, arr: Array) -> bytes | None:
        """The bytes a `fill-array-data` puts into a `new byte[n]` (how javac compiles `new byte[]{...}`)."""
        m = self.method(arr.method)
        fr = self.an.frame(m) if m is not None else None
        if fr is None:
            return None
        for i in fr.live_indices:
            ins = fr.code.insns[i]
            if ins.op == 0x26 and ins.target is not None and _same(fr.value(i, ins.regs[0]), arr):
                got = fr.code.array_data.get(ins.target)
                if got is not None and got[0] == 1:
                    return got[1]
        return None

    def _param(self, k: int, fr: Frame, depth: int, out: Found) -> None:
        m = fr.method
        callers = self.callers(m)
        if not callers:
            out.add_source(Source("parameter", f"parameter {k + 1} of {m.readable}, which no code in the app calls "
                                               "(called by the framework, by reflection, or not at all)"))
            return
        for cfr, i in callers:
            _, args = cfr.call(i)
            self._collect(args[k] if k < len(args) else None, cfr, depth - 1, out)

    def _field(self, v: Field, depth: int, out: Found) -> None:
        writers = self.writers(v.ref)
        if not writers:
            out.add_source(Source("field", f"{short(v.ref)}: no code in the app writes it (set by reflection, "
                                           "deserialization or native code)"))
            return
        inner = Found()
        for wfr, i in writers:
            ins = wfr.code.insns[i]
            self._collect(wfr.value(i, ins.regs[0]), wfr, depth - 1, inner)
        if inner.values and inner.constant:
            out.add_via(f"field {short(v.ref)}")
        for s in inner.sources:
            if s.kind == "field" or s.detail.startswith(short(v.ref)):
                out.add_source(s)
            else:
                out.add_source(Source(s.kind, f"{s.detail}, stored in field {short(v.ref)}"))
        for val in inner.values:
            out.add_value(val)
        for t in inner.via:
            out.add_via(t)

    def _collection_adds(self, obj: Value, fr: Frame, depth: int, out: Found) -> None:
        """Elements put into a collection, array or StringBuilder made in this frame: `add`/`addAll` calls on
        it, the collection its constructor copies, and stores into the array (already in the Array value)."""
        code = fr.code
        for i in fr.live_indices:
            ins = code.insns[i]
            if ins.kind != "method":
                continue
            ref = fr.method.dex.method_ref(ins.idx)
            cls, name, _ = split_ref(ref)
            if name not in _ADD_NAMES and name != "<init>":
                continue
            recv, args = fr.call(i, ref)
            if recv is None or not _same(recv, obj):
                continue
            if name == "<init>" and cls == "Ljava/lang/String;" and args:
                inner = self.resolve(args[0], fr, depth - 1)
                for val in inner.values:
                    out.add_value(val.decode("utf-8", "replace") if isinstance(val, bytes) else val)
                for s in inner.sources:
                    out.add_source(s)
                continue
            for a in args[-1:]:
                self._collect(a, fr, depth, out)

    def _result(self, v: Result, fr: Frame, depth: int, out: Found) -> None:
        cls, name, proto = split_ref(v.ref)
        short_ref = f"{cls}->{name}"
        where = self.where(v.method, v.off)
        args = v.args
        if name == "toString" and proto.startswith("()") and args and cls not in (
                "Ljava/lang/StringBuilder;", "Ljava/lang/StringBuffer;"):
            self._collect(args[0], fr, depth, out)
            return
        if short_ref in _PASS_THROUGH:
            k = _PASS_THROUGH[short_ref]
            for a in args[k:k + 1] if name not in ("asList", "setOf", "listOf", "of") else args:
                self._collect(a, fr, depth, out)
            return
        if short_ref in _BASE64_DECODE:
            text = self.resolve(args[-2] if short_ref.startswith("Landroid") and len(args) >= 2 else args[-1], fr,
                                depth - 1) if args else Found()
            for s in text.strings:
                raw = _b64(s)
                if raw is not None:
                    out.add_value(raw)
                else:
                    out.add_source(Source("unknown", f"Base64.decode of {s!r}, which is not valid base64 ({where})"))
            for s in text.sources:
                out.add_source(s)
            return
        if short_ref in ("Ljava/lang/StringBuilder;->toString", "Ljava/lang/StringBuffer;->toString") and args:
            self._concat(args[0], fr, depth, out, where)
            return
        if short_ref == "Lkotlin/jvm/internal/Intrinsics;->stringPlus" and len(args) == 2:
            self._join([args[0], args[1]], fr, depth, out, where)
            return
        if name in _STRING_RESOURCE and proto.startswith("(I)") and self.method(v.ref) is None:
            self._resource(args[-1] if args else None, fr, depth, out, where)
            return
        if name == "getStringArray" and proto.startswith("(I)") and self.method(v.ref) is None:
            rid = args[-1] if args else None
            label = self._resource_name(rid.value) if isinstance(rid, Const) and isinstance(rid.value, int) \
                else "a resource chosen at run time"
            out.add_source(Source("resource", f"string array {label} (getStringArray in {where}): arrays are "
                                              "not read from the resource table"))
            return
        for prefix, names, kind, what, key_arg in _SOURCES:
            if name in names and (cls == prefix or self.index.is_subtype(cls, prefix)):
                key = ""
                if key_arg is not None and key_arg < len(args):
                    kv = self.resolve(args[key_arg], fr, 1)
                    if kv.strings:
                        key = " " + ", ".join(repr(s) for s in kv.strings[:3])
                out.add_source(Source(kind, f"{what}{' key' + key if key else ''} ({_call(v.ref)} in {where})"))
                return
        callee = self.method(v.ref)
        if callee is not None and callee.code_off:
            self._callee(callee, v, fr, depth, out, where)
            return
        out.add_source(Source("method-result", f"result of {_call(v.ref)} in {where}"))

    def _callee(self, callee: Method, v: Result, fr: Frame, depth: int, out: Found, where: str) -> None:
        cfr = self.an.frame(callee)
        if cfr is None or not cfr.complete:
            out.add_source(Source("method-result", f"result of {_call(v.ref)} in {where} (not analysed)"))
            return
        ret = cfr.returns
        # A returned parameter is the caller's argument (receiver first in Result.args for instance calls).
        offset = 0 if callee.access & 0x8 else 1
        if isinstance(ret, Param):
            k = ret.k + offset
            self._collect(v.args[k] if k < len(v.args) else None, fr, depth - 1, out)
            return
        inner = self.resolve(ret, cfr, depth - 1)
        out.merge(inner)
        if inner.values and inner.constant:
            out.add_via(f"returned by {short(v.ref)}")

    def _resource_name(self, rid: int) -> str:
        if self.resources is not None:
            try:
                values = self.resources.resolve(rid & 0xFFFFFFFF)
            except Exception:  # noqa: BLE001 - a broken table: the id is still named
                values = []
            if values:
                return values[0].ref_name
        return f"0x{rid & 0xFFFFFFFF:08x}"

    def _resource(self, rid: Value | None, fr: Frame, depth: int, out: Found, where: str) -> None:
        if not (isinstance(rid, Const) and isinstance(rid.value, int)):
            ids = self.resolve(rid, fr, depth - 1) if rid is not None else Found()
            out.add_source(Source("resource", f"a string resource chosen at run time (getString in {where})"))
            for s in ids.sources:
                out.add_source(s)
            return
        values = []
        if self.resources is not None:
            try:
                values = self.resources.resolve(rid.value & 0xFFFFFFFF)
            except Exception:  # noqa: BLE001 - a broken table is reported by the resource reader
                values = []
        texts = [r.string for r in values if r.string is not None]
        name = values[0].ref_name if values else f"0x{rid.value & 0xFFFFFFFF:08x}"
        if not texts:
            out.add_source(Source("resource", f"string resource {name} (getString in {where}): no string value "
                                              "in the resource table"))
            return
        for t in dict.fromkeys(texts):
            out.add_value(t)
        varies = len(set(texts)) > 1
        out.add_via(f"string resource {name}" + (" (its value varies by configuration)" if varies else ""))

    def _concat(self, sb: Value, fr: Frame, depth: int, out: Found, where: str) -> None:
        """`new StringBuilder(a).append(b)...toString()`: the receiver chain of appends, base first."""
        parts: list[Value] = []
        cur = sb
        for _ in range(32):
            if isinstance(cur, Result) and split_ref(cur.ref)[1] == "append" and len(cur.args) == 2:
                parts.append(cur.args[1])
                cur = cur.args[0]
                continue
            break
        if isinstance(cur, New):
            inits = Found()
            self._collection_adds(cur, fr, depth - 1, inits)  # new StringBuilder(String)
            base = [Const(inits.strings[0])] if len(inits.strings) == 1 and inits.constant else []
            appended = self._appends_in_frame(cur, fr) if not parts else []
            self._join(base + list(reversed(parts)) + appended, fr, depth, out, where)
            return
        out.add_source(Source("method-result", f"a string built at run time ({where})"))

    def _appends_in_frame(self, sb: New, fr: Frame) -> list[Value]:
        """Appends on a StringBuilder whose results are not chained (`sb.append(x); sb.append(y);`)."""
        found = []
        for i in fr.live_indices:
            ins = fr.code.insns[i]
            if ins.kind != "method":
                continue
            ref = fr.method.dex.method_ref(ins.idx)
            if split_ref(ref)[1] != "append":
                continue
            recv, args = fr.call(i, ref)
            if recv is not None and _same(recv, sb) and args:
                found.append(args[0])
        return found

    def _join(self, parts: list[Value], fr: Frame, depth: int, out: Found, where: str) -> None:
        texts = [""]
        runtime = False
        for p in parts:
            got = self.resolve(p, fr, depth - 1)
            for s in got.sources:
                out.add_source(s)
                runtime = True
            strs = got.strings
            if not strs:
                if not got.sources:
                    runtime = True
                    out.add_source(Source("unknown", f"part of a string built at {where}"))
                continue
            texts = [t + s for t in texts for s in strs][:MAX_VALUES]
        if not runtime:
            for t in texts:
                out.add_value(t)


def _call(ref: str) -> str:
    """`Landroid/widget/EditText;->getText()...` -> `EditText.getText`."""
    cls, _, rest = ref.partition("->")
    return f"{cls[1:-1].rsplit('/', 1)[-1]}.{rest.split('(', 1)[0]}"


def _same(a: Value, b: Value) -> bool:
    if isinstance(a, (New, Array, Result, Field)) and type(a) is type(b):
        return a.method == b.method and a.off == b.off
    return a == b


def _b64(text: str) -> bytes | None:
    t = text.strip()
    try:
        return base64.b64decode(t + "=" * (-len(t) % 4), validate=True)
    except (binascii.Error, ValueError):
        try:
            return base64.urlsafe_b64decode(t + "=" * (-len(t) % 4))
        except (binascii.Error, ValueError):
            return None
