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
            bundle = _der_pkcs7(data)
            if bundle is not None:
                return [_info(c, path) for c in bundle]
            if _is_der_key(data):
                return []  # a public or private key saved as .der/.cer: no certificate to read
            raise ValueError(f"unreadable DER certificate: {exc}") from None
        return [_info(cert, path)]
    return []


def _der_pkcs7(data: bytes) -> list[x509.Certificate] | None:
    """The certificates of a DER PKCS#7 bundle (what Windows and macOS export as .p7b, often named .cer)."""
    from cryptography.hazmat.primitives.serialization import pkcs7

    try:
        return pkcs7.load_der_pkcs7_certificates(data)
    except (ValueError, UnsupportedAlgorithm, x509.InvalidVersion):
        return None


def _is_der_key(data: bytes) -> bool:
    """A DER SubjectPublicKeyInfo or private key (apps bundle public keys for pinning under .der names)."""
    try:
        serialization.load_der_public_key(data)
        return True
    except (ValueError, UnsupportedAlgorithm):
        pass
    try:
        serialization.load_der_private_key(data, None)
        return True
    except TypeError:  # an encrypted private key: still a key
        return True
    except (ValueError, UnsupportedAlgorithm):
        return False


class PasswordProtected(ValueError):
    """A key store that is well formed but encrypted with a password pinscan does not have."""


def looks_like_pkcs12(data: bytes) -> bool:
    """An outer DER SEQUENCE whose first element is INTEGER 3: the version field of a PKCS#12 PFX."""
    if len(data) < 5 or data[0] != 0x30:
        return False
    n = data[1]
    off = 2 if n < 0x80 else 2 + (n & 0x7F)
    return data[off:off + 3] == b"\x02\x01\x03"


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


# --- backups: which pins can stand for a real key --------------------------------------------------------

def placeholder_problem(value: str) -> str | None:
    """Why a syntactically valid SHA-256 pin cannot be the digest of a real key (a placeholder someone
    typed), or None. A SHA-256 output does not look like any of these, so they mark a fake backup."""
    try:
        raw = base64.b64decode(value.strip(), validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(raw) != 32:
        return None
    if len(set(raw)) == 1:
        return "all zero bytes" if raw[0] == 0 else f"every byte is 0x{raw[0]:02x}"
    for period in (2, 3, 4):
        if all(raw[i] == raw[i % period] for i in range(len(raw))):
            return f"a {period}-byte pattern repeated"
    steps = {(raw[i + 1] - raw[i]) % 256 for i in range(len(raw) - 1)}
    if steps in ({1}, {255}):
        return "consecutive byte values"
    return None


@dataclass(frozen=True)
class Backup:
    """How many different real keys a list of pins names (the judgement every "no backup pin" check uses:
    NSC pin-sets, ATS NSPinnedDomains, TrustKit, pins in code)."""

    real: tuple[str, ...]  # distinct valid pins that can be a real key's digest, in declaration order
    placeholders: tuple[tuple[str, str], ...]  # (pin, why it is no key's digest)
    repeated: tuple[str, ...]  # valid pins declared more than once
    declared: int  # pins declared, valid or not

    @property
    def has_backup(self) -> bool:
        return len(self.real) >= 2

    @property
    def no_backup(self) -> bool:
        """Fewer than two real keys, though at least one valid pin is declared (none valid: another check)."""
        return not self.has_backup and bool(self.real or self.placeholders)

    def describe(self) -> str:
        """What the list holds instead of a backup: `one pin`, `2 pins that are all the same key`, `one real
        pin (AAAA...= is a placeholder: all zero bytes)`, `no real pin (...)`."""
        if not self.placeholders:
            return "one pin" if self.declared == 1 else f"{self.declared} pins that are all the same key"
        head = "one real pin" if self.real else "no real pin"
        return f"{head} ({self.fakes()})"

    def note(self) -> str | None:
        """The inventory's caveat when a placeholder stands where a backup should be."""
        if not self.placeholders or self.has_backup:
            return None
        return f"no backup pin: {self.fakes()}" if self.real else f"no real pin: {self.fakes()}"

    def fakes(self) -> str:
        """`AAAA...= is a placeholder: all zero bytes` for each placeholder."""
        return "; ".join(f"{v} is a placeholder: {why}" for v, why in self.placeholders)


def judge_backup(values: list[str] | tuple[str, ...], valid: list[bool] | tuple[bool, ...] | None = None) -> Backup:
    """The backup judgement of pins as declared (`valid[i]` False for a pin another check rejects)."""
    seen: dict[str, int] = {}
    real: list[str] = []
    fakes: list[tuple[str, str]] = []
    for i, v in enumerate(values):
        if valid is not None and not valid[i]:
            continue
        seen[v] = seen.get(v, 0) + 1
        if seen[v] > 1:
            continue
        why = placeholder_problem(v)
        if why:
            fakes.append((v, why))
        else:
            real.append(v)
    return Backup(tuple(real), tuple(fakes), tuple(v for v, n in seen.items() if n > 1), len(values))


def real_pins(values) -> set[str]:
    """The distinct pins among `values` that can be a real key's digest (placeholders dropped)."""
    return set(judge_backup(tuple(values)).real)
