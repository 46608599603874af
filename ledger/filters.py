"""Query filters for hazard lists and statistics, and the scope an actor's visibility imposes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from engine.identity import region_prefix, region_problem
from ledger.vocab import CHANNELS, MAX_PAGE, State


@dataclass(frozen=True)
class Scope:
    """What an actor may see: `uscc` for an enterprise; else a region prefix ('' = everything, None = nothing)."""

    region: str | None = ""
    uscc: str | None = None


def region_filter(code: str | None) -> str | None:
    """A region filter as its significant prefix: 37 / 370000 → 37, 3710 / 371000 → 3710, 371082 → 371082."""
    if code is None or code == "":
        return None
    if code.isascii() and code.isdigit() and len(code) in (2, 4):
        return code
    problem = region_problem(code)
    if problem:
        raise ValueError(f"{problem}（也可以写 2 位省级或 4 位市级前缀，如 37、3710）")
    return region_prefix(code)


class HazardFilter(BaseModel):
    """Filters of the hazard list (all optional, combined with AND) and paging."""

    model_config = ConfigDict(extra="forbid")
    region: str | None = Field(default=None, description="行政区划代码或前缀：37（省）、3710（市）、371082（县）")
    industry: str | None = Field(default=None, description="行业（标准族），如 gongmao")
    standard: str | None = Field(default=None, description="标准版本，如 gongmao-2023")
    state: list[State] | None = Field(default=None, description="状态（可多选）")
    open: bool | None = Field(default=None, description="true：未销号；false：已销号")
    listed: bool | None = Field(default=None, description="是否挂牌督办中")
    overdue_on: dt.date | None = Field(default=None, description="只列出截至该日已逾期未销号的")
    channel: str | None = Field(default=None, description="发现渠道，如 执法检查")
    criterion: str | None = Field(default=None, description="判定项，如 gongmao-2023.12.2")
    uscc: str | None = Field(default=None, description="统一社会信用代码")
    found_from: dt.date | None = Field(default=None, description="发现日期起")
    found_to: dt.date | None = Field(default=None, description="发现日期止")
    as_of: dt.date | None = Field(default=None, description="逾期标记的判断日期（缺省今天）")
    page: int = Field(default=1, ge=1, le=MAX_PAGE)
    per_page: int = Field(default=50, ge=1, le=500)

    @field_validator("region")
    @classmethod
    def _region(cls, value: str | None) -> str | None:
        return region_filter(value)

    @field_validator("channel")
    @classmethod
    def _channel(cls, value: str | None) -> str | None:
        if value is not None and value not in CHANNELS:
            raise ValueError(f"发现渠道应为 {'、'.join(CHANNELS)} 之一")  # any other matched nothing, silently
        return value

    @model_validator(mode="after")
    def _period(self) -> HazardFilter:
        if self.found_from and self.found_to and self.found_from > self.found_to:
            raise ValueError(f"发现日期起 {self.found_from} 晚于发现日期止 {self.found_to}")
        return self
