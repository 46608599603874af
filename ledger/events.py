"""Event requests, one model per event type (tagged by `type`, unknown keys refused), and the 治理方案's six elements."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from ledger.vocab import EventType

Reason = Annotated[str, Field(min_length=1, max_length=2000, description="事由（必填）")]
DocumentNumber = Annotated[str, Field(min_length=1, max_length=100, description="文号")]


class _Event(BaseModel):
    """What every event carries besides its type: when the act took place, why, and the version the actor saw."""

    model_config = ConfigDict(extra="forbid")
    on: dt.date | None = Field(default=None, description="行为发生日期（不晚于今天、不早于隐患登记日期）；缺省为今天")
    reason: Reason
    version: int | None = Field(default=None, ge=1, description="操作人看到的隐患版本号；与当前版本不符则 409")


class PlanElement(BaseModel):
    """One element of the 治理方案 and whether it is 落实 (secured)."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, max_length=2000)
    secured: bool = Field(default=False, description="是否已落实")


class Plan(BaseModel):
    """治理方案: the six contents of 16号令 第十五条 (◐: article number unconfirmed); 五落实 is a view of them."""

    model_config = ConfigDict(extra="forbid")
    objectives: PlanElement = Field(description="治理的目标和任务")
    methods: PlanElement = Field(description="采取的方法和措施")
    funding: PlanElement = Field(description="经费和物资的落实")
    organisation: PlanElement = Field(description="负责治理的机构和人员")
    timeline: PlanElement = Field(description="治理的时限和要求")
    safety: PlanElement = Field(description="安全措施和应急预案")
    deadline: dt.date = Field(description="治理完成期限")

    def five_assurances(self) -> dict[str, bool]:
        """五落实 (责任、措施、资金、时限、预案) as a projection of the six elements."""
        return {"责任": self.organisation.secured, "措施": self.methods.secured, "资金": self.funding.secured,
                "时限": self.timeline.secured, "预案": self.safety.secured}


class Notify(_Event):
    """告知主要负责人和实际控制人."""

    type: Literal[EventType.notify]
    notified: list[str] = Field(default_factory=list, description="被告知人（缺省为企业登记的主要负责人和实际控制人）")


class SubmitPlan(_Event):
    """提交治理方案."""

    type: Literal[EventType.submit_plan]
    plan: Plan


class StartRectification(_Event):
    """开始整改."""

    type: Literal[EventType.start_rectification]


class ReportRectification(_Event):
    """报告整改完成."""

    type: Literal[EventType.report_rectification]
    attachments: list[str] = Field(default_factory=list, description="整改材料（文件名或编号）")


class RequestClosure(_Event):
    """申请销号, with evidence; may cite a re-inspection in which the criterion came out `clear`."""

    type: Literal[EventType.request_closure]
    evidence: str = Field(min_length=1, max_length=4000, description="整改完成的证据说明")
    reinspection_id: str | None = Field(default=None, description="复查检查的登记编号（该判定项须为“未发现”）")


class Verify(_Event):
    """核查通过 (现场核查 or 材料核查)."""

    type: Literal[EventType.verify]
    method: Literal["现场核查", "材料核查"] = "现场核查"
    inspectors: list[str] = Field(default_factory=list)


class Reject(_Event):
    """核查不通过: back to rectifying."""

    type: Literal[EventType.reject]


class Close(_Event):
    """销号."""

    type: Literal[EventType.close]
    document_number: str | None = Field(default=None, max_length=100, description="销号文书编号")


class ListHazard(_Event):
    """挂牌督办 by the acting department's organ."""

    type: Literal[EventType.list_]
    document_number: DocumentNumber
    deadline: dt.date = Field(description="督办整改期限")
    organ: str | None = Field(default=None, max_length=200, description="督办单位（缺省为操作人所在单位）")


class ListNotice(_Event):
    """下达挂牌督办通知: the 文号 and deadline of a listing made without them (the automatic P1 listing at registration)."""

    type: Literal[EventType.list_notice]
    document_number: DocumentNumber
    deadline: dt.date = Field(description="督办整改期限")


class Delist(_Event):
    """摘牌 (only the listing organ or one above it)."""

    type: Literal[EventType.delist]
    document_number: str | None = Field(default=None, max_length=100)


class RequestExtension(_Event):
    """申请延期 of the current deadline, before it expires."""

    type: Literal[EventType.request_extension]
    until: dt.date = Field(description="申请延至")


class GrantExtension(_Event):
    """同意延期 (to the date requested unless another is given)."""

    type: Literal[EventType.grant_extension]
    until: dt.date | None = None


class RefuseExtension(_Event):
    """不同意延期."""

    type: Literal[EventType.refuse_extension]


class Suspend(_Event):
    """停产整顿 (责令暂时停产停业 / 停止使用)."""

    type: Literal[EventType.suspend]
    scope: Literal["全部", "局部"] = "全部"
    document_number: str | None = Field(default=None, max_length=100)


class Resume(_Event):
    """恢复生产 (after the hazard is verified removed: 安全生产法 第六十五条第一款第（三）项)."""

    type: Literal[EventType.resume]
    document_number: str | None = Field(default=None, max_length=100)


class Escalate(_Event):
    """函告 / 通报 / 约谈 / 曝光: policy measures, never statute (followup-actions.md §5)."""

    type: Literal[EventType.escalate]
    measure: Literal["函告", "通报", "约谈", "曝光"]


class Penalize(_Event):
    """行政处罚决定 on the enterprise and, 一案双罚, on the responsible person."""

    type: Literal[EventType.penalize]
    document_number: DocumentNumber
    enterprise_fine: int = Field(ge=0, le=100_000_000, description="对单位罚款（元）")
    person: str | None = Field(default=None, max_length=100, description="被处罚的责任人员")
    person_fine: int | None = Field(default=None, ge=0, le=10_000_000, description="对责任人员罚款（元）")
    inspection_id: str | None = Field(default=None, description="立案所依据的检查（缺省为该隐患最近一次被发现的检查）")


EventIn = Annotated[
    Notify | SubmitPlan | StartRectification | ReportRectification | RequestClosure | Verify | Reject | Close
    | ListHazard | ListNotice | Delist | RequestExtension | GrantExtension | RefuseExtension | Suspend | Resume
    | Escalate | Penalize,
    Field(discriminator="type"),
]
POSTABLE = tuple(t for t in EventType if t is not EventType.register)
