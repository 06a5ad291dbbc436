"""What a binary's tables say about TLS trust: which trust APIs it imports, which selectors it names,
which Swift types of Alamofire it uses. Facts, not verdicts: rules decide what they mean.

Evidence comes from tables only (imports, selector and string sections, Swift symbol names), never
from decompiled code, so each fact says "the binary references X", not "X runs": rules state that in
their confidence.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, field

from pinscan.ios.macho import MachO, SwiftName

# Delegate methods that receive a server-trust challenge.
CHALLENGE_HANDLERS = (
    "URLSession:didReceiveChallenge:completionHandler:",
    "URLSession:task:didReceiveChallenge:completionHandler:",
    "connection:willSendRequestForAuthenticationChallenge:",
    "connection:didReceiveAuthenticationChallenge:",
    "webView:didReceiveAuthenticationChallenge:completionHandler:",
)
# Ways to answer a challenge by accepting the server's trust object as it is.
TRUST_CREDENTIALS = ("credentialForTrust:", "initWithTrust:")
# Security.framework calls that actually evaluate a trust object.
TRUST_EVALUATION = ("_SecTrustEvaluate", "_SecTrustEvaluateWithError", "_SecTrustEvaluateAsync",
                    "_SecTrustEvaluateAsyncWithError")
# Handing the challenge to a pinning library evaluates it too.
DELEGATED_EVALUATION = ("handleChallenge:completionHandler:", "evaluateServerTrust:forDomain:",
                        "evaluateTrust:forHostname:")
PRIVATE_ANY_HTTPS = ("setAllowsAnyHTTPSCertificate:forHost:", "allowsAnyHTTPSCertificateForHost:")
CFSTREAM_KEYS = ("kCFStreamSSLValidatesCertificateChain", "kCFStreamSSLAllowsAnyRoot",
                 "kCFStreamSSLAllowsExpiredCertificates", "kCFStreamSSLAllowsExpiredRoots")
CUSTOM_PINNING = ("_SecTrustSetAnchorCertificates", "_SecTrustSetAnchorCertificatesOnly", "_SecCertificateCopyData",
                  "_SecTrustCopyKey", "_SecTrustCopyPublicKey", "_SecCertificateCopyKey")
ALAMOFIRE_TRUST_ALL = ("DisabledTrustEvaluator", "DisabledEvaluator")
ALAMOFIRE_PINNING = ("PinnedCertificatesTrustEvaluator", "PublicKeysTrustEvaluator")
AF_SECURITY_POLICY = "AFSecurityPolicy"
AF_RISKY_SETTERS = ("setAllowInvalidCertificates:", "setValidatesDomainName:")
AF_PINNING = ("policyWithPinningMode:", "policyWithPinningMode:withPinnedCertificates:", "setPinnedCertificates:")
TRUSTKIT_CLASSES = ("TrustKit", "TSKPinningValidator")
TRUSTKIT_KEYS = ("TSKPinnedDomains", "TSKPublicKeyHashes", "TSKEnforcePinning", "TSKIncludeSubdomains")


def _is_spki_sha256(text: str) -> bool:
    """The base64 of 32 bytes: what TSKPublicKeyHashes holds."""
    if len(text) != 44 or not text.endswith("="):
        return False
    try:
        return len(base64.b64decode(text, validate=True)) == 32
    except (binascii.Error, ValueError):
        return False


@dataclass(frozen=True)
class Reference:
    """One piece of evidence: what is referenced and how (import, selector, string, swift)."""

    what: str
    how: str
    library: str | None = None

    def text(self) -> str:
        lib = f" from {self.library}" if self.library else ""
        return f"{self.how} {self.what}{lib}"


@dataclass
class CodeFacts:
    macho: MachO
    challenge_handlers: list[str] = field(default_factory=list)
    trust_credentials: list[str] = field(default_factory=list)
    evaluations: list[Reference] = field(default_factory=list)
    private_any_https: list[str] = field(default_factory=list)
    cfstream_keys: list[Reference] = field(default_factory=list)
    custom_pinning: list[Reference] = field(default_factory=list)
    alamofire_trust_all: list[SwiftName] = field(default_factory=list)
    alamofire_pinning: list[SwiftName] = field(default_factory=list)
    server_trust_manager_inits: list[SwiftName] = field(default_factory=list)
    af_imported: bool = False
    af_risky_setters: list[str] = field(default_factory=list)
    af_pinning: list[str] = field(default_factory=list)
    trustkit_classes: list[str] = field(default_factory=list)
    trustkit_code_keys: list[str] = field(default_factory=list)
    trustkit_code_hashes: list[str] = field(default_factory=list)  # SPKI SHA-256 strings beside them

    @property
    def evaluates_trust(self) -> bool:
        return bool(self.evaluations)

    def all_hosts_must_be_evaluated(self) -> list[tuple[SwiftName, int | None]]:
        """For each call of an imported ServerTrustManager initializer whose first label is
        allHostsMustBeEvaluated: the constant Bool passed (None when not a constant)."""
        out = []
        for init in self.server_trust_manager_inits:
            if init.labels[:1] == ("allHostsMustBeEvaluated",):
                out += [(init, v) for v in self.macho.constant_first_arg(init.symbol)]
        return out


def code_facts(m: MachO) -> CodeFacts:
    f = CodeFacts(m)
    sel = m.selectors
    imports = m.imports
    f.challenge_handlers = [s for s in CHALLENGE_HANDLERS if s in sel]
    f.trust_credentials = [s for s in TRUST_CREDENTIALS if s in sel]
    f.evaluations = [Reference(s.removeprefix("_"), "imports", imports[s]) for s in TRUST_EVALUATION if s in imports]
    f.evaluations += [Reference(s, "selector") for s in DELEGATED_EVALUATION if s in sel]
    f.private_any_https = [s for s in PRIVATE_ANY_HTTPS if s in sel]
    for key in CFSTREAM_KEYS:
        if "_" + key in imports:
            f.cfstream_keys.append(Reference(key, "imports", imports["_" + key]))
        elif key in m.strings:
            f.cfstream_keys.append(Reference(key, "string"))
    f.custom_pinning = [Reference(s.removeprefix("_"), "imports", imports[s]) for s in CUSTOM_PINNING if s in imports]
    for name in m.swift_imports:
        if name.module != "Alamofire" or not name.type_path:
            continue
        if name.type_path[0] in ALAMOFIRE_TRUST_ALL:
            f.alamofire_trust_all.append(name)
        elif name.type_path[0] in ALAMOFIRE_PINNING:
            f.alamofire_pinning.append(name)
        elif name.type_path[0] == "ServerTrustManager" and name.initializer:
            f.server_trust_manager_inits.append(name)
    # AFNetworking as a separate framework: the class is imported, so its selectors in this binary
    # are messages the app sends (a statically linked copy would also list its own setters).
    f.af_imported = AF_SECURITY_POLICY in m.imported_objc_classes
    if f.af_imported:
        f.af_risky_setters = [s for s in AF_RISKY_SETTERS if s in sel]
        f.af_pinning = [s for s in AF_PINNING if s in sel]
    f.trustkit_classes = sorted(c for c in TRUSTKIT_CLASSES if c in m.imported_objc_classes)
    # TrustKit configured in code: the keys are TrustKit's exported constants (kTSKPinnedDomains) or the
    # same names as string literals (Swift code often writes them out).
    # TrustKit itself defines the constants and holds the same strings: only its users count.
    if "_kTSKPinnedDomains" not in m.defined_symbols and "_OBJC_CLASS_$_TrustKit" not in m.defined_symbols:
        f.trustkit_code_keys = sorted(k for k in TRUSTKIT_KEYS if k in m.cfstrings or f"_k{k}" in imports)
    if "TSKPinnedDomains" in f.trustkit_code_keys:
        f.trustkit_code_hashes = sorted(v for v in m.cfstrings if _is_spki_sha256(v))
    return f
