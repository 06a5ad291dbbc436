"""What an Android rule may ask the App model (`AndroidApp` implements it). Rules are typed against this
protocol, not the class, so the facts they depend on are listed in one place."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Protocol

from pinscan.model import CoverageNote, Location

if TYPE_CHECKING:
    from pinscan.android.app import Manifest
    from pinscan.android.code import CodeIndex
    from pinscan.android.effective import HostCleartext
    from pinscan.android.endpoints import UrlUse
    from pinscan.android.libraries import LibraryUse
    from pinscan.android.nsc import NetworkSecurityConfig
    from pinscan.android.pins import CodePin, Pinner
    from pinscan.facts.certs import CertInfo
    from pinscan.facts.crossplatform import Framework, Signal


class AndroidFacts(Protocol):
    platform: str
    coverage: list[CoverageNote]

    @property
    def manifest(self) -> Manifest | None: ...  # None: the manifest could not be read
    @property
    def nsc(self) -> NetworkSecurityConfig | None: ...  # None: no config, or it cannot be loaded
    @property
    def nsc_problem(self) -> tuple[str, Location] | None: ...  # why the referenced config cannot be loaded
    @property
    def code(self) -> CodeIndex: ...  # the bytecode index over every classes*.dex
    @property
    def certificates(self) -> list[CertInfo]: ...
    @property
    def frameworks(self) -> tuple[list[Framework], list[Signal]]: ...
    @property
    def min_sdk(self) -> int: ...
    @property
    def target_sdk(self) -> int: ...
    @property
    def debuggable(self) -> bool: ...
    @property
    def trustkit_initialised(self) -> bool: ...  # TrustKit-Android reads the network security config
    @property
    def url_uses(self) -> list[UrlUse]: ...  # URLs with a known scheme and host reaching a network API

    # the policy's cleartext verdict for a host, per Android version (webview: a page a WebView loads)
    def cleartext_for(self, host: str, webview: bool = False) -> HostCleartext | None: ...

    @property
    def okhttp_pinners(self) -> list[Pinner]: ...  # each CertificatePinner the code builds, with its add() calls

    def code_pins(self, as_of: dt.date) -> list[CodePin]: ...
    def library_for(self, class_desc: str) -> str | None: ...
    def library_use(self, location: Location) -> LibraryUse | None: ...  # does the app's code reach it?
