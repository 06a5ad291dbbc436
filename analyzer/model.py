"""The values every stage shares: severities, locations, findings, pins, policies, coverage, results.

All are frozen dataclasses with a `to_json()` that yields plain, deterministically ordered data; the
JSON reporter only serialises what these return.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any


class Severity(IntEnum):
    INFO = 0
    LOW = 1
    MEDIUM = 2
    HIGH = 3
    CRITICAL = 4

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Severity:
        try:
            return cls[text.strip().upper()]
        except KeyError:
            names = ", ".join(s.label for s in cls)
            raise ValueError(f"unknown severity {text!r} (expected one of: {names})") from None


class Confidence(IntEnum):
    LOW = 0
    MEDIUM = 1
    HIGH = 2

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class Location:
    """Where a finding comes from.

    `path` is the file inside the package; `line` is the source line kept in the package (aapt's line
    numbers in binary XML, DEX debug info). `logical` names the thing itself in a way that survives a
    rebuild: an XML element path, `Lcom/a/B;->m(I)V`, a plist key path or a Mach-O symbol.
    `source_file` is the original source file name when the package records it (DEX SourceFile).
    """

    path: str | None = None
    line: int | None = None
    logical: str | None = None
    kind: str = "file"  # file | xml-element | class | method | plist-key | symbol
    source_file: str | None = None
    component: str | None = None  # app extension / framework / split the location belongs to

    def to_json(self) -> dict[str, Any]:
        data = {
            "path": self.path,
            "line": self.line,
            "logical": self.logical,
            "kind": self.kind,
            "source_file": self.source_file,
            "component": self.component,
        }
        return {k: v for k, v in data.items() if v is not None}

    def short(self) -> str:
        """One-line form for terminals: `res/xml/nsc.xml:12 (domain-config[api.example.com])`."""
        where = self.path or ""
        if self.line is not None:
            where += f":{self.line}"
        if self.logical and self.logical != self.path:
            where = f"{where} ({self.logical})" if where else self.logical
        if self.component:
            where = f"[{self.component}] {where}"
        return where or "(package)"

    def display(self) -> str:
        """How a person reads it. Code: `Api.java:17 in com.example.Api$1.verify(String, SSLSession) ·
        classes2.dex` (the line is a source line, so it goes with the source file, the dex file second);
        everything else as `short()`."""
        if self.kind not in ("method", "class") or not self.logical or not self.logical.startswith("L"):
            return self.short()
        if self.line is None:
            where = self.source_file
        else:
            where = f"{self.source_file}:{self.line}" if self.source_file else f"line {self.line}"
        code = readable_code(self.logical)
        text = f"{where} in {code}" if where else code
        if self.path:
            text += f" · {self.path}"
        if self.component:
            text = f"[{self.component}] {text}"
        return text


_PRIMITIVES = {"V": "void", "Z": "boolean", "B": "byte", "S": "short", "C": "char", "I": "int", "J": "long",
               "F": "float", "D": "double"}


def readable_type(desc: str, *, simple: bool = False) -> str:
    """`Ljava/lang/String;` -> `java.lang.String` (`String` when simple), `[B` -> `byte[]`."""
    dims = len(desc) - len(desc.lstrip("["))
    body = desc[dims:]
    if body in _PRIMITIVES:
        name = _PRIMITIVES[body]
    elif body.startswith("L") and body.endswith(";"):
        name = body[1:-1].replace("/", ".")
        if simple:
            name = name.rsplit(".", 1)[-1]
    else:
        name = body
    return name + "[]" * dims


def _param_types(proto: str) -> list[str]:
    out, i = [], 0
    while i < len(proto):
        j = i
        while j < len(proto) and proto[j] == "[":
            j += 1
        if j < len(proto) and proto[j] == "L":
            end = proto.find(";", j)
            j = len(proto) - 1 if end < 0 else end
        out.append(proto[i:j + 1])
        i = j + 1
    return out


def readable_code(logical: str) -> str:
    """`Lcom/a/B$1;->verify(Ljava/lang/String;Ljavax/net/ssl/SSLSession;)Z` ->
    `com.a.B$1.verify(String, SSLSession)`; a class descriptor -> its dotted name."""
    cls, sep, member = logical.partition("->")
    name = readable_type(cls)
    if not sep:
        return name
    method, paren, rest = member.partition("(")
    if not paren:
        return f"{name}.{method}"
    params = rest.partition(")")[0]
    return f"{name}.{method}({', '.join(readable_type(t, simple=True) for t in _param_types(params))})"


@dataclass(frozen=True)
class Finding:
    rule_id: str
    severity: Severity
    confidence: Confidence
    message: str
    location: Location
    evidence: tuple[str, ...] = ()
    related: tuple[Location, ...] = ()
    # What makes this finding distinct from others of the same rule at the same place (a host, a
    # pin): part of the fingerprint, so fingerprints stay stable across rebuilds.
    key: str = ""
    library: str | None = None  # None: the app's own code or config; else the SDK it belongs to
    properties: tuple[tuple[str, Any], ...] = ()

    @property
    def fingerprint(self) -> str:
        material = "\x1f".join(
            [self.rule_id, self.location.component or "", self.location.logical or self.location.path or "", self.key]
        )
        return hashlib.sha256(material.encode()).hexdigest()[:32]

    def sort_key(self) -> tuple:
        return (-self.severity, self.rule_id, self.location.component or "", self.location.path or "",
                self.location.line or 0, self.location.logical or "", self.key, self.message)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "rule_id": self.rule_id,
            "severity": self.severity.label,
            "confidence": self.confidence.label,
            "message": self.message,
            "location": self.location.to_json(),
            "fingerprint": self.fingerprint,
        }
        if self.key:  # kept so a result read back from JSON has the same fingerprint
            data["key"] = self.key
        if self.evidence:
            data["evidence"] = list(self.evidence)
        if self.related:
            data["related"] = [loc.to_json() for loc in self.related]
        if self.library:
            data["library"] = self.library
        if self.properties:
            data["properties"] = dict(self.properties)
        return data


@dataclass(frozen=True)
class Pin:
    digest: str  # as declared: "SHA-256" (NSC), "sha256" (OkHttp), ...
    value: str  # base64 as declared
    valid: bool = True
    problem: str | None = None  # why it is invalid
    matches_certificate: str | None = None  # path of the bundled certificate whose SPKI it matches

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"digest": self.digest, "value": self.value, "valid": self.valid}
        if self.problem:
            data["problem"] = self.problem
        if self.matches_certificate:
            data["matches_certificate"] = self.matches_certificate
        return data


@dataclass(frozen=True)
class RuntimeSource:
    """Where a host or pin that is not a constant in the package comes from at run time."""

    role: str  # "host" | "pin"
    kind: str  # field | user-input | remote-config | preferences | intent | resource | method-result | parameter | ...
    detail: str  # what and where: the field, the key, the call and its place

    def to_json(self) -> dict[str, Any]:
        return {"role": self.role, "kind": self.kind, "detail": self.detail}

    def describe(self) -> str:
        return f"{self.role} from {self.kind}: {self.detail}"


@dataclass(frozen=True)
class PinEntry:
    """One host pattern's pins as declared in one place (an NSC pin-set, an OkHttp CertificatePinner...).

    `host` is the pattern as the app wrote it (`*.example.org` for OkHttp; `?` when code computes it at
    run time, `*` when the code pins whatever host it is used for); `include_subdomains` is the
    declarer's own flag (NSC includeSubdomains, ATS NSIncludesSubdomains, TrustKit kTSKIncludeSubdomains),
    false where the pattern says it all. `pinscan.facts.hosts` answers which hosts it covers.
    `not_enforced_because` is empty exactly when `enforced`; `notes` are caveats that do not stop
    enforcement (older OS versions, the connections it applies to); `report_uris` are where pin
    validation failures are reported (TrustKit). `runtime`: some of the host or pins are supplied at run
    time (`pins` holds only the constant ones; `runtime_sources` says where the rest come from). `pinner`
    names the one pinner object the entry belongs to (an OkHttp CertificatePinner): a pinner accepts a
    chain that matches any pin of any of its entries that covers the host.
    """

    host: str
    include_subdomains: bool
    pins: tuple[Pin, ...]
    source: str  # nsc | okhttp | trustkit | custom | keystore | ats | ...
    location: Location
    expiration: str | None = None  # ISO date
    enforced: bool = True
    not_enforced_because: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    report_uris: tuple[str, ...] = ()
    runtime: bool = False
    runtime_sources: tuple[RuntimeSource, ...] = ()
    pinner: str | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "host": self.host,
            "include_subdomains": self.include_subdomains,
            "source": self.source,
            "pins": [p.to_json() for p in self.pins],
            "location": self.location.to_json(),
            "expiration": self.expiration,
            "enforced": self.enforced,
        }
        if self.not_enforced_because:
            data["not_enforced_because"] = list(self.not_enforced_because)
        if self.notes:
            data["notes"] = list(self.notes)
        if self.report_uris:
            data["report_uris"] = list(self.report_uris)
        if self.runtime:
            data["runtime"] = True
        if self.runtime_sources:
            data["runtime_sources"] = [r.to_json() for r in self.runtime_sources]
        if self.pinner:
            data["pinner"] = self.pinner
        return data

    @property
    def pins_key_material(self) -> bool:
        """Whether the entry pins keys or certificates (Certificate Transparency entries do not)."""
        return self.source != CT_SOURCE

    def sort_key(self) -> tuple:
        return (self.host, self.source, self.location.component or "", self.location.path or "",
                self.location.line or 0, self.location.logical or "", self.pinner or "")


CT_SOURCE = "certificate-transparency"  # an inventory entry that requires CT for its hosts: no pins


@dataclass(frozen=True)
class CodeOverride:
    """What the app's code does to TLS trust on top of the configuration, for the connections it reaches:
    one entry of a policy row's code layer (README "The code layer")."""

    kind: str  # trust-manager | hostname-verifier | security-provider | webview-errors | pins
    scope: str  # process | client | connection | webview
    api: str  # the call that installs it: HttpsURLConnection.setDefaultSSLSocketFactory, ...
    effect: str  # what it does to those connections, in words
    reaches: str  # which connections it reaches, and which not
    location: Location
    confidence: Confidence
    evidence: tuple[str, ...] = ()
    guarded_by: tuple[str, ...] = ()  # runtime flags every path to it depends on (issue 11's guards)
    hosts: tuple[str, ...] = ()  # client / connection: the hosts its requests go to, when known
    defeats_pins: bool = False  # the configuration's pins are skipped on those connections (unless guarded)
    library: str | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind, "scope": self.scope, "api": self.api, "effect": self.effect,
                                "reaches": self.reaches, "confidence": self.confidence.label,
                                "defeats_pins": self.defeats_pins}
        if self.guarded_by:
            data["guarded_by"] = list(self.guarded_by)
        if self.hosts:
            data["hosts"] = list(self.hosts)
        if self.library:
            data["library"] = self.library
        data["location"] = self.location.to_json()
        if self.evidence:
            data["evidence"] = list(self.evidence)
        return data

    def sort_key(self) -> tuple:
        return (self.scope != "process", self.kind, self.api, self.location.logical or "", self.location.line or 0,
                self.effect)

    def identity(self) -> tuple:
        """What stays the same across rebuilds and small refactors: how, where, and to which connections."""
        return (self.kind, self.scope, self.api, self.location.logical or "", bool(self.guarded_by))

    def describe(self) -> str:
        """`HttpsURLConnection.setDefaultSSLSocketFactory (process-wide) trusts any certificate (...)`."""
        text = f"{self.api} ({SCOPE_WORDS.get(self.scope, self.scope)}) {self.effect}"
        if self.guarded_by:
            text += f", only when {' and '.join(self.guarded_by)}"
        return text


