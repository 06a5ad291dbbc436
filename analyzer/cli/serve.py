"""`pinscan serve`: the gate as an HTTP service (pinscan.server); `pinscan serve token create|list|revoke`.

The web stack (FastAPI, uvicorn, SQLAlchemy, Alembic) is imported only here, when the command runs, and only
if the `server` extra is installed, so the rest of the CLI stays light.
"""

from __future__ import annotations

import argparse
import ipaddress
import os
import sys
from pathlib import Path

from pinscan.errors import ScanError


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of 1 or more")
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not value > 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds above 0")
    return value


def _store_options(p: argparse.ArgumentParser, suppress: bool = False) -> None:
    # On the token subcommands too; SUPPRESS keeps a value given before the subcommand.
    default = argparse.SUPPRESS if suppress else None
    p.add_argument("--data", metavar="DIR", default=default,
                   help="the data folder: uploads, named policies and the SQLite database (default: $PINSCAN_DATA, "
                   "else ~/.local/share/pinscan)")
    p.add_argument("--database", metavar="URL", default=default,
                   help="postgresql://USER:PASSWORD@HOST/DB instead of SQLite in the data folder "
                   "(or $PINSCAN_DATABASE_URL)")


def register(subparsers) -> None:
    """Add `serve` and its `token` subcommands."""
    p = subparsers.add_parser(
        "serve", help="run the gate as an HTTP service (needs pinscan[server])",
        description="Serve the release gate over HTTP: upload packages, get verdicts and reports, app histories "
        "with release diffs, pins about to expire. Every request needs a token: create one with "
        "`pinscan serve token create --scope admin`.")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    _store_options(p)
    p.add_argument("--workers", type=_positive, default=os.cpu_count() or 1, metavar="N",
                   help="scans at once, each in its own worker process (default: one per CPU)")
    p.add_argument("--dask", metavar="ADDRESS",
                   help="run scans on the Dask cluster at ADDRESS (tcp://host:8786) instead; the data folder must be "
                   "on a file system its workers see under the same path; needs pinscan[dask]")
    p.add_argument("--max-upload-mb", type=_positive, default=1024, metavar="MIB",
                   help="largest package accepted, in MiB (default: 1024); larger uploads get 413")
    p.add_argument("--queue-size", type=_positive, default=100, metavar="N",
                   help="scans that may wait for a worker (default: 100); beyond, uploads get 429 with Retry-After")
    p.add_argument("--scan-timeout", type=_seconds, default=600.0, metavar="SECONDS",
                   help="stop a scan that runs longer (default: 600); it is reported failed")
    p.add_argument("--forwarded-allow-ips", metavar="IPS", default="127.0.0.1",
                   help="proxies whose X-Forwarded-Proto/-For headers are trusted (default: 127.0.0.1)")
    p.add_argument("--log-level", choices=("critical", "error", "warning", "info", "debug"), default="info")
    sub = p.add_subparsers(dest="serve_command", metavar="token")
    token = sub.add_parser("token", help="create, list or revoke API tokens",
                           description="Manage the service's bearer tokens (stored hashed in its database).")
    actions = token.add_subparsers(dest="token_command", metavar="ACTION", required=True)
    create = actions.add_parser("create", help="create a token and print it (it is shown only once)")
    create.add_argument("--scope", choices=("upload", "read", "admin"), required=True,
                        help="read: read results; upload: also upload; admin: also manage tokens")
    create.add_argument("--name", help="a label for the token (who or what uses it)")
    _store_options(create, suppress=True)
    listing = actions.add_parser("list", help="list tokens (never their secrets)")
    _store_options(listing, suppress=True)
    revoke = actions.add_parser("revoke", help="revoke a token by its ID (its page sessions end too)")
    revoke.add_argument("id", type=int, metavar="ID")
    _store_options(revoke, suppress=True)


