"""React Native: TLS settings of the pinning libraries as they appear in a (minified) `main.jsbundle`.

Read with regular expressions over the JavaScript text, for the call shapes the libraries document:
- react-native-ssl-pinning: `fetch(url, {..., disableAllSecurity: true})` turns all validation off;
- react-native-ssl-public-key-pinning: `initializeSslPinning({"host": {includeSubdomains: true,
  publicKeyHashes: ["...", "..."]}})`.
Minifiers write `true` as `!0`; both are recognised. Anything built at runtime is not seen.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pinscan.ios.ats import check_spki
from pinscan.model import Location, Pin, PinEntry

if TYPE_CHECKING:
    from pinscan.ios.app import IosApp

_DISABLE_ALL = re.compile(r"""["']?disableAllSecurity["']?\s*:\s*(true|!0)\b""")
_INIT = re.compile(r"initializeSslPinning\)?\s*\(\s*\{")  # `(0,t.initializeSslPinning)({` when minified
_HOST = re.compile(r"""["']([A-Za-z0-9.*-]+)["']\s*:\s*\{([^{}]*)\}""")
_HASHES = re.compile(r"""publicKeyHashes\s*:\s*\[([^\]]*)\]""")
_SUBDOMAINS = re.compile(r"""includeSubdomains\s*:\s*(true|!0)\b""")
_STRING = re.compile(r"""["']([^"']*)["']""")


@dataclass(frozen=True)
class JsHit:
    line: int
    text: str


_MAX_OBJECT = 20000  # characters of one initializeSslPinning({...}) object literal read


class _Lines:
    """Line numbers of offsets in one text: the newlines found once, then a binary search per offset (a
    count from the start per match would be quadratic in a bundle full of matches)."""

    def __init__(self, text: str) -> None:
        self.newlines = [m.start() for m in re.finditer("\n", text)]

    def of(self, offset: int) -> int:
        return bisect.bisect_left(self.newlines, offset) + 1


def disable_all_security(text: str) -> list[JsHit]:
    lines = _Lines(text)
    return [JsHit(lines.of(m.start()), m.group(0)) for m in _DISABLE_ALL.finditer(text)]


def _balanced(text: str, start: int) -> str:
    """The `{...}` object starting at `start` (braces in strings are rare enough in config to ignore),
    at most _MAX_OBJECT characters."""
    end = min(len(text), start + _MAX_OBJECT)
    opened = closed = 0
    last = start
    pos = text.find("}", start, end)
    while pos >= 0:  # the object can only end at a closing brace: count the opening ones up to each
        opened += text.count("{", last, pos)
        closed += 1
        if closed >= opened:
            return text[start:pos + 1]
        last = pos
        pos = text.find("}", pos + 1, end)
    return text[start:end]


def pinning_configs(text: str) -> list[tuple[int, str, bool, list[str]]]:
    """(line, host, include_subdomains, hashes) for each host of each initializeSslPinning call."""
    out = []
    lines = _Lines(text)
    pos = 0
    while (m := _INIT.search(text, pos)) is not None:
        obj = _balanced(text, m.end() - 1)
        pos = m.end() - 1 + len(obj)  # a call inside an object already read is part of it: read once
        for h in _HOST.finditer(obj[1:-1]):
            hashes = _HASHES.search(h.group(2))
            if hashes is None:
                continue
            out.append((lines.of(m.start()), h.group(1), bool(_SUBDOMAINS.search(h.group(2))),
                        _STRING.findall(hashes.group(1))))
    return out


def react_native_pin_entries(app: IosApp) -> list[PinEntry]:
    bundle = app.js_bundle
    if bundle is None:
        return []
    path, text = bundle
    index = app.certificate_index()
    out = []
    for line, host, sub, hashes in pinning_configs(text):
        pins = tuple(Pin("sha256", h, check_spki(h) is None, check_spki(h), index.get(h)) for h in hashes)
        reasons = []
        if len({p.value for p in pins if p.valid}) < 2:
            reasons.append("fewer than two valid pins: react-native-ssl-public-key-pinning (TrustKit underneath) "
                           "rejects the configuration")
        out.append(PinEntry(host=host, include_subdomains=sub, pins=pins, source="react-native",
                            location=Location(path=path, line=line, logical=f"initializeSslPinning[{host}]",
                                              kind="file"),
                            enforced=not reasons, not_enforced_because=tuple(reasons)))
    return out
