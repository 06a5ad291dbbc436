"""Certificates and pins: SPKI SHA-256 of a certificate, pin syntax checks, pin-to-certificate matching."""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization

_PEM_BEGIN = b"-----BEGIN CERTIFICATE-----"


@dataclass(frozen=True)
class CertInfo:
    path: str  # where it was found (file inside the package)
    subject: str
    issuer: str
    not_before: str  # ISO date
    not_after: str
    spki_sha256: str  # base64
    is_ca: bool

    def to_json(self) -> dict:
        return {
            "path": self.path,
            "subject": self.subject,
            "issuer": self.issuer,
            "not_before": self.not_before,
            "not_after": self.not_after,
            "spki_sha256": self.spki_sha256,
            "is_ca": self.is_ca,
        }


def spki_sha256(cert: x509.Certificate) -> str:
    spki = cert.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return base64.b64encode(hashlib.sha256(spki).digest()).decode()


def _info(cert: x509.Certificate, path: str) -> CertInfo:
    """ValueError naming what is wrong when the certificate's key or names cannot be read."""
    try:
        # cryptography decodes names lazily and refuses malformed attributes then (ValueError, TypeError).
        subject, issuer = cert.subject.rfc4514_string(), cert.issuer.rfc4514_string()
    except (ValueError, TypeError) as exc:
        raise ValueError(f"certificate with a malformed subject or issuer name: {exc}") from None
    try:
        spki = spki_sha256(cert)
    except UnsupportedAlgorithm:
        raise ValueError(f"certificate for {subject} has a public key of an algorithm pinscan cannot read "
                         f"(OID {cert.public_key_algorithm_oid.dotted_string}): its SPKI hash, which pins are "
                         "compared with, was not computed") from None
    try:
        bc = cert.extensions.get_extension_for_class(x509.BasicConstraints).value
        is_ca = bool(bc.ca)
    except (x509.ExtensionNotFound, ValueError, x509.DuplicateExtension, x509.UnsupportedGeneralNameType):
        is_ca = False  # no basic constraints that can be read (is_ca only describes; pins use the key)
    return CertInfo(
        path=path,
        subject=subject,
        issuer=issuer,
        not_before=cert.not_valid_before_utc.date().isoformat(),
        not_after=cert.not_valid_after_utc.date().isoformat(),
        spki_sha256=spki,
        is_ca=is_ca,
    )


def parse_certificates(data: bytes, path: str) -> list[CertInfo]:
    """All X.509 certificates in a PEM bundle or one DER certificate; [] if it holds none.

    Raises ValueError with a reason when the data looks like a certificate but cannot be read.
    """
    if _PEM_BEGIN in data:
        try:
            certs = x509.load_pem_x509_certificates(data)
        except (ValueError, x509.InvalidVersion) as exc:  # InvalidVersion is not a ValueError
            raise ValueError(f"unreadable PEM certificate: {exc}") from None
        return [_info(c, path) for c in certs]
    if data[:1] == b"\x30":  # DER SEQUENCE
        try:
            cert = x509.load_der_x509_certificate(data)
        except (ValueError, x509.InvalidVersion) as exc:
            raise ValueError(f"unreadable DER certificate: {exc}") from None
        return [_info(cert, path)]
    return []


def check_pin(digest: str, value: str) -> str | None:
    """Why a pin is invalid, or None. Android and OkHttp accept only SHA-256 of the SPKI."""
    if digest.strip().upper().replace("-", "") != "SHA256":
        return f"digest {digest!r} is not SHA-256 (the only digest Android accepts)"
    text = value.strip()
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return "pin is not valid base64"
    if len(raw) != 32:
        return f"pin decodes to {len(raw)} bytes, a SHA-256 digest has 32"
    return None
