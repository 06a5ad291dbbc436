"""URLs the code contacts, shared by both platforms: splitting a URL's known text into scheme and host, and
what the effective network policy does with cleartext to one host."""

from __future__ import annotations

from dataclasses import dataclass

from pinscan.facts.hosts import normalise

SCHEMES = ("http", "https", "ws", "wss")
CLEARTEXT_SCHEMES = ("http", "ws")


def split_url(prefix: str, complete: bool) -> tuple[str, str, str] | None:
    """(scheme, host, display) of a URL whose known text (`prefix`; `complete`: all of it) holds the scheme
    and the whole host, or None. `display` marks an unknown rest with "…"."""
    scheme, sep, rest = prefix.partition("://")
    scheme = scheme.strip().lower()
    if not sep or scheme not in SCHEMES:
        return None
    end = next((k for k, c in enumerate(rest) if c in "/?#"), None)
    if end is None and not complete:
        return None  # "http://" + server: the host is not known
    authority = rest if end is None else rest[:end]
    host_port = authority.rpartition("@")[2]
    if host_port.startswith("["):
        host = host_port[1:host_port.find("]")] if "]" in host_port else ""
    else:
        host = host_port.partition(":")[0]
    host = normalise(host)
    if not host or any(c.isspace() for c in host) or any(c in host for c in "%{}\\\"'<>$"):
        return None
    return scheme, host, prefix + ("" if complete else "…")


@dataclass(frozen=True)
class CleartextVerdict:
    """What the effective network policy does with cleartext to one host, per OS version."""

    allowed: bool  # on the newest OS versions (the policy row's statement)
    anywhere: bool  # on some OS version the app supports
    source: str  # what decides on the newest versions, in words
    note: str | None  # which versions differ, and why
    blocked_on: str  # the versions that block it ("" when none)
