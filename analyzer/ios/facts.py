"""What an iOS rule may ask the App model (`IosApp` implements it). Rules are typed against this
protocol, not the class, so the facts they depend on are listed in one place."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Protocol, TypeVar

from pinscan.model import CoverageNote, Location

if TYPE_CHECKING:
    from pinscan.facts.endpoints import CleartextVerdict
    from pinscan.ios.app import Bundle
    from pinscan.ios.ats import Ats
    from pinscan.ios.code import CodeFacts
    from pinscan.ios.endpoints import UrlString
    from pinscan.ios.plist import KeyPath
    from pinscan.ios.trustkit import TrustKitConfig

T = TypeVar("T")


class IosFacts(Protocol):
    platform: str
    coverage: list[CoverageNote]

    @property
    def main(self) -> Bundle: ...
    @property
    def bundles(self) -> list[Bundle]: ...  # the app, its extensions and frameworks
    @property
    def min_os(self) -> str | None: ...
    @property
    def min_os_tuple(self) -> tuple[int, ...]: ...
    @property
    def flutter(self) -> Bundle | None: ...
    @property
    def cross_platform(self): ...  # (frameworks, signals): Flutter, React Native, Cordova, Xamarin
    @property
    def js_bundle(self) -> tuple[str, str] | None: ...  # React Native's main.jsbundle (path, text)

    def bundles_with(self, fact: Callable[[Bundle], T | None]) -> Iterator[tuple[Bundle, T]]: ...
    def ats(self, bundle: Bundle) -> Ats | None: ...  # None: no ATS (a framework, or linked before the iOS 9 SDK)
    def trustkit(self, bundle: Bundle) -> TrustKitConfig | None: ...
    def code(self, bundle: Bundle) -> CodeFacts | None: ...
    def location(self, bundle: Bundle, key_path: KeyPath) -> Location: ...
    def symbol_location(self, bundle: Bundle, symbol: str) -> Location: ...
    def min_os_location(self) -> Location: ...
    def url_strings(self, bundle: Bundle) -> list[UrlString]: ...  # URL strings in a binary that loads URLs
    def cleartext_for(self, bundle: Bundle, host: str, webview: bool = False) -> CleartextVerdict: ...
