"""Files with certificate names that hold no certificate by design — a public key saved as .der, a PKCS#7
bundle, a password-protected PKCS#12 client identity — are read for what they are and never make the gate
fail as "incomplete analysis"; a file that is truly unreadable still does."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import zipfile

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs7, pkcs12
from cryptography.x509.oid import NameOID

from conftest import SAMPLES, run_cli
from pinscan.facts.certs import PasswordProtected, looks_like_pkcs12, parse_certificates


def _identity():
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "api.example.com")])
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(7).not_valid_before(now).not_valid_after(now + dt.timedelta(days=365))
            .sign(key, hashes.SHA256()))
    return key, cert


def test_der_keys_and_pkcs7_bundles_are_read_for_what_they_are():
    key, cert = _identity()
    public_der = key.public_key().public_bytes(serialization.Encoding.DER,
                                               serialization.PublicFormat.SubjectPublicKeyInfo)
    private_der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                    serialization.BestAvailableEncryption(b"secret"))
    bundle = pkcs7.serialize_certificates([cert], serialization.Encoding.DER)
    assert parse_certificates(public_der, "server_key.der") == []
    assert parse_certificates(private_der, "client_key.der") == []
    [info] = parse_certificates(bundle, "chain.cer")
    assert "api.example.com" in info.subject
    with pytest.raises(ValueError, match="unreadable DER certificate"):
        parse_certificates(b"\x30\x03\x02\x01\x05", "broken.der")


def test_pkcs12_structure_is_told_from_garbage():
    key, cert = _identity()
    p12 = pkcs12.serialize_key_and_certificates(b"client", key, cert, None,
                                                serialization.BestAvailableEncryption(b"secret"))
    assert looks_like_pkcs12(p12)
    assert not looks_like_pkcs12(cert.public_bytes(serialization.Encoding.DER))
    assert not looks_like_pkcs12(b"\x30\x03\x02\x01\x05")
    assert issubclass(PasswordProtected, ValueError)


def _ipa_with(tmp_path, files: dict[str, bytes]):
    """The ats-strict sample IPA with extra files in its app bundle (a real package, one change)."""
    src = SAMPLES / "ios" / "ats-strict.ipa"
    out = tmp_path / "ats-strict-extra.ipa"
    shutil.copy(src, out)
    with zipfile.ZipFile(out, "a") as z:
        for name, data in files.items():
            z.writestr(f"Payload/AtsStrict.app/{name}", data)
    return out


def _scan(ipa, tmp_path, *extra):
    out = tmp_path / "r.json"
    res = run_cli("scan", ipa, "--format", "json", "-o", out, *extra)
    return res, json.loads(out.read_text())


def test_an_ipa_with_a_public_key_and_a_client_identity_passes_the_gate(tmp_path):
    key, cert = _identity()
    p12 = pkcs12.serialize_key_and_certificates(b"client", key, cert, None,
                                                serialization.BestAvailableEncryption(b"secret"))
    public_der = key.public_key().public_bytes(serialization.Encoding.DER,
                                               serialization.PublicFormat.SubjectPublicKeyInfo)
    ipa = _ipa_with(tmp_path, {"client.p12": p12, "server_key.der": public_der})
    res, data = _scan(ipa, tmp_path)
    assert res.code == 0, res.err
    assert data["gate"]["passed"] is True
    notes = {c["part"]: c for c in data["coverage"]}
    assert notes["Payload/AtsStrict.app/client.p12"]["status"] == "skipped"
    assert "password" in notes["Payload/AtsStrict.app/client.p12"]["reason"]
    assert not [c for c in data["coverage"] if c["status"] == "failed"]


def test_a_broken_certificate_file_still_fails_the_gate_closed(tmp_path):
    ipa = _ipa_with(tmp_path, {"broken.der": b"\x30\x03\x02\x01\x05", "broken.p12": b"\x30\x03\x02\x01\x05"})
    res, data = _scan(ipa, tmp_path)
    assert res.code == 1
    failed = sorted(c["part"] for c in data["coverage"] if c["status"] == "failed")
    assert failed == ["Payload/AtsStrict.app/broken.der", "Payload/AtsStrict.app/broken.p12"]
    assert any("incomplete analysis" in r for r in data["gate"]["reasons"])
