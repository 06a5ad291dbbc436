"""A pin inventory entry as the Android code analyses produce it (`CodePin`: the entry, the call site, the
library), and the helpers every producer uses: pins sorted, matched to bundled certificates, run-time
sources."""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass

from pinscan.android.code import Site
from pinscan.android.pinvalues import Found
from pinscan.model import Pin, PinEntry, RuntimeSource


@dataclass(frozen=True)
class CodePin:
    """One host's pins as found in code, before it becomes a PinEntry (rules read these)."""

    entry: PinEntry
    site: Site | None
    library: str | None
    raw_pins: tuple[str, ...]  # as written in the code


def with_certificate(pin: Pin, cert_index: dict[str, str]) -> Pin:
    """The pin with the bundled certificate whose SPKI SHA-256 it is, when there is one."""
    value = pin.value
    if pin.valid and pin.digest.lower().replace("-", "") == "sha256" and re.fullmatch(r"[0-9a-fA-F]{64}", value):
        value = base64.b64encode(bytes.fromhex(value)).decode()
    if pin.valid and pin.digest.lower().replace("-", "") == "sha256" and value in cert_index:
        return Pin(pin.digest, pin.value, True, None, cert_index[value])
    return pin


def sorted_pins(pins) -> tuple[Pin, ...]:
    return tuple(sorted(dict.fromkeys(pins), key=lambda p: (p.digest, p.value)))


def runtime_sources(role: str, found: Found) -> tuple[RuntimeSource, ...]:
    return tuple(RuntimeSource(role, s.kind, s.detail) for s in found.sources)
