"""What the service runs with: its data folder, database, workers and limits."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from pinscan.errors import ScanError

DATA_ENV = "PINSCAN_DATA"
DATABASE_ENV = "PINSCAN_DATABASE_URL"
DB_FILE = "pinscan.db"


def default_data_dir() -> Path:
    """$PINSCAN_DATA, else the per-user data folder ($XDG_DATA_HOME/pinscan, ~/.local/share/pinscan)."""
    if os.environ.get(DATA_ENV):
        return Path(os.environ[DATA_ENV])
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "pinscan"


def database_url(data: Path, given: str | None) -> str:
    """The SQLAlchemy URL: the one given (postgresql://... runs on psycopg 3), else SQLite in the data folder."""
    url = given or os.environ.get(DATABASE_ENV)
    if not url:
        return f"sqlite:///{(data / DB_FILE).resolve()}"
    for plain in ("postgresql://", "postgres://"):
        if url.startswith(plain):
            return "postgresql+psycopg://" + url[len(plain):]
    if url.startswith(("postgresql+psycopg://", "sqlite:///")):
        return url
    raise ScanError(f"--database {url.split('://', 1)[0]}://...: not a PostgreSQL URL (postgresql://USER@HOST/DB)")


@dataclass(frozen=True)
class Limits:
    max_upload: int = 1024 * 1024 * 1024  # bytes of one package
    queue_size: int = 100  # scans waiting for a worker; more → 429
    scan_timeout: float = 600.0  # seconds one scan may run before its worker is stopped


@dataclass(frozen=True)
class ServerSettings:
    data: Path
    database: str  # SQLAlchemy URL
    workers: int = 1
    dask: str | None = None
    limits: Limits = Limits()

    @property
    def blobs(self) -> Path:
        return self.data / "blobs"

    @property
    def tmp(self) -> Path:
        return self.data / "tmp"

    @property
    def policies(self) -> Path:
        return self.data / "policies"


def prepare_data_dir(data: Path) -> Path:
    """Create the data folder (owner-only: it holds the uploads and, by default, the database)."""
    try:
        data.mkdir(parents=True, exist_ok=True, mode=0o700)
        for sub in ("blobs", "tmp", "policies"):
            (data / sub).mkdir(exist_ok=True, mode=0o700)
    except OSError as exc:
        raise ScanError(f"{data}: cannot create the data folder: {exc.strerror or exc}") from None
    return data.resolve()
