"""Sessions of the web app: a signed cookie naming the user, CSRF tokens bound to it, and the login check.

The cookie is signed (itsdangerous) with the app's secret and carries a random nonce, the user's name and a
fingerprint of the password hash (`ledger.sessions`); the CSRF token of every form is an HMAC of the nonce, so a
form posted from another site, or from before a login, is refused. Logging in starts a new nonce.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import threading
from dataclasses import dataclass, replace
from pathlib import Path

from fastapi import Request, Response
from itsdangerous import BadSignature, URLSafeTimedSerializer

from api.settings import Settings
from ledger.identity import Actor
from ledger.store.db import default_sqlite_path

COOKIE = "hazard_session"
MAX_AGE = 12 * 3600  # seconds: a working day on site
SECRET_ENV = "HAZARD_WEB_SECRET"
CSRF_FIELD = "csrf_token"


@dataclass(frozen=True)
class WebSession:
    """What the cookie says: a nonce, and after login the user's name and password fingerprint."""

    nonce: str
    user: str | None = None
    fingerprint: str | None = None
    flash: str | None = None


class LoginRequired(Exception):
    """The page needs a logged-in user (answered with a redirect to the login page)."""

    def __init__(self, next_url: str):
        super().__init__(next_url)
        self.next_url = next_url


class CsrfRejected(Exception):
    """A form without the token of this session (answered with a 403 page)."""


def load_secret(settings: Settings) -> bytes:
    """`HAZARD_WEB_SECRET`, else a random secret kept (0600) beside the embedded register, made on first use.

    Every worker of one server reads the same file, so a session made by one is valid in the others.
    """
    given = os.environ.get(SECRET_ENV)
    if given:
        return given.encode()
    path = (settings.register_path or default_sqlite_path()).parent / "web-secret"
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return Path(path).read_bytes().strip()
    with os.fdopen(descriptor, "w") as handle:
        handle.write(secrets.token_hex(32))
    return Path(path).read_bytes().strip()


class SessionCodec:
    """Signs and reads session cookies; makes and checks CSRF tokens."""

    def __init__(self, secret: bytes):
        self.secret = secret
        self.serializer = URLSafeTimedSerializer(secret, salt="hazard-web-session")

    def read(self, request: Request) -> WebSession | None:
        """The session of the request's cookie, or None (absent, tampered with or expired)."""
        raw = request.cookies.get(COOKIE)
        if not raw:
            return None
        try:
            data = self.serializer.loads(raw, max_age=MAX_AGE)
        except BadSignature:
            return None
        if not isinstance(data, dict) or not isinstance(data.get("n"), str):
            return None
        return WebSession(nonce=data["n"], user=data.get("u"), fingerprint=data.get("p"), flash=data.get("f"))

    def write(self, response: Response, session: WebSession, secure: bool) -> None:
        """Set the cookie (HttpOnly, SameSite=Lax, Secure over HTTPS)."""
        data = {"n": session.nonce, "u": session.user, "p": session.fingerprint, "f": session.flash}
        response.set_cookie(COOKIE, self.serializer.dumps({k: v for k, v in data.items() if v is not None}),
                            max_age=MAX_AGE, httponly=True, samesite="lax", secure=secure, path="/")

    def csrf_token(self, session: WebSession) -> str:
        """The token every form of this session carries."""
        return hmac.new(self.secret, f"csrf:{session.nonce}".encode(), hashlib.sha256).hexdigest()

    def csrf_valid(self, session: WebSession, token: str | None) -> bool:
        """True when the posted token is this session's."""
        return bool(token) and hmac.compare_digest(self.csrf_token(session), token or "")


class LazyCodec:
    """The app's SessionCodec, made on the first web request (an app that serves no page writes no secret file)."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._codec: SessionCodec | None = None
        self._lock = threading.Lock()

    def get(self) -> SessionCodec:
        """The codec, its secret loaded or made once."""
        if self._codec is None:
            with self._lock:
                if self._codec is None:
                    self._codec = SessionCodec(load_secret(self.settings))
        return self._codec


def new_session() -> WebSession:
    """An anonymous session with a fresh nonce."""
    return WebSession(nonce=secrets.token_urlsafe(16))


def logged_in(actor: Actor, fingerprint: str) -> WebSession:
    """A new session (new nonce: no token from before the login stays valid) for this user."""
    return WebSession(nonce=secrets.token_urlsafe(16), user=actor.name, fingerprint=fingerprint)


def with_flash(session: WebSession, message: str | None) -> WebSession:
    """The session carrying a one-time message for the next page."""
    return replace(session, flash=message)
