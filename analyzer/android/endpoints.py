"""The hosts the app's code contacts: URL strings that reach a network API, with scheme, host and place.

A URL counts when its text is known up to the end of the host: a string constant, a `StringBuilder`
chain (javac, d8 and Kotlin string templates) or `String.concat` that starts with constants holding the
scheme and the host (`"http://api.example.com/login?user=" + user`), a static field a class initialiser
sets to a constant, or a parameter of an app helper that its callers pass such a string (two levels up).
`"http://" + server` names no host and is skipped. The network APIs (the string's position is their first
`String` parameter):

- `new URL(String)` (and `new URL(scheme, host, [port,] file)`) whose object is proven to reach
  `openConnection()` / `openStream()` or OkHttp's `Request.Builder.url(URL)` (value flow, flow.py);
- OkHttp 3/4 and 2 `Request.Builder.url(String)`, Retrofit `Retrofit.Builder.baseUrl(String)`;
- Volley's request constructors (`StringRequest`, `JsonObjectRequest`, `JsonArrayRequest`, `ImageRequest`);
- `WebView.loadUrl` / `postUrl`;
- Apache HttpClient's `HttpGet`/`HttpPost`/`HttpPut`/`HttpDelete`/`HttpHead`/`HttpPatch`/`HttpOptions`.

Only the methods that call these APIs (and the callers a parameter leads to) are interpreted.
"""

from __future__ import annotations

from dataclasses import dataclass

from pinscan.android.code import CodeIndex, Method, Site, searched
from pinscan.android.flow import (
    Const,
    Field,
    Frame,
    New,
    OneOf,
    Param,
    Result,
    Value,
    analysis,
    parse_proto,
    split_ref,
)
from pinscan.facts.endpoints import CLEARTEXT_SCHEMES, split_url
from pinscan.model import Confidence

STRING = "Ljava/lang/String;"
URL_INIT = "Ljava/net/URL;-><init>"
# (reference prefix, label): the URL is the API's first String parameter
URL_APIS: tuple[tuple[str, str], ...] = (
    (URL_INIT, "URL.openConnection"),
    ("Lokhttp3/Request$Builder;->url", "OkHttp Request.Builder.url"),
    ("Lcom/squareup/okhttp/Request$Builder;->url", "OkHttp 2 Request.Builder.url"),
    ("Lretrofit2/Retrofit$Builder;->baseUrl", "Retrofit.Builder.baseUrl"),
    ("Lcom/android/volley/toolbox/StringRequest;-><init>", "Volley StringRequest"),
    ("Lcom/android/volley/toolbox/JsonObjectRequest;-><init>", "Volley JsonObjectRequest"),
    ("Lcom/android/volley/toolbox/JsonArrayRequest;-><init>", "Volley JsonArrayRequest"),
    ("Lcom/android/volley/toolbox/ImageRequest;-><init>", "Volley ImageRequest"),
    ("Landroid/webkit/WebView;->loadUrl", "WebView.loadUrl"),
    ("Landroid/webkit/WebView;->postUrl", "WebView.postUrl"),
    *((f"Lorg/apache/http/client/methods/{c};-><init>", f"Apache {c}")
      for c in ("HttpGet", "HttpPost", "HttpPut", "HttpDelete", "HttpHead", "HttpPatch", "HttpOptions")),
)
searched("method", *(ref for ref, _ in URL_APIS))
URL_PREFIXES = ("http://", "https://", "ws://", "wss://")
URL_OPENED = ("Ljava/net/URL;->openConnection@receiver", "Ljava/net/URL;->openStream@receiver",
              "Lokhttp3/Request$Builder;->url", "Lcom/squareup/okhttp/Request$Builder;->url")
_BUILDERS = ("Ljava/lang/StringBuilder;", "Ljava/lang/StringBuffer;")
_MUTATORS = {"insert", "delete", "deleteCharAt", "replace", "reverse", "setLength", "setCharAt"}
_CALLER_DEPTH = 2
HELPER_INSNS = 200  # a method this small with a String parameter may be a helper its callers give a URL
_MAX_CALLERS = 16


