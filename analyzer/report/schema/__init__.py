"""The JSON Schema of `pinscan scan --format json` (draft 2020-12), shipped with the package as
`scan-result.schema.json` and printed by `pinscan schema`; the tests validate every sample's result against it."""

from __future__ import annotations

from importlib import resources

SCHEMA_FILE = "scan-result.schema.json"


def schema_text() -> str:
    return resources.files(__name__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
