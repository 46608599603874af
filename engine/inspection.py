"""Validate an inspection (date, context, facts) against the fact catalog; bad input never half-applies."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from engine import clock
from engine.answers import Deprecation, current_code, deprecation, expand_group_answers
from engine.errors import Problem, ProblemsError
from engine.identity import province_of, region_problem, uscc_problem
from engine.labels import BOOL_WORDS
from engine.loader import LoadedDocument, load_text
from engine.messages import pydantic_message, shown
from engine.models import FactDef, FactType
from engine.rulebook import Rulebook, did_you_mean
from engine.validators import (
    CONTEXT_PREFIX,
    DERIVED_PREFIX,
    FROM_INSPECTION_BLOCK,
    MAX_MAGNITUDE,
    Catalog,
    Invalid,
    catalog,
)

__all__ = ["CONTEXT_PREFIX", "DERIVED_PREFIX", "FROM_INSPECTION_BLOCK", "MAX_MAGNITUDE", "DateWindow", "Enterprise",
           "Inspection", "InspectionInfo", "InspectionInput", "coerce_fact", "parse_inspection", "validate_inspection"]

_UNIT_FACTORS = {("MPa", "kPa"): 1000.0, ("kPa", "MPa"): 0.001, ("mm", "m"): 0.001, ("m", "mm"): 1000.0,
                 ("kg", "t"): 0.001, ("t", "kg"): 1000.0}


class Enterprise(BaseModel):
    """Who was inspected (the register keys enterprises by `uscc`)."""

    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=200)
    uscc: str | None = Field(default=None, description="统一社会信用代码（GB 32100，18 位，含校验位）")
    region_code: str | None = Field(default=None, description="行政区划代码（GB/T 2260：6 位县级，9 或 12 位乡镇/村）")
    region: str | None = Field(default=None, max_length=200, description="所在地区名称，如 山东省菏泽市定陶区")
    address: str | None = Field(default=None, max_length=500)
    industries: list[str] | None = Field(default=None, description="所属行业（标准族 id，见 hazard standards）")
    principal: str | None = Field(default=None, max_length=100, description="主要负责人")
    actual_controller: str | None = Field(default=None, max_length=100, description="实际控制人")

    @field_validator("uscc")
    @classmethod
    def _uscc(cls, value: str | None) -> str | None:
        problem = uscc_problem(value) if value is not None else None
        if problem:
            raise ValueError(problem)
        return value

    @field_validator("region_code")
    @classmethod
    def _region(cls, value: str | None) -> str | None:
        problem = region_problem(value) if value is not None else None
        if problem:
            raise ValueError(problem)
        return value


class InspectionInfo(BaseModel):
    """When, by whom, through which channel."""

    model_config = ConfigDict(extra="forbid")
    date: dt.date
    id: str | None = Field(default=None, max_length=100, description="检查编号（由提交方给定，可用于查询）")
    document_number: str | None = Field(default=None, max_length=100, description="文书编号，如 （鲁菏）应急检〔2025〕12号")
    enterprise: Enterprise | None = None
    inspectors: list[str] = Field(default_factory=list, description="检查人员")
    organ: str | None = Field(default=None, max_length=200, description="检查机关（发现隐患的单位），如 菏泽市应急管理局")
    channel: Literal["企业自查", "监督检查", "执法检查", "举报核查", "专家/第三方服务"] | None = None
    level: Literal["区县", "市", "省", "国家"] | None = None
    province: str = Field(default="山东", description="企业所在省级行政区（决定地方性法规的后续措施），缺省为山东")
    scope: list[str] | None = Field(default=None, min_length=1,
                                    description="本次检查涵盖的标准族（family id 列表，至少一个）；缺省为全部")

    @model_validator(mode="after")
    def _province_from_region(self) -> InspectionInfo:
        """The province follows the enterprise's 行政区划代码 unless given; given and different is an error."""
        code = self.enterprise.region_code if self.enterprise else None
        if code is None:
            return self
        province = province_of(code)
        if "province" not in self.model_fields_set and province is not None:
            self.province = province
        elif province is not None and province != self.province:
            raise ValueError(f"province 为 {self.province}，但行政区划代码 {code} 属于{province}")
        return self

    @field_validator("date", mode="before")
    @classmethod
    def _date_as_text(cls, value: Any) -> Any:
        if isinstance(value, dt.date) or (isinstance(value, str) and len(value) == 10):
            return value
        raise ValueError(f"检查日期应写成 YYYY-MM-DD，收到 {shown(value)}")


class InspectionInput(BaseModel):
    """The document as submitted: `inspection` block plus `facts` (fact code → value)."""

    model_config = ConfigDict(extra="forbid")
    inspection: InspectionInfo
    context: dict[str, Any] = Field(default_factory=dict, description="检查背景与历史（context.* 事实，不含前缀）")
    facts: dict[str, Any] = Field(default_factory=dict)