@dataclass(frozen=True)
class Text:
    """What is known of a string: its leading text, and whether that is all of it."""

    prefix: str
    complete: bool
    how: str  # constant | concatenation | static field | caller
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class UrlUse:
    """A URL with a known scheme and host that reaches a network API at one place."""

    scheme: str
    host: str
    url: str  # as recovered; "…" stands for the unknown rest
    api: str
    method: Method  # where the URL reaches the API (or, for a helper's parameter, where it is passed)
    off: int
    how: str
    evidence: tuple[str, ...]
    confidence: Confidence

    @property
    def cleartext(self) -> bool:
        return self.scheme in CLEARTEXT_SCHEMES


def parse_url(text: Text) -> tuple[str, str, str] | None:
    """(scheme, host, display) of a URL whose scheme and host the known text holds, or None."""
    return split_url(text.prefix, text.complete)


# --- string values --------------------------------------------------------------------------------------

def _const_text(v: Value) -> str | None:
    if isinstance(v, Const) and isinstance(v.value, str):
        return v.value
    return None


def _part_text(index: CodeIndex, ref: str, arg: Value) -> str | None:
    """The text an `append`/`<init>` argument adds, when constant (a static field its class initialiser sets
    counts)."""
    s = _const_text(arg)
    if s is not None:
        return s
    if isinstance(arg, Field) and arg.obj is None and arg.ref.endswith(":" + STRING):
        return _static_constant(index, arg.ref)
    if isinstance(arg, Const) and isinstance(arg.value, int):
        typ = parse_proto(split_ref(ref)[2])[0]
        kind = typ[0] if typ else ""
        if kind == "C":
            return chr(arg.value & 0xFFFF)
        if kind in ("I", "J"):
            return str(arg.value)
        if kind == "Z":
            return "true" if arg.value else "false"
    return None


def _builder_text(index: CodeIndex, fr: Frame, root: New, until: int) -> Text | None:
    """The leading text of a StringBuilder made at `root`, as far as constant appends on every path before
    instruction `until` build it."""
    m = fr.method
    code = fr.code
    start = code.by_off.get(root.off)
    if start is None or root.method != m.ref:
        return None
    members = {(root.method, root.off)}
    parts: list[tuple[int, str, Value]] = []
    for j in fr.live_indices:
        if j <= start or j >= until:
            continue
        ins = code.insns[j]
        if ins.kind != "method":
            continue
        ref = m.dex.index_text(ins)
        cls, name, _ = split_ref(ref)
        if cls not in _BUILDERS:
            continue
        recv, args = fr.call(j, ref)
        mine = (isinstance(recv, New) and (recv.method, recv.off) in members) or \
            (isinstance(recv, Result) and (recv.method, recv.off) in members)
        if not mine:
            continue
        if name in _MUTATORS:
            return None  # the text is rearranged: its prefix is not what was appended first
        members.add((m.ref, ins.off))
        if name in ("<init>", "append"):
            parts.append((j, ref, args[0] if args else Const("")))
    branches = [j for j in fr.live_indices if start < j < until and j not in fr.decided
                and code.insns[j].name.startswith(("if-", "packed-switch", "sparse-switch"))]
    text = ""
    for j, ref, arg in parts:
        if any(b < j for b in branches):
            return Text(text, False, "concatenation") if text else None  # later parts depend on a path
        if ref.split("->", 1)[1].startswith("<init>") and not split_ref(ref)[2].startswith(
                ("(Ljava/lang/String;", "(Ljava/lang/CharSequence;")):
            continue  # new StringBuilder() or new StringBuilder(capacity): nothing yet
        piece = _part_text(index, ref, arg)
        if piece is None:
            return Text(text, False, "concatenation") if text else None
        text += piece
    return Text(text, not branches, "concatenation")


def _static_constant(index: CodeIndex, ref: str) -> str | None:
    """The constant a class initialiser stores in a static String field (its only store there)."""
    cls = ref.split("->", 1)[0]
    ci = index.cls(cls)
    if ci is None:
        return None
    found: list[str | None] = []
    an = analysis(index)
    for m in index.declared(ci, "<clinit>"):
        fr = an.frame(m)
        if fr is None or not fr.complete:
            return None
        for j in fr.live_indices:
            ins = fr.code.insns[j]
            if ins.op == 0x69 and m.dex.index_text(ins) == ref:  # sput-object
                found.append(_const_text(fr.value(j, ins.regs[0])))
    return found[0] if len(found) == 1 else None


