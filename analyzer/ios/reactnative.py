"""React Native: TLS settings of the pinning libraries as they appear in a (minified) `main.jsbundle`.

Read with regular expressions over the JavaScript text, for the call shapes the libraries document:
- react-native-ssl-pinning: `fetch(url, {..., disableAllSecurity: true})` turns all validation off;
- react-native-ssl-public-key-pinning: `initializeSslPinning({"host": {includeSubdomains: true,
  publicKeyHashes: ["...", "..."]}})`.
Minifiers write `true` as `!0`; both are recognised. Anything built at runtime is not seen.
"""

from __future__ import annotations

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


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def disable_all_security(text: str) -> list[JsHit]:
    return [JsHit(line_of(text, m.start()), m.group(0)) for m in _DISABLE_ALL.finditer(text)]


def _balanced(text: str, start: int) -> str:
    """The `{...}` object starting at `start` (braces in strings are rare enough in config to ignore)."""
    depth = 0
    for i in range(start, min(len(text), start + 20000)):
        ch = text[i]
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return text[start:i + 1]
    return text[start:start + 20000]


def pinning_configs(text: str) -> list[tuple[int, str, bool, list[str]]]:
    """(line, host, include_subdomains, hashes) for each host of each initializeSslPinning call."""
    out = []
    for m in _INIT.finditer(text):
        obj = _balanced(text, m.end() - 1)
        for h in _HOST.finditer(obj[1:-1]):
            hashes = _HASHES.search(h.group(2))
            if hashes is None:
                continue
            out.append((line_of(text, m.start()), h.group(1), bool(_SUBDOMAINS.search(h.group(2))),
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
