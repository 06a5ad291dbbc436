"""React Native bundle reading and the App model's cross-platform facts."""

from __future__ import annotations

import zipfile

from conftest import SAMPLES, run_cli
from pinscan.ios.reactnative import disable_all_security, pinning_configs
from pinscan.scan import open_app

IOS = SAMPLES / "ios"
PIN = "AApQv70PncLMIamzPXTpBRdYt5s9oeU7THCEtRs7Ixc="


def test_disable_all_security_true_and_minified_true_but_not_false():
    text = 'a({disableAllSecurity: true})\nb({"disableAllSecurity":!0})\nc({disableAllSecurity:!1})\n' \
           "d({disableAllSecurity:false})"
    assert [h.line for h in disable_all_security(text)] == [1, 2]


def test_initialize_ssl_pinning_plain_and_minified():
    plain = ('initializeSslPinning({\n  "api.example.com": {\n    includeSubdomains: true,\n'
             f'    publicKeyHashes: ["{PIN}", "b"],\n  }},\n}});')
    assert pinning_configs(plain) == [(1, "api.example.com", True, [PIN, "b"])]
    minified = f'x;(0,t.initializeSslPinning)({{"a.example.com":{{publicKeyHashes:["{PIN}"]}}}})'
    assert pinning_configs(minified) == [(1, "a.example.com", False, [PIN])]
    assert pinning_configs("initializeSslPinning(config)") == []


def test_hermes_bundle_is_skipped_with_a_note(tmp_path):
    out = tmp_path / "hermes.ipa"
    with zipfile.ZipFile(IOS / "react-native.ipa") as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.endswith("main.jsbundle"):
                data = bytes.fromhex("c61fbc03c103191f") + b"disableAllSecurity:!0"
            dst.writestr(info.filename, data)
    res = run_cli("scan", out, "--fail-on", "never")
    assert res.code == 0 and "Hermes bytecode bundle" in res.out and "PS4502" not in res.out


def test_app_model_names_its_bundles_and_flutter():
    app = open_app(IOS / "flutter-pinned.ipa")
    try:
        assert [(b.kind, b.component) for b in app.bundles] == [
            ("app", None), ("framework", "App.framework"), ("framework", "Flutter.framework")]
        assert app.flutter.component == "Flutter.framework"
        assert app.js_bundle is None
        assert app.identity().extra == (("format", "ipa"), ("extensions", []),
                                        ("frameworks", ["App.framework", "Flutter.framework"]), ("sdk", "14.0"),
                                        ("architectures", ["arm64"]), ("encrypted", False))
    finally:
        app.close()
