"""The register: users, tokens, enterprises, leads, inspections, hazards, sightings, events (append-only).

Revision ID: 0001
Revises:
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
NOW = sa.DateTime(timezone=True)
APPEND_ONLY = ("events", "inspections")  # an event is never changed; an inspection is stored as submitted
OPEN = sa.text("state <> 'closed'")
CODE = sa.String(12).with_variant(sa.String(12, collation="C"), "postgresql")  # 行政区划代码: bytewise prefixes


def _identity_tables() -> None:
    op.create_table(
        "enterprises",
        sa.Column("uscc", sa.String(18), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("region_code", CODE, nullable=False, index=True),
        sa.Column("region", sa.String(200)),
        sa.Column("address", sa.String(500)),
        sa.Column("industries", JSON, nullable=False),
        sa.Column("principal", sa.String(100)),
        sa.Column("actual_controller", sa.String(100)),
        sa.Column("high_risk", sa.Boolean(), nullable=False),
        sa.Column("updated_at", NOW, nullable=False),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(100), nullable=False, unique=True),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("region_code", CODE),
        sa.Column("uscc", sa.String(18)),
        sa.Column("organ", sa.String(200)),
        sa.Column("password_hash", sa.String(200)),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        sa.Column("created_at", NOW, nullable=False),
    )
    op.create_table(
        "tokens",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=False, index=True),
        sa.Column("digest", sa.String(64), nullable=False, unique=True),
        sa.Column("label", sa.String(100), nullable=False),
        sa.Column("created_at", NOW, nullable=False),
        sa.Column("revoked_at", NOW),
    )
    op.create_table(
        "leads",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("reporter", sa.String(100)),
        sa.Column("contact", sa.String(100)),
        sa.Column("matter", sa.Text(), nullable=False),
        sa.Column("location", sa.String(500), nullable=False),
        sa.Column("uscc", sa.String(18)),
        sa.Column("enterprise", sa.String(200)),
        sa.Column("region_code", CODE, nullable=False, index=True),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("inspection_id", sa.String(32)),
        sa.Column("outcome_on", sa.Date()),
        sa.Column("recorded_by", sa.Integer(), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("recorded_at", NOW, nullable=False),
    )


def _inspections() -> None:
    op.create_table(
        "inspections",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("external_id", sa.String(100), index=True),
        sa.Column("uscc", sa.String(18), sa.ForeignKey("enterprises.uscc"), nullable=False, index=True),
        sa.Column("region_code", CODE, nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(20)),
        sa.Column("level", sa.String(10)),
        sa.Column("organ", sa.String(200)),
        sa.Column("inspectors", JSON, nullable=False),
        sa.Column("document_number", sa.String(100)),
        sa.Column("led_by", sa.String(100)),
        sa.Column("led_by_principal", sa.Boolean(), nullable=False),
        sa.Column("lead_id", sa.Integer(), sa.ForeignKey("leads.id")),
        sa.Column("major_hazard_found", sa.Boolean(), nullable=False),
        sa.Column("document", sa.JSON(), nullable=False),  # json, not jsonb: stored and read whole
        sa.Column("assessment", sa.JSON(), nullable=False),
        sa.Column("rulebook", sa.String(64), nullable=False),
        sa.Column("engine_version", sa.String(40), nullable=False),
        sa.Column("submitted_by", sa.Integer(), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("idempotency_key", sa.String(200)),
        sa.Column("request_digest", sa.String(64), nullable=False),
        sa.Column("recorded_at", NOW, nullable=False),
        sa.UniqueConstraint("submitted_by", "idempotency_key", name="uq_inspections_idempotency"),
    )
    op.create_index("ix_inspections_region_date", "inspections", ["region_code", "date"])


def _hazards() -> None:
    dates = ("listed_on", "order_deadline", "plan_deadline", "listing_deadline", "extended_deadline",
             "extension_requested", "deadline", "closed_on")
    op.create_table(
        "hazards",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uscc", sa.String(18), sa.ForeignKey("enterprises.uscc"), nullable=False, index=True),
        sa.Column("criterion", sa.String(100), nullable=False, index=True),
        sa.Column("standard", sa.String(60), nullable=False),
        sa.Column("industry", sa.String(40), nullable=False),
        sa.Column("region_code", CODE, nullable=False),
        sa.Column("citation", JSON, nullable=False),
        sa.Column("evidence", JSON, nullable=False),
        sa.Column("rulebook", sa.String(64), nullable=False),
        sa.Column("engine_version", sa.String(40), nullable=False),
        sa.Column("channel", sa.String(20)),
        sa.Column("level", sa.String(10)),
        sa.Column("organ", sa.String(200)),
        sa.Column("found_on", sa.Date(), nullable=False),
        sa.Column("first_inspection_id", sa.String(32), sa.ForeignKey("inspections.id"), nullable=False),
        sa.Column("registered_at", NOW, nullable=False),
        sa.Column("state", sa.String(30), nullable=False),
        sa.Column("listed", sa.Boolean(), nullable=False),
        sa.Column("listing", JSON),
        sa.Column("suspended", sa.Boolean(), nullable=False),
        sa.Column("plan", JSON),
        sa.Column("days_to_close", sa.Integer()),
        sa.Column("sightings", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        *(sa.Column(name, sa.Date()) for name in dates),
    )
    op.create_index("ix_hazards_stats", "hazards", ["region_code", "found_on"],  # index-only scans for statistics
                    postgresql_include=["closed_on", "deadline", "listed_on", "days_to_close", "industry", "channel",
                                        "state"])
    op.create_index("uq_hazards_open", "hazards", ["uscc", "criterion"], unique=True, sqlite_where=OPEN,
                    postgresql_where=OPEN)
    op.create_table(
        "sightings",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("hazard_id", sa.Integer(), sa.ForeignKey("hazards.id"), nullable=False, index=True),
        sa.Column("inspection_id", sa.String(32), sa.ForeignKey("inspections.id"), nullable=False, index=True),
        sa.Column("found_on", sa.Date(), nullable=False),
        sa.Column("opened", sa.Boolean(), nullable=False),
        sa.Column("evidence", JSON, nullable=False),
        sa.UniqueConstraint("hazard_id", "inspection_id", name="uq_sightings_once"),
    )


def _events() -> None:
    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("hazard_id", sa.Integer(), sa.ForeignKey("hazards.id"), nullable=False, index=True),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(30), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("recorded_at", NOW, nullable=False),
        sa.Column("actor_id", sa.Integer(), sa.ForeignKey("users.id")),
        sa.Column("actor_name", sa.String(100), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("organ", sa.String(200)),
        sa.Column("actor_region", CODE),
        sa.Column("actor_uscc", sa.String(18)),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("payload", JSON, nullable=False),
        sa.Column("state_before", sa.String(30)),
        sa.Column("state_after", sa.String(30), nullable=False),
        sa.Column("inspection_id", sa.String(32), sa.ForeignKey("inspections.id"), index=True),
        sa.UniqueConstraint("hazard_id", "seq", name="uq_events_seq"),
    )


def _append_only() -> None:
    """UPDATE and DELETE on events and inspections fail in the database itself, whatever the code does."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE FUNCTION register_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                   "RAISE EXCEPTION 'append_only: % on % is refused', TG_OP, TG_TABLE_NAME; END $$")
        for table in APPEND_ONLY:
            op.execute(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                       "FOR EACH ROW EXECUTE FUNCTION register_append_only()")
        return
    for table in APPEND_ONLY:
        for action in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
                       f"BEGIN SELECT RAISE(ABORT, 'append_only: {action} on {table} is refused'); END")


def upgrade() -> None:
    """Create the register's tables, indexes and append-only triggers."""
    _identity_tables()
    _inspections()
    _hazards()
    _events()
    _append_only()


def downgrade() -> None:
    """Drop everything the upgrade created."""
    if op.get_bind().dialect.name == "postgresql":
        for table in APPEND_ONLY:
            op.execute(f"DROP TRIGGER {table}_append_only ON {table}")
        op.execute("DROP FUNCTION register_append_only()")
    for table in ("events", "sightings", "hazards", "inspections", "leads", "tokens", "users", "enterprises"):
        op.drop_table(table)
