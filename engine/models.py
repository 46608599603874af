"""Typed models of rule files: facts, standard editions, articles, criteria and condition trees."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Discriminator, Field, PrivateAttr, Tag, model_validator


class Strict(BaseModel):
    """Base: unknown keys are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, allow_inf_nan=False)


class FactType(StrEnum):
    """What kind of value an observation has."""

    bool = "bool"
    integer = "integer"
    number = "number"
    enum = "enum"
    list = "list"
    date = "date"
    device = "device"


class Unit(StrEnum):
    """Closed set of units a measured fact may carry."""

    person = "人"
    metre = "m"
    millimetre = "mm"
    kilopascal = "kPa"
    megapascal = "MPa"
    tonne = "t"
    cubic_metre = "m3"
    square_metre = "m2"
    percent = "%"
    celsius = "°C"
    kilowatt = "kW"
    hour = "h"
    day = "d"
    kilogram = "kg"
    piece = "个"
    unit_count = "台"
    volt = "V"
    permille = "‰"
    kilonewton = "kN"
    degree = "°"


DEVICE_STATES = ("有效", "失效", "未设置")
DEVICE_NOT_WORKING = ("失效", "未设置")


class Confidence(StrEnum):
    """Confidence mark of a text: ✅✅ ✅ ◐ ⚠."""

    confirmed_multiple = "confirmed_multiple"
    confirmed = "confirmed"
    partial = "partial"
    unconfirmed = "unconfirmed"

    @property
    def flagged(self) -> bool:
        """True when the wording is not confirmed and output must say so."""
        return self in (Confidence.partial, Confidence.unconfirmed)

    @property
    def mark(self) -> str:
        """The legend mark used in the reference texts."""
        return {"confirmed_multiple": "✅✅", "confirmed": "✅", "partial": "◐", "unconfirmed": "⚠"}[self.value]


