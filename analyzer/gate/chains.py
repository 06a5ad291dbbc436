"""Offline checks of the app's pins against the certificate chains its production servers present.

The user saves each server's chain as PEM (leaf first, as `openssl s_client -showcerts` prints it;
add the root if the app pins it, since servers rarely send their root). For each pinned host this
says, without any network access:

- whether some pin of every enforced pin declaration matches a key in the chain: if none does, the
  app would refuse to connect to that server ("these pins will brick the app"). The entries of one pinner
  (`PinEntry.pinner`: an OkHttp CertificatePinner) are judged together, as OkHttp does: it accepts the
  chain when a pin of any of its patterns that cover the host matches. Pins are compared by digest: SHA-256
  and SHA-1 of the key (base64 or hex), SHA-256 of the whole certificate (Wultra-style fingerprints);
- pins supplied at run time cannot be compared: those declarations are a warning, never a failure;
- which pins match nothing in the chain (backup pins do that by design; stale pins too);
- whether the chain itself would fail: a certificate outside its validity period on the check date,
  a leaf not issued for the host name, a certificate not signed by the next one;
- which certificates expire before the pin-set does, while the pins are still enforced.

Whether the root is trusted by the device cannot be decided offline and is not checked.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.x509.oid import ExtensionOID

from pinscan.errors import ScanError
from pinscan.facts.certs import CertInfo, parse_certificates
from pinscan.facts.hosts import certificate_name_matches, entry_pattern, normalise
from pinscan.model import Pin, PinEntry

CHAIN_SUFFIXES = (".pem", ".crt", ".cer")


@dataclass(frozen=True)
class ServerChain:
    host: str
    path: str  # as the user gave it
    certs: tuple[CertInfo, ...]  # leaf first
    objects: tuple[x509.Certificate, ...]

    def __hash__(self) -> int:
        return hash((self.host, self.path))


def load_chain(host: str, path: Path) -> ServerChain:
    host = normalise(host)
    if not host:
        raise ScanError(f"--server-chain {path}: empty host name (use HOST=CHAIN.pem)")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ScanError(f"{path}: cannot read the server chain: {exc.strerror or exc}") from None
    try:
        infos = parse_certificates(data, str(path))
        objects = x509.load_pem_x509_certificates(data) if infos else []
    except ValueError as exc:
        raise ScanError(f"{path}: not a PEM certificate chain: {exc}") from None
    if not infos:
        raise ScanError(f"{path}: holds no PEM certificate (expected the chain of {host}, leaf first)")
    return ServerChain(host, str(path), tuple(infos), tuple(objects))


def load_chain_dir(directory: Path) -> list[ServerChain]:
    """One chain per host: `api.example.com.pem` (or .crt/.cer) holds the chain of api.example.com."""
    if not directory.is_dir():
        raise ScanError(f"{directory}: not a directory of server chains (HOST.pem files)")
    files = sorted(p for p in directory.iterdir() if p.is_file() and p.suffix.lower() in CHAIN_SUFFIXES)
    if not files:
        raise ScanError(f"{directory}: no HOST.pem chain files in it")
    return [load_chain(p.stem, p) for p in files]


def pin_digest(pin: Pin) -> tuple[str, bytes] | None:
    """(what, digest bytes) of a pin, `what` being spki-sha256, spki-sha1 or certificate-sha256; None when the
    pin is not one pinscan can compare."""
    label = pin.digest.lower().replace("-", "")
    what = {"sha256": "spki-sha256", "sha1": "spki-sha1", "sha256certificate": "certificate-sha256"}.get(label)
    if what is None:
        return None
    value = pin.value.strip()
    try:
        raw = bytes.fromhex(value) if re.fullmatch(r"(?:[0-9a-fA-F]{2})+", value) and len(value) in (40, 64) \
            else base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None
    return what, raw


def chain_digests(chain: ServerChain) -> list[dict[str, bytes]]:
    """Each certificate's digests, as `pin_digest` names them."""
    from cryptography.hazmat.primitives import serialization

    out = []
    for cert in chain.objects:
        spki = cert.public_key().public_bytes(serialization.Encoding.DER,
                                              serialization.PublicFormat.SubjectPublicKeyInfo)
        der = cert.public_bytes(serialization.Encoding.DER)
        out.append({"spki-sha256": hashlib.sha256(spki).digest(), "spki-sha1": hashlib.sha1(spki).digest(),
                    "certificate-sha256": hashlib.sha256(der).digest()})
    return out


def pin_applies(entry: PinEntry, host: str) -> bool:
    """Whether pins declared for entry.host apply to `host`, by the rules of whoever declared them."""
    return entry_pattern(entry).covers(host)


def _leaf_names(cert: x509.Certificate) -> list[str]:
    try:
        san = cert.extensions.get_extension_for_oid(ExtensionOID.SUBJECT_ALTERNATIVE_NAME).value
        return list(san.get_values_for_type(x509.DNSName))
    except x509.ExtensionNotFound:
        return []


def _label(info: CertInfo) -> str:
    return info.subject or "(empty subject)"


@dataclass(frozen=True)
class ChainCheck:
    host: str
    chain_file: str
    status: str  # ok | fail | not-pinned
    problems: tuple[str, ...]  # each one fails the gate
    warnings: tuple[str, ...]
    pins_matched: tuple[str, ...]
    pins_unmatched: tuple[str, ...]
    certificates: tuple[tuple[str, str, str, bool], ...]  # subject, not_after, spki sha256, pinned

    def to_json(self) -> dict:
        data: dict = {"host": self.host, "chain": self.chain_file, "status": self.status}
        if self.problems:
            data["problems"] = list(self.problems)
        if self.warnings:
            data["warnings"] = list(self.warnings)
        data["pins_matched"] = list(self.pins_matched)
        data["pins_unmatched"] = list(self.pins_unmatched)
        data["certificates"] = [{"subject": s, "not_after": na, "spki_sha256": k, "pinned": p}
                                for s, na, k, p in self.certificates]
        return data


