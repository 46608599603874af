"""Render assessments, checklists and standards as Chinese text an inspector reads at a glance."""

from __future__ import annotations

from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table

from engine.assess import STATUS_LABELS, Assessment, Finding
from engine.rulebook import Rulebook, cite

_STYLE = {"hazard": "bold red", "clear": "green", "undetermined": "yellow", "not_applicable": "dim",
          "not_judged": "magenta"}
_GROUPED = ("not_applicable", "not_judged")


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, list):
        return "、".join(map(str, value)) or "（无）"
    return str(value)


def _group_not_applicable(findings: list[Finding]) -> list[list[Finding]]:
    """Consecutive not-applicable (or not judged) findings of one article with the same reason become one group."""
    groups: list[list[Finding]] = []
    for f in findings:
        last = groups[-1][-1] if groups else None
        if (last is not None and f.status == last.status and f.status in _GROUPED and f.article == last.article
                and f.reason == last.reason):
            groups[-1].append(f)
        else:
            groups.append([f])
    return groups


def render_assessment(assessment: Assessment, book: Rulebook, console: Console) -> None:
    """Print the findings table, notices and a summary line."""
    info = assessment.inspection
    who = info.enterprise.name if info.enterprise else "（未填写企业）"
    console.print(f"[bold]重大事故隐患判定[/bold]  {who}  检查日期 {info.date}")
    for renamed in assessment.deprecations:
        console.print(f"[yellow]提示：{renamed.message}[/yellow]")
    for use in assessment.standards:
        edition = f"《{use.title}》（{use.document_number}，{use.effective_from} 起施行）"
        if use.status == "applied" and use.applies is not False:
            pending = "" if use.applies else "  [yellow]是否适用待确认[/yellow]"
            console.print(f"适用标准：{edition}{pending}")
            if use.coverage:
                console.print(f"  [magenta]{use.coverage}[/magenta]")
        elif use.status == "applied":
            where = f"；仅适用于：{'、'.join(use.provinces)}" if use.provinces else ""
            console.print(f"[dim]不适用：{edition}（不属其适用范围{where}）[/dim]")
        elif use.status == "not_in_scope":
            console.print(f"[dim]未涵盖：《{use.title}》（本次检查范围之外）[/dim]")
        else:
            console.print(f"[yellow]{use.reason}[/yellow]")
    table = Table(box=box.SIMPLE_HEAVY, show_lines=False, expand=True)
    for column, ratio in (("条/项", 3), ("判定", 2), ("原文", 7), ("证据 / 待补充 / 原因", 6)):
        table.add_column(column, ratio=ratio, overflow="fold")
    several = len({f.standard for f in assessment.findings}) > 1
    current = None
    for group in _group_not_applicable(assessment.findings):
        if several and group[0].standard != current:
            current = group[0].standard
            table.add_row(f"[bold]《{group[0].standard_title}》[/bold]", "", f"[bold]{group[0].document_number}[/bold]", "")
        if len(group) > 1:
            first, last = group[0], group[-1]
            where = f"{cite(first.article, first.item)}–{last.item or ''}"
            label = STATUS_LABELS[first.status]
            table.add_row(where, f"[{_STYLE[first.status]}]{label}[/]", f"共 {len(group)} 项", first.reason or "")
            continue
        f = group[0]
        where = cite(f.article, f.item)
        text = f.text + (" [yellow]⚠原文未经核实[/yellow]" if f.unconfirmed else "")
        if f.status == "hazard":
            detail = "；".join(f"{e.question} {_value(e.value)}" for e in f.evidence)
        elif f.status == "undetermined":
            detail = "请补充：" + "；".join(f"{book.facts[c].question}（{c}）" for c in f.missing)
        elif f.status in _GROUPED:
            detail = f.reason or ""
        else:  # clear: the explicit "checked, none found" answers behind it, if any
            detail = "；".join(f"检查记录：{_value(e.value)}" + ("（分组回答）" if e.via else "") for e in f.evidence)
        hazard_label = f.hazard_term if f.role == "criterion" else "要素成立"
        label = hazard_label if f.status == "hazard" else STATUS_LABELS[f.status]
        table.add_row(where, f"[{_STYLE[f.status]}]{label}[/]", text, detail)
    console.print(table)
    for notice in assessment.notices:
        console.print(f"[cyan]说明（{notice.article}）：[/cyan]{notice.text}")
        if notice.routing:
            console.print(f"[cyan]→[/cyan]{notice.routing}")
    console.print(summary_line(assessment))
    render_actions(assessment, console)


def summary_line(assessment: Assessment) -> str:
    """The verdict, the counts per status, and why the conclusion is not complete when it is not."""
    s = assessment.summary
    if assessment.major_hazard_found:
        verdict = "[bold red]发现重大事故隐患[/]"
    else:
        verdict = "未发现重大事故隐患" if assessment.complete else "[yellow]暂未判定出重大事故隐患[/]"
    counts = (f"重大事故隐患 {s.hazard} 项，未发现 {s.clear} 项，待补充 {s.undetermined} 项，不适用 {s.not_applicable} 项，"
              f"{STATUS_LABELS['not_judged']}{s.not_judged} 项")
    return f"{verdict}：{counts}；{completeness(assessment)}"


def completeness(assessment: Assessment) -> str:
    """"检查表已完整", or what keeps the conclusion from being complete."""
    if assessment.complete:
        return "检查表已完整"
    s, why = assessment.summary, []
    if s.undetermined:
        why.append(f"尚有 {s.undetermined} 项待补充")
    if s.not_judged:
        why.append(f"{s.not_judged} 项现行条款未编码、未判定")
    unjudged = [u for u in assessment.standards if u.applies is not False and (
        (u.status == "applied" and u.partial) or (u.status == "not_encoded" and u.complete is False))]
    if unjudged:
        why.append("、".join(f"《{u.title}》" for u in unjudged) + ("未编码或仅部分编码"))
    return f"[yellow]{'，'.join(why)}，结论不完整[/]"


def render_actions(assessment: Assessment, console: Console) -> None:
    """Required actions (immediate first, then by deadline), then the conditional ones with their deciding questions."""
    sections = (("后续措施", "required", "触发"), ("视情况而定的措施（回答问题后确定）", "conditional", "取决于"))
    for title, status, last_column in sections:
        rows = [a for a in assessment.actions if a.status == status]
        if not rows:
            continue
        table = Table(title=f"{title}（{len(rows)} 项）", title_justify="left", box=box.SIMPLE_HEAVY, expand=True)
        for column, ratio in (("措施", 7), ("责任主体", 2), ("期限", 2), ("依据", 4), (last_column, 4)):
            table.add_column(column, ratio=ratio, overflow="fold")
        for a in rows:
            kind = "[magenta]〔政策〕[/magenta]" if a.kind == "policy" else ""
            flag = " [yellow]⚠依据未全部核实[/yellow]" if a.unconfirmed else ""
            basis = "；".join(b.text for b in a.basis) + (f"；来源：{a.source}" if a.source else "")
            if status == "required":
                body = f"\n{a.text}"
                detail = "；".join(t.label if t.kind != "fact" else f"{t.label} {_value(t.value)}" for t in a.triggered_by)
            else:
                body, detail = "", "；".join(f"{p.question}（{p.code}）" for p in a.conditional_on)
            table.add_row(f"{a.code} {kind}{a.title}{flag}{body}", "、".join(a.responsible), a.deadline.text,
                          basis, detail)
        console.print(table)
