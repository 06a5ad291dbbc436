"""Library attribution and use: whether a class is the app's own code or belongs to a known SDK, and
whether the app's own code reaches a library class at all.

A class under the app's own package (from the manifest) is the app's. Otherwise the longest matching
package prefix of a known SDK names it. Anything else (including R8-renamed classes such as `La/b/c;`) is
counted as the app's own code: a finding is never hidden because its package is unknown.

"Reached" is decided from the bytecode, backwards from the library class: which classes name it (a type use
such as new-instance or check-cast, a call to any of its methods, a read of any of its static fields, its
name as a string constant for reflection, or extending/implementing it), then which classes name those,
through any library, until a class of the app's own code is found. A class Android or a ServiceLoader
instantiates by name (a manifest component, a `META-INF/services` entry) counts as reached. The search is
bounded; a search that hits its bound answers "not known", which counts as reached. What it cannot see:
names computed at run time, native code, and code loaded from outside the package.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pinscan.model import readable_code

if TYPE_CHECKING:
    from pinscan.android.code import CodeIndex, Site

# package prefix (slash form, ending with "/") -> library name shown to users and used by --exclude-libraries
KNOWN_SDKS: dict[str, str] = {
    "io/netty/": "netty",
    "okhttp3/": "okhttp",
    "okio/": "okio",
    "com/squareup/okhttp/": "okhttp2",
    "retrofit2/": "retrofit",
    "org/apache/http/": "apache-httpclient",
    "org/apache/commons/": "apache-commons",
    "org/bouncycastle/": "bouncycastle",
    "org/conscrypt/": "conscrypt",
    "org/spongycastle/": "spongycastle",
    "com/google/android/gms/": "google-play-services",
    "com/google/firebase/": "firebase",
    "com/google/android/material/": "material-components",
    "com/google/gson/": "gson",
    "com/google/common/": "guava",
    "com/google/protobuf/": "protobuf",
    "io/grpc/": "grpc",
    "com/android/volley/": "volley",
    "com/facebook/react/": "react-native",
    "com/facebook/": "facebook-sdk",
    "com/toyberman/": "react-native-ssl-pinning",
    "org/apache/cordova/": "cordova",
    "com/silkimen/": "cordova-plugin-advanced-http",
    "io/flutter/": "flutter",
    "mono/": "xamarin",
    "crc64": "xamarin",
    "com/datatheorem/android/trustkit/": "trustkit",
    "androidx/": "androidx",
    "android/support/": "android-support",
    "kotlin/": "kotlin-stdlib",
    "kotlinx/": "kotlinx",
    "io/reactivex/": "rxjava",
    "com/bumptech/glide/": "glide",
    "com/squareup/picasso/": "picasso",
    "com/fasterxml/jackson/": "jackson",
    "io/sentry/": "sentry",
    "com/crashlytics/": "crashlytics",
    "com/appsflyer/": "appsflyer",
    "com/adjust/sdk/": "adjust",
    "com/amazonaws/": "aws-sdk",
    "com/unity3d/": "unity",
    "com/applovin/": "applovin",
    "com/mopub/": "mopub",
    "com/ironsource/": "ironsource",
    "com/chartboost/": "chartboost",
    "com/vungle/": "vungle",
    "com/tapjoy/": "tapjoy",
    "com/inmobi/": "inmobi",
    "com/startapp/": "startapp",
    "org/webrtc/": "webrtc",
    "org/eclipse/jetty/": "jetty",
    "org/java_websocket/": "java-websocket",
    "com/koushikdutta/": "androidasync",
    "com/loopj/android/http/": "android-async-http",
    "com/nostra13/": "universal-image-loader",
    "org/thoughtcrime/ssl/pinning/": "androidpinning",
    "org/chromium/net/": "cronet",
    "com/wultra/android/sslpinning/": "wultra-ssl-pinning",
    "com/appmattus/certificatetransparency/": "certificatetransparency",
    "com/babylon/certificatetransparency/": "certificatetransparency",
}
_PREFIXES = sorted(KNOWN_SDKS, key=len, reverse=True)


def library_for(desc: str, app_package: str | None) -> str | None:
    """The SDK a class descriptor (`Lio/netty/X;`) belongs to, or None for the app's own code."""
    body = desc[1:] if desc.startswith("L") else desc
    if app_package:
        own = app_package.replace(".", "/") + "/"
        if body.startswith(own):
            return None
    for p in _PREFIXES:
        if body.startswith(p):
            return KNOWN_SDKS[p]
    return None


