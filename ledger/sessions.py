"""Web sessions of the register's users: login by password, and the check that a session's user is still valid.

A session names its user and a fingerprint of the password hash it logged in with: changing the password (or
disabling the user) ends every session of that user at its next request.
"""

from __future__ import annotations

import hashlib

from ledger.auth import actor_of, verify_password
from ledger.identity import Actor
from ledger.store.db import Database
from ledger.store.repo import Tx


def fingerprint(password_hash: str) -> str:
    """A short digest of a password hash (the session carries this, never the hash)."""
    return hashlib.sha256(password_hash.encode()).hexdigest()[:32]


def _stored(db: Database, name: str) -> tuple[Actor, str] | None:
    with db.lookup() as connection:  # on every request of a logged-in user: one statement, no transaction
        found = Tx(connection).password_hash(name)
    if found is None or found[1] is None or found[0].disabled:
        return None
    return actor_of(found[0]), fingerprint(found[1])


def login(db: Database, name: str, password: str) -> tuple[Actor, str] | None:
    """The actor and its session fingerprint for a correct name and password, else None."""
    if verify_password(db, name, password) is None:
        return None
    return _stored(db, name)  # read after a possible rehash, so the fingerprint is of the hash now stored


def session_actor(db: Database, name: str, password_fingerprint: str) -> Actor | None:
    """The session's actor while the user is enabled and its password unchanged, else None."""
    found = _stored(db, name)
    if found is None or found[1] != password_fingerprint:
        return None
    return found[0]
