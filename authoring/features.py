"""Lint feature files against the step library and the rulebook (`hazard lint features`).

Each step must match a pattern of `authoring.registry` of its own type; what it quotes must exist (criteria, facts,
actions, status labels, dates); its facts table must name known facts with values of their type. Problems are
`file:line:col: code: message — suggestion`, in Chinese, like the rule linter's.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import parse
import yaml
from gherkin.errors import CompositeParserException, ParserError
from gherkin.parser import Parser
from gherkin.token_scanner import TokenScanner

from authoring import registry
from authoring.registry import STEPS, StepPattern, StepType, table_value
from engine import clock
from engine.assess import STATUS_LABELS
from engine.errors import Problem
from engine.inspection import CONTEXT_PREFIX, DERIVED_PREFIX, coerce_fact
from engine.loader import unreadable
from engine.rulebook import Rulebook, did_you_mean

_TYPES: dict[str, StepType] = {"Context": "given", "Action": "when", "Outcome": "then"}
_COMPILED = [(pattern, parse.compile(pattern.text)) for pattern in STEPS]
_QUOTED = re.compile(r'"[^"]*"')
_TYPE_WORDS = {"given": "假如（前提）", "when": "当（动作）", "then": "那么（结果）"}


def feature_files(path: Path) -> list[Path]:
    """The feature files of a path: the file itself, or every `*.feature` below a folder."""
    if path.is_file():
        return [path] if path.suffix == ".feature" else []
    return sorted(path.rglob("*.feature")) if path.is_dir() else []


def lint_features(path: Path, book: Rulebook, display_root: Path | None = None) -> list[Problem]:
    """Every problem of the feature files under a path, sorted by location."""
    files = feature_files(path)
    if not files:
        return [Problem(str(path), 1, 1, "no_features", "没有找到 .feature 文件",
                        "给出 features/ 文件夹或某个 .feature 文件")]
    problems: list[Problem] = []
    for file in files:
        name = _display(file, display_root)
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            problems.append(unreadable(name, error))
            continue
        problems += lint_feature_text(text, name, book) + _edition_problems(file, name, book)
    return sorted(problems)


def _edition_problems(file: Path, name: str, book: Rulebook) -> list[Problem]:
    """A file under `features/<folder>/` whose folder names no edition (nor `actions`) mirrors no rules."""
    folder = file.resolve().parent
    if folder.parent.name != "features" or folder.name in book.standards or folder.name == "actions":
        return []
    known = [*sorted(book.standards), "actions"]
    return [Problem(name, 1, 1, "unknown_edition", f"features/{folder.name}/ 不是任何标准版本的文件夹",
                    did_you_mean(folder.name, known, "文件夹名应为标准版本 id（见 hazard standards）"))]


def _display(path: Path, root: Path | None) -> str:
    base = (root or Path.cwd()).resolve()
    try:
        return str(path.resolve().relative_to(base))
    except ValueError:
        return str(path)


def lint_feature_text(text: str, file: str, book: Rulebook) -> list[Problem]:
    """The problems of one feature file's text."""
    try:
        document = Parser().parse(TokenScanner(text))
    except CompositeParserException as error:
        return [_syntax_problem(file, item) for item in error.errors]
    except ParserError as error:
        return [_syntax_problem(file, error)]
    feature = document.get("feature")
    if not feature:
        return [Problem(file, 1, 1, "empty_feature", "文件中没有 功能（Feature）", "以 # language: zh-CN 和 功能: … 开头")]
    checker = _FileChecker(file, text.splitlines(), book)
    for scenario in _scenarios(cast(dict[str, Any], feature)):
        checker.scenario(scenario)
    return sorted(set(checker.problems))


_GOT = re.compile(r"got '(.*)'$")


def _syntax_problem(file: str, error: Any) -> Problem:
    location = getattr(error, "location", None) or {}
    got = _GOT.search(str(error))
    message = f"此处不能出现“{got.group(1).strip()}”" if got else "无法解析"
    return Problem(file, int(location.get("line") or 1), int(location.get("column") or 1), "gherkin_syntax",
                   f"Gherkin 语法错误：{message}（应为步骤、表格、场景、例子或注释）",
                   "检查缩进和关键字（功能/场景/场景大纲/例子/假如/而且/当/那么）；表格每行以 | 开头和结尾")


