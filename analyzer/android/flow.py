"""What DEX code does when it runs, as far as the trust rules need it: a small abstract interpreter over one
method's instructions, method summaries computed bottom-up over the app's own methods, and value flow from
where an object is made to where it is installed (a sink). Only candidate methods are ever interpreted:
the implementations the rules ask about, the app methods they call, and the methods a traced value
passes through; each under fixed budgets, so a huge or recursive method gets a conservative "unknown",
never a hang.

The facts API (for the trust, hostname, WebView and socket rules, and for pin extraction):

    an = analysis(index)                      # one per CodeIndex (kept in index.memo)
    fr = an.frame(m, nonnull=(0, 1))          # interpret m; parameters 0 and 1 are never null
    fr.live(i)                                # instruction i runs on some feasible path
    fr.value(i, reg)                          # the Value a register holds before instruction i
    fr.call(i)                                # (receiver, [arguments]) of the invoke at i, as Values
    fr.result(i)                              # the Value an invoke at i produces (what move-result gets)
    fr.guards(i, index)                       # runtime flags known on every path to i (Guard)
    fr.decided, fr.edges(i), fr.leading_to(i) # one-way branches and why; feasible control flow
    fr.returns                                # join of every live return's Value
    an.summary(m)                             # Summary: raises, returns, handler calls, hostname checks
    an.raises(m, nonnull), an.returns_of(m)   # the pieces of a summary, each computed once
    an.dispatch(ref, op)                      # the app method a call runs, when it is unambiguous
    an.trace(origins, sinks, through)         # Flows from objects made at origins into sink calls
    derives_from(v, target)                   # v was computed from target (a call on it, an element...)
    returns_receiver("Lokhttp3/CertificatePinner$Builder;->add", "Lokhttp3/OkHttpClient$Builder;")

For example, the OkHttp pins of a client: declare `CertificatePinner.Builder` as receiver-returning, then
every `add(host, pins)` in a frame has the same `New(CertificatePinner$Builder)` receiver however the
calls are chained, `build()` gives `Result(build, (that New,))`, and `derives_from` on the argument of
`OkHttpClient.Builder.certificatePinner` says which client gets those pins; `trace` from the `build()`
call follows a pinner kept in a field or returned by a helper. A value that is `Param(k)` is resolved by the callers
(`index.invocations([m.ref])` and their frames' `call(i)`).

Values (frozen, hashable; `UNKNOWN` when nothing is known):
- `Const(v)`: an int (booleans are 0/1), a str, or None for null; `Chars(text)` for `"...".toCharArray()`.
- `Param(k)`: the k-th declared parameter (0-based, `this` not counted); `This()`: the receiver.
- `New(cls, method, off)`: the object a `new-instance` at `off` in `method` made.
- `Field(ref, obj, method, off)`: what an `sget` (obj None: static field F) or `iget` (on obj) read.
- `Result(ref, args, method, off)`: what call M returned (args: receiver first, then the arguments).
  A call to an app method whose summary returns a constant, a static field or one of its parameters
  gives that value instead; a call declared with `returns_receiver` gives its receiver (builders).
- `Array(type, method, off, items, length)`: an array made by new-array / filled-new-array, with the
  elements stored at constant indexes (`(index, Value)`; index None: stored somewhere).
- `Elem(array, index)`, `Length(of)`, `Op(name, a, b)` (arithmetic on unknowns, kept for guards and
  derivations), `Caught(types)` (move-exception), `OneOf(options)` (a join of up to 6 values).

Propagation: moves, constants, if-*, packed/sparse-switch, int arithmetic, instance-of/check-cast,
`String.equals`/`equalsIgnoreCase`/`length`/`isEmpty` on constants. A branch decided by constants (also
when javac keeps the constant in a register) is one-way; a branch that tests a parameter passed in
`nonnull` for null is one-way; the other side is dead. Facts known on a path (`Frame.facts(i)`): runtime
flags tested (`Guard`: a static boolean field, a `BuildConfig` field, `ApplicationInfo.FLAG_DEBUGGABLE`),
an array parameter known empty or null, and "in a handler of checkValidity()'s exception".

Summaries (`Summary`, once per method, bottom-up through the app's own callees, 4 levels deep):
`raises` (what can leave the method as an exception: a rejection, a date check, an argument check, and
why the rest cannot), `returns`, `handler_calls` ((parameter, "proceed"/"cancel") on an SslErrorHandler
parameter), `host_checked` (parameters a hostname verification receives, in any API shape). Recursion,
methods over 4000 instructions and fixpoints over budget are `complete=False`: rules treat them as "may
do anything" (a call to one may reject, a value from one is unknown).

Flow (`Analysis.trace`): from origin instructions (new-instance, sget, a call's result) through locals, arrays, instance
and static fields (their readers), return values (their callers), app methods' parameters and receivers,
D8 lambda `INSTANCE` fields and Kotlin objects, into calls of the sink methods (as an argument; a sink
`Lcls;->name@receiver` as the receiver). Library calls named in `through` carry the value on: "receiver" (a
traced argument makes the receiver traced: `SSLContext.init`), "result" (a call on or with a traced value
returns a traced one: `SSLContext.getSocketFactory`, a builder's `build()`). A `Flow` lists the path
(one evidence line per step, with source lines) and the runtime-flag guards it passes. Bounded to 12
rounds and 400 interpreted methods per trace.

`value_used(frame, v)`: whether an object is passed on, stored, returned or thrown anywhere in the frame (an
insecure factory made and dropped). `constants()` and `call_args()` are the older, constants-only view of a
frame (ints, strs, `StrArray`, `Chars`), kept for the pin extraction.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from pinscan.android.code import CodeIndex, Method, Site
from pinscan.android.dex import OP_NAME, Code, Insn
from pinscan.errors import PartError

ACC_STATIC = 0x8
ACC_FINAL = 0x10
ACC_PRIVATE = 0x2
MAX_INSNS = 4000  # a method larger than this is not interpreted: its frame and summary are "unknown"
_STEPS_PER_INSN = 24  # fixpoint budget: visits per instruction
_MAX_ONE_OF = 6
MAX_DEPTH = 5  # nesting of summaries: the method asked about and 4 levels of app callees below it
_MAX_VALUE_DEPTH = 6
_TRACE_ROUNDS = 12
_TRACE_METHODS = 400

# --- control flow (structure only) -------------------------------------------------------------------

_NO_FALLTHROUGH = {"return-void", "return", "return-wide", "return-object", "throw", "goto", "goto/16", "goto/32"}
# Instructions that cannot raise, so they get no exception edge.
_CANNOT_THROW = re.compile(r"^(nop|move|return|const(?!-class)|goto|if-|packed-switch|sparse-switch|cmp|"
                           r"neg-|not-|int-to|long-to|float-to|double-to|add-|sub-|mul-|and-|or-|xor-|shl-|shr-|"
                           r"ushr-|rsub-)")
# Exception types whose handler catches what a certificate check throws.
BROAD_CATCH = {None, "Ljava/lang/Throwable;", "Ljava/lang/Exception;", "Ljava/security/cert/CertificateException;",
               "Ljava/security/GeneralSecurityException;", "Ljava/lang/RuntimeException;"}


def successors(code: Code, i: int) -> list[int]:
    """Indexes of the instructions that can follow instruction `i` normally (no exception edges)."""
    ins = code.insns[i]
    by_off = code.by_off
    out = []
    name = ins.name
    if name not in _NO_FALLTHROUGH and i + 1 < len(code.insns):
        out.append(i + 1)
    if ins.target is not None:
        if name in ("packed-switch", "sparse-switch"):
            for rel in code.payloads.get(ins.target, ()):
                j = by_off.get(ins.off + rel)
                if j is not None:
                    out.append(j)
        elif name != "fill-array-data":
            j = by_off.get(ins.target)
            if j is not None:
                out.append(j)
    return out


def handlers_at(code: Code, off: int) -> tuple[tuple[str | None, int], ...]:
    for t in code.tries:
        if t.start <= off < t.end:
            return t.handlers
    return ()


_THROWS = [not _CANNOT_THROW.match(name) for name in OP_NAME]


def can_throw(ins: Insn) -> bool:
    return _THROWS[ins.op]


def exception_successors(code: Code, i: int) -> list[int]:
    ins = code.insns[i]
    if not can_throw(ins):
        return []
    return [j for _, addr in handlers_at(code, ins.off) if (j := code.by_off.get(addr)) is not None]


def reachable(code: Code) -> list[int]:
    """Indexes of the instructions reachable from the entry, in code order (structure only: every branch
    both ways, every handler)."""
    if not code.insns:
        return []
    seen = {0}
    work = [0]
    while work:
        i = work.pop()
        for j in successors(code, i) + exception_successors(code, i):
            if j not in seen:
                seen.add(j)
                work.append(j)
    return sorted(seen)


def escapes(code: Code, ins: Insn) -> bool:
    """Whether an exception raised by a call `ins` leaves the method (no handler that catches what a
    certificate check throws covers it)."""
    return not any(t in BROAD_CATCH for t, _ in handlers_at(code, ins.off))


# --- what a call can do ---------------------------------------------------------------------------------

_HARMLESS_CLASSES = {
    "Lkotlin/jvm/internal/Intrinsics;", "Ljava/lang/StringBuilder;", "Ljava/lang/StringBuffer;",
    "Ljava/lang/String;", "Ljava/lang/Object;", "Ljava/io/PrintStream;", "Ljava/lang/Throwable;",
    "Ljava/lang/Exception;", "Ljava/util/Arrays;", "Ljava/lang/Class;", "Ljava/security/Principal;",
    "Ljavax/security/auth/x500/X500Principal;", "Ljava/lang/Integer;", "Ljava/lang/Long;",
    "Ljava/lang/Boolean;", "Ljava/util/Objects;", "Ljava/lang/Thread;", "Ljava/util/Date;",
    "Ljava/util/Locale;", "Ljava/lang/Math;", "Lkotlin/jvm/internal/StringCompanionObject;",
}
_CERT_CLASSES = {"Ljava/security/cert/X509Certificate;", "Ljava/security/cert/Certificate;"}
_LOGGER_NAME = re.compile(r"Log|^log")
_LOG_PACKAGES = {"log", "logging", "logger", "timber"}
_SYSTEM_OK = {"currentTimeMillis", "nanoTime", "identityHashCode", "lineSeparator", "getProperty"}
DATE_CHECKS = ("Ljava/security/cert/X509Certificate;->checkValidity()V",
               "Ljava/security/cert/X509Certificate;->checkValidity(Ljava/util/Date;)V")


def is_logging_class(desc: str) -> bool:
    body = desc[1:-1] if desc.startswith("L") else desc
    parts = body.split("/")
    simple = parts[-1].split("$")[0]
    return bool(_LOGGER_NAME.search(simple)) or any(p in _LOG_PACKAGES for p in parts[:-1])


def harmless_call(ref: str) -> str | None:
    """Why a call cannot reject a certificate (a label for the evidence), or None when it might."""
    cls, _, rest = ref.partition("->")
    name = rest.split("(", 1)[0]
    if name == "<init>" and cls.endswith(("Exception;", "Error;")):
        return "exception construction"  # making one rejects nothing; throwing it is judged at the throw
    if cls == "Lkotlin/jvm/internal/Intrinsics;":
        return "Kotlin null check"
    if is_logging_class(cls) or (cls == "Ljava/lang/Throwable;" and name == "printStackTrace"):
        return "logging"
    if cls == "Ljava/io/PrintStream;":
        return "logging"
    if cls in _HARMLESS_CLASSES:
        return "string/object helper"
    if cls == "Ljava/lang/System;" and name in _SYSTEM_OK:
        return "system helper"
    if cls in _CERT_CLASSES and name.startswith("get") and name != "getPublicKey":
        return "certificate getter"
    return None


# Thrown for malformed arguments (`require(chain.isNotEmpty())`): no judgement on the chain's trust.
ARGUMENT_ERRORS = {"Ljava/lang/IllegalArgumentException;", "Ljava/lang/NullPointerException;",
                   "Ljava/lang/IllegalStateException;"}
# The framework's exception hierarchy, for matching a thrown type to a handler.
_EXCEPTION_SUPER = {
    "Ljava/security/cert/CertificateExpiredException;": "Ljava/security/cert/CertificateException;",
    "Ljava/security/cert/CertificateNotYetValidException;": "Ljava/security/cert/CertificateException;",
    "Ljava/security/cert/CertificateEncodingException;": "Ljava/security/cert/CertificateException;",
    "Ljava/security/cert/CertificateParsingException;": "Ljava/security/cert/CertificateException;",
    "Ljava/security/cert/CertificateException;": "Ljava/security/GeneralSecurityException;",
    "Ljava/security/NoSuchAlgorithmException;": "Ljava/security/GeneralSecurityException;",
    "Ljava/security/KeyStoreException;": "Ljava/security/GeneralSecurityException;",
    "Ljava/security/SignatureException;": "Ljava/security/GeneralSecurityException;",
    "Ljava/security/InvalidKeyException;": "Ljava/security/KeyException;",
    "Ljava/security/KeyException;": "Ljava/security/GeneralSecurityException;",
    "Ljava/security/GeneralSecurityException;": "Ljava/lang/Exception;",
    "Ljavax/net/ssl/SSLPeerUnverifiedException;": "Ljavax/net/ssl/SSLException;",
    "Ljavax/net/ssl/SSLHandshakeException;": "Ljavax/net/ssl/SSLException;",
    "Ljavax/net/ssl/SSLException;": "Ljava/io/IOException;",
    "Ljava/io/IOException;": "Ljava/lang/Exception;",
    "Ljava/lang/IllegalArgumentException;": "Ljava/lang/RuntimeException;",
    "Ljava/lang/IllegalStateException;": "Ljava/lang/RuntimeException;",
    "Ljava/lang/NullPointerException;": "Ljava/lang/RuntimeException;",
    "Ljava/lang/UnsupportedOperationException;": "Ljava/lang/RuntimeException;",
    "Ljava/lang/SecurityException;": "Ljava/lang/RuntimeException;",
    "Ljava/lang/RuntimeException;": "Ljava/lang/Exception;",
    "Ljava/lang/Exception;": "Ljava/lang/Throwable;",
    "Ljava/lang/AssertionError;": "Ljava/lang/Error;",
    "Ljava/lang/Error;": "Ljava/lang/Throwable;",
}


def _exception_chain(index: CodeIndex, desc: str) -> tuple[list[str], bool]:
    """(the type and its superclasses, whether the chain is known up to Throwable)."""
    out = [desc]
    for _ in range(32):
        cur = out[-1]
        if cur == "Ljava/lang/Throwable;":
            return out, True
        ci = index.cls(cur)
        nxt = ci.superclass if ci is not None else _EXCEPTION_SUPER.get(cur)
        if nxt is None or nxt in out:
            return out, False
        out.append(nxt)
    return out, False


def catches(index: CodeIndex, handler: str | None, thrown: str | None) -> bool | None:
    """Whether a handler for `handler` (None: catch-all) catches an exception of type `thrown`: True, False,
    or None when the type is unknown or its hierarchy is not."""
    if handler is None or handler == "Ljava/lang/Throwable;":
        return True
    if thrown is None:
        return None
    chain, complete = _exception_chain(index, thrown)
    if handler in chain:
        return True
    return False if complete else None


# --- values ---------------------------------------------------------------------------------------------

class Value:
    """An abstract value (see the module docstring)."""

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class Unknown(Value):
    pass


UNKNOWN = Unknown()


@dataclass(frozen=True, slots=True)
class Const(Value):
    value: int | str | None  # None: null


@dataclass(frozen=True, slots=True)
class Chars(Value):
    text: str  # "...".toCharArray()


@dataclass(frozen=True, slots=True)
class Param(Value):
    k: int


@dataclass(frozen=True, slots=True)
class This(Value):
    pass


@dataclass(frozen=True, slots=True)
class New(Value):
    cls: str
    method: str
    off: int


@dataclass(frozen=True, slots=True)
class Field(Value):
    ref: str  # Lcls;->name:Type
    obj: Value | None  # None: a static field
    method: str
    off: int

    @property
    def is_static(self) -> bool:
        return self.obj is None


@dataclass(frozen=True, slots=True)
class Result(Value):
    ref: str
    args: tuple[Value, ...]  # receiver first for instance calls
    method: str
    off: int


@dataclass(frozen=True, slots=True)
class Array(Value):
    type: str
    method: str
    off: int
    items: tuple[tuple[int | None, Value], ...] = ()
    length: Value = UNKNOWN

    def elements(self) -> list[Value]:
        return [v for _, v in self.items]


@dataclass(frozen=True, slots=True)
class Elem(Value):
    array: Value
    index: Value


@dataclass(frozen=True, slots=True)
class Length(Value):
    of: Value


@dataclass(frozen=True, slots=True)
class Op(Value):
    name: str  # add, and, xor, ... instance-of
    a: Value
    b: Value


@dataclass(frozen=True, slots=True)
class Caught(Value):
    types: tuple[str | None, ...]


@dataclass(frozen=True, slots=True)
class OneOf(Value):
    options: frozenset


def join(a: Value, b: Value) -> Value:
    if a == b:
        return a
    if a is UNKNOWN or b is UNKNOWN or isinstance(a, Unknown) or isinstance(b, Unknown):
        return UNKNOWN
    opts = set(a.options) if isinstance(a, OneOf) else {a}
    opts |= set(b.options) if isinstance(b, OneOf) else {b}
    return OneOf(frozenset(opts)) if len(opts) <= _MAX_ONE_OF else UNKNOWN


def options(v: Value) -> Iterator[Value]:
    if isinstance(v, OneOf):
        yield from v.options
    else:
        yield v


def _shallow(v: Value, depth: int = _MAX_VALUE_DEPTH) -> Value:
    """Bound the nesting of values kept inside other values (a call's arguments)."""
    if depth <= 0:
        return UNKNOWN
    if isinstance(v, Result):
        return Result(v.ref, tuple(_shallow(a, depth - 1) for a in v.args), v.method, v.off)
    if isinstance(v, Field) and v.obj is not None:
        return Field(v.ref, _shallow(v.obj, depth - 1), v.method, v.off)
    if isinstance(v, (Elem, Length, Op, Array, OneOf)) and depth <= 1:
        return UNKNOWN
    return v


def _same(a: Value, b: Value) -> bool:
    """The same object or value; calls, allocations and field reads compare by where they happened."""
    if isinstance(a, (Result, New, Field, Array)) and type(a) is type(b):
        return a.method == b.method and a.off == b.off
    return a == b


def derives_from(v: Value, target: Value, depth: int = 10) -> bool:
    """Whether `v` is `target` or was computed from it (a call on it or with it, a field of it, an element)."""
    if depth <= 0:
        return False
    if _same(v, target):
        return True
    if isinstance(v, OneOf):
        return any(derives_from(o, target, depth - 1) for o in v.options)
    if isinstance(v, Result):
        return any(derives_from(a, target, depth - 1) for a in v.args)
    if isinstance(v, Elem):
        return derives_from(v.array, target, depth - 1)
    if isinstance(v, Array):
        return any(derives_from(x, target, depth - 1) for x in v.elements())
    if isinstance(v, Field) and v.obj is not None:
        return derives_from(v.obj, target, depth - 1)
    if isinstance(v, (Op, Length)):
        parts = (v.a, v.b) if isinstance(v, Op) else (v.of,)
        return any(derives_from(p, target, depth - 1) for p in parts)
    return False


@lru_cache(maxsize=4096)
def parse_proto(proto: str) -> tuple[tuple[str, ...], str]:
    """`(I[Ljava/lang/String;)V` -> (("I", "[Ljava/lang/String;"), "V")."""
    params: list[str] = []
    i = 1
    n = len(proto)
    while i < n and proto[i] != ")":
        j = i
        while j < n and proto[j] == "[":
            j += 1
        if j < n and proto[j] == "L":
            j = proto.find(";", j)
            if j < 0:
                break
        params.append(proto[i:j + 1])
        i = j + 1
    return tuple(params), proto[i + 1:]


def split_ref(ref: str) -> tuple[str, str, str]:
    cls, _, rest = ref.partition("->")
    name, _, proto = rest.partition("(")
    return cls, name, "(" + proto


# Library calls that return their receiver (builder methods): declared like `searched` targets.
_RETURNS_RECEIVER: set[str] = set()
_RETURNS_RECEIVER_CLASSES: set[str] = set()


def returns_receiver(*targets: str) -> tuple[str, ...]:
    """Declare library calls that return their receiver: `Lcls;->name` (any overload) or a whole class
    `Lcls;` (every method of it whose return type is the class itself, as builders are written). The
    interpreter then gives the call's result the receiver's value, so a chain of builder calls keeps
    pointing at the one `New` builder."""
    for t in targets:
        (_RETURNS_RECEIVER if "->" in t else _RETURNS_RECEIVER_CLASSES).add(t)
    return targets


def _is_receiver_returning(ref: str) -> bool:
    cls, name, proto = split_ref(ref)
    if f"{cls}->{name}" in _RETURNS_RECEIVER:
        return True
    return cls in _RETURNS_RECEIVER_CLASSES and parse_proto(proto)[1] == cls


# --- facts on a path ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Guard:
    """A runtime flag a path tests: `BuildConfig.DEBUG` is true, `ApplicationInfo.FLAG_DEBUGGABLE` is set."""

    name: str
    value: bool
    text: str  # the branch instruction, with its place: `if-eqz v0, :addr_8 in Lx;->m()V (X.java:12)`

    def describe(self) -> str:
        if self.name == "ApplicationInfo.FLAG_DEBUGGABLE":
            return "the app is debuggable (ApplicationInfo.FLAG_DEBUGGABLE)" if self.value else \
                "the app is not debuggable (ApplicationInfo.FLAG_DEBUGGABLE)"
        return f"{self.name} is {'true' if self.value else 'false'}"


_DEBUGGABLE_FLAGS = "Landroid/content/pm/ApplicationInfo;->flags:I"


def flag_name(v: Value) -> tuple[str, bool] | None:
    """(name, inverted) when a branch on `v` tests a runtime flag: a static boolean field, any field of a
    `BuildConfig` class, or `ApplicationInfo.flags & FLAG_DEBUGGABLE`."""
    if isinstance(v, Field) and v.obj is None:
        cls, _, rest = v.ref.partition("->")
        name, _, typ = rest.partition(":")
        simple = cls[1:-1].rsplit("/", 1)[-1]
        if simple == "BuildConfig" or typ == "Z":
            return f"{simple}.{name}", False
        return None
    if isinstance(v, Op) and isinstance(v.b, Const) and isinstance(v.b.value, int):
        if v.name == "and" and v.b.value & 2 and isinstance(v.a, Field) and v.a.ref == _DEBUGGABLE_FLAGS:
            return "ApplicationInfo.FLAG_DEBUGGABLE", False
        if v.name == "xor" and v.b.value == 1:
            inner = flag_name(v.a)
            return (inner[0], not inner[1]) if inner else None
    return None


class _State:
    __slots__ = ("regs", "facts", "res", "exc")

    def __init__(self, regs: dict[int, Value], facts: frozenset, res: Value | None = None,
                 exc: Value | None = None) -> None:
        self.regs = regs
        self.facts = facts
        self.res = res
        self.exc = exc


def _merge(old: _State, new: _State, widen: bool) -> _State | None:
    """The join of two states, or None when it equals `old`."""
    changed = False
    regs: dict[int, Value] = {}
    for r, v in old.regs.items():
        w = new.regs.get(r)
        if w is None:
            changed = True
            continue
        if v == w:
            regs[r] = v
            continue
        changed = True
        j = UNKNOWN if widen else join(v, w)
        if j is not UNKNOWN:
            regs[r] = j
    facts = old.facts & new.facts
    if facts != old.facts:
        changed = True
    res, exc = old.res, old.exc
    if res is not None and res != new.res:
        res = None if new.res is None or widen else join(res, new.res)
        changed = True
    if exc is not None and exc != new.exc:
        exc = None if new.exc is None else join(exc, new.exc)
        changed = True
    return _State(regs, facts, res, exc) if changed else None


# --- the interpreter ------------------------------------------------------------------------------------

_MOVES = {0x01, 0x02, 0x03, 0x07, 0x08, 0x09}
_MOVES_WIDE = {0x04, 0x05, 0x06}
_CONSTS = {0x12, 0x13, 0x14, 0x15}
_RETURNS = {0x0E, 0x0F, 0x10, 0x11}
_INVOKES = set(range(0x6E, 0x73)) | set(range(0x74, 0x79))
_STATIC_INVOKES = {0x71, 0x77}
_IF_TEST = dict(zip(range(0x32, 0x38), ["eq", "ne", "lt", "ge", "gt", "le"], strict=True))
_IF_TESTZ = dict(zip(range(0x38, 0x3E), ["eq", "ne", "lt", "ge", "gt", "le"], strict=True))
_INT_BINOPS = ["add", "sub", "mul", "div", "rem", "and", "or", "xor", "shl", "shr", "ushr"]
_LIT_OPS = ["add", "rsub", "mul", "div", "rem", "and", "or", "xor", "shl", "shr", "ushr"]
_COMPARE = {"eq": lambda a, b: a == b, "ne": lambda a, b: a != b, "lt": lambda a, b: a < b,
            "ge": lambda a, b: a >= b, "gt": lambda a, b: a > b, "le": lambda a, b: a <= b}
_PRIMITIVE_RETURNS = {"Z", "B", "S", "C", "I"}


def _i32(v: int) -> int:
    v &= 0xFFFFFFFF
    return v - 0x100000000 if v & 0x80000000 else v


def _int_op(name: str, a: int, b: int) -> int | None:
    if name == "add":
        return _i32(a + b)
    if name == "sub":
        return _i32(a - b)
    if name == "rsub":
        return _i32(b - a)
    if name == "mul":
        return _i32(a * b)
    if name in ("div", "rem"):
        if b == 0:
            return None
        q = abs(a) // abs(b) * (1 if (a >= 0) == (b >= 0) else -1)
        return _i32(q if name == "div" else a - q * b)
    if name == "and":
        return _i32(a & b)
    if name == "or":
        return _i32(a | b)
    if name == "xor":
        return _i32(a ^ b)
    if name == "shl":
        return _i32(a << (b & 31))
    if name == "shr":
        return _i32(a >> (b & 31))
    if name == "ushr":
        return _i32((a & 0xFFFFFFFF) >> (b & 31))
    return None


def _non_null(v: Value, nonnull: frozenset[int]) -> bool:
    return isinstance(v, (New, Array, This, Chars)) or (isinstance(v, Const) and isinstance(v.value, str)) or (
        isinstance(v, Param) and v.k in nonnull)


def _zero_test(v: Value, nonnull: frozenset[int]) -> tuple[int | None, bool]:
    """(the int a testz branch compares with 0, whether non-null knowledge decided it)."""
    if isinstance(v, Const):
        if v.value is None:
            return 0, False
        if isinstance(v.value, int):
            return v.value, False
        return 1, False
    if _non_null(v, nonnull):
        return 1, isinstance(v, Param)
    return None, False


@dataclass
class Frame:
    """One method interpreted (see the module docstring for what the values mean)."""

    method: Method
    code: Code
    nonnull: frozenset[int]
    complete: bool
    states: dict[int, _State] = field(default_factory=dict)  # instruction index -> state before it
    results: dict[int, Value] = field(default_factory=dict)  # invoke index -> the value it returns
    decided: dict[int, str] = field(default_factory=dict)  # branch index -> "constant" / "non-null" (one-way)
    taken: dict[int, int | None] = field(default_factory=dict)  # one-way branch -> its only successor
    guard_sites: dict[tuple[str, bool], int] = field(default_factory=dict)
    returns: Value = UNKNOWN
    param_types: tuple[str, ...] = ()
    is_static: bool = False

    def live(self, i: int) -> bool:
        return i in self.states if self.complete else True

    @property
    def live_indices(self) -> list[int]:
        return sorted(self.states) if self.complete else list(range(len(self.code.insns)))

    def live_calls(self) -> Iterator[tuple[int, Insn, str]]:
        """(index, instruction, method reference) of each live invoke-* instruction, in order."""
        for i in self.live_indices:
            ins = self.code.insns[i]
            if ins.op in _INVOKES:
                yield i, ins, self.method.dex.index_text(ins)

    def value(self, i: int, reg: int) -> Value:
        st = self.states.get(i) if self.complete else None
        return st.regs.get(reg, UNKNOWN) if st is not None else UNKNOWN

    def facts(self, i: int) -> frozenset:
        st = self.states.get(i) if self.complete else None
        return st.facts if st is not None else frozenset()

    def result(self, i: int) -> Value:
        return self.results.get(i, UNKNOWN) if self.complete else UNKNOWN

    def call(self, i: int, ref: str | None = None) -> tuple[Value | None, list[Value]]:
        """(receiver or None for a static call, argument values) of the invoke at `i`."""
        ins = self.code.insns[i]
        ref = ref or self.method.dex.index_text(ins)
        recv_reg, arg_regs = _arg_regs(ins, ref)
        return (self.value(i, recv_reg) if recv_reg is not None else None,
                [self.value(i, r) for r in arg_regs])

    def edges(self, i: int) -> list[int]:
        """The feasible successors of a live instruction (normal and exceptional)."""
        if i in self.taken:
            nxt = self.taken[i]
            out = [nxt] if nxt is not None else []
        else:
            out = successors(self.code, i)
        return [j for j in out + exception_successors(self.code, i) if self.live(j)]

    def leading_to(self, target: int) -> set[int]:
        """The live instructions from which `target` can be reached on feasible paths (itself included)."""
        preds: dict[int, list[int]] = {}
        for i in self.live_indices:
            for j in self.edges(i):
                preds.setdefault(j, []).append(i)
        seen = {target}
        work = [target]
        while work:
            for i in preds.get(work.pop(), ()):
                if i not in seen:
                    seen.add(i)
                    work.append(i)
        return seen

    def guards(self, i: int, index: CodeIndex) -> frozenset[Guard]:
        out = set()
        for f in self.facts(i):
            if f[0] == "guard":
                b = self.guard_sites.get((f[1], f[2]))
                text = ""
                if b is not None:
                    ins = self.code.insns[b]
                    text = f"{index.text(self.method, ins)} in {index.where(self.method, ins.off)}"
                out.add(Guard(f[1], f[2], text))
        return frozenset(out)


def value_used(fr: Frame, v: Value) -> bool | None:
    """Whether the object `v` (a call's result, a `New`) is used on some feasible path of the frame: passed
    to a call (as an argument or receiver; its own constructor call aside), stored in a field or an array,
    returned or thrown. None when the frame is incomplete (not known)."""
    if not fr.complete:
        return None
    code = fr.code
    for j in fr.live_indices:
        ins = code.insns[j]
        op = ins.op
        if op in _INVOKES:
            regs = list(ins.regs)
            if isinstance(v, New) and regs and fr.method.dex.index_text(ins).startswith(f"{v.cls}-><init>") \
                    and _same(fr.value(j, regs[0]), v):
                regs = regs[1:]  # `new X(...)`: the constructor call is not a use
        elif 0x59 <= op <= 0x5F or 0x67 <= op <= 0x6D or 0x4B <= op <= 0x51 or op in (0x0F, 0x10, 0x11, 0x27):
            regs = list(ins.regs[:1])  # the stored, returned or thrown value
        elif op in (0x24, 0x25):
            regs = list(ins.regs)
        else:
            continue
        if any(derives_from(fr.value(j, r), v) for r in regs):
            return True
    return False


def _arg_regs(ins: Insn, ref: str) -> tuple[int | None, list[int]]:
    regs = ins.regs
    params, _ = parse_proto(split_ref(ref)[2])
    pos = 0
    recv = None
    if ins.op not in _STATIC_INVOKES:
        if not regs:
            return None, []
        recv = regs[0]
        pos = 1
    out = []
    for t in params:
        if pos >= len(regs):
            break
        out.append(regs[pos])
        pos += 2 if t in ("J", "D") else 1
    return recv, out


class _Interpreter:
    def __init__(self, an: Analysis, m: Method, code: Code, nonnull: frozenset[int]) -> None:
        self.an = an
        self.index = an.index
        self.m = m
        self.code = code
        self.dex = m.dex
        self.nonnull = nonnull
        self.frame = Frame(m, code, nonnull, True)
        params, _ = parse_proto(m.proto)
        self.frame.param_types = params
        self.frame.is_static = bool(m.access & ACC_STATIC)
        # Static fields this method writes: a boolean it tests and then sets is a run-once latch
        # (`if (!installed) { ...; installed = true; }`), not a debug flag.
        self.written = {self.dex.field_ref(ins.idx) for ins in code.insns if 0x67 <= ins.op <= 0x6D}

    def entry(self) -> _State:
        regs: dict[int, Value] = {}
        r = self.code.registers - self.code.ins
        if not self.frame.is_static:
            regs[r] = This()
            r += 1
        for k, t in enumerate(self.frame.param_types):
            regs[r] = Param(k)
            r += 2 if t in ("J", "D") else 1
        return _State(regs, frozenset())

    def run(self) -> Frame:
        code, fr = self.code, self.frame
        n = len(code.insns)
        states = fr.states
        states[0] = self.entry()
        heap = [0]
        queued = {0}
        visits: dict[int, int] = {}
        budget = _STEPS_PER_INSN * n + 200
        returns: Value | None = None
        while heap:
            budget -= 1
            if budget < 0:
                fr.complete = False
                fr.states, fr.results, fr.decided = {}, {}, {}
                return fr
            i = heapq.heappop(heap)
            queued.discard(i)
            st = states[i]
            ins = code.insns[i]
            if ins.op in _RETURNS and ins.op != 0x0E:
                v = st.regs.get(ins.regs[0], UNKNOWN)
                returns = v if returns is None else join(returns, v)
            for j, out in self.step(i, ins, st):
                if not 0 <= j < n:
                    continue
                old = states.get(j)
                if old is None:
                    states[j] = out
                else:
                    visits[j] = visits.get(j, 0) + 1
                    merged = _merge(old, out, widen=visits[j] > 8)
                    if merged is None:
                        continue
                    states[j] = merged
                if j not in queued:
                    queued.add(j)
                    heapq.heappush(heap, j)
        fr.returns = returns if returns is not None else UNKNOWN
        return fr

    # -- one instruction ---------------------------------------------------------------------------------

    def step(self, i: int, ins: Insn, st: _State) -> list[tuple[int, _State]]:
        op = ins.op
        code = self.code
        r = ins.regs
        out: list[tuple[int, _State]] = []
        # exception edges: the state before the instruction, plus what was caught
        if _THROWS[op] and code.tries:
            hs = handlers_at(code, ins.off)
            if hs:
                out.extend(self._exception_edges(i, ins, st, hs))
        regs = st.regs
        if op in _RETURNS or op == 0x27:  # return*, throw
            return out
        new_regs = dict(regs)
        facts = st.facts
        res: Value | None = None
        nxt = i + 1

        def put(reg: int, v: Value) -> None:
            if v is UNKNOWN or isinstance(v, Unknown):
                new_regs.pop(reg, None)
            else:
                new_regs[reg] = v

        if op in _MOVES:
            put(r[0], regs.get(r[1], UNKNOWN))
        elif op in _MOVES_WIDE:
            put(r[0], regs.get(r[1], UNKNOWN))
            put(r[0] + 1, regs.get(r[1] + 1, UNKNOWN))
        elif op in (0x0A, 0x0C):  # move-result, move-result-object
            put(r[0], st.res if st.res is not None else UNKNOWN)
        elif op == 0x0B:
            put(r[0], UNKNOWN)
            put(r[0] + 1, UNKNOWN)
        elif op == 0x0D:  # move-exception
            put(r[0], st.exc if st.exc is not None else UNKNOWN)
        elif op in _CONSTS:
            put(r[0], Const(ins.lit))
        elif 0x16 <= op <= 0x19:  # const-wide
            put(r[0], Const(ins.lit))
            put(r[0] + 1, UNKNOWN)
        elif op in (0x1A, 0x1B):
            put(r[0], Const(self.dex.string(ins.idx)))
        elif op == 0x1C:  # const-class
            put(r[0], UNKNOWN)
        elif op == 0x1F:  # check-cast: the same object
            pass
        elif op == 0x20:  # instance-of
            put(r[0], self._instance_of(regs.get(r[1], UNKNOWN), self.dex.type_desc(ins.idx)))
        elif op == 0x21:  # array-length
            a = regs.get(r[1], UNKNOWN)
            if isinstance(a, Array) and isinstance(a.length, Const):
                put(r[0], a.length)
            elif isinstance(a, Chars):
                put(r[0], Const(len(a.text)))
            else:
                put(r[0], Length(_shallow(a)))
        elif op == 0x22:
            put(r[0], New(self.dex.type_desc(ins.idx), self.m.ref, ins.off))
        elif op == 0x23:
            put(r[0], Array(self.dex.type_desc(ins.idx), self.m.ref, ins.off, (), regs.get(r[1], UNKNOWN)))
        elif op in (0x24, 0x25):
            items = tuple((k, regs.get(reg, UNKNOWN)) for k, reg in enumerate(ins.regs))
            res = Array(self.dex.type_desc(ins.idx), self.m.ref, ins.off, items, Const(len(items)))
            self.frame.results[i] = res
        elif 0x2B <= op <= 0x2C:
            return out + self._switch(i, ins, st)
        elif 0x28 <= op <= 0x2A:  # goto
            j = code.by_off.get(ins.target)
            return out + ([(j, st)] if j is not None else [])
        elif op in _IF_TESTZ or op in _IF_TEST:
            return out + self._branch(i, ins, st)
        elif 0x44 <= op <= 0x4A:  # aget
            put(r[0], self._aget(regs.get(r[1], UNKNOWN), regs.get(r[2], UNKNOWN)))
            if op == 0x45:
                put(r[0] + 1, UNKNOWN)
        elif 0x4B <= op <= 0x51:  # aput
            self._aput(new_regs, regs.get(r[1], UNKNOWN), regs.get(r[2], UNKNOWN), regs.get(r[0], UNKNOWN))
        elif 0x52 <= op <= 0x58:  # iget
            put(r[0], Field(self.dex.field_ref(ins.idx), _shallow(regs.get(r[1], UNKNOWN)), self.m.ref, ins.off))
            if op == 0x53:
                put(r[0] + 1, UNKNOWN)
        elif 0x60 <= op <= 0x66:  # sget
            put(r[0], Field(self.dex.field_ref(ins.idx), None, self.m.ref, ins.off))
            if op == 0x61:
                put(r[0] + 1, UNKNOWN)
        elif 0x59 <= op <= 0x5F or 0x67 <= op <= 0x6D or op in (0x00, 0x1D, 0x1E, 0x26):
            pass  # field stores, nop, monitors, fill-array-data: no register written
        elif op in _INVOKES:
            res = self._invoke(i, ins, regs)
            self.frame.results[i] = res
        elif 0x2D <= op <= 0x31:  # cmp*
            put(r[0], UNKNOWN)
        elif 0x7B <= op <= 0x8F:
            self._unop(op, r, regs, put)
        elif 0x90 <= op <= 0xAF or 0xB0 <= op <= 0xCF:
            self._binop(op, r, regs, put)
        elif 0xD0 <= op <= 0xE2:
            name = _LIT_OPS[op - 0xD0] if op <= 0xD7 else _LIT_OPS[op - 0xD8]
            a = regs.get(r[1], UNKNOWN)
            if isinstance(a, Const) and isinstance(a.value, int):
                v = _int_op(name, a.value, ins.lit)
                put(r[0], Const(v) if v is not None else UNKNOWN)
            else:
                put(r[0], Op(name, _shallow(a), Const(ins.lit)))
        elif r:
            put(r[0], UNKNOWN)
        if nxt < len(code.insns):
            out.append((nxt, _State(new_regs, facts, res)))
        return out

    def _exception_edges(self, i: int, ins: Insn, st: _State, hs) -> list[tuple[int, _State]]:
        out = []
        facts = st.facts
        thrown: str | None = None
        if ins.op == 0x27:
            v = st.regs.get(ins.regs[0], UNKNOWN)
            thrown = v.cls if isinstance(v, New) else None
        elif ins.op in _INVOKES and self.dex.method_ref(ins.idx) in DATE_CHECKS:
            facts = facts | {("exc", "date")}
        for htype, addr in hs:
            j = self.code.by_off.get(addr)
            if j is None:
                continue
            c = catches(self.index, htype, thrown) if ins.op == 0x27 else None
            if c is False:
                continue
            out.append((j, _State(st.regs, facts, None, Caught((htype,)))))
            if c is True:
                break
        return out

    def _instance_of(self, v: Value, t: str) -> Value:
        if isinstance(v, Const) and v.value is None:
            return Const(0)
        if isinstance(v, New) and self.index.is_subtype(v.cls, t):
            return Const(1)
        return Op("instance-of", _shallow(v), Const(t))

    def _aget(self, a: Value, idx: Value) -> Value:
        if isinstance(a, Array) and isinstance(idx, Const) and isinstance(idx.value, int):
            for k, v in reversed(a.items):
                if k == idx.value:
                    return v
        if isinstance(a, Chars):
            return UNKNOWN
        return Elem(_shallow(a), idx if isinstance(idx, Const) else UNKNOWN)

    @staticmethod
    def _aput(regs: dict[int, Value], arr: Value, idx: Value, val: Value) -> None:
        if not isinstance(arr, Array):
            return
        key = idx.value if isinstance(idx, Const) and isinstance(idx.value, int) else None
        items = tuple(p for p in arr.items if key is None or p[0] != key) + ((key, _shallow(val)),)
        new = Array(arr.type, arr.method, arr.off, items[-64:], arr.length)
        for reg, v in list(regs.items()):
            if isinstance(v, Array) and v.method == arr.method and v.off == arr.off:
                regs[reg] = new  # registers aliasing the same array see the store

    def _unop(self, op: int, r, regs, put) -> None:
        a = regs.get(r[1], UNKNOWN)
        wide_dst = op in (0x7D, 0x7E, 0x80, 0x81, 0x83, 0x86, 0x88, 0x89, 0x8B)  # long/double results
        if op == 0x7B and isinstance(a, Const) and isinstance(a.value, int):
            put(r[0], Const(_i32(-a.value)))
        elif op == 0x7C and isinstance(a, Const) and isinstance(a.value, int):
            put(r[0], Const(_i32(~a.value)))
        elif op in (0x8D, 0x8E, 0x8F, 0x84) and isinstance(a, Const) and isinstance(a.value, int):
            v = a.value
            if op == 0x8D:
                v = (v & 0xFF) - 256 if v & 0x80 else v & 0xFF
            elif op == 0x8E:
                v &= 0xFFFF
            elif op == 0x8F:
                v = (v & 0xFFFF) - 0x10000 if v & 0x8000 else v & 0xFFFF
            else:
                v = _i32(v)
            put(r[0], Const(v))
        else:
            put(r[0], UNKNOWN)
        if wide_dst:
            put(r[0] + 1, UNKNOWN)

    def _binop(self, op: int, r, regs, put) -> None:
        two_addr = op >= 0xB0
        k = op - (0xB0 if two_addr else 0x90)
        dst, a_reg, b_reg = (r[0], r[0], r[1]) if two_addr else (r[0], r[1], r[2])
        if k >= len(_INT_BINOPS):  # long, float, double: not tracked
            put(dst, UNKNOWN)
            if 0x9B <= op <= 0xA5 or 0xAB <= op <= 0xAF or 0xBB <= op <= 0xC5 or 0xCB <= op <= 0xCF:
                put(dst + 1, UNKNOWN)
            return
        name = _INT_BINOPS[k]
        a, b = regs.get(a_reg, UNKNOWN), regs.get(b_reg, UNKNOWN)
        if isinstance(a, Const) and isinstance(b, Const) and isinstance(a.value, int) and isinstance(b.value, int):
            v = _int_op(name, a.value, b.value)
            put(dst, Const(v) if v is not None else UNKNOWN)
        else:
            put(dst, Op(name, _shallow(a), _shallow(b)))

    def _invoke(self, i: int, ins: Insn, regs: dict[int, Value]) -> Value:
        ref = self.dex.method_ref(ins.idx)
        recv_reg, arg_regs = _arg_regs(ins, ref)
        recv = regs.get(recv_reg, UNKNOWN) if recv_reg is not None else None
        args = [regs.get(x, UNKNOWN) for x in arg_regs]
        cls, name, proto = split_ref(ref)
        if cls == "Ljava/lang/String;" and isinstance(recv, Const) and isinstance(recv.value, str):
            s = recv.value
            if name in ("equals", "contentEquals", "equalsIgnoreCase") and args and isinstance(args[0], Const):
                o = args[0].value
                if o is None or isinstance(o, str):
                    same = s == o or (name == "equalsIgnoreCase" and o is not None and s.lower() == o.lower())
                    return Const(int(same))
            if name == "length" and not args:
                return Const(len(s))
            if name == "isEmpty" and not args:
                return Const(int(not s))
            if name == "toCharArray" and not args:
                return Chars(s)
        if recv is not None and _is_receiver_returning(ref):
            return recv
        ret = parse_proto(proto)[1]
        if ret in _PRIMITIVE_RETURNS:
            callee = self.an.dispatch(ref, ins.op)
            if callee is not None:
                v = self.an.returns_of(callee)
                if isinstance(v, Const):
                    return v
                if isinstance(v, Field) and v.obj is None:
                    return v
                if isinstance(v, Param) and v.k < len(args):
                    return args[v.k]
        full = ((recv,) if recv is not None else ()) + tuple(args)
        return Result(ref, tuple(_shallow(a, _MAX_VALUE_DEPTH - 1) for a in full), self.m.ref, ins.off)

    # -- branches ----------------------------------------------------------------------------------------

    def _branch(self, i: int, ins: Insn, st: _State) -> list[tuple[int, _State]]:
        code = self.code
        target = code.by_off.get(ins.target)
        fall = i + 1 if i + 1 < len(code.insns) else None
        regs = st.regs
        taken: bool | None = None
        reason = "constant"
        if ins.op in _IF_TESTZ:
            cmp = _IF_TESTZ[ins.op]
            outcomes: set[bool] | None = set()
            for o in options(regs.get(ins.regs[0], UNKNOWN)):
                n, by_null = _zero_test(o, self.nonnull)
                if n is None or (cmp not in ("eq", "ne") and not isinstance(o, Const)):
                    outcomes = None
                    break
                if by_null:
                    reason = "non-null"
                outcomes.add(_COMPARE[cmp](n, 0))
            if outcomes is not None and len(outcomes) == 1:
                taken = outcomes.pop()
        else:
            cmp = _IF_TEST[ins.op]
            a, b = regs.get(ins.regs[0], UNKNOWN), regs.get(ins.regs[1], UNKNOWN)
            if isinstance(a, Const) and isinstance(b, Const) and isinstance(a.value, int) and isinstance(b.value, int):
                taken = _COMPARE[cmp](a.value, b.value)
            elif cmp in ("eq", "ne") and a == b and isinstance(a, (New, Array)):
                taken = cmp == "eq"
        if taken is not None:
            self.frame.decided[i] = reason
            j = target if taken else fall
            self.frame.taken[i] = j
            return [(j, st)] if j is not None else []
        self._undecided(i)
        out = []
        jump_facts, fall_facts = self._path_facts(i, ins, regs)
        if target is not None:
            out.append((target, _State(st.regs, st.facts | jump_facts)))
        if fall is not None:
            out.append((fall, _State(st.regs, st.facts | fall_facts)))
        return out

    def _path_facts(self, i: int, ins: Insn, regs: dict[int, Value]) -> tuple[frozenset, frozenset]:
        """Facts that hold on the jump and on the fall-through side of an undecided branch."""
        if ins.op not in _IF_TESTZ:
            return frozenset(), frozenset()
        cmp = _IF_TESTZ[ins.op]
        v = regs.get(ins.regs[0], UNKNOWN)
        # which side means "v is zero" (false / null / empty)
        zero_side = {"eq": "jump", "ne": "fall", "le": "jump", "gt": "fall"}.get(cmp)
        if zero_side is None:
            return frozenset(), frozenset()
        zero: set = set()
        nonzero: set = set()
        flag = flag_name(v)
        if flag is not None and isinstance(v, Field) and v.ref in self.written:
            flag = None
        if flag is not None:
            name, inverted = flag
            zero.add(("guard", name, inverted))
            nonzero.add(("guard", name, not inverted))
            for key in ((name, inverted), (name, not inverted)):
                self.frame.guard_sites.setdefault(key, i)
        array_param = None
        if isinstance(v, Length) and isinstance(v.of, Param):
            array_param = v.of.k
        elif isinstance(v, Param) and cmp in ("eq", "ne") and v.k < len(self.frame.param_types) \
                and self.frame.param_types[v.k].startswith("["):
            array_param = v.k
        if array_param is not None:
            zero.add(("empty", array_param))
        z, nz = frozenset(zero), frozenset(nonzero)
        return (z, nz) if zero_side == "jump" else (nz, z)

    def _switch(self, i: int, ins: Insn, st: _State) -> list[tuple[int, _State]]:
        code = self.code
        rels = code.payloads.get(ins.target, ())
        keys = code.switch_keys.get(ins.target, ())
        v = st.regs.get(ins.regs[0], UNKNOWN)
        fall = i + 1 if i + 1 < len(code.insns) else None
        if isinstance(v, Const) and isinstance(v.value, int) and len(keys) == len(rels):
            self.frame.decided[i] = "constant"
            j = fall
            for key, rel in zip(keys, rels, strict=True):
                if key == v.value:
                    j = code.by_off.get(ins.off + rel)
                    break
            self.frame.taken[i] = j
            return [(j, st)] if j is not None else []
        self._undecided(i)
        out = [(j, st) for rel in rels if (j := code.by_off.get(ins.off + rel)) is not None]
        if fall is not None:
            out.append((fall, st))
        return out

    def _undecided(self, i: int) -> None:
        """A branch seen two-way on a later visit (its state only grows) is not one-way after all."""
        self.frame.decided.pop(i, None)
        self.frame.taken.pop(i, None)


# --- what can throw out of a method -----------------------------------------------------------------------

@dataclass(frozen=True)
class Raises:
    """What can leave a method as an exception, sorted by what it means for a trust decision, and the
    evidence for why the rest cannot (instructions as smali text)."""

    complete: bool
    rejecting: tuple[str, ...] = ()  # throws and calls that can reject (a real check, or anything unknown)
    dates: tuple[str, ...] = ()  # checkValidity() calls (and rethrows of their exception): dates only
    arguments: tuple[str, ...] = ()  # argument checks: require(), an empty or null chain
    swallowed: tuple[str, ...] = ()  # checks whose exception a handler in the method catches
    unreachable: tuple[str, ...] = ()  # checks after a return (no path reaches them)
    dead: tuple[str, ...] = ()  # checks only a constant-decided or null-only branch leads to
    dead_by: frozenset[str] = frozenset()  # "constant", "non-null": what decided those branches
    decided: tuple[str, ...] = ()  # the one-way branches
    helpers: tuple[tuple[str, str, str], ...] = ()  # (call text, callee name, how) of app calls that never throw
    labels: tuple[tuple[str, str], ...] = ()  # (label, call text) of harmless calls: logging, Kotlin null checks
    returns: tuple[str, ...] = ()
    live: int = 0

    @property
    def never_throws(self) -> bool:
        return self.complete and not (self.rejecting or self.dates or self.arguments)


@dataclass(frozen=True)
class Summary:
    """What a method does for its callers (see the module docstring)."""

    method: str
    complete: bool
    raises: Raises
    returns: Value = UNKNOWN
    handler_calls: frozenset[tuple[int, str]] = frozenset()
    host_checked: frozenset[int] = frozenset()


_UNKNOWN_RAISES = Raises(False)
PROCEED = "Landroid/webkit/SslErrorHandler;->proceed()V"
CANCEL = "Landroid/webkit/SslErrorHandler;->cancel()V"
# Hostname verification, in every API shape: HostnameVerifier.verify(String, SSLSession) (and so
# HttpsURLConnection.getDefaultHostnameVerifier().verify), Apache X509HostnameVerifier.verify(String,
# SSLSocket / X509Certificate / String[], String[]), OkHttp's OkHostnameVerifier, and the endpoint
# identification algorithm that makes the TLS stack check the name itself.
_VERIFIER_TYPES = ("Ljavax/net/ssl/HostnameVerifier;", "Lorg/apache/http/conn/ssl/X509HostnameVerifier;",
                   "Lokhttp3/internal/tls/OkHostnameVerifier;", "Lcom/squareup/okhttp/internal/tls/OkHostnameVerifier;")
_ACCEPT_ALL_VERIFIERS = ("Lorg/apache/http/conn/ssl/AllowAllHostnameVerifier;",
                         "Lorg/apache/http/conn/ssl/NoopHostnameVerifier;",
                         "Lorg/apache/http/conn/ssl/SSLSocketFactory;->ALLOW_ALL_HOSTNAME_VERIFIER")


def is_hostname_check(index: CodeIndex, ref: str) -> bool:
    cls, name, _ = split_ref(ref)
    if name == "verify":
        return cls in _VERIFIER_TYPES or any(index.is_subtype(cls, t) for t in _VERIFIER_TYPES[:2])
    return ref.startswith("Ljavax/net/ssl/SSLParameters;->setEndpointIdentificationAlgorithm")


def accepts_any_host(v: Value | None) -> bool:
    """Whether a verifier value is one of the framework's accept-all verifiers."""
    return any((isinstance(o, New) and o.cls in _ACCEPT_ALL_VERIFIERS)
               or (isinstance(o, Field) and o.ref.split(":", 1)[0] in _ACCEPT_ALL_VERIFIERS)
               for o in (options(v) if v is not None else ()))


class Analysis:
    """Frames and summaries of one app's methods, computed on demand and kept (see the module docstring).

    A summary is computed once per method and reused. Nesting is bounded (MAX_DEPTH): a callee beyond it,
    or a call back into a method being computed (recursion), is "unknown". A result that met such a cut
    is kept with the depth it was computed at, and computed again when asked from a shallower place, so
    what a rule sees does not depend on which rule asked first."""

    def __init__(self, index: CodeIndex) -> None:
        self.index = index
        self.depth = 0
        self._store: dict[tuple, tuple[object, bool, int]] = {}
        self._active: set[tuple] = set()
        self._cut = False
        self._dispatch: dict[tuple[str, int], Method | None] = {}

    def _memo(self, key: tuple, compute, nested: bool):
        got = self._store.get(key)
        if got is not None and (not got[1] or got[2] <= self.depth):
            return got[0]
        if key in self._active or (nested and self.depth >= MAX_DEPTH):
            self._cut = True
            return None
        self._active.add(key)
        saved, self._cut = self._cut, False
        at = self.depth
        if nested:
            self.depth += 1
        try:
            value = compute()
        finally:
            if nested:
                self.depth -= 1
            self._active.discard(key)
            truncated = self._cut
            self._cut = saved or truncated
        self._store[key] = (value, truncated, at)
        return value

    # -- frames ----------------------------------------------------------------------------------------

    def frame(self, m: Method, nonnull: Iterable[int] = ()) -> Frame | None:
        """The interpreted method (None without code); an over-budget frame has `complete=False`."""
        nn = frozenset(nonnull)
        code = self.index.code(m)
        if code is None:
            return None
        fr = self._memo(("frame", m.ref, m.code_off, nn), lambda: self._interpret(m, code, nn), nested=False)
        return fr if fr is not None else Frame(m, code, nn, False)

    def _interpret(self, m: Method, code: Code, nn: frozenset[int]) -> Frame:
        if not code.insns:
            return Frame(m, code, nn, True)
        if len(code.insns) > MAX_INSNS:
            return Frame(m, code, nn, False)
        try:
            return _Interpreter(self, m, code, nn).run()
        except (IndexError, KeyError, ValueError, PartError) as exc:  # hostile operands: unknown
            self.index.on_error(m.dex.name, f"{m.ref}: not interpreted ({type(exc).__name__}: {exc})")
            return Frame(m, code, nn, False)

    def dispatch(self, ref: str, op: int) -> Method | None:
        """The app method a call runs, when it is known: a static, direct or super call, or a virtual call
        no subclass of the receiver type overrides. None for framework methods and ambiguous dispatch."""
        key = (ref, op)
        if key in self._dispatch:
            return self._dispatch[key]
        callee = self.index.resolve(ref)
        if callee is not None and not callee.code_off:
            callee = None
        exact = op in (0x6F, 0x70, 0x71, 0x75, 0x76, 0x77)  # super, direct, static
        if callee is not None and not exact and not callee.access & (ACC_PRIVATE | ACC_FINAL):
            cls, name, proto = split_ref(ref)
            for sub in self.index.implementors(cls):
                if sub.desc != callee.cls.desc and self.index.declared(sub, name, proto):
                    callee = None
                    break
        self._dispatch[key] = callee
        return callee

    # -- summaries -------------------------------------------------------------------------------------

    def returns_of(self, m: Method) -> Value:
        """The join of what `m` returns on its feasible paths (UNKNOWN when not known)."""
        def compute() -> Value:
            fr = self.frame(m)
            return fr.returns if fr is not None and fr.complete else UNKNOWN
        v = self._memo(("returns", m.ref, m.code_off), compute, nested=True)
        return v if v is not None else UNKNOWN

    def raises(self, m: Method, nonnull: Iterable[int] = ()) -> Raises:
        """What can throw out of `m` (parameters in `nonnull` are never null), through its app callees."""
        nn = frozenset(nonnull)
        r = self._memo(("raises", m.ref, m.code_off, nn), lambda: self._compute_raises(m, nn), nested=True)
        return r if r is not None else _UNKNOWN_RAISES

    def effects(self, m: Method) -> tuple[frozenset[tuple[int, str]], frozenset[int]]:
        """(SslErrorHandler calls on parameters, parameters whose hostname is verified), through app callees."""
        got = self._memo(("effects", m.ref, m.code_off), lambda: self._effects(m), nested=True)
        return got if got is not None else (frozenset(), frozenset())

    def summary(self, m: Method) -> Summary:
        r = self.raises(m)
        handler, checked = self.effects(m)
        return Summary(m.ref, r.complete, r, self.returns_of(m), handler, checked)

    def _effects(self, m: Method) -> tuple[frozenset[tuple[int, str]], frozenset[int]]:
        fr = self.frame(m)
        if fr is None or not fr.complete:
            return frozenset(), frozenset()
        handler: set[tuple[int, str]] = set()
        checked: set[int] = set()
        index = self.index
        for i, ins, ref in fr.live_calls():
            recv, args = fr.call(i, ref)
            if ref in (PROCEED, CANCEL):
                handler.update((p.k, "proceed" if ref == PROCEED else "cancel")
                               for p in options(recv) if isinstance(p, Param))
            elif is_hostname_check(index, ref) and not accepts_any_host(recv):
                for a in args:
                    checked.update(p.k for p in _params_in(a))
            elif (callee := self.dispatch(ref, ins.op)) is not None:
                sub_handler, sub_checked = self.effects(callee)
                for k, what in sub_handler:
                    if k < len(args):
                        handler.update((p.k, what) for p in options(args[k]) if isinstance(p, Param))
                for k in sub_checked:
                    if k < len(args):
                        checked.update(p.k for p in _params_in(args[k]))
        return frozenset(handler), frozenset(checked)

    def _compute_raises(self, m: Method, nonnull: frozenset[int]) -> Raises:
        index = self.index
        fr = self.frame(m, nonnull)
        if fr is None or not fr.complete:
            return _UNKNOWN_RAISES
        code = fr.code
        rejecting: list[str] = []
        dates: list[str] = []
        arguments: list[str] = []
        swallowed: list[str] = []
        helpers: list[tuple[str, str, str]] = []
        labels: list[tuple[str, str]] = []
        live = fr.live_indices
        for i in live:
            ins = code.insns[i]
            if ins.op == 0x27:  # throw
                v = fr.value(i, ins.regs[0])
                thrown = v.cls if isinstance(v, New) else None
                text = index.text(m, ins)
                hs = handlers_at(code, ins.off)
                if any(catches(index, t, thrown) is True for t, _ in hs):
                    swallowed.append(f"{text}  # caught in this method")
                    continue
                facts = fr.facts(i)
                if ("exc", "date") in facts:
                    dates.append(f"{text}  # rethrows what checkValidity() threw")
                elif thrown in ARGUMENT_ERRORS or any(f[0] == "empty" for f in facts):
                    arguments.append(text)
                else:
                    rejecting.append(text)
                continue
            if ins.op not in _INVOKES:
                continue
            ref = m.dex.index_text(ins)
            text = index.text(m, ins)
            why = harmless_call(ref)
            if why:
                labels.append((why, text))
                continue
            if ref in DATE_CHECKS:
                kind, note = "date", ""
            else:
                kind, note = "reject", ""
                callee = self.dispatch(ref, ins.op)
                if callee is not None:
                    sub = self.raises(callee)
                    if sub.never_throws:
                        if callee.proto.endswith(")V"):  # a check-like procedure: the verdict names it
                            helpers.append((text, callee.name, _how(sub)))
                        else:  # a getter or accessor (access$000): a value, not a check
                            labels.append(("app getter", text))
                        continue
                    if sub.complete and not sub.rejecting:
                        kind = "date" if sub.dates else "argument"
                        note = f"  # {callee.name} {'only checks validity dates' if sub.dates else 'checks arguments'}"
            if escapes(code, ins):
                if kind == "date":
                    dates.append(text + note)
                elif kind == "argument":
                    arguments.append(text + note)
                else:
                    rejecting.append(text)
            else:
                caught = ", ".join(t or "any exception" for t, _ in handlers_at(code, ins.off))
                swallowed.append(f"{text}  # in a try block: {caught} caught")
        structural = set(reachable(code))
        unreachable, dead = [], []
        for i, ins in enumerate(code.insns):
            if fr.live(i) or not (ins.op == 0x27 or (ins.op in _INVOKES and not harmless_call(
                    m.dex.index_text(ins)))):
                continue
            if i in structural:
                dead.append(f"{index.text(m, ins)}  # unreachable: {_dead_note(fr.decided)}")
            else:
                unreachable.append(f"{index.text(m, ins)}  # unreachable")
        decided = tuple(f"{index.text(m, code.insns[i])}  # {_decided_note(fr, i)}" for i in sorted(fr.decided))
        returns = tuple(index.text(m, code.insns[i]) for i in live if code.insns[i].op in _RETURNS)
        return Raises(True, tuple(rejecting), tuple(dates), tuple(arguments), tuple(swallowed),
                      tuple(unreachable), tuple(dead), frozenset(fr.decided.values()) if dead else frozenset(),
                      decided, tuple(helpers), tuple(labels), returns, len(live))

    # -- value flow ------------------------------------------------------------------------------------

    def trace(self, origins: Iterable[tuple[Method, int, tuple[str, ...], frozenset]],
              sinks: Iterable[str], through: Mapping[str, str] | None = None) -> list[Flow]:
        """Flows from the values made at `origins` ((method, instruction index, evidence, guards); the
        instruction a new-instance, an sget, or a call whose result is followed) into a call of one of
        `sinks` (`Lcls;->name`, any overload; the value as an argument, or an element of an array
        argument; a sink written `Lcls;->name@receiver` takes it as the call's receiver). `through`
        (`Lcls;->name` -> "receiver" or "result") carries the value across library calls: "receiver" makes
        the receiver of a call given the value carry it (`SSLContext.init` with a trust manager: the
        context), "result" makes the result of a call on the value, or given it, carry it
        (`SSLContext.getSocketFactory`, a builder's `build()`). Sorted: unguarded first, then shortest,
        then by place."""
        return _Tracer(self, tuple(sinks), dict(through or {})).run(list(origins))


def _params_in(v: Value, depth: int = 10) -> Iterator[Param]:
    """The parameters a value was computed from."""
    if depth <= 0:
        return
    if isinstance(v, Param):
        yield v
    elif isinstance(v, OneOf):
        for o in v.options:
            yield from _params_in(o, depth - 1)
    elif isinstance(v, Result):
        for a in v.args:
            yield from _params_in(a, depth - 1)
    elif isinstance(v, Elem):
        yield from _params_in(v.array, depth - 1)
    elif isinstance(v, Array):
        for x in v.elements():
            yield from _params_in(x, depth - 1)
    elif isinstance(v, Field) and v.obj is not None:
        yield from _params_in(v.obj, depth - 1)


def _dead_note(decided: dict[int, str]) -> str:
    reasons = set(decided.values())
    if "constant" in reasons:
        return "behind a branch decided by a constant"
    return "only reached when a parameter the platform never passes as null is null"


def _decided_note(fr: Frame, i: int) -> str:
    ins = fr.code.insns[i]
    if fr.decided[i] == "non-null":
        return "one-way: the parameter it tests is never null"
    if ins.name.endswith("switch"):
        return "one-way: switch on a constant"
    return "one-way: decided by a constant"


def _how(r: Raises) -> str:
    """The verdict on a method that never throws, in words (the trust rules' messages)."""
    names = {label for label, _ in r.labels}
    delegations = [h for h in r.helpers if "->checkServerTrusted(" in h[0] or "->verify(" in h[0]]
    if r.swallowed:
        return "catches and ignores the exception of its check"
    if r.unreachable:
        return "returns before its checks"
    if r.dead and "constant" in r.dead_by:
        return "throws only behind a condition that is never true"
    if r.dead:
        return "throws only when the platform passes null, which it never does"
    if delegations:
        return "only delegates to an overload that accepts everything"
    if r.helpers:
        _, name, how = r.helpers[0]
        return f"only calls {name}(), which {how}"
    if "logging" in names:
        return "only logs"
    if r.arguments:
        return "only rejects a missing or empty chain, never an untrusted one"
    if "Kotlin null check" in names:
        return "only checks its parameters for null"
    if r.live <= 1:
        return "has an empty body"
    return "never throws"


@dataclass(frozen=True)
class Acceptance:
    """The verdict on a method: whether every path accepts, how, and the instructions that show it."""

    accepts_all: bool
    how: str  # empty body | only Kotlin null checks | only logs | swallows the exception | ...
    evidence: tuple[str, ...]
    rejecting: tuple[str, ...] = ()  # when it can reject: the instructions that can
    date_only: bool = False  # the only rejections come from checkValidity(): dates, not trust


DATE_ONLY = "checks only the validity dates (checkValidity), never who issued the certificate"


def acceptance(index: CodeIndex, m: Method, nonnull: Iterable[int] = ()) -> Acceptance:
    """Can `m` ever throw out of itself on a feasible path? Parameters in `nonnull` are never null (the
    platform's contract). Logging and string helpers cannot throw; the app's own callees answer through
    their summaries; any other call, or an uncaught `throw`, can. A method whose only exceptions come
    from `checkValidity()` is `date_only`."""
    r = analysis(index).raises(m, nonnull)
    if not r.complete:
        return Acceptance(False, "not analysed (too large, or recursive)", ())
    if r.rejecting:
        return Acceptance(False, "can reject", (), r.rejecting)
    if r.dates:
        return Acceptance(False, DATE_ONLY, tuple(dict.fromkeys(r.dates[:2] + r.returns[:1])), (), True)
    how = _how(r)
    evidence: list[str] = []
    if r.swallowed:
        evidence = list(r.swallowed[:2])
    elif r.unreachable:
        evidence = list(r.unreachable[:2])
    elif r.dead:
        evidence = list(r.decided[:2]) + list(r.dead[:1])
    elif r.helpers:
        evidence = [f"{text}  # {name}() {h}" for text, name, h in r.helpers[:2]]
    elif how == "only logs":
        evidence = [t for label, t in r.labels if label == "logging"][:2]
    elif r.arguments:
        evidence = list(r.arguments[:1])
    elif how == "only checks its parameters for null":
        evidence = [t for _, t in r.labels][:2]
    return Acceptance(True, how, tuple(dict.fromkeys(evidence + list(r.returns[:1]))))


def analysis(index: CodeIndex) -> Analysis:
    """The one Analysis of an app's code index."""
    an = index.memo.get("flow")
    if an is None:
        an = index.memo["flow"] = Analysis(index)
    return an


# --- value flow -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Flow:
    """A value made at an origin reaching a sink call, and the way it went."""

    sink: Site
    steps: tuple[str, ...]  # evidence: origin, each hop (call, field, return), the sink call; with places
    guards: frozenset[Guard]
    origin: tuple[str, int]  # (method ref, offset) of the origin instruction

    def sort_key(self) -> tuple:
        return (bool(self.guards), len(self.steps), self.sink.method.ref, self.sink.insn.off)


def _path(steps: tuple[str, ...], *more: str) -> tuple[str, ...]:
    """Steps extended by `more`, without repeating the last one (an origin read is also the first hop)."""
    out = list(steps)
    for s in more:
        if not out or out[-1] != s:
            out.append(s)
    return tuple(out)


_AT_RECEIVER = "@receiver"  # a sink that takes the traced value as the call's receiver


@dataclass(frozen=True)
class _Prov:
    steps: tuple[str, ...]
    guards: frozenset[Guard]
    origin: tuple[str, int]


class _Tracer:
    def __init__(self, an: Analysis, sinks: tuple[str, ...], through: dict[str, str] | None = None) -> None:
        self.an = an
        self.index = an.index
        self.sinks = tuple(s for s in sinks if not s.endswith(_AT_RECEIVER))
        self.receiver_sinks = tuple(s.removesuffix(_AT_RECEIVER) for s in sinks if s.endswith(_AT_RECEIVER))
        self.through = through or {}
        self.atoms: dict[object, _Prov] = {}
        self.flows: dict[tuple[str, int, tuple[str, int]], Flow] = {}
        self.queue: list[Method] = []
        self.queued: set[str] = set()
        self.pending_methods: set[str] = set()
        self.pending_fields: set[str] = set()
        self.processed = 0

    def _is_sink(self, ref: str, sinks: tuple[str, ...] | None = None) -> str | None:
        cls, name, _ = split_ref(ref)
        short = f"{cls}->{name}"
        return next((s for s in (self.sinks if sinks is None else sinks) if s in (short, ref)), None)

    def _carries(self, ref: str) -> str | None:
        cls, name, _ = split_ref(ref)
        return self.through.get(f"{cls}->{name}", self.through.get(ref))

    def _holder(self, v: Value | None, m: Method) -> list[object]:
        """The atoms under which an object held in `v` is followed: what a carrying call marks (its receiver)."""
        out: list[object] = []
        for o in options(v) if v is not None else ():
            if isinstance(o, New):
                out.append(o)
            elif isinstance(o, Result):
                out.append(("call", o.method, o.off))
            elif isinstance(o, Field):
                out.append(("field", o.ref))
            elif isinstance(o, Param):
                out.append(("param", m.ref, o.k))
            elif isinstance(o, This):
                out.append(("this", m.ref))
        return out

    def _enqueue(self, m: Method) -> None:
        if m.ref not in self.queued:
            self.queued.add(m.ref)
            self.queue.append(m)

    def _offer(self, key: object, prov: _Prov) -> bool:
        old = self.atoms.get(key)
        if old is not None and not (len(prov.guards) < len(old.guards)):
            return False
        if len(prov.steps) > 16:
            return False
        self.atoms[key] = prov
        return True

    def run(self, origins: list[tuple[Method, int, tuple[str, ...], frozenset]]) -> list[Flow]:
        for m, i, steps, guards in origins:
            fr = self.an.frame(m)
            if fr is None:
                continue
            ins = fr.code.insns[i]
            if ins.op == 0x22:
                key: object = New(m.dex.index_text(ins), m.ref, ins.off)
            elif 0x60 <= ins.op <= 0x66:
                key = ("field", m.dex.index_text(ins))
            elif ins.op in _INVOKES:
                key = ("call", m.ref, ins.off)  # the value the call returns
            else:
                continue
            if self._offer(key, _Prov(steps, guards, (m.ref, ins.off))):
                self._enqueue(m)
        for _ in range(_TRACE_ROUNDS):
            if not self.queue:
                break
            batch, self.queue = self.queue, []
            self.queued.clear()
            for m in batch:
                if self.processed >= _TRACE_METHODS:
                    break
                self.processed += 1
                self._visit(m)
            if self.pending_methods or self.pending_fields:
                for site in self.index.uses(sorted(self.pending_methods), sorted(self.pending_fields)):
                    self._enqueue(site.method)
                self.pending_methods.clear()
                self.pending_fields.clear()
        return sorted(self.flows.values(), key=Flow.sort_key)

    def _match(self, v: Value | None, fr: Frame, depth: int = 4) -> tuple[_Prov, tuple[str, ...], frozenset] | None:
        """The provenance of a traced value found in `v`, the steps to add here, and the guards of its
        definition in this frame."""
        if v is None or depth <= 0:
            return None
        m = fr.method
        index = self.index
        if isinstance(v, New):
            p = self.atoms.get(v)
            if p is not None:
                g = fr.guards(fr.code.by_off[v.off], index) if v.method == m.ref and v.off in fr.code.by_off \
                    else frozenset()
                return p, (), g
            return None
        if isinstance(v, Field):
            p = self.atoms.get(("field", v.ref))
            if p is not None and v.method == m.ref and v.off in fr.code.by_off:
                ins = fr.code.insns[fr.code.by_off[v.off]]
                return p, (f"{index.text(m, ins)} in {index.where(m, ins.off)}",), frozenset()
            return None
        if isinstance(v, Result):
            p = self.atoms.get(("call", v.method, v.off))
            if p is not None:
                i = fr.code.by_off.get(v.off) if v.method == m.ref else None
                return p, (), fr.guards(i, index) if i is not None else frozenset()
            p = self.atoms.get(("ret", v.ref))
            if p is not None and v.method == m.ref and v.off in fr.code.by_off:
                i = fr.code.by_off[v.off]
                ins = fr.code.insns[i]
                return p, (f"{index.text(m, ins)} in {index.where(m, ins.off)}",), fr.guards(i, index)
            return None
        if isinstance(v, Param):
            p = self.atoms.get(("param", m.ref, v.k))
            return (p, (), frozenset()) if p is not None else None
        if isinstance(v, This):
            p = self.atoms.get(("this", m.ref))
            return (p, (), frozenset()) if p is not None else None
        parts: Iterable[Value] = ()
        if isinstance(v, Array):
            parts = v.elements()
        elif isinstance(v, OneOf):
            parts = sorted(v.options, key=repr)
        elif isinstance(v, Elem):
            parts = (v.array,)
        best = None
        for part in parts:
            got = self._match(part, fr, depth - 1)
            if got is not None and (best is None or len(got[0].guards | got[2]) < len(best[0].guards | best[2])):
                best = got
        return best

    def _visit(self, m: Method) -> None:
        fr = self.an.frame(m)
        if fr is None or not fr.complete:
            return
        index = self.index
        code = fr.code
        for i in fr.live_indices:
            ins = code.insns[i]
            op = ins.op
            if op in _INVOKES:
                ref = m.dex.index_text(ins)
                recv, args = fr.call(i, ref)
                sink = self._is_sink(ref)
                recv_sink = self._is_sink(ref, self.receiver_sinks) if self.receiver_sinks else None
                carries = self._carries(ref) if self.through else None
                positions: list[tuple[int | None, Value | None]] = [(None, recv)] + list(enumerate(args))
                for k, v in positions:
                    got = self._match(v, fr)
                    if got is None:
                        continue
                    prov, extra, def_guards = got
                    here = f"{index.text(m, ins)} in {index.where(m, ins.off)}"
                    guards = prov.guards | def_guards | fr.guards(i, index)
                    steps = _path(prov.steps, *extra, here)
                    found = sink if k is not None else (recv_sink + _AT_RECEIVER if recv_sink else None)
                    if found is not None:
                        key = (m.ref, ins.off, prov.origin)
                        flow = Flow(Site(m, ins, found), steps, guards, prov.origin)
                        old = self.flows.get(key)
                        if old is None or flow.sort_key() < old.sort_key():
                            self.flows[key] = flow
                        continue
                    if carries is not None:
                        held = self._holder(recv, m) if carries == "receiver" and k is not None else \
                            [("call", m.ref, ins.off)] if carries == "result" else []
                        for atom in held:
                            if self._offer(atom, _Prov(steps, guards, prov.origin)):
                                self._enqueue(m)
                                if isinstance(atom, tuple) and atom[0] == "field":
                                    self.pending_fields.add(atom[1].split(":", 1)[0])
                        if held:
                            continue
                    callee = self.an.dispatch(ref, op)
                    if callee is None:
                        continue
                    atom = ("this", callee.ref) if k is None else ("param", callee.ref, k)
                    if self._offer(atom, _Prov(steps, guards, prov.origin)):
                        self._enqueue(callee)
            elif op == 0x11:  # return-object
                got = self._match(fr.value(i, ins.regs[0]), fr)
                if got is not None:
                    prov, extra, def_guards = got
                    if self._offer(("ret", m.ref), _Prov(_path(prov.steps, *extra), prov.guards | def_guards
                                                         | fr.guards(i, index), prov.origin)):
                        self.pending_methods.add(m.ref)
            elif op == 0x5B or op == 0x69:  # iput-object, sput-object
                got = self._match(fr.value(i, ins.regs[0]), fr)
                if got is not None:
                    prov, extra, def_guards = got
                    ref = m.dex.index_text(ins)
                    here = f"{index.text(m, ins)} in {index.where(m, ins.off)}"
                    if self._offer(("field", ref), _Prov(_path(prov.steps, *extra, here), prov.guards | def_guards
                                                         | fr.guards(i, index), prov.origin)):
                        self.pending_fields.add(ref.split(":", 1)[0])


# --- the constants-only view (pin extraction) -------------------------------------------------------------

@dataclass(frozen=True)
class StrArray:
    alloc: int  # offset of the instruction that made it
    items: tuple[tuple[int, object], ...] = ()

    def values(self) -> list[object]:
        return [v for _, v in sorted(self.items, key=lambda p: p[0])]


def _plain(v: Value | None) -> object:
    if isinstance(v, Const):
        return v.value
    if isinstance(v, Chars):
        return v
    if isinstance(v, Array):
        return StrArray(v.off, tuple((k, _plain(x)) for k, x in v.items if k is not None))
    return None


class _Registers(Mapping):
    """instruction index -> {register: int | str | StrArray | Chars}, converted from a frame on demand."""

    def __init__(self, fr: Frame) -> None:
        self.fr = fr

    def __getitem__(self, i: int) -> dict[int, object]:
        st = self.fr.states.get(i)
        if st is None:
            raise KeyError(i)
        out = {}
        for r, v in st.regs.items():
            p = _plain(v)
            if p is not None:
                out[r] = p
        return out

    def __iter__(self):
        return iter(sorted(self.fr.states))

    def __len__(self) -> int:
        return len(self.fr.states)


def constants(index: CodeIndex, m: Method) -> Mapping[int, dict[int, object]] | None:
    """Register values known before each feasible instruction (index -> {register: value}); a value is
    an int, a str, a StrArray or Chars. Joins keep only what all paths agree on."""
    fr = analysis(index).frame(m)
    if fr is None or not fr.code.insns:
        return None
    return _Registers(fr)


def call_args(index: CodeIndex, m: Method, ins: Insn, states: Mapping | None = None) -> list[object]:
    """The known values of a call's arguments (None where unknown), receiver first for instance calls."""
    states = states if states is not None else constants(index, m)
    code = index.code(m)
    if states is None or code is None:
        return [None] * len(ins.regs)
    st = states.get(code.by_off[ins.off], {})
    return [st.get(r) for r in ins.regs]
