"""Adapters from an engine `Assessment` to the documents' input models (隐患清单, 指令书, 隐患报告)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from documents.describe import FOUND_LEAD, describe, fact_said
from documents.errors import DocumentError
from documents.models import (
    Basis,
    Citation,
    Edition,
    HazardList,
    HazardReport,
    HazardRow,
    OrderItem,
    OrderNotice,
    Party,
    Provenance,
)
from documents.wording import evidence_line
from engine.actions import ActionOut
from engine.assess import Assessment, Finding
from engine.logic import Outcome, witness
from engine.rulebook import Rulebook

# the profile fact that names the enterprise's sectors (content, not engine: the engine names no industry)
SECTORS_FACT = "profile.sectors"
ORDER_CHANNELS = ("执法检查", "监督检查", "举报核查")  # the channels on which the action rules order rectification (A8)
# the rights notice: the periods of 行政复议 / 行政诉讼 are not in ../shared/standards, so none is written here
RIGHTS = "如不服本指令，可以依法申请行政复议或者提起行政诉讼。"
RIGHTS_UNCONFIRMED = "权利告知的复议、诉讼期限及受理机关：行政复议法、行政诉讼法条文未收录，原文未经核实，请按现行法律填写。"


def engine_version() -> str:
    """The installed hazard-engine version (the source tree's when not installed)."""
    try:
        return version("hazard-engine")
    except PackageNotFoundError:  # pragma: no cover - always installed by make
        return "unknown"


def citation(finding: Finding) -> Citation:
    """判定依据 of a finding."""
    return Citation(criterion=finding.criterion, standard_title=finding.standard_title,
                    document_number=finding.document_number, article=finding.article, item=finding.item,
                    text=finding.text, unconfirmed=finding.unconfirmed,
                    article_unconfirmed=finding.article_unconfirmed, readings=finding.readings)


def hazards(assessment: Assessment) -> list[Finding]:
    """The findings a document lists: major hazards under a criterion (not the elements of a counting rule)."""
    return [f for f in assessment.findings if f.status == "hazard" and f.role == "criterion"]


def provenance(assessment: Assessment, cited: list[Citation]) -> Provenance:
    """The editions applied, the rulebook hash, and which cited criteria have unconfirmed wording."""
    editions = [Edition(title=use.title, document_number=use.document_number, effective_from=use.effective_from)
                for use in assessment.standards if use.status == "applied" and use.applies is not False]
    unconfirmed = [doubt for c in cited for doubt in c.doubts]
    return Provenance(editions=editions, rulebook=assessment.rulebook, engine_version=engine_version(),
                      unconfirmed=list(dict.fromkeys(unconfirmed)))


def _facts(finding: Finding, facts: Mapping[str, Any] | None) -> Mapping[str, Any]:
    return facts if facts is not None else {e.code: e.value for e in finding.evidence}


def evidence_text(finding: Finding, book: Rulebook) -> str:
    """The facts that made the criterion hold, as statements ("作业人员有10人") where they can be said so."""
    kinds = {e.code: fact.type.value for e in finding.evidence if (fact := book.facts.get(e.code)) is not None}
    return evidence_line([(e.question, e.value, e.value_label, kinds.get(e.code)) for e in finding.evidence])


_HOLDS = {"hazard": True, "clear": False, "not_applicable": False}


def description(finding: Finding, book: Rulebook, facts: Mapping[str, Any] | None = None,
                statuses: Mapping[str, str] | None = None) -> str:
    """隐患描述 from the deciding branch of the criterion's condition (see `documents.describe`).

    `statuses` (criterion id → status of the same assessment) resolve the references of a counting rule.
    """
    crit = book.criteria[finding.criterion].definition
    known = _facts(finding, facts)
    decided = statuses or {}
    held = witness(crit.when, known, lambda cid: Outcome(_HOLDS.get(decided.get(cid, ""))))
    if held is None:  # only the evidence was given and it does not show the branch (e.g. a negation): say the facts
        said = [f"{e.question.rstrip('？?')}：{e.value_label}" for e in finding.evidence]
        return describe(crit.text, crit.when, [], said).text
    said = [fact_said(book, test, known) for test in held.tests]
    return describe(crit.text, crit.when, held.choices, said).text


def _industry(assessment: Assessment, book: Rulebook, facts: Mapping[str, Any] | None) -> str | None:
    """The sectors answered in the profile, else the enterprise's industries by name (工贸, 化工和危险化学品 …)."""
    sectors = (facts or {}).get(SECTORS_FACT)
    if isinstance(sectors, list) and sectors:
        return "、".join(map(str, sectors))
    enterprise = assessment.inspection.enterprise
    if not enterprise or not enterprise.industries:
        return None
    return "、".join(book.industry_label(family) for family in enterprise.industries)


def hazard_list(assessment: Assessment, book: Rulebook, facts: Mapping[str, Any] | None = None) -> HazardList:
    """The 重大事故隐患清单 of one inspection: one row per major hazard; the register's columns stay empty."""
    info, enterprise = assessment.inspection, assessment.inspection.enterprise
    found = hazards(assessment)
    statuses = {f.criterion: f.status for f in assessment.findings}
    rows = [HazardRow(seq=seq, enterprise=enterprise.name if enterprise else "（未填写企业）",
                      uscc=enterprise.uscc if enterprise else None,
                      region=(enterprise.region or enterprise.region_code) if enterprise else None,
                      region_code=enterprise.region_code if enterprise else None,
                      industry=_industry(assessment, book, facts), description=description(f, book, facts, statuses),
                      citation=citation(f), evidence=evidence_text(f, book), channel=info.channel, found_on=info.date,
                      inspecting_unit=info.organ, document_number=info.document_number)
            for seq, f in enumerate(found, start=1)]
    cited = [row.citation for row in rows]
    return HazardList(rows=rows, criteria=cited, provenance=provenance(assessment, cited))


def _party(assessment: Assessment) -> Party:
    enterprise = assessment.inspection.enterprise
    if enterprise is None:
        raise DocumentError("missing_enterprise", "inspection.enterprise", "检查记录未填写被检查企业，无法出具文书",
                            "在 inspection.enterprise 中填写 name（及 uscc、address、principal）")
    return Party(name=enterprise.name, uscc=enterprise.uscc, address=enterprise.address,
                 principal=enterprise.principal, region=enterprise.region)


def _items(assessment: Assessment, book: Rulebook, facts: Mapping[str, Any] | None, document: str) -> list[OrderItem]:
    found = hazards(assessment)
    if not found:
        raise DocumentError("no_major_hazard", "findings", f"本次检查未判定出重大事故隐患，不出具{document}",
                            "先补全检查表（hazard assess 列出待补充的事实）；未发现重大事故隐患时无需此文书")
    statuses = {f.criterion: f.status for f in assessment.findings}
    return [_item(description(f, book, facts, statuses), citation(f), evidence_text(f, book)) for f in found]


def _item(described: str, cited: Citation, evidence: str) -> OrderItem:
    """One hazard of a notice; a description that already says the findings (经查：…) is not followed by them again."""
    repeated = described == FOUND_LEAD + evidence
    return OrderItem(description=described, citation=cited, evidence="" if repeated else evidence)


def _action(assessment: Assessment, rule_id: str) -> ActionOut | None:
    return next((a for a in assessment.actions if a.status == "required" and rule_id in a.rules), None)


def _bases(action: ActionOut | None) -> list[Basis]:
    """The action's legal bases, without the engine's confidence mark (the documents say 原文未经核实 in words)."""
    return [Basis(text=b.citation, unconfirmed=b.unconfirmed) for b in action.basis] if action else []


def order_notice(assessment: Assessment, book: Rulebook, facts: Mapping[str, Any] | None = None,
                 deadline: dt.date | None = None) -> OrderNotice:
    """责令限期整改指令书 for an inspection by a department that found major hazards (the action rule A8 applies)."""
    info = assessment.inspection
    items = _items(assessment, book, facts, "指令书")
    order = _action(assessment, "A8")
    if info.channel not in ORDER_CHANNELS or order is None:
        raise DocumentError("no_order", "inspection.channel",
                            f"检查方式为 {info.channel or '（未填写）'}：后续措施中没有责令限期整改（A8），不出具指令书",
                            f"指令书用于监管部门的 {'、'.join(ORDER_CHANNELS)}；"
                            "企业自查请出具重大事故隐患报告（hazard report）")
    if deadline is not None and deadline < info.date:
        raise DocumentError("deadline_before_inspection", "deadline", f"整改期限 {deadline} 早于检查日期 {info.date}",
                            "整改期限应为检查日期当日或之后，格式 YYYY-MM-DD")
    stop = _action(assessment, "A7.order")
    cited = [item.citation for item in items]
    return OrderNotice(number=info.document_number, organ=info.organ, party=_party(assessment), inspected_on=info.date,
                       inspectors=info.inspectors, channel=info.channel, items=items, order_basis=_bases(order),
                       measures=[stop.text] if stop else [], measures_basis=_bases(stop), deadline=deadline,
                       rights=RIGHTS, provenance=_with_notes(provenance(assessment, cited),
                                                             [*_unconfirmed(order, stop), RIGHTS_UNCONFIRMED]))


def _unconfirmed(*actions: ActionOut | None) -> list[str]:
    """The cited legal bases whose wording is unconfirmed (listed at the foot under 原文未经核实)."""
    return [b.citation for action in actions if action for b in action.basis if b.unconfirmed]


def _with_notes(prov: Provenance, notes: list[str]) -> Provenance:
    return prov.model_copy(update={"unconfirmed": list(dict.fromkeys([*prov.unconfirmed, *notes]))})


_ENUMERATED = re.compile(r"（[一二三四五六七八九十]+）([^；。（]+)")


def hazard_report(assessment: Assessment, book: Rulebook, facts: Mapping[str, Any] | None = None,
                  addressee: str | None = None) -> HazardReport:
    """重大事故隐患报告 an enterprise files for the hazards of an inspection (the action rule A4 applies)."""
    report = _action(assessment, "A4.shandong") or _action(assessment, "A4")
    if report is None:
        raise DocumentError("no_report_duty", "findings", "后续措施中没有报告重大事故隐患（A4），不出具隐患报告",
                            "隐患报告在判定出重大事故隐患时出具；先补全检查表")
    items = _items(assessment, book, facts, "隐患报告")
    contents, plan = _action(assessment, "A5"), _action(assessment, "A6.shandong") or _action(assessment, "A6")
    info = assessment.inspection
    cited = [item.citation for item in items]
    return HazardReport(party=_party(assessment), addressee=addressee, found_on=info.date, channel=info.channel,
                        items=items, report_basis=_bases(report), contents_basis=_bases(contents),
                        plan_elements=_ENUMERATED.findall(plan.text) if plan else [],
                        provenance=_with_notes(provenance(assessment, cited), _unconfirmed(report, contents)))
