"""Scans in the database: submitted, claimed by a worker, completed, retried or failed, recovered after a
crash; and what is read back: one scan, apps and their releases with the diff against the previous release
(`pinscan.compare` + `pinscan.gate.diff`), and the fleet's pins about to expire.

The same bytes with the same scan options (as-of date, expiry warning days) and the same pinscan are
analysed once (the key is the result cache's, `pinscan.runner.cache.cache_key`); every upload of them is
its own scan, judged by its own policy. A state is committed before the API can report it: a scan is done
only in the transaction that stores its verdict and reports.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import secrets
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from pathlib import Path
from threading import Lock
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from pinscan.errors import ScanError
from pinscan.facts.expiry import expiry
from pinscan.model import ScanResult, Severity
from pinscan.rule import ScanOptions
from pinscan.server.db import (
    DONE,
    FAILED,
    PACKAGE,
    QUEUED,
    RUNNING,
    SERVER,
    Analysis,
    Database,
    Package,
    PinSet,
    Report,
    Scan,
    dumps,
    now,
    pack,
    unpack,
    utc,
)
from pinscan.server.judge import Judgement, PolicyChoice, judge, load_result

MAX_ATTEMPTS = 2  # a scan whose worker (or the server) died is scanned once more, then reported failed
MEDIA_TYPES = {"json": "application/json", "sarif": "application/sarif+json", "html": "text/html; charset=utf-8"}


class NotFound(Exception):
    pass


class NotReady(Exception):
    """The scan has no such output yet (still queued or running) or never will (failed)."""


# --- submitting ---------------------------------------------------------------------------------------

def analysis_key(sha256: str, options: ScanOptions) -> str:
    from pinscan.runner.cache import cache_key

    return cache_key(sha256, options)


def _reusable(s: Session, key: str) -> Analysis | None:
    """The newest analysis of these bytes and options that is not a failure of the machinery."""
    row = s.scalars(select(Analysis).where(Analysis.key == key).order_by(Analysis.id.desc()).limit(1)
                    .with_for_update()).first()
    if row is None or (row.status == FAILED and row.error_kind != PACKAGE):
        return None  # a timeout or a dead worker may not happen again: analyse afresh
    return row


def _lock_package(s: Session, sha256: str, size: int) -> None:
    """Insert the package row if new, and lock it: two uploads of the same new bytes then queue one analysis."""
    from sqlalchemy.dialects import postgresql, sqlite

    dialect = postgresql if s.get_bind().dialect.name == "postgresql" else sqlite
    s.execute(dialect.insert(Package).values(sha256=sha256, size=size, created_at=now()).on_conflict_do_nothing())
    s.get(Package, sha256, with_for_update=True)


def submit(db: Database, policies: Path, sha256: str, size: int, file_name: str, options: ScanOptions,
           choice: PolicyChoice, token_id: int | None) -> str:
    """Record an upload whose bytes are in the store: a new scan, attached to the analysis of those bytes
    (queued if there is none yet). Returns the scan id; the scan is done at once if the analysis is."""
    key = analysis_key(sha256, options)
    scan_id = secrets.token_hex(16)
    ready: dict[int, Judgement | str] = {}
    with db.read() as s:  # judged outside the write transaction, which then only stores (the common case)
        done = s.scalars(select(Analysis).where(Analysis.key == key).order_by(Analysis.id.desc()).limit(1)).first()
    if done is not None and done.status == DONE:
        raw = RESULTS.get(db, done.id)
        ready[done.id] = _judge(raw, file_name, choice, policies)
    with db.write() as s:
        _lock_package(s, sha256, size)
        analysis = _reusable(s, key)
        if analysis is None:
            analysis = Analysis(sha256=sha256, key=key, as_of=options.as_of.isoformat(),
                                expiry_warning_days=options.expiry_warning_days, status=QUEUED, attempts=0,
                                notes="[]", queued_at=now())
            s.add(analysis)
            s.flush()
        scan = Scan(id=scan_id, analysis_id=analysis.id, file_name=file_name, token_id=token_id,
                    policy_name=choice.name, policy_options=dumps(choice.options), status=analysis.status,
                    created_at=now(), reasons="[]", warnings="[]")
        s.add(scan)
        s.flush()
        if analysis.status == DONE:
            judged = ready.get(analysis.id) or _judge(RESULTS.get(db, analysis.id), file_name, choice, policies)
            _finish_scan(s, scan, analysis, judged)
        elif analysis.status == FAILED:
            _fail_scan(s, scan, analysis)
    return scan_id


def queued_count(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Analysis).where(Analysis.status == QUEUED)) or 0


def mean_scan_seconds(db: Database, last: int = 50) -> float | None:
    with db.read() as s:
        rows = s.execute(select(Analysis.started_at, Analysis.finished_at).where(Analysis.status == DONE)
                         .order_by(Analysis.id.desc()).limit(last)).all()
    spans = [(utc(b) - utc(a)).total_seconds() for a, b in rows if a and b]
    return sum(spans) / len(spans) if spans else None


# --- the workers' side ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Claim:
    analysis_id: int
    sha256: str
    options: ScanOptions
    attempt: int


def claim_next(db: Database) -> Claim | None:
    """Mark the oldest queued analysis running (committed before a worker gets it)."""
    with db.write() as s:
        analysis = s.scalars(select(Analysis).where(Analysis.status == QUEUED).order_by(Analysis.id).limit(1)
                             .with_for_update(skip_locked=True)).first()
        if analysis is None:
            return None
        analysis.status = RUNNING
        analysis.attempts += 1
        analysis.started_at = now()
        s.execute(update(Scan).where(Scan.analysis_id == analysis.id, Scan.status == QUEUED).values(status=RUNNING))
        return Claim(analysis.id, analysis.sha256, ScanOptions(as_of=dt.date.fromisoformat(analysis.as_of),
                                                               expiry_warning_days=analysis.expiry_warning_days),
                     analysis.attempts)


def complete(db: Database, policies: Path, analysis_id: int, record: dict[str, str], blob: Path) -> str:
    """Store a worker's record (scan_to_record's): the result and every attached scan's verdict and reports,
    or the package's one-line error. Returns the new status."""
    raw = load_result(record["result"]) if record.get("status") == "ok" else None
    ready: dict[str, Judgement | str] = {}
    if raw is not None:  # judged outside the write transaction; a scan attached meanwhile is judged in it
        with db.read() as s:
            pending = [(sc.id, sc.file_name, _choice(sc)) for sc in _scans(s, analysis_id)]
        ready = {sid: _judge(raw, name, choice, policies) for sid, name, choice in pending}
    with db.write() as s:
        analysis = s.get(Analysis, analysis_id, with_for_update=True)
        if analysis is None or analysis.status != RUNNING:
            return analysis.status if analysis else FAILED  # recovered meanwhile: not ours any more
        analysis.finished_at = now()
        if record.get("status") != "ok":
            analysis.status = FAILED
            analysis.error_kind = PACKAGE
            analysis.error = (record.get("error") or "unknown error").replace(str(blob), blob.name)
            for scan in _scans(s, analysis_id):
                _fail_scan(s, scan, analysis)
            return FAILED
        assert raw is not None
        ident = raw.identity
        analysis.status = DONE
        analysis.result = pack(record["result"])
        analysis.platform, analysis.app_id, analysis.app_name = ident.platform, ident.app_id, ident.name
        analysis.version_name, analysis.version_code = ident.version_name, ident.version_code
        for entry in raw.pins:
            if entry.expiration:
                s.add(PinSet(analysis_id=analysis_id, host=entry.host, source=entry.source,
                             expiration=entry.expiration, include_subdomains=entry.include_subdomains,
                             enforced=entry.enforced, pins=len(entry.pins), location=entry.location.short()))
        for scan in _scans(s, analysis_id):
            judged = ready.get(scan.id) or _judge(raw, scan.file_name, _choice(scan), policies)
            _finish_scan(s, scan, analysis, judged)
        return DONE


