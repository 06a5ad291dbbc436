"""The rule interface: a rule is metadata plus one `check(app, options)` function whose docstring is
its user documentation (sections: What it finds / Why it matters / How to fix / References).

A rule module declares its rules with the `@rule(...)` decorator; importing the module registers them.
Rules never parse package files: they ask the App model.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from importlib import metadata
from typing import Any

from pinscan.model import Confidence, Finding, Severity

CheckFn = Callable[[Any, "ScanOptions"], Iterable[Finding]]


@dataclass(frozen=True)
class ScanOptions:
    """What rules may be told by the user. `as_of` is "today" for expiry checks (injectable: tests and
    reproducible reports pin it)."""

    as_of: dt.date
    expiry_warning_days: int = 30


@dataclass(frozen=True)
class Rule:
    id: str  # stable and opaque: never reused, never renamed
    name: str  # short kebab-case name
    title: str
    severity: Severity  # default severity; a finding may carry another
    confidence: Confidence  # precision of the rule in general
    cwe: tuple[int, ...]
    masvs: tuple[str, ...]
    platforms: frozenset[str]
    check: CheckFn
    doc: str

    @property
    def summary(self) -> str:
        """The doc's first paragraph."""
        return self.doc.split("\n\n", 1)[0].strip()

    def finding(
        self,
        message: str,
        location,
        *,
        severity: Severity | None = None,
        confidence: Confidence | None = None,
        **kwargs,
    ) -> Finding:
        return Finding(
            rule_id=self.id,
            severity=self.severity if severity is None else severity,
            confidence=self.confidence if confidence is None else confidence,
            message=message,
            location=location,
            **kwargs,
        )


_REGISTRY: dict[str, Rule] = {}
_LOADED = False


def rule(
    *,
    id: str,
    name: str,
    title: str,
    severity: Severity,
    confidence: Confidence,
    cwe: Iterable[int],
    masvs: Iterable[str],
    platforms: Iterable[str],
) -> Callable[[CheckFn], Rule]:
    """Register the decorated check function as a rule; returns the Rule (so a module can call
    `RULE.finding(...)` from inside its own check)."""

    def register(fn: CheckFn) -> Rule:
        doc = inspect.cleandoc(fn.__doc__ or "")
        if not doc:
            raise ValueError(f"rule {id} has no docstring: the docstring is its documentation")
        if id in _REGISTRY and _REGISTRY[id].check.__qualname__ != fn.__qualname__:
            raise ValueError(f"rule id {id} is registered twice")
        r = Rule(id, name, title, severity, confidence, tuple(cwe), tuple(masvs), frozenset(platforms), fn, doc)
        _REGISTRY[id] = r
        return r

    return register


def _load() -> None:
    global _LOADED
    if _LOADED:
        return
    _LOADED = True
    importlib.import_module("pinscan.rules")
    for ep in metadata.entry_points(group="pinscan.rules"):
        if ep.value != "pinscan.rules":
            ep.load()


def all_rules() -> list[Rule]:
    _load()
    return sorted(_REGISTRY.values(), key=lambda r: r.id)


def get_rule(rule_id: str) -> Rule | None:
    _load()
    return _REGISTRY.get(rule_id) or next((r for r in _REGISTRY.values() if r.name == rule_id), None)


def rules_for(platform: str) -> Iterator[Rule]:
    return (r for r in all_rules() if platform in r.platforms)
