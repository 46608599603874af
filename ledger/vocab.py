"""The register's closed vocabularies: entry states, event types, roles, and their Chinese labels."""

from __future__ import annotations

from enum import StrEnum


class State(StrEnum):
    """Where a hazard entry stands on its way to 销号 (the main track; listing and 停产 run beside it)."""

    registered = "registered"
    notified = "notified"
    plan_submitted = "plan_submitted"
    rectifying = "rectifying"
    rectification_reported = "rectification_reported"
    closure_requested = "closure_requested"
    verified = "verified"
    closed = "closed"

    @property
    def label(self) -> str:
        """The state in Chinese."""
        return STATE_LABELS[self]


STATE_LABELS = {
    State.registered: "已登记", State.notified: "已告知", State.plan_submitted: "已提交治理方案",
    State.rectifying: "整改中", State.rectification_reported: "已报告整改完成", State.closure_requested: "已申请销号",
    State.verified: "已核查通过", State.closed: "已销号",
}
OPEN_STATES = tuple(s for s in State if s is not State.closed)
MAX_ID = 2**31 - 1  # ids are INTEGER on PostgreSQL: a larger number names nothing (asking SQLite for it overflowed)


def storable_id(value: int) -> bool:
    """True for a number that can name a stored row (others are looked up nowhere: they name nothing)."""
    return 0 < value <= MAX_ID


MAX_PAGE = 100_000  # pages of a list: page × per_page stays far below any database's offset limit


class Role(StrEnum):
    """What a user of the register is."""

    department = "department"
    enterprise = "enterprise"
    rule_author = "rule_author"
    admin = "admin"

    @property
    def label(self) -> str:
        """The role in Chinese."""
        return ROLE_LABELS[self]


ROLE_LABELS = {Role.department: "监管部门", Role.enterprise: "企业", Role.rule_author: "规则编写者", Role.admin: "管理员"}


class EventType(StrEnum):
    """What can happen to a hazard entry; `register` is written by the register itself, never posted."""

    register = "register"
    notify = "notify"
    submit_plan = "submit_plan"
    start_rectification = "start_rectification"
    report_rectification = "report_rectification"
    request_closure = "request_closure"
    verify = "verify"
    reject = "reject"
    close = "close"
    list_ = "list"
    list_notice = "list_notice"
    delist = "delist"
    request_extension = "request_extension"
    grant_extension = "grant_extension"
    refuse_extension = "refuse_extension"
    suspend = "suspend"
    resume = "resume"
    escalate = "escalate"
    penalize = "penalize"

    @property
    def label(self) -> str:
        """The event in Chinese."""
        return EVENT_LABELS[self]


# Acts that follow one another: each is dated on or after the one before (a 销号 is never dated before the 现场核查
# or the 摘牌 it needs). Listings, notices, extensions, 停产, escalations and penalties may be recorded in any order.
SEQUENCE = frozenset({EventType.notify, EventType.submit_plan, EventType.start_rectification,
                      EventType.report_rectification, EventType.request_closure, EventType.verify, EventType.reject,
                      EventType.close, EventType.delist})

# 整改完成: the enterprise reported its rectification done; it stays so through the department's verification and 销号
RECTIFIED = tuple(s.value for s in (State.rectification_reported, State.closure_requested, State.verified, State.closed))

EVENT_LABELS = {
    EventType.register: "登记入账", EventType.notify: "告知主要负责人/实际控制人", EventType.submit_plan: "提交治理方案",
    EventType.start_rectification: "开始整改", EventType.report_rectification: "报告整改完成",
    EventType.request_closure: "申请销号", EventType.verify: "核查通过", EventType.reject: "核查不通过（退回整改）",
    EventType.close: "销号", EventType.list_: "挂牌督办",
    EventType.list_notice: "下达挂牌督办通知（文号、期限）", EventType.delist: "摘牌",
    EventType.request_extension: "申请延期", EventType.grant_extension: "同意延期", EventType.refuse_extension: "不同意延期",
    EventType.suspend: "停产整顿", EventType.resume: "恢复生产", EventType.escalate: "函告/通报/约谈/曝光（政策措施）",
    EventType.penalize: "行政处罚（一案双罚）",
}

LEVELS = ("区县", "市", "省", "国家")  # the finding authority's level, lowest first (engine.inspection.InspectionInfo)
CHANNELS = ("企业自查", "监督检查", "执法检查", "举报核查", "专家/第三方服务")
SUPERVISORY = ("监督检查", "执法检查", "举报核查")  # a department's own inspections: what a 行政处罚 rests on
