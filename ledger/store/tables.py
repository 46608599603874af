"""The register's tables as typed SQLAlchemy models (the Alembic migrations create exactly these)."""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import JSON, Date, DateTime, Dialect, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

Json = JSON().with_variant(JSONB(), "postgresql")
Document = JSON()  # stored whole and read whole: PostgreSQL's json (kept as text) spares parsing 40 kB into jsonb
# 行政区划代码 (6, 9 or 12 digits), compared bytewise on PostgreSQL so that a prefix LIKE uses the index
Code = String(12).with_variant(String(12, collation="C"), "postgresql")
Uscc = String(18)


class UtcDateTime(TypeDecorator[dt.datetime]):
    """A moment in UTC, read back as it was written: SQLite keeps no time zone, so its values are read as UTC."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        """An aware value is written in UTC."""
        return value.astimezone(dt.UTC) if value is not None and value.tzinfo is not None else value

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        """A value without a time zone (SQLite) is UTC."""
        return value.replace(tzinfo=dt.UTC) if value is not None and value.tzinfo is None else value


# id: the deadline and the state on a past day are looked up by it (queries.deadline_on, state_on), from the index
STATS_COLUMNS = ("closed_on", "deadline", "deadline_since", "listed_on", "days_to_close", "industry", "channel",
                 "state", "state_since", "id")


class Base(DeclarativeBase):
    """Declarative base of the register's tables."""

    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dict[str, Any]: Json, list[Any]: Json, dt.datetime: UtcDateTime()}


class User(Base):
    """A person or system using the register, with one role and what binds it (region or uscc)."""

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    region_code: Mapped[str | None] = mapped_column(Code)
    uscc: Mapped[str | None] = mapped_column(Uscc)
    organ: Mapped[str | None] = mapped_column(String(200))
    password_hash: Mapped[str | None] = mapped_column(String(200))
    disabled: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[dt.datetime]


class Token(Base):
    """An API token: only its SHA-256 digest is stored (the token itself is shown once)."""

    __tablename__ = "tokens"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    label: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[dt.datetime]
    revoked_at: Mapped[dt.datetime | None]


class Enterprise(Base):
    """生产经营单位, keyed by 统一社会信用代码; the latest submitted identity wins."""

    __tablename__ = "enterprises"
    uscc: Mapped[str] = mapped_column(Uscc, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    region_code: Mapped[str] = mapped_column(Code, index=True)
    region: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(500))
    industries: Mapped[list[Any]]
    principal: Mapped[str | None] = mapped_column(String(100))
    actual_controller: Mapped[str | None] = mapped_column(String(100))
    high_risk: Mapped[bool] = mapped_column(default=False)
    updated_at: Mapped[dt.datetime]


class Lead(Base):
    """A 群众举报 lead (tip-off): never a hazard; a 举报核查 inspection gives its outcome."""

    __tablename__ = "leads"
    id: Mapped[int] = mapped_column(primary_key=True)
    received_on: Mapped[dt.date] = mapped_column(Date)
    reporter: Mapped[str | None] = mapped_column(String(100))
    contact: Mapped[str | None] = mapped_column(String(100))
    matter: Mapped[str] = mapped_column(Text)
    location: Mapped[str] = mapped_column(String(500))
    uscc: Mapped[str | None] = mapped_column(Uscc)
    enterprise: Mapped[str | None] = mapped_column(String(200))
    region_code: Mapped[str] = mapped_column(Code, index=True)
    status: Mapped[str] = mapped_column(String(10))
    inspection_id: Mapped[str | None] = mapped_column(String(32))
    outcome_on: Mapped[dt.date | None] = mapped_column(Date)
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[dt.datetime]


class Inspection(Base):
    """One submitted inspection as stored, never changed: the document, its assessment and the versions used."""

    __tablename__ = "inspections"
    __table_args__ = (UniqueConstraint("submitted_by", "idempotency_key", name="uq_inspections_idempotency"),
                      Index("ix_inspections_region_date", "region_code", "date"))
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String(100), index=True)
    uscc: Mapped[str] = mapped_column(ForeignKey("enterprises.uscc"), index=True)
    region_code: Mapped[str] = mapped_column(Code)
    date: Mapped[dt.date] = mapped_column(Date)
    channel: Mapped[str | None] = mapped_column(String(20))
    level: Mapped[str | None] = mapped_column(String(10))
    organ: Mapped[str | None] = mapped_column(String(200))
    inspectors: Mapped[list[Any]]
    document_number: Mapped[str | None] = mapped_column(String(100))
    led_by: Mapped[str | None] = mapped_column(String(100))
    led_by_principal: Mapped[bool] = mapped_column(default=False)
    lead_id: Mapped[int | None] = mapped_column(ForeignKey("leads.id"))
    major_hazard_found: Mapped[bool]
    document: Mapped[dict[str, Any]] = mapped_column(Document)
    assessment: Mapped[dict[str, Any]] = mapped_column(Document)
    rulebook: Mapped[str] = mapped_column(String(64))
    engine_version: Mapped[str] = mapped_column(String(40))
    submitted_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    idempotency_key: Mapped[str | None] = mapped_column(String(200))
    request_digest: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[dt.datetime]


