"""Property lists (Info.plist and friends) in XML or binary form, with the source line of each key.

Reading uses the standard `plistlib` only. biplist is not needed: it reads the same two formats
(`bplist00` binary and XML), and every value type an Info.plist holds (dict, array, string, integer,
real, boolean, date, data, and UID in keyed archives) is decoded by plistlib; it was checked on XML,
UTF-16 XML and binary plists written by `plistlib.dumps` and on the hostile cases in
tests/test_ios_plist.py. Neither library reads the old NeXTSTEP text format, which Xcode never writes
into a built bundle, so it is reported as unreadable.

Hostile input: plistlib refuses XML entity declarations (no entity expansion) and expat fetches no
external DTD. A binary plist's objects reference each other: cyclically (plistlib returns
self-containing lists or dicts), or many times over (plistlib decodes each object once, but 60 levels of
objects that each reference the next twice are 2^60 values to a rule walking the tree). So before any
rule walks it, `_expanded_size` counts the values of the tree as rules see it, each shared object
counted once per reference but computed once (memoised), refusing cycles, nesting past 64 levels and
trees of more than PLIST_VALUES values; only then is the value rebuilt as a plain tree.
"""

from __future__ import annotations

import plistlib
import xml.parsers.expat
from dataclasses import dataclass, field
from typing import Any

from pinscan.errors import PartError
from pinscan.limits import MAX_NESTING, MAX_PLIST_SIZE, PLIST_VALUES, BudgetExceeded

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


def _expanded_size(root: Any, path: str) -> int:
    """Values in the tree `root` stands for once every shared container is copied out, computed in time
    linear in the distinct containers. PartError for cycles, nesting past MAX_NESTING levels or a tree
    over the PLIST_VALUES budget."""
    sizes: dict[int, int] = {}  # id(container) -> values below and including it
    depths: dict[int, int] = {}  # id(container) -> deepest nesting below it
    on_path: set[int] = set()
    # Iterative post-order walk: (container, entered?) frames; a recursive walk is what deep input breaks.
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        value, entered = stack.pop()
        key = id(value)
        children = value.values() if isinstance(value, dict) else value
        if not entered:
            if key in sizes:
                continue
            if key in on_path:
                raise PartError(f"{path}: objects reference each other cyclically")
            on_path.add(key)
            stack.append((value, True))
            stack.extend((c, False) for c in children if isinstance(c, dict | list) and id(c) not in sizes)
            continue
        on_path.discard(key)
        size, depth = 1, 1
        for c in children:
            if isinstance(c, dict | list):
                size += sizes[id(c)]
                depth = max(depth, depths[id(c)] + 1)
            else:
                size += 1
        if depth > MAX_NESTING:
            raise PartError(f"{path}: nested deeper than {MAX_NESTING} levels")
        if size > PLIST_VALUES:
            raise BudgetExceeded(path, f"{PLIST_VALUES:,} values once shared objects are expanded")
        sizes[key] = size
        depths[key] = depth
    return sizes[id(root)]


def _tree(value: Any) -> Any:
    """A plain copy of a value `_expanded_size` accepted: dict keys as strings, shared objects copied."""
    if isinstance(value, dict):
        return {str(k): _tree(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_tree(v) for v in value]
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
            MemoryError, LookupError) as exc:  # LookupError: an XML declaration naming an unknown encoding
        raise PartError(f"{path}: malformed {fmt} property list: {type(exc).__name__}: {exc}") from None
    if not isinstance(value, dict):
        raise PartError(f"{path}: the root of the property list is {type_name(value)}, not a dictionary")
    _expanded_size(value, path)
    value = _tree(value)
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
    except (xml.parsers.expat.ExpatError, ValueError, LookupError):
        return {}
    return lines
