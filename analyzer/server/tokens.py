"""Bearer tokens and page sessions.

A token is 32 random bytes (`pst_` + URL-safe base64), shown once when created and stored only as its
SHA-256: with that much entropy a slow password hash adds nothing, and a lookup is one indexed query.
Scopes nest: `read` reads; `upload` also uploads; `admin` also manages tokens. A page session is made from
a token (the login form) and stored hashed too; it ends with its token (revoked) or after SESSION_HOURS.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy import select

from pinscan.errors import ScanError
from pinscan.server.db import Database, PageSession, Token, now, utc

SCOPES = ("read", "upload", "admin")
PREFIX = "pst_"
SESSION_HOURS = 12
_TOUCH_EVERY = dt.timedelta(minutes=1)  # last_used_at is written at most this often per token


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def allows(scope: str, needed: str) -> bool:
    return SCOPES.index(scope) >= SCOPES.index(needed)


@dataclass(frozen=True)
class Caller:
    token_id: int
    scope: str
    name: str | None
    csrf: str | None = None  # page sessions only


@dataclass(frozen=True)
class TokenInfo:
    id: int
    name: str | None
    scope: str
    prefix: str
    created_at: dt.datetime
    last_used_at: dt.datetime | None
    revoked_at: dt.datetime | None

    @classmethod
    def of(cls, t: Token) -> TokenInfo:
        return cls(t.id, t.name, t.scope, t.prefix, utc(t.created_at), utc(t.last_used_at), utc(t.revoked_at))


def create_token(db: Database, scope: str, name: str | None = None) -> tuple[TokenInfo, str]:
    """A new token: its record and the secret (which is not stored)."""
    if scope not in SCOPES:
        raise ScanError(f"scope {scope!r}: must be one of {', '.join(SCOPES)}")
    if name is not None and len(name) > 100:
        raise ScanError("a token name is at most 100 characters")
    secret = PREFIX + secrets.token_urlsafe(32)
    with db.write() as s:
        token = Token(name=name, scope=scope, hash=digest(secret), prefix=secret[:10], created_at=now())
        s.add(token)
        s.flush()
        info = TokenInfo.of(token)
    return info, secret


def list_tokens(db: Database) -> list[TokenInfo]:
    with db.read() as s:
        return [TokenInfo.of(t) for t in s.scalars(select(Token).order_by(Token.id))]


def revoke_token(db: Database, token_id: int) -> TokenInfo:
    with db.write() as s:
        token = s.get(Token, token_id)
        if token is None:
            raise ScanError(f"no token {token_id} (see `pinscan serve token list`)")
        if token.revoked_at is None:
            token.revoked_at = now()
            for session in s.scalars(select(PageSession).where(PageSession.token_id == token_id)):
                s.delete(session)
        return TokenInfo.of(token)


def authenticate(db: Database, secret: str) -> Caller | None:
    """The caller a bearer token stands for, or None (unknown or revoked)."""
    if not secret.startswith(PREFIX) or len(secret) > 100:
        return None
    with db.read() as s:
        token = s.scalars(select(Token).where(Token.hash == digest(secret))).first()
        if token is None or token.revoked_at is not None:
            return None
        caller = Caller(token.id, token.scope, token.name)
        stale = token.last_used_at is None or now() - utc(token.last_used_at) > _TOUCH_EVERY
    if stale:
        with db.write() as s:
            t = s.get(Token, caller.token_id)
            if t is not None:
                t.last_used_at = now()
    return caller


def open_session(db: Database, caller: Caller) -> str:
    """A page session for a caller who showed a token; returns the cookie value."""
    secret = secrets.token_urlsafe(32)
    with db.write() as s:
        s.add(PageSession(hash=digest(secret), token_id=caller.token_id, csrf=secrets.token_urlsafe(24),
                          created_at=now(), expires_at=now() + dt.timedelta(hours=SESSION_HOURS)))
    return secret


def session_caller(db: Database, cookie: str) -> Caller | None:
    if not cookie or len(cookie) > 100:
        return None
    with db.read() as s:
        row = s.execute(select(PageSession, Token).join(Token, Token.id == PageSession.token_id)
                        .where(PageSession.hash == digest(cookie))).first()
        if row is None:
            return None
        session, token = row
        if token.revoked_at is not None or utc(session.expires_at) < now():
            return None
        return Caller(token.id, token.scope, token.name, session.csrf)


def close_session(db: Database, cookie: str) -> None:
    with db.write() as s:
        session = s.get(PageSession, digest(cookie))
        if session is not None:
            s.delete(session)
