"""Render assessments, checklists and standards as Chinese text an inspector reads at a glance."""

from __future__ import annotations

from rich import box
from rich.console import Console
from rich.table import Table

from engine.assess import Assessment
from engine.findings_table import findings_table
from engine.rulebook import Rulebook


def render_assessment(assessment: Assessment, book: Rulebook, console: Console, show_all: bool = False) -> None:
    """Print the editions, the findings (hazards first; `show_all`: every row in file order), notices, a summary."""
    info = assessment.inspection
    who = info.enterprise.name if info.enterprise else "（未填写企业）"
    console.print(f"[bold]重大事故隐患判定[/bold]  {who}  检查日期 {info.date}")
    for use in assessment.standards:
        edition = f"《{use.title}》（{use.document_number}，{use.effective_from} 起施行）"
        if use.status == "applied" and use.applies is not False:
            pending = "" if use.applies else "  [yellow]是否适用待确认[/yellow]"
            console.print(f"适用标准：{edition}{pending}")
        elif use.status == "applied":
            console.print(f"[dim]不适用：{edition}（不属其适用范围）[/dim]")
        elif use.status == "not_in_scope":
            console.print(f"[dim]未涵盖：《{use.title}》（本次检查范围之外）[/dim]")
        else:
            console.print(f"[yellow]{use.reason}[/yellow]")
    console.print(findings_table(assessment, book, show_all))
    for notice in assessment.notices:
        console.print(f"[cyan]说明（{notice.article}）：[/cyan]{notice.text}")
        if notice.routing:
            console.print(f"[cyan]→[/cyan]{notice.routing}")
    s = assessment.summary
    if assessment.major_hazard_found:
        verdict = "[bold red]发现重大事故隐患[/]"
    else:
        verdict = "未发现重大事故隐患" if assessment.complete else "[yellow]暂未判定出重大事故隐患[/]"
    completeness = "检查表已完整" if assessment.complete else f"[yellow]尚有 {s.undetermined} 项待补充，结论不完整[/]"
    console.print(f"{verdict}：重大事故隐患 {s.hazard} 项，未发现 {s.clear} 项，待补充 {s.undetermined} 项，"
                  f"不适用 {s.not_applicable} 项；{completeness}")
    render_actions(assessment, console)


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
