"""What a release gate checks: the policy (from CLI options and the config file) and its suppressions."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from pinscan.gate.baseline import Baseline
from pinscan.gate.chains import ServerChain
from pinscan.model import Finding, Severity
from pinscan.rule import get_rule

DEFAULT_FAIL_ON = Severity.HIGH


def glob_match(pattern: str, text: str, *, ignore_case: bool = False) -> bool:
    """`*` any run of characters, `?` one; everything else literal, so that the brackets of logical
    locations (`domain-config[api.example.com]`) need no escaping."""
    regex = "".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern)
    return re.fullmatch(regex, text, re.DOTALL | (re.IGNORECASE if ignore_case else 0)) is not None


@dataclass(frozen=True)
class Suppression:
    reason: str
    rule: str | None = None  # rule ID or name
    library: str | None = None  # glob (see glob_match), case-insensitive, over the finding's library
    location: str | None = None  # glob over the logical location (class, method, key path) or the path
    expires: dt.date | None = None  # last day it applies
    origin: str = ""  # where it was declared, for messages

    def describe(self) -> str:
        parts = [f"{k} {v!r}" for k, v in (("rule", self.rule), ("library", self.library),
                                           ("location", self.location)) if v]
        return f"suppression ({', '.join(parts)}{'; ' + self.origin if self.origin else ''})"

    def matches(self, f: Finding) -> bool:
        if self.rule is not None:
            r = get_rule(self.rule)
            if (r.id if r else self.rule) != f.rule_id:
                return False
        if self.library is not None and not glob_match(self.library, f.library or "", ignore_case=True):
            return False
        if self.location is not None:
            loc = f.location
            candidates = [c for c in (loc.logical, loc.path, loc.source_file) if c]
            if not any(glob_match(self.location, c) for c in candidates):
                return False
        return True

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {k: v for k, v in (("rule", self.rule), ("library", self.library),
                                                  ("location", self.location)) if v}
        data["reason"] = self.reason
        if self.expires:
            data["expires"] = self.expires.isoformat()
        return data


@dataclass(frozen=True)
class Policy:
    fail_on: Severity | None = DEFAULT_FAIL_ON  # None: never fail on findings
    fail_on_pin_expiry: int | None = None
    require_pinning: tuple[str, ...] = ()
    suppressions: tuple[Suppression, ...] = ()
    baseline: Baseline | None = None
    server_chains: tuple[ServerChain, ...] = ()
    config_file: str | None = None  # the config file the policy came from, if any
    allow_incomplete: bool = False  # pass a package some part of which could not be analysed

    def beyond_fail_on(self) -> bool:
        return bool(self.fail_on_pin_expiry is not None or self.require_pinning or self.suppressions
                    or self.baseline is not None or self.server_chains or self.config_file
                    or self.allow_incomplete)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"fail_on": self.fail_on.label if self.fail_on is not None else "never"}
        if self.config_file:
            data["config_file"] = self.config_file
        if self.fail_on_pin_expiry is not None:
            data["fail_on_pin_expiry"] = self.fail_on_pin_expiry
        if self.require_pinning:
            data["require_pinning"] = list(self.require_pinning)
        if self.baseline is not None:
            data["baseline"] = self.baseline.path
        if self.suppressions:
            data["suppressions"] = [s.to_json() for s in self.suppressions]
        if self.server_chains:
            data["server_chains"] = {c.host: c.path for c in self.server_chains}
        if self.allow_incomplete:
            data["allow_incomplete"] = True
        return data