def retry_or_fail(db: Database, analysis_id: int, kind: str, message: str, retry: bool) -> str:
    """A worker died, the scan timed out or the server stopped: queue it again (once) or fail it."""
    with db.write() as s:
        analysis = s.get(Analysis, analysis_id, with_for_update=True)
        if analysis is None or analysis.status != RUNNING:
            return analysis.status if analysis else FAILED
        return _retry_or_fail(s, analysis, kind, message, retry)


def _retry_or_fail(s: Session, analysis: Analysis, kind: str, message: str, retry: bool) -> str:
    notes = json.loads(analysis.notes)
    if retry and analysis.attempts < MAX_ATTEMPTS:
        notes.append(f"attempt {analysis.attempts}: {message}; queued again")
        analysis.notes = dumps(notes)
        analysis.status = QUEUED
        analysis.started_at = None
        s.execute(update(Scan).where(Scan.analysis_id == analysis.id).values(status=QUEUED))
        return QUEUED
    analysis.status = FAILED
    analysis.error_kind = kind
    analysis.error = message if not retry else f"{message} (attempt {analysis.attempts} of {MAX_ATTEMPTS})"
    analysis.finished_at = now()
    for scan in _scans(s, analysis.id):
        _fail_scan(s, scan, analysis)
    return FAILED


