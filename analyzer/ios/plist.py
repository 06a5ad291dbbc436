"""Property lists (Info.plist and friends) in XML or binary form, with the source line of each key.

Reading uses the standard `plistlib` only. biplist is not needed: it reads the same two formats
(`bplist00` binary and XML), and every value type an Info.plist holds (dict, array, string, integer,
real, boolean, date, data, and UID in keyed archives) is decoded by plistlib; it was checked on XML,
UTF-16 XML and binary plists written by `plistlib.dumps` and on the hostile cases in
tests/test_ios_plist.py. Neither library reads the old NeXTSTEP text format, which Xcode never writes
into a built bundle, so it is reported as unreadable.

Hostile input: plistlib refuses XML entity declarations (no entity expansion) and expat fetches no
external DTD; binary plists can reference objects cyclically, which plistlib returns as
self-containing lists or dicts, so `_acyclic` rebuilds the value with a depth limit before any rule
walks it.
"""

from __future__ import annotations

import plistlib
import xml.parsers.expat
from dataclasses import dataclass, field
from typing import Any

from pinscan.errors import PartError

MAX_PLIST_SIZE = 8 << 20
_MAX_DEPTH = 64

KeyPath = tuple[str, ...]


@dataclass(frozen=True)
class Plist:
    """A parsed property list whose root is a dictionary."""

    path: str  # the file inside the package
    value: dict[str, Any]
    format: str  # "xml" | "binary"
    lines: dict[KeyPath, int] = field(default_factory=dict, compare=False)

    def line(self, key_path: KeyPath) -> int | None:
        """Source line of the `<key>` at `key_path` (XML plists only), else of its closest parent."""
        for n in range(len(key_path), 0, -1):
            line = self.lines.get(tuple(key_path[:n]))
            if line is not None:
                return line
        return None


def _acyclic(value: Any, depth: int = 0, seen: frozenset[int] = frozenset()) -> Any:
    if isinstance(value, dict | list):
        if depth > _MAX_DEPTH or id(value) in seen:
            raise PartError("nesting is cyclic or deeper than 64 levels")
        inner = seen | {id(value)}
        if isinstance(value, dict):
            return {str(k): _acyclic(v, depth + 1, inner) for k, v in value.items()}
        return [_acyclic(v, depth + 1, inner) for v in value]
    return value


def parse_plist(data: bytes, path: str) -> Plist:
    """Parse a plist whose root must be a dictionary; PartError with the reason otherwise."""
    if len(data) > MAX_PLIST_SIZE:
        raise PartError(f"{path}: {len(data)} bytes, larger than any real property list (limit {MAX_PLIST_SIZE})")
    if not data.strip():
        raise PartError(f"{path}: empty file")
    fmt = "binary" if data.startswith(b"bplist") else "xml"
    try:
        value = plistlib.loads(data)
    except plistlib.InvalidFileException as exc:
        raise PartError(f"{path}: malformed {fmt} property list: {exc}") from None
    except xml.parsers.expat.ExpatError as exc:
        raise PartError(f"{path}: malformed XML property list: {exc}") from None
    except (ValueError, TypeError, OverflowError, IndexError, KeyError, UnicodeDecodeError, RecursionError,
            MemoryError) as exc:
        raise PartError(f"{path}: malformed {fmt} property list: {type(exc).__name__}: {exc}") from None
    if not isinstance(value, dict):
        raise PartError(f"{path}: the root of the property list is {type_name(value)}, not a dictionary")
    try:
        value = _acyclic(value)
    except PartError as exc:
        raise PartError(f"{path}: {exc}") from None
    except RecursionError:
        raise PartError(f"{path}: nesting too deep") from None
    lines = _xml_key_lines(data) if fmt == "xml" else {}
    return Plist(path, value, fmt, lines)


def type_name(value: Any) -> str:
    """'a boolean', 'a string'... for messages about values of the wrong type."""
    return {
        bool: "a boolean", int: "an integer", float: "a real", str: "a string", bytes: "data",
        list: "an array", dict: "a dictionary",
    }.get(type(value), type(value).__name__)


def _xml_key_lines(data: bytes) -> dict[KeyPath, int]:
    """Line of every `<key>` in an XML plist, by key path (array items are numbered)."""
    lines: dict[KeyPath, int] = {}
    # Each open container: [kind, path, pending key, next array index]
    stack: list[list[Any]] = []
    text: list[str] = []
    key_line = [0]
    parser = xml.parsers.expat.ParserCreate()

    def refuse(*_args):
        raise ValueError("entity declaration")

    def child_path() -> KeyPath | None:
        if not stack:
            return ()
        top = stack[-1]
        if top[0] == "dict":
            return None if top[2] is None else (*top[1], top[2])
        path = (*top[1], str(top[3]))
        top[3] += 1
        return path

    def start(name, _attrs):
        text.clear()
        if name == "key":
            key_line[0] = parser.CurrentLineNumber
            return
        if name == "plist":
            return
        path = child_path()
        if stack and stack[-1][0] == "dict":
            stack[-1][2] = None
        if name in ("dict", "array"):
            stack.append([name, path if path is not None else (), None, 0])

    def end(name):
        if name == "key" and stack and stack[-1][0] == "dict":
            key = "".join(text)
            stack[-1][2] = key
            lines.setdefault((*stack[-1][1], key), key_line[0])
        elif name in ("dict", "array") and stack:
            stack.pop()

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text.append
    parser.EntityDeclHandler = refuse
    try:
        parser.Parse(data, True)
    except (xml.parsers.expat.ExpatError, ValueError):
        return {}
    return lines
