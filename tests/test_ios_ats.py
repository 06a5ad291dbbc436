"""App Transport Security read with Apple's documented semantics (not the peers' mistakes)."""

from __future__ import annotations

import pytest

from pinscan.ios.ats import check_spki, local_name, parse_ats


def ats(d: dict):
    return parse_ats({"NSAppTransportSecurity": d})


def test_arbitrary_loads_in_force_without_narrower_keys():
    a = ats({"NSAllowsArbitraryLoads": True})
    assert a.arbitrary_loads((14,)) == (True, False)


@pytest.mark.parametrize("key", ["NSAllowsArbitraryLoadsInWebContent", "NSAllowsArbitraryLoadsForMedia",
                                 "NSAllowsLocalNetworking"])
@pytest.mark.parametrize("value", [True, False])
def test_arbitrary_loads_ignored_on_ios10_when_a_narrower_key_is_present_with_any_value(key, value):
    a = ats({"NSAllowsArbitraryLoads": True, key: value})
    assert a.arbitrary_loads((14,)) == (False, False)
    # iOS 9 ignores the narrower keys and honours NSAllowsArbitraryLoads.
    assert a.arbitrary_loads((9, 3)) == (False, True)


def test_arbitrary_loads_no_or_absent_lifts_nothing():
    assert ats({"NSAllowsArbitraryLoads": False}).arbitrary_loads((9,)) == (False, False)
    assert ats({}).arbitrary_loads((9,)) == (False, False)
    assert parse_ats({}).declared is False


def test_exception_defaults_follow_apple():
    (e,) = ats({"NSExceptionDomains": {"api.example.com": {}}}).exceptions
    assert e.include_subdomains is False  # default NO
    assert e.allows_insecure_http is False
    assert e.forward_secrecy_required is True  # default YES
    assert e.ct_required is False  # default NO
    assert e.weak_tls is False  # default TLSv1.2


def test_forward_secrecy_no_must_be_a_boolean():
    (e,) = ats({"NSExceptionDomains": {"a.example.com": {"NSExceptionRequiresForwardSecrecy": False}}}).exceptions
    assert e.forward_secrecy_required is False
    # A string "NO" is not a Boolean: reported as a wrong type, not read as NO (nor compared as text).
    a = ats({"NSExceptionDomains": {"a.example.com": {"NSExceptionRequiresForwardSecrecy": "NO"}}})
    assert a.exceptions[0].forward_secrecy_required is True
    assert [p.kind for p in a.problems] == ["wrong-type"]


def test_third_party_keys_act_like_their_twins():
    (e,) = ats({"NSExceptionDomains": {"ads.example.net": {
        "NSThirdPartyExceptionAllowsInsecureHTTPLoads": True,
        "NSThirdPartyExceptionMinimumTLSVersion": "TLSv1.0",
        "NSThirdPartyExceptionRequiresForwardSecrecy": False}}}).exceptions
    assert e.allows_insecure_http and e.weak_tls and not e.forward_secrecy_required


def test_includes_subdomains_is_spelt_with_a_lowercase_d():
    (e,) = ats({"NSExceptionDomains": {"a.example.com": {"NSIncludesSubdomains": True}}}).exceptions
    assert e.include_subdomains is True
    a = ats({"NSExceptionDomains": {"a.example.com": {"NSIncludesSubDomains": True}}})
    assert a.exceptions[0].include_subdomains is False
    (p,) = a.problems
    assert p.kind == "unknown-key" and p.near_known_key and "did you mean NSIncludesSubdomains" in p.message


def test_tls_versions_and_unknown_values():
    a = ats({"NSExceptionDomains": {"a.example.com": {"NSExceptionMinimumTLSVersion": "TLSv1.3"},
                                    "b.example.com": {"NSExceptionMinimumTLSVersion": "1.0"}}})
    assert [e.weak_tls for e in a.exceptions] == [False, False]
    assert [p.kind for p in a.problems] == ["bad-value"]


def test_domain_keys_that_never_match():
    a = ats({"NSExceptionDomains": {"https://a.example.com": {"NSExceptionAllowsInsecureHTTPLoads": True},
                                    "B.example.com": {}}})
    by_name = {e.name: e for e in a.exceptions}
    assert by_name["https://a.example.com"].matches is False
    assert by_name["B.example.com"].matches is True  # upper case may not match, but is not certain
    assert sorted(p.kind for p in a.problems) == ["bad-domain", "bad-domain"]


def test_pinned_domains_read_both_identity_lists_and_check_values():
    pin = "AApQv70PncLMIamzPXTpBRdYt5s9oeU7THCEtRs7Ixc="
    a = ats({"NSPinnedDomains": {"api.example.com": {
        "NSIncludesSubdomains": True,
        "NSPinnedLeafIdentities": [{"SPKI-SHA256-BASE64": pin}, {"SPKI-SHA256-BASE64": "abc"}],
        "NSPinnedCAIdentities": [{"SPKI-SHA256-BASE64": pin}]}}})
    (d,) = a.pinned
    assert d.include_subdomains and d.usable
    assert [(p.kind, p.problem is None) for p in d.pins] == [("ca", True), ("leaf", True), ("leaf", False)]


def test_pinned_domain_structure_problems():
    a = ats({"NSPinnedDomains": {"a.example.com": {}, "b.example.com": "x",
                                 "c.example.com": {"NSPinnedCAIdentities": []},
                                 "d.example.com": {"NSPinnedLeafIdentities": ["not a dict"]}}})
    assert [p.kind for p in a.problems] == ["pin-structure"] * 4
    assert not any(d.usable for d in a.pinned)


def test_misspelt_top_level_dictionary_is_reported():
    a = parse_ats({"NSAppTransportSecurty": {"NSAllowsArbitraryLoads": True}})
    assert not a.declared
    assert a.problems[0].near_known_key


@pytest.mark.parametrize(("value", "ok"), [
    ("AApQv70PncLMIamzPXTpBRdYt5s9oeU7THCEtRs7Ixc=", True),
    ("sha256/AApQv70PncLMIamzPXTpBRdYt5s9oeU7THCEtRs7Ixc=", False),
    ("AApQv70PncLMIamzPXTpBRdYt5s9oeU7THCEtRs7", False),
    (42, False),
])
def test_spki_values(value, ok):
    assert (check_spki(value) is None) is ok


@pytest.mark.parametrize(("host", "local"), [
    ("localhost", True), ("printer.local", True), ("intranet", True), ("192.168.1.10", True),
    ("127.0.0.1", True), ("api.example.com", False), ("8.8.8.8", False),
])
def test_local_names(host, local):
    assert local_name(host) is local