def recover(db: Database) -> dict[str, int]:
    """At start-up: analyses left running by a server that stopped (killed, power cut) are queued again,
    or failed with the reason when they already had their retry. Nothing stays `running` forever."""
    counts = {QUEUED: 0, FAILED: 0}
    with db.write() as s:
        for analysis in s.scalars(select(Analysis).where(Analysis.status == RUNNING).with_for_update()):
            counts[_retry_or_fail(s, analysis, SERVER, "the server stopped while scanning it", True)] += 1
    return counts


def release_running(db: Database, analysis_ids: list[int]) -> None:
    """A clean shutdown stopped these scans: queue them again without counting the attempt."""
    with db.write() as s:
        for analysis_id in analysis_ids:
            analysis = s.get(Analysis, analysis_id, with_for_update=True)
            if analysis is not None and analysis.status == RUNNING:
                analysis.status = QUEUED
                analysis.attempts = max(0, analysis.attempts - 1)
                analysis.started_at = None
                s.execute(update(Scan).where(Scan.analysis_id == analysis_id).values(status=QUEUED))


def _scans(s: Session, analysis_id: int) -> list[Scan]:
    return list(s.scalars(select(Scan).where(Scan.analysis_id == analysis_id, Scan.status.in_((QUEUED, RUNNING)))
                          .order_by(Scan.created_at)))


def _choice(scan: Scan) -> PolicyChoice:
    return PolicyChoice(scan.policy_name, json.loads(scan.policy_options))


def _judge(raw: ScanResult, file_name: str, choice: PolicyChoice, policies: Path) -> Judgement | str:
    """The verdict and reports, or why there are none (the named policy changed or vanished since the upload)."""
    try:
        return judge(raw, file_name, policies, choice)
    except ScanError as exc:
        return f"policy: {exc}"


def _finish_scan(s: Session, scan: Scan, analysis: Analysis, judged: Judgement | str) -> None:
    scan.finished_at = now()
    if isinstance(judged, str):
        scan.status, scan.error = FAILED, judged
        return
    _store_judgement(s, scan, judged)
    for name in ("platform", "app_id", "app_name", "version_name", "version_code"):
        setattr(scan, name, getattr(analysis, name))
    scan.status = DONE


def _store_judgement(s: Session, scan: Scan, judged: Judgement) -> None:
    scan.passed = judged.passed
    scan.reasons = dumps(list(judged.reasons))
    scan.warnings = dumps(list(judged.warnings))
    scan.summary = dumps(judged.summary)
    scan.fail_on = judged.fail_on
    for fmt, text in judged.reports.items():
        s.merge(Report(scan_id=scan.id, format=fmt, content=pack(text)))


def _fail_scan(s: Session, scan: Scan, analysis: Analysis) -> None:
    scan.status = FAILED
    scan.finished_at = now()
    # A package's error reads like the CLI's one line (`pinscan: error: NAME: ...`), after "pinscan: error: ".
    scan.error = f"{scan.file_name}: {analysis.error}" if analysis.error_kind == PACKAGE else analysis.error


# --- reading ---------------------------------------------------------------------------------------

@dataclass
class ScanView:
    scan: Scan
    analysis: Analysis
    size: int

    def to_json(self) -> dict[str, Any]:
        sc, an = self.scan, self.analysis
        data: dict[str, Any] = {
            "id": sc.id, "status": sc.status, "file_name": sc.file_name, "sha256": an.sha256, "size": self.size,
            "created_at": _iso(sc.created_at), "finished_at": _iso(sc.finished_at),
            "policy": {"name": sc.policy_name, "options": json.loads(sc.policy_options)},
            "scan_options": {"as-of": an.as_of, "expiry-warning-days": an.expiry_warning_days},
            "analysis": {"id": an.id, "status": an.status, "attempts": an.attempts,
                         "started_at": _iso(an.started_at), "finished_at": _iso(an.finished_at),
                         "notes": json.loads(an.notes)},
            "app": None, "verdict": None, "summary": None, "error": sc.error,
        }
        if sc.status == DONE:
            data["app"] = {"platform": sc.platform, "app_id": sc.app_id, "name": sc.app_name,
                           "version_name": sc.version_name, "version_code": sc.version_code}
            data["verdict"] = {"passed": sc.passed, "reasons": json.loads(sc.reasons),
                               "warnings": json.loads(sc.warnings), "fail_on": sc.fail_on}
            data["summary"] = json.loads(sc.summary) if sc.summary else None
        return data


