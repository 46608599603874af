"""群众举报 leads: recorded by a department, never a hazard; a 举报核查 inspection settles them (查实 / 不属实)."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field, field_validator

from engine.identity import region_problem, uscc_problem
from ledger.errors import forbidden, invalid
from ledger.identity import Actor
from ledger.models import LeadOut
from ledger.store import queries
from ledger.store.db import Database
from ledger.store.repo import Tx
from ledger.vocab import Role


class LeadIn(BaseModel):
    """A tip-off as received (12350 fields: who, what, where; anonymous allowed)."""

    model_config = ConfigDict(extra="forbid")
    received_on: dt.date | None = Field(default=None, description="收到日期（缺省今天）")
    reporter: str | None = Field(default=None, max_length=100, description="举报人（匿名则不填）")
    contact: str | None = Field(default=None, max_length=100, description="联系方式")
    matter: str = Field(min_length=1, max_length=4000, description="举报事项")
    location: str = Field(min_length=1, max_length=500, description="举报地点")
    uscc: str | None = Field(default=None, description="被举报企业的统一社会信用代码（如知道）")
    enterprise: str | None = Field(default=None, max_length=200, description="被举报企业名称")
    region_code: str = Field(description="所在行政区划代码")

    @field_validator("uscc")
    @classmethod
    def _uscc(cls, value: str | None) -> str | None:
        problem = uscc_problem(value) if value else None
        if problem:
            raise ValueError(problem)
        return value

    @field_validator("region_code")
    @classmethod
    def _region(cls, value: str) -> str:
        problem = region_problem(value)
        if problem:
            raise ValueError(problem)
        return value


def require_department(actor: Actor) -> None:
    """Leads (and their reporters) are seen by departments and admins only."""
    if actor.role not in (Role.department, Role.admin):
        raise forbidden("举报线索只由监管部门查看和登记")


def add_lead(db: Database, lead: LeadIn, actor: Actor, today: dt.date) -> LeadOut:
    """Record a lead in the department's own region."""
    require_department(actor)
    if not actor.sees(lead.uscc or "", lead.region_code):
        raise invalid("region_outside_scope", f"行政区划 {lead.region_code} 不在你的辖区内", ["body", "region_code"])
    received = lead.received_on or today
    if received > today:
        raise invalid("date_in_future", f"收到日期 {received} 晚于今天", ["body", "received_on"])
    assert actor.user_id is not None
    with db.write() as connection:
        lead_id = Tx(connection).add_lead({**lead.model_dump(), "received_on": received, "recorded_by": actor.user_id})
    with db.read() as session:
        found = queries.lead(session, lead_id)
    assert found is not None
    return found
