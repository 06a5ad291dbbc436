"""The effective-policy computation follows Android's XmlConfigSource and ApplicationConfig."""

from __future__ import annotations

import datetime as dt

from pinscan.android.axml import parse_xml
from pinscan.android.nsc import host_policies, parse_nsc, pin_entries

TODAY = dt.date(2026, 6, 1)


def _anchor(attr, loc):
    text = (attr.raw or "").strip()
    if text in ("system", "user", "wfa"):
        return text, None, [], None
    return text, f"res/raw/{text.split('/')[-1]}.pem", [], None


def nsc(xml: str, *, target_sdk=34, debuggable=False, debug_xml: str | None = None):
    root = parse_xml(xml.encode(), "nsc.xml")
    debug_root = parse_xml(debug_xml.encode(), "nsc_debug.xml") if debug_xml else None
    return parse_nsc(root, path="res/xml/nsc.xml", resource="@xml/nsc", resolve_anchor=_anchor,
                     debuggable=debuggable, target_sdk=target_sdk, debug_root=debug_root,
                     debug_path="res/xml/nsc_debug.xml")


NESTED = """<network-security-config>
  <domain-config cleartextTrafficPermitted="true">
    <domain includeSubdomains="true">example.com</domain>
    <pin-set><pin digest="SHA-256">xtk22przGzPPcS38YD2JbzC9Nm+QyGF8z7gTjRP8+Kc=</pin></pin-set>
    <domain-config cleartextTrafficPermitted="false">
      <domain includeSubdomains="true">secure.example.com</domain>
    </domain-config>
  </domain-config>
  <domain-config>
    <domain>a.b.example.com</domain>
    <trust-anchors><certificates src="user"/></trust-anchors>
  </domain-config>
  <base-config><trust-anchors><certificates src="system"/></trust-anchors></base-config>
</network-security-config>"""


def test_most_specific_match_and_inheritance():
    c = nsc(NESTED)
    # exact match beats includeSubdomains; longest includeSubdomains match wins
    assert c.config_for("a.b.example.com").domains[0].name == "a.b.example.com"
    assert c.config_for("x.secure.example.com").domains[0].name == "secure.example.com"
    assert c.config_for("www.example.com").domains[0].name == "example.com"
    assert c.config_for("EXAMPLE.com.").domains[0].name == "example.com"
    assert c.config_for("notexample.com") is c.base
    # nested config inherits the pin-set, overrides cleartext
    nested = c.config_for("secure.example.com")
    assert nested.effective_pin_set() is c.config_for("example.com").pin_set
    assert nested.effective_cleartext() is False
    assert c.config_for("example.com").effective_cleartext() is True


def test_domain_config_before_base_config_inherits_from_base():
    c = nsc(NESTED)
    # a.b.example.com declared before <base-config>: sets anchors itself; example.com inherits base's
    assert [a.src for a in c.config_for("example.com").effective_anchors()] == ["system"]
    assert [a.src for a in c.config_for("a.b.example.com").effective_anchors()] == ["user"]
    # an unpinned more-specific domain is not pinned even though its parent domain is
    policies = {p.host: p for p in host_policies(c, TODAY, 24)}
    assert policies["a.b.example.com"].pinned is False
    assert policies["secure.example.com"].pinned is True


def test_platform_defaults_follow_target_sdk():
    empty = "<network-security-config/>"
    old = nsc(empty, target_sdk=23)
    assert old.base.effective_cleartext() is True
    assert [a.src for a in old.base.effective_anchors()] == ["system", "user"]
    mid = nsc(empty, target_sdk=27)
    assert mid.base.effective_cleartext() is True
    assert [a.src for a in mid.base.effective_anchors()] == ["system"]
    new = nsc(empty, target_sdk=28)
    assert new.base.effective_cleartext() is False


DEBUG = """<network-security-config>
  <domain-config><domain>api.example.com</domain>
    <pin-set><pin digest="SHA-256">xtk22przGzPPcS38YD2JbzC9Nm+QyGF8z7gTjRP8+Kc=</pin>
             <pin digest="SHA-256">AR020oqi/hgqptfDdjRzEs45WbY2d7mo0QY0VLYuorw=</pin></pin-set>
  </domain-config>
  <debug-overrides><trust-anchors><certificates src="@raw/proxy"/></trust-anchors></debug-overrides>
</network-security-config>"""


