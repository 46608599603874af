"""Users, roles and API tokens; passwords (for the web app's login) hashed with argon2.

An API token is 256 random bits shown once; the register keeps only its SHA-256 digest and finds the user by it
(one indexed lookup per request). A slow password hash would add tens of milliseconds to every request and buys
nothing for a secret that cannot be guessed; passwords, which people choose, get argon2id.
"""

from __future__ import annotations

import hashlib
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from engine.identity import region_problem, uscc_problem
from ledger.errors import RegisterError, invalid
from ledger.filters import Scope
from ledger.identity import Actor
from ledger.store.db import Database
from ledger.store.records import StoreConflict, UserRecord
from ledger.store.repo import Tx
from ledger.vocab import Role, storable_id

TOKEN_PREFIX = "hzt_"
_hasher = PasswordHasher()


def token_digest(token: str) -> str:
    """What the register stores of a token."""
    return hashlib.sha256(token.encode()).hexdigest()


def actor_of(user: UserRecord) -> Actor:
    """The acting identity of a stored user."""
    return Actor(user_id=user.id, name=user.name, role=Role(user.role), region_code=user.region_code,
                 uscc=user.uscc, organ=user.organ)


def scope_of(actor: Actor) -> Scope:
    """What an actor's queries are limited to."""
    if actor.role is Role.enterprise:
        return Scope(region=None, uscc=actor.uscc)
    return Scope(region=actor.region_scope())


def _binding_problem(role: Role, region_code: str | None, uscc: str | None, organ: str | None) -> RegisterError | None:
    if role is Role.department:
        if not region_code or region_problem(region_code):
            why = region_problem(region_code or "") or "未填写"
            return invalid("region_required", f"监管部门用户须绑定有效的行政区划代码：{why}",
                           ["region_code"], "例如 --region 371000（威海市）")
        if not organ:
            return invalid("organ_required", "监管部门用户须填写所在单位", ["organ"], "例如 --organ 威海市应急管理局")
    if role is Role.enterprise and (not uscc or uscc_problem(uscc)):
        return invalid("uscc_required", f"企业用户须绑定有效的统一社会信用代码：{uscc_problem(uscc or '') or '未填写'}",
                       ["uscc"])
    if role is not Role.department and region_code:
        return invalid("region_not_for_role", "只有监管部门用户绑定行政区划", ["region_code"])
    if role is not Role.enterprise and uscc:
        return invalid("uscc_not_for_role", "只有企业用户绑定统一社会信用代码", ["uscc"])
    return None


def add_user(db: Database, name: str, role: Role, region_code: str | None = None, uscc: str | None = None,
             organ: str | None = None, password: str | None = None) -> UserRecord:
    """Create a user bound as its role requires (a department to a region, an enterprise to its uscc)."""
    if not name.strip():
        raise RegisterError(422, "invalid_name", "用户名不能为空",
                            [{"loc": ["name"], "msg": "用户名不能为空或只有空格",
                              "suggestion": "填写姓名或岗位，如 威海市应急局-李明"}])
    problem = _binding_problem(role, region_code, uscc, organ)
    if problem:
        raise problem
    if password is not None:
        _check_password(password)
    hashed = _hasher.hash(password) if password else None
    try:
        with db.write() as connection:
            return Tx(connection).add_user(name, role.value, region_code, uscc, organ, hashed)
    except StoreConflict:
        raise RegisterError(409, "user_exists", f"用户 {name} 已存在",
                            [{"loc": ["name"], "msg": "用户名已被使用"}]) from None


def user(db: Database, name: str) -> UserRecord:
    """A user by name, or a 404."""
    with db.read() as session:
        found = Tx(session).user(name)
    if found is None:
        raise RegisterError(404, "not_found", f"没有用户 {name}", [{"loc": ["name"], "msg": "未找到该用户"}])
    return found


def issue_token(db: Database, name: str, label: str = "") -> tuple[int, str]:
    """A new token for the user: its id and the token itself (shown once, stored only as a digest)."""
    found = user(db, name)
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with db.write() as connection:
        token_id = Tx(connection).add_token(found.id, token_digest(token), label)
    return token_id, token


def revoke_token(db: Database, token_id: int) -> bool:
    """Revoke a token by its id."""
    if not storable_id(token_id):
        return False
    with db.write() as connection:
        return Tx(connection).revoke_token(token_id)


def plausible(token: str) -> bool:
    """True when a string has a token's shape (checked before any database lookup)."""
    body = token.removeprefix(TOKEN_PREFIX)
    return token.startswith(TOKEN_PREFIX) and len(body) == 43 and all(c.isascii() and (c.isalnum() or c in "-_")
                                                                       for c in body)


def authenticate(db: Database, token: str) -> Actor | None:
    """The actor holding this bearer token, or None (unknown, revoked, or its user disabled)."""
    if not plausible(token):
        return None
    with db.lookup() as connection:
        found = Tx(connection).user_by_token(token_digest(token))
    return actor_of(found) if found else None


MIN_PASSWORD = 8


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise RegisterError(422, "weak_password", f"密码至少 {MIN_PASSWORD} 个字符",
                            [{"loc": ["password"], "msg": f"收到 {len(password)} 个字符",
                              "suggestion": f"设置至少 {MIN_PASSWORD} 个字符的密码（可用一句话）"}])


def set_password(db: Database, name: str, password: str) -> None:
    """Set a user's password (argon2id); one shorter than MIN_PASSWORD is refused (an empty one locked the account)."""
    _check_password(password)
    found = user(db, name)
    with db.write() as connection:
        Tx(connection).set_password_hash(found.id, _hasher.hash(password))


def verify_password(db: Database, name: str, password: str) -> Actor | None:
    """The actor for a correct name and password (the web app's login), else None; rehashes outdated hashes."""
    with db.read() as session:
        found = Tx(session).password_hash(name)
    hashed = found[1] if found else None
    if found is None or hashed is None or found[0].disabled:
        _hasher.hash(password)  # spend the same time whether or not the user exists
        return None
    record = found[0]
    try:
        _hasher.verify(hashed, password)
    except (VerificationError, InvalidHashError):
        return None
    if _hasher.check_needs_rehash(hashed):
        with db.write() as connection:
            Tx(connection).set_password_hash(record.id, _hasher.hash(password))
    return actor_of(record)
