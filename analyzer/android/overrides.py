"""The code layer of the per-host policy: what the app's code does to TLS trust on top of its configuration,
and exactly which connections each override reaches. Built from the trust facts (trust.py: trust-all
managers, accept-all verifiers, WebView clients that proceed) and their value flow (flow.py), never by
matching names.

Which connections an override reaches (Android; README "The code layer" has the same as a table):

- `HttpsURLConnection.setDefaultSSLSocketFactory(f)` / `setDefaultHostnameVerifier(v)`: every
  `HttpsURLConnection` opened later without its own factory / verifier (`URL.openConnection`, `openStream`,
  Volley's `HurlStack`); not OkHttp clients (they build their own `SSLContext` and verifier), not WebView
  (Chromium's network stack), not raw sockets.
- `SSLContext.setDefault(ctx)`: `SSLContext.getDefault()` and `SSLSocketFactory.getDefault()` users, and
  `HttpsURLConnection`'s default factory when nothing set it first; not OkHttp 3/4, not WebView.
- `Security.insertProviderAt` / `addProvider` of an app `Provider` that registers `TrustManagerFactory` or
  `SSLContext`, `Security.setProperty("ssl.TrustManagerFactory.algorithm" | "ssl.SocketFactory.provider")`:
  every Java TLS stack that asks the providers for the default (HttpsURLConnection, OkHttp); not WebView.
- `OkHttpClient.Builder.sslSocketFactory` / `hostnameVerifier` (OkHttp 2: `setSslSocketFactory` /
  `setHostnameVerifier`): that client's requests (and clients made from it with `newBuilder()`) only.
- `HttpsURLConnection.setSSLSocketFactory` / `setHostnameVerifier`: that one connection.
- Apache `SSLSocketFactory.setHostnameVerifier`: Apache HttpClient connections through that factory.
- `WebViewClient.onReceivedSslError` calling `proceed()`: pages loaded in WebViews that use the client.

Pins: the network security config's pins are checked inside the platform's trust manager, so an override
that replaces the trust manager (a trust-all factory for the process, a client or a connection) skips them
on the connections it reaches (`defeats_pins`). An accept-all hostname verifier leaves the trust manager,
and so the pins, in place. OkHttp's `CertificatePinner` compares its pins with the chain OkHttp cleans
through the client's own trust manager: a trust-all manager does not make a wrong key pass (with one that
lists no accepted issuers the connection fails instead), so those pins are not defeated by it. A flow only
behind a runtime debug flag is an override "guarded by" that flag: it is shown, and defeats nothing in a
build where the flag is off.
"""

from __future__ import annotations

from dataclasses import dataclass

from pinscan.android.code import CodeIndex, Site, searched
from pinscan.android.endpoints import URL_INIT, parse_url, string_values
from pinscan.android.flow import Flow, Guard, New, Result, analysis, returns_receiver, split_ref
from pinscan.android.trust import (
    ACCEPT_ALL_FIELDS,
    ACCEPT_ALL_TYPES,
    INSECURE_SOCKET_CALLS,
    accept_all_verifiers,
    describe_guards,
    live_instantiations,
    short_class,
    short_ref,
    trust_all_managers,
    webview_installed,
    webview_proceeds,
    with_subclasses,
)
from pinscan.model import Confidence

# Builders whose setters return the builder: a chain of calls is one builder (see flow.returns_receiver).
returns_receiver("Lokhttp3/Request$Builder;", "Lcom/squareup/okhttp/Request$Builder;", "Lretrofit2/Retrofit$Builder;")

URLCONNECTION = ("HttpsURLConnection connections opened without their own factory or verifier (URL.openConnection, "
                 "Volley's HurlStack); not OkHttp clients, not WebView")
SSLCONTEXT_DEFAULT = ("SSLContext.getDefault() and SSLSocketFactory.getDefault() users, and HttpsURLConnection when "
                      "nothing set its default factory first; not OkHttp 3/4 clients, not WebView")
PROVIDERS = "every Java TLS stack that asks the security providers for the default (HttpsURLConnection, OkHttp); " \
    "not WebView"