def string_values(index: CodeIndex, fr: Frame, i: int, v: Value, depth: int = _CALLER_DEPTH
                  ) -> list[tuple[Text, Method, int]]:
    """What is known of the string `v` seen at instruction `i` of a frame: each (text, method, offset) with
    the place the text is made or passed (a caller's call site when it comes from a parameter)."""
    m = fr.method
    here = fr.code.insns[i].off
    out: list[tuple[Text, Method, int]] = []
    for o in (v.options if isinstance(v, OneOf) else (v,)):
        s = _const_text(o)
        if s is not None:
            out.append((Text(s, True, "constant", (f'const-string "{s}"',)), m, here))
        elif isinstance(o, Result):
            cls, name, _ = split_ref(o.ref)
            if cls in _BUILDERS and name == "toString" and o.args:
                recv = o.args[0]
                root = recv if isinstance(recv, New) else None
                if root is None and isinstance(recv, Result):
                    root = _chain_root(recv)
                j = fr.code.by_off.get(o.off) if o.method == m.ref else None
                t = _builder_text(index, fr, root, j) if root is not None and j is not None else None
                if t is not None:
                    out.append((Text(t.prefix, t.complete, t.how, (f"{short(o.ref)} in {index.where(m, o.off)}",)),
                                m, here))
            elif o.ref.startswith("Ljava/lang/String;->concat(") and len(o.args) == 2:
                a = string_values(index, fr, i, o.args[0], 0)
                b = _const_text(o.args[1])
                for t, mm, off in a:
                    if t.complete:
                        out.append((Text(t.prefix + (b or ""), b is not None, "concatenation", t.evidence), mm, off))
                    else:
                        out.append((t, mm, off))
            elif o.ref.startswith("Ljava/lang/String;->valueOf(Ljava/lang/Object;)") and o.args:
                out += string_values(index, fr, i, o.args[0], depth)
        elif isinstance(o, Field) and o.obj is None and o.ref.endswith(":" + STRING):
            s = _static_constant(index, o.ref)
            if s is not None:
                out.append((Text(s, True, "static field", (f"{o.ref} = \"{s}\" (set in <clinit>)",)), m, here))
        elif isinstance(o, Param) and depth > 0:
            out += _from_callers(index, m, o.k, depth)
    return out


def _chain_root(v: Result) -> New | None:
    cur: Value = v
    for _ in range(64):
        if isinstance(cur, New):
            return cur
        if not isinstance(cur, Result) or not cur.args:
            return None
        cur = cur.args[0]
    return None


def _from_callers(index: CodeIndex, m: Method, k: int, depth: int) -> list[tuple[Text, Method, int]]:
    an = analysis(index)
    out = []
    for site in index.invocations([m.ref])[:_MAX_CALLERS]:
        cfr = an.frame(site.method)
        j = cfr.code.by_off.get(site.insn.off) if cfr is not None else None
        if cfr is None or j is None or not cfr.live(j):
            continue
        _, args = cfr.call(j)
        if k >= len(args):
            continue
        for t, mm, off in string_values(index, cfr, j, args[k], depth - 1):
            how = "caller" if t.how == "constant" else t.how
            out.append((Text(t.prefix, t.complete, how,
                             (*t.evidence, f"passed to {short(m.ref)} in {index.where(site.method, site.insn.off)}")),
                        mm, off))
    return out


def short(ref: str) -> str:
    cls, name, _ = split_ref(ref)
    simple = cls.rstrip(";").rsplit("/", 1)[-1]
    return f"{simple}.{name}"


# --- the URL uses ---------------------------------------------------------------------------------------

def _url_position(ref: str, prefix: str) -> tuple[int, ...]:
    """The argument positions that hold the URL text: the first String parameter; for `new URL(scheme, host,
    [port,] file)` the scheme and the host."""
    params = parse_proto(split_ref(ref)[2])[0]
    if prefix == URL_INIT:
        if params == (STRING,):
            return (0,)
        if len(params) in (3, 4) and params[0] == STRING and params[1] == STRING:
            return (0, 1)
        return ()
    first = next((k for k, t in enumerate(params) if t == STRING), None)
    return () if first is None else (first,)


def _texts(index: CodeIndex, fr: Frame, i: int, args: list[Value], positions: tuple[int, ...]
           ) -> list[tuple[Text, Method, int]]:
    if len(positions) == 2:  # new URL(scheme, host, ...)
        scheme, host = (_const_text(args[p]) if p < len(args) else None for p in positions)
        if scheme is None or host is None:
            return []
        return [(Text(f"{scheme}://{host}/", False, "constant", (f'"{scheme}", "{host}"',)), fr.method,
                 fr.code.insns[i].off)]
    k = positions[0]
    return string_values(index, fr, i, args[k]) if k < len(args) else []


