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
    exclude_libraries: tuple[str, ...] = ()  # library names whose findings are dropped; ("all",): every library
    strict_libraries: bool = False  # gate findings in library code the app does not reach, too
    allow_incomplete: bool = False  # pass a package some part of which could not be analysed

    @property
    def fail_on_label(self) -> str:
        return self.fail_on.label if self.fail_on is not None else "never"

    def excludes_library(self, library: str | None) -> bool:
        return bool(library) and ("all" in self.exclude_libraries or library in self.exclude_libraries)

    def describe(self) -> str:
        """One line for people: `fail on high · pins expiring within 30 days · baseline b.json`."""
        parts = [f"fail on findings at or above {self.fail_on.label}" if self.fail_on is not None
                 else "findings never fail it"]
        if self.fail_on_pin_expiry is not None:
            parts.append(f"pins expiring within {self.fail_on_pin_expiry} days")
        if self.require_pinning:
            parts.append(f"pinning required for {', '.join(self.require_pinning)}")
        if self.server_chains:
            parts.append(f"{len(self.server_chains)} production chain(s)")
        if self.baseline is not None:
            parts.append(f"baseline {self.baseline.path}")
        if self.suppressions:
            parts.append(f"{len(self.suppressions)} suppression(s)")
        if self.exclude_libraries:
            parts.append("libraries excluded: " + ", ".join(self.exclude_libraries))
        if self.strict_libraries:
            parts.append("strict libraries (library code the app does not reach counts too)")
        if self.allow_incomplete:
            parts.append("incomplete analysis allowed")
        if self.config_file:
            parts.append(f"config {self.config_file}")
        return " · ".join(parts)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"fail_on": self.fail_on_label}
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
        if self.exclude_libraries:
            data["exclude_libraries"] = list(self.exclude_libraries)
        if self.strict_libraries:
            data["strict_libraries"] = True
        if self.allow_incomplete:
            data["allow_incomplete"] = True
        return data