# sink -> (scope, what it reaches)
TRUST_SINKS: dict[str, tuple[str, str]] = {
    "Ljavax/net/ssl/HttpsURLConnection;->setDefaultSSLSocketFactory": ("process", URLCONNECTION),
    "Ljavax/net/ssl/SSLContext;->setDefault": ("process", SSLCONTEXT_DEFAULT),
    "Lokhttp3/OkHttpClient$Builder;->sslSocketFactory": ("client", "that OkHttp client's requests"),
    "Lcom/squareup/okhttp/OkHttpClient;->setSslSocketFactory": ("client", "that OkHttp 2 client's requests"),
    "Ljavax/net/ssl/HttpsURLConnection;->setSSLSocketFactory": ("connection", "that HttpsURLConnection"),
}
# what it reaches -> the same, short, as the subject of a sentence ("... skip these pins")
WHO = {URLCONNECTION: "HttpsURLConnection connections", SSLCONTEXT_DEFAULT: "connections made with the default "
       "SSLContext", PROVIDERS: "Java TLS stacks using the default providers"}
TRUST_THROUGH = {
    "Ljavax/net/ssl/SSLContext;->init": "receiver",
    "Ljavax/net/ssl/SSLContext;->getSocketFactory": "result",
    "Landroid/net/SSLCertificateSocketFactory;->setTrustManagers": "receiver",
}
VERIFIER_SINKS: dict[str, tuple[str, str]] = {
    "Ljavax/net/ssl/HttpsURLConnection;->setDefaultHostnameVerifier": ("process", URLCONNECTION),
    "Lokhttp3/OkHttpClient$Builder;->hostnameVerifier": ("client", "that OkHttp client's requests"),
    "Lcom/squareup/okhttp/OkHttpClient;->setHostnameVerifier": ("client", "that OkHttp 2 client's requests"),
    "Ljavax/net/ssl/HttpsURLConnection;->setHostnameVerifier": ("connection", "that HttpsURLConnection"),
    "Lorg/apache/http/conn/ssl/SSLSocketFactory;->setHostnameVerifier":
        ("client", "Apache HttpClient connections through that socket factory"),
}
searched("method", *TRUST_SINKS, *VERIFIER_SINKS, *TRUST_THROUGH)
PROVIDER_CALLS = searched("method", "Ljava/security/Security;->insertProviderAt",
                          "Ljava/security/Security;->addProvider")
SET_PROPERTY, = searched("method", "Ljava/security/Security;->setProperty")
PROVIDER_SERVICES = searched("prefix", "TrustManagerFactory.", "SSLContext.", "Alg.Alias.TrustManagerFactory.",
                             "Alg.Alias.SSLContext.")
TLS_PROPERTIES = ("ssl.TrustManagerFactory.algorithm", "ssl.SocketFactory.provider")
PROVIDER = "Ljava/security/Provider;"
# How a client's requests are found: from the builder (or the OkHttp 2 client) to the calls that use it.
CLIENT_THROUGH = {"Lokhttp3/OkHttpClient$Builder;->build": "result", "Lokhttp3/OkHttpClient;->newBuilder": "result"}
CLIENT_USES = ("Lokhttp3/OkHttpClient;->newCall@receiver", "Lokhttp3/OkHttpClient;->newWebSocket@receiver",
               "Lcom/squareup/okhttp/OkHttpClient;->newCall@receiver", "Lretrofit2/Retrofit$Builder;->client",
               "Lretrofit2/Retrofit$Builder;->callFactory")
REQUEST_URL = ("Lokhttp3/Request$Builder;->url(Ljava/lang/String;)", "Lcom/squareup/okhttp/Request$Builder;->url("
               "Ljava/lang/String;)")
BASE_URL = "Lretrofit2/Retrofit$Builder;->baseUrl(Ljava/lang/String;)"


@dataclass(frozen=True)
class Override:
    """One thing the code does to TLS trust, where, and which connections it reaches."""

    kind: str  # trust-manager | hostname-verifier | security-provider | webview-errors
    scope: str  # process | client | connection | webview
    api: str  # HttpsURLConnection.setDefaultSSLSocketFactory, OkHttpClient.Builder.sslSocketFactory, ...
    effect: str  # what it does to those connections, in words
    reaches: str  # which connections (and which not)
    site: Site  # where it is installed
    confidence: Confidence
    evidence: tuple[str, ...]
    guards: frozenset[Guard] = frozenset()
    hosts: tuple[str, ...] = ()  # client / connection: the hosts its requests go to, when known
    hosts_complete: bool = False  # every request of that client / connection has a known host
    defeats_pins: bool = False  # configuration pins on its connections are skipped (when its guards hold)
    library: str | None = None

    @property
    def guarded(self) -> bool:
        return bool(self.guards)

    @property
    def who(self) -> str:
        """The connections it reaches, short: `HttpsURLConnection connections`, `that OkHttp client's requests`."""
        return WHO.get(self.reaches, self.reaches.split(" (")[0].split(";")[0])

    def describe(self, guards: bool = True) -> str:
        """`HttpsURLConnection.setDefaultSSLSocketFactory in Lx;->m()V trusts any certificate (...)`."""
        text = f"{self.api} in {self.site.method.readable} {self.effect}"
        if guards and self.guards:
            text += f", only when {describe_guards(self.guards)}"
        return text