class Inspection(BaseModel):
    """A validated inspection: facts coerced to catalog types, units normalised; context as `context.*` facts."""

    model_config = ConfigDict(extra="forbid")
    info: InspectionInfo
    facts: dict[str, Any]
    context: dict[str, Any] = Field(default_factory=dict)
    deprecations: list[Deprecation] = Field(default_factory=list)  # old fact codes used (accepted, said so)




_ENTERPRISE_KEYS = list(Enterprise.model_fields)
_INSPECTION_KEYS = list(InspectionInfo.model_fields)


def _known_keys_hint(path: tuple[Any, ...]) -> str:
    """Did-you-mean for an unknown key, from the keys allowed where it stands."""
    key = str(path[-1])
    if path[:2] == ("inspection", "enterprise"):
        return did_you_mean(key, _ENTERPRISE_KEYS, f"enterprise 可用的键：{'、'.join(_ENTERPRISE_KEYS)}")
    if path[:1] == ("inspection",):
        return did_you_mean(key, _INSPECTION_KEYS, f"inspection 可用的键：{'、'.join(_INSPECTION_KEYS)}")
    return did_you_mean(key, ["inspection", "context", "facts"], "顶层可用的键：inspection、context 和 facts")


def _problem(file: str, doc: LoadedDocument | None, path: tuple[Any, ...], code: str, message: str,
             suggestion: str) -> Problem:
    line, col = doc.where(path) if doc else (1, 1)
    where = ".".join(str(p) for p in path)
    return Problem(file, line, col, code, f"{where}：{message}" if where else message, suggestion)


def coerce_fact(fact: FactDef, raw: Any) -> tuple[Any, str | None, str]:
    """Coerce one answer to the fact's type; returns (value, error message or None, suggestion)."""
    kind = fact.type
    if kind is FactType.bool:
        if isinstance(raw, bool):
            return raw, None, ""
        if isinstance(raw, str) and raw.strip() in BOOL_WORDS:
            return BOOL_WORDS[raw.strip()], None, ""
        return (None, f"应为 是/否（或 true/false），收到 {shown(raw)}",
                "填写 是 或 否（YAML、JSON 中也可写不加引号的 true 或 false）")
    if kind in (FactType.integer, FactType.number):
        return _coerce_number(fact, raw)
    if kind in (FactType.enum, FactType.device):
        if isinstance(raw, str) and raw in fact.values:
            return raw, None, ""
        return None, f"取值 {shown(raw)} 不在允许范围内", f"可选值：{'、'.join(fact.values)}"
    if kind is FactType.list:
        items = raw if isinstance(raw, list) else None
        if items is None:
            return None, f"应为列表，收到 {shown(raw)}", f"例如 [{fact.values[0]}]；没有则填 []"
        bad = [i for i in items if i not in fact.values]
        if bad:
            return None, f"取值 {shown(bad[0])} 不在允许范围内", f"可选值：{'、'.join(fact.values)}"
        return sorted(set(items), key=fact.values.index), None, ""
    try:
        return dt.date.fromisoformat(str(raw)).isoformat(), None, ""
    except ValueError:
        return None, f"应为日期，收到 {shown(raw)}", "按 YYYY-MM-DD 填写"


def _out_of_range(value: int | float) -> bool:
    """NaN, ±Infinity (JSON parsers and YAML accept them) or beyond any real measure: the rule engine cannot compare."""
    return value != value or abs(value) > MAX_MAGNITUDE


def _coerce_number(fact: FactDef, raw: Any) -> tuple[Any, str | None, str]:
    unit = fact.unit.value if fact.unit else None
    value, factor = raw, None
    if isinstance(raw, dict):
        given = raw.get("unit")
        value = raw.get("value")
        if set(raw) - {"value", "unit"} or value is None:
            return None, "数值应写成数字，或 {value: 数字, unit: 单位}", f"例如 {{value: 30, unit: {unit}}}"
        if given != unit:
            factor = _UNIT_FACTORS.get((str(given), str(unit)))
            if factor is None or isinstance(value, bool) or not isinstance(value, int | float):
                said = f"单位应为 {unit}，收到 {shown(given)}" if given is not None else f"缺少单位 unit（应为 {unit}）"
                return None, said, f"换算为 {unit} 后填写"
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None, f"应为数字（单位 {unit or '无'}），收到 {shown(raw)}", "填写数字，不加引号"
    converted = value if factor is None else value * factor
    if _out_of_range(value) or _out_of_range(converted):  # as given, and in the catalog's unit
        return None, f"数值超出范围，收到 {shown(value)}", f"填写有限的数值，绝对值不超过 {MAX_MAGNITUDE:.0e}"
    value = converted
    if value < 0 and not fact.signed:
        return None, f"不能为负数，收到 {shown(value)}", "填写实测或核定的数值（不小于 0）"
    if fact.type is FactType.integer:
        if float(value) != int(value):
            return None, f"应为整数，收到 {shown(value)}", "填写整数"
        return int(value), None, ""
    return float(value), None, ""


