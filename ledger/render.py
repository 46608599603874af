"""The register in a terminal: inspection records, hazard lists and details, statistics tables, replay reports."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from engine import clock
from ledger.models import HazardDetail, HazardRow, InspectionRecord, NextStep, Page
from ledger.replay import ReplayReport
from ledger.stats import DIMENSION_LABELS, OrganPenalties, SelfCheckDue, StatsTable


def _value(value: object) -> str:
    return {True: "是", False: "否"}.get(value, str(value)) if isinstance(value, bool) else str(value)


def _steps(steps: list[NextStep]) -> str:
    return "；".join(f"{s.label}（{'/'.join(r.label for r in s.roles)}）" for s in steps) or "无"


def record(console: Console, found: InspectionRecord, replayed: bool) -> None:
    """What a submission stored and registered, with each entry's next steps."""
    again = "（重复提交：返回原记录，未重复登记）" if replayed else ""
    console.print(f"[bold]已登记入台账[/bold]{again}  检查 {found.id}  {found.enterprise}（{found.uscc}）  "
                  f"{found.date} {found.channel or ''} {found.organ or ''}", highlight=False)
    if not found.hazards:
        console.print("本次检查未发现重大事故隐患，未登记隐患。")
    for hazard in found.hazards:
        what = "新登记" if hazard.opened else "再次发现（追加到在账隐患）"
        listed = "，已挂牌督办" if hazard.listed else ""
        console.print(f"  隐患 #{hazard.hazard_id}  {hazard.criterion}  {what}  状态：{hazard.state.label}{listed}",
                      highlight=False)
        console.print(f"    下一步：{_steps(hazard.next_steps)}", highlight=False)


def hazards(console: Console, page: Page[HazardRow]) -> None:
    """One page of the hazard list."""
    table = Table(title=f"隐患清单（共 {page.total} 条，第 {page.page} 页）", title_justify="left")
    for column in ("编号", "企业", "区划", "判定项", "条/项", "发现", "渠道", "状态", "挂牌", "期限", "逾期"):
        table.add_column(column)
    for row in page.items:
        table.add_row(str(row.id), row.enterprise, row.region_code, row.criterion, f"{row.article}{row.item or ''}",
                      str(row.found_on), row.channel or "", row.state_label, "是" if row.listed else "",
                      str(row.deadline or ""), "逾期" if row.overdue else "")
    console.print(table)


def detail(console: Console, found: HazardDetail) -> None:
    """One entry: citation, deadlines, listing, timeline, sightings and next steps."""
    c = found.citation
    flag = " ⚠原文未经核实" if c.unconfirmed else ""
    console.print(f"[bold]隐患 #{found.id}[/bold]  {found.enterprise}（{found.uscc}，{found.region_code}）  "
                  f"状态：{found.state_label}  第 {found.version} 版", highlight=False)
    console.print(f"  判定依据：《{c.standard_title}》（{c.document_number}）{c.article}{c.item or ''}：{c.text}{flag}",
                  highlight=False)
    console.print("  证据：" + "；".join(f"{e['question']} {_value(e['value'])}" for e in found.evidence), highlight=False)
    console.print(f"  规则版本 {found.rulebook}，引擎 {found.engine_version}；"
                  f"发现 {found.found_on}（{found.channel or ''}）",
                  highlight=False)
    deadline = f"{found.deadline}" + ("（已逾期）" if found.overdue else "") if found.deadline else "未定"
    console.print(f"  整改期限：{deadline}", highlight=False)
    if found.listing:
        l = found.listing  # noqa: E741
        pending = l.automatic and not (l.document_number and l.deadline)
        auto = "（按后续措施 P1 自动挂牌，文号与期限待补）" if pending else ""
        console.print(f"  挂牌督办：{l.organ or ''} {l.document_number or ''} {l.listed_on} 起，期限 {l.deadline or '未定'}"
                      f"{auto}", highlight=False)
    table = Table(title="时间线", title_justify="left")
    for column in ("#", "事项", "发生日期", "记录时间", "办理人", "角色", "事由", "状态"):
        table.add_column(column)
    for e in found.timeline:
        policy = "〔政策〕" if e.kind == "policy" else ""
        table.add_row(str(e.seq), policy + e.label, str(e.on), clock.stamp(e.recorded_at), e.actor,
                      e.role.label, e.reason, e.state_after.label)
    console.print(table)
    console.print("  历次发现：" + "；".join(f"{s.date} {s.channel or ''} {s.organ or ''}" for s in found.sighting_list),
                  highlight=False)
    console.print(f"  下一步：{_steps(found.next_steps)}", highlight=False)