SCOPE_WORDS = {"process": "process-wide", "client": "one client", "connection": "one connection",
               "webview": "WebView", "pins": "pins"}


@dataclass(frozen=True)
class Endpoint:
    """A host the app's code contacts with one scheme: where, through which APIs, and whether the effective
    network policy lets the request out (always, for TLS schemes)."""

    scheme: str  # http | https | ws | wss
    host: str
    allowed: bool  # on current OS versions; older ones are in `notes`
    urls: tuple[str, ...]  # as recovered from the code ("…": the rest is not known)
    apis: tuple[str, ...]
    where: tuple[Location, ...]
    confidence: Confidence
    libraries: tuple[str, ...] = ()  # known SDKs whose code makes these requests (empty: the app's own)
    notes: tuple[str, ...] = ()
    component: str | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"scheme": self.scheme, "host": self.host, "allowed": self.allowed,
                                "urls": list(self.urls), "apis": list(self.apis),
                                "where": [loc.to_json() for loc in self.where], "confidence": self.confidence.label}
        if self.libraries:
            data["libraries"] = list(self.libraries)
        if self.notes:
            data["notes"] = list(self.notes)
        if self.component:
            data["component"] = self.component
        return data

    def sort_key(self) -> tuple:
        return (self.component or "", self.host, self.scheme)


