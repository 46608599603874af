"""PDF documents through typst: 指令书, 挂牌督办通知书, 隐患报告, set in a CJK font the set-up installs.

The templates (`documents/templates/*.typ`) only lay out; every sentence is formed here from the input models and
passed to typst as JSON. The font is looked for in known folders only (system fonts are ignored), so a machine
without it gets a `cjk_font_missing` error instead of a PDF of empty boxes.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import threading
from functools import cache
from pathlib import Path
from typing import Any, Literal

import typst

from documents.errors import DocumentError
from documents.models import Basis, HazardReport, ListingNotice, OrderItem, OrderNotice, Party, Provenance
from documents.wording import with_unconfirmed

TEMPLATES = Path(__file__).resolve().parent / "templates"
FONT_FAMILY = "Noto Serif CJK SC"
# Debian's fonts-noto-cjk (installed by `make`); HAZARD_FONT_DIR names another folder holding the same family
FONT_DIRS = ("/usr/share/fonts/opentype/noto", "/usr/share/fonts/truetype/noto", "/usr/local/share/fonts")
_LOCK = threading.Lock()  # one typst compiler per process, used by one thread at a time


def font_dirs() -> list[str]:
    """The folders searched for the CJK font, HAZARD_FONT_DIR first."""
    extra = os.environ.get("HAZARD_FONT_DIR")
    return [d for d in ([extra] if extra else []) + list(FONT_DIRS) if Path(d).is_dir()]


@cache
def _compiler(dirs: tuple[str, ...]) -> typst.Compiler:
    families = typst.Fonts(include_system_fonts=False, include_embedded_fonts=False, font_paths=list(dirs)).families()
    if FONT_FAMILY not in families:
        where = "、".join(dirs) or "无"
        raise DocumentError("cjk_font_missing", "font", f"未找到中文字体 {FONT_FAMILY}（查找位置：{where}）",
                            "运行 make（安装 Debian 软件包 fonts-noto-cjk），或把含该字体的文件夹设为 HAZARD_FONT_DIR")
    return typst.Compiler(root=str(TEMPLATES), font_paths=list(dirs), ignore_system_fonts=True)


def compile_pdf(template: str, data: dict[str, Any]) -> bytes:
    """Compile one template with its data; any font warning (a glyph or family not found) is an error, not tofu."""
    compiler = _compiler(tuple(font_dirs()))
    inputs = {"data": json.dumps({**data, "font": FONT_FAMILY}, ensure_ascii=False, default=str)}
    with _LOCK:
        try:
            pdf, warnings = compiler.compile_with_warnings(input=str(TEMPLATES / template), sys_inputs=inputs)
        except typst.TypstError as error:
            raise DocumentError("pdf_failed", template, f"排版失败：{error}", "请报告此问题并附上输入文件") from error
    font_warnings = [str(w) for w in warnings if "font" in str(w) or "glyph" in str(w)]
    if font_warnings:
        raise DocumentError("cjk_font_missing", template, f"字体不全：{font_warnings[0]}", "运行 make 安装 fonts-noto-cjk")
    assert isinstance(pdf, bytes)
    return pdf


def chinese_date(day: dt.date | None) -> str:
    """2025年6月1日, or blanks to fill in by hand."""
    return f"{day.year}年{day.month}月{day.day}日" if day else "____年__月__日"


def _bases(bases: list[Basis]) -> str:
    return "、".join(with_unconfirmed(b.text, b.unconfirmed) for b in bases)


def _items(items: list[OrderItem]) -> list[dict[str, str]]:
    return [{"description": item.description, "evidence": item.evidence,
             "citation": item.citation.marked}
            for item in items]


def _party(party: Party) -> dict[str, str]:
    return {"name": party.name, "uscc": party.uscc or "", "address": party.address or "",
            "principal": party.principal or "", "region": party.region or ""}


def _provenance(prov: Provenance) -> dict[str, Any]:
    since = {id(e): f"，{e.effective_from.isoformat()} 起施行" if e.effective_from else "" for e in prov.editions}
    editions = "；".join(f"《{e.title}》（{e.document_number}{since[id(e)]}）" for e in prov.editions)
    return {"editions": editions or "（无）", "rulebook": prov.rulebook, "engine": f"hazard-engine {prov.engine_version}",
            "unconfirmed": prov.unconfirmed, "notes": prov.notes}


def order_pdf(notice: OrderNotice) -> bytes:
    """责令限期整改指令书."""
    inspectors = "、".join(notice.inspectors) or "____"
    opening = (f"{chinese_date(notice.inspected_on)}，本机关检查人员{inspectors}对你单位进行了{notice.channel or '检查'}，"
               f"发现你单位存在下列重大事故隐患：")
    order = (f"依据{_bases(notice.order_basis)}的规定，现责令你单位于{chinese_date(notice.deadline)}前消除上述重大事故隐患，"
             "并将整改情况书面报告本机关。")
    measures = [f"{m}（依据：{_bases(notice.measures_basis)}）" for m in notice.measures]
    return compile_pdf("order.typ", {
        "organ": notice.organ, "organ_sign": notice.organ or "（检查机关）", "number": notice.number,
        "party": _party(notice.party), "opening": opening, "items": _items(notice.items), "order": order,
        "measures": measures, "rights": notice.rights, "issued": chinese_date(notice.inspected_on),
        "provenance": _provenance(notice.provenance)})


def _listing_opening(notice: ListingNotice) -> str:
    """The body speaks to the addressee: the enterprise itself (你单位), or the government or department that sees to it."""
    enterprise = notice.party.name
    deadline = chinese_date(notice.deadline)
    if notice.addressee in (None, enterprise):
        return (f"你单位存在下列重大事故隐患。根据有关规定，{notice.organ}决定对你单位的该重大事故隐患实行挂牌督办。"
                f"请你单位于{deadline}前完成整改，并落实下列督办要求。")
    return (f"{enterprise}存在下列重大事故隐患。根据有关规定，{notice.organ}决定对该重大事故隐患实行挂牌督办。"
            f"请你单位督促{enterprise}于{deadline}前完成整改，并落实下列督办要求。")


def listing_pdf(notice: ListingNotice) -> bytes:
    """重大事故隐患挂牌督办通知书 for one listed hazard, dated the day the notice was issued."""
    hazard = notice.hazard
    found = "，".join(x for x in (chinese_date(hazard.found_on), hazard.inspecting_unit, hazard.channel,
                                 hazard.document_number) if x)
    return compile_pdf("listing.typ", {
        "organ": notice.organ, "organ_sign": notice.organ, "number": notice.number,
        "addressee": notice.addressee or notice.party.name, "opening": _listing_opening(notice),
        "party": _party(notice.party),
        "hazard": {"description": hazard.description, "found": found,
                   "findings": "；".join(notice.findings) + "。" if notice.findings else "",
                   "citation": hazard.citation.marked},
        "listed_on": chinese_date(notice.listed_on), "issued": chinese_date(notice.issued_on or notice.listed_on),
        "deadline": chinese_date(notice.deadline),
        "requirements": notice.requirements, "delisting": notice.delisting, "basis": _bases(notice.basis),
        "provenance": _provenance(notice.provenance)})


def report_pdf(report: HazardReport, paper: Literal["a4", "a5"] = "a4") -> bytes:
    """重大事故隐患报告 an enterprise files; the three contents are its own text or ruled lines to fill in."""
    sections = [
        {"heading": "一、隐患的现状及其产生原因", "text": report.causes, "elements": []},
        {"heading": "二、隐患的危害程度和整改难易程度分析", "text": report.severity, "elements": []},
        {"heading": "三、隐患的治理方案", "text": report.plan, "elements": report.plan_elements},
    ]
    opening = f"我单位于{chinese_date(report.found_on)}经{report.channel or '检查'}发现下列重大事故隐患，现报告如下："
    basis = "报告依据：" + _bases(report.report_basis) + (f"；报告内容依据：{_bases(report.contents_basis)}"
                                                       if report.contents_basis else "")
    return compile_pdf("report.typ", {
        "paper": paper, "addressee": report.addressee, "party": _party(report.party),
        "found_on": chinese_date(report.found_on), "channel": report.channel or "", "opening": opening,
        "items": _items(report.items), "sections": sections, "basis": basis,
        "reported_on": chinese_date(report.reported_on), "provenance": _provenance(report.provenance)})