def _rate(value: float | None) -> str:
    return "—" if value is None else f"{value:.1%}"


def stats_table(console: Console, found: StatsTable) -> None:
    """A statistics table with its total and notes."""
    table = Table(title=f"{found.title}（{found.region or '全部'}，{found.start} 至 {found.end}）", title_justify="left")
    for name in found.by:
        table.add_column(DIMENSION_LABELS.get(name, name))
    columns = ("发现", "整改完成", "销号", "在账", "整改率", "挂牌", "逾期", "平均销号天数", "存量在账", "增量在账", "排名")
    for column in columns:
        table.add_column(column, justify="right")
    for row in [*found.rows, found.total]:
        keys = [str(row.key.get(name) or "") for name in found.by] if row is not found.total else \
            ["合计"] + [""] * (len(found.by) - 1)
        table.add_row(*keys, str(row.found), str(row.found_rectified), str(row.closed), str(row.open),
                      _rate(row.closure_rate), str(row.listed),
                      str(row.overdue), "—" if row.avg_days_to_close is None else f"{row.avg_days_to_close:.1f}",
                      str(row.stock_open), str(row.increment_open), str(row.rank or ""))
    console.print(table)
    for note in found.notes:
        console.print(f"  注：{note}", highlight=False)


def penalties(console: Console, rows: list[OrganPenalties]) -> None:
    """零处罚 per organ."""
    table = Table(title="检查与处罚（零处罚 = 发现重大事故隐患而未处罚的检查）", title_justify="left")
    for column in ("检查机关", "监督/执法检查", "发现重大隐患", "已处罚", "零处罚"):
        table.add_column(column)
    for r in rows:
        table.add_row(r.organ or "", str(r.inspections), str(r.with_major_hazards), str(r.penalised), str(r.zero_penalty))
    console.print(table)


def self_checks(console: Console, rows: list[SelfCheckDue]) -> None:
    """Enterprises and their self-checks led by the 主要负责人."""
    table = Table(title="主要负责人带队自查", title_justify="left")
    for column in ("企业", "统一社会信用代码", "区划", "高危行业", "频次", "最近自查", "应于", "逾期"):
        table.add_column(column)
    for r in rows:
        table.add_row(r.name, r.uscc, r.region_code, "是" if r.high_risk else "", f"每 {r.interval_months} 个月",
                      str(r.last_self_check or "从未"), str(r.due), "逾期" if r.overdue else "")
    console.print(table)


def replay(console: Console, report: ReplayReport) -> None:
    """What the other rulebook would change."""
    stored = "、".join(report.stored_rulebooks) or "—"
    console.print(f"[bold]规则变更影响[/bold]  新规则 {report.rulebook}（原判定所用：{stored}）",
                  highlight=False)
    console.print(f"  重判检查 {report.inspections} 次：结论变化 {report.changed}，不变 {report.unchanged}，"
                  f"新规则下无效 {len(report.invalid)}；新增隐患 {report.new_hazards}，不再构成 {report.no_longer_hazards}",
                  highlight=False)
    if report.by_criterion:
        table = Table(title="按判定项", title_justify="left")
        for column in ("判定项", "新增", "不再构成"):
            table.add_column(column)
        for c in report.by_criterion:
            table.add_row(c.criterion, str(c.new_hazards), str(c.no_longer_hazards))
        console.print(table)
    for e in report.by_enterprise:
        console.print(f"  {e.enterprise}（{e.uscc}）：新增 {', '.join(e.new_hazards) or '—'}；"
                      f"不再构成 {', '.join(e.no_longer_hazards) or '—'}", highlight=False)
    for item in report.invalid[:20]:
        console.print(f"  无效：检查 {item['inspection_id']}：{item['problems'][0]}", highlight=False)