def check_chain(chain: ServerChain, pins: list[PinEntry], as_of: dt.date) -> ChainCheck:
    host = chain.host
    problems: list[str] = []
    warnings: list[str] = []
    infos = chain.certs

    # The chain on its own: dates, host name, each certificate signed by the next.
    for info in infos:
        if dt.date.fromisoformat(info.not_after) < as_of:
            problems.append(f"certificate {_label(info)} in the chain expired on {info.not_after}")
        elif dt.date.fromisoformat(info.not_before) > as_of:
            problems.append(f"certificate {_label(info)} in the chain is not valid before {info.not_before}")
    names = _leaf_names(chain.objects[0])
    if not any(certificate_name_matches(n, host) for n in names):
        shown = ", ".join(names) if names else "none"
        problems.append(f"the leaf certificate is not issued for {host} (its DNS names: {shown})")
    for child, parent, cinfo, pinfo in zip(chain.objects, chain.objects[1:], infos, infos[1:], strict=False):
        try:
            child.verify_directly_issued_by(parent)
        except InvalidSignature:
            problems.append(f"certificate {_label(cinfo)} is not signed by the next one, {_label(pinfo)}")
        except (ValueError, TypeError) as exc:  # issuer name differs, or an unsupported key type
            why = str(exc) or type(exc).__name__
            problems.append(f"certificate {_label(cinfo)} is not signed by the next one, {_label(pinfo)} ({why})")

    entries = [e for e in pins if e.pins_key_material and pin_applies(e, host)]
    digests = chain_digests(chain)
    matched: set[str] = set()
    matched_certs: set[int] = set()
    unmatched: set[str] = set()
    enforced = [e for e in entries if e.enforced]
    for e in entries:
        if not e.enforced:
            why = "; ".join(e.not_enforced_because) or "not enforced"
            warnings.append(f"pins for {e.host} from {e.source} at {e.location.short()} are not enforced ({why}): "
                            "not checked")
    # One pinner's entries are one check (OkHttp: any pin of any pattern covering the host); others alone.
    groups: dict[object, list[PinEntry]] = {}
    for e in enforced:
        groups.setdefault((e.source, e.pinner) if e.pinner else id(e), []).append(e)
    for group in groups.values():
        hit_any = False
        for e in group:
            for p in e.pins:
                if not p.valid:
                    continue
                at = [i for i, c in enumerate(digests) if _matches(p, c)]
                if at:
                    hit_any = True
                    matched.add(p.value.strip())
                    matched_certs.update(at)
                else:
                    unmatched.add(p.value.strip())
        runtime = [e for e in group if e.runtime]
        if runtime:
            for e in runtime:
                warnings.append(f"pins for {e.host} from {e.source} at {e.location.short()} are supplied at run time: "
                                "only the constant ones were checked")
        elif not hit_any:
            problems.append(_no_match(group, host))
        for e in group:
            expiry = e.expiration
            for i, info in enumerate(infos):
                if expiry is not None:
                    if info.not_after < expiry:
                        warnings.append(f"certificate {_label(info)} expires on {info.not_after}, before the pins "
                                        f"for {e.host} expire on {expiry}: its replacement must match a pin")
                elif any(_matches(p, digests[i]) for p in e.pins):
                    warnings.append(f"pinned certificate {_label(info)} expires on {info.not_after} and the pins "
                                    f"for {e.host} never expire: its replacement must keep the key or match a "
                                    "backup pin")
    for value in sorted(unmatched - matched):
        warnings.append(f"pin {value} matches no certificate in the chain of {host} (a backup pin, or a stale one)")
    if not entries:
        status = "not-pinned"
        warnings.append(f"the app declares no pins that apply to {host}: only the chain itself was checked")
    else:
        status = "fail" if problems else "ok"
    if not entries and problems:
        status = "fail"
    certs = tuple((c.subject, c.not_after, c.spki_sha256, i in matched_certs) for i, c in enumerate(infos))
    return ChainCheck(host, chain.path, status, tuple(dict.fromkeys(problems)), tuple(dict.fromkeys(warnings)),
                      tuple(sorted(matched)), tuple(sorted(unmatched - matched)), certs)


def _matches(pin: Pin, cert_digests: dict[str, bytes]) -> bool:
    d = pin_digest(pin) if pin.valid else None
    return d is not None and cert_digests.get(d[0]) == d[1]


def _no_match(group: list[PinEntry], host: str) -> str:
    e = group[0]
    if len(group) == 1:
        return (f"no pin for {e.host} ({e.source} at {e.location.short()}) matches a key in the chain {host} "
                "presents: the app would refuse to connect to this server")
    patterns = ", ".join(dict.fromkeys(x.host for x in group))
    return (f"no pin of the patterns {patterns} of one pinner ({e.pinner}) matches a key in the chain {host} "
            "presents: the app would refuse to connect to this server")


def pinned_hosts_without_chain(pins: list[PinEntry], chains: list[ServerChain]) -> list[str]:
    covered = [c.host for c in chains]
    out = []
    for e in pins:
        if not e.enforced or not e.pins_key_material or e.host.strip() in ("*", "?"):
            continue
        if not any(pin_applies(e, h) for h in covered):
            out.append(e.host)
    return sorted(set(out))
