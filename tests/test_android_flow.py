"""The abstract interpreter and its facts API (android/flow.py) on real sample dex files: values, one-way
branches, method summaries, budgets, value flow to sinks with guards, and hostname verification shapes;
and what the rules make of them beyond expected.json (evidence paths, guard properties)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from conftest import SAMPLES, run_cli
from pinscan.android.code import CodeIndex
from pinscan.android.dex import DexFile
from pinscan.android.flow import (
    MAX_INSNS,
    Array,
    Const,
    Field,
    New,
    Param,
    Result,
    acceptance,
    analysis,
    returns_receiver,
)
from pinscan.android.trust import (
    INSECURE_SOCKET_CALLS,
    TRUST_MANAGER_NONNULL,
    TRUST_MANAGER_SINKS,
    classes_verifying_hosts,
    live_instantiations,
    verifies_created_socket,
)

ANDROID = SAMPLES / "android"


def _index(name: str) -> CodeIndex:
    with zipfile.ZipFile(ANDROID / f"{name}.apk") as z:
        names = sorted((n for n in z.namelist() if n.startswith("classes") and n.endswith(".dex")),
                       key=lambda n: int(n[7:-4] or 1))
        return CodeIndex([DexFile(n, z.read(n)) for n in names])


@pytest.fixture(scope="module")
def shapes() -> CodeIndex:
    return _index("code-trust-shapes")


@pytest.fixture(scope="module")
def hosts() -> CodeIndex:
    return _index("code-hostname-shapes")


@pytest.fixture(scope="module")
def safe() -> CodeIndex:
    return _index("code-trust-shapes-safe")


def _method(index: CodeIndex, cls: str, name: str):
    return next(m for m in index.methods(index.cls(cls)) if m.name == name)


def _index_of(fr, op_name: str, nth: int = 0) -> int:
    return [i for i, ins in enumerate(fr.code.insns) if ins.name == op_name][nth]


# --- values and one-way branches ------------------------------------------------------------------

def test_a_constant_kept_in_a_register_makes_its_branch_one_way(shapes):
    m = _method(shapes, "Lcom/example/shapes/net/ConstGuardTrustManager;", "checkServerTrusted")
    fr = analysis(shapes).frame(m, TRUST_MANAGER_NONNULL)
    first_if = _index_of(fr, "if-nez")
    assert fr.value(first_if, fr.code.insns[first_if].regs[0]) == Const(1)
    assert fr.decided == {first_if: "constant"}
    assert not fr.live(_index_of(fr, "throw"))


def test_a_parameter_the_platform_never_passes_as_null_decides_its_null_test(shapes):
    m = _method(shapes, "Lcom/example/shapes/net/NullOnlyTrustManager;", "checkServerTrusted")
    an = analysis(shapes)
    assert list(an.frame(m, TRUST_MANAGER_NONNULL).decided.values()) == ["non-null"]
    assert not an.frame(m, TRUST_MANAGER_NONNULL).live(_index_of(an.frame(m), "throw"))
    assert an.frame(m).live(_index_of(an.frame(m), "throw"))  # without the contract the throw is live
    assert acceptance(shapes, m).accepts_all is False
    assert acceptance(shapes, m, TRUST_MANAGER_NONNULL).accepts_all is True


def test_switches_on_constants_take_one_case(shapes, hosts):
    sparse = analysis(shapes).frame(_method(shapes, "Lcom/example/shapes/net/SwitchTrustManager;",
                                            "checkServerTrusted"))
    i = _index_of(sparse, "sparse-switch")
    assert sparse.code.switch_keys[sparse.code.insns[i].target] == (7, 200)
    assert sparse.decided[i] == "constant" and not sparse.live(_index_of(sparse, "throw"))
    packed = analysis(hosts).frame(_method(hosts, "Lcom/example/hosts/web/ModeClient;", "onReceivedSslError"))
    i = _index_of(packed, "packed-switch")
    assert packed.code.switch_keys[packed.code.insns[i].target] == (0, 1, 2)
    calls = [packed.method.dex.method_ref(packed.code.insns[j].idx) for j in packed.live_indices
             if packed.code.insns[j].name.startswith("invoke")]
    assert calls == ["Landroid/webkit/SslErrorHandler;->proceed()V"]


def test_string_equals_on_constants_folds(hosts):
    fr = analysis(hosts).frame(_method(hosts, "Lcom/example/hosts/net/FlavorVerifier;", "verify"))
    i = _index_of(fr, "invoke-virtual")
    assert fr.result(i) == Const(0)
    assert fr.returns == Const(1)


def test_values_name_what_they_are(shapes):
    an = analysis(shapes)
    install = _method(shapes, "Lcom/example/shapes/net/Installer;", "install")
    fr = an.frame(install)
    init = next(i for i in fr.live_indices if fr.code.insns[i].name == "invoke-virtual")
    recv, args = fr.call(init)
    assert isinstance(recv, Result) and recv.ref.startswith("Ljavax/net/ssl/SSLContext;->getInstance")
    assert recv.args == (Const("TLS"),)
    assert isinstance(args[1], Array) and args[1].elements() == [Param(0)]
    assert args[0] == Const(0)
    debug = an.frame(_method(shapes, "Lcom/example/shapes/net/Installer;", "installDebug"))
    flag = debug.value(_index_of(debug, "if-eqz"), 0)
    assert isinstance(flag, Field) and flag.is_static and flag.ref == "Lcom/example/shapes/BuildConfig;->DEBUG:Z"
    made = debug.value(_index_of(debug, "invoke-direct"), 0)
    assert isinstance(made, New) and made.cls == "Lcom/example/shapes/net/DebugFlagTrustManager;"


def test_builders_declared_to_return_their_receiver_stay_one_value(hosts):
    fr = analysis(hosts).frame(_method(hosts, "Lcom/example/hosts/net/Net;", "lenientClient"))
    setter = next(i for i in fr.live_indices if "hostnameVerifier" in fr.method.dex.method_ref(fr.code.insns[i].idx)
                  if fr.code.insns[i].name.startswith("invoke"))
    assert isinstance(fr.result(setter), New) and fr.result(setter).cls == "Lokhttp3/OkHttpClient$Builder;"
    # an undeclared library call gives "the result of call M"
    build = next(i for i in fr.live_indices if fr.code.insns[i].name.startswith("invoke")
                 and "->build()" in fr.method.dex.method_ref(fr.code.insns[i].idx))
    assert isinstance(fr.result(build), Result)
    # declaring one more (as the pin extraction does for CertificatePinner.Builder.add) is one call
    assert returns_receiver("Lcom/example/NoSuch$Builder;->add") == ("Lcom/example/NoSuch$Builder;->add",)


# --- summaries and budgets --------------------------------------------------------------------------

def test_summaries_say_what_a_helper_does_for_its_callers(shapes, hosts, safe):
    empty = analysis(shapes).summary(_method(shapes, "Lcom/example/shapes/net/CertUtil;", "validate"))
    assert empty.complete and empty.raises.never_throws
    real = analysis(safe).summary(_method(safe, "Lcom/example/shapesafe/net/CertChecks;", "requireSignedByCa"))
    assert real.raises.rejecting and not real.raises.never_throws
    accept = analysis(hosts).summary(_method(hosts, "Lcom/example/hosts/web/SslHelper;", "accept"))
    assert accept.handler_calls == {(0, "proceed")}
    reject = analysis(safe).summary(_method(safe, "Lcom/example/shapesafe/web/SslHelper;", "reject"))
    assert reject.handler_calls == {(0, "cancel")}
    check = analysis(safe).summary(_method(safe, "Lcom/example/shapesafe/net/HostCheck;", "require"))
    assert check.host_checked == {0, 1}  # the socket (through getSession()) and the host name
    lam = analysis(hosts).summary(_method(hosts, "Lcom/example/hosts/net/Net;", "lambda$trustAllHosts$0"))
    assert lam.returns == Const(1)


def test_recursion_ends_in_a_conservative_answer(safe):
    an = analysis(safe)
    walk = _method(safe, "Lcom/example/shapesafe/net/ChainWalkTrustManager;", "walk")
    r = an.raises(walk)
    assert r.complete and any("->walk(" in t for t in r.rejecting)  # the call back into itself: may reject
    check = _method(safe, "Lcom/example/shapesafe/net/ChainWalkTrustManager;", "checkServerTrusted")
    assert acceptance(safe, check, TRUST_MANAGER_NONNULL).accepts_all is False


def test_a_method_over_the_budget_is_not_interpreted(safe):
    m = _method(safe, "Lcom/example/shapesafe/net/AuditTrustManager;", "checkServerTrusted")
    an = analysis(safe)
    fr = an.frame(m, TRUST_MANAGER_NONNULL)
    assert len(fr.code.insns) > MAX_INSNS and not fr.complete
    assert fr.live(0) and fr.value(0, 0).__class__.__name__ == "Unknown"
    v = acceptance(safe, m, TRUST_MANAGER_NONNULL)
    assert not v.accepts_all and "not analysed" in v.how


def test_answers_do_not_depend_on_the_order_of_questions(shapes):
    """A summary computed deep in a chain, where its own callees are cut off, is computed again when it is
    asked from the top, so a rule sees the same verdict whichever rule asked first."""
    an = analysis(_index("code-trust-shapes"))
    check = _method(an.index, "Lcom/example/shapes/net/HelperTrustManager;", "checkServerTrusted")
    an.depth = 4  # as if asked from deep inside other summaries: validate() is beyond the limit
    deep = an.raises(check, TRUST_MANAGER_NONNULL)
    an.depth = 0
    assert deep.rejecting == ("invoke-static {p1, p2}, Lcom/example/shapes/net/CertUtil;->validate("
                              "[Ljava/security/cert/X509Certificate;Ljava/lang/String;)V",)
    top = acceptance(an.index, check, TRUST_MANAGER_NONNULL)
    assert top == acceptance(shapes, _method(shapes, "Lcom/example/shapes/net/HelperTrustManager;",
                                             "checkServerTrusted"), TRUST_MANAGER_NONNULL)
    assert top.accepts_all and top.how == "only calls validate(), which has an empty body"


def test_date_only_checks_are_their_own_verdict(shapes, safe):
    for cls in ("Lcom/example/shapes/net/DateOnlyTrustManager;", "La/a/b;"):
        v = acceptance(shapes, _method(shapes, cls, "checkServerTrusted"), TRUST_MANAGER_NONNULL)
        assert v.date_only and not v.accepts_all and "checkValidity" in v.evidence[0]
    both = acceptance(safe, _method(safe, "Lcom/example/shapesafe/net/PlatformDelegate;", "checkServerTrusted"),
                      TRUST_MANAGER_NONNULL)
    assert not both.date_only and not both.accepts_all  # dates and then the chain: safe


# --- value flow -------------------------------------------------------------------------------------

def test_flow_through_a_static_field_and_a_getter(shapes):
    live = live_instantiations(shapes, ["Lcom/example/shapes/net/NullOnlyTrustManager;"])
    origins = [(s.method, i, ("origin",), g) for s, i, g in live]
    flows = analysis(shapes).trace(origins, TRUST_MANAGER_SINKS)
    assert [f.sink.method.ref for f in flows] == ["Lcom/example/shapes/net/Tls;->context()Ljavax/net/ssl/SSLContext;"]
    steps = flows[0].steps
    assert steps[0] == "origin"
    assert "sput-object" in steps[1] and "sget-object" in steps[2] and "->trustManager()" in steps[3]
    assert steps[-1].endswith("in Lcom/example/shapes/net/Tls;->context()Ljavax/net/ssl/SSLContext; (Tls.java:19)")
    assert not flows[0].guards


def test_dead_instantiation_is_not_an_origin(shapes):
    assert live_instantiations(shapes, ["Lcom/example/shapes/net/DeadTrustManager;"]) == []


def test_guards_are_named_and_carried_to_the_sink(shapes):
    live = live_instantiations(shapes, ["Lcom/example/shapes/net/DebuggableTrustManager;"])
    (site, i, guards), = live
    assert [(g.name, g.value) for g in guards] == [("ApplicationInfo.FLAG_DEBUGGABLE", True)]
    flows = analysis(shapes).trace([(site.method, i, ("origin",), guards)], TRUST_MANAGER_SINKS)
    assert [g.describe() for g in flows[0].guards] == ["the app is debuggable (ApplicationInfo.FLAG_DEBUGGABLE)"]
    sdk = live_instantiations(shapes, ["La/a/c;"])
    assert [g for _, _, g in sdk] == [frozenset()]  # Build.VERSION.SDK_INT is not a debug flag


# --- hostname verification shapes -----------------------------------------------------------------

def test_every_hostname_verification_shape_counts_on_the_created_socket(safe, hosts):
    verified = {s.method.ref.split("(")[0]: verifies_created_socket(safe, s)
                for s in safe.invocations(INSECURE_SOCKET_CALLS)}
    assert verified == {
        "Lcom/example/shapesafe/net/AppVerifierSockets;->open": True,  # an app verifier class
        "Lcom/example/shapesafe/net/CertSockets;->open": True,  # Apache verify(host, X509Certificate)
        "Lcom/example/shapesafe/net/CertSockets;->openByNames": True,  # Apache verify(host, cns, alts)
        "Lcom/example/shapesafe/net/HelperSockets;->open": True,  # an app helper given the socket
        "Lcom/example/shapesafe/net/OkSockets;->open": True,  # OkHostnameVerifier
        "Lorg/thoughtcrime/ssl/pinning/PinningSSLSocketFactory;->createSocket": True,  # verify(host, socket)
        "Lorg/apache/http/conn/ssl/SSLSocketFactory;->createLayeredSocket": True,  # through its field
        "Lorg/apache/http/conn/ssl/SSLSocketFactory;->createSocket": False,  # unconnected: checked later
    }
    classes = classes_verifying_hosts(safe)
    assert {"Lorg/thoughtcrime/ssl/pinning/PinningSSLSocketFactory;", "Lorg/apache/http/conn/ssl/SSLSocketFactory;"} \
        <= classes
    allow_all, = hosts.invocations(INSECURE_SOCKET_CALLS)
    assert not verifies_created_socket(hosts, allow_all)
    assert allow_all.method.cls.desc not in classes_verifying_hosts(hosts)  # ALLOW_ALL checks nothing


# --- what the rules report ------------------------------------------------------------------------

def _scan(tmp_path: Path, name: str) -> dict:
    out = tmp_path / f"{name}.json"
    res = run_cli("scan", ANDROID / f"{name}.apk", "--format", "json", "-o", out, "--fail-on", "never",
                  "--as-of", "2026-06-01")
    assert res.code == 0 and "Traceback" not in res.err, res.err
    return json.loads(out.read_text())


def test_proven_flow_evidence_is_the_path_with_source_lines(tmp_path):
    found = {f["location"]["logical"].split("->")[0]: f for f in _scan(tmp_path, "code-trust-shapes")["findings"]}
    f = found["Lcom/example/shapes/net/HelperTrustManager;"]
    assert f["evidence"][-3:] == [
        "new-instance Lcom/example/shapes/net/HelperTrustManager; in "
        "Lcom/example/shapes/MainActivity;->onCreate(Landroid/os/Bundle;)V (MainActivity.java:18)",
        "invoke-static {v0}, Lcom/example/shapes/net/Installer;->install(Ljavax/net/ssl/X509TrustManager;)V in "
        "Lcom/example/shapes/MainActivity;->onCreate(Landroid/os/Bundle;)V (MainActivity.java:18)",
        "invoke-virtual {v0, v3, v1, v3}, Ljavax/net/ssl/SSLContext;->init([Ljavax/net/ssl/KeyManager;"
        "[Ljavax/net/ssl/TrustManager;Ljava/security/SecureRandom;)V in "
        "Lcom/example/shapes/net/Installer;->install(Ljavax/net/ssl/X509TrustManager;)V (Installer.java:15)",
    ]
    install = "Lcom/example/shapes/net/Installer;->install(Ljavax/net/ssl/X509TrustManager;)V"
    assert f["related"][0]["logical"] == install
    guarded = found["Lcom/example/shapes/net/DebugFlagTrustManager;"]
    assert guarded["severity"] == "medium" and guarded["properties"]["guarded_by"] == ["BuildConfig.DEBUG is true"]
    assert guarded["evidence"][-1].startswith(
        "if-eqz v0, :addr_c in Lcom/example/shapes/net/Installer;->installDebug()V")
    assert found["Lcom/example/shapes/net/DateOnlyTrustManager;"]["properties"]["verdict"] == "date-only"


def test_webview_verdicts_with_helpers_guards_and_constants(tmp_path):
    found = {f["location"]["logical"].split("->")[0].rsplit("/", 1)[1]: f
             for f in _scan(tmp_path, "code-hostname-shapes")["findings"] if f["rule_id"] == "PS2003"}
    assert {k: (f["properties"]["verdict"], f["severity"], f["confidence"]) for k, f in found.items()} == {
        "LoggingClient;": ("unconditional", "high", "high"),
        "HelperClient;": ("unconditional", "high", "high"),
        "ModeClient;": ("unconditional", "high", "high"),
        "DebugClient;": ("guarded", "medium", "high"),
    }
    assert "SslHelper;->accept" in found["HelperClient;"]["evidence"][0]
    assert any("setWebViewClient" in e for e in found["LoggingClient;"]["evidence"])


def test_a_calls_result_can_be_the_origin(shapes):
    """The pin extraction's use: follow what a call returns (a `build()`), here `Tls.trustManager()`."""
    context = _method(shapes, "Lcom/example/shapes/net/Tls;", "context")
    fr = analysis(shapes).frame(context)
    call = next(i for i in fr.live_indices if "->trustManager()" in fr.method.dex.index_text(fr.code.insns[i]))
    flows = analysis(shapes).trace([(context, call, ("the getter's result",), frozenset())], TRUST_MANAGER_SINKS)
    assert [f.sink.target for f in flows] == ["Ljavax/net/ssl/SSLContext;->init"]
    assert flows[0].steps[0] == "the getter's result" and len(flows[0].steps) == 2
