"""Read-only catalog: standard editions, one edition with its criteria, one criterion with citation and scenarios."""

from __future__ import annotations

import difflib
from typing import Annotated

from fastapi import APIRouter, Path

from api.body import StrictRoute
from api.deps import EngineDep, ScenariosDep
from api.errors import ApiError, responses
from api.schemas import Citation, CriterionBrief, CriterionDetail, ScenarioOut, StandardDetail, StandardSummary
from engine.coverage import coverage_fields
from engine.models import StandardDef
from engine.rulebook import Criterion, Rulebook, cite, did_you_mean, facts_used

router = APIRouter(prefix="/v1", tags=["standards"], route_class=StrictRoute)
SHORT_TEXT = 60


def _summary(book: Rulebook, std: StandardDef) -> StandardSummary:
    crits = book.criteria_of(std.id)
    return StandardSummary(
        id=std.id, family=std.family, title=std.title, document_number=std.document_number,
        effective_from=std.effective_from, effective_until=std.effective_until, encoded=std.encoded,
        criteria=sum(1 for c in crits if c.definition.role == "criterion"),
        elements=sum(1 for c in crits if c.definition.role == "element"),
        unconfirmed=sum(1 for c in crits if c.definition.confidence.flagged),
        **{k: v for k, v in coverage_fields(book, std).items() if k in ("partial", "items_total", "not_judged")},
        provinces=std.provinces)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SHORT_TEXT else text[: SHORT_TEXT - 1] + "…"


def _not_found(kind: str, param: str, wanted: str, choices: list[str], hint: str) -> ApiError:
    close = difflib.get_close_matches(wanted, choices, n=1, cutoff=0.6)
    suggestion = did_you_mean(wanted, choices) if close else hint
    return ApiError(404, "not_found", f"没有{kind} '{wanted}'",
                    [{"loc": ["path", param], "msg": f"未知的{kind} '{wanted}'", "code": "not_found",
                      "suggestion": suggestion}])


def citation(crit: Criterion) -> Citation:
    """Standard title, 文号, 条 and 项 of a criterion, plus the sentence that cites them."""
    std, d = crit.standard, crit.definition
    return Citation(standard=std.id, title=std.title, document_number=std.document_number,
                    article=crit.article.article, item=d.item,
                    text=f"《{std.title}》（{std.document_number}）{cite(crit.article.article, d.item)}")


@router.get("/standards", response_model=list[StandardSummary])
def standards(engine: EngineDep) -> list[StandardSummary]:
    """已知的判定标准版本：施行日期、文号和判定项数量。"""
    book = engine.book
    ordered = sorted(book.standards.values(), key=lambda s: (s.family, s.starts))
    return [_summary(book, s) for s in ordered]


@router.get("/standards/{standard_id}", response_model=StandardDetail, responses=responses(404))
def standard(standard_id: Annotated[str, Path(description="标准版本 id，例如 gongmao-2023")],
             engine: EngineDep) -> StandardDetail:
    """一个标准版本：标题、文号、施行日期、适用范围、原文可信度和它的全部判定项。"""
    book = engine.book
    std = book.standards.get(standard_id)
    if std is None:
        raise _not_found("标准版本", "standard_id", standard_id, sorted(book.standards),
                         "可用的 id 见 GET /v1/standards")
    items = [CriterionBrief(id=c.id, article=c.article.article, item=c.definition.item, text=_short(c.definition.text),
                            confidence=c.definition.confidence.value, unconfirmed=c.definition.confidence.flagged,
                            role=c.definition.role) for c in book.criteria_of(std.id)]
    return StandardDetail(
        **_summary(book, std).model_dump(), edition=std.edition, issuer=std.issuer, confidence=std.confidence.value,
        source=std.source, scope=std.scope, not_encoded_reason=std.not_encoded_reason,
        notices=[f"{n.article}：{n.text}" for n in std.notices], items=items)


@router.get("/criteria/{criterion_id}", response_model=CriterionDetail, responses=responses(404))
def criterion(criterion_id: Annotated[str, Path(description="判定项 id，例如 gongmao-2023.3.1")],
              engine: EngineDep, scenarios: ScenariosDep) -> CriterionDetail:
    """一个判定项：原文、引用（标准、文号、条、项）、它询问的事实和对应的 feature 场景。"""
    book = engine.book
    crit = book.criteria.get(criterion_id)
    if crit is None:
        raise _not_found("判定项", "criterion_id", criterion_id, sorted(book.criteria),
                         "可用的 id 见 GET /v1/standards/{id} 的 items")
    d = crit.definition
    scope_facts: dict[str, None] = {}
    for condition, _ in crit.applicability():
        scope_facts.update(dict.fromkeys(facts_used(condition)))
    return CriterionDetail(
        id=d.id, standard=crit.standard.id, document_number=crit.standard.document_number,
        article=crit.article.article, item=d.item, text=d.text, confidence=d.confidence.value,
        unconfirmed=d.confidence.flagged, note=d.note, role=d.role, scope=d.scope or crit.article.scope,
        citation=citation(crit), facts=facts_used(d.when), applicability_facts=list(scope_facts),
        scenarios=[ScenarioOut(name=s.name, file=s.file, line=s.line) for s in scenarios.get(d.id, [])])