def _iso(value: dt.datetime | None) -> str | None:
    from pinscan.server.db import iso

    return iso(value)


def get_scan(db: Database, scan_id: str) -> ScanView:
    with db.read() as s:
        row = s.execute(select(Scan, Analysis, Package.size).join(Analysis, Analysis.id == Scan.analysis_id)
                        .join(Package, Package.sha256 == Analysis.sha256).where(Scan.id == scan_id)).first()
        if row is None:
            raise NotFound(f"no scan {scan_id}")
        return ScanView(*row)


def recent_scans(db: Database, limit: int = 50, status: str | None = None,
                 app_id: str | None = None) -> list[ScanView]:
    with db.read() as s:
        q = (select(Scan, Analysis, Package.size).join(Analysis, Analysis.id == Scan.analysis_id)
             .join(Package, Package.sha256 == Analysis.sha256))
        if status:
            q = q.where(Scan.status == status)
        if app_id:
            q = q.where(Scan.app_id == app_id)
        return [ScanView(*r) for r in s.execute(q.order_by(Scan.created_at.desc(), Scan.id).limit(limit))]


def report(db: Database, scan_id: str, fmt: str) -> str:
    with db.read() as s:
        scan = s.get(Scan, scan_id)
        if scan is None:
            raise NotFound(f"no scan {scan_id}")
        if scan.status != DONE:
            why = scan.error if scan.status == FAILED else "wait until its status is done"
            raise NotReady(f"scan {scan_id} is {scan.status}: no report ({why})")
        row = s.get(Report, (scan_id, fmt))
        if row is None:
            raise NotFound(f"no {fmt} report for scan {scan_id}")
        return unpack(row.content)


# --- apps, releases, diffs ----------------------------------------------------------------------------

def _natural(text: str | None) -> tuple:
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.findall(r"\d+|[^\d.]+", text or ""))


@dataclass
class Release:
    platform: str
    app_id: str
    version_name: str | None
    version_code: str | None
    scans: list[Scan] = field(default_factory=list)  # done uploads of this version, newest last
    previous: Release | None = None

    @property
    def latest(self) -> Scan:
        return self.scans[-1]

    @property
    def version(self) -> str:
        name, code = self.version_name or "?", self.version_code
        return f"{name} ({code})" if code and code != name else name

    def sort_key(self) -> tuple:
        # Android orders releases by versionCode; iOS by CFBundleShortVersionString, then CFBundleVersion.
        first = utc(self.scans[0].finished_at)
        if self.platform == "android":
            return (_natural(self.version_code), _natural(self.version_name), first)
        return (_natural(self.version_name), _natural(self.version_code), first)

    def to_json(self) -> dict[str, Any]:
        sc = self.latest
        return {"platform": self.platform, "app_id": self.app_id, "app_name": sc.app_name,
                "version_name": self.version_name, "version_code": self.version_code, "scan_id": sc.id,
                "file_name": sc.file_name, "finished_at": _iso(sc.finished_at), "uploads": len(self.scans),
                "verdict": {"passed": sc.passed, "reasons": json.loads(sc.reasons), "warnings": json.loads(sc.warnings),
                            "fail_on": sc.fail_on},
                "previous": ({"version_name": self.previous.version_name, "version_code": self.previous.version_code,
                              "scan_id": self.previous.latest.id} if self.previous else None)}


