"""Deadline history: "overdue as of a date" reads the deadline in force on that date, not today's.

An extension granted after the original deadline had passed moved `hazards.deadline` and, with it, every past
month's answer: the entry no longer counted as overdue in the 月调度 of the months it was. Each change of an entry's
governing deadline is now kept (`deadline_changes`: the act's date and the deadline it set), and
`hazards.deadline_since` says from which act date the current one governs, so that a question about a later date
(almost all of them) still reads the entry's own row. On PostgreSQL the statistics index now also covers
`deadline_since` and the entry's id (by which a past day's deadline is looked up), so it stays an index-only scan.

Entries already in the register had only their current deadline: each gets one change dated its first finding,
which answers every date as before. The history of new changes starts with this revision.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-08
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

NOW = sa.DateTime(timezone=True)
STATS_INCLUDE = ["closed_on", "deadline", "listed_on", "days_to_close", "industry", "channel", "state"]


def _stats_index(include: list[str]) -> None:
    op.drop_index("ix_hazards_stats", table_name="hazards")
    op.create_index("ix_hazards_stats", "hazards", ["region_code", "found_on"], postgresql_include=include)


def _append_only(create: bool) -> None:
    """Like events and inspections, a recorded change is never altered (see revision 0001)."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE TRIGGER deadline_changes_append_only BEFORE UPDATE OR DELETE ON deadline_changes "
                   "FOR EACH ROW EXECUTE FUNCTION register_append_only()" if create
                   else "DROP TRIGGER deadline_changes_append_only ON deadline_changes")
        return
    for action in ("UPDATE", "DELETE"):
        op.execute(f"CREATE TRIGGER deadline_changes_no_{action.lower()} BEFORE {action} ON deadline_changes "
                   f"BEGIN SELECT RAISE(ABORT, 'append_only: {action} on deadline_changes is refused'); END"
                   if create else f"DROP TRIGGER deadline_changes_no_{action.lower()}")


def upgrade() -> None:
    """Create deadline_changes, add hazards.deadline_since and give every entry with a deadline its first change."""
    op.create_table(
        "deadline_changes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("hazard_id", sa.Integer(), sa.ForeignKey("hazards.id"), nullable=False, index=True),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("deadline", sa.Date()),
        sa.Column("recorded_at", NOW, nullable=False),
    )
    op.add_column("hazards", sa.Column("deadline_since", sa.Date()))
    op.execute('INSERT INTO deadline_changes (hazard_id, "on", deadline, recorded_at) '
               "SELECT id, found_on, deadline, CURRENT_TIMESTAMP FROM hazards WHERE deadline IS NOT NULL")
    op.execute("UPDATE hazards SET deadline_since = found_on WHERE deadline IS NOT NULL")
    _append_only(create=True)
    _stats_index([*STATS_INCLUDE[:2], "deadline_since", *STATS_INCLUDE[2:], "id"])  # id: the history's key


def downgrade() -> None:
    """Back to the current deadline only."""
    _stats_index(STATS_INCLUDE)
    _append_only(create=False)
    op.drop_column("hazards", "deadline_since")  # SQLite ≥ 3.35 drops it in place (no copy of the table)
    op.drop_table("deadline_changes")