class Hazard(Base):
    """One 重大事故隐患 entry of one enterprise under one criterion, from its first finding until 销号.

    The current state is kept beside the events (same transaction) and checked against them by `integrity`.
    """

    __tablename__ = "hazards"
    __table_args__ = (
        Index("uq_hazards_open", "uscc", "criterion", unique=True, sqlite_where=text("state <> 'closed'"),
              postgresql_where=text("state <> 'closed'")),
        # statistics read only these columns: on PostgreSQL an index-only scan of a region's entries (~70 bytes each)
        Index("ix_hazards_stats", "region_code", "found_on", postgresql_include=list(STATS_COLUMNS)),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uscc: Mapped[str] = mapped_column(ForeignKey("enterprises.uscc"), index=True)
    criterion: Mapped[str] = mapped_column(String(100), index=True)
    standard: Mapped[str] = mapped_column(String(60))
    industry: Mapped[str] = mapped_column(String(40))
    region_code: Mapped[str] = mapped_column(Code)
    citation: Mapped[dict[str, Any]]
    evidence: Mapped[list[Any]]
    rulebook: Mapped[str] = mapped_column(String(64))
    engine_version: Mapped[str] = mapped_column(String(40))
    channel: Mapped[str | None] = mapped_column(String(20))
    level: Mapped[str | None] = mapped_column(String(10))
    organ: Mapped[str | None] = mapped_column(String(200))
    found_on: Mapped[dt.date] = mapped_column(Date)
    first_inspection_id: Mapped[str] = mapped_column(ForeignKey("inspections.id"))
    registered_at: Mapped[dt.datetime]
    state: Mapped[str] = mapped_column(String(30))
    # the date of the latest main-track act (vocab.SEQUENCE): from that day on `state` is the state; before it, the
    # state on a day is its last such event's (statistics as of a past day); None: none yet (registered)
    state_since: Mapped[dt.date | None] = mapped_column(Date)
    listed: Mapped[bool] = mapped_column(default=False)
    listed_on: Mapped[dt.date | None] = mapped_column(Date)
    listing: Mapped[dict[str, Any] | None]
    suspended: Mapped[bool] = mapped_column(default=False)
    order_deadline: Mapped[dt.date | None] = mapped_column(Date)
    plan_deadline: Mapped[dt.date | None] = mapped_column(Date)
    listing_deadline: Mapped[dt.date | None] = mapped_column(Date)
    extended_deadline: Mapped[dt.date | None] = mapped_column(Date)
    extension_requested: Mapped[dt.date | None] = mapped_column(Date)
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    # the latest act date among the entry's deadline changes: from that day on `deadline` governs; before it, the
    # deadline in force is read from deadline_changes ("overdue as of" a past date)
    deadline_since: Mapped[dt.date | None] = mapped_column(Date)
    plan: Mapped[dict[str, Any] | None]
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    days_to_close: Mapped[int | None]
    sightings: Mapped[int] = mapped_column(default=1)
    version: Mapped[int] = mapped_column(default=1)


class Sighting(Base):
    """One finding of an entry's hazard by one inspection."""

    __tablename__ = "sightings"
    __table_args__ = (UniqueConstraint("hazard_id", "inspection_id", name="uq_sightings_once"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    hazard_id: Mapped[int] = mapped_column(ForeignKey("hazards.id"), index=True)
    inspection_id: Mapped[str] = mapped_column(ForeignKey("inspections.id"), index=True)
    found_on: Mapped[dt.date] = mapped_column(Date)
    opened: Mapped[bool]
    evidence: Mapped[list[Any]]


class DeadlineChange(Base):
    """The governing deadline of an entry as set by one act (its date): "overdue as of a date" reads the one in force.

    Written in the transaction that changes the entry's `deadline` (registration with an order, a plan, a listing, an
    extension, a tighter order found by a later inspection); never changed afterwards.
    """

    __tablename__ = "deadline_changes"
    id: Mapped[int] = mapped_column(primary_key=True)
    hazard_id: Mapped[int] = mapped_column(ForeignKey("hazards.id"), index=True)
    on: Mapped[dt.date] = mapped_column(Date)
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    recorded_at: Mapped[dt.datetime]


class Event(Base):
    """An append-only fact in an entry's history (UPDATE and DELETE are refused by a trigger)."""

    __tablename__ = "events"
    __table_args__ = (UniqueConstraint("hazard_id", "seq", name="uq_events_seq"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    hazard_id: Mapped[int] = mapped_column(ForeignKey("hazards.id"), index=True)
    seq: Mapped[int]
    type: Mapped[str] = mapped_column(String(30))
    on: Mapped[dt.date] = mapped_column(Date)
    recorded_at: Mapped[dt.datetime]
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    actor_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20))
    organ: Mapped[str | None] = mapped_column(String(200))
    actor_region: Mapped[str | None] = mapped_column(Code)
    actor_uscc: Mapped[str | None] = mapped_column(Uscc)
    reason: Mapped[str] = mapped_column(Text)
    payload: Mapped[dict[str, Any]]
    state_before: Mapped[str | None] = mapped_column(String(30))
    state_after: Mapped[str] = mapped_column(String(30))
    inspection_id: Mapped[str | None] = mapped_column(ForeignKey("inspections.id"), index=True)


class Draft(Base):
    """An inspection being filled in the web app: its header and the answers so far, resumable by its author."""

    __tablename__ = "drafts"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    header: Mapped[dict[str, Any]]
    answers: Mapped[dict[str, Any]]
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