def api_name(ref: str) -> str:
    """`Lokhttp3/OkHttpClient$Builder;->sslSocketFactory` -> `OkHttpClient.Builder.sslSocketFactory`."""
    return short_ref(ref).replace("$", ".")


def _sink_of(flow: Flow, table: dict[str, tuple[str, str]]) -> tuple[str, tuple[str, str]] | None:
    cls, name, _ = split_ref(flow.sink.target)
    key = f"{cls}->{name}"
    return (key, table[key]) if key in table else None


def _origins(index: CodeIndex, descs: list[str]):
    return [(s.method, i, (f"new-instance {s.target} in {index.where(s.method, s.insn.off)}",), g)
            for s, i, g in live_instantiations(index, descs) if i is not None]


def _key(index: CodeIndex, origin) -> tuple[str, int]:
    """The (method, offset) a Flow's `origin` names, for an origin tuple given to trace()."""
    m, i = origin[0], origin[1]
    code = index.code(m)
    return m.ref, code.insns[i].off if code is not None else -1


def _site_origins(index: CodeIndex, sites: list[Site]):
    an = analysis(index)
    out = []
    for s in sites:
        fr = an.frame(s.method)
        i = fr.code.by_off.get(s.insn.off) if fr is not None else None
        if fr is None or i is None or not fr.live(i):
            continue
        out.append((s.method, i, (f"{index.text(s.method, s.insn)} in {index.where(s.method, s.insn.off)}",),
                    fr.guards(i, index)))
    return out


def overrides(index: CodeIndex, library_for) -> list[Override]:
    """Every override the code installs, with what it reaches (cached per code index)."""
    got = index.memo.get("overrides")
    if got is None:
        got = index.memo["overrides"] = sorted(
            _trust_overrides(index, library_for) + _verifier_overrides(index, library_for)
            + _provider_overrides(index, library_for) + _webview_overrides(index, library_for),
            key=lambda o: (o.scope != "process", o.kind, o.site.method.ref, o.site.insn.off, o.api))
    return got  # type: ignore[return-value]


def _trust_overrides(index: CodeIndex, library_for) -> list[Override]:
    an = analysis(index)
    managers = trust_all_managers(index)
    origins: list = []
    effect_of: dict[tuple[str, int], str] = {}
    for ta in managers:
        name = short_class(ta.cls.desc)
        effect = f"trusts any certificate in date (trust manager {name} checks only the dates)" if ta.date_only \
            else f"trusts any certificate (trust manager {name} accepts every chain)"
        for o in _origins(index, with_subclasses(index, ta.cls.desc)):
            origins.append(o)
            effect_of[_key(index, o)] = effect
    for o in _site_origins(index, index.invocations([INSECURE_SOCKET_CALLS[0]])):
        origins.append(o)
        effect_of[_key(index, o)] = "trusts any certificate (SSLCertificateSocketFactory.getInsecure())"
    if not origins:
        return []
    out = []
    for f in an.trace(origins, tuple(TRUST_SINKS), TRUST_THROUGH):
        found = _sink_of(f, TRUST_SINKS)
        if found is None:
            continue
        key, (scope, reaches) = found
        hosts, complete = _hosts_of(index, f.sink, scope)
        out.append(Override("trust-manager", scope, api_name(key), effect_of.get(f.origin, "trusts any certificate"),
                            reaches, f.sink, Confidence.HIGH, f.steps, f.guards, hosts, complete, True,
                            library_for(f.sink.method.cls.desc)))
    return _one_per_site(out)


def _verifier_overrides(index: CodeIndex, library_for) -> list[Override]:
    an = analysis(index)
    origins = []
    names: dict[tuple[str, int], str] = {}
    for v in accept_all_verifiers(index):
        for o in _origins(index, with_subclasses(index, v.cls.desc)):
            origins.append(o)
            names[_key(index, o)] = short_class(v.cls.desc)
    for site in index.type_uses(ACCEPT_ALL_TYPES, ops=b"\x22") + index.static_reads(ACCEPT_ALL_FIELDS):
        for o in _site_origins(index, [site]):
            origins.append(o)
            names[_key(index, o)] = short_ref(site.target) if "->" in site.target else \
                short_class(site.target).rsplit(".", 1)[-1]
    if not origins:
        return []
    out = []
    for f in an.trace(origins, tuple(VERIFIER_SINKS)):
        found = _sink_of(f, VERIFIER_SINKS)
        if found is None:
            continue
        key, (scope, reaches) = found
        hosts, complete = _hosts_of(index, f.sink, scope)
        name = names.get(f.origin, "an accept-all verifier")
        out.append(Override("hostname-verifier", scope, api_name(key), f"accepts any host name ({name})", reaches,
                            f.sink, Confidence.HIGH, f.steps, f.guards, hosts, complete, False,
                            library_for(f.sink.method.cls.desc)))
    return _one_per_site(out)