MAX_PROBLEMS = 100  # reported in full; beyond it only counted, so rejecting a huge bad input stays cheap
UNKNOWN_FACT_HINT = "核对事实代码的拼写：hazard checklist 列出各问题及其代码（规则编写者：新事实先在 rules/_facts/ 中定义）"


@dataclass(frozen=True)
class DateWindow:
    """The inspection dates accepted: a date outside is a typo far more often than a real inspection."""

    earliest: dt.date = dt.date(2000, 1, 1)
    days_ahead: int = 366

    def latest(self) -> dt.date:
        """The last date accepted (today + days_ahead)."""
        return clock.today() + dt.timedelta(days=self.days_ahead)

    def outside(self, date: dt.date) -> str | None:
        """Why a date is not accepted (it lies outside the window), or None."""
        latest = self.latest()
        return None if self.earliest <= date <= latest else f"检查日期 {date} 不在 {self.earliest} 至 {latest} 之间"

    @classmethod
    def from_env(cls) -> DateWindow:
        """`HAZARD_EARLIEST_DATE` (YYYY-MM-DD) and `HAZARD_DAYS_AHEAD` override the defaults (clock.SettingError)."""
        earliest, ahead = clock.date_window_settings()
        return cls(earliest or cls.earliest, cls.days_ahead if ahead is None else ahead)


class _Collector:
    """Problems of one document, located; after MAX_PROBLEMS only counted (no suggestion is computed)."""

    def __init__(self, file: str, doc: LoadedDocument | None):
        self.file, self.doc = file, doc
        self.problems: list[Problem] = []
        self.more = 0

    def add(self, path: tuple[Any, ...], code: str, message: str, suggestion: str | Callable[[], str]) -> None:
        if len(self.problems) >= MAX_PROBLEMS:
            self.more += 1
            return
        hint = suggestion() if callable(suggestion) else suggestion
        self.problems.append(_problem(self.file, self.doc, path, code, message, hint))

    def raise_if_any(self) -> None:
        if not self.problems:
            return
        found = sorted(self.problems)
        if self.more:  # said last, after the problems listed
            found.append(Problem(self.file, 1, 1, "too_many_problems", f"另有 {self.more} 个问题未列出",
                                 "先改正以上问题再提交"))
        raise ProblemsError(found, sort=False)


def parse_inspection(text: str, file: str, book: Rulebook, window: DateWindow | None = None) -> Inspection:
    """Parse and validate an inspection document; raise ProblemsError with every problem found."""
    doc, problems = load_text(text, file)
    if problems:
        raise ProblemsError(problems)
    return validate_inspection(doc.data, book, file, doc, window)


def validate_inspection(data: Any, book: Rulebook, file: str = "<request>", doc: LoadedDocument | None = None,
                        window: DateWindow | None = None) -> Inspection:
    """Validate an already parsed inspection; all problems at once (the first MAX_PROBLEMS), none half-applied."""
    found = _Collector(file, doc)
    try:
        submitted = InspectionInput.model_validate(data)
    except ValidationError as error:
        for item in error.errors():
            _add_validation_error(found, item)
        found.raise_if_any()
        raise  # unreachable: a ValidationError has at least one item
    _check_date(found, submitted.inspection.date, window or DateWindow())
    _check_families(found, submitted, book)
    facts_of = catalog(book, coerce_fact)
    context = _validate_context(submitted, book, facts_of, found)
    facts, renamed = _validate_facts(submitted, book, facts_of, found)
    found.raise_if_any()
    return Inspection(info=submitted.inspection, facts=facts, context=context, deprecations=renamed)


def _add_validation_error(found: _Collector, item: Any) -> None:
    path = tuple(item["loc"])
    kind = item["type"]
    if kind == "missing":
        found.add(path, kind, "缺少必填项", "例如 inspection: {date: \"2025-06-01\"}")
    elif kind == "extra_forbidden":
        found.add(path, "unknown_key", "未知的键", lambda: _known_keys_hint(path))
    elif path == ("inspection", "scope"):
        found.add(path, "empty_scope", "scope 不能为空列表（空列表会使任何标准都不被判定）",
                  "删去 scope 表示判定全部标准族，或至少列出一个，例如 scope: [<标准族 id>]（见 hazard standards）")
    else:
        found.add(path, "invalid_value" if kind == "value_error" else kind, pydantic_message(item),
                  "按 examples/ 中的示例修改")