@dataclass(frozen=True)
class HostPolicy:
    """The effective TLS policy for one host (or the app-wide default, host "*"): what the configuration says
    (`cleartext_permitted`, `trust_anchors`, `pinned`) and what the code does on top (`code`); `pins_enforced`
    is false when an override on the path defeats the pins."""

    host: str
    include_subdomains: bool
    cleartext_permitted: bool
    trust_anchors: tuple[str, ...]  # "system", "user", "@raw/cert (res/raw/cert.pem)", ...
    pinned: bool
    pins_enforced: bool
    pin_expiration: str | None
    source: str  # where the policy comes from: "nsc domain-config", "nsc base-config", "platform default"
    location: Location | None = None
    notes: tuple[str, ...] = ()
    component: str | None = None
    code: tuple[CodeOverride, ...] = ()  # the code layer: overrides that reach this host's connections

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "host": self.host,
            "include_subdomains": self.include_subdomains,
            "cleartext_permitted": self.cleartext_permitted,
            "trust_anchors": list(self.trust_anchors),
            "pinned": self.pinned,
            "pins_enforced": self.pins_enforced,
            "pin_expiration": self.pin_expiration,
            "source": self.source,
        }
        if self.location:
            data["location"] = self.location.to_json()
        if self.notes:
            data["notes"] = list(self.notes)
        if self.component:
            data["component"] = self.component
        if self.code:
            data["code"] = [c.to_json() for c in sorted(self.code, key=CodeOverride.sort_key)]
        return data

    def sort_key(self) -> tuple:
        return (self.component or "", self.host != "*", self.host)


