"""Running the real service for the tests: `pinscan serve` in a subprocess on a free localhost port, with SQLite
in a fresh data folder, or with PostgreSQL (PINSCAN_TEST_POSTGRES_URL, a fresh schema per server) — and the
tokens it needs, made with `pinscan serve token create` as an operator would."""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx
import pytest

from conftest import ROOT, run_cli

POSTGRES_ENV = "PINSCAN_TEST_POSTGRES_URL"
DATABASES = ["sqlite", "postgresql"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_token(data: Path, scope: str, database: str | None = None, name: str | None = None) -> str:
    args = ["serve", "token", "create", "--scope", scope, "--data", data]
    if database:
        args += ["--database", database]
    if name:
        args += ["--name", name]
    res = run_cli(*args)
    assert res.code == 0, res.err
    return res.out.split()[-1]  # the token is the last word


@contextlib.contextmanager
def postgres_schema() -> Iterator[str]:
    """A PostgreSQL URL whose search_path is a new, empty schema (dropped afterwards)."""
    base = os.environ.get(POSTGRES_ENV)
    if not base:
        pytest.skip(f"{POSTGRES_ENV} is not set (postgresql://USER:PASSWORD@HOST/DB); .ci/run sets it")
    from sqlalchemy import create_engine, text

    from pinscan.server.settings import database_url

    schema = f"pinscan_test_{secrets.token_hex(6)}"
    engine = create_engine(database_url(Path("."), base))
    with engine.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    parts = urlsplit(base)
    query = urlencode([*parse_qsl(parts.query), ("options", f"-csearch_path={schema}")])
    try:
        yield urlunsplit(parts._replace(query=query))
    finally:
        with engine.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        engine.dispose()


@contextlib.contextmanager
def database(kind: str) -> Iterator[str | None]:
    if kind == "sqlite":
        yield None
    else:
        with postgres_schema() as url:
            yield url


@dataclass
class Server:
    data: Path
    database: str | None
    args: tuple[str, ...]
    tokens: dict[str, str] = field(default_factory=dict)
    port: int = 0
    proc: subprocess.Popen | None = None
    log: Path | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 60) -> Server:
        self.port = free_port()
        self.log = self.data.parent / f"server-{self.port}.log"
        cmd = [sys.executable, "-m", "pinscan.cli", "serve", "--data", str(self.data), "--port", str(self.port),
               *self.args]
        if self.database:
            cmd += ["--database", self.database]
        with open(self.log, "wb") as log:
            self.proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"the server exited with {self.proc.returncode}:\n{self.log.read_text()}")
            try:
                httpx.get(f"{self.url}/api/v1/scans", timeout=2)
                return self
            except httpx.TransportError:
                time.sleep(0.2)
        raise AssertionError(f"the server did not answer within {timeout} s:\n{self.log.read_text()}")

    def client(self, scope: str | None = "admin") -> httpx.Client:
        headers = {"Authorization": f"Bearer {self.tokens[scope]}"} if scope else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=60)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.kill()
        self.proc.wait(10)

    def workers(self) -> list[int]:
        """The worker processes: children of the server's forkserver."""
        assert self.proc is not None
        forkservers = [pid for pid, (ppid, cmd) in processes().items()
                       if ppid == self.proc.pid and "forkserver" in cmd]
        return sorted(pid for pid, (ppid, _cmd) in processes().items() if ppid in forkservers and alive(pid))

    def descendants(self) -> list[int]:
        assert self.proc is not None
        table = processes()
        found, todo = [], [self.proc.pid]
        while todo:
            parent = todo.pop()
            children = [pid for pid, (ppid, _cmd) in table.items() if ppid == parent]
            found += children
            todo += children
        return sorted(found)


def start_server(data: Path, kind_url: str | None, *args: str) -> Server:
    tokens = {scope: make_token(data, scope, kind_url) for scope in ("read", "upload", "admin")}
    return Server(data, kind_url, args, tokens).start()


def processes() -> dict[int, tuple[int, str]]:
    """pid -> (parent pid, command line) of every live process."""
    out = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmd = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            out[int(entry.name)] = (int(stat.rsplit(")", 1)[1].split()[1]), cmd)
        except (OSError, IndexError, ValueError):
            continue
    return out


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def upload(client: httpx.Client, path: Path, name: str | None = None, **fields) -> httpx.Response:
    data = {key.replace("_", "-"): [str(v) for v in value] if isinstance(value, list | tuple) else str(value)
            for key, value in fields.items()}
    with open(path, "rb") as fh:
        return client.post("/api/v1/scans", files={"file": (name or path.name, fh)}, data=data)


def wait_for(client: httpx.Client, scan_id: str, statuses=("done", "failed"), timeout: float = 120) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        scan = client.get(f"/api/v1/scans/{scan_id}").raise_for_status().json()
        if scan["status"] in statuses:
            return scan
        if time.monotonic() > deadline:
            raise AssertionError(f"scan {scan_id} still {scan['status']} after {timeout} s")
        time.sleep(0.1)
