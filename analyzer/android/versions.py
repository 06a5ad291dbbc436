"""What each Android version does with an app's cleartext and trust-anchor configuration, from minSdk up:
the per-version notes of the policy table.

What changes with the platform version (the device's, not the app's):
- API < 23: no cleartext policy at all: cleartext is allowed to every host.
- API 23 (Android 6.0): only `android:usesCleartextTraffic` is read (absent: allowed); no network security
  config.
- API 24+ (Android 7.0): the network security config is read; without one, `usesCleartextTraffic` is. Where
  neither sets cleartext, Android 7.0–8.1 allow it whatever the targetSdk; from API 28 (Android 9) the
  default is allowed only for targetSdk < 28.
- Trust anchors: below API 24 there is no network security config and user-installed CAs are trusted like
  system ones; from API 24 the config's anchors apply, and the default trusts user CAs only for targetSdk <= 23.

The row's own statement is what the newest platform does (LATEST_API); a note says which versions from minSdk
up differ, and why.
"""

from __future__ import annotations

from dataclasses import dataclass

LATEST_API = 36
_NAMES = {
    1: "1.0", 2: "1.1", 3: "1.5", 4: "1.6", 5: "2.0", 6: "2.0.1", 7: "2.1", 8: "2.2", 9: "2.3", 10: "2.3.3",
    11: "3.0", 12: "3.1", 13: "3.2", 14: "4.0", 15: "4.0.3", 16: "4.1", 17: "4.2", 18: "4.3", 19: "4.4",
    20: "4.4W", 21: "5.0", 22: "5.1", 23: "6.0", 24: "7.0", 25: "7.1", 26: "8.0", 27: "8.1", 28: "9", 29: "10",
    30: "11", 31: "12", 32: "12L", 33: "13", 34: "14", 35: "15", 36: "16",
}


def android_name(api: int) -> str:
    return f"Android {_NAMES.get(api, f'API {api}')}"


def api_range(low: int, high: int) -> str:
    """`Android 5.0–6.0 (API 21–23)`, `Android 7.0+ (API 24+)`, `Android 6.0 (API 23)`."""
    if high >= LATEST_API:
        return f"{android_name(low)}+ (API {low}+)"
    if low == high:
        return f"{android_name(low)} (API {low})"
    return f"{android_name(low)}–{_NAMES.get(high, str(high))} (API {low}–{high})"


@dataclass(frozen=True)
class Platform:
    """The app facts the per-version answers depend on."""

    min_sdk: int
    target_sdk: int
    uses_cleartext: bool | None  # android:usesCleartextTraffic; None: not set
    has_nsc: bool  # a network security config Android loads


def cleartext_on(api: int, p: Platform, nsc_cleartext: bool | None) -> tuple[bool, str]:
    """(cleartext allowed, why) on a device at `api` for a host whose network security config sets
    `nsc_cleartext` (None: the config does not set it, or there is no config)."""
    if api < 23:
        return True, "no cleartext policy before Android 6.0"
    if api == 23 and p.has_nsc:
        read = "Android 6.0 reads only android:usesCleartextTraffic (not the network security config)"
        if p.uses_cleartext is not None:
            return p.uses_cleartext, f"{read}, which is {str(p.uses_cleartext).lower()}"
        return True, f"{read}, which is not set"
    if api == 23 or not p.has_nsc:
        if p.uses_cleartext is not None:
            return p.uses_cleartext, f"android:usesCleartextTraffic is {str(p.uses_cleartext).lower()}"
        if api < 28:
            return True, "android:usesCleartextTraffic is not set (Android 8.1 and older: allowed)"
        return p.target_sdk < 28, f"the default for targetSdk {p.target_sdk}"
    if nsc_cleartext is not None:
        return nsc_cleartext, "the network security config"
    if api < 28:
        return True, "the network security config does not set cleartextTrafficPermitted (Android 7.0–8.1: " \
            "allowed whatever the targetSdk)"
    return p.target_sdk < 28, f"the default for targetSdk {p.target_sdk}"


def _bands(p: Platform, answer) -> list[tuple[int, int, object, str]]:
    """Consecutive API levels from minSdk up with the same (value, why)."""
    out: list[tuple[int, int, object, str]] = []
    for api in range(max(1, min(p.min_sdk, LATEST_API)), LATEST_API + 1):
        value, why = answer(api)
        if out and out[-1][2] == value and out[-1][3] == why:
            out[-1] = (out[-1][0], api, value, why)
        else:
            out.append((api, api, value, why))
    return out


def _holds(bands: list[tuple[int, int, object, str]], value: object) -> str:
    spans = []
    for low, high, v, _ in bands:
        if v != value:
            continue
        if spans and spans[-1][1] + 1 == low:
            spans[-1] = (spans[-1][0], high)
        else:
            spans.append((low, high))
    return ", ".join(api_range(a, b) for a, b in spans)


def cleartext_note(p: Platform, cleartext: bool, nsc_cleartext: bool | None) -> str | None:
    """The note on a row whose statement is `cleartext` (what the newest Android does), or None when every
    version from minSdk up agrees."""
    bands = _bands(p, lambda api: cleartext_on(api, p, nsc_cleartext))
    differ = [b for b in bands if b[2] != cleartext]
    if not differ:
        return None
    word = "allowed" if cleartext else "blocked"
    other = "blocked" if cleartext else "allowed"
    rest = "; ".join(f"{other} on {api_range(low, high)}: {why}" for low, high, _, why in differ)
    return f"cleartext {word} holds on {_holds(bands, cleartext)} only; {rest}"


def anchors_note(p: Platform, anchors: tuple[str, ...]) -> str | None:
    """The note on a row whose trust anchors (API 24+) differ from what older versions in minSdk's range
    trust: system and user-installed CAs, with no network security config."""
    if p.min_sdk >= 24:
        return None
    if set(anchors) == {"system", "user"}:
        return None
    band = api_range(p.min_sdk, 23)
    what = "also trust user-installed CAs" if "system" in anchors and "user" not in anchors else \
        "trust the system and user-installed CAs instead"
    listed = ", ".join(anchors) or "nothing"
    return f"trusts {listed} on {api_range(24, LATEST_API)} only; {band} {what}: no network security config " \
        "and no targetSdk default before Android 7.0"
