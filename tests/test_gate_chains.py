"""Server chains: offline checks that the app's pins match what production servers present.

Chains are real X.509 chains made here with `cryptography` (root -> intermediate -> leaf); the
end-to-end test builds a variant of the nsc-strict sample whose pin-set pins those keys."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from conftest import SAMPLES, run_cli

AS_OF = dt.date(2026, 6, 1)
STRICT = SAMPLES / "android" / "nsc-strict.apk"


@dataclass
class Chain:
    certs: list[x509.Certificate]  # leaf first
    keys: list[ec.EllipticCurvePrivateKey]

    def pem(self) -> bytes:
        return b"".join(c.public_bytes(serialization.Encoding.PEM) for c in self.certs)

    def pin(self, i: int) -> str:
        spki = self.certs[i].public_key().public_bytes(serialization.Encoding.DER,
                                                      serialization.PublicFormat.SubjectPublicKeyInfo)
        return base64.b64encode(hashlib.sha256(spki).digest()).decode()


def _cert(subject: str, key, issuer_name: str, issuer_key, *, ca: bool, not_after: dt.date,
          sans: tuple[str, ...] = (), not_before: dt.date = dt.date(2025, 1, 1)) -> x509.Certificate:
    b = (x509.CertificateBuilder()
         .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
         .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, issuer_name)]))
         .public_key(key.public_key())
         .serial_number(x509.random_serial_number())
         .not_valid_before(dt.datetime.combine(not_before, dt.time(), dt.UTC))
         .not_valid_after(dt.datetime.combine(not_after, dt.time(), dt.UTC))
         .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    if sans:
        b = b.add_extension(x509.SubjectAlternativeName([x509.DNSName(n) for n in sans]), critical=False)
    return b.sign(issuer_key, hashes.SHA256())


def make_chain(host: str = "api.example.com", *, leaf_until=dt.date(2027, 1, 1), inter_until=dt.date(2030, 1, 1),
               root_until=dt.date(2040, 1, 1), sans: tuple[str, ...] | None = None, tag: str = "") -> Chain:
    keys = [ec.generate_private_key(ec.SECP256R1()) for _ in range(3)]
    root = _cert(f"Root {tag}", keys[2], f"Root {tag}", keys[2], ca=True, not_after=root_until)
    inter = _cert(f"Intermediate {tag}", keys[1], f"Root {tag}", keys[2], ca=True, not_after=inter_until)
    leaf = _cert(host, keys[0], f"Intermediate {tag}", keys[1], ca=False, not_after=leaf_until,
                 sans=sans if sans is not None else (host,))
    return Chain([leaf, inter, root], keys)


def _entry(host: str, pins: list[str], *, expiration: str | None = "2028-01-01", enforced: bool = True,
           include_subdomains: bool = True):
    from pinscan.model import Location, Pin, PinEntry

    return PinEntry(host, include_subdomains, tuple(Pin("SHA-256", p) for p in pins), "nsc",
                    Location(path="res/xml/network_security_config.xml", line=11,
                             logical=f"network-security-config/domain-config[{host}]/pin-set"),
                    expiration=expiration, enforced=enforced,
                    not_enforced_because=() if enforced else ("pin-set expired on 2020-01-01",))


def _check(chain: Chain, entries, tmp_path: Path, host: str = "api.example.com"):
    from pinscan.gate.chains import check_chain, load_chain

    path = tmp_path / f"{host}.pem"
    path.write_bytes(chain.pem())
    return check_chain(load_chain(host, path), entries, AS_OF)


BACKUP = base64.b64encode(hashlib.sha256(b"an offline backup key").digest()).decode()


def test_pins_matching_the_intermediate_pass_and_a_backup_pin_is_only_a_note(tmp_path):
    chain = make_chain()
    check = _check(chain, [_entry("api.example.com", [chain.pin(1), BACKUP])], tmp_path)
    assert check.status == "ok" and check.problems == ()
    assert check.pins_matched == (chain.pin(1),) and check.pins_unmatched == (BACKUP,)
    assert any(f"pin {BACKUP} matches no certificate" in w for w in check.warnings)
    assert [c[3] for c in check.certificates] == [False, True, False]


def test_pins_that_match_nothing_would_brick_the_app(tmp_path):
    chain, other = make_chain(tag="prod"), make_chain(tag="old")
    check = _check(chain, [_entry("api.example.com", [other.pin(1), other.pin(2)])], tmp_path)
    assert check.status == "fail"
    assert any("matches a key in the chain api.example.com presents: the app would refuse to connect" in p
               for p in check.problems)


def test_subdomain_pins_and_a_leaf_for_another_name(tmp_path):
    chain = make_chain("eu.api.example.com", sans=("*.api.example.com",))
    ok = _check(chain, [_entry("api.example.com", [chain.pin(0)])], tmp_path, host="eu.api.example.com")
    assert ok.status == "ok", ok.problems
    wrong = make_chain("api.example.com", sans=("www.example.com",))
    bad = _check(wrong, [_entry("api.example.com", [wrong.pin(2)])], tmp_path)
    assert "the leaf certificate is not issued for api.example.com (its DNS names: www.example.com)" in bad.problems


def test_expired_and_not_yet_valid_certificates_fail_the_chain(tmp_path):
    chain = make_chain(leaf_until=dt.date(2026, 5, 1))
    check = _check(chain, [_entry("api.example.com", [chain.pin(2)])], tmp_path)
    assert check.status == "fail"
    assert any("expired on 2026-05-01" in p for p in check.problems)


def test_a_chain_out_of_order_is_reported(tmp_path):
    chain = make_chain()
    chain.certs = [chain.certs[0], chain.certs[2], chain.certs[1]]
    check = _check(chain, [_entry("api.example.com", [chain.pin(0)])], tmp_path)
    assert any("is not signed by the next one" in p for p in check.problems)


def test_certificates_expiring_before_the_pin_set_are_warned_about(tmp_path):
    chain = make_chain(leaf_until=dt.date(2027, 1, 1), inter_until=dt.date(2027, 6, 1))
    check = _check(chain, [_entry("api.example.com", [chain.pin(1)], expiration="2028-01-01")], tmp_path)
    assert check.status == "ok"
    expiring = [w for w in check.warnings if "before the pins for api.example.com expire on 2028-01-01" in w]
    assert len(expiring) == 2  # the leaf and the pinned intermediate; the root outlives the pins
    # pins without an expiry: the pinned certificate's end is what matters
    never = _check(chain, [_entry("api.example.com", [chain.pin(1)], expiration=None)], tmp_path)
    assert any("pinned certificate CN=Intermediate" in w and "never expire" in w for w in never.warnings)


def test_unenforced_pins_are_not_checked_and_say_why(tmp_path):
    chain = make_chain()
    check = _check(chain, [_entry("api.example.com", ["x"], enforced=False)], tmp_path)
    assert check.problems == ()
    assert any("are not enforced (pin-set expired on 2020-01-01): not checked" in w for w in check.warnings)


def test_gate_fails_on_chain_problems_and_lists_pinned_hosts_without_a_chain(tmp_path):
    from pinscan.gate import Policy, evaluate
    from pinscan.gate.chains import load_chain
    from pinscan.model import AppIdentity, ScanResult

    chain = make_chain(tag="prod")
    path = tmp_path / "api.pem"
    path.write_bytes(chain.pem())
    pins = (_entry("api.example.com", [make_chain(tag="x").pin(1)]), _entry("cdn.example.com", [BACKUP]))
    ident = AppIdentity(platform="android", package_path="x.apk", sha256="0" * 64, size=1)
    result = ScanResult(ident, (), pins, (), (), "0", AS_OF.isoformat())
    out = evaluate(result, Policy(server_chains=(load_chain("api.example.com", path),)), AS_OF)
    assert not out.gate.passed
    assert out.gate.reasons[0].startswith("server chain api.example.com: no pin for api.example.com")
    assert "cdn.example.com is pinned but no server chain was given for it: not checked" in out.gate.warnings
    data = out.gate.to_json()
    assert data["server_chains"][0]["status"] == "fail"


def test_bad_chain_arguments_are_clean_errors(tmp_path):
    (tmp_path / "junk.pem").write_text("not a certificate\n")
    (tmp_path / "broken.pem").write_text("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")
    for args, message in (
        (["--server-chain", "api.example.com"], "is not HOST=CHAIN.pem"),
        (["--server-chain", f"api.example.com={tmp_path / 'missing.pem'}"], "cannot read the server chain"),
        (["--server-chain", f"api.example.com={tmp_path / 'junk.pem'}"], "holds no PEM certificate"),
        (["--server-chain", f"api.example.com={tmp_path / 'broken.pem'}"], "not a PEM certificate chain"),
        (["--server-chains", tmp_path / "nodir"], "not a directory of server chains"),
    ):
        res = run_cli("scan", STRICT, *args)
        assert res.code == 2, args
        assert message in res.err and "Traceback" not in res.err


def test_committed_sample_against_a_chain_its_pins_do_not_match(tmp_path):
    """nsc-strict pins its bundled private CA; a production chain from another CA would be refused."""
    chain = make_chain()
    path = tmp_path / "api.pem"
    path.write_bytes(chain.pem())
    res = run_cli("scan", STRICT, "--as-of", AS_OF.isoformat(), "--server-chain", f"api.example.com={path}")
    assert res.code == 1
    assert "server chain api.example.com: no pin for api.example.com (nsc at res/xml/network_security_config.xml" \
        in res.err
    assert "cdn.example.com is pinned but no server chain was given for it" in res.err


def _build_module():
    sys.path.insert(0, str(SAMPLES / "android"))
    try:
        import build  # samples/android/build.py

        return build
    finally:
        sys.path.pop(0)


def test_end_to_end_with_a_rebuilt_sample_pinning_the_production_keys(tmp_path):
    build = _build_module()
    missing = build.missing_tools()
    if missing:
        pytest.skip(f"Android sample toolchain not installed ({', '.join(missing)}); .ci/run installs it")
    api, cdn = make_chain("api.example.com", tag="api"), make_chain("cdn.example.com", tag="cdn")
    src = tmp_path / "src" / "nsc-strict"
    shutil.copytree(SAMPLES / "android" / "nsc-strict", src)
    nsc = src / "res" / "xml" / "network_security_config.xml"
    text = nsc.read_text()
    # api.example.com: the production intermediate + a backup; cdn.example.com keeps pins that match nothing
    text = text.replace("LUYrtFBfUSBACquYdVvNzrZX7kdzUugluaI4mOyV+Us=", api.pin(1), 1)
    text = text.replace('expiration="2099-12-31"', 'expiration="2029-06-01"')
    nsc.write_text(text)
    out = tmp_path / "out"
    out.mkdir()
    apk = build.build(src, out)
    chains = tmp_path / "chains"
    chains.mkdir()
    (chains / "api.example.com.pem").write_bytes(api.pem())
    (chains / "cdn.example.com.pem").write_bytes(cdn.pem())
    report = tmp_path / "r.json"
    html = tmp_path / "r.html"
    res = run_cli("scan", apk, "--as-of", AS_OF.isoformat(), "--server-chains", chains, "--format", "json",
                  "-o", report, "--html", html)
    assert res.code == 1, res.err
    gate = json.loads(report.read_text())["gate"]
    by_host = {c["host"]: c for c in gate["server_chains"]}
    assert by_host["api.example.com"]["status"] == "ok"
    assert by_host["api.example.com"]["pins_matched"] == [api.pin(1)]
    assert by_host["cdn.example.com"]["status"] == "fail"
    assert gate["reasons"] == [r for r in gate["reasons"] if r.startswith("server chain cdn.example.com")]
    # the leaf (2027-01-01) and the intermediate (2030-01-01 > pins) : only the leaf expires before 2029-06-01
    api_warnings = [w for w in gate["warnings"] if w.startswith("server chain api.example.com")]
    assert any("CN=api.example.com expires on 2027-01-01, before the pins" in w for w in api_warnings)
    assert not any("CN=Intermediate api" in w and "before the pins" in w for w in api_warnings)
    page = html.read_text()
    assert "Production server chains" in page and "would fail" in page and "pins match" in page
    # only the good host: passes
    only_api = run_cli("scan", apk, "--as-of", AS_OF.isoformat(), "--server-chain",
                       f"api.example.com={chains / 'api.example.com.pem'}")
    assert only_api.code == 0, only_api.err
    assert re.search(r"warning: cdn\.example\.com is pinned but no server chain", only_api.err)