def test_debug_overrides_apply_only_when_debuggable_and_override_pins_by_default():
    release = nsc(DEBUG, debuggable=False)
    assert not release.debug_in_force
    assert pin_entries(release, TODAY, 24, {})[0].enforced is True
    debug = nsc(DEBUG, debuggable=True)
    assert debug.debug_in_force
    anchors = debug.config_for("api.example.com").effective_anchors()
    assert [(a.src, a.override_pins) for a in anchors] == [("system", False), ("@raw/proxy", True)]
    entry = pin_entries(debug, TODAY, 24, {})[0]
    assert entry.enforced is False
    assert any("overridePins" in r for r in entry.not_enforced_because)


def test_debug_resource_twin_is_read_when_the_file_has_no_debug_overrides():
    main = DEBUG.replace(DEBUG[DEBUG.index("  <debug-overrides>"):DEBUG.index("</network-security-config>")], "")
    twin = "<network-security-config><debug-overrides><trust-anchors><certificates src=\"user\"/>" \
           "</trust-anchors></debug-overrides></network-security-config>"
    c = nsc(main, debuggable=True, debug_xml=twin)
    assert c.debug_in_force
    assert "user" in [a.src for a in c.base.effective_anchors()]
    assert not nsc(main, debuggable=False, debug_xml=twin).debug_in_force


def test_expired_pins_are_not_enforced_and_say_why():
    xml = DEBUG.replace("<pin-set>", '<pin-set expiration="2026-05-31">')
    entry = pin_entries(nsc(xml), TODAY, 24, {})[0]
    assert entry.enforced is False
    assert entry.not_enforced_because == ("pin-set expired on 2026-05-31",)
    same_day = pin_entries(nsc(xml.replace("2026-05-31", "2026-06-01")), TODAY, 24, {})[0]
    assert same_day.enforced is True


def test_pin_matching_a_bundled_certificate_is_named():
    entry = pin_entries(nsc(DEBUG), TODAY, 21, {"xtk22przGzPPcS38YD2JbzC9Nm+QyGF8z7gTjRP8+Kc=": "res/raw/ca.pem"})[0]
    assert [p.matches_certificate for p in entry.pins] == ["res/raw/ca.pem", None]
    assert any("minSdk 21" in r for r in entry.notes) and entry.enforced and not entry.not_enforced_because
    assert entry.enforced is True  # old devices are a caveat, not a reason the pins fail where they apply


def test_structural_errors_are_fatal_and_unknown_content_is_not():
    c = nsc("""<network-security-config>
      <base-config><pin-set/></base-config>
      <domain-config><domain>x.com</domain><pinset/><domain includeSubDomains="true">y.com</domain></domain-config>
    </network-security-config>""")
    kinds = sorted((p.kind, p.fatal) for p in c.problems)
    assert kinds == [("structure", True), ("unknown-attribute", False), ("unknown-element", False)]
    assert "did you mean 'includeSubdomains'" in next(p.message for p in c.problems if p.kind == "unknown-attribute")


def test_wrong_root_is_malformed():
    c = nsc("<network-config><base-config/></network-config>")
    assert [(p.kind, p.fatal) for p in c.problems] == [("malformed", True)]


# --- TrustKit-Android's reading of the same file ----------------------------------------------------------

