"""What the web app's forms keep and offer: drafts of inspections (by their author) and the enterprises to pick from."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, insert, or_, select, update
from sqlalchemy.orm import Session

from ledger.filters import Scope
from ledger.store import tables as t
from ledger.store.queries import in_scope
from ledger.store.records import EnterpriseFields
from ledger.store.repo import now

DRAFTS = t.Base.metadata.tables["drafts"]


@dataclass(frozen=True)
class DraftRecord:
    """A stored draft."""

    id: str
    user_id: int
    title: str
    header: dict[str, Any]
    answers: dict[str, Any]
    created_at: dt.datetime
    updated_at: dt.datetime


def insert_draft(conn: Connection, draft_id: str, user_id: int, title: str, header: dict[str, Any]) -> None:
    """Store a new draft with no answers."""
    stamp = now()
    conn.execute(insert(DRAFTS), {"id": draft_id, "user_id": user_id, "title": title, "header": header, "answers": {},
                                  "created_at": stamp, "updated_at": stamp})


def update_draft(conn: Connection, draft_id: str, user_id: int, values: dict[str, Any]) -> bool:
    """Change a draft of this user (title, header or answers); False when there is none."""
    result = conn.execute(update(DRAFTS).where(DRAFTS.c.id == draft_id, DRAFTS.c.user_id == user_id)
                          .values(**values, updated_at=now()))
    return result.rowcount == 1


def delete_draft(conn: Connection, draft_id: str, user_id: int) -> bool:
    """Remove a draft of this user."""
    return conn.execute(delete(DRAFTS).where(DRAFTS.c.id == draft_id, DRAFTS.c.user_id == user_id)).rowcount == 1


def _draft(row: Any) -> DraftRecord:
    return DraftRecord(row.id, row.user_id, row.title, row.header, row.answers, row.created_at, row.updated_at)


def draft(session: Session, draft_id: str, user_id: int) -> DraftRecord | None:
    """A draft of this user (another user's draft is not found)."""
    row = session.execute(select(DRAFTS).where(DRAFTS.c.id == draft_id, DRAFTS.c.user_id == user_id)).first()
    return _draft(row) if row else None


def drafts(session: Session, user_id: int, limit: int) -> list[DraftRecord]:
    """This user's drafts, the most recently changed first."""
    rows = session.execute(select(DRAFTS).where(DRAFTS.c.user_id == user_id)
                           .order_by(DRAFTS.c.updated_at.desc()).limit(limit))
    return [_draft(row) for row in rows]


def enterprises(session: Session, scope: Scope, text: str, limit: int) -> list[EnterpriseFields]:
    """Enterprises in the scope whose name or 统一社会信用代码 contains `text`, the most recently updated first."""
    E = t.Enterprise
    query = select(E).where(in_scope(scope, E.region_code, E.uscc))
    if text:
        query = query.where(or_(E.name.contains(text, autoescape=True), E.uscc.contains(text, autoescape=True)))
    rows = session.scalars(query.order_by(E.updated_at.desc(), E.uscc).limit(limit))
    return [EnterpriseFields(r.uscc, r.name, r.region_code, r.region, r.address, list(r.industries), r.principal,
                             r.actual_controller, r.high_risk) for r in rows]
