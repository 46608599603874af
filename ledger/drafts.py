"""Drafts of inspections being filled in the web app, and the enterprises a form may pick from.

A draft belongs to the user who started it: another user's draft is not found. A draft is not an inspection: it
is never assessed into the register until it is submitted (`Register.submit`), and then it is removed.
"""

from __future__ import annotations

import uuid
from typing import Any

from ledger.auth import scope_of
from ledger.errors import not_found
from ledger.identity import Actor
from ledger.store import forms
from ledger.store.db import Database
from ledger.store.forms import DraftRecord
from ledger.store.records import EnterpriseFields

MAX_TITLE = 200


def _user(actor: Actor) -> int:
    if actor.user_id is None:
        raise ValueError("drafts need a stored user")
    return actor.user_id


def start(db: Database, actor: Actor, title: str, header: dict[str, Any]) -> str:
    """A new draft with this header and no answers; returns its id."""
    draft_id = uuid.uuid4().hex
    with db.write() as connection:
        forms.insert_draft(connection, draft_id, _user(actor), title[:MAX_TITLE], header)
    return draft_id


def get(db: Database, draft_id: str, actor: Actor) -> DraftRecord:
    """One of the actor's drafts, or a 404."""
    with db.read() as session:
        found = forms.draft(session, draft_id, _user(actor))
    if found is None:
        raise not_found("草稿", draft_id, ["path", "draft_id"])
    return found


def save_answers(db: Database, draft_id: str, actor: Actor, answers: dict[str, Any]) -> None:
    """Replace the answers of one of the actor's drafts."""
    with db.write() as connection:
        if not forms.update_draft(connection, draft_id, _user(actor), {"answers": answers}):
            raise not_found("草稿", draft_id, ["path", "draft_id"])


def save_header(db: Database, draft_id: str, actor: Actor, title: str, header: dict[str, Any]) -> None:
    """Replace the header (enterprise, date, channel …) of one of the actor's drafts."""
    with db.write() as connection:
        if not forms.update_draft(connection, draft_id, _user(actor), {"title": title[:MAX_TITLE], "header": header}):
            raise not_found("草稿", draft_id, ["path", "draft_id"])


def discard(db: Database, draft_id: str, actor: Actor) -> None:
    """Remove one of the actor's drafts (after it was submitted, or on request)."""
    with db.write() as connection:
        if not forms.delete_draft(connection, draft_id, _user(actor)):
            raise not_found("草稿", draft_id, ["path", "draft_id"])


def mine(db: Database, actor: Actor, limit: int = 20) -> list[DraftRecord]:
    """The actor's drafts, the most recently changed first."""
    with db.read() as session:
        return forms.drafts(session, _user(actor), limit)


def enterprise_choices(db: Database, actor: Actor, text: str = "", limit: int = 20) -> list[EnterpriseFields]:
    """Enterprises the actor may inspect (its region; an enterprise user only itself) matching `text`."""
    with db.read() as session:
        return forms.enterprises(session, scope_of(actor), text.strip(), limit)