def _scenarios(feature: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for child in feature.get("children", []):
        if "scenario" in child:
            yield child["scenario"]
        elif "rule" in child:
            yield from _scenarios(child["rule"])


@dataclass
class _FileChecker:
    """Checks the steps of one file's scenarios, collecting problems."""

    file: str
    lines: list[str]
    book: Rulebook
    problems: list[Problem] = field(default_factory=list)

    def add(self, line: int, col: int, code: str, message: str, suggestion: str) -> None:
        self.problems.append(Problem(self.file, line, col, code, message, suggestion))

    def scenario(self, scenario: dict[str, Any]) -> None:
        """Lint a scenario once per row of its examples (placeholders filled in), or once."""
        rows = [row for examples in scenario.get("examples", []) for row in _example_rows(examples)] or [{}]
        for values in rows:
            self.steps(scenario.get("steps", []), values)

    def steps(self, steps: list[dict[str, Any]], values: dict[str, str]) -> None:
        current: StepType = "given"
        assessed = False
        for step in steps:
            current = _TYPES.get(step.get("keywordType", ""), current)
            text = _fill(step["text"], values)
            line, col = step["location"]["line"], step["location"]["column"] + len(step["keyword"])
            pattern, arguments = _match(current, text)
            if pattern is None:
                self.unmatched(current, text, line, col)
                continue
            if current == "then" and not assessed:
                self.add(line, col, "missing_assess", "结果步骤之前没有“当进行判定”", "在 那么 之前加一行：当进行判定")
            assessed = assessed or pattern is registry.ASSESS_STEP
            for name, value in arguments.items():
                self.argument(name, value, line, col)
            self.term_of_standard(arguments, line, col)
            if pattern.table is not None:
                self.table(pattern, step, values, line, col)

    def unmatched(self, current: StepType, text: str, line: int, col: int) -> None:
        other = [p for p in STEPS if p.type != current and _parse(p, text) is not None]
        if other:
            self.add(line, col, "wrong_step_type", f"步骤“{text}”应写在{_TYPE_WORDS[other[0].type]}之下",
                     f"把关键字改为 {_TYPE_WORDS[other[0].type]}")
            return
        self.add(line, col, "unknown_step", f"步骤库中没有“{text}”", _closest_step(current, text))

    def argument(self, name: str, value: str, line: int, step_col: int) -> None:
        col = self.column_of(line, f'"{value}"', step_col) + 1
        found = _check_argument(self.book, name, value)
        if found is not None:
            self.add(line, col, *found)

    def term_of_standard(self, arguments: dict[str, str], line: int, step_col: int) -> None:
        """A hazard word ("重大隐患" …) reads only for criteria of the standard that uses it (as the step library does)."""
        criterion, label = arguments.get(registry.CRITERION), arguments.get(registry.LABEL)
        if criterion not in self.book.criteria or label is None or label in STATUS_LABELS.values():
            return
        term = self.book.criteria[criterion].standard.hazard_term
        others = {s.hazard_term for s in self.book.standards.values()}
        if label in others and label != term:
            self.add(line, self.column_of(line, f'"{label}"', step_col) + 1, "unknown_label",
                     f"'{label}' 不是 {criterion} 所属标准的用语", f"该标准写作 '{term}'" + (
                         f"，或写 '{STATUS_LABELS['hazard']}'" if term != STATUS_LABELS["hazard"] else ""))

    def column_of(self, line: int, needle: str, default: int) -> int:
        source = self.lines[line - 1] if 0 < line <= len(self.lines) else ""
        at = source.find(needle)
        return at + 1 if at >= 0 else default

    def table(self, pattern: StepPattern, step: dict[str, Any], values: dict[str, str], line: int, col: int) -> None:
        table = step.get("dataTable")
        header = " | ".join(pattern.table or ())
        if not table or not table.get("rows"):
            self.add(line, col, "missing_table", f"“{step['text']}”后面应有表格", f"下一行起写表格：| {header} |")
            return
        head, *rows = table["rows"]
        cells = tuple(cell["value"] for cell in head["cells"][:2])
        if cells != pattern.table:
            where = head["cells"][0]["location"]
            self.add(where["line"], where["column"], "invalid_table",
                     f"表头应为 | {header} |，实际为 | {' | '.join(cells)} |", f"第一行写 | {header} |")
            return
        for row in rows:
            if len(row["cells"]) < 2:
                where = row["location"]
                self.add(where["line"], where["column"], "invalid_table", "表格行应有两列", f"| {header} |")
                continue
            key_cell, value_cell = row["cells"][:2]
            key, raw = _fill(key_cell["value"], values).strip(), _fill(value_cell["value"], values)
            check = self.fact_row if pattern is registry.FACTS_STEP else self.context_row
            check(key, raw, key_cell["location"], value_cell["location"])

    def fact_row(self, code: str, raw: str, key_at: dict[str, int], value_at: dict[str, int]) -> None:
        if code.startswith((CONTEXT_PREFIX, DERIVED_PREFIX)):
            self.add(key_at["line"], key_at["column"], "misplaced_fact", f"'{code}' 不是检查表事实",
                     "检查背景写在“检查背景如下:”表格中（不带 context. 前缀）；finding.* 由引擎得出")
            return
        fact = self.book.facts.get(code)
        if fact is None:
            self.add(key_at["line"], key_at["column"], "unknown_fact", f"未知事实 '{code}'",
                     did_you_mean(code, list(self.book.facts)))
            return
        self.value(code, fact, raw, value_at)

    def context_row(self, key: str, raw: str, key_at: dict[str, int], value_at: dict[str, int]) -> None:
        fact = self.book.facts.get(CONTEXT_PREFIX + key)
        if fact is None:
            known = [c.removeprefix(CONTEXT_PREFIX) for c in self.book.facts if c.startswith(CONTEXT_PREFIX)]
            self.add(key_at["line"], key_at["column"], "unknown_fact", f"未知的检查背景项 '{key}'",
                     did_you_mean(key, known, f"可用：{'、'.join(known)}"))
            return
        self.value(key, fact, raw, value_at)

    def value(self, code: str, fact: Any, raw: str, at: dict[str, int]) -> None:
        if not raw.strip():
            return  # an empty cell is an unanswered fact
        try:
            value = _cell_value(raw)
        except yaml.YAMLError:
            self.add(at["line"], at["column"], "invalid_fact_value", f"{code}：无法读取的值 {raw!r}",
                     "按 YAML 写值，如 true、10、[某行业]")
            return
        _, message, suggestion = coerce_fact(fact, value)
        if message:
            self.add(at["line"], at["column"], "invalid_fact_value", f"{code}：{message}", suggestion)


@functools.lru_cache(maxsize=4096)
def _cell_value(raw: str) -> Any:
    return table_value(raw)  # the same reading as the step library's; memoised: cells repeat across scenarios


def _example_rows(examples: dict[str, Any]) -> list[dict[str, str]]:
    header = [cell["value"] for cell in (examples.get("tableHeader") or {}).get("cells", [])]
    return [dict(zip(header, (cell["value"] for cell in row["cells"]), strict=False))
            for row in examples.get("tableBody", [])]


def _fill(text: str, values: dict[str, str]) -> str:
    for name, value in values.items():
        text = text.replace(f"<{name}>", value)
    return text


def _parse(pattern: StepPattern, text: str) -> dict[str, Any] | None:
    result = next(c for p, c in _COMPILED if p is pattern).parse(text)
    return dict(result.named) if isinstance(result, parse.Result) else None


def _match(current: StepType, text: str) -> tuple[StepPattern | None, dict[str, str]]:
    for pattern, compiled in _COMPILED:
        if pattern.type == current:
            result = compiled.parse(text)
            if isinstance(result, parse.Result):
                return pattern, {k: str(v) for k, v in result.named.items()}
    return None, {}


def _shape(text: str) -> str:
    return _QUOTED.sub('"…"', re.sub(r"\{[a-z]+\}", "…", text))


def _closest_step(current: StepType, text: str) -> str:
    candidates = {_shape(p.text): p for p in STEPS if p.type == current}
    close = difflib.get_close_matches(_shape(text), list(candidates), n=1, cutoff=0.4)
    if close:
        return f"是否应为“{candidates[close[0]].text}”？（步骤见 docs/rule-format.md）"
    return "可用的步骤见 docs/rule-format.md「场景的步骤」"


def _check_argument(book: Rulebook, name: str, value: str) -> tuple[str, str, str] | None:
    """(code, message, suggestion) when a quoted value does not exist in the rulebook, else None."""
    if name == registry.CRITERION and value not in book.criteria and value not in book.gaps:  # gaps: items not obtained
        known = sorted([*book.criteria, *book.gaps])
        return "unknown_criterion", f"未知判定项 '{value}'", did_you_mean(value, known, "检查判定项 id")
    if name == registry.FACT and value not in book.facts:
        return "unknown_fact", f"未知事实 '{value}'", did_you_mean(value, list(book.facts))
    actions = sorted({a for action in book.actions.values() for a in (action.id, action.definition.code)})
    if name == registry.ACTION and value not in actions:
        return "unknown_action", f"未知措施 '{value}'", did_you_mean(value, actions, "已知措施：" + "、".join(actions))
    if name == registry.TRIGGER and value not in {*actions, *book.criteria, *book.facts}:
        return "unknown_trigger", f"未知的触发 '{value}'", "触发写措施 id、判定项 id 或事实代码"
    if name == registry.LABEL:
        labels = list(dict.fromkeys([*STATUS_LABELS.values(), *sorted({s.hazard_term for s in book.standards.values()})]))
        if value not in labels:
            return "unknown_label", f"未知的判定 '{value}'", did_you_mean(value, labels, f"判定只能是 {'/'.join(labels)}")
    if name == registry.KIND and value not in registry.KIND_WORDS:
        return "unknown_label", f"未知的措施类型 '{value}'", "类型只能是 法定/政策"
    if name == registry.DATE and not _is_date(value):
        return "invalid_date", f"日期 '{value}' 不存在或格式不对", "按 YYYY-MM-DD 填写，例如 2025-06-01"
    return None


def _is_date(text: str) -> bool:
    return clock.iso_date(text) is not None
