"""Byte-level markers shared by the Android and iOS framework checks, on real and broken input."""

from __future__ import annotations

import zipfile

from conftest import SAMPLES
from pinscan.facts.crossplatform import cordova_nocheck, dotnet_validation_callback, is_dotnet_assembly


def _assembly(sample: str) -> bytes:
    with zipfile.ZipFile(SAMPLES / "ios" / f"{sample}.ipa") as zf:
        return zf.read(next(n for n in zf.namelist() if n.endswith(".dll")))


def test_real_assemblies_are_recognised_and_their_callbacks_found():
    weak, safe = _assembly("xamarin-callback"), _assembly("xamarin-default")
    assert is_dotnet_assembly(weak) and is_dotnet_assembly(safe)
    assert dotnet_validation_callback(weak) == "ServerCertificateCustomValidationCallback"
    assert dotnet_validation_callback(safe) is None


def test_every_truncation_of_an_assembly_is_answered_without_an_exception():
    data = _assembly("xamarin-callback")
    answers = {is_dotnet_assembly(data[:n]) for n in range(0, 600)}
    assert answers <= {True, False}
    assert not is_dotnet_assembly(b"MZ" + b"\xff" * 200)  # e_lfanew far past the end
    assert not is_dotnet_assembly(b"\x7fELF" + bytes(100))


def test_cordova_nocheck_needs_the_call_not_the_word():
    assert cordova_nocheck(b"cordova.plugin.http.setServerTrustMode('nocheck', ok, fail)")
    assert cordova_nocheck(b'http.setServerTrustMode("nocheck")')
    assert not cordova_nocheck(b"setServerTrustMode('pinned'); // never use nocheck")
