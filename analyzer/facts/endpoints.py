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


# Hosts whose URLs name an XML namespace, schema, DTD or licence rather than a server an app contacts: they
# stand in binaries as identifiers (XML parsers, SVG, XMP, plists, bundled licence texts).
_IDENTIFIER_HOSTS = frozenset({
    "www.w3.org", "w3.org", "ns.adobe.com", "purl.org", "xml.org", "www.xml.org", "json-schema.org",
    "schemas.xmlsoap.org", "schemas.openxmlformats.org", "schemas.microsoft.com", "schemas.android.com",
    "xmlpull.org", "www.xmlpull.org", "xmlns.com", "www.opengis.net", "docs.oasis-open.org",
})
_IDENTIFIER_PATHS = (("www.apple.com", "/dtds/"), ("www.apache.org", "/licenses/"), ("www.gnu.org", "/licenses/"),
                     ("opensource.org", "/licenses/"))


def names_an_identifier(url: str) -> bool:
    """Whether a URL string names a namespace, schema, DTD or licence (never fetched as a request): the
    hosts above, Apple's plist DTD, licence pages, and any `.dtd` / `.xsd` document."""
    parsed = split_url(url, True)
    if parsed is None:
        return False
    host = parsed[1]
    rest = url.partition("://")[2]
    end = next((k for k, c in enumerate(rest) if c in "/?#"), len(rest))
    path = rest[end:].lower().split("#")[0].split("?")[0]
    if host in _IDENTIFIER_HOSTS or path.endswith((".dtd", ".xsd")):
        return True
    return any(host == h and path.startswith(p) for h, p in _IDENTIFIER_PATHS)


@dataclass(frozen=True)
class CleartextVerdict:
    """What the effective network policy does with cleartext to one host, per OS version."""

    allowed: bool  # on the newest OS versions (the policy row's statement)
    anywhere: bool  # on some OS version the app supports
    source: str  # what decides on the newest versions, in words
    note: str | None  # which versions differ, and why
    blocked_on: str  # the versions that block it ("" when none)
