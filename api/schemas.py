"""Request and response models of the HTTP API (separate from the engine's domain models)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import Query
from pydantic import BaseModel, Field

from engine.detail import DETAIL_HELP, Detail

DATE_PATTERN = r"^(19|20)[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"  # the server still refuses 02-30
DetailQuery = Annotated[Detail, Query(description=DETAIL_HELP)]  # ?detail=summary|full of every explained assessment


class ErrorItem(BaseModel):
    """One problem with the request, located by its field path."""

    loc: list[str | int] = Field(description="字段路径，例如 [\"facts\", \"room.people\"]")
    msg: str
    code: str | None = None
    suggestion: str | None = None


class ErrorOut(BaseModel):
    """Every error response: a stable code, a message and the located problems."""

    code: str = Field(description="稳定的错误代码，例如 invalid_inspection、not_found、body_too_large")
    message: str
    errors: list[ErrorItem] = []


class HealthOut(BaseModel):
    """Liveness plus which rulebook this process serves."""

    status: str
    version: str = Field(description="hazard-engine 版本（规则随版本发布）")
    rulebook: str = Field(description="规则内容哈希（与判定结果中的 rulebook 相同）")
    standards: list[str]
    criteria: int


class ReadyOut(BaseModel):
    """Readiness: the register's database answers and its schema is the one this version needs."""

    status: str
    database: str = Field(description="登记库类型：sqlite 或 postgresql")
    schema_revision: str | None = Field(description="登记库结构版本（Alembic）")


class StandardSummary(BaseModel):
    """One standard edition in the list."""

    id: str
    family: str
    title: str
    document_number: str
    effective_from: dt.date | None = Field(description="施行日期；null：未编码的版本施行日期不详")
    effective_until: dt.date | None
    encoded: bool
    criteria: int = Field(description="判定项数量（不含综合判定要素）")
    elements: int = Field(description="综合判定要素数量")
    unconfirmed: int = Field(description="原文未经核实（◐/⚠）的条目数量")
    partial: bool = Field(False, description="仅部分编码：有条目原文未取得、未判定，本标准的结论永远不完整")
    items_total: int | None = Field(None, description="标准（或其解读）所称的条目（情形）总数；null 为不详")
    not_judged: list[str] = Field([], description="未编码、不判定的条目（条、项）")
    provinces: list[str] | None = Field(None, description="省级版本适用的省份；null 为全国")


class CriterionBrief(BaseModel):
    """A criterion as listed under its edition."""

    id: str
    article: str
    item: str | None
    text: str = Field(description="原文（较长时截断）")
    confidence: str
    unconfirmed: bool = Field(description="原文未经核实（◐/⚠）")
    role: str


class StandardDetail(StandardSummary):
    """One edition with its scope, notices and criteria."""

    edition: str | None
    issuer: str | None
    confidence: str
    source: str
    scope: str = Field(description="适用范围")
    not_encoded_reason: str | None
    notices: list[str] = Field(description="该标准要求对特定画像说明的话（例如适用其他规定）")
    items: list[CriterionBrief] = Field(description="判定项与综合判定要素，按文件顺序")


class Citation(BaseModel):
    """Where a criterion is written: standard, 文号, 条, 项."""

    standard: str
    title: str
    document_number: str
    article: str
    item: str | None
    text: str = Field(description="引用文字，例如 《…》（…）第三条（一）")


class ScenarioOut(BaseModel):
    """A feature scenario that exercises the criterion."""

    name: str
    file: str
    line: int


class CriterionDetail(BaseModel):
    """One criterion: text, citation, the facts it asks and its scenarios."""

    id: str
    standard: str
    document_number: str
    article: str
    item: str | None
    text: str
    confidence: str
    unconfirmed: bool
    note: str | None
    role: str
    scope: str | None
    citation: Citation
    facts: list[str] = Field(description="判定条件读取的事实代码，按首次出现顺序")
    applicability_facts: list[str] = Field(description="适用条件（标准、条、项）读取的事实代码")
    scenarios: list[ScenarioOut] = Field(description="features/ 中引用本判定项的场景")


class LintProblem(BaseModel):
    """One problem, as `hazard lint` prints it."""

    code: str
    file: str
    line: int
    col: int
    location: str = Field(description="file:line:col")
    message: str
    suggestion: str


class LintReport(BaseModel):
    """The lint report for an upload: `ok` when no problem was found."""

    ok: bool
    count: int
    files: list[str] = Field(description="检查了的上传文件（_schema/ 下的文件不检查）")
    shared_facts: bool = Field(description="是否使用了服务器的共享事实目录 rules/_facts")
    problems: list[LintProblem]
