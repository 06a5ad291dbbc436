"""The config file: `[tool.pinscan]` in pyproject.toml, or the top level of `.pinscan.toml`.

Found by walking from the current directory up to the file-system root; in each directory
`.pinscan.toml` is taken first, then a pyproject.toml that has a `[tool.pinscan]` table (a
pyproject.toml without one is passed over, so a sub-project's pyproject does not hide the
repository's config). `--config FILE` names the file instead. Options given on the command line
win over the file, key by key (a list given on the command line replaces the file's list).
Paths in the file are relative to the file's directory. Unknown keys are an error, so a typo
cannot silently switch a policy off.

    [tool.pinscan]
    fail-on = "medium"                 # critical, high, medium, low, info, never
    fail-on-pin-expiry = 30            # days
    require-pinning = ["api.example.com"]
    baseline = "pinscan-baseline.json"
    source-root = "app/src/main"
    server-chains = "ci/chains"        # one HOST.pem per host
    server-chain = { "pay.example.com" = "ci/pay.pem" }
    exclude-libraries = ["netty"]      # drop findings in these known libraries ("all": every one)
    strict-libraries = false           # true: library code the app does not reach fails the gate too
    allow-incomplete = false           # true: pass a package some part of which could not be analysed

    [[tool.pinscan.suppress]]
    rule = "PS1007"                    # rule ID or name
    library = "com.squareup.okhttp3*"  # glob over the finding's library
    location = "Lcom/example/legacy/*" # glob over the class/method/key path or the file path
    reason = "legacy client, removed in 3.0"   # required
    expires = 2026-12-31               # optional: after this day it stops applying
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from pinscan.errors import ScanError
from pinscan.gate import Suppression
from pinscan.model import Severity

CONFIG_NAME = ".pinscan.toml"
PYPROJECT = "pyproject.toml"
_SUPPRESS_KEYS = {"rule", "library", "location", "reason", "expires"}


@dataclass(frozen=True)
class FileConfig:
    path: Path | None = None
    fail_on: str | None = None  # severity label or "never"
    fail_on_pin_expiry: int | None = None
    require_pinning: tuple[str, ...] | None = None
    baseline: Path | None = None
    source_root: Path | None = None
    server_chains: Path | None = None
    server_chain: dict[str, Path] = field(default_factory=dict)
    suppressions: tuple[Suppression, ...] = ()
    exclude_libraries: tuple[str, ...] | None = None
    strict_libraries: bool | None = None
    allow_incomplete: bool | None = None


def find_config(start: Path) -> Path | None:
    for directory in [start.resolve(), *start.resolve().parents]:
        dedicated = directory / CONFIG_NAME
        if dedicated.is_file():
            return dedicated
        pyproject = directory / PYPROJECT
        if pyproject.is_file() and _has_pinscan_table(pyproject):
            return pyproject
    return None


def _has_pinscan_table(path: Path) -> bool:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False  # not ours to judge: pyproject.toml may belong to any tool
    return isinstance(data.get("tool"), dict) and isinstance(data["tool"].get("pinscan"), dict)


def load_config(path: Path) -> FileConfig:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ScanError(f"{path}: cannot read the config file: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ScanError(f"{path}: not valid TOML: {exc}") from None
    where = str(path)
    if path.name == PYPROJECT or ("tool" in data and isinstance(data["tool"], dict)
                                  and "pinscan" in data["tool"]):
        table = data.get("tool", {}).get("pinscan")
        if table is None:
            raise ScanError(f"{path}: has no [tool.pinscan] table")
        where += " [tool.pinscan]"
    else:
        table = data
    if not isinstance(table, dict):
        raise ScanError(f"{where}: pinscan settings must be a table")
    return _parse(table, path.parent, where, path)


def _key(k: str) -> str:
    return k.replace("_", "-")


def _parse(table: dict[str, Any], base: Path, where: str, path: Path) -> FileConfig:
    known = {"fail-on", "fail-on-pin-expiry", "require-pinning", "baseline", "source-root", "server-chains",
             "server-chain", "suppress", "exclude-libraries", "strict-libraries", "allow-incomplete"}
    values = {_key(k): v for k, v in table.items()}
    unknown = sorted(set(values) - known)
    if unknown:
        raise ScanError(f"{where}: unknown key(s) {', '.join(unknown)} (known: {', '.join(sorted(known))})")

    def err(key: str, msg: str) -> ScanError:
        return ScanError(f"{where}: {key}: {msg}")

    fail_on = values.get("fail-on")
    if fail_on is not None:
        if not isinstance(fail_on, str):
            raise err("fail-on", "must be a string")
        if fail_on.strip().lower() != "never":
            try:
                Severity.parse(fail_on)
            except ValueError as exc:
                raise err("fail-on", f"{exc}, or never") from None
        fail_on = fail_on.strip().lower()
    days = values.get("fail-on-pin-expiry")
    if days is not None and (isinstance(days, bool) or not isinstance(days, int) or days < 0):
        raise err("fail-on-pin-expiry", "must be a whole number of days, 0 or more")
    allow_incomplete = values.get("allow-incomplete")
    if allow_incomplete is not None and not isinstance(allow_incomplete, bool):
        raise err("allow-incomplete", "must be true or false")
    hosts = values.get("require-pinning")
    if hosts is not None:
        if isinstance(hosts, str):
            hosts = [hosts]
        if not isinstance(hosts, list) or not all(isinstance(h, str) and h.strip() for h in hosts):
            raise err("require-pinning", "must be a list of host names")
        hosts = tuple(h.strip() for h in hosts)

    libs = values.get("exclude-libraries")
    if libs is not None:
        if isinstance(libs, str):
            libs = [libs]
        if not isinstance(libs, list) or not all(isinstance(n, str) and n.strip() for n in libs):
            raise err("exclude-libraries", 'must be a list of library names, or "all"')
        libs = tuple(n.strip().lower() for n in libs)
        unknown = [n for n in libs if n != "all" and n not in known_libraries()]
        if unknown:
            raise err("exclude-libraries", f"unknown library {', '.join(map(repr, unknown))} (known: all, "
                      f"{', '.join(known_libraries())})")
    strict = values.get("strict-libraries")
    if strict is not None and not isinstance(strict, bool):
        raise err("strict-libraries", "must be true or false")

    def a_path(key: str) -> Path | None:
        v = values.get(key)
        if v is None:
            return None
        if not isinstance(v, str) or not v:
            raise err(key, "must be a path")
        return base / v

    chain_map: dict[str, Path] = {}
    raw_chains = values.get("server-chain")
    if raw_chains is not None:
        if not isinstance(raw_chains, dict) or not all(isinstance(v, str) for v in raw_chains.values()):
            raise err("server-chain", 'must be a table of "host" = "chain.pem"')
        chain_map = {h: base / p for h, p in raw_chains.items()}

    suppressions = []
    raw = values.get("suppress", [])
    if not isinstance(raw, list):
        raise err("suppress", "must be an array of tables ([[tool.pinscan.suppress]])")
    for i, entry in enumerate(raw, 1):
        suppressions.append(_suppression(entry, f"{where} suppress #{i}", f"{path.name} suppress #{i}"))

    return FileConfig(path=path, fail_on=fail_on, fail_on_pin_expiry=days, require_pinning=hosts,
                      baseline=a_path("baseline"), source_root=a_path("source-root"),
                      server_chains=a_path("server-chains"), server_chain=chain_map,
                      suppressions=tuple(suppressions), exclude_libraries=libs, strict_libraries=strict,
                      allow_incomplete=allow_incomplete)


def known_libraries() -> list[str]:
    from pinscan.android.libraries import KNOWN_SDKS

    return sorted(set(KNOWN_SDKS.values()))


def _suppression(entry: Any, where: str, origin: str) -> Suppression:
    if not isinstance(entry, dict):
        raise ScanError(f"{where}: must be a table")
    entry = {_key(k): v for k, v in entry.items()}
    unknown = sorted(set(entry) - _SUPPRESS_KEYS)
    if unknown:
        raise ScanError(f"{where}: unknown key(s) {', '.join(unknown)} (known: {', '.join(sorted(_SUPPRESS_KEYS))})")
    reason = entry.get("reason")
    if not isinstance(reason, str) or not reason.strip():
        raise ScanError(f"{where}: a suppression needs a 'reason'")
    for k in ("rule", "library", "location"):
        if k in entry and (not isinstance(entry[k], str) or not entry[k].strip()):
            raise ScanError(f"{where}: {k} must be a non-empty string")
    if not any(k in entry for k in ("rule", "library", "location")):
        raise ScanError(f"{where}: a suppression needs at least one of rule, library, location")
    expires = entry.get("expires")
    if expires is not None:
        if isinstance(expires, dt.datetime):
            expires = expires.date()
        elif isinstance(expires, str):
            try:
                expires = dt.date.fromisoformat(expires)
            except ValueError:
                raise ScanError(f"{where}: expires {expires!r} is not a date (YYYY-MM-DD)") from None
        elif not isinstance(expires, dt.date):
            raise ScanError(f"{where}: expires must be a date (YYYY-MM-DD)")
    if "rule" in entry:
        from pinscan.rule import get_rule

        if get_rule(entry["rule"]) is None:
            raise ScanError(f"{where}: no rule {entry['rule']!r} (see `pinscan rules`)")
    return Suppression(reason=reason.strip(), rule=entry.get("rule"), library=entry.get("library"),
                       location=entry.get("location"), expires=expires, origin=origin)


@dataclass(frozen=True)
class Settings:
    """What one scan runs with, after the CLI has been laid over the config file."""

    policy: Any  # pinscan.gate.Policy
    source_root: Path | None = None


def resolve(args: Any, cwd: Path | None) -> Settings:
    """Lay the CLI options (`args` from the scan parser; None = not given) over the config file: `--config`,
    else the one found from `cwd` upward (cwd None: none is searched for)."""
    from pinscan.gate import DEFAULT_FAIL_ON, Policy
    from pinscan.gate.baseline import load as load_baseline
    from pinscan.gate.chains import load_chain, load_chain_dir

    path = Path(args.config) if getattr(args, "config", None) else find_config(cwd) if cwd is not None else None
    if getattr(args, "config", None) and not path.is_file():
        raise ScanError(f"{path}: config file not found")
    cfg = load_config(path) if path is not None else FileConfig()

    fail_on_text = args.fail_on or cfg.fail_on
    fail_on = DEFAULT_FAIL_ON if fail_on_text is None else (
        None if fail_on_text == "never" else Severity.parse(fail_on_text))
    days = args.fail_on_pin_expiry if args.fail_on_pin_expiry is not None else cfg.fail_on_pin_expiry
    allow_incomplete = getattr(args, "allow_incomplete", None)
    if allow_incomplete is None:
        allow_incomplete = bool(cfg.allow_incomplete)
    hosts = _flat(args.require_pinning) if args.require_pinning else (cfg.require_pinning or ())
    cli_libs = _flat(getattr(args, "exclude_libraries", None) or [])
    libs = cli_libs or cfg.exclude_libraries or ()
    strict = getattr(args, "strict_libraries", None)
    strict = strict if strict is not None else bool(cfg.strict_libraries)
    baseline_path = Path(args.baseline) if args.baseline else cfg.baseline
    source_root = Path(args.source_root) if args.source_root else cfg.source_root
    if source_root is not None and not source_root.is_dir():
        raise ScanError(f"{source_root}: --source-root is not a directory")

    # Chains given on the command line replace the file's; within one source a HOST=CHAIN pair wins
    # over the same host's file in the directory.
    if args.server_chain or args.server_chains:
        chains_dir = Path(args.server_chains) if args.server_chains else None
        pairs = [(h, Path(p)) for h, p in (args.server_chain or [])]
    else:
        chains_dir, pairs = cfg.server_chains, list(cfg.server_chain.items())
    chains = {c.host: c for c in (load_chain_dir(chains_dir) if chains_dir else [])}
    for host, chain_path in pairs:
        c = load_chain(host, chain_path)
        chains[c.host] = c

    return Settings(
        policy=Policy(
            fail_on=fail_on,
            fail_on_pin_expiry=days,
            require_pinning=hosts,
            suppressions=cfg.suppressions,
            baseline=load_baseline(baseline_path) if baseline_path else None,
            server_chains=tuple(chains[h] for h in sorted(chains)),
            config_file=_display(path) if path is not None else None,
            exclude_libraries=libs,
            strict_libraries=strict,
            allow_incomplete=allow_incomplete,
        ),
        source_root=source_root,
    )


def _flat(values) -> tuple[str, ...]:
    """An appended list option (each use a list of comma-separated items) as one tuple, first use first."""
    out: list[str] = []
    for v in values or ():
        out.extend([v] if isinstance(v, str) else v)
    return tuple(dict.fromkeys(out))


def _display(path: Path) -> str:
    """The config path relative to the cwd when below it: stable across machines in JSON output."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


