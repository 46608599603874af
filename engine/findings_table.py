"""The findings of an assessment as one table: hazards first, then 待补充, the rest one line per standard."""

from __future__ import annotations

from itertools import groupby

from rich import box
from rich.table import Table

from engine.assess import STATUS_LABELS, Assessment, Finding
from engine.rulebook import Rulebook, cite

STYLE = {"hazard": "bold red", "clear": "green", "undetermined": "yellow", "not_applicable": "dim",
         "not_judged": "magenta"}
SHOWN = ("hazard", "undetermined")  # a row per finding; the other statuses get one row per standard
COLLAPSED = ("not_judged", "clear", "not_applicable")  # 未判定 (in force, not encoded) before 未发现 and 不适用
GROUPED = ("not_applicable", "not_judged")  # consecutive ones of one article with one reason: one row
_COLUMNS = (("条/项", 3), ("判定", 2), ("原文", 7), ("证据 / 待补充 / 原因", 6))


def findings_table(assessment: Assessment, book: Rulebook, show_all: bool = False) -> Table:
    """Hazards, then 待补充, each with its detail; 未发现 and 不适用 one row per standard (`show_all`: every row)."""
    table = Table(box=box.SIMPLE_HEAVY, show_lines=False, expand=True)
    for column, ratio in _COLUMNS:
        table.add_column(column, ratio=ratio, overflow="fold")
    if show_all:
        _every_row(table, assessment, book)
        return table
    for status in SHOWN + COLLAPSED:
        found = [f for f in assessment.findings if f.status == status]
        if not found:
            continue
        table.add_row(f"[{STYLE[status]}]{STATUS_LABELS[status]} {len(found)} 项[/]", "", "", "")
        several = len({f.standard for f in found}) > 1 or len({f.standard for f in assessment.findings}) > 1
        for _, group in groupby(found, key=lambda f: f.standard):
            rows = list(group)
            if status in COLLAPSED:
                _collapsed_row(table, rows)
                continue
            if several:
                _standard_row(table, rows[0])
            for finding in rows:
                _finding_row(table, finding, book)
    return table


def _standard_row(table: Table, f: Finding) -> None:
    table.add_row(f"[bold]《{f.standard_title}》[/bold]", "", f"[bold]{f.document_number}[/bold]", "")


def _finding_row(table: Table, f: Finding, book: Rulebook) -> None:
    text = (f.text + (" [yellow]⚠原文未经核实[/yellow]" if f.unconfirmed else "")
            + (" [yellow]⚠条号为推定[/yellow]" if f.article_unconfirmed else "")
            + "".join(f" [yellow]⚠按解读判定：{reading}[/yellow]" for reading in f.readings))
    if f.status == "hazard":
        detail = "；".join(f"{e.question} {e.value_label}" for e in f.evidence)
    elif f.status == "undetermined":
        detail = "请补充：" + "；".join(f"{book.facts[c].question}（{c}）" for c in f.missing)
    elif f.status == "clear":  # the explicit "checked, none found" answers behind it, if any
        detail = "；".join(f"检查记录：{e.value_label}" + ("（分组回答）" if e.via else "") for e in f.evidence)
    else:
        detail = f.reason or ""
    hazard_label = f.hazard_term if f.role == "criterion" else "要素成立"
    label = hazard_label if f.status == "hazard" else STATUS_LABELS[f.status]
    table.add_row(cite(f.article, f.item), f"[{STYLE[f.status]}]{label}[/]", text, detail)


def _collapsed_row(table: Table, rows: list[Finding]) -> None:
    """One standard's findings of one status: how many, which 条, and (not applicable) why."""
    status = rows[0].status
    articles = list(dict.fromkeys(f.article for f in rows))
    reasons = list(dict.fromkeys(f.reason for f in rows if f.reason))
    why = "；".join(reasons[:2]) + ("；等" if len(reasons) > 2 else "")
    table.add_row(f"《{rows[0].standard_title}》", f"[{STYLE[status]}]{STATUS_LABELS[status]}[/]",
                  f"共 {len(rows)} 项：{'、'.join(articles)}", why)


def _every_row(table: Table, assessment: Assessment, book: Rulebook) -> None:
    """Every finding in file order; consecutive not-applicable ones of one article with one reason as one row."""
    several = len({f.standard for f in assessment.findings}) > 1
    current = None
    for group in _group_not_applicable(assessment.findings):
        if several and group[0].standard != current:
            current = group[0].standard
            _standard_row(table, group[0])
        if len(group) > 1:
            first, last = group[0], group[-1]
            where = f"{cite(first.article, first.item)}–{last.item or ''}"
            table.add_row(where, f"[{STYLE[first.status]}]{STATUS_LABELS[first.status]}[/]", f"共 {len(group)} 项",
                          first.reason or "")
            continue
        _finding_row(table, group[0], book)


def _group_not_applicable(findings: list[Finding]) -> list[list[Finding]]:
    """Consecutive not-applicable (or not judged) findings of one article with the same reason become one group."""
    groups: list[list[Finding]] = []
    for f in findings:
        last = groups[-1][-1] if groups else None
        if (last is not None and f.status == last.status and f.status in GROUPED and f.article == last.article
                and f.reason == last.reason):
            groups[-1].append(f)
        else:
            groups.append([f])
    return groups
