"""Message classes for the part of aapt2's `Resources.proto` and `Configuration.proto` (package aapt.pb,
current proto3 layout) that App Bundles use for compiled XML and `resources.pb`, built at import time
with the `protobuf` package (no protoc, no generated files). The differential tests and the reader
benchmark decode bundles with these as the reference for pinscan's hand-written wire-format reader.

Field numbers and types follow the published schema; only the messages pinscan reads are declared, the
rest (Source, Visibility, CompoundValue...) are left out and kept by protobuf as unknown fields.
"""

from __future__ import annotations

from google.protobuf import descriptor_pb2, descriptor_pool, message_factory

from pinscan.android.axml import TYPE_INT_BOOLEAN, TYPE_INT_DEC, TYPE_INT_HEX, TYPE_REFERENCE, TYPE_STRING

_F = descriptor_pb2.FieldDescriptorProto
_SCALARS = {"string": _F.TYPE_STRING, "uint32": _F.TYPE_UINT32, "int32": _F.TYPE_INT32, "bool": _F.TYPE_BOOL,
            "float": _F.TYPE_FLOAT}

# message -> [(field name, number, type or message name, repeated, oneof name)]
_SCHEMA: dict[str, list[tuple[str, int, str, bool, str | None]]] = {
    "ResourceTable": [("package", 2, "Package", True, None)],
    "PackageId": [("id", 1, "uint32", False, None)],
    "Package": [("package_id", 1, "PackageId", False, None), ("package_name", 2, "string", False, None),
                ("type", 3, "Type", True, None)],
    "TypeId": [("id", 1, "uint32", False, None)],
    "Type": [("type_id", 1, "TypeId", False, None), ("name", 2, "string", False, None),
             ("entry", 3, "Entry", True, None)],
    "EntryId": [("id", 1, "uint32", False, None)],
    "Entry": [("entry_id", 1, "EntryId", False, None), ("name", 2, "string", False, None),
              ("config_value", 6, "ConfigValue", True, None)],
    "ConfigValue": [("config", 1, "Configuration", False, None), ("value", 2, "Value", False, None)],
    # Enums are declared as uint32: the same varint on the wire, and only "set or not" matters here.
    "Configuration": [(n, i, "string" if n in ("locale", "product") else "uint32", False, None) for i, n in enumerate([
        "mcc", "mnc", "locale", "layout_direction", "screen_width", "screen_height", "screen_width_dp",
        "screen_height_dp", "smallest_screen_width_dp", "screen_layout_size", "screen_layout_long", "screen_round",
        "wide_color_gamut", "hdr", "orientation", "ui_mode_type", "ui_mode_night", "density", "touchscreen",
        "keys_hidden", "keyboard", "nav_hidden", "navigation", "sdk_version", "product"], start=1)],
    "Value": [("item", 4, "Item", False, "value")],
    "Item": [("ref", 1, "Reference", False, "value"), ("str", 2, "String", False, "value"),
             ("raw_str", 3, "RawString", False, "value"), ("styled_str", 4, "StyledString", False, "value"),
             ("file", 5, "FileReference", False, "value"),
             ("prim", 7, "Primitive", False, "value")],
    "Reference": [("type", 1, "uint32", False, None), ("id", 2, "uint32", False, None),
                  ("name", 3, "string", False, None)],
    "String": [("value", 1, "string", False, None)],
    "RawString": [("value", 1, "string", False, None)],
    "StyledString": [("value", 1, "string", False, None)],  # spans (2) left out
    "FileReference": [("path", 1, "string", False, None), ("type", 2, "uint32", False, None)],
    "Empty": [],
    "Primitive": [("null_value", 1, "Empty", False, "oneof_value"), ("empty_value", 2, "Empty", False, "oneof_value"),
                  ("float_value", 3, "float", False, "oneof_value"),
                  ("int_decimal_value", 6, "int32", False, "oneof_value"),
                  ("int_hexadecimal_value", 7, "uint32", False, "oneof_value"),
                  ("boolean_value", 8, "bool", False, "oneof_value"),
                  ("color_argb8_value", 9, "uint32", False, "oneof_value"),
                  ("dimension_value", 13, "uint32", False, "oneof_value")],
    "SourcePosition": [("line_number", 1, "uint32", False, None), ("column_number", 2, "uint32", False, None)],
    "XmlNode": [("element", 1, "XmlElement", False, "node"), ("text", 2, "string", False, "node"),
                ("source", 3, "SourcePosition", False, None)],
    "XmlElement": [("namespace_declaration", 1, "XmlNamespace", True, None),
                   ("namespace_uri", 2, "string", False, None), ("name", 3, "string", False, None),
                   ("attribute", 4, "XmlAttribute", True, None),
                   ("child", 5, "XmlNode", True, None)],
    "XmlNamespace": [("prefix", 1, "string", False, None), ("uri", 2, "string", False, None)],
    "XmlAttribute": [("namespace_uri", 1, "string", False, None), ("name", 2, "string", False, None),
                     ("value", 3, "string", False, None), ("source", 4, "SourcePosition", False, None),
                     ("resource_id", 5, "uint32", False, None), ("compiled_item", 6, "Item", False, None)],
}


def _build() -> dict[str, type]:
    fd = descriptor_pb2.FileDescriptorProto(name="pinscan_tests/aapt2_subset.proto", package="aapt.pb",
                                            syntax="proto3")
    for msg_name, fields in _SCHEMA.items():
        msg = fd.message_type.add(name=msg_name)
        oneofs: list[str] = []
        for name, number, kind, repeated, oneof in fields:
            f = msg.field.add(name=name, number=number,
                              label=_F.LABEL_REPEATED if repeated else _F.LABEL_OPTIONAL)
            if kind in _SCALARS:
                f.type = _SCALARS[kind]
            else:
                f.type = _F.TYPE_MESSAGE
                f.type_name = f".aapt.pb.{kind}"
            if oneof is not None:
                if oneof not in oneofs:
                    oneofs.append(oneof)
                    msg.oneof_decl.add(name=oneof)
                f.oneof_index = oneofs.index(oneof)
    pool = descriptor_pool.DescriptorPool()
    pool.Add(fd)
    return {name: message_factory.GetMessageClass(pool.FindMessageTypeByName(f"aapt.pb.{name}"))
            for name in _SCHEMA}


MESSAGES = _build()
ResourceTable = MESSAGES["ResourceTable"]
XmlNode = MESSAGES["XmlNode"]


def attribute_value(a) -> tuple[str | None, int, int]:
    """(raw text, Res_value type, data) of an XmlAttribute, the meaning aapt2 gives it: a compiled reference
    drops the source text, as in binary XML. Other primitives (float, color, dimension) are not modelled by
    pinscan, which no rule needs: their source text stays a string."""
    raw: str | None = a.value or None  # proto3: an empty string is not on the wire
    if not a.HasField("compiled_item"):
        return raw, TYPE_STRING, 0
    item = a.compiled_item
    if item.HasField("ref"):
        return None, TYPE_REFERENCE, item.ref.id
    if item.HasField("prim"):
        kind = item.prim.WhichOneof("oneof_value")
        if kind == "boolean_value":
            return raw, TYPE_INT_BOOLEAN, int(item.prim.boolean_value)
        if kind == "int_decimal_value":
            return raw, TYPE_INT_DEC, item.prim.int_decimal_value & 0xFFFFFFFF
        if kind == "int_hexadecimal_value":
            return raw, TYPE_INT_HEX, item.prim.int_hexadecimal_value
    return raw, TYPE_STRING, 0
