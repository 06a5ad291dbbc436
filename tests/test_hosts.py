"""One host-pattern matcher (pinscan.facts.hosts), checked against each declarer's documented rules; and
the release gate and `pinscan diff` give the same answer for every pattern in the table."""

from __future__ import annotations

import pytest

from pinscan.compare import _host_pinning, _Policies, entries_for
from pinscan.facts.hosts import ATS, NSC, OKHTTP, TRUSTKIT, UNSCOPED, X509, HostPattern, certificate_name_matches
from pinscan.gate.chains import pin_applies
from pinscan.gate.policy import Policy
from pinscan.gate.verdict import _required_pinning
from pinscan.model import AppIdentity, HostPolicy, Location, Pin, PinEntry, ScanResult

PIN = "xtk22przGzPPcS38YD2JbzC9Nm+QyGF8z7gTjRP8+Kc="

# (rule, pattern as declared, include_subdomains, host, covered)
TABLE = [
    # OkHttp CertificatePinner, the examples of its documentation ("Domain Patterns"):
    # a full domain name matches neither additional prefixes nor suffixes...
    (OKHTTP, "www.publicobject.com", False, "www.publicobject.com", True),
    (OKHTTP, "www.publicobject.com", False, "us-west.www.publicobject.com", False),
    (OKHTTP, "www.publicobject.com", False, "publicobject.com", False),
    # ...`**.` any number of prefixes including none...
    (OKHTTP, "**.publicobject.com", False, "us-west.www.publicobject.com", True),
    (OKHTTP, "**.publicobject.com", False, "www.publicobject.com", True),
    (OKHTTP, "**.publicobject.com", False, "publicobject.com", True),
    (OKHTTP, "**.publicobject.com", False, "notpublicobject.com", False),
    # ...`*.` exactly one prefix.
    (OKHTTP, "*.publicobject.com", False, "www.publicobject.com", True),
    (OKHTTP, "*.publicobject.com", False, "api.publicobject.com", True),
    (OKHTTP, "*.publicobject.com", False, "publicobject.com", False),
    (OKHTTP, "*.publicobject.com", False, "us-west.www.publicobject.com", False),
    (OKHTTP, "*.publicobject.com", False, "www.notpublicobject.com", False),
    (OKHTTP, "*.publicobject.com", False, "WWW.PublicObject.COM.", True),  # OkHttp canonicalises host names
    # "You may not use asterisks in any position other than the leftmost label": add() throws.
    (OKHTTP, "www.*.publicobject.com", False, "www.api.publicobject.com", False),
    (OKHTTP, "a*.publicobject.com", False, "ab.publicobject.com", False),
    # Android network security config <domain includeSubdomains>: the host, and with the flag any depth.
    (NSC, "example.com", False, "example.com", True),
    (NSC, "example.com", False, "www.example.com", False),
    (NSC, "example.com", True, "example.com", True),
    (NSC, "example.com", True, "www.example.com", True),
    (NSC, "example.com", True, "a.b.example.com", True),
    (NSC, "example.com", True, "notexample.com", False),
    (NSC, "Example.COM", True, "www.example.com", True),  # Android lower-cases the domain
    (NSC, "*.example.com", True, "www.example.com", False),  # '*' is no wildcard in an NSC domain
    # TrustKit (iOS kTSKIncludeSubdomains; Android reads the NSC domain): the same as the NSC.
    (TRUSTKIT, "api.example.com", True, "a.b.api.example.com", True),
    (TRUSTKIT, "api.example.com", True, "notapi.example.com", False),
    (TRUSTKIT, "api.example.com", False, "www.api.example.com", False),
    # ATS NSIncludesSubdomains, Apple's documented example: one additional label only.
    (ATS, "example.com", True, "example.com", True),
    (ATS, "example.com", True, "math.example.com", True),
    (ATS, "example.com", True, "history.example.com", True),
    (ATS, "example.com", True, "advanced.math.example.com", False),
    (ATS, "example.com", True, "ancient.history.example.com", False),
    (ATS, "example.com", False, "math.example.com", False),
    (ATS, "https://example.com", False, "example.com", False),  # a URL key never matches
    (ATS, "*.example.com", True, "www.example.com", False),  # nor does a wildcard key
]
ENTRY_SOURCES = {OKHTTP: "okhttp", NSC: "nsc", TRUSTKIT: "trustkit", ATS: "ats"}


@pytest.mark.parametrize(("rule", "pattern", "subdomains", "host", "covered"), TABLE)
def test_pattern_covers_host_as_its_declarer_does(rule, pattern, subdomains, host, covered):
    assert HostPattern(pattern, rule, subdomains).covers(host) is covered


def _entry(rule: str, pattern: str, subdomains: bool) -> PinEntry:
    return PinEntry(pattern, subdomains, (Pin("SHA-256", PIN), Pin("SHA-256", PIN[::-1])), ENTRY_SOURCES[rule],
                    Location(path="declared-here"))


def _result(*entries: PinEntry) -> ScanResult:
    identity = AppIdentity("android", "app.apk", "0" * 64, 1)
    return ScanResult(identity, (), entries, (), (), "0", "2026-06-01")


