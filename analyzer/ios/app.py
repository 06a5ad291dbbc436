"""The iOS App model: an IPA (`Payload/X.app/`), a zipped `.app`, or an unzipped `.app` folder (or an
unzipped IPA with `Payload/`). The main app, each app extension (`PlugIns/*.appex`) and each embedded
framework (`Frameworks/*.framework`, `Frameworks/*.dylib`) is a Bundle with its own Info.plist and
executable; facts are computed lazily and once, and a part that cannot be read becomes a coverage
note while the rest is analysed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import TypeVar

from pinscan.errors import PartError, ScanError
from pinscan.facts.certs import CertInfo, PasswordProtected, looks_like_pkcs12, parse_certificates
from pinscan.facts.endpoints import CleartextVerdict
from pinscan.ios.ats import Ats, parse_ats
from pinscan.ios.code import CodeFacts, code_facts
from pinscan.ios.endpoints import UrlString, cleartext_for, endpoints, url_strings
from pinscan.ios.macho import MachO, parse_macho, version_key
from pinscan.ios.plist import KeyPath, Plist, parse_plist
from pinscan.ios.policy import ats_pin_entries, code_pin_entries, host_policies, trustkit_pin_entries
from pinscan.ios.reactnative import react_native_pin_entries
from pinscan.ios.trustkit import TrustKitConfig, parse_trustkit
from pinscan.limits import MAX_BINARY_SIZE, MAX_CERT_FILE, MAX_PLIST_SIZE, MAX_SCRIPT_SIZE
from pinscan.model import FAIRPLAY, AppIdentity, CoverageNote, Endpoint, HostPolicy, Location, PinEntry
from pinscan.unpack import Package
from pinscan.unpack.files import Files

T = TypeVar("T")

_CERT_EXTENSIONS = (".cer", ".der", ".pem", ".crt", ".p12", ".pfx")
_SDK_NAME = re.compile(r"^iphone(?:os|simulator)(\d+(?:\.\d+)*)")  # DTSDKName: "iphoneos8.4"


@dataclass(frozen=True)
class Sdk:
    """The iOS SDK a bundle was linked against, and where that was read."""

    version: str | None  # "8.4"; None when neither the binary nor the Info.plist says
    source: str  # "the binary" (LC_BUILD_VERSION / LC_VERSION_MIN_IPHONEOS), or the Info.plist key read


@dataclass(frozen=True)
class Bundle:
    kind: str  # app | appex | framework | dylib
    root: str  # "Payload/App.app/" (with the slash); for a dylib, its path
    component: str | None  # None for the main app, else "Share.appex", "Alamofire.framework"

    @property
    def info_path(self) -> str:
        return self.root + "Info.plist"

    @property
    def dir_name(self) -> str:
        return self.root.rstrip("/").rsplit("/", 1)[-1]

    @property
    def label(self) -> str:
        return self.component or self.dir_name

    @property
    def where(self) -> str:
        """" in Share.appex" for a nested bundle, "" for the app: the suffix findings' messages use."""
        return f" in {self.component}" if self.component else ""