def _need_server_extra() -> None:
    try:
        import alembic  # noqa: F401
        import fastapi  # noqa: F401
        import python_multipart  # noqa: F401
        import sqlalchemy  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError as exc:
        raise ScanError(f"pinscan serve needs the server extra ({exc.name} is missing): "
                        "pip install 'pinscan[server]'") from None


def _settings(args, **more):
    from pinscan.server.settings import ServerSettings, database_url, default_data_dir, prepare_data_dir

    data = prepare_data_dir(Path(args.data) if args.data else default_data_dir())
    return ServerSettings(data=data, database=database_url(data, args.database), **more)


def run(args) -> int:
    _need_server_extra()
    if args.serve_command == "token":
        return _token(args)
    return _serve(args)


def _token(args) -> int:
    from pinscan.server import tokens
    from pinscan.server.db import iso, open_database

    settings = _settings(args)
    db = open_database(settings.database)
    try:
        if args.token_command == "create":
            info, secret = tokens.create_token(db, args.scope, args.name)
            print(f"created {info.scope} token {info.id}{f' ({info.name})' if info.name else ''}; "
                  f"it is shown only now: {secret}")
        elif args.token_command == "list":
            print(f"{'ID':>4}  {'SCOPE':<7} {'PREFIX':<11} {'CREATED':<21} {'LAST USED':<21} {'REVOKED':<21} NAME")
            for t in tokens.list_tokens(db):
                print(f"{t.id:>4}  {t.scope:<7} {t.prefix:<11} {iso(t.created_at):<21} "
                      f"{iso(t.last_used_at) or '-':<21} {iso(t.revoked_at) or '-':<21} {t.name or ''}")
        else:
            info = tokens.revoke_token(db, args.id)
            print(f"revoked token {info.id} ({info.scope}{f', {info.name}' if info.name else ''})")
    finally:
        db.close()
    return 0


def _serve(args) -> int:
    import logging

    import uvicorn

    from pinscan.server.app import create_app
    from pinscan.server.db import open_database
    from pinscan.server.lock import hold_data_dir
    from pinscan.server.settings import Limits

    settings = _settings(args, workers=args.workers, dask=args.dask,
                         limits=Limits(max_upload=args.max_upload_mb << 20, queue_size=args.queue_size,
                                       scan_timeout=args.scan_timeout))
    if args.dask:
        from pinscan.runner.batch import require_dask

        require_dask()
    _check_port(args.host, args.port)
    lock = hold_data_dir(settings.data)  # one server per data folder: recovery assumes it is the only one
    db = open_database(settings.database)  # created or upgraded by its migrations
    db.hold_exclusive()  # and one per database
    # The service works in its data folder: named policies' relative paths read as `pinscan scan --config
    # policies/NAME.toml` would there, and reports name them the same way.
    os.chdir(settings.data)
    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if not _loopback(args.host):
        print(f"pinscan: warning: listening on {args.host}: tokens and packages cross the network in clear text "
              "unless a TLS-terminating proxy is in front (see README)", file=sys.stderr)
    app = create_app(settings, db)
    where = "SQLite in " + str(settings.data) if settings.database.startswith("sqlite") else "PostgreSQL"
    print(f"pinscan: serving on http://{args.host}:{args.port}/ (data {settings.data}, database {where}, "
          f"{'Dask ' + args.dask if args.dask else f'{settings.workers} worker(s)'})", file=sys.stderr, flush=True)
    try:
        uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level, proxy_headers=True,
                    forwarded_allow_ips=args.forwarded_allow_ips, server_header=False, timeout_graceful_shutdown=10)
    finally:
        lock.close()
    return 0


def _check_port(host: str, port: int) -> None:
    """Say in one line when the address cannot be listened on (uvicorn would log and exit later)."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
        with socket.socket(infos[0][0], socket.SOCK_STREAM) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind(infos[0][4])
    except OSError as exc:
        raise ScanError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
