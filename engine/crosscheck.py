"""Link checks for partly obtained standards, known standards not encoded, provinces, fact aliases and group answers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from engine.errors import Problem
from engine.loader import LoadedDocument
from engine.models import (
    PROVINCE_FACT,
    Alternatives,
    ArticleDef,
    Condition,
    CriterionRef,
    FactDef,
    KnownStandardsFile,
    NotOf,
    StandardDef,
)
from engine.rulebook import Gap, Rulebook, did_you_mean

Path_ = tuple[Any, ...]
UNSEEN_PREFIXES = ("context.", "finding.")  # background and derived facts: criteria never see them


def unseen_fact(code: str) -> tuple[str, str, str] | None:
    """A criterion, scope or notice condition on a fact it can never see, as (code, message, suggestion)."""
    if not code.startswith(UNSEEN_PREFIXES):
        return None
    if code == PROVINCE_FACT:
        return ("unseen_fact", f"判定条件不能直接读取 '{code}'：判定项只读检查事实（facts）",
                "按省份限定时在标准、条或项一级写 provinces: [山东]，由 inspection.province 决定")
    return ("unseen_fact", f"判定条件不能读取 '{code}'：它属于检查背景或判定结果，判定项永远读不到，将一直待补充",
            "判定条件只用 rules/_facts/ 中的检查事实；检查背景只用于 rules/actions/ 的后续措施")


def link_gaps(book: Rulebook, article: ArticleDef, doc: LoadedDocument, std: StandardDef,
              taken: set[str]) -> list[Problem]:
    """The not-obtained items of one article: ids unique and of the edition, scope on profile facts only."""
    from engine.link import _check_condition  # link imports this module's functions

    problems: list[Problem] = []
    for i, gap in enumerate(article.not_obtained):
        base: Path_ = ("not_obtained", i)
        if gap.id in book.gaps or gap.id in taken:
            problems.append(Problem(doc.file, *doc.where((*base, "id")), "duplicate_id", f"条目 id '{gap.id}' 重复",
                                    "未取得原文的条目也用唯一 id，不与判定项重复"))
            continue
        if not gap.id.startswith(std.id + "."):
            problems.append(Problem(doc.file, *doc.where((*base, "id")), "invalid_id",
                                    f"条目 id '{gap.id}' 应以版本 id '{std.id}.' 开头", f"例如 {std.id}.18.x"))
        if gap.applies_when is not None:
            problems += _check_condition(gap.applies_when, (*base, "applies_when"), doc, book.facts, taken, True)
        book.gaps[gap.id] = Gap(gap, std, article, doc.file, doc.where(base)[0])
    return problems


def crosscheck(book: Rulebook, standards: list[tuple[StandardDef, LoadedDocument, Path]],
               articles: list[tuple[ArticleDef, LoadedDocument, Path]],
               facts: list[tuple[FactDef, LoadedDocument, int]]) -> list[Problem]:
    """Checks across files once everything is linked: provinces, alternatives, group answers and aliases."""
    problems = _provinces(book, standards, articles)
    problems += _alternatives(book, articles)
    problems += _groups_and_aliases(book, facts)
    return problems


def _province_values(book: Rulebook) -> tuple[str, ...] | None:
    fact = book.facts.get(PROVINCE_FACT)
    return fact.values if fact is not None else None


def _provinces(book: Rulebook, standards: list[tuple[StandardDef, LoadedDocument, Path]],
               articles: list[tuple[ArticleDef, LoadedDocument, Path]]) -> list[Problem]:
    known = _province_values(book)
    declared: list[tuple[list[str], LoadedDocument, Path_]] = [
        (std.provinces, doc, ("provinces",)) for std, doc, _ in standards if std.provinces]
    for article, doc, _ in articles:
        if article.provinces:
            declared.append((article.provinces, doc, ("provinces",)))
        declared += [(c.provinces, doc, ("criteria", i, "provinces")) for i, c in enumerate(article.criteria)
                     if c.provinces]
    problems = []
    for provinces, doc, path in declared:
        if known is None:
            problems.append(Problem(doc.file, *doc.where(path), "unknown_fact",
                                    f"provinces 需要事实 '{PROVINCE_FACT}'（省份取值），规则中没有定义",
                                    f"在 _facts/ 中定义 {PROVINCE_FACT}（enum，列出省级行政区）"))
            continue
        for j, name in enumerate(provinces):
            if name not in known:
                problems.append(Problem(doc.file, *doc.where((*path, j)), "unknown_province",
                                        f"未知的省份 '{name}'", did_you_mean(name, list(known),
                                                                          f"可选：{'、'.join(known)}")))
    return problems


def _negated(node: Condition, negated: bool, book: Rulebook, seen: set[str]) -> Iterator[Condition]:
    """Nodes that are `alternatives` under an odd number of `not` (through criterion references too)."""
    if isinstance(node, Alternatives) and negated:
        yield node
    if isinstance(node, NotOf):
        yield from _negated(node.not_, not negated, book, seen)
    elif isinstance(node, CriterionRef):
        target = book.criteria.get(node.criterion)
        if negated and target is not None and node.criterion not in seen:
            seen.add(node.criterion)
            for layer, _ in target.applicability():
                yield from _negated(layer, True, book, seen)
            yield from _negated(target.definition.when, True, book, seen)
    else:
        for child in getattr(node, "all", None) or getattr(node, "any", None) or getattr(node, "alternatives", None) \
                or getattr(node, "of", None) or []:
            yield from _negated(child, negated, book, seen)


def _alternatives(book: Rulebook, articles: list[tuple[ArticleDef, LoadedDocument, Path]]) -> list[Problem]:
    """`alternatives` is never negated: a rule engine cannot tell an unanswered way from a false one."""
    problems = []
    for article, doc, _ in articles:
        for i, crit in enumerate(article.criteria):
            if next(_negated(crit.when, False, book, set()), None) is not None:
                problems.append(Problem(doc.file, *doc.where(("criteria", i, "when")), "misplaced_alternatives",
                                        f"判定项 '{crit.id}' 在 not 之下使用了 alternatives（含经 criterion 引用）",
                                        "把否定写进每一种回答方式：alternatives: [{not: A}, {not: B}]"))
    return problems


def _groups_and_aliases(book: Rulebook, entries: list[tuple[FactDef, LoadedDocument, int]]) -> list[Problem]:
    problems: list[Problem] = []
    for fact, doc, index in entries:
        base: Path_ = ("facts", index)
        for j, member in enumerate(fact.expands_to):
            target = book.facts.get(member)
            line, col = doc.where((*base, "expands_to", j))
            if target is None:
                problems.append(Problem(doc.file, line, col, "unknown_fact", f"expands_to 中的未知事实 '{member}'",
                                        did_you_mean(member, list(book.facts))))
            elif (target.type, target.values) != (fact.type, fact.values) or target.expands_to:
                problems.append(Problem(doc.file, line, col, "type_mismatch",
                                        f"分组回答 '{fact.code}' 与 '{member}' 的类型或取值不同（或后者本身是分组）",
                                        "分组回答只展开为类型和取值完全相同的单项事实"))
        for j, old in enumerate(fact.replaces):
            line, col = doc.where((*base, "replaces", j))
            if old in book.facts or old in book.aliases:
                problems.append(Problem(doc.file, line, col, "duplicate_id", f"旧代码 '{old}' 已被使用",
                                        "旧代码只能对应一个新事实，且不能与现有事实代码相同"))
                continue
            book.aliases[old] = fact.code
    return problems


def link_known(book: Rulebook, entries: list[tuple[KnownStandardsFile, LoadedDocument]]) -> list[Problem]:
    """Known national standards not encoded: ids unique, families not encoded here, scope on profile facts."""
    from engine.link import _check_condition

    problems: list[Problem] = []
    encoded = {std.family for std in book.standards.values()}
    for file, doc in entries:
        if file.note:
            book.known_notes.append(file.note)
        for i, known in enumerate(file.known_standards):
            base: Path_ = ("known_standards", i)
            if known.id in book.known or known.id in book.standards:
                problems.append(Problem(doc.file, *doc.where((*base, "id")), "duplicate_id",
                                        f"标准 id '{known.id}' 重复", "每个已知标准一个唯一 id"))
                continue
            if known.family in encoded:
                problems.append(Problem(doc.file, *doc.where((*base, "family")), "duplicate_id",
                                        f"标准族 '{known.family}' 已编码，不能再列为未编码",
                                        "删除该条，或改用未编码标准自己的 family"))
            if known.applies_when is not None:
                problems += _check_condition(known.applies_when, (*base, "applies_when"), doc, book.facts, set(), True)
            book.known[known.id] = known
    return problems