class IosApp:
    platform = "ios"

    def __init__(self, package: Package) -> None:
        self.package = package.file
        self.format = package.format  # ipa | app
        self.files: Files = package.files
        self.app_root = package.root
        self.coverage: list[CoverageNote] = list(package.notes)
        self._names = set(self.files.names)

    def close(self) -> None:
        self.files.close()

    # --- reading parts -------------------------------------------------------------------------

    def read(self, name: str) -> bytes:
        return self.files.read(name)

    def exists(self, name: str) -> bool:
        return name in self._names

    def _fail(self, part: str, exc: Exception) -> None:
        reason = str(exc).removeprefix(f"{part}: ")
        self.coverage.append(CoverageNote(part, "failed", reason))

    # --- bundles -------------------------------------------------------------------------------

    @cached_property
    def main(self) -> Bundle:
        return Bundle("app", self.app_root, None)

    @cached_property
    def bundles(self) -> list[Bundle]:
        """The main app, its extensions and its embedded frameworks, in a stable order."""
        out = [self.main]
        plugins: set[str] = set()
        frameworks: set[str] = set()
        dylibs: set[str] = set()
        pre_plug, pre_fw = self.app_root + "PlugIns/", self.app_root + "Frameworks/"
        for name in self.files.names:
            if name.startswith(pre_plug):
                first = name[len(pre_plug):].split("/", 1)[0]
                if first.endswith(".appex"):
                    plugins.add(first)
            elif name.startswith(pre_fw):
                rest = name[len(pre_fw):]
                first = rest.split("/", 1)[0]
                if first.endswith(".framework") and "/" in rest:
                    frameworks.add(first)
                elif first.endswith(".dylib") and "/" not in rest:
                    dylibs.add(first)
        out += [Bundle("appex", f"{pre_plug}{p}/", p) for p in sorted(plugins)]
        out += [Bundle("framework", f"{pre_fw}{f}/", f) for f in sorted(frameworks)]
        out += [Bundle("dylib", f"{pre_fw}{d}", d) for d in sorted(dylibs)]
        return out

    @property
    def extensions(self) -> list[Bundle]:
        return [b for b in self.bundles if b.kind == "appex"]

    @property
    def frameworks(self) -> list[Bundle]:
        return [b for b in self.bundles if b.kind in ("framework", "dylib")]

    def bundles_with(self, fact: Callable[[Bundle], T | None]) -> Iterator[tuple[Bundle, T]]:
        """(bundle, fact) for each bundle whose fact (app.ats, app.trustkit, app.code...) could be read."""
        for b in self.bundles:
            value = fact(b)
            if value is not None:
                yield b, value

    def files_in(self, bundle: Bundle) -> list[str]:
        """Files of this bundle only (an app's nested extensions and frameworks excluded)."""
        if bundle.kind == "dylib":
            return [bundle.root]
        return self._files_by_bundle.get(bundle.root, [])

    @cached_property
    def _files_by_bundle(self) -> dict[str, list[str]]:
        """Bundle root -> its files, each file given to the innermost bundle folder holding it: one pass over
        the names, a dictionary look-up per folder level (linear in the package, however many bundles)."""
        roots = {b.root for b in self.bundles if b.kind != "dylib"}
        dylibs = {b.root for b in self.bundles if b.kind == "dylib"}
        out: dict[str, list[str]] = {}
        for name in self.files.names:
            if name in dylibs:
                continue  # a dylib is a bundle of its own
            owner = None
            cut = name.rfind("/")
            while cut >= 0:
                prefix = name[:cut + 1]
                if prefix in roots:
                    owner = prefix
                    break
                cut = name.rfind("/", 0, cut)
            if owner is not None:
                out.setdefault(owner, []).append(name)
        return out

    # --- Info.plist ----------------------------------------------------------------------------

    def _info(self, bundle: Bundle) -> Plist | None:
        if bundle.kind == "dylib":
            return None
        path = bundle.info_path
        if not self.exists(path):
            status = "failed" if bundle.kind in ("app", "appex") else "skipped"
            self.coverage.append(CoverageNote(path, status, "missing: the bundle's Info.plist is not in the package"))
            return None
        try:
            return parse_plist(self.files.read_part(path, MAX_PLIST_SIZE, "a property list"), path)
        except PartError as exc:
            self._fail(path, exc)
            return None

    def check_scannable(self) -> None:
        """Without the main app's Info.plist there is no ATS, no identity, no executable name: ScanError, so
        the package counts as not scanned rather than as scanned with nothing found."""
        if self.info(self.main) is None:
            path = self.main.info_path
            if path in self.files.symlinks:
                why = f"a symbolic link in the {self.files.link_where}: not followed"
            elif not self.exists(path):
                why = "missing from the package"
            else:
                why = next((c.reason for c in self.coverage if c.part == path and c.status == "failed"), "unreadable")
            raise ScanError(f"{self.package.path}: cannot scan without the app's Info.plist ({path}): {why}")

    @cached_property
    def _infos(self) -> dict[str, Plist | None]:
        return {b.root: self._info(b) for b in self.bundles}

    def info(self, bundle: Bundle) -> Plist | None:
        return self._infos[bundle.root]

    def info_value(self, bundle: Bundle, key: str) -> object:
        p = self.info(bundle)
        return p.value.get(key) if p else None

    def location(self, bundle: Bundle, key_path: KeyPath) -> Location:
        """A plist key as a finding location: file, XML line when known, key path, component."""
        p = self.info(bundle)
        return Location(path=bundle.info_path, line=p.line(key_path) if p else None,
                        logical="/".join(key_path), kind="plist-key", component=bundle.component)

    # --- App Transport Security and TrustKit ---------------------------------------------------

    @cached_property
    def _ats(self) -> dict[str, Ats]:
        out = {}
        for b in self.bundles:
            p = self.info(b)
            if p is not None and b.kind in ("app", "appex"):
                out[b.root] = parse_ats(p.value)
        return out

    def ats(self, bundle: Bundle) -> Ats | None:
        """The ATS policy iOS applies to the bundle's process, or None when it applies none: only apps and
        extensions have one (ATS is per process, so a framework's NSAppTransportSecurity is ignored), and
        only when linked against the iOS 9 SDK or later (older binaries get no ATS at all)."""
        if not self.ats_in_force(bundle):
            return None
        return self._ats.get(bundle.root)

    def declared_ats(self, bundle: Bundle) -> Ats | None:
        """The bundle's NSAppTransportSecurity as written (empty when absent), whether or not iOS applies it."""
        return self._ats.get(bundle.root)

    def ats_in_force(self, bundle: Bundle) -> bool:
        sdk = self.sdk(bundle)
        return sdk.version is None or version_key(sdk.version) >= (9,)

    def sdk(self, bundle: Bundle) -> Sdk:
        """The iOS SDK the bundle was linked against: the binary's LC_BUILD_VERSION / LC_VERSION_MIN_IPHONEOS
        sdk field (what iOS itself checks), else Info.plist DTSDKName, else DTPlatformVersion."""
        return self._sdks[bundle.root]

    @cached_property
    def _sdks(self) -> dict[str, Sdk]:
        out = {}
        for b in self.bundles:
            plist_version, plist_where = None, ""
            name, platform = self.info_value(b, "DTSDKName"), self.info_value(b, "DTPlatformVersion")
            m = _SDK_NAME.match(name.strip().lower()) if isinstance(name, str) else None
            if m:
                plist_version, plist_where = m.group(1), f"Info.plist DTSDKName {name.strip()}"
            elif isinstance(platform, str) and re.match(r"^\d+(\.\d+)*$", platform.strip()):
                plist_version, plist_where = platform.strip(), f"Info.plist DTPlatformVersion {platform.strip()}"
            binary = self.binary(b) if b.kind in ("app", "appex") else None
            linked = [s.sdk for s in binary.slices if s.sdk and version_key(s.sdk) > (0,)
                      and s.platform in ("ios", "ios-simulator", None)] if binary else []
            if linked:
                version = min(linked, key=version_key)
                out[b.root] = Sdk(version, "the binary")
                if plist_version and version_key(plist_version) != version_key(version):
                    self.coverage.append(CoverageNote(
                        b.info_path, "warning", f"{plist_where} disagrees with the binary, linked against the iOS "
                        f"{version} SDK: pinscan follows the binary, as iOS does"))
            else:
                out[b.root] = Sdk(plist_version, plist_where)
        return out

    @cached_property
    def _trustkit(self) -> dict[str, TrustKitConfig]:
        out = {}
        for b in self.bundles:
            p = self.info(b)
            cfg = parse_trustkit(p.value) if p is not None and b.kind in ("app", "appex") else None
            if cfg is not None:
                out[b.root] = cfg
        return out

    def trustkit(self, bundle: Bundle) -> TrustKitConfig | None:
        return self._trustkit.get(bundle.root)

    @cached_property
    def min_os(self) -> str | None:
        """MinimumOSVersion of the main app, else the main binary's LC_BUILD_VERSION minos."""
        value = self.info_value(self.main, "MinimumOSVersion")
        if isinstance(value, str) and re.match(r"^\d+(\.\d+)*$", value.strip()):
            return value.strip()
        binary = self.binary(self.main)
        return binary.min_os() if binary else None

    @property
    def min_os_tuple(self) -> tuple[int, ...]:
        return version_key(self.min_os) if self.min_os else (0,)

    def min_os_location(self) -> Location:
        if isinstance(self.info_value(self.main, "MinimumOSVersion"), str):
            return self.location(self.main, ("MinimumOSVersion",))
        exe = self.executable_path(self.main)
        return Location(path=exe or self.main.info_path, logical="LC_BUILD_VERSION minos", kind="symbol")

    # --- binaries ------------------------------------------------------------------------------

    def executable_path(self, bundle: Bundle) -> str | None:
        if bundle.kind == "dylib":
            return bundle.root
        name = self.info_value(bundle, "CFBundleExecutable")
        if not isinstance(name, str) or not name or "/" in name or name in (".", ".."):
            name = bundle.dir_name.rsplit(".", 1)[0]  # Xcode's default: the bundle name
        path = bundle.root + name
        return path if self.exists(path) else None

    @cached_property
    def _binaries(self) -> dict[str, MachO | None]:
        out: dict[str, MachO | None] = {}
        for b in self.bundles:
            out[b.root] = self._load_binary(b)
        return out

    def _load_binary(self, bundle: Bundle) -> MachO | None:
        path = self.executable_path(bundle)
        if path is None:
            status = "failed" if bundle.kind in ("app", "appex") else "skipped"
            self.coverage.append(CoverageNote(bundle.root + "(executable)", status,
                                              "the bundle's executable is not in the package"))
            return None
        try:
            macho = parse_macho(self.files.read_part(path, MAX_BINARY_SIZE, "one Mach-O file"), path)
        except PartError as exc:
            self._fail(path, exc)
            return None
        for problem in macho.problems:
            self.coverage.append(CoverageNote(path, "failed", problem))
        for s in macho.slices:
            if s.encrypted:
                self.coverage.append(CoverageNote(
                    path, "failed", f"{s.arch}: {FAIRPLAY} (cryptid {s.crypt_id}), code not analysed; "
                    "Info.plist and other files still analysed. Scan a decrypted build for code checks, or "
                    "accept the gap with --allow-incomplete"))
            for problem in s.problems:
                self.coverage.append(CoverageNote(path, "failed", problem))
            if s.analysed and s.unread:
                self.coverage.append(CoverageNote(path, "warning", f"{s.arch}: {s.bits}-bit slice analysed without "
                                                  f"{'; '.join(s.unread)}"))
        if macho.analysed_slices:
            self.coverage.append(CoverageNote(path, "analysed", f"Mach-O {macho.arch_summary()}"))
        return macho

    def binary(self, bundle: Bundle) -> MachO | None:
        return self._binaries[bundle.root]

    @cached_property
    def _code(self) -> dict[str, CodeFacts]:
        out = {}
        for b in self.bundles:
            m = self.binary(b)
            if m is not None and m.analysed_slices:
                out[b.root] = code_facts(m)
        return out

    def code(self, bundle: Bundle) -> CodeFacts | None:
        """Trust-related facts of the bundle's executable, or None when it has no analysable code."""
        return self._code.get(bundle.root)

    def symbol_location(self, bundle: Bundle, symbol: str) -> Location:
        return Location(path=self.executable_path(bundle), logical=symbol, kind="symbol",
                        component=bundle.component)

    # --- cross-platform frameworks -------------------------------------------------------------

    @cached_property
    def flutter(self) -> Bundle | None:
        """Flutter's engine framework when the app embeds one (Dart code lives in App.framework)."""
        return next((b for b in self.frameworks if b.component == "Flutter.framework"), None)

    @cached_property
    def cross_platform(self):
        """(frameworks, signals): Flutter, React Native, Cordova, Xamarin and their TLS overrides."""
        from pinscan.ios.hybrid import detect

        return detect(self)

    @cached_property
    def js_bundle(self) -> tuple[str, str] | None:
        """(path, text) of React Native's main.jsbundle, when the app ships one readable as text."""
        path = self.app_root + "main.jsbundle"
        if not self.exists(path):
            return None
        try:
            data = self.files.read_part(path, MAX_SCRIPT_SIZE, "a JavaScript bundle")
        except PartError as exc:
            self._fail(path, exc)
            return None
        if data[:4] == b"\xc6\x1f\xbc\x03":  # Hermes bytecode: strings exist, source does not
            self.coverage.append(CoverageNote(path, "skipped", "Hermes bytecode bundle: JavaScript checks not run"))
            return None
        self.coverage.append(CoverageNote(path, "analysed", "React Native JavaScript bundle"))
        return path, data.decode("utf-8", "replace")

    # --- certificates --------------------------------------------------------------------------

    @cached_property
    def certificates(self) -> list[CertInfo]:
        """Certificates bundled anywhere in the app (.cer, .der, .pem, .crt; .p12 without password)."""
        out: dict[tuple[str, str], CertInfo] = {}
        for name in self.files.names:
            if not name.lower().endswith(_CERT_EXTENSIONS) or not name.startswith(self.app_root):
                continue
            try:
                data = self.files.read_part(name, MAX_CERT_FILE, "a certificate file")
                certs = _p12_certificates(data, name) if name.lower().endswith((".p12", ".pfx")) else \
                    parse_certificates(data, name)
            except PasswordProtected as exc:  # encrypted by design, not unreadable: the gate need not fail
                self.coverage.append(CoverageNote(name, "skipped", str(exc)))
                continue
            except (PartError, ValueError) as exc:
                reason = str(exc).removeprefix(f"{name}: ")
                self.coverage.append(CoverageNote(name, "failed", f"bundled certificate: {reason}"))
                continue
            for c in certs:
                out[(c.path, c.spki_sha256)] = c
        return sorted(out.values(), key=lambda c: (c.path, c.spki_sha256))

    def certificate_index(self) -> dict[str, str]:
        index: dict[str, str] = {}
        for c in self.certificates:
            index.setdefault(c.spki_sha256, c.path)
        return index

    # --- what every result carries ---------------------------------------------------------------

    def library_use(self, location: Location) -> None:
        """Not known on iOS: no finding names a library there, and linked code is one binary."""
        return None

    def identity(self) -> AppIdentity:
        def text(key: str) -> str | None:
            v = self.info_value(self.main, key)
            return v if isinstance(v, str) else None

        main_bin = self.binary(self.main)
        extra: list[tuple[str, object]] = [
            ("format", self.format),
            ("extensions", [b.component for b in self.extensions]),
            ("frameworks", [b.component for b in self.frameworks]),
        ]
        if self.sdk(self.main).version:
            extra.append(("sdk", self.sdk(self.main).version))
        if main_bin is not None:
            extra.append(("architectures", [s.arch for s in main_bin.slices]))
            extra.append(("encrypted", main_bin.encrypted))
        return AppIdentity(
            platform="ios",
            package_path=self.package.path.name,
            sha256=self.package.sha256,
            size=self.package.size,
            app_id=text("CFBundleIdentifier"),
            name=text("CFBundleDisplayName") or text("CFBundleName"),
            version_name=text("CFBundleShortVersionString"),
            version_code=text("CFBundleVersion"),
            min_os=self.min_os,
            extra=tuple(extra),
        )

    def pin_inventory(self, as_of: dt.date) -> list[PinEntry]:
        index = self.certificate_index()
        out: list[PinEntry] = []
        for b in self.bundles:
            ats = self.declared_ats(b)
            if ats is not None:
                out += ats_pin_entries(self, b, ats, index)
            tsk = self.trustkit(b)
            if tsk is not None:
                out += trustkit_pin_entries(self, b, tsk, as_of, index)
            code = self.code(b)
            if code is not None:
                out += code_pin_entries(self, b, code)
        out += react_native_pin_entries(self)
        return out

    def endpoints(self) -> list[Endpoint]:
        """URL strings in binaries that load URLs, with what ATS does with cleartext to each host."""
        return endpoints(self)

    def url_strings(self, bundle: Bundle) -> list[UrlString]:
        return url_strings(self, bundle)

    def cleartext_for(self, bundle: Bundle, host: str, webview: bool = False) -> CleartextVerdict:
        return cleartext_for(self, bundle, host, webview)

    def host_policies(self, as_of: dt.date) -> list[HostPolicy]:
        out: list[HostPolicy] = []
        for b in self.bundles:
            ats = self.declared_ats(b)
            if ats is not None:
                out += host_policies(self, b, ats, self.trustkit(b), as_of)
        return out


def _p12_certificates(data: bytes, path: str) -> list[CertInfo]:
    """Certificates of a PKCS#12 file readable without a password (empty or none); [] otherwise."""
    from cryptography.hazmat.primitives.serialization import Encoding, pkcs12

    for password in (None, b""):
        try:
            key_and_certs = pkcs12.load_key_and_certificates(data, password)
        except (ValueError, TypeError):
            continue
        certs = [c for c in (key_and_certs[1], *key_and_certs[2]) if c is not None]
        return [info for c in certs for info in parse_certificates(c.public_bytes(Encoding.DER), path)]
    if looks_like_pkcs12(data):
        raise PasswordProtected("PKCS#12 file protected by a password (usually a client identity): its "
                                "certificates are not read")
    raise ValueError("malformed PKCS#12 file: not read")