@pytest.mark.parametrize(("rule", "pattern", "subdomains", "host", "covered"), TABLE)
def test_gate_and_diff_agree_on_every_pattern(rule, pattern, subdomains, host, covered):
    entry = _entry(rule, pattern, subdomains)
    result = _result(entry)
    # the gate: --server-chain(s) and --require-pinning
    assert pin_applies(entry, host) is covered
    assert (not _required_pinning(result, Policy(require_pinning=(host,)))[0]) is covered
    # the diff: the entries that pin the host, and whether the host counts as (enforced) pinned
    assert bool(entries_for(result, "", host)) is covered
    assert _host_pinning(result, _Policies(result), "", host).enforced is covered


def test_entries_follow_their_source():
    assert HostPattern.for_entry("*.example.com", False, "okhttp").rule == OKHTTP
    assert HostPattern.for_entry("example.com", True, "ats").rule == ATS
    assert HostPattern.for_entry("example.com", True, "react-native").rule == TRUSTKIT
    assert HostPattern.for_entry("*", True, "custom").rule == UNSCOPED
    assert not HostPattern.for_entry("*", True, "keystore").covers("api.example.com")


@pytest.mark.parametrize(("outer", "inner", "all_", "some"), [
    (HostPattern("**.example.com", OKHTTP), HostPattern("*.example.com", OKHTTP), True, True),
    (HostPattern("*.example.com", OKHTTP), HostPattern("**.example.com", OKHTTP), False, True),
    (HostPattern("example.com", NSC, True), HostPattern("**.example.com", OKHTTP), True, True),
    (HostPattern("example.com", ATS, True), HostPattern("*.example.com", OKHTTP), True, True),
    (HostPattern("example.com", ATS, True), HostPattern("**.example.com", OKHTTP), False, True),
    (HostPattern("*.example.com", OKHTTP), HostPattern("example.com", NSC), False, False),
    (HostPattern("*.example.com", OKHTTP), HostPattern("*.api.example.com", OKHTTP), False, False),
    (HostPattern("**.example.com", OKHTTP), HostPattern("*.api.example.com", OKHTTP), True, True),
    (HostPattern("api.example.com", NSC, True), HostPattern("**.example.com", OKHTTP), False, True),
])
def test_one_pattern_covering_another(outer, inner, all_, some):
    assert outer.covers_all(inner) is all_
    assert outer.overlaps(inner) is some and inner.overlaps(outer) is some


def test_sample_hosts_stand_for_each_depth_and_avoid_named_labels():
    assert HostPattern("**.example.com", OKHTTP).sample_hosts({"h.example.com"}) == [
        "example.com", "hh.example.com", "hh.hh.example.com"]
    assert HostPattern("*.example.com", OKHTTP).sample_hosts() == ["h.example.com"]
    assert HostPattern("example.com", ATS, True).sample_hosts() == ["example.com", "h.example.com"]
    assert HostPattern("a*.example.com", OKHTTP).sample_hosts() == []


def test_patterns_a_declarer_rejects_say_why():
    assert "throws" in HostPattern("www.*.example.com", OKHTTP).problem()
    assert HostPattern("**.example.com", OKHTTP).problem() is None
    assert "no host" in HostPattern("*.example.com", NSC, True).problem()
    assert "URL" in HostPattern("https://example.com/", ATS).problem()
    assert HostPattern("*.example.com", OKHTTP).describe() == \
        "exactly one label below example.com (not example.com itself)"
    assert HostPattern("example.com", ATS, True).describe() == "example.com and one label below it"


@pytest.mark.parametrize(("name", "host", "valid"), [
    ("*.example.com", "www.example.com", True),
    ("*.example.com", "example.com", False),
    ("*.example.com", "a.b.example.com", False),
    ("www.example.com", "WWW.example.com", True),
    ("**.example.com", "www.example.com", False),
])
def test_certificate_names_follow_rfc_6125(name, host, valid):
    assert certificate_name_matches(name, host) is valid
    assert HostPattern(name, X509).covers(host) is valid


def test_policy_rows_follow_the_platform():
    def row(host: str, sub: bool, source: str) -> HostPolicy:
        pinned = host != "*"
        return HostPolicy(host, sub, False, ("system",), pinned, pinned, None, source)

    android = ScanResult(AppIdentity("android", "a.apk", "0" * 64, 1), (), (),
                         (row("*", False, "platform default"), row("example.com", True, "nsc domain-config")),
                         (), "0", "2026-06-01")
    ios = ScanResult(AppIdentity("ios", "a.ipa", "0" * 64, 1), (), (),
                     (row("*", False, "ATS default"), row("example.com", True, "ATS NSExceptionDomains")),
                     (), "0", "2026-06-01")
    assert _Policies(android).effective("", "a.b.example.com").host == "example.com"  # NSC: any depth
    assert _Policies(ios).effective("", "a.b.example.com").host == "*"  # ATS: one label only
    assert _Policies(ios).effective("", "b.example.com").host == "example.com"
    # a pattern is pinned by the policy only when every host it stands for is
    assert _host_pinning(ios, _Policies(ios), "", "*.example.com").pinned
    assert not _host_pinning(ios, _Policies(ios), "", "**.example.com").pinned
    assert _host_pinning(android, _Policies(android), "", "**.example.com").pinned


def test_unscoped_entries_match_only_the_star_key():
    custom = PinEntry("*", True, (Pin("sha256", PIN),), "custom", Location(path="classes.dex"))
    result = _result(custom)
    assert entries_for(result, "", "*") == [custom]
    assert entries_for(result, "", "api.example.com") == []
