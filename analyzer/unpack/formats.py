"""The table of package formats: how each is recognised by its content (never by its file name alone),
which platform reads it, and where an iOS package keeps its app.

The App models (android/, ios/) turn an opened Package into facts; they are looked up by platform in
`pinscan.scan`, so this stage never imports the stages to its right.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pinscan.unpack.safezip import SafeZip
from pinscan.unpack.splits import find_apks_layout, find_xapk_layout

ANDROID_MANIFEST = "AndroidManifest.xml"
AAB_MANIFEST = "base/manifest/AndroidManifest.xml"
_APP_IN_PAYLOAD = re.compile(r"^Payload/([^/]+\.app)/")
_APP_AT_ROOT = re.compile(r"^([^/]+\.app)/Info\.plist$")
_PAYLOAD_IN_FOLDER = re.compile(r"^([^/]+)/Payload/([^/]+\.app)/Info\.plist$")


@dataclass(frozen=True)
class ZipFormat:
    name: str  # apk | aab | apks | xapk | ipa
    platform: str  # android | ios
    detect: Callable[[SafeZip], bool]


def app_root_in_zip(names: list[str]) -> str | None:
    """The .app folder of an IPA (`Payload/X.app/`), of a zipped .app (`X.app/`), or of an IPA zipped with its
    folder (`Folder/Payload/X.app/`)."""
    apps = sorted({m.group(1) for n in names if (m := _APP_IN_PAYLOAD.match(n))})
    if apps:
        return f"Payload/{apps[0]}/"
    apps = sorted({m.group(1) for n in names if (m := _APP_AT_ROOT.match(n))})
    if apps:
        return f"{apps[0]}/"
    nested = sorted({(m.group(1), m.group(2)) for n in names if (m := _PAYLOAD_IN_FOLDER.match(n))})
    return f"{nested[0][0]}/Payload/{nested[0][1]}/" if nested else None


def layout_problem(root: str, is_zip: bool) -> str | None:
    """Why an iOS package with its app at `root` is malformed though readable, or None for `Payload/X.app/`."""
    if root.startswith("Payload/"):
        return None
    app = root.rstrip("/").rsplit("/", 1)[-1]
    if root.count("/") == 1:
        if not is_zip:
            return None  # an unzipped .app folder: a bundle, not an IPA
        return (f"the IPA has {app} at the root of the zip, not under Payload/: App Store Connect, Transporter and "
                "device installation reject it; analysed as if it were Payload/" + app)
    folder = root.split("/", 1)[0]
    return (f"the IPA has Payload/ inside the folder {folder}/ (the folder was zipped, not its contents): App Store "
            f"Connect, Transporter and device installation reject it; analysed {root}")


def other_apps(names: list[str], root: str) -> list[str]:
    """Further .app folders in Payload/ besides the one analysed."""
    if not root.startswith("Payload/"):
        return []
    return sorted({m.group(1) for n in names if (m := _APP_IN_PAYLOAD.match(n))} - {root.split("/")[-2]})


def _is_ipa(zf: SafeZip) -> bool:
    return any(n.startswith("Payload/") for n in zf.names) or app_root_in_zip(zf.names) is not None


# Tried in order: the first format whose detector says yes reads the package.
ZIP_FORMATS = (
    ZipFormat("apk", "android", lambda zf: ANDROID_MANIFEST in zf),
    ZipFormat("aab", "android", lambda zf: AAB_MANIFEST in zf and ANDROID_MANIFEST not in zf),
    ZipFormat("apks", "android", lambda zf: find_apks_layout(zf) is not None),
    ZipFormat("xapk", "android", lambda zf: find_xapk_layout(zf) is not None),
    ZipFormat("ipa", "ios", _is_ipa),
)


def app_dir(path: Path) -> tuple[Path, str, str] | None:
    """(directory to walk, its name inside the package, app root) for a .app or an unzipped IPA folder."""
    if path.suffix == ".app" and (path / "Info.plist").is_file():
        return path, path.name + "/", path.name + "/"
    payload = path / "Payload"
    if payload.is_dir() and not payload.is_symlink():
        apps = sorted(p.name for p in payload.iterdir() if p.suffix == ".app" and p.is_dir() and not p.is_symlink())
        if apps:
            return path, "", f"Payload/{apps[0]}/"
    return None
