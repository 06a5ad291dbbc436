"""Property lists: XML and binary through plistlib, key lines, and hostile input as PartError."""

from __future__ import annotations

import plistlib
import struct

import pytest

from pinscan.errors import PartError
from pinscan.ios.plist import parse_plist

XML = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
\t<key>CFBundleIdentifier</key>
\t<string>com.example.x</string>
\t<key>NSAppTransportSecurity</key>
\t<dict>
\t\t<key>NSExceptionDomains</key>
\t\t<dict>
\t\t\t<key>a.example.com</key>
\t\t\t<dict>
\t\t\t\t<key>NSIncludesSubdomains</key>
\t\t\t\t<true/>
\t\t\t</dict>
\t\t</dict>
\t\t<key>NSPinnedDomains</key>
\t\t<array>
\t\t\t<dict>
\t\t\t\t<key>inner</key>
\t\t\t\t<string>x</string>
\t\t\t</dict>
\t\t</array>
\t</dict>
</dict>
</plist>
"""


def test_xml_plist_gives_values_and_key_lines():
    p = parse_plist(XML, "Info.plist")
    assert p.format == "xml"
    assert p.value["NSAppTransportSecurity"]["NSExceptionDomains"]["a.example.com"]["NSIncludesSubdomains"] is True
    assert p.line(("CFBundleIdentifier",)) == 5
    assert p.line(("NSAppTransportSecurity", "NSExceptionDomains", "a.example.com", "NSIncludesSubdomains")) == 13
    assert p.line(("NSAppTransportSecurity", "NSPinnedDomains", "0", "inner")) == 20
    # A key path without its own <key> falls back to the closest parent's line.
    assert p.line(("NSAppTransportSecurity", "NSPinnedDomains", "0")) == 17


def test_binary_plist_reads_the_same_values_without_lines():
    value = plistlib.loads(XML)
    p = parse_plist(plistlib.dumps(value, fmt=plistlib.FMT_BINARY), "Info.plist")
    assert p.format == "binary"
    assert p.value == value
    assert p.line(("CFBundleIdentifier",)) is None


def test_utf16_xml_plist_is_read():
    text = '<?xml version="1.0" encoding="UTF-16"?><plist version="1.0"><dict><key>a</key><true/></dict></plist>'
    assert parse_plist(text.encode("utf-16"), "Info.plist").value == {"a": True}


@pytest.mark.parametrize(("data", "reason"), [
    (plistlib.dumps([1, 2]), "root of the property list is an array, not a dictionary"),
    (plistlib.dumps("text", fmt=plistlib.FMT_BINARY), "is a string, not a dictionary"),
    (b"bplist00\x00\x01garbage", "malformed binary property list"),
    (plistlib.dumps({"a": "b" * 100}, fmt=plistlib.FMT_BINARY)[:-10], "malformed binary property list"),
    (b"<?xml version='1.0'?><plist><dict><key>a</key></plist>", "malformed XML property list"),
    (b'<?xml version="1.0"?><!DOCTYPE plist [<!ENTITY a "x">]><plist><dict><key>a</key><string>&a;</string>'
     b"</dict></plist>", "entity declarations"),
    (b"{ a = b; }", "malformed"),
    (b"", "empty file"),
])
def test_hostile_plists_raise_part_error_with_the_reason(data, reason):
    with pytest.raises(PartError) as exc:
        parse_plist(data, "Payload/X.app/Info.plist")
    assert reason in str(exc.value)
    assert str(exc.value).startswith("Payload/X.app/Info.plist")


def test_cyclic_binary_plist_is_refused():
    # One array object whose only element is itself: plistlib returns a self-containing list.
    body = b"bplist00" + b"\xa1\x00"
    offsets = bytes([8])
    trailer = struct.pack(">6xBBQQQ", 1, 1, 1, 0, len(body))
    cyclic = plistlib.dumps({"k": 1}, fmt=plistlib.FMT_BINARY)  # sanity: a normal one parses
    assert parse_plist(cyclic, "x").value == {"k": 1}
    data = body + offsets + trailer
    with pytest.raises(PartError):
        parse_plist(data, "x")


def test_cyclic_dict_inside_root_is_refused():
    # Root dict {"a": <array containing itself>}: objects 0 dict, 1 key "a", 2 array -> [2].
    objects = [b"\xd1\x01\x02", b"\x51a", b"\xa1\x02"]
    body = b"bplist00"
    offsets = []
    for obj in objects:
        offsets.append(len(body))
        body += obj
    table = bytes(offsets)
    trailer = struct.pack(">6xBBQQQ", 1, 1, len(objects), 0, len(body))
    with pytest.raises(PartError, match="cyclic"):
        parse_plist(body + table + trailer, "x")


def test_oversized_plist_is_refused_before_parsing():
    with pytest.raises(PartError, match="larger than any real property list"):
        parse_plist(b" " * (9 << 20), "x")