def _candidates(index: CodeIndex, sites: list[Site]) -> list[Site]:
    """The API calls whose URL text can be known, chosen from the decoded instructions before interpreting
    anything: the method loads a URL constant or reads a static String field, or it is a helper — a String
    parameter, at most HELPER_INSNS instructions — whose callers may pass one. A large method that does
    neither cannot give a URL with a constant scheme and host, and is not interpreted for it."""
    out = []
    for s in sites:
        m = s.method
        code = index.code(m)
        if code is None:
            continue
        helper = len(code.insns) <= HELPER_INSNS and STRING in parse_proto(m.proto)[0]
        if helper or any(_names_url(m, ins) for ins in code.insns):
            out.append(s)
    return out


def _names_url(m: Method, ins) -> bool:
    """A `const-string` of a URL, or a read of a static String field (a class initialiser may set it)."""
    if ins.op in (0x1A, 0x1B):
        return m.dex.string(ins.idx).lower().startswith(URL_PREFIXES)
    return ins.op == 0x62 and m.dex.index_text(ins).endswith(":" + STRING)


def url_uses(index: CodeIndex) -> list[UrlUse]:
    """Every URL with a known scheme and host that reaches one of the network APIs, once per place."""
    got = index.memo.get("url_uses")
    if got is not None:
        return got  # type: ignore[return-value]
    an = analysis(index)
    labels = dict(URL_APIS)
    pending: list[tuple[UrlUse, Method, int]] = []  # new URL(...): kept when the object is opened
    out: list[UrlUse] = []
    for site in _candidates(index, index.invocations([ref for ref, _ in URL_APIS])):
        fr = an.frame(site.method)
        i = fr.code.by_off.get(site.insn.off) if fr is not None else None
        if fr is None or i is None or not fr.live(i):
            continue
        ref = index.operand(site.method, site.insn)
        positions = _url_position(ref, site.target)
        if not positions:
            continue
        recv, args = fr.call(i, ref)
        for text, mm, off in _texts(index, fr, i, args, positions):
            parsed = parse_url(text)
            if parsed is None:
                continue
            scheme, host, shown = parsed
            call = f"{index.text(site.method, site.insn)} in {index.where(site.method, site.insn.off)}"
            confidence = Confidence.HIGH if text.how in ("constant", "concatenation") else Confidence.MEDIUM
            use = UrlUse(scheme, host, shown, labels[site.target], mm, off, text.how,
                         tuple(dict.fromkeys((*text.evidence, call))), confidence)
            if site.target == URL_INIT:
                if isinstance(recv, New) and recv.method == site.method.ref:
                    pending.append((use, site.method, recv.off))
            else:
                out.append(use)
    if pending:
        out += _opened(index, pending)
    out.sort(key=lambda u: (u.host, u.scheme, u.method.ref, u.off, u.api))
    index.memo["url_uses"] = out
    return out


def _opened(index: CodeIndex, pending: list[tuple[UrlUse, Method, int]]) -> list[UrlUse]:
    """The `new URL(...)` uses whose object is proven to reach openConnection/openStream (or OkHttp)."""
    an = analysis(index)
    origins = []
    by_origin: dict[tuple[str, int], list[UrlUse]] = {}
    for use, m, off in pending:
        key = (m.ref, off)
        if key not in by_origin:
            fr = an.frame(m)
            i = fr.code.by_off.get(off) if fr is not None else None
            if i is None:
                continue
            origins.append((m, i, (f"new-instance Ljava/net/URL; in {index.where(m, off)}",), frozenset()))
        by_origin.setdefault(key, []).append(use)
    flows = an.trace(origins, URL_OPENED) if origins else []
    out = []
    for f in flows:
        for use in by_origin.pop(f.origin, []):
            target = f.sink.target
            api = "URL.openStream" if target.startswith("Ljava/net/URL;->openStream") else \
                "URL.openConnection" if target.startswith("Ljava/net/URL;") else "OkHttp Request.Builder.url"
            out.append(UrlUse(use.scheme, use.host, use.url, api, use.method, use.off, use.how,
                              tuple(dict.fromkeys((*use.evidence, *f.steps[1:]))), use.confidence))
    return out