# The coverage part of warnings about a malformed but readable package (an IPA without Payload/): the gate
# repeats them as warnings.
LAYOUT_PART = "package layout"

# Said in the coverage reason of a FairPlay-encrypted (App Store) binary, so the gate can name the case.
FAIRPLAY = "FairPlay-encrypted"


@dataclass(frozen=True)
class CoverageNote:
    """Something that was, or could not be, analysed. A `failed` note is a part that could not be analysed
    (unreadable, malformed, over its budget, encrypted): the analysis is then incomplete."""

    part: str  # e.g. "res/xml/network_security_config.xml", "classes3.dex", "rule PS1001"
    status: str  # analysed | skipped (deliberately not read) | failed (could not be read) | warning
    reason: str = ""

    def to_json(self) -> dict[str, Any]:
        data = {"part": self.part, "status": self.status}
        if self.reason:
            data["reason"] = self.reason
        return data


@dataclass(frozen=True)
class AppIdentity:
    platform: str  # android | ios
    package_path: str  # as given on the command line (file name only, see to_json)
    sha256: str
    size: int
    app_id: str | None = None  # package name / bundle id
    name: str | None = None
    version_name: str | None = None
    version_code: str | None = None
    min_sdk: int | None = None
    target_sdk: int | None = None
    min_os: str | None = None
    debuggable: bool | None = None
    extra: tuple[tuple[str, Any], ...] = ()

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "platform": self.platform,
            "file": self.package_path,
            "sha256": self.sha256,
            "size": self.size,
            "app_id": self.app_id,
            "name": self.name,
            "version_name": self.version_name,
            "version_code": self.version_code,
            "min_sdk": self.min_sdk,
            "target_sdk": self.target_sdk,
            "min_os": self.min_os,
            "debuggable": self.debuggable,
        }
        data.update(dict(self.extra))
        return {k: v for k, v in data.items() if v is not None}


# 2: `gate` is always present once a gate was applied, shaped like the diff's (`passed`, `reasons`, `warnings`,
# `policy`, `not_counted`); 1 had `result: "pass"/"fail"` and a count of baselined findings.
RESULT_SCHEMA_VERSION = 2
READABLE_SCHEMA_VERSIONS = (1, 2)

# Finding property: False when a finding in a known library's code is reached by no class of the app's own
# code (pinscan.android.libraries); True when it is; absent when not known (then it counts as reached).
REACHED_PROPERTY = "reached_from_app"


@dataclass(frozen=True)
class RecordedGate:
    """A verdict as a JSON result recorded it (read back by result_from_json): rendered as it was."""

    data: dict[str, Any]

    @property
    def passed(self) -> bool:
        return bool(self.data.get("passed"))

    @property
    def reasons(self) -> tuple[str, ...]:
        return tuple(self.data.get("reasons", ()))

    @property
    def warnings(self) -> tuple[str, ...]:
        return tuple(self.data.get("warnings", ()))

    def to_json(self) -> dict[str, Any]:
        return self.data


