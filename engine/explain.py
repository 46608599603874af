"""Render assessments, checklists and standards as Chinese text an inspector reads at a glance."""

from __future__ import annotations

from rich import box
from rich.console import Console
from rich.table import Table

from engine.assess import STATUS_LABELS, Assessment
from engine.findings_table import findings_table
from engine.rulebook import Rulebook


def render_assessment(assessment: Assessment, book: Rulebook, console: Console, show_all: bool = False) -> None:
    """Print the editions, the findings (hazards first; `show_all`: every row in file order), notices, a summary."""
    info = assessment.inspection
    who = info.enterprise.name if info.enterprise else "（未填写企业）"
    console.print(f"[bold]重大事故隐患判定[/bold]  {who}  检查日期 {info.date}")
    for renamed in assessment.deprecations:
        console.print(f"[yellow]提示：{renamed.message}[/yellow]")
    for use in assessment.standards:
        since = f"{use.effective_from} 起施行" if use.effective_from else "施行日期不详"
        edition = f"《{use.title}》（{use.document_number}，{since}）"
        if use.status == "applied" and use.applies is not False:
            pending = "" if use.applies else "  [yellow]是否适用待确认[/yellow]"
            console.print(f"适用标准：{edition}{pending}")
            if use.coverage:
                console.print(f"  [magenta]{use.coverage}[/magenta]")
        elif use.status == "applied":
            where = f"；仅适用于：{'、'.join(use.provinces)}" if use.provinces else ""
            console.print(f"[dim]不适用：{edition}（不属其适用范围{where}）[/dim]")
        elif use.status != "not_in_scope":
            console.print(f"[yellow]{use.reason}[/yellow]")
    outside = [f"《{use.title}》" for use in assessment.standards if use.status == "not_in_scope"]
    if outside:  # one line: the inspection's scope left these standards out, by choice
        console.print(f"[dim]未涵盖（本次检查范围之外）：{'、'.join(outside)}[/dim]")
    console.print(findings_table(assessment, book, show_all))
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
                detail = "；".join(t.label if t.kind != "fact" else f"{t.label} {t.value_label}" for t in a.triggered_by)
            else:
                body, detail = "", "；".join(f"{p.question}（{p.code}）" for p in a.conditional_on)
            table.add_row(f"{a.code} {kind}{a.title}{flag}{body}", "、".join(a.responsible), a.deadline.text,
                          basis, detail)
        console.print(table)