TRUSTKIT = """<network-security-config>
  <domain-config>
    <domain includeSubdomains="true">api.example.com</domain>
    <pin-set expiration="2030-01-01">
      <pin digest="SHA-256">xtk22przGzPPcS38YD2JbzC9Nm+QyGF8z7gTjRP8+Kc=</pin>
      <pin digest="SHA-256">AR020oqi/hgqptfDdjRzEs45WbY2d7mo0QY0VLYuorw=</pin>
    </pin-set>
    <trustkit-config enforcePinning="true" disableDefaultReportUri="true">
      <report-uri>https://r.example.com/a</report-uri>
      <reportUri>https://r.example.com/b</reportUri>
    </trustkit-config>
    <domain-config>
      <domain>one.api.example.com</domain>
      <domain>two.api.example.com</domain>
      <pin-set>
        <pin digest="SHA-256">xtk22przGzPPcS38YD2JbzC9Nm+QyGF8z7gTjRP8+Kc=</pin>
        <pin digest="SHA-256">sDlcNAXKKT7SRmS6pApkiEjR2w6BqYVEDc/tqqnqk+Y=</pin>
      </pin-set>
      <trustkit-config enforcePinning="false"/>
    </domain-config>
  </domain-config>
  <domain-config><domain>plain.example.com</domain></domain-config>
  <domain-config>
    <domain>single.example.com</domain>
    <pin-set><pin digest="SHA-256">xtk22przGzPPcS38YD2JbzC9Nm+QyGF8z7gTjRP8+Kc=</pin></pin-set>
  </domain-config>
</network-security-config>"""


def test_trustkit_reads_its_own_config_with_its_own_inheritance():
    from pinscan.android.nsc import TRUSTKIT_DEFAULT_REPORT_URI, trustkit_view

    policies, rejected = trustkit_view(nsc(TRUSTKIT))
    by_host = {p.hostname: p for p in policies}
    # One policy per domain-config with a pin-set (own or inherited); TrustKit keeps a config's last <domain>.
    assert sorted(by_host) == ["api.example.com", "single.example.com", "two.api.example.com"]
    api, two, single = by_host["api.example.com"], by_host["two.api.example.com"], by_host["single.example.com"]
    assert (api.include_subdomains, api.enforce_pinning, api.report_uris) == (True, True, ("https://r.example.com/a",))
    # The nested config: its own pin-set and enforcePinning; includeSubdomains (unlike Android), the
    # expiration of the parent's pin-set and the default-URI switch are inherited; its own <trustkit-config>
    # has no <report-uri>, so it reports nowhere.
    assert (two.include_subdomains, two.enforce_pinning, two.expiration, two.report_uris) == (
        True, False, "2030-01-01", ())
    assert nsc(TRUSTKIT).config_for("x.two.api.example.com").domains[0].name == "api.example.com"
    # enforcePinning defaults to false and TrustKit adds its own report URI unless told not to.
    assert (single.enforce_pinning, single.report_uris) == (False, (TRUSTKIT_DEFAULT_REPORT_URI,))
    assert rejected == []
    enforced_single = TRUSTKIT.replace(
        "<pin-set><pin digest=\"SHA-256\">xtk22przGzPPcS38YD2JbzC9Nm+QyGF8z7gTjRP8+Kc=</pin></pin-set>",
        "<pin-set><pin digest=\"SHA-256\">xtk22przGzPPcS38YD2JbzC9Nm+QyGF8z7gTjRP8+Kc=</pin></pin-set>"
        "<trustkit-config enforcePinning=\"true\"/>")
    assert trustkit_view(nsc(enforced_single))[1] == ["enforcePinning is true for single.example.com with fewer "
                                                      "than two pins"]


def test_trustkit_config_problems_are_marked_for_who_reads_them():
    c = nsc(TRUSTKIT.replace('disableDefaultReportUri="true"', 'disableDefaultReportURI="true"'))
    readers = sorted((p.kind, p.reader, p.message) for p in c.problems)
    assert [(k, r) for k, r, _ in readers] == [("unknown-attribute", "trustkit"), ("unknown-element", "trustkit"),
                                                ("unknown-element", "without-trustkit"),
                                                ("unknown-element", "without-trustkit")]
    assert "did you mean 'disableDefaultReportUri'" in readers[0][2]
    assert "did you mean 'report-uri'" in readers[1][2]
    assert "the app never calls TrustKit.initializeWithNetworkSecurityConfiguration" in readers[2][2]