# The gate options that name no file on the machine: what a caller without a command line (the service's
# upload) may set. Files (baseline, chains, suppressions) come only from a config file.
POLICY_OPTIONS = ("fail-on", "fail-on-pin-expiry", "require-pinning", "exclude-libraries", "strict-libraries",
                  "allow-incomplete")


def policy_settings(options: Mapping[str, Any], config: Path | None = None, display: str | None = None) -> Settings:
    """`resolve` without argparse: the gate options by their CLI names (POLICY_OPTIONS, valued as in the config
    file: `"medium"`, `30`, `["api.example.com"]`) laid over the config file `config` (None: no file, none
    searched for). `display` names the config file in the verdict instead of its path."""
    unknown = sorted(set(options) - set(POLICY_OPTIONS))
    if unknown:
        raise ScanError(f"unknown policy option(s) {', '.join(unknown)} (known: {', '.join(POLICY_OPTIONS)})")
    given = _parse(dict(options), Path.cwd(), "policy option", Path.cwd())  # validated as the config file's keys
    args = SimpleNamespace(fail_on=given.fail_on, fail_on_pin_expiry=given.fail_on_pin_expiry,
                           require_pinning=list(given.require_pinning) if given.require_pinning else None,
                           exclude_libraries=list(given.exclude_libraries) if given.exclude_libraries else None,
                           strict_libraries=given.strict_libraries, allow_incomplete=given.allow_incomplete,
                           baseline=None, source_root=None, server_chain=None, server_chains=None,
                           config=str(config) if config is not None else None)
    settings = resolve(args, None)
    if display is not None and config is not None:
        settings = replace(settings, policy=replace(settings.policy, config_file=display))
    return settings
