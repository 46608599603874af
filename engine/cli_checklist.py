"""`hazard checklist`: read a profile or a (partly answered) inspection, print the questions still open."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape

from engine import clock
from engine.checklist import Question
from engine.errors import Problem, ProblemsError
from engine.inspection import DateWindow, Inspection, validate_inspection
from engine.loader import LoadedDocument, load_file
from engine.questions import OpenQuestions
from engine.rulebook import Rulebook


def read_checklist_input(path: Path, book: Rulebook, date: dt.date | None, scope: list[str] | None,
                         province: str | None = None) -> Inspection:
    """An inspection file (its date, scope and province unless the options say otherwise) or a bare profile mapping.

    Raises:
        ProblemsError: the file cannot be read, or what it says is not valid (located like `hazard assess`).
    """
    doc, problems = load_file(path)
    if problems:
        raise ProblemsError(problems)
    if not isinstance(doc.data, dict):
        raise ProblemsError([Problem(str(path), 1, 1, "invalid_profile", "应为检查文件，或 事实代码: 值 的映射",
                                     "例如 profile.sectors: [某行业]；或带 inspection: 和 facts: 的检查文件")])
    if "inspection" in doc.data:
        data: dict[str, Any] = {**doc.data, "inspection": dict(doc.data["inspection"] or {})}
    else:
        facts = doc.data.get("facts", doc.data) if set(doc.data) <= {"facts", "context"} else doc.data
        data = {"inspection": {}, "facts": facts}
        if facts is doc.data:  # a bare profile: its positions are those of `facts.<code>`
            doc = LoadedDocument(doc.file, doc.data, {("facts", *key): at for key, at in doc.positions.items()})
    block = data["inspection"]
    if isinstance(block, dict):
        block["date"] = date.isoformat() if date else block.get("date", clock.today().isoformat())
        if scope is not None:
            block["scope"] = scope
        if province is not None:
            block["province"] = province
    return validate_inspection(data, book, str(path), doc, DateWindow.from_env())


def _kind(q: Question) -> str:
    unit = f"，单位 {q.unit}" if q.unit else ""
    choices = f"，可选：{'/'.join(q.allowed)}" if q.allowed else ""
    return f"{q.type}{unit}{choices}"


def render_questions(found: OpenQuestions, console: Console) -> None:
    """The open questions as a checklist an inspector reads: groups, question, code, type, help."""
    total = len(found.questions())
    scope = "、".join(found.scope) if found.scope else "全部标准"
    console.print(f"[bold]检查表[/bold]（{found.date}，范围：{scope}；已回答 {found.answered} 个事实，"
                  f"{found.undetermined} 项尚待判定，共 {total} 个问题）", highlight=False)
    for note in found.notes:
        console.print(f"[magenta]未编码、不判定：{escape(note)}[/magenta]", highlight=False)
    if not total:
        console.print("所有已编码判定项的结论均已确定，没有还能改变结论的问题。")
        return
    for group in found.groups:
        heading = group.heading if group.standard is None else \
            f"《{group.standard_title}》{group.article}" + (f" {group.heading}" if group.heading else "")
        console.print(f"\n[bold cyan]{escape(heading or '')}[/bold cyan]", highlight=False)
        for q in group.questions:
            console.print(f"  {q.code}  {escape(q.question)}  [dim]（{escape(_kind(q))}）[/dim]", highlight=False)
            if q.help:
                console.print(f"      [dim]说明：{escape(q.help)}[/dim]", highlight=False)