IMPLAUSIBLE_DATE_HINT = "核对年份；确需判定更早或更晚的日期时，设置环境变量 HAZARD_EARLIEST_DATE / HAZARD_DAYS_AHEAD"


def _check_date(found: _Collector, date: dt.date, window: DateWindow) -> None:
    outside = window.outside(date)
    if outside:
        found.add(("inspection", "date"), "implausible_date", outside, IMPLAUSIBLE_DATE_HINT)


def _check_families(found: _Collector, submitted: InspectionInput, book: Rulebook) -> None:
    families = sorted({std.family for std in book.standards.values()})
    for index, family in enumerate(submitted.inspection.scope or []):
        if family not in families:
            found.add(("inspection", "scope", index), "unknown_standard", f"未知的标准族 '{family}'",
                      f"可选：{'、'.join(families)}")
    enterprise = submitted.inspection.enterprise
    industries = set(families) | {known.family for known in book.known.values()}  # known, not encoded: said so
    for index, family in enumerate((enterprise.industries or []) if enterprise else []):
        if family not in industries:
            found.add(("inspection", "enterprise", "industries", index), "unknown_standard",
                      f"未知的行业（标准族）'{family}'", f"可选：{'、'.join(sorted(industries))}")


def _validate_facts(submitted: InspectionInput, book: Rulebook, facts_of: Catalog, found: _Collector) -> tuple[
        dict[str, Any], list[Deprecation]]:
    """The facts coerced to their types (old codes mapped, with a deprecation each), group answers expanded."""
    facts: dict[str, Any] = {}
    renamed: list[Deprecation] = []
    checks = facts_of.checks
    for given, raw in submitted.facts.items():
        check = checks.get(given)
        if check is not None:  # a current fact code: its own validator
            if raw is not None:  # None: explicitly unanswered, stays unknown
                value = check(raw)
                if type(value) is Invalid:
                    found.add(("facts", given), "invalid_fact_value", value.message, value.suggestion)
                else:
                    facts[given] = value
            continue
        code, path = current_code(book, given), ("facts", given)
        if code != given:  # an old code: accepted for one release, and said so
            renamed.append(deprecation(given, code))
            if code in submitted.facts:
                found.add(path, "duplicate_fact", f"'{given}' 是 '{code}' 的旧代码，两者都填了", f"只保留新代码 '{code}'")
                continue
        fact = book.facts.get(code)
        if code.startswith((CONTEXT_PREFIX, DERIVED_PREFIX)):
            where = "由引擎根据判定结果得出，不能填写" if code.startswith(DERIVED_PREFIX) else "属于检查背景"
            found.add(path, "misplaced_fact", f"'{code}' {where}",
                      f"写在 context 块中：context: {{{code.removeprefix(CONTEXT_PREFIX)}: …}}"
                      if code.startswith(CONTEXT_PREFIX) else "删除该项")
            continue
        if fact is None:
            found.add(path, "unknown_fact", "未知的事实代码",
                      partial(did_you_mean, code, list(book.facts), UNKNOWN_FACT_HINT))
            continue
        if raw is None:
            continue  # explicitly unanswered: stays unknown
        value, error_message, suggestion = coerce_fact(fact, raw)
        if error_message:
            found.add(path, "invalid_fact_value", error_message, suggestion)
        else:
            facts[code] = value
    return (facts if facts_of.groups.isdisjoint(facts) else expand_group_answers(book, facts)), renamed


def _validate_context(submitted: InspectionInput, book: Rulebook, facts_of: Catalog, found: _Collector) -> dict[
        str, Any]:
    """`inspection.channel/level/province` and the `context` block as `context.*` facts; absent = unknown."""
    info = submitted.inspection
    context: dict[str, Any] = {}
    for key in FROM_INSPECTION_BLOCK:
        fact, value = book.facts.get(CONTEXT_PREFIX + key), getattr(info, key)
        if fact is None or value is None:
            continue
        checked, message, suggestion = coerce_fact(fact, value)
        if message:
            found.add(("inspection", key), "invalid_value", message, suggestion)
        else:
            context[fact.code] = checked
    known = facts_of.context_keys
    for key, raw in submitted.context.items():
        path = ("context", key)
        if key in FROM_INSPECTION_BLOCK:
            found.add(path, "misplaced_fact", f"'{key}' 写在 inspection 块中", f"inspection: {{{key}: …}}")
            continue
        if key not in known:
            found.add(path, "unknown_fact", "未知的检查背景项",
                      partial(did_you_mean, key, list(known), f"可用：{'、'.join(known)}"))
            continue
        if raw is None:
            continue
        value, message, suggestion = coerce_fact(book.facts[CONTEXT_PREFIX + key], raw)
        if message:
            found.add(path, "invalid_fact_value", message, suggestion)
        else:
            context[CONTEXT_PREFIX + key] = value
    return context
