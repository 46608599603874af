"""Link stage: facts exist, ids unique, types and units match, editions do not overlap, criteria cited, actions chain."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from engine.crosscheck import crosscheck, link_gaps, unseen_fact
from engine.errors import Problem
from engine.loader import LoadedDocument
from engine.models import (
    DEVICE_STATES,
    ActionFile,
    ActionRef,
    AllOf,
    Alternatives,
    AnyOf,
    ArticleDef,
    AtLeast,
    Condition,
    CriterionDef,
    CriterionRef,
    FactDef,
    FactRef,
    FactTest,
    FactType,
    NotOf,
    StandardDef,
)
from engine.rulebook import Action, Criterion, Rulebook, action_refs, criterion_refs, did_you_mean

Path_ = tuple[Any, ...]
NUMERIC = (FactType.integer, FactType.number)


def walk_with_paths(node: Condition, path: Path_) -> Iterator[tuple[Condition, Path_]]:
    """Yield every condition node with its data path inside the file."""
    yield node, path
    if isinstance(node, AllOf):
        for i, child in enumerate(node.all):
            yield from walk_with_paths(child, (*path, "all", i))
    elif isinstance(node, AnyOf):
        for i, child in enumerate(node.any):
            yield from walk_with_paths(child, (*path, "any", i))
    elif isinstance(node, Alternatives):
        for i, child in enumerate(node.alternatives):
            yield from walk_with_paths(child, (*path, "alternatives", i))
    elif isinstance(node, NotOf):
        yield from walk_with_paths(node.not_, (*path, "not"))
    elif isinstance(node, AtLeast):
        for i, child in enumerate(node.of):
            yield from walk_with_paths(child, (*path, "of", i))


def _value_ok(fact: FactDef, value: Any) -> bool:
    if fact.type is FactType.bool:
        return isinstance(value, bool)
    if fact.type in NUMERIC:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if fact.type in (FactType.enum, FactType.device, FactType.list):
        return isinstance(value, str) and value in fact.values
    return isinstance(value, str)


def _check_test(test: FactTest, facts: dict[str, FactDef], criteria: set[str]) -> list[tuple[str, str, str]]:
    """Problems of one fact test as (code, message, suggestion)."""
    fact = facts.get(test.fact)
    if fact is None:
        return [("unknown_fact", f"未知事实 '{test.fact}'", did_you_mean(test.fact, list(facts)))]
    op, operand = test.operator, test.operand
    found: list[tuple[str, str, str]] = []
    if test.unit is not None and test.unit != fact.unit:
        found.append(("unit_mismatch", f"'{fact.code}' 的单位是 {fact.unit or '无'}，规则写的是 {test.unit.value}",
                      f"把 unit 改为 {fact.unit or '（删除）'} 并换算阈值"))
    if isinstance(operand, FactRef):
        other = facts.get(operand.fact)
        if other is None:
            return [*found, ("unknown_fact", f"未知事实 '{operand.fact}'", did_you_mean(operand.fact, list(facts)))]
        if fact.type not in NUMERIC or other.type not in NUMERIC:
            found.append(("type_mismatch", f"事实之间的比较只用于数值：'{fact.code}' 与 '{other.code}'",
                          "两侧都应为 integer 或 number"))
        elif fact.unit != other.unit:
            found.append(("unit_mismatch", f"'{fact.code}'（{fact.unit}）与 '{other.code}'（{other.unit}）单位不同",
                          "比较前统一单位"))
        return found
    allowed_ops = {
        FactType.bool: {"eq", "ne"},
        FactType.integer: {"eq", "ne", "gt", "ge", "lt", "le", "in"},
        FactType.number: {"eq", "ne", "gt", "ge", "lt", "le"},
        FactType.enum: {"eq", "ne", "in"},
        FactType.device: {"effective", "eq", "ne", "in"},
        FactType.list: {"contains", "contains_any", "contains_all", "empty"},
        FactType.date: {"eq", "ne", "gt", "ge", "lt", "le"},
    }[fact.type]
    if op not in allowed_ops:
        return [*found, ("type_mismatch", f"'{fact.code}' 是 {fact.type.value} 类型，不能用运算符 '{op}'",
                         f"可用的运算符：{', '.join(sorted(allowed_ops))}")]
    values = operand if isinstance(operand, list) else [operand]
    if op not in ("empty", "effective"):
        bad = [v for v in values if not _value_ok(fact, v)]
        if bad:
            hint = f"可选值：{'、'.join(fact.values)}" if fact.values else f"应为 {fact.type.value} 类型的值"
            found.append(("type_mismatch", f"'{fact.code}'（{fact.type.value}）不能与 {bad[0]!r} 比较", hint))
    if fact.type is FactType.device and op in ("eq", "in") and "未设置" in values and "失效" not in values:
        found.append(("device_failure_ignored", f"'{fact.code}' 只判断了'未设置'，未把'失效'视同未设置",
                      "改用 `effective: false`（失效或者无效均判定为重大事故隐患）"))
    return found


def _check_condition(node: Condition, base: Path_, doc: LoadedDocument, facts: dict[str, FactDef],
                     criteria: set[str], profile_only: bool, actions: set[str] | None = None) -> list[Problem]:
    """Facts known and typed; references known.

    `actions` is given for action rules: they may refer to other actions, never to criteria; criteria may refer to
    criteria, never to actions.
    """
    problems = []
    for sub, path in walk_with_paths(node, base):
        line, col = doc.where(path)
        if isinstance(sub, FactTest):
            for code, message, suggestion in _check_test(sub, facts, criteria):
                problems.append(Problem(doc.file, line, col, code, message, suggestion))
            unseen = unseen_fact(sub.fact) if actions is None else None
            if unseen is not None:
                problems.append(Problem(doc.file, line, col, *unseen))
            fact = facts.get(sub.fact)
            if profile_only and fact is not None and not fact.profile:
                problems.append(Problem(doc.file, line, col, "applicability_not_profile",
                                        f"适用条件使用了非画像事实 '{sub.fact}'",
                                        "适用条件只用 profile: true 的事实，判定条件放在 when 中"))
        elif isinstance(sub, AtLeast) and sub.at_least > len(sub.of):
            problems.append(Problem(doc.file, line, col, "at_least_unreachable",
                                    f"at_least: {sub.at_least} 大于子条件个数 {len(sub.of)}，永远不可能成立",
                                    f"at_least 取 1 到 {len(sub.of)}，或补全 of 中的子条件"))
        elif isinstance(sub, CriterionRef) and actions is not None:
            problems.append(Problem(doc.file, line, col, "misplaced_criterion_ref",
                                    f"措施条件不能直接引用判定项 '{sub.criterion}'",
                                    "用 {fact: finding.major_hazard, eq: true} 等由判定结果得出的事实"))
        elif isinstance(sub, CriterionRef) and sub.criterion not in criteria:
            problems.append(Problem(doc.file, line, col, "unknown_criterion", f"未知判定项 '{sub.criterion}'",
                                    did_you_mean(sub.criterion, sorted(criteria))))
        elif isinstance(sub, ActionRef) and actions is None:
            problems.append(Problem(doc.file, line, col, "misplaced_action_ref",
                                    f"判定条件中不能引用后续措施 '{sub.action}'",
                                    "action 引用只用于 rules/actions/ 中措施的 when"))
        elif isinstance(sub, ActionRef) and actions is not None and sub.action not in actions:
            problems.append(Problem(doc.file, line, col, "unknown_action", f"未知措施 '{sub.action}'",
                                    did_you_mean(sub.action, sorted(actions), "已知措施：" + "、".join(sorted(actions)))))
    return problems


def _link_facts(entries: list[tuple[FactDef, LoadedDocument, int]]) -> tuple[dict[str, FactDef], list[Problem]]:
    facts: dict[str, FactDef] = {}
    problems = []
    for fact, doc, index in entries:
        if fact.code in facts:
            line, col = doc.where(("facts", index, "code"))
            problems.append(Problem(doc.file, line, col, "duplicate_id", f"事实 '{fact.code}' 重复定义",
                                    "同一观察只定义一次，各标准共用"))
            continue
        facts[fact.code] = fact
    return facts, problems


def _link_standards(entries: list[tuple[StandardDef, LoadedDocument, Path]]) -> tuple[
        dict[str, StandardDef], dict[Path, StandardDef], list[Problem]]:
    standards: dict[str, StandardDef] = {}
    by_folder: dict[Path, StandardDef] = {}
    problems = []
    for std, doc, path in entries:
        if std.id in standards:
            problems.append(Problem(doc.file, *doc.where(("id",)), "duplicate_id", f"标准版本 '{std.id}' 重复",
                                    "每个版本一个文件夹、一个唯一 id"))
            continue
        if std.effective_until and std.effective_until < std.starts:
            problems.append(Problem(doc.file, *doc.where(("effective_until",)), "invalid_dates",
                                    "effective_until 早于 effective_from", "检查施行和废止日期"))
        for other in standards.values():
            if other.family == std.family and _overlap(other, std):
                problems.append(Problem(doc.file, *doc.where(("effective_from",)), "overlapping_editions",
                                        f"'{std.id}' 与 '{other.id}' 的有效期重叠",
                                        "给旧版本写 effective_until（新版施行前一日）"))
        standards[std.id] = std
        by_folder[path.parent.resolve()] = std
    return standards, by_folder, problems


def _overlap(a: StandardDef, b: StandardDef) -> bool:
    a_end = a.effective_until or dt.date.max
    b_end = b.effective_until or dt.date.max
    return a.starts <= b_end and b.starts <= a_end


def link(fact_entries: list[tuple[FactDef, LoadedDocument, int]],
         standard_entries: list[tuple[StandardDef, LoadedDocument, Path]],
         article_entries: list[tuple[ArticleDef, LoadedDocument, Path]],
         action_entries: list[tuple[ActionFile, LoadedDocument]] | None = None) -> tuple[Rulebook, list[Problem]]:
    """Cross-file checks; returns the linked rulebook and all problems."""
    facts, problems = _link_facts(fact_entries)
    standards, by_folder, std_problems = _link_standards(standard_entries)
    problems += std_problems
    book = Rulebook(facts=facts, standards=standards)
    all_ids = {c.id for a, _, _ in article_entries for c in a.criteria}
    for std, doc, _ in standard_entries:
        if std.applies_when is not None:
            problems += _check_condition(std.applies_when, ("applies_when",), doc, facts, all_ids, True)
        families = {s.family for s in standards.values()}
        for i, notice in enumerate(std.notices):
            problems += _check_condition(notice.when, ("notices", i, "when"), doc, facts, all_ids, True)
            if notice.routes_to is not None and notice.routes_to not in families:
                problems.append(Problem(doc.file, *doc.where(("notices", i, "routes_to")), "unknown_standard",
                                        f"routes_to 指向未知的标准族 '{notice.routes_to}'",
                                        f"已知的标准族：{'、'.join(sorted(families))}；或删去 routes_to"))
    for article, doc, path in article_entries:
        problems += _link_article(book, article, doc, by_folder.get(path.parent.resolve()), facts, all_ids)
    problems += _criterion_cycles(book)
    problems += _link_actions(book, action_entries or [])
    problems += crosscheck(book, standard_entries, article_entries, fact_entries)
    return book, problems


def _criterion_cycles(book: Rulebook) -> list[Problem]:
    """A criterion that refers to itself, directly or through others, has no value: each cycle reported once."""
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    problems = []

    def visit(cid: str, path: list[str]) -> None:
        state[cid] = 1
        crit = book.criteria[cid]
        conditions = [crit.definition.when, *(cond for cond, _ in crit.applicability())]
        for ref in (r for cond in conditions for r in criterion_refs(cond)):
            if ref not in book.criteria:
                continue  # reported as unknown_criterion
            if state.get(ref) == 1:
                loop = " → ".join([*path[path.index(ref):], ref])
                problems.append(Problem(crit.file, crit.line, 1, "criterion_cycle", f"判定项循环引用：{loop}",
                                        "判定项之间的 criterion 引用必须无环；把共同的条件写成事实比较"))
            elif ref not in state:
                visit(ref, [*path, ref])
        state[cid] = 2

    for cid in book.criteria:
        if cid not in state:
            visit(cid, [cid])
    return problems


def _link_actions(book: Rulebook, entries: list[tuple[ActionFile, LoadedDocument]]) -> list[Problem]:
    """Action ids unique; facts known and typed; action references known, positive top-level conjuncts, acyclic."""
    problems: list[Problem] = []
    ids = {a.id for f, _ in entries for a in f.actions}
    for file, doc in entries:
        for i, action in enumerate(file.actions):
            base: Path_ = ("actions", i)
            if action.id in book.actions:
                problems.append(Problem(doc.file, *doc.where((*base, "id")), "duplicate_id",
                                        f"措施 id '{action.id}' 重复", "措施 id 唯一；变体写作 A4.<变体>"))
                continue
            problems += _check_condition(action.when, (*base, "when"), doc, book.facts, set(), False, ids)
            top = list(action.when.all) if isinstance(action.when, AllOf) else [action.when]
            nested = set(action_refs(action.when)) - {n.action for n in top if isinstance(n, ActionRef)}
            if nested:
                problems.append(Problem(doc.file, *doc.where((*base, "when")), "misplaced_action_ref",
                                        f"措施引用 {sorted(nested)} 必须是 when 的顶层合取项（all 的直接子项）",
                                        "需要“或”时，拆成同一 code 的两条措施（输出时合并）"))
            for j, other in enumerate(action.supersedes):
                if other == action.id:  # it would replace itself: the action never appears
                    problems.append(Problem(doc.file, *doc.where((*base, "supersedes", j)), "supersedes_itself",
                                            f"措施 '{action.id}' 的 supersedes 指向它自己，该措施将永不出现",
                                            "supersedes 写被本措施替代的通用措施 id，如 A4"))
                elif other not in ids:
                    problems.append(Problem(doc.file, *doc.where((*base, "supersedes", j)), "unknown_action",
                                            f"supersedes 指向未知措施 '{other}'",
                                            did_you_mean(other, sorted(ids), "已知措施：" + "、".join(sorted(ids)))))
            book.actions[action.id] = Action(action, file.group, doc.file, doc.where(base)[0])
    problems += _action_cycles(book)
    return problems


def _action_cycles(book: Rulebook) -> list[Problem]:
    state: dict[str, int] = {}  # 1 = on the path, 2 = done

    def visit(aid: str) -> str | None:
        state[aid] = 1
        for ref in action_refs(book.actions[aid].definition.when):
            if ref in book.actions and (state.get(ref) == 1 or (ref not in state and visit(ref))):
                return ref
        state[aid] = 2
        return None

    problems = []
    for aid, action in book.actions.items():
        if aid not in state and (loop := visit(aid)) is not None:
            problems.append(Problem(action.file, action.line, 1, "action_cycle", f"措施 '{aid}' 与 '{loop}' 循环引用",
                                    "措施之间的引用必须无环（前向链）"))
    return problems


def _link_article(book: Rulebook, article: ArticleDef, doc: LoadedDocument, std: StandardDef | None,
                  facts: dict[str, FactDef], all_ids: set[str]) -> list[Problem]:
    if std is None:
        return [Problem(doc.file, 1, 1, "orphan_criteria", "判定项文件所在文件夹没有 standard.yaml",
                        "把文件放进某个标准版本的文件夹（rules/<版本>/）")]
    problems = []
    if article.applies_when is not None:
        problems += _check_condition(article.applies_when, ("applies_when",), doc, facts, all_ids, True)
    for i, crit in enumerate(article.criteria):
        base: Path_ = ("criteria", i)
        line, col = doc.where(base)
        if crit.id in book.criteria:
            problems.append(Problem(doc.file, *doc.where((*base, "id")), "duplicate_id",
                                    f"判定项 id '{crit.id}' 重复", "id 一经发布不得复用，改用新的编号"))
            continue
        if not crit.id.startswith(std.id + "."):
            problems.append(Problem(doc.file, *doc.where((*base, "id")), "invalid_id",
                                    f"判定项 id '{crit.id}' 应以版本 id '{std.id}.' 开头",
                                    f"例如 {std.id}.12.2"))
        if not crit.item and crit.role == "criterion" and len(article.criteria) > 1:
            problems.append(Problem(doc.file, line, col, "missing_citation",
                                    f"判定项 '{crit.id}' 缺少项号 item（本条有 {len(article.criteria)} 项）",
                                    "写明项号，例如 item: （二）；只有一项的条可不写"))
        if std.applies_when is None and article.applies_when is None and crit.applies_when is None:
            problems.append(Problem(doc.file, line, col, "missing_applicability",
                                    f"判定项 '{crit.id}' 没有适用条件（标准、条或项的 applies_when）",
                                    "在条一级或项一级写 applies_when，例如 {fact: profile.<特征>, eq: true}"))
        if crit.applies_when is not None:
            problems += _check_condition(crit.applies_when, (*base, "applies_when"), doc, facts, all_ids, True)
        problems += _check_condition(crit.when, (*base, "when"), doc, facts, all_ids, False)
        problems += _check_readings(crit, base, doc, facts)
        book.criteria[crit.id] = Criterion(crit, std, article, doc.file, line)
    return problems + link_gaps(book, article, doc, std, all_ids)


def _check_readings(crit: CriterionDef, base: Path_, doc: LoadedDocument, facts: dict[str, FactDef]) -> list[Problem]:
    """A reading names a fact its criterion's condition reads, and answers that fact can have."""
    read = {node.fact for node, _ in walk_with_paths(crit.when, ()) if isinstance(node, FactTest)}
    problems = []
    for i, reading in enumerate(crit.readings):
        where = doc.where((*base, "readings", i))
        if reading.fact not in read:
            problems.append(Problem(doc.file, *where, "reading_fact_not_read",
                                    f"readings 中的事实 '{reading.fact}' 不在判定项 '{crit.id}' 的 when 中",
                                    "写 when 里用到的事实：解读只在它参与判定时才说明"))
            continue
        fact = facts.get(reading.fact)
        allowed = fact.values if fact is not None and fact.values else None
        wrong = [v for v in reading.values or [] if allowed is not None and v not in allowed]
        if wrong:
            problems.append(Problem(doc.file, *where, "reading_value_unknown",
                                    f"readings 中的取值 {wrong} 不是事实 '{reading.fact}' 的可选值",
                                    f"可选值：{'、'.join(map(str, allowed or ()))}"))
    return problems


__all__ = ["DEVICE_STATES", "link", "walk_with_paths"]
