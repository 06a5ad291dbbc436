"""The service's tables (SQLAlchemy 2) and transactions; the schema is created and upgraded by Alembic.

- `packages`: one row per distinct upload (SHA-256); the bytes are in the data folder under blobs/.
- `analyses`: one scan of a package's bytes with given scan options (as-of date, expiry warning days),
  keyed like the result cache (bytes, pinscan code and rules, options): the work a worker does, once.
- `scans`: one upload (what the API calls a scan): the file name, who uploaded it, its policy, and, once its
  analysis is done, its verdict, summary and reports (the CLI's bytes, compressed).
- `pin_sets`: the pins with an expiration of each done analysis, for the fleet's expiring-pins view.
- `tokens`, `sessions`: hashed bearer tokens and the page sessions made from them.

Every state change is committed before the API can report it. On SQLite a writing transaction starts with
BEGIN IMMEDIATE (so two writers queue on the lock instead of one failing on upgrade), in WAL mode with
full sync; PostgreSQL runs on psycopg 3.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    create_engine,
    event,
)
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

from pinscan.errors import ScanError

# Statuses of analyses and scans.
QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"
# Why an analysis failed: the package itself (scanning again gives the same answer) or the machinery.
PACKAGE, TIMEOUT, WORKER, SERVER = "package", "timeout", "worker", "server"


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def utc(value: dt.datetime | None) -> dt.datetime | None:
    """SQLite gives naive datetimes back: they were stored in UTC."""
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value


def iso(value: dt.datetime | None) -> str | None:
    value = utc(value)
    return value.isoformat(timespec="seconds").replace("+00:00", "Z") if value else None


def pack(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8"), 6)


def unpack(data: bytes) -> str:
    return zlib.decompress(data).decode("utf-8")


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


class Base(DeclarativeBase):
    pass


class Token(Base):
    __tablename__ = "tokens"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str | None] = mapped_column(String(100))
    scope: Mapped[str] = mapped_column(String(10))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    last_used_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class PageSession(Base):
    __tablename__ = "sessions"
    hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    token_id: Mapped[int] = mapped_column(ForeignKey("tokens.id"), index=True)
    csrf: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class Package(Base):
    __tablename__ = "packages"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class Analysis(Base):
    __tablename__ = "analyses"
    __table_args__ = (Index("ix_analyses_status_id", "status", "id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(ForeignKey("packages.sha256"))
    key: Mapped[str] = mapped_column(String(64), index=True)  # pinscan.runner.cache.cache_key
    as_of: Mapped[str] = mapped_column(String(10))
    expiry_warning_days: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(10))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)
    error_kind: Mapped[str | None] = mapped_column(String(10))
    notes: Mapped[str] = mapped_column(Text, default="[]")  # JSON list: retries and why
    result: Mapped[bytes | None] = mapped_column(LargeBinary)  # the raw ScanResult JSON, compressed
    platform: Mapped[str | None] = mapped_column(String(10))
    app_id: Mapped[str | None] = mapped_column(String(255))
    app_name: Mapped[str | None] = mapped_column(String(255))
    version_name: Mapped[str | None] = mapped_column(String(255))
    version_code: Mapped[str | None] = mapped_column(String(255))
    queued_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    started_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class Scan(Base):
    __tablename__ = "scans"
    __table_args__ = (Index("ix_scans_app", "app_id", "status"),)
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    analysis_id: Mapped[int] = mapped_column(ForeignKey("analyses.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    token_id: Mapped[int | None] = mapped_column(ForeignKey("tokens.id"))
    policy_name: Mapped[str | None] = mapped_column(String(100))
    policy_options: Mapped[str] = mapped_column(Text, default="{}")  # JSON, by CLI option name
    status: Mapped[str] = mapped_column(String(10), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    error: Mapped[str | None] = mapped_column(Text)
    passed: Mapped[bool | None] = mapped_column(Boolean)
    reasons: Mapped[str] = mapped_column(Text, default="[]")
    warnings: Mapped[str] = mapped_column(Text, default="[]")
    summary: Mapped[str | None] = mapped_column(Text)  # JSON: finding counts after baseline/suppressions
    fail_on: Mapped[str | None] = mapped_column(String(10))  # the policy's, for the release diff
    # Copied from the analysis when done, so apps and releases are one indexed query.
    platform: Mapped[str | None] = mapped_column(String(10))
    app_id: Mapped[str | None] = mapped_column(String(255))
    app_name: Mapped[str | None] = mapped_column(String(255))
    version_name: Mapped[str | None] = mapped_column(String(255))
    version_code: Mapped[str | None] = mapped_column(String(255))


class Report(Base):
    __tablename__ = "reports"
    scan_id: Mapped[str] = mapped_column(ForeignKey("scans.id"), primary_key=True)
    format: Mapped[str] = mapped_column(String(10), primary_key=True)
    content: Mapped[bytes] = mapped_column(LargeBinary)  # compressed


class PinSet(Base):
    __tablename__ = "pin_sets"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    analysis_id: Mapped[int] = mapped_column(ForeignKey("analyses.id"), index=True)
    host: Mapped[str] = mapped_column(String(255))
    source: Mapped[str] = mapped_column(String(32))
    expiration: Mapped[str] = mapped_column(String(32))
    include_subdomains: Mapped[bool] = mapped_column(Boolean)
    enforced: Mapped[bool] = mapped_column(Boolean)
    pins: Mapped[int] = mapped_column(Integer)
    location: Mapped[str] = mapped_column(Text)


def _sqlite_engine(url: str, immediate: bool) -> Engine:
    engine = create_engine(url, connect_args={"timeout": 60, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn, _record) -> None:
        dbapi_conn.isolation_level = None  # transactions are begun below, not by the driver
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


class Database:
    """Sessions for reading and for writing (committed on leaving the block, rolled back on an error)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.sqlite = url.startswith("sqlite")
        if self.sqlite:
            self.engine = _sqlite_engine(url, immediate=False)
            self.write_engine = _sqlite_engine(url, immediate=True)
        else:
            self.engine = self.write_engine = create_engine(url, pool_pre_ping=True)
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(self.write_engine, expire_on_commit=False)
        # SQLite has one writer at a time; its busy handler polls with sleeps of up to 100 ms, so writers of
        # this process queue here instead (in order, without polling).
        self._write_lock = threading.Lock() if self.sqlite else contextlib.nullcontext()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self._write_lock, self._write() as session, session.begin():
            yield session

    def migrate(self) -> None:
        """Create or upgrade the schema to the newest migration."""
        from alembic import command
        from alembic.config import Config
        from sqlalchemy.exc import SQLAlchemyError

        cfg = Config()
        cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
        try:
            with self.write_engine.connect() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                conn.commit()
        except SQLAlchemyError as exc:
            raise ScanError(f"cannot open the database: {_first_line(exc)}") from None

    def hold_exclusive(self) -> None:
        """On PostgreSQL, hold an advisory lock for as long as this server runs: start-up recovery takes every
        `running` scan as left behind, true only when no other server uses the same database and schema.
        (On SQLite the data folder's lock does this.)"""
        if self.sqlite:
            return
        from sqlalchemy import text

        self._held = self.engine.connect()
        got = self._held.scalar(text("SELECT pg_try_advisory_lock(hashtext('pinscan serve ' || current_schema()))"))
        self._held.commit()
        if not got:
            self._held.close()
            raise ScanError("another pinscan server is using this database")

    def close(self) -> None:
        held = getattr(self, "_held", None)
        if held is not None:
            held.close()
        self.engine.dispose()
        self.write_engine.dispose()


def _first_line(exc: Exception) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def open_database(url: str) -> Database:
    db = Database(url)
    db.migrate()
    return db
