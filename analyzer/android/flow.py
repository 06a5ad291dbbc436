"""Intra-method analysis over decoded DEX instructions: control flow with exception edges, reachability,
a small constant propagation (integers, strings, string arrays), and the question rules ask most:
can this method ever reject (throw out of it), or does every path accept?

Kept deliberately small: one method at a time, calls to the app's own helpers followed a few levels deep,
no heap. That is enough for what compilers emit for trust managers, hostname verifiers and pinning
builders, and it stays cheap because only candidate methods are ever decoded.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from pinscan.android.code import CodeIndex, Method
from pinscan.android.dex import Code, Insn

_NO_FALLTHROUGH = {"return-void", "return", "return-wide", "return-object", "throw", "goto", "goto/16", "goto/32"}
# Instructions that cannot raise, so they get no exception edge.
_CANNOT_THROW = re.compile(r"^(nop|move|return|const(?!-class)|goto|if-|packed-switch|sparse-switch|cmp|"
                           r"neg-|not-|int-to|long-to|float-to|double-to|add-|sub-|mul-|and-|or-|xor-|shl-|shr-|"
                           r"ushr-|rsub-)")
# Exception types whose handler catches what a certificate check throws.
BROAD_CATCH = {None, "Ljava/lang/Throwable;", "Ljava/lang/Exception;", "Ljava/security/cert/CertificateException;",
               "Ljava/security/GeneralSecurityException;", "Ljava/lang/RuntimeException;"}
_WRITES_NOTHING = re.compile(r"^(nop|return|monitor-|throw|goto|if-|packed-switch|sparse-switch|fill-array-data|"
                             r"aput|iput|sput|invoke|filled-new-array|check-cast)")


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


def can_throw(ins: Insn) -> bool:
    return not _CANNOT_THROW.match(ins.name)


def exception_successors(code: Code, i: int) -> list[int]:
    ins = code.insns[i]
    if not can_throw(ins):
        return []
    return [j for _, addr in handlers_at(code, ins.off) if (j := code.by_off.get(addr)) is not None]


def reachable(code: Code) -> list[int]:
    """Indexes of the instructions reachable from the entry, in code order."""
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


def reaches(code: Code, target: int) -> set[int]:
    """Indexes of the reachable instructions from which `target` can be reached (including itself)."""
    live = reachable(code)
    preds: dict[int, list[int]] = {}
    for i in live:
        for j in successors(code, i) + exception_successors(code, i):
            preds.setdefault(j, []).append(i)
    seen = {target}
    work = [target]
    while work:
        j = work.pop()
        for i in preds.get(j, ()):
            if i not in seen:
                seen.add(i)
                work.append(i)
    return seen & set(live)


def escapes(code: Code, ins: Insn) -> bool:
    """Whether an exception raised by `ins` leaves the method (no handler that catches it covers it)."""
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


def thrown_type(index: CodeIndex, m: Method, code: Code, i: int) -> str | None:
    """The class of the exception a `throw` raises when the method made it just before (else None)."""
    reg = code.insns[i].regs[0]
    for j in range(i - 1, max(-1, i - 40), -1):
        ins = code.insns[j]
        if ins.regs and ins.regs[0] == reg and not ins.name.startswith(("invoke", "aput", "iput", "sput", "if-")):
            return index.operand(m, ins) if ins.name == "new-instance" else None
    return None


@dataclass(frozen=True)
class Acceptance:
    """The verdict on a method: whether every path accepts, how, and the instructions that show it."""

    accepts_all: bool
    how: str  # empty body | only Kotlin null checks | only logs | swallows the exception | ...
    evidence: tuple[str, ...]
    rejecting: tuple[str, ...] = ()  # when it can reject: the instructions that can


def acceptance(index: CodeIndex, m: Method, *, depth: int = 3, _stack: tuple[str, ...] = ()) -> Acceptance:
    """Can `m` ever throw out of itself? Calls to logging and string helpers cannot; calls to the app's own
    methods are followed `depth` levels; any other call or an uncaught `throw` can."""
    code = index.code(m)
    if code is None:
        return Acceptance(False, "no code (abstract or native)", ())
    live = reachable(code)
    live_set = set(live)
    rejecting: list[str] = []
    labels: set[str] = set()
    swallowed: list[str] = []
    followed: list[str] = []
    arg_checks: list[str] = []
    for i in live:
        ins = code.insns[i]
        if ins.name == "throw":
            if escapes(code, ins):
                if thrown_type(index, m, code, i) in ARGUMENT_ERRORS:
                    labels.add("argument check")
                    arg_checks.append(index.text(m, ins))
                else:
                    rejecting.append(index.text(m, ins))
            continue
        if ins.kind != "method":
            continue
        ref = index.operand(m, ins)
        why = harmless_call(ref)
        if why:
            labels.add(why)
            continue
        callee = index.resolve(ref) if depth > 0 and ref not in _stack else None
        if callee is not None and callee.code_off:
            sub = acceptance(index, callee, depth=depth - 1, _stack=(*_stack, m.ref))
            if sub.accepts_all:
                followed.append(f"{index.text(m, ins)}  # {sub.how}")
                labels.add(f"calls {callee.name}, which {sub.how}")
                continue
        if escapes(code, ins):
            rejecting.append(index.text(m, ins))
        else:
            caught = ", ".join(t or "any exception" for t, _ in handlers_at(code, ins.off))
            swallowed.append(f"{index.text(m, ins)}  # in a try block: {caught} caught")
    if rejecting:
        return Acceptance(False, "can reject", (), tuple(rejecting))
    dead_rejects = [f"{index.text(m, code.insns[i])}  # unreachable" for i in range(len(code.insns))
                    if i not in live_set
                    and (code.insns[i].name == "throw" or code.insns[i].kind == "method")]
    evidence: list[str] = []
    delegations = [f for f in followed if "->checkServerTrusted(" in f or "->verify(" in f]
    if swallowed:
        how = "catches and ignores the exception of its check"
        evidence = swallowed[:2]
    elif dead_rejects:
        how = "returns before its checks"
        evidence = dead_rejects[:2]
    elif delegations:
        how = "only delegates to an overload that accepts everything"
        evidence = delegations[:2]
    elif "logging" in labels:
        how = "only logs"
        evidence = [index.text(m, code.insns[i]) for i in live if code.insns[i].kind == "method"
                    and harmless_call(index.operand(m, code.insns[i])) == "logging"][:2]
    elif arg_checks:
        how = "only rejects a missing or empty chain, never an untrusted one"
        evidence = arg_checks[:1]
    elif "Kotlin null check" in labels:
        how = "only checks its parameters for null"
        evidence = [index.text(m, code.insns[i]) for i in live if code.insns[i].kind == "method"][:2]
    elif len(live) <= 1:
        how = "has an empty body"
    else:
        how = "never throws"
    returns = [index.text(m, code.insns[i]) for i in live if code.insns[i].name.startswith("return")]
    return Acceptance(True, how, tuple(dict.fromkeys(evidence + returns[:1])))


# --- constants ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class StrArray:
    alloc: int  # offset of the instruction that made it
    items: tuple[tuple[int, object], ...] = ()

    def values(self) -> list[object]:
        return [v for _, v in sorted(self.items, key=lambda p: p[0])]


@dataclass(frozen=True)
class Chars:
    text: str  # "...".toCharArray()


def constants(index: CodeIndex, m: Method,
              fold_call: Callable[[str], object] | None = None) -> dict[int, dict[int, object]] | None:
    """Register values known before each reachable instruction (index -> {register: value}); a value is
    an int, a str, a StrArray or Chars. Joins keep only what all paths agree on."""
    code = index.code(m)
    if code is None or not code.insns:
        return None
    states: dict[int, dict[int, object]] = {0: {}}
    work = [0]
    steps = 0
    while work and steps < 20 * len(code.insns) + 100:
        steps += 1
        i = work.pop()
        out = _transfer(index, m, code, i, states[i], fold_call)
        for j in successors(code, i):
            _merge(states, work, j, out)
        for j in exception_successors(code, i):
            _merge(states, work, j, {})
    return states


def _merge(states: dict, work: list, j: int, state: dict) -> None:
    old = states.get(j)
    if old is None:
        states[j] = dict(state)
        work.append(j)
        return
    new = {r: v for r, v in old.items() if r in state and state[r] == v}
    if new != old:
        states[j] = new
        work.append(j)


def _transfer(index: CodeIndex, m: Method, code: Code, i: int, state: dict, fold_call=None) -> dict:
    ins = code.insns[i]
    name = ins.name
    s = dict(state)
    s.pop("result", None)
    r = ins.regs
    if name.startswith("const-string"):
        s[r[0]] = m.dex.string(ins.idx)
    elif name.startswith("const") and not name.startswith("const-wide") and ins.lit is not None:
        s[r[0]] = ins.lit
    elif name in ("move", "move/from16", "move/16", "move-object", "move-object/from16", "move-object/16"):
        if r[1] in s:
            s[r[0]] = s[r[1]]
        else:
            s.pop(r[0], None)
    elif name == "new-array":
        s[r[0]] = StrArray(ins.off)
    elif name == "aput-object":
        arr, idx, val = s.get(r[1]), s.get(r[2]), s.get(r[0])
        if isinstance(arr, StrArray) and isinstance(idx, int):
            new = StrArray(arr.alloc, tuple(p for p in arr.items if p[0] != idx) + ((idx, val),))
            for reg, v in list(s.items()):
                if v == arr:  # registers aliasing the same array see the store
                    s[reg] = new
    elif name.startswith("filled-new-array"):
        state_result = StrArray(ins.off, tuple((k, s.get(reg)) for k, reg in enumerate(ins.regs)))
        s["result"] = state_result
    elif ins.kind == "method":
        ref = index.operand(m, ins)
        if ref == "Ljava/lang/String;->toCharArray()[C" and isinstance(s.get(r[0]), str):
            s["result"] = Chars(s[r[0]])
        elif fold_call is not None:
            value = fold_call(ref)
            if value is not None:
                s["result"] = value
    elif name.startswith("move-result"):
        res = state.get("result")
        if res is not None:
            s[r[0]] = res
        else:
            s.pop(r[0], None)
    elif r and not _WRITES_NOTHING.match(name):
        s.pop(r[0], None)
        if "wide" in name or name.endswith("-long") or name.endswith("-double"):
            s.pop(r[0] + 1, None)
    if name.startswith("const-wide") or name.startswith("move-wide") or name == "move-result-wide":
        s.pop(r[0], None)
        s.pop(r[0] + 1, None)
    return s


def call_args(index: CodeIndex, m: Method, ins: Insn, states: dict | None = None) -> list[object]:
    """The known values of a call's arguments (None where unknown), receiver first for instance calls."""
    states = states if states is not None else constants(index, m)
    code = index.code(m)
    if states is None or code is None:
        return [None] * len(ins.regs)
    st = states.get(code.by_off[ins.off], {})
    return [st.get(r) for r in ins.regs]