def known_library_names() -> list[str]:
    return sorted(set(KNOWN_SDKS.values()))


MAX_LEVELS = 8  # classes between the app's code and the library class
MAX_CLASSES = 600  # library classes visited for one question


@dataclass(frozen=True)
class LibraryUse:
    """Whether the app's own code reaches a library class; `evidence` says how, or what was searched."""

    reached: bool | None  # None: the bounded search could not tell (counts as reached)
    evidence: str


class LibraryReach:
    """Answers `use(class_desc)` for the classes of one app, remembering every class it has decided."""

    def __init__(self, index: CodeIndex, is_app_code: Callable[[str], bool], entry_points: Iterable[str]) -> None:
        self.index = index
        self.is_app_code = is_app_code
        self.entry_points = frozenset(entry_points)  # class descriptors Android or a ServiceLoader instantiates
        self._memo: dict[str, LibraryUse] = {}
        self._subclasses: dict[str, list[str]] | None = None

    def _subs(self, desc: str) -> list[str]:
        if self._subclasses is None:
            subs: dict[str, list[str]] = {}
            for d, ci in self.index.classes.items():
                for sup in ((ci.superclass,) if ci.superclass else ()) + ci.interfaces:
                    subs.setdefault(sup, []).append(d)
            self._subclasses = subs
        return self._subclasses.get(desc, [])

    def _referrers(self, frontier: set[str]) -> list[tuple[str, str, str, Site | None]]:
        """(referring class, class it names, how, the instruction) for every class naming one in `frontier`."""
        out: list[tuple[str, str, str, Site | None]] = []
        for desc in sorted(frontier):
            out.extend((sub, desc, "a subclass", None) for sub in self._subs(desc))
        names = {readable_code(d): d for d in frontier}
        for site in self.index.references(frontier, strings=sorted(names)):
            if site.insn.kind == "string":
                out.append((site.method.cls.desc, names[site.target], "its name as a string (reflection)", site))
            else:
                out.append((site.method.cls.desc, site.target, site.insn.name, site))
        return out

    def _where(self, referrer: str, how: str, site: Site | None) -> str:
        if site is None:
            return f"{how} {readable_code(referrer)}"
        return f"{how} at {self.index.location(site.method, site.insn.off).display()}"

    def use(self, class_desc: str) -> LibraryUse:
        found = self._memo.get(class_desc)
        if found is None:
            found = self._memo[class_desc] = self._search(class_desc)
        return found

    def _search(self, start: str) -> LibraryUse:
        # Breadth first, backwards: `via[c]` is the class c names on its way to `start`, with how.
        via: dict[str, tuple[str, str] | None] = {start: None}
        frontier = {start}
        for _ in range(MAX_LEVELS):
            hit = next((d for d in sorted(frontier) if d in self.entry_points), None)
            if hit is not None:
                return LibraryUse(True, f"reached: {readable_code(hit)} is instantiated by Android or a "
                                        f"ServiceLoader (manifest or META-INF/services){self._chain(hit, via)}")
            nxt: set[str] = set()
            for referrer, named, how, site in self._referrers(frontier):
                if referrer in via:
                    continue
                via[referrer] = (named, how)
                if self.is_app_code(referrer):
                    return LibraryUse(True, f"reached from the app's code: {self._where(referrer, how, site)}"
                                            f"{self._chain(named, via)}")
                nxt.add(referrer)
            if not nxt:
                return LibraryUse(False, f"not reached: no class of the app's own code names it or any of the "
                                         f"{len(via) - 1} library class(es) that lead to it (calls, type uses, "
                                         "static reads, subclasses, reflection by name, manifest components)")
            if len(via) > MAX_CLASSES:
                break
            frontier = nxt
        return LibraryUse(None, f"not known: more than {MAX_LEVELS} levels or {MAX_CLASSES} library classes "
                                "lead to it; counted as reached")

    @staticmethod
    def _chain(desc: str, via: dict[str, tuple[str, str] | None]) -> str:
        """` → a.B → c.D`: from the class the app names down to the library class asked about."""
        steps = [readable_code(desc)]
        seen = {desc}
        step = via.get(desc)
        while step is not None and step[0] not in seen:
            seen.add(step[0])
            steps.append(readable_code(step[0]))
            step = via.get(step[0])
        return " → " + " → ".join(steps)
