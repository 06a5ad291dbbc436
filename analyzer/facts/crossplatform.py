"""Markers of cross-platform frameworks' TLS overrides, shared by the Android and iOS models.

Both platforms ship the same JavaScript (Cordova's `www/`) and the same kind of .NET assemblies
(Xamarin / .NET MAUI), so the byte-level checks live here once.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from pinscan.model import Location


@dataclass(frozen=True)
class Framework:
    name: str  # flutter | react-native | cordova | xamarin
    evidence: tuple[str, ...]
    location: Location
    meaning: str  # what it means for the app's pinning


@dataclass(frozen=True)
class Signal:
    """A framework API in use that replaces certificate validation."""

    framework: str
    what: str
    evidence: tuple[str, ...]
    location: Location
    library: str | None = None


# cordova-plugin-advanced-http: 'nocheck' turns off certificate validation for every request.
_CORDOVA_NOCHECK = tuple(b"setServerTrustMode(" + q + b"nocheck" + q for q in (b"'", b'"'))
# Member names in an assembly's #Strings heap (UTF-8): setting either property replaces the platform's check.
DOTNET_VALIDATION_CALLBACKS = (b"ServerCertificateCustomValidationCallback", b"ServerCertificateValidationCallback")
_CLI_HEADER_DIRECTORY = 14  # IMAGE_DIRECTORY_ENTRY_COM_DESCRIPTOR


def cordova_nocheck(script: bytes) -> bool:
    return any(marker in script for marker in _CORDOVA_NOCHECK)


def is_dotnet_assembly(data: bytes) -> bool:
    """A PE file whose CLI header directory is set: managed code, not a native DLL or a renamed file."""
    if len(data) < 0x40 or data[:2] != b"MZ":
        return False
    pe = struct.unpack_from("<I", data, 0x3C)[0]
    if pe + 26 > len(data) or data[pe:pe + 4] != b"PE\0\0":
        return False
    opt = pe + 24
    magic = struct.unpack_from("<H", data, opt)[0]
    dirs = opt + {0x10B: 96, 0x20B: 112}.get(magic, -opt)  # PE32 / PE32+; anything else is not a PE we know
    entry = dirs + 8 * _CLI_HEADER_DIRECTORY
    if dirs < opt or entry + 8 > len(data):
        return False
    rva, size = struct.unpack_from("<II", data, entry)
    return rva != 0 and size != 0


def dotnet_validation_callback(data: bytes) -> str | None:
    """The validation-callback member an assembly references, if any."""
    return next((m.decode() for m in DOTNET_VALIDATION_CALLBACKS if m in data), None)