def _one_per_site(found: list[Override]) -> list[Override]:
    """One override per installing call: the unguarded, shortest flow (trace's order)."""
    out: dict[tuple[str, int], Override] = {}
    for o in found:
        key = (o.site.method.ref, o.site.insn.off)
        old = out.get(key)
        if old is None or (len(o.guards), len(o.evidence)) < (len(old.guards), len(old.evidence)):
            out[key] = o
    return list(out.values())


def _provider_overrides(index: CodeIndex, library_for) -> list[Override]:
    """App security providers that register TrustManagerFactory / SSLContext, and the TLS security properties."""
    an = analysis(index)
    out = []
    services: dict[str, list[str]] = {}
    for s in index.string_loads(prefixes=PROVIDER_SERVICES):
        services.setdefault(s.method.cls.desc, []).append(s.target)
    for site in index.invocations(PROVIDER_CALLS):
        fr = an.frame(site.method)
        i = fr.code.by_off.get(site.insn.off) if fr is not None else None
        if fr is None or i is None or not fr.live(i):
            continue
        _, args = fr.call(i)
        prov = args[0] if args else None
        if not isinstance(prov, New) or not index.is_subtype(prov.cls, PROVIDER) or library_for(prov.cls):
            continue  # a library's provider (Conscrypt, BouncyCastle) is not an app trick
        chain = [prov.cls, *index.superclass_chain(prov.cls)]
        names = sorted({n for c in chain for n in services.get(c, [])})
        if not names:
            continue
        first = " at position 1" if site.target.endswith("insertProviderAt") and args[1:2] and \
            getattr(args[1], "value", None) == 1 else ""
        out.append(Override(
            "security-provider", "process", api_name(site.target),
            f"installs the app's security provider {short_class(prov.cls)}{first}, which registers "
            f"{', '.join(n.rsplit('.', 1)[0] for n in names[:1])} services: what its trust managers check is not "
            "analysed", PROVIDERS, site, Confidence.MEDIUM,
            (f"{index.text(site.method, site.insn)} in {index.where(site.method, site.insn.off)}",
             *(f'const-string "{n}" in {short_class(prov.cls)}' for n in names[:3])),
            fr.guards(i, index), library=library_for(site.method.cls.desc)))
    for site in index.invocations([SET_PROPERTY]):
        fr = an.frame(site.method)
        i = fr.code.by_off.get(site.insn.off) if fr is not None else None
        if fr is None or i is None or not fr.live(i):
            continue
        _, args = fr.call(i)
        key = getattr(args[0], "value", None) if args else None
        if key not in TLS_PROPERTIES:
            continue
        value = getattr(args[1], "value", None) if len(args) > 1 else None
        shown = f'"{value}"' if isinstance(value, str) else "a value not known"
        out.append(Override(
            "security-provider", "process", "Security.setProperty",
            f"sets {key} to {shown}: the default trust managers or socket factory come from elsewhere",
            PROVIDERS, site, Confidence.MEDIUM,
            (f"{index.text(site.method, site.insn)} in {index.where(site.method, site.insn.off)}",),
            fr.guards(i, index), library=library_for(site.method.cls.desc)))
    return out


_WEBVIEW_EFFECT = {
    "unconditional": "proceeds past every TLS certificate error",
    "guarded": "proceeds past every TLS certificate error",
    "primary-error": "proceeds past TLS certificate errors of some kinds (SslError.getPrimaryError)",
    "condition": "proceeds past TLS certificate errors under a condition that does not look at the certificate",
    "callback": "lets a callback (a dialog button) proceed past TLS certificate errors",
    "certificate-check": "proceeds past TLS certificate errors after inspecting the certificate",
}