@dataclass(frozen=True)
class ScanResult:
    identity: AppIdentity
    findings: tuple[Finding, ...]
    pins: tuple[PinEntry, ...]
    policies: tuple[HostPolicy, ...]
    coverage: tuple[CoverageNote, ...]
    tool_version: str
    as_of: str  # the date expiry checks were made against (ISO); part of the result, so deterministic
    scanned_at: str | None = None  # wall-clock time: the one non-deterministic field, opt-in
    rule_ids: tuple[str, ...] = field(default=())  # rules that ran
    # The release gate's verdict (pinscan.gate.Verdict), set after the scan; then `findings` holds only
    # the findings that were neither baselined, suppressed nor excluded. Absent from JSON when unset (a raw
    # scan: the cache, a baseline), always present once the gate was applied.
    gate: Any = None
    endpoints: tuple[Endpoint, ...] = ()  # hosts the code contacts (README "Endpoints")

    def to_json(self) -> dict[str, Any]:
        counts = {s.label: 0 for s in sorted(Severity, reverse=True)}
        for f in self.findings:
            counts[f.severity.label] += 1
        data: dict[str, Any] = {
            "schema_version": RESULT_SCHEMA_VERSION,
            "tool": {"name": "pinscan", "version": self.tool_version},
            "app": self.identity.to_json(),
            "as_of": self.as_of,
            "summary": {"findings": len(self.findings), "by_severity": counts},
            "findings": [f.to_json() for f in sorted(self.findings, key=Finding.sort_key)],
            "pins": [p.to_json() for p in sorted(self.pins, key=PinEntry.sort_key)],
            "policies": [p.to_json() for p in sorted(self.policies, key=HostPolicy.sort_key)],
            "endpoints": [e.to_json() for e in sorted(self.endpoints, key=Endpoint.sort_key)],
            "coverage": [c.to_json() for c in sorted(self.coverage, key=lambda c: (c.part, c.status, c.reason))],
            "rules_run": sorted(self.rule_ids),
        }
        if self.gate is not None:
            data["gate"] = self.gate.to_json()
        if self.scanned_at is not None:
            data["nondeterministic"] = {"scanned_at": self.scanned_at}
        return data

    def to_json_text(self) -> str:
        return json.dumps(self.to_json(), indent=2, sort_keys=False, ensure_ascii=False) + "\n"

    def sorted_findings(self) -> list[Finding]:
        return sorted(self.findings, key=Finding.sort_key)

    def not_analysed(self) -> list[CoverageNote]:
        """The parts that could not be analysed (coverage `failed`), sorted: the analysis is incomplete when
        there is any, and the gate fails unless incomplete analysis is allowed."""
        return sorted({c for c in self.coverage if c.status == "failed"}, key=lambda c: (c.part, c.reason))


@dataclass(frozen=True)
class Outcome:
    """One package of a batch: its result, or why it could not be scanned."""

    path: str
    result: ScanResult | None = None
    error: str | None = None
    cached: bool = False

    @property
    def ok(self) -> bool:
        return self.result is not None


# Reading a result back from its JSON (cache, `pinscan diff` of two JSON results). The inverse of the
# to_json() methods above; ScanResult.from_json(r.to_json()) gives a result that renders identically.


def _location(data: dict[str, Any] | None) -> Location | None:
    if data is None:
        return None
    return Location(path=data.get("path"), line=data.get("line"), logical=data.get("logical"),
                    kind=data.get("kind", "file"), source_file=data.get("source_file"),
                    component=data.get("component"))


def _finding(d: dict[str, Any]) -> Finding:
    return Finding(
        rule_id=d["rule_id"], severity=Severity.parse(d["severity"]), confidence=Confidence[d["confidence"].upper()],
        message=d["message"], location=_location(d["location"]), evidence=tuple(d.get("evidence", ())),
        related=tuple(_location(x) for x in d.get("related", ())), key=d.get("key", ""), library=d.get("library"),
        properties=tuple(d.get("properties", {}).items()),
    )