def releases(db: Database, app_id: str | None = None) -> dict[tuple[str, str], list[Release]]:
    """(platform, app id) -> its releases, oldest first, each linked to the one before."""
    with db.read() as s:
        q = select(Scan).where(Scan.status == DONE, Scan.app_id.is_not(None))
        if app_id is not None:
            q = q.where(Scan.app_id == app_id)
        scans = list(s.scalars(q.order_by(Scan.finished_at, Scan.id)))
    groups: dict[tuple, Release] = {}
    for sc in scans:
        key = (sc.platform, sc.app_id, sc.version_name, sc.version_code)
        groups.setdefault(key, Release(sc.platform, sc.app_id, sc.version_name, sc.version_code)).scans.append(sc)
    apps: dict[tuple[str, str], list[Release]] = {}
    for rel in groups.values():
        apps.setdefault((rel.platform, rel.app_id), []).append(rel)
    for rels in apps.values():
        rels.sort(key=Release.sort_key)
        for before, after in zip(rels, rels[1:], strict=False):
            after.previous = before
    return dict(sorted(apps.items(), key=lambda kv: (kv[0][1], kv[0][0])))


class _Results:
    """Raw results of done analyses, parsed once (they never change)."""

    def __init__(self, size: int = 128) -> None:
        self.size = size
        self.items: OrderedDict[int, ScanResult] = OrderedDict()
        self.lock = Lock()

    def get(self, db: Database, analysis_id: int) -> ScanResult:
        with self.lock:
            if analysis_id in self.items:
                self.items.move_to_end(analysis_id)
                return self.items[analysis_id]
        with db.read() as s:
            data = s.scalar(select(Analysis.result).where(Analysis.id == analysis_id))
        result = load_result(unpack(data))
        with self.lock:
            self.items[analysis_id] = result
            while len(self.items) > self.size:
                self.items.popitem(last=False)
        return result


RESULTS = _Results()


def diff_between(db: Database, old: Scan, new: Scan):
    """(Diff, DiffVerdict) of two done scans, as `pinscan diff OLD NEW --fail-on NEW's fail-on` gives them."""
    from pinscan.compare import Side, compare
    from pinscan.gate.diff import evaluate_diff

    def side(sc: Scan) -> Side:
        raw = RESULTS.get(db, sc.analysis_id)
        return Side(replace(raw, identity=replace(raw.identity, package_path=sc.file_name)), "package", sc.file_name)

    changes = compare(side(old), side(new))
    fail_on = None if new.fail_on in (None, "never") else Severity.parse(new.fail_on)
    return changes, evaluate_diff(changes, fail_on)


def release_of(db: Database, scan_id: str) -> Release:
    view = get_scan(db, scan_id)
    if view.scan.status != DONE or not view.scan.app_id:
        raise NotReady(f"scan {scan_id} is {view.scan.status}: no release to compare")
    for rel in releases(db, view.scan.app_id).get((view.scan.platform, view.scan.app_id), []):
        if any(sc.id == scan_id for sc in rel.scans):
            return rel
    raise NotFound(f"scan {scan_id} is in no release")


def previous_scan(db: Database, scan_id: str) -> tuple[Scan, Scan]:
    """(the previous release's latest scan, this scan) for the diff of scan_id against the release before."""
    rel = release_of(db, scan_id)
    if rel.previous is None:
        raise NotFound(f"scan {scan_id} is the first release of {rel.app_id} on this server: nothing to compare")
    this = next(sc for sc in rel.scans if sc.id == scan_id)
    return rel.previous.latest, this


# --- the fleet's expiring pins -------------------------------------------------------------------------

def expiring_pins(db: Database, days: int, as_of: dt.date) -> list[dict[str, Any]]:
    """Pins of every app's latest release that have expired or expire within `days` of `as_of`."""
    latest = {key: rels[-1] for key, rels in releases(db).items()}
    if not latest:
        return []
    by_analysis = {rel.latest.analysis_id: rel for rel in latest.values()}
    with db.read() as s:
        rows = list(s.scalars(select(PinSet).where(PinSet.analysis_id.in_(list(by_analysis)))))
    out = []
    for p in rows:
        exp = expiry(p.expiration, as_of)
        if exp is None or not (exp.expired or exp.within(days)):
            continue
        rel = by_analysis[p.analysis_id]
        out.append({"app_id": rel.app_id, "platform": rel.platform, "app_name": rel.latest.app_name,
                    "version_name": rel.version_name, "version_code": rel.version_code, "scan_id": rel.latest.id,
                    "host": p.host, "source": p.source, "expiration": p.expiration, "days_left": exp.days_left,
                    "expired": exp.expired, "enforced": p.enforced, "include_subdomains": p.include_subdomains,
                    "pins": p.pins, "location": p.location})
    out.sort(key=lambda e: (e["days_left"], e["app_id"], e["platform"], e["host"], e["source"], e["location"]))
    return out
