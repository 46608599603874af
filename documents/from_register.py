"""Adapters from the register (ledger) to the documents' input models: 隐患清单 of any filter, 挂牌督办通知书, 月调度/季报.

The 指令书 of a stored inspection is `from_assessment.order_notice` on the stored assessment: the register adds only
the rectification deadline it keeps for the order (A8).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from documents.describe import Description, describe, fact_said, wording
from documents.errors import DocumentError
from documents.from_assessment import engine_version
from documents.models import (
    Basis,
    Citation,
    Edition,
    HazardList,
    HazardRow,
    ListingNotice,
    Party,
    Provenance,
    StatsRow,
    StatsTable,
    StatsTables,
)
from documents.wording import Answer, evidence_line, findings
from engine.labels import value_label
from engine.logic import Outcome, witness
from engine.rulebook import Rulebook
from ledger.models import EnterpriseOut, ExportRow, HazardDetail
from ledger.models import HazardRow as RegisterRow
from ledger.stats import StatsTable as RegisterTable
from ledger.vocab import EventType

# 督办要求 and 摘牌条件: Shandong's own procedure after 第四条 of its 挂牌督办 rule is not obtained (procedures §5.1.5,
# §5.4.1 ✗); these lines follow the national duties and the labelled models the procedures file gives.
LISTING_REQUIREMENTS = [
    "企业主要负责人（含实际控制人）组织制定并落实治理方案，做到责任、措施、资金、时限、预案“五落实”",
    "治理期间采取有效的安全防范和监控措施；排除前或者排除过程中无法保证安全的，从危险区域内撤出作业人员，暂时停产停业或者停止使用相关设施、设备",
    "按期向督办单位报告治理进展；不能按期完成的，在期限届满前提出书面延期申请",
]
DELISTING_CONDITIONS = [
    "重大事故隐患治理完成，经评估后由企业提出书面销号（摘牌）申请",
    "督办单位组织现场核查验收合格",
    "核查合格后摘牌销号；涉及停产停业的，经审查同意方可恢复生产经营",
]
LISTING_BASIS = [
    Basis(text="《安全生产法》第四十一条第三款（建立健全重大事故隐患治理督办制度）"),
    Basis(text="《安全生产事故隐患排查治理暂行规定（安监总局令第16号）》第二十条", unconfirmed=True),
]
# said under "原文未经核实：" at the notice's foot
LISTING_NOTE = "督办要求和摘牌条件：山东省挂牌督办办法第五条以后的程序原文未取得，按国家规定和其他地区的做法拟写"


def _citation(entry: HazardDetail | ExportRow) -> Citation:
    c = entry.citation
    return Citation(criterion=entry.criterion, standard_title=c.standard_title, document_number=c.document_number,
                    article=c.article, item=c.item, text=c.text, unconfirmed=c.unconfirmed,
                    article_unconfirmed=c.article_unconfirmed, readings=c.readings)


def _description(entry: RegisterRow, book: Rulebook | None) -> Description:
    crit = book.criteria.get(entry.criterion) if book is not None else None
    if crit is None or book is None:
        return Description(entry.text, "whole_text")
    facts = {str(item.get("code")): item.get("value") for item in entry.evidence}
    held = witness(crit.definition.when, facts, lambda _: Outcome(None))  # a counting rule's references: unknown
    if held is None:
        return describe(entry.text, crit.definition.when, [], [evidence_line([a]) for a in _answers(entry.evidence, book)])
    said = [fact_said(book, test, facts) for test in held.tests]
    return describe(entry.text, crit.definition.when, held.choices, said)


def hazard_description(entry: RegisterRow, book: Rulebook | None) -> str:
    """The alternative of the criterion that held, from the stored evidence (the answers that decided it).

    Without the criterion in the current rulebook (a withdrawn edition), the cited text is said as stored.
    """
    return _description(entry, book).text


def criterion_wording(entry: RegisterRow, book: Rulebook | None) -> str:
    """The hazard in the standard's own words: the alternative that held, else the criterion's whole text.

    A notice describes the hazard by the text it is determined under; when the text's alternatives do not line up
    with the answers (the description would be the answers themselves), the whole criterion text is quoted.
    """
    found = _description(entry, book)
    return found.text if found.basis == "clause" else wording(entry.text)


def _answers(evidence: Iterable[Mapping[str, Any]], book: Rulebook | None) -> list[Answer]:
    """Stored evidence as (question, value, label, fact type), the catalog filling what an old entry lacks."""
    answers = []
    for item in evidence:
        fact = book.facts.get(str(item.get("code"))) if book is not None else None
        label = item.get("value_label") or value_label(item.get("value"), fact.unit if fact else None)
        question = str(item.get("question") or (fact.question if fact else item.get("code", "")))
        answers.append((question, item.get("value"), label, fact.type.value if fact else None))
    return answers


def evidence_findings(entry: RegisterRow, book: Rulebook | None) -> list[str]:
    """检查发现: the stored evidence as statements, or nothing when an answer cannot be said as one."""
    return findings(_answers(entry.evidence, book))


def notice_date(entry: HazardDetail) -> dt.date | None:
    """The day the listing's current notice was issued: the last list_notice recorded after the listing, if any.

    A list event (挂牌督办, 提级督办) starts the listing anew; a list_notice gives an automatic listing its 文号 and
    deadline, and is the notice's own date.
    """
    last = None
    for event in entry.timeline:  # in recording order
        if event.type is EventType.list_:
            last = None
        elif event.type is EventType.list_notice:
            last = event.on
    return last


def _measures(plan: Mapping[str, Any] | None) -> tuple[str | None, str | None]:
    """整改责任人 and 整改措施 from the 治理方案 (负责治理的机构和人员; 采取的方法和措施)."""
    if not plan:
        return None, None
    owner = (plan.get("organisation") or {}).get("text")
    measures = (plan.get("methods") or {}).get("text")
    return owner, measures


def _editions(citations: Iterable[Citation]) -> list[Edition]:
    """The standard editions the cited criteria belong to, each once."""
    found = {(c.standard_title, c.document_number): Edition(title=c.standard_title, document_number=c.document_number)
             for c in citations}
    return list(found.values())


def hazard_row(seq: int, entry: ExportRow, book: Rulebook | None) -> HazardRow:
    """One register entry as a row of the 重大事故隐患清单 (the register's columns filled)."""
    owner, measures = _measures(entry.plan)
    listing = entry.listing
    return HazardRow(seq=seq, hazard_id=str(entry.id), enterprise=entry.enterprise, uscc=entry.uscc,
                     region=entry.region or entry.region_code, region_code=entry.region_code,
                     industry=book.industry_label(entry.industry) if book is not None else entry.industry,
                     description=hazard_description(entry, book), citation=_citation(entry),
                     evidence=evidence_line(_answers(entry.evidence, book)),
                     channel=entry.channel, found_on=entry.found_on, inspecting_unit=entry.organ,
                     document_number=entry.document_number, owner=owner, measures=measures, deadline=entry.deadline,
                     status=entry.state_label, listed=entry.listed, listing_organ=listing.organ if listing else None,
                     listing_number=listing.document_number if listing else None, closed_on=entry.closed_on)


def hazard_list(entries: list[ExportRow], book: Rulebook | None) -> HazardList:
    """重大事故隐患清单 of a register selection: every entry, the criteria cited, the rulebooks that decided them."""
    rows = [hazard_row(seq, entry, book) for seq, entry in enumerate(entries, start=1)]
    cited = list({row.citation.criterion: row.citation for row in rows}.values())
    rulebooks = sorted({entry.rulebook for entry in entries})
    provenance = Provenance(editions=_editions(cited), rulebook="、".join(rulebooks) or "（无）",
                            engine_version=engine_version(),
                            unconfirmed=[doubt for c in cited for doubt in c.doubts])
    return HazardList(rows=rows, criteria=cited, provenance=provenance)


def listing_notice(entry: HazardDetail, enterprise: EnterpriseOut, book: Rulebook | None,
                   addressee: str | None = None) -> ListingNotice:
    """重大事故隐患挂牌督办通知书 of a listed entry; a listing without a deadline cannot be noticed."""
    listing = entry.listing
    if listing is None or not entry.listed:
        raise DocumentError("not_listed", "hazard_id", f"隐患 #{entry.id} 未挂牌督办，不出具督办通知书",
                            "先以 list 事件挂牌督办（hazard ledger event ID --type list …）")
    deadline = listing.deadline or entry.deadline
    if deadline is None:
        raise DocumentError("no_listing_deadline", "hazard_id", f"隐患 #{entry.id} 的挂牌督办没有整改期限",
                            "记录督办期限（list 事件的 deadline）或责令整改期限后再出具")
    export = ExportRow(**entry.model_dump(include=set(ExportRow.model_fields) - {"region", "document_number"}),
                       region=enterprise.region, document_number=None)
    row = hazard_row(1, export, book).model_copy(update={"description": criterion_wording(entry, book)})
    provenance = Provenance(editions=_editions([row.citation]), rulebook=entry.rulebook, engine_version=engine_version(),
                            unconfirmed=[*row.citation.doubts, LISTING_NOTE])
    party = Party(name=enterprise.name, uscc=enterprise.uscc, address=enterprise.address,
                  principal=enterprise.principal, region=enterprise.region)
    return ListingNotice(number=listing.document_number, organ=listing.organ or entry.organ or "（督办单位）",
                         addressee=addressee, party=party, hazard=row, listed_on=listing.listed_on,
                         issued_on=notice_date(entry), deadline=deadline, findings=evidence_findings(entry, book),
                         requirements=LISTING_REQUIREMENTS, delisting=DELISTING_CONDITIONS, basis=LISTING_BASIS,
                         provenance=provenance)


def _stats_rows(table: RegisterTable, industry_label: Callable[[str], str]) -> list[StatsRow]:
    rows = []
    for row in table.rows:
        region = row.key.get("region") or table.region or "全部"
        family = row.key.get("industry")
        industry = industry_label(family) if family else "全部行业"
        rows.append(StatsRow(region=region, industry=industry, found=row.found, listed=row.listed,
                             reported=row.found_rectified, rectified=row.found_closed, closed=row.closed,
                             overdue=row.overdue, stock_open=row.open))
    return rows


# 统计口径说明 of the workbook: what each column counts (stats_sql's measures as `_stats_rows` maps them). They are the
# register's own definitions, not legal texts; the register's JSON notes describe its API's closure rate, which the
# workbook does not show, so they are not copied here.
STATS_NOTES = [
    "排查发现重大事故隐患：统计期内发现的（按发现日期）；其中：挂牌督办：其中截至统计期止日已挂牌督办的",
    "已报告整改完成：统计期内发现、截至统计期止日企业已报告整改完成的（含待核查、已核查和已销号的）",
    "已整改：统计期内发现、截至统计期止日已经核查销号的；本系统在核查销号时才记为已整改",
    "已销号：统计期内经核查销号的（按销号日期，含统计期前发现的），故可多于排查发现数",
    "逾期未整改：截至统计期止日仍未销号且已超过整改期限的（含统计期前发现的；统计期未结束的按制表当日判断）",
    "期末存量（未销号）：截至统计期止日仍未销号的（含统计期前发现的）",
    "整改率：已整改 ÷ 排查发现，按本系统口径计算；官方计算口径未取得",
]


def stats_tables(tables: list[tuple[str, str, RegisterTable]], organ: str | None, rulebook: str,
                 industry_label: Callable[[str], str] = str) -> StatsTables:
    """月调度 / 季报 workbook from the register's tables: (kind, period label, table) each.

    `industry_label` names an industry family for the table (the rulebook's `industry_label`: gongmao → 工贸).

    已整改 counts the entries found in the period and closed after verification (销号) by its end: the register
    records a rectification as done only when the department has verified it, and 整改率 (已整改 ÷ 排查发现) is then the
    register's closure rate, never above 100 %. 已销号 counts every closure in the period, earlier findings included.
    """
    provenance = Provenance(editions=[], rulebook=rulebook, engine_version=engine_version(), notes=STATS_NOTES)
    return StatsTables(organ=organ, provenance=provenance,
                       tables=[StatsTable(kind=kind, period=period, start=table.start, end=table.end,
                                          rows=_stats_rows(table, industry_label)) for kind, period, table in tables])
