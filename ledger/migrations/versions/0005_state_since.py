"""The state of an entry as of a past day: 整改完成 counted apart from 销号.

The procedures (hazard-register-procedures.md §8) ask for 整改完成 beside 已销号: entries whose rectification is
reported done, awaiting or past the department's verification. As of a period's end that is the entry's state on
that day. `hazards.state_since` is the date of its latest act on the main track (告知 … 销号, vocab.SEQUENCE, dated in
order): from that day on its `state` is the state; before it, the state is read from its last such event dated on or
before the day. Entries already in the register get it from their events.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-08
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

MAIN_TRACK = ("notify", "submit_plan", "start_rectification", "report_rectification", "request_closure", "verify",
              "reject", "close", "delist")  # vocab.SEQUENCE as of this revision
BEFORE = ["closed_on", "deadline", "deadline_since", "listed_on", "days_to_close", "industry", "channel", "state", "id"]


def _stats_index(include: list[str]) -> None:
    op.drop_index("ix_hazards_stats", table_name="hazards")
    op.create_index("ix_hazards_stats", "hazards", ["region_code", "found_on"], postgresql_include=include)


def upgrade() -> None:
    """Add hazards.state_since, filled from each entry's main-track events."""
    op.add_column("hazards", sa.Column("state_since", sa.Date()))
    kinds = ", ".join(f"'{kind}'" for kind in MAIN_TRACK)
    op.execute(f'UPDATE hazards SET state_since = (SELECT max(e."on") FROM events e '
               f"WHERE e.hazard_id = hazards.id AND e.type IN ({kinds}))")
    _stats_index([*BEFORE[:8], "state_since", "id"])


def downgrade() -> None:
    """Back to the current state only."""
    _stats_index(BEFORE)
    op.drop_column("hazards", "state_since")
