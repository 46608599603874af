"""Input models of the documents: what each one shows, independent of where it came from (assessment or register).

The adapters in `documents/from_assessment.py` fill them from an engine `Assessment`; the register's adapters will
fill them from its hazard entries, listings and statistics. Fields the register has and an assessment lacks
(整改责任人, 整改措施, 整改期限, 整改状态, 是否挂牌督办, 销号日期, 督办单位, 督办文号) are optional: empty cells or blank
lines to fill in by hand.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field


class Model(BaseModel):
    """Base: unknown keys are errors."""

    model_config = ConfigDict(extra="forbid")


class Edition(Model):
    """A standard edition a document was produced from (`StandardUse` of the assessment, or of the register's entry)."""

    title: str = Field(description="标准名称，如 工贸企业重大事故隐患判定标准")
    document_number: str | None = Field(default=None, description="文号，如 应急管理部令第10号")
    effective_from: dt.date | None = Field(default=None, description="施行日期")


class Provenance(Model):
    """What every document states at its foot: the editions and the rulebook it was produced from."""

    editions: list[Edition] = Field(default_factory=list, description="所依据的判定标准版本")
    rulebook: str = Field(description="规则库版本（规则文件内容的哈希，见 GET /healthz）")
    engine_version: str = Field(description="hazard-engine 软件版本")
    unconfirmed: list[str] = Field(
        default_factory=list, description="原文未经核实的条款（引用，如 工贸 第十一条（九））；非空时文书注明“原文未经核实”")
    notes: list[str] = Field(
        default_factory=list, description="说明：本系统自己的口径和做法（如统计口径），不是法规原文，不标“原文未经核实”")


class Citation(Model):
    """判定依据: the criterion a hazard was determined under."""

    criterion: str = Field(description="判定项 id，如 gongmao-2023.12.2")
    standard_title: str = Field(description="标准名称")
    document_number: str = Field(description="文号")
    article: str = Field(description="条，如 第十二条")
    item: str | None = Field(default=None, description="项，如 （二）")
    text: str = Field(description="判定项原文")
    unconfirmed: bool = Field(default=False, description="原文未经核实（规则文件中标为部分核实或未核实的）")
    article_unconfirmed: bool = Field(default=False, description="条号为推定，未经核实（规则文件中条的核实程度）")
    readings: list[str] = Field(default_factory=list, description="判定所依的解读（标准原文没有写明的理解），文末列出")

    @property
    def label(self) -> str:
        """The citation as written in a document: 《标准》（文号）第十二条第（二）项."""
        item = f"第{self.item}项" if self.item and self.item.startswith("（") else (self.item or "")
        return f"《{self.standard_title}》（{self.document_number}）{self.article}{item}"

    @property
    def marked(self) -> str:
        """The label with what is not confirmed said after it: （原文未经核实）, （条号未经核实）, or both."""
        doubts = [what for what, flagged in (("条号", self.article_unconfirmed), ("原文", self.unconfirmed)) if flagged]
        return (self.label + (f"（{'和'.join(doubts)}未经核实）" if doubts else "")
                + ("（按解读判定，见文末）" if self.readings else ""))

    @property
    def doubts(self) -> list[str]:
        """What a document's foot lists under 原文未经核实 for this citation: its wording, article number, readings."""
        return ([self.label] * self.unconfirmed + [f"{self.label}的条号（为推定）"] * self.article_unconfirmed
                + [f"{self.label}的判定依据含解读：{reading}" for reading in self.readings])


class HazardRow(Model):
    """One row of the 重大事故隐患清单 (one finding of an inspection, or one hazard entry of the register)."""

    seq: int = Field(ge=1, description="序号")
    hazard_id: str | None = Field(default=None, description="隐患编号（登记册条目 id；判定结果导出时为空）")
    enterprise: str = Field(description="企业名称")
    uscc: str | None = Field(default=None, description="统一社会信用代码")
    region: str | None = Field(default=None, description="所在地区（名称，缺省时用行政区划代码）")
    region_code: str | None = Field(default=None, description="行政区划代码（GB/T 2260）")
    industry: str | None = Field(default=None, description="行业")
    description: str = Field(description="隐患描述：判定项中成立的那一种情形（不是“或者”两边全文）")
    citation: Citation = Field(description="判定依据")
    evidence: str = Field(default="", description="证据：使判定成立的检查事实（问题：回答）")
    channel: str | None = Field(default=None, description="发现方式（企业自查 / 监督检查 / 执法检查 / 举报核查 …）")
    found_on: dt.date = Field(description="发现日期（检查日期）")
    inspecting_unit: str | None = Field(default=None, description="检查单位")
    document_number: str | None = Field(default=None, description="检查文书编号")
    # kept by the register, absent from an assessment
    owner: str | None = Field(default=None, description="整改责任人")
    measures: str | None = Field(default=None, description="整改措施")
    deadline: dt.date | None = Field(default=None, description="整改期限")
    status: str | None = Field(default=None, description="整改状态（登记册的生命周期状态，如 整改中、已销号）")
    listed: bool | None = Field(default=None, description="是否挂牌督办")
    listing_organ: str | None = Field(default=None, description="督办单位")
    listing_number: str | None = Field(default=None, description="督办文号")
    closed_on: dt.date | None = Field(default=None, description="销号日期")


class HazardList(Model):
    """重大事故隐患清单: rows plus the texts of the criteria they cite and where they came from."""

    title: str = Field(default="重大事故隐患清单")
    rows: list[HazardRow]
    criteria: list[Citation] = Field(default_factory=list, description="所引判定项的原文（工作簿第二张表）")
    provenance: Provenance


class Party(Model):
    """The enterprise a document is addressed to."""

    name: str = Field(description="企业名称")
    uscc: str | None = Field(default=None, description="统一社会信用代码")
    address: str | None = Field(default=None, description="地址")
    principal: str | None = Field(default=None, description="主要负责人")
    region: str | None = Field(default=None, description="所在地区")


class Basis(Model):
    """A legal basis as cited, with whether its wording is unconfirmed."""

    text: str = Field(description="如 《安全生产法》第六十五条第一款第（三）项（不带核实标记，文书按 unconfirmed 注明）")
    unconfirmed: bool = False


class OrderItem(Model):
    """One hazard in a 责令限期整改指令书."""

    description: str = Field(description="隐患描述")
    citation: Citation = Field(description="判定依据")
    evidence: str = Field(default="", description="检查发现的事实")


class OrderNotice(Model):
    """责令限期整改指令书: issued by the inspecting department for the hazards of one inspection."""

    number: str | None = Field(default=None, description="文书编号；为空时留空白由执法人员填写")
    organ: str | None = Field(default=None, description="检查机关（落款）")
    party: Party
    inspected_on: dt.date = Field(description="检查日期")
    inspectors: list[str] = Field(default_factory=list, description="检查人员")
    channel: str | None = Field(default=None, description="检查类别（执法检查 / 监督检查）")
    items: list[OrderItem] = Field(min_length=1)
    order_basis: list[Basis] = Field(description="责令整改的法律依据（后续措施规则 A8 给出）")
    measures: list[str] = Field(default_factory=list,
                                description="整改期间的措施（如 A7：从危险区域内撤出作业人员、暂时停产停业），各附依据")
    measures_basis: list[Basis] = Field(default_factory=list)
    deadline: dt.date | None = Field(default=None, description="整改期限；为空时留空白")
    rights: str = Field(description="权利告知（复议 / 诉讼）")
    provenance: Provenance


class ListingNotice(Model):
    """重大事故隐患挂牌督办通知书 for one listed hazard (built by the register's adapter)."""

    number: str | None = Field(default=None, description="督办文号")
    organ: str = Field(description="督办单位（挂牌机关）")
    addressee: str | None = Field(default=None, description="主送单位（负责整改落实的政府或部门；缺省为企业）")
    party: Party
    hazard: HazardRow
    listed_on: dt.date = Field(description="挂牌日期")
    issued_on: dt.date | None = Field(default=None, description="通知书落款日期：下达督办通知之日（缺省为挂牌日期）")
    deadline: dt.date = Field(description="整改期限")
    findings: list[str] = Field(default_factory=list,
                                description="检查发现：证据逐条写成的陈述句（不能都写成句子时为空，不列）")
    requirements: list[str] = Field(min_length=1, description="督办要求（五落实、治理方案、停产范围、报告时限 …）")
    delisting: list[str] = Field(min_length=1, description="摘牌条件（验收、申请、核查、销号）")
    basis: list[Basis] = Field(default_factory=list, description="督办依据")
    provenance: Provenance


class HazardReport(Model):
    """重大事故隐患报告 an enterprise files (16号令 第十四条 contents: 现状及原因, 危害程度和整改难易程度, 治理方案)."""

    party: Party
    addressee: str | None = Field(default=None, description="报送单位（负有安全生产监督管理职责的部门）")
    reported_on: dt.date | None = Field(default=None, description="报告日期；为空时留空白")
    found_on: dt.date = Field(description="发现日期")
    channel: str | None = Field(default=None, description="发现方式")
    items: list[OrderItem] = Field(min_length=1)
    report_basis: list[Basis] = Field(default_factory=list, description="报告义务的依据（后续措施规则 A4、A5）")
    contents_basis: list[Basis] = Field(default_factory=list, description="报告内容的依据（A5）")
    plan_elements: list[str] = Field(default_factory=list, description="治理方案应含的内容（A6）")
    causes: str | None = Field(default=None, description="隐患的现状及其产生原因（企业填写）")
    severity: str | None = Field(default=None, description="危害程度和整改难易程度分析（企业填写）")
    plan: str | None = Field(default=None, description="治理方案（企业填写）")
    provenance: Provenance


class StatsRow(Model):
    """One region × industry line of 月调度 / 季报."""

    region: str = Field(description="地区（名称或行政区划代码）")
    industry: str = Field(description="行业")
    found: int = Field(ge=0, description="排查发现重大事故隐患")
    listed: int = Field(ge=0, description="其中：挂牌督办")
    reported: int = Field(ge=0, description="已报告整改完成（含待核查、已核查和已销号的）")
    rectified: int = Field(ge=0, description="已整改")
    closed: int = Field(ge=0, description="已销号")
    overdue: int = Field(ge=0, description="逾期未整改")
    stock_open: int = Field(ge=0, description="期末存量（未销号）")


class StatsTable(Model):
    """One period's table: 月调度 (a month) or 季报 (a quarter)."""

    kind: str = Field(pattern="^(月调度|季报)$")
    period: str = Field(description="期间，如 2025年6月、2025年第二季度")
    start: dt.date
    end: dt.date
    rows: list[StatsRow]


class StatsTables(Model):
    """The statistics workbook: one sheet per table, plus where the numbers came from."""

    organ: str | None = Field(default=None, description="填报单位")
    tables: list[StatsTable] = Field(min_length=1)
    provenance: Provenance