def _webview_overrides(index: CodeIndex, library_for) -> list[Override]:
    out = []
    for w in webview_proceeds(index):
        installed = webview_installed(index, w.method.cls.desc)
        site = installed.sink if installed is not None else w.site
        evidence = w.evidence + (installed.steps if installed is not None else ())
        guards = w.guards | (installed.guards if installed is not None else frozenset())
        confidence = Confidence.HIGH if installed is not None and w.verdict in ("unconditional", "guarded") \
            else Confidence.MEDIUM
        reaches = f"pages loaded in WebViews that use {short_class(w.method.cls.desc)}" + \
            ("" if installed is not None else " (not proven to be installed)") + "; not native HTTP stacks"
        cls = short_class(w.method.cls.desc)
        text = _WEBVIEW_EFFECT[w.verdict]
        out.append(Override("webview-errors", "webview",
                            "WebView.setWebViewClient" if installed is not None else f"{cls}.onReceivedSslError",
                            f"installs {cls}, whose onReceivedSslError {text}" if installed is not None else text,
                            reaches, site, confidence, evidence, guards, library=library_for(w.method.cls.desc)))
    return out


# --- which hosts a client or a connection talks to --------------------------------------------------------

def _hosts_of(index: CodeIndex, sink: Site, scope: str) -> tuple[tuple[str, ...], bool]:
    """(hosts, every request's host known) of the client or connection an override is installed on."""
    if scope not in ("client", "connection"):
        return (), False
    an = analysis(index)
    fr = an.frame(sink.method)
    i = fr.code.by_off.get(sink.insn.off) if fr is not None else None
    if fr is None or i is None:
        return (), False
    recv, _ = fr.call(i)
    if scope == "connection":
        return _connection_hosts(index, fr, recv)
    return _client_hosts(index, recv)


def _connection_hosts(index: CodeIndex, fr, conn) -> tuple[tuple[str, ...], bool]:
    """The host of `(HttpsURLConnection) new URL("https://...").openConnection()` in the same method."""
    if not (isinstance(conn, Result) and conn.ref.startswith("Ljava/net/URL;->openConnection") and conn.args):
        return (), False
    hosts = _builder_strings(index, fr, conn.args[0], (URL_INIT + "(Ljava/lang/String;)",))
    return tuple(sorted(set(hosts))), bool(hosts)


def _client_hosts(index: CodeIndex, builder) -> tuple[tuple[str, ...], bool]:
    """The hosts of the requests made with the client a builder (or an OkHttp 2 client) builds: each
    `newCall(request)` whose request's `Request.Builder.url(String)` is known, and Retrofit's `baseUrl`."""
    if not isinstance(builder, New):
        return (), False
    an = analysis(index)
    m = _method_named(index, builder.method)
    fr = an.frame(m) if m is not None else None
    i = fr.code.by_off.get(builder.off) if fr is not None else None
    if fr is None or i is None:
        return (), False
    flows = an.trace([(m, i, (), frozenset())], CLIENT_USES, CLIENT_THROUGH)
    hosts: list[str] = []
    complete = bool(flows)
    for f in flows:
        sfr = an.frame(f.sink.method)
        j = sfr.code.by_off.get(f.sink.insn.off) if sfr is not None else None
        if sfr is None or j is None:
            complete = False
            continue
        recv, args = sfr.call(j)
        if f.sink.target.startswith("Lretrofit2/"):
            found = _builder_strings(index, sfr, recv, (BASE_URL,))
        else:
            req = args[0] if args else None
            rb = req.args[0] if isinstance(req, Result) and split_ref(req.ref)[1] == "build" and req.args else None
            found = _builder_strings(index, sfr, rb, REQUEST_URL)
        if not found:
            complete = False
        hosts += found
    return tuple(sorted(set(hosts))), complete and bool(hosts)


def _builder_strings(index: CodeIndex, fr, builder, setters: tuple[str, ...]) -> list[str]:
    """Hosts of the URL strings given to `setters` on `builder` in the frame."""
    if not isinstance(builder, New):
        return []
    out = []
    for j in fr.live_indices:
        ins = fr.code.insns[j]
        if ins.kind != "method":
            continue
        ref = fr.method.dex.index_text(ins)
        if not ref.startswith(setters):
            continue
        recv, args = fr.call(j, ref)
        if isinstance(recv, New) and (recv.method, recv.off) == (builder.method, builder.off) and args:
            out += [p[1] for t, _, _ in string_values(index, fr, j, args[0]) if (p := parse_url(t))]
    return out


def _method_named(index: CodeIndex, mref: str):
    ci = index.cls(mref.split("->", 1)[0])
    if ci is None:
        return None
    return next((m for m in index.methods(ci) if m.ref == mref), None)