class _TrustKitApp:
    """The facts PS1012 and PS1013 read, for an app with (or without) TrustKit initialised."""

    def __init__(self, xml: str, min_sdk: int, trustkit: bool) -> None:
        from pinscan.android.app import Manifest
        from pinscan.model import Location

        self.nsc = nsc(xml)
        loc = Location(path="AndroidManifest.xml", line=3, logical="manifest/uses-sdk")
        self.manifest = Manifest("com.example", "1", "1", min_sdk, 34, False, None, None, loc, loc, None)
        self.trustkit_initialised = trustkit

    def code_pins(self, as_of):
        from pinscan.android.nsc import trustkit_view
        from pinscan.android.pins import CodePin
        from pinscan.model import Location, PinEntry

        if not self.trustkit_initialised:
            return []
        policies, _ = trustkit_view(self.nsc)
        return [CodePin(PinEntry(p.hostname, p.include_subdomains, (), "trustkit", Location(path="classes.dex"),
                                 enforced=p.enforce_pinning,
                                 not_enforced_because=() if p.enforce_pinning else ("report-only",)), None, None, ())
                for p in policies]


def _run(rule, app):
    from pinscan.rule import ScanOptions

    return [f.message for f in rule.check(app, ScanOptions(as_of=TODAY))]


def test_ps1012_reports_trustkit_config_only_in_apps_without_trustkit_and_what_trustkit_ignores_only_with_it():
    from pinscan.rules.android_nsc import nsc_ignored_content

    xml = TRUSTKIT.replace('enforcePinning="true" disable', 'enforcePining="true" disable')
    without = _run(nsc_ignored_content, _TrustKitApp(xml, 21, trustkit=False))
    assert len(without) == 2 and all("TrustKit reads it, but the app never calls" in m for m in without)
    with_tk = _run(nsc_ignored_content, _TrustKitApp(xml, 21, trustkit=True))
    assert sorted(with_tk) == [
        "<reportUri> inside <trustkit-config> is not an element TrustKit reads: it is silently ignored "
        "(did you mean 'report-uri'?)",
        "attribute 'enforcePining' on <trustkit-config> is not one TrustKit reads: it is silently ignored "
        "(did you mean 'enforcePinning'?)"]


def test_ps1013_names_the_pins_trustkit_enforces_below_api_24():
    from pinscan.rules.android_nsc import pins_unenforced_old_android

    assert _run(pins_unenforced_old_android, _TrustKitApp(TRUSTKIT, 21, trustkit=False)) == [
        "minSdk 21 < 24: the pins for api.example.com, one.api.example.com, single.example.com, two.api.example.com "
        "are not enforced on Android 6.0 and older"]
    # With TrustKit: api.example.com enforces (and covers one.api.example.com, whose config TrustKit does not
    # build a policy for: its last <domain> is two.api.example.com, which is report-only, like single).
    assert _run(pins_unenforced_old_android, _TrustKitApp(TRUSTKIT, 21, trustkit=True)) == [
        "minSdk 21 < 24: the pins for single.example.com, two.api.example.com are not enforced on Android 6.0 and "
        "older; TrustKit enforces those for api.example.com, one.api.example.com from API 17 (on connections that "
        "use TrustKit's SSLSocketFactory or TrustManager)"]
    all_enforced = TRUSTKIT.replace('<trustkit-config enforcePinning="false"/>', "").replace(
        "</pin-set>\n  </domain-config>\n</network-security-config>",
        "<pin digest=\"SHA-256\">sDlcNAXKKT7SRmS6pApkiEjR2w6BqYVEDc/tqqnqk+Y=</pin></pin-set>"
        "<trustkit-config enforcePinning=\"true\"/>\n  </domain-config>\n</network-security-config>")
    assert _run(pins_unenforced_old_android, _TrustKitApp(all_enforced, 21, trustkit=True)) == []
    assert _run(pins_unenforced_old_android, _TrustKitApp(all_enforced, 16, trustkit=True)) == [
        "minSdk 16 < 17: the pins for api.example.com, one.api.example.com, single.example.com, two.api.example.com "
        "are not enforced on Android 4.1 and older; TrustKit enforces them from API 17 (on connections that use "
        "TrustKit's SSLSocketFactory or TrustManager), the NSC from API 24"]
