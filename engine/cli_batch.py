"""`hazard assess` over several inspections: files, folders and standard input, a progress bar, a summary table."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from rich import box
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from engine.assess import Assessment, Engine
from engine.errors import EvaluationError, Problem, ProblemsError
from engine.inspection import DateWindow, Inspection, parse_inspection
from engine.loader import unreadable

INSPECTION_SUFFIXES = (".yaml", ".yml", ".json")
STDIN = "-"
FailOn = Literal["hazard", "incomplete"]
INPUT_ERROR, EVALUATION_ERROR, FAIL_ON_MET = 2, 4, 1


@dataclass(frozen=True)
class Source:
    """One inspection to assess: a file, or standard input (`path` None)."""

    name: str
    path: Path | None

    def read(self) -> str:
        """The text (UTF-8); raises OSError or UnicodeDecodeError."""
        return sys.stdin.read() if self.path is None else self.path.read_text(encoding="utf-8")


def expand(inputs: list[str]) -> tuple[list[Source], list[Problem]]:
    """Files as given, folders as their inspection files (not recursive, sorted), `-` as standard input."""
    sources: list[Source] = []
    problems: list[Problem] = []
    for given in inputs:
        path = Path(given)
        if given == STDIN:
            if any(s.path is None for s in sources):
                problems.append(Problem(given, 1, 1, "repeated_stdin", "标准输入（-）只能给一次", "删去多余的 -"))
            sources.append(Source("<stdin>", None))
        elif path.is_dir():
            files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix in INSPECTION_SUFFIXES)
            if not files:
                problems.append(Problem(given, 1, 1, "empty_folder", "文件夹中没有 .yaml、.yml 或 .json 检查文件",
                                        "给出检查文件或含有检查文件的文件夹"))
            sources += [Source(str(p), p) for p in files]
        elif path.is_file():
            sources.append(Source(given, path))
        else:
            problems.append(Problem(given, 1, 1, "missing_file", "文件或文件夹不存在", "检查路径；标准输入写作 -"))
    return sources, problems


@dataclass
class Outcome:
    """What one inspection gave: its assessment, or its input problems, or an evaluation error."""

    source: Source
    inspection: Inspection | None = None
    assessment: Assessment | None = None
    problems: list[Problem] = field(default_factory=list)
    error: str | None = None


def assess_source(engine: Engine, source: Source) -> Outcome:
    """Read, validate and assess one inspection; never raises for bad input or a failed evaluation."""
    try:
        text = source.read()
    except (OSError, UnicodeDecodeError) as error:
        return Outcome(source, problems=[unreadable(source.name, error)])
    try:
        inspection = parse_inspection(text, source.name, engine.book, DateWindow.from_env())
    except ProblemsError as error:
        return Outcome(source, problems=error.problems)
    try:
        return Outcome(source, inspection, engine.assess(inspection))
    except EvaluationError as error:
        return Outcome(source, inspection, error=str(error))


def assess_all(engine: Engine, sources: list[Source], progress: bool) -> list[Outcome]:
    """Assess every source in order, with a progress bar on standard error when asked for."""
    columns = (TextColumn("判定"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), TextColumn("{task.description}"))
    with Progress(*columns, console=Console(stderr=True), disable=not progress, transient=False) as bar:
        task = bar.add_task("", total=len(sources))
        outcomes = []
        for source in sources:
            bar.update(task, description=source.name)
            outcomes.append(assess_source(engine, source))
            bar.advance(task)
        bar.update(task, description="完成")
    return outcomes


def _conclusion(outcome: Outcome) -> str:
    if outcome.problems:
        return "[red]输入有误[/red]"
    if outcome.error is not None or outcome.assessment is None:
        return "[red]判定出错[/red]"
    if outcome.assessment.major_hazard_found:
        return "[bold red]发现重大事故隐患[/bold red]"
    return "未发现重大事故隐患" if outcome.assessment.complete else "[yellow]暂未判定出，待补充[/yellow]"


def summary_table(outcomes: list[Outcome]) -> Table:
    """One row per inspection: enterprise, hazards, 待补充, conclusion, file."""
    table = Table(title=f"汇总（{len(outcomes)} 份检查）", title_justify="left", box=box.SIMPLE_HEAVY, expand=True)
    for column, ratio in (("企业", 5), ("重大事故隐患", 2), ("待补充", 2), ("结论", 4), ("文件", 6)):
        table.add_column(column, ratio=ratio, overflow="fold")
    for outcome in outcomes:
        info = outcome.inspection.info if outcome.inspection else None
        who = info.enterprise.name if info and info.enterprise else "（未填写企业）"
        found = outcome.assessment
        hazards = sum(f.status == "hazard" and f.role == "criterion" for f in found.findings) if found else None
        table.add_row(who, "—" if found is None else str(hazards), "—" if found is None else str(found.summary.undetermined),
                      _conclusion(outcome), outcome.source.name)
    return table


def fail_on_met(assessment: Assessment, fail_on: FailOn | None) -> bool:
    """True when `--fail-on` asks for exit 1 on this assessment."""
    if fail_on == "hazard":
        return assessment.major_hazard_found
    if fail_on == "incomplete":
        return not assessment.complete
    return False


def exit_code(outcomes: list[Outcome], fail_on: FailOn | None) -> int:
    """2 when an input was bad, 4 when an evaluation failed, 1 when `--fail-on` is met, else 0."""
    if any(o.problems for o in outcomes):
        return INPUT_ERROR
    if any(o.error is not None for o in outcomes):
        return EVALUATION_ERROR
    return FAIL_ON_MET if any(o.assessment and fail_on_met(o.assessment, fail_on) for o in outcomes) else 0