def _pin_entry(d: dict[str, Any]) -> PinEntry:
    pins = tuple(Pin(p["digest"], p["value"], p.get("valid", True), p.get("problem"), p.get("matches_certificate"))
                 for p in d["pins"])
    return PinEntry(host=d["host"], include_subdomains=d["include_subdomains"], pins=pins, source=d["source"],
                    location=_location(d["location"]), expiration=d.get("expiration"), enforced=d["enforced"],
                    not_enforced_because=tuple(d.get("not_enforced_because", ())), notes=tuple(d.get("notes", ())),
                    report_uris=tuple(d.get("report_uris", ())), runtime=bool(d.get("runtime", False)),
                    runtime_sources=tuple(RuntimeSource(r["role"], r["kind"], r["detail"])
                                          for r in d.get("runtime_sources", ())),
                    pinner=d.get("pinner"))


def _code_override(d: dict[str, Any]) -> CodeOverride:
    return CodeOverride(kind=d["kind"], scope=d["scope"], api=d["api"], effect=d["effect"], reaches=d["reaches"],
                        location=_location(d["location"]), confidence=Confidence[d["confidence"].upper()],
                        evidence=tuple(d.get("evidence", ())), guarded_by=tuple(d.get("guarded_by", ())),
                        hosts=tuple(d.get("hosts", ())), defeats_pins=d.get("defeats_pins", False),
                        library=d.get("library"))


def _host_policy(d: dict[str, Any]) -> HostPolicy:
    return HostPolicy(host=d["host"], include_subdomains=d["include_subdomains"],
                      cleartext_permitted=d["cleartext_permitted"], trust_anchors=tuple(d["trust_anchors"]),
                      pinned=d["pinned"], pins_enforced=d["pins_enforced"], pin_expiration=d.get("pin_expiration"),
                      source=d["source"], location=_location(d.get("location")), notes=tuple(d.get("notes", ())),
                      component=d.get("component"), code=tuple(_code_override(c) for c in d.get("code", ())))


def _endpoint(d: dict[str, Any]) -> Endpoint:
    return Endpoint(scheme=d["scheme"], host=d["host"], allowed=d["allowed"], urls=tuple(d.get("urls", ())),
                    apis=tuple(d.get("apis", ())), where=tuple(_location(x) for x in d.get("where", ())),
                    confidence=Confidence[d["confidence"].upper()], libraries=tuple(d.get("libraries", ())),
                    notes=tuple(d.get("notes", ())), component=d.get("component"))


_IDENTITY_FIELDS = ("platform", "sha256", "size", "app_id", "name", "version_name", "version_code", "min_sdk",
                    "target_sdk", "min_os", "debuggable")


def _identity(d: dict[str, Any]) -> AppIdentity:
    known = {k: d.get(k) for k in _IDENTITY_FIELDS}
    extra = tuple((k, v) for k, v in d.items() if k not in _IDENTITY_FIELDS and k != "file")
    return AppIdentity(package_path=d["file"], extra=extra, **known)


def result_from_json(data: dict[str, Any]) -> ScanResult:
    """A ScanResult from pinscan's JSON. Raises ValueError when `data` is not a pinscan result."""
    if not isinstance(data, dict) or data.get("tool", {}).get("name") != "pinscan" or "app" not in data:
        raise ValueError("not a pinscan JSON result")
    version = data.get("schema_version")
    if version not in READABLE_SCHEMA_VERSIONS:
        raise ValueError(f"unsupported pinscan result schema_version {version!r} (this pinscan reads "
                         f"{', '.join(map(str, READABLE_SCHEMA_VERSIONS))})")
    # Versions 1 and 2 differ only in `gate`. A version 2 gate is kept as recorded, so the result renders
    # as it was; a version 1 gate is dropped (it lacks the findings it did not count): whoever reads a
    # result decides its gate again (the cache applies today's policy, a diff has its own).
    gate = data.get("gate")
    recorded = RecordedGate(gate) if version == 2 and isinstance(gate, dict) else None
    try:
        return ScanResult(
            identity=_identity(data["app"]),
            findings=tuple(_finding(f) for f in data["findings"]),
            pins=tuple(_pin_entry(p) for p in data["pins"]),
            policies=tuple(_host_policy(p) for p in data["policies"]),
            coverage=tuple(CoverageNote(c["part"], c["status"], c.get("reason", "")) for c in data["coverage"]),
            tool_version=data["tool"]["version"],
            as_of=data["as_of"],
            scanned_at=data.get("nondeterministic", {}).get("scanned_at"),
            rule_ids=tuple(data.get("rules_run", ())),
            gate=recorded,
            endpoints=tuple(_endpoint(e) for e in data.get("endpoints", ())),
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"malformed pinscan JSON result: {type(exc).__name__}: {exc}") from None