class FactDef(Strict):
    """One observation in the shared fact catalog."""

    code: str = Field(pattern=r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")
    question: str = Field(min_length=2)
    help: str | None = None
    type: FactType
    unit: Unit | None = None
    allowed: list[str] | None = None
    profile: bool = False
    signed: bool = Field(default=False, description="数值可为负（如温度）；缺省时负数是无效输入")
    screening: bool = False  # an exclusion that can decide a whole group of criteria: asked right after the profile
    expands_to: list[str] = []  # a group answer: stored as the same answer for each of these facts (never by omission)
    replaces: list[str] = []  # old codes of this fact, accepted in inspections for one release with a notice

    @model_validator(mode="after")
    def _shape(self) -> FactDef:
        if self.type in (FactType.enum, FactType.list) and not self.allowed:
            raise ValueError(f"{self.type.value} 类型的事实必须列出 allowed 取值")
        if self.type not in (FactType.enum, FactType.list) and self.allowed:
            raise ValueError("只有 enum 和 list 类型的事实可以有 allowed")
        if self.unit and self.type not in (FactType.integer, FactType.number):
            raise ValueError("只有 integer 和 number 类型的事实可以有 unit")
        if self.signed and self.type not in (FactType.integer, FactType.number):
            raise ValueError("只有 integer 和 number 类型的事实可以有 signed")
        return self

    @property
    def values(self) -> tuple[str, ...]:
        """Allowed values (device states for devices)."""
        return DEVICE_STATES if self.type is FactType.device else tuple(self.allowed or ())


class FactFile(Strict):
    """A file of fact definitions."""

    facts: list[FactDef]


class FactRef(Strict):
    """The right-hand side of a fact-vs-fact comparison: `{fact: code, times: 0.4}`."""

    fact: str
    times: float = 1.0


Scalar = bool | int | float | str
Operand = FactRef | Scalar

COMPARISON_OPERATORS = ("eq", "ne", "gt", "ge", "lt", "le")
LIST_OPERATORS = ("contains", "contains_any", "contains_all", "empty")
OPERATORS = (*COMPARISON_OPERATORS, "in", *LIST_OPERATORS, "effective")


class FactTest(Strict):
    """Compare one fact with a value or another fact; exactly one operator."""

    fact: str
    eq: Operand | None = None
    ne: Operand | None = None
    gt: Operand | None = None
    ge: Operand | None = None
    lt: Operand | None = None
    le: Operand | None = None
    in_: list[Scalar] | None = Field(default=None, alias="in")
    contains: str | None = None
    contains_any: list[str] | None = None
    contains_all: list[str] | None = None
    empty: bool | None = None
    effective: bool | None = None
    unit: Unit | None = None
    _operator: str = PrivateAttr(default="")

    @model_validator(mode="after")
    def _one_operator(self) -> FactTest:
        used = [name for name in OPERATORS if getattr(self, "in_" if name == "in" else name) is not None]
        if len(used) != 1:
            raise ValueError(f"事实比较必须恰好有一个运算符（{', '.join(OPERATORS)}），现有 {used or '无'}")
        self._operator = used[0]  # evaluated millions of times: resolve once
        return self

    @property
    def operator(self) -> str:
        """The one operator this test uses."""
        return self._operator

    @property
    def operand(self) -> Any:
        """The operator's value."""
        return getattr(self, "in_" if self._operator == "in" else self._operator)


class AllOf(Strict):
    """True when every child is true."""

    all: list[Condition] = Field(min_length=1)


class AnyOf(Strict):
    """True when some child is true."""

    any: list[Condition] = Field(min_length=1)


class NotOf(Strict):
    """Negation."""

    not_: Condition = Field(alias="not")


class Alternatives(Strict):
    """One observation answered in different ways (numbers, 符合/不符合, a group answer); unanswered ways are ignored.

    True when an answered way is true, false when every answered way is false, unknown when none is answered.
    """

    alternatives: list[Condition] = Field(min_length=2)


class AtLeast(Strict):
    """True when at least N children are true (counting rules such as GB 35181 综合判定)."""

    at_least: int = Field(ge=1)
    of: list[Condition] = Field(min_length=1)


class CriterionRef(Strict):
    """The value of another criterion's condition."""

    criterion: str


class ActionRef(Strict):
    """True when another follow-up action is required (forward chaining between action rules)."""

    action: str


CONDITION_TAGS = ("all", "any", "not", "alternatives", "at_least", "criterion", "action", "fact")


def _condition_tag(value: Any) -> str | None:
    if isinstance(value, dict):
        for tag in CONDITION_TAGS:
            if tag in value:
                return tag
        return None
    return type(value).__name__.lower().replace("of", "").replace("facttest", "fact") if isinstance(
        value, BaseModel) else None


def _model_tag(value: Any) -> str | None:
    if isinstance(value, BaseModel):
        return {AllOf: "all", AnyOf: "any", NotOf: "not", Alternatives: "alternatives", AtLeast: "at_least",
                CriterionRef: "criterion", ActionRef: "action", FactTest: "fact"}.get(type(value))
    return _condition_tag(value)


Condition = Annotated[
    Annotated[AllOf, Tag("all")]
    | Annotated[AnyOf, Tag("any")]
    | Annotated[NotOf, Tag("not")]
    | Annotated[Alternatives, Tag("alternatives")]
    | Annotated[AtLeast, Tag("at_least")]
    | Annotated[CriterionRef, Tag("criterion")]
    | Annotated[ActionRef, Tag("action")]
    | Annotated[FactTest, Tag("fact")],
    Discriminator(_model_tag, custom_error_type="unknown_node",
                  custom_error_message="条件节点必须以 all / any / not / alternatives / at_least / criterion / action / "
                                       "fact 之一为键"),
]

AllOf.model_rebuild()
AnyOf.model_rebuild()
NotOf.model_rebuild()
Alternatives.model_rebuild()
AtLeast.model_rebuild()


PROVINCE_FACT = "context.province"  # filled from `inspection.province`; criteria see it only through `provinces`


def province_layer(provinces: list[str] | None) -> FactTest | None:
    """`{fact: context.province, in: provinces}`, the scope layer a `provinces` declaration stands for."""
    return None if provinces is None else FactTest.model_validate({"fact": PROVINCE_FACT, "in": list(provinces)})


class Provincial(Strict):
    """An edition, article or criterion that may be limited to provinces (decided from `inspection.province`)."""

    provinces: list[str] | None = Field(default=None, min_length=1)
    _province_layer: FactTest | None = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _layer(self) -> Self:
        self._province_layer = province_layer(self.provinces)
        return self

    @property
    def province_layer(self) -> FactTest | None:
        """The scope layer `inspection.province in provinces` (one object per declaration: the layer's memo key)."""
        return self._province_layer


class Notice(Strict):
    """A sentence shown in the assessment when its condition holds (e.g. 第二条 carve-out)."""

    article: str
    when: Condition
    text: str
    routes_to: str | None = None  # the family this matter is left to; the output says whether it was applied


class StandardDef(Provincial):
    """One edition of a determination standard (`standard.yaml`)."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    family: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    industry: str | None = Field(default=None, description="行业名称，隐患清单和统计中显示（如 工贸）；缺省为 family")
    title: str
    edition: str | None = None
    document_number: str
    issuer: str | None = None
    # None only for an edition not encoded whose first day is not known (施行日期不详): it counts as in force on
    # any date up to `effective_until`, so an inspection is told it was not judged rather than that nothing applied
    effective_from: dt.date | None = None
    effective_until: dt.date | None = None
    confidence: Confidence
    source: str
    scope: str
    applies_when: Condition | None = None
    hazard_term: str = "重大事故隐患"  # the standard's own word for a hazard, shown on its findings
    notices: list[Notice] = []
    encoded: bool = True
    not_encoded_reason: str | None = None
    items_total: int | None = Field(default=None, ge=1)  # how many items (情形) the standard has, by its text or 解读
    items_note: str | None = None  # where that count comes from, said with it

    @model_validator(mode="after")
    def _dated_when_encoded(self) -> Self:
        if self.encoded and self.effective_from is None:
            raise ValueError("已编码的版本必须写 effective_from（施行日期）；只有未编码（encoded: false）的版本可以不写")
        return self

    @property
    def starts(self) -> dt.date:
        """The first day in force, for ordering and the in-force test (an unknown first day is the earliest)."""
        return self.effective_from or dt.date.min


class ReadingDef(Strict):
    """A reading of the text that the condition encodes but the text does not say (e.g. 失效 taken as 未设置).

    A finding decided through it says so (`readings`): an inspector must know that the hazard rests on the rule
    file's reading, not on the words of the standard alone.
    """

    fact: str = Field(pattern=r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")  # a fact the criterion's condition reads
    values: list[str | bool] | None = Field(default=None, min_length=1)  # only these answers rest on it (None: any)
    says: str = Field(min_length=4)  # the reading, as a finding states it ("装置失效按未设置处理")


class CriterionDef(Provincial):
    """One judgeable 条/项."""

    id: str = Field(pattern=r"^[a-z0-9-]+(\.[0-9a-z_-]+)+$")
    item: str | None = None
    text: str = Field(min_length=2)
    confidence: Confidence
    note: str | None = None
    readings: list[ReadingDef] = []
    role: Literal["criterion", "element"] = "criterion"
    manual: bool = False
    applies_when: Condition | None = None
    scope: str | None = None
    when: Condition


class NotObtainedDef(Strict):
    """An item of a partly obtained standard whose text is not had: never judged, always listed as not judged."""

    id: str = Field(pattern=r"^[a-z0-9-]+(\.[0-9a-z_-]+)+$")
    item: str | None = None
    text: str = Field(min_length=2)  # what is known of it (its lead-in, or that its text is not obtained)
    count: int | None = Field(default=None, ge=1)  # how many items (情形) it stands for, when known
    applies_when: Condition | None = None
    scope: str | None = None


class ArticleDef(Provincial):
    """A criteria file: one 条 with its items (and the items whose text is not obtained)."""

    article: str
    heading: str | None = None
    lead_in: str | None = None
    confidence: Confidence | None = None
    scope: str | None = None
    applies_when: Condition | None = None
    criteria: list[CriterionDef] = []
    not_obtained: list[NotObtainedDef] = []

    @model_validator(mode="after")
    def _something(self) -> ArticleDef:
        if not self.criteria and not self.not_obtained:
            raise ValueError("条文件至少要有一个 criteria 或 not_obtained 项")
        return self


class Party(StrEnum):
    """Who must act."""

    enterprise = "企业"
    principal = "主要负责人"
    actual_controller = "实际控制人"
    safety_manager = "安全生产管理人员"
    department = "负有安全生产监督管理职责的部门"
    department_head = "部门主要负责人"
    government = "地方人民政府"
    police = "公安机关"


class Deadline(Strict):
    """When an action is due: from the inspection (→ a date) or relative to a later event (stays relative)."""

    kind: Literal["immediately", "promptly", "by_order", "days_after_inspection", "next_quarter", "next_year",
                  "after_event", "before_event", "during_event"]
    days: int | None = Field(default=None, ge=0)
    hours: int | None = Field(default=None, ge=0)
    day: int | None = Field(default=None, ge=1, le=31)
    month: int | None = Field(default=None, ge=1, le=12)
    event: str | None = None

    @model_validator(mode="after")
    def _shape(self) -> Deadline:
        needs = {"days_after_inspection": ("days",), "next_quarter": ("day",), "next_year": ("month", "day"),
                 "after_event": ("event",), "before_event": ("event",), "during_event": ("event",)}
        missing = [name for name in needs.get(self.kind, ()) if getattr(self, name) is None]
        if missing:
            raise ValueError(f"期限类型 {self.kind} 需要 {', '.join(missing)}")
        return self


class Basis(Strict):
    """One legal (or policy) basis: instrument, article, confidence of its wording."""

    instrument: str
    article: str | None = None
    confidence: Confidence


class ActionDef(Strict):
    """One follow-up action rule: trigger, text, who, by when, on what basis."""

    id: str = Field(pattern=r"^[A-Z][A-Za-z0-9]*(\.[a-z0-9_-]+)?$")
    code: str = Field(pattern=r"^[A-Z][A-Za-z0-9]*$")
    title: str
    text: str
    kind: Literal["statute", "policy"]
    responsible: list[Party] = Field(min_length=1)
    deadline: Deadline
    basis: list[Basis] = Field(min_length=1)
    source: str | None = None
    confidence: Confidence
    note: str | None = None
    supersedes: list[str] = []
    when: Condition

    @model_validator(mode="after")
    def _policy_has_source(self) -> ActionDef:
        if self.kind == "policy" and not self.source:
            raise ValueError("kind: policy 的措施必须写明 source（政策文件），不得作为法律条文呈现")
        return self


class ActionFile(Strict):
    """A file of follow-up action rules under `rules/actions/`."""

    group: str
    actions: list[ActionDef] = Field(min_length=1)


class KnownStandard(Strict):
    """A national determination standard known to exist and not encoded here: listed, and said when a profile fits."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    family: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    industry: str
    title: str
    document_number: str | None = None
    issuer: str | None = None
    effective_from: dt.date | None = None
    effective_until: dt.date | None = None
    items: str | None = None  # the item count as known (e.g. "8 项"), in words
    confidence: Confidence
    source: str
    note: str | None = None
    applies_when: Condition | None = None  # profile facts: an inspection this holds for is told the standard is not encoded


class KnownStandardsFile(Strict):
    """`rules/_known/*.yaml`: national standards known to exist and not encoded."""

    note: str | None = None  # said under the list (e.g. that the list is not the whole catalogue)
    known_standards: list[KnownStandard] = Field(min_length=1)
