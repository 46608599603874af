"""What is not judged, said plainly: partly encoded editions (N of M), items not obtained, known standards not encoded."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from engine.logic import decide
from engine.models import KnownStandard, StandardDef
from engine.rulebook import Gap, Rulebook, cite

NOT_JUDGED_LABEL = "未判定（未编码）"
GAP_REASON = "本项原文未取得，未编码：未判定；不能据此认定不存在该情形"


def gap_cite(gap: Gap) -> str:
    """Where a not-obtained item sits: 条 and 项 when known, with how many items it stands for."""
    d = gap.definition
    count = f"（{d.count} 项）" if d.count and d.count > 1 else ""
    return f"{cite(gap.article.article, d.item)}{count}"


def coverage_fields(book: Rulebook, std: StandardDef) -> dict[str, Any]:
    """The StandardUse fields saying how much of an edition is encoded (computed once per edition)."""
    coverage = book.coverage(std.id)
    if not coverage.partial:
        return {"partial": False, "items_encoded": coverage.encoded, "items_total": coverage.total,
                "not_judged": [], "coverage": None}
    cites = [gap_cite(book.gaps[gid]) for gid in coverage.gaps]
    total = f"共 {coverage.total} 项" if coverage.total else "总数不详"
    note = f"，{std.items_note}" if std.items_note else ""
    missing = f"；未判定：{'、'.join(cites)}" if cites else ""
    sentence = (f"本标准仅部分编码：已编码 {coverage.encoded} 项（{total}{note}）{missing}。"
                "未编码的条款不判定，不能据此认定不存在其所列情形")
    return {"partial": True, "items_encoded": coverage.encoded, "items_total": coverage.total,
            "not_judged": cites, "coverage": sentence}


def gap_base(gap: Gap) -> dict[str, Any]:
    """A finding's fixed part for a not-obtained item (its status is decided per inspection: not judged or n/a)."""
    std, d = gap.standard, gap.definition
    return {"criterion": d.id, "standard": std.id, "standard_title": std.title,
            "document_number": std.document_number, "article": gap.article.article, "item": d.item,
            "text": d.text, "hazard_term": std.hazard_term, "confidence": "not_obtained", "unconfirmed": True,
            "note": f"原文未取得（✗），代表 {d.count} 项" if d.count else "原文未取得（✗）",
            "role": "not_obtained", "manual": False}


def known_in_force(known: KnownStandard, date: dt.date) -> bool:
    """Whether a known standard is in force on a date (unknown dates count as in force)."""
    started = known.effective_from is None or known.effective_from <= date
    return started and (known.effective_until is None or date <= known.effective_until)


def known_matches(book: Rulebook, facts: Mapping[str, Any], date: dt.date,
                  industries: Iterable[str] | None) -> list[KnownStandard]:
    """Known standards not encoded that this inspection falls under: by profile answers or by declared industry."""
    named = set(industries or ())
    found = []
    for known in book.known.values():
        if not known_in_force(known, date):
            continue
        by_profile = known.applies_when is not None and decide(known.applies_when, facts) is True
        if by_profile or known.family in named:
            found.append(known)
    return found


def known_reason(known: KnownStandard) -> str:
    """The sentence said when an inspection falls under a known standard that is not encoded."""
    number = f"（{known.document_number}）" if known.document_number else ""
    flag = "（标准信息未全部核实）" if known.confidence.flagged else ""
    return (f"按企业画像，本企业涉及{known.industry}：《{known.title}》{number}{flag}尚未编码，本次未按其判定；"
            "不能据此认定无重大事故隐患")


def standard_rows(book: Rulebook) -> list[dict[str, Any]]:
    """Every edition with its dates and counts (N of M, the items not judged), then the known standards not encoded."""
    rows = []
    for std in sorted(book.standards.values(), key=lambda s: (s.family, s.starts)):
        crits = book.criteria_of(std.id)
        fields = coverage_fields(book, std)
        status = "not_encoded" if not std.encoded else "partial" if fields["partial"] else "encoded"
        rows.append({
            "id": std.id, "family": std.family, "title": std.title, "document_number": std.document_number,
            "effective_from": std.effective_from.isoformat() if std.effective_from else None,
            "effective_until": std.effective_until.isoformat() if std.effective_until else None,
            "encoded": std.encoded, "status": status,
            "criteria": sum(1 for c in crits if c.definition.role == "criterion"),
            "elements": sum(1 for c in crits if c.definition.role == "element"),
            "unconfirmed": sum(1 for c in crits if c.definition.confidence.flagged),
            "items_total": std.items_total, "items_note": std.items_note, "not_judged": fields["not_judged"],
            "provinces": std.provinces,
        })
    for known in sorted(book.known.values(), key=lambda k: (k.industry, k.id)):
        rows.append({
            "id": known.id, "family": known.family, "title": known.title, "document_number": known.document_number,
            "effective_from": known.effective_from.isoformat() if known.effective_from else None,
            "effective_until": known.effective_until.isoformat() if known.effective_until else None,
            "encoded": False, "status": "known_not_encoded", "criteria": 0, "elements": 0, "unconfirmed": 0,
            "items_total": None, "items_note": known.items, "not_judged": [], "provinces": None,
            "industry": known.industry, "confidence": known.confidence.value, "note": known.note,
        })
    return rows


def standard_line(row: dict[str, Any]) -> str:
    """One row of `hazard standards` as Chinese text."""
    until = row["effective_until"] or "现行"
    number = f"（{row['document_number']}）" if row["document_number"] else "（文号不详）"
    since = row["effective_from"] or "施行日期不详"
    if row["status"] == "known_not_encoded":
        flag = "，标准信息未全部核实" if row["confidence"] in ("partial", "unconfirmed") else ""
        items = f"，{row['items_note']}" if row["items_note"] else ""
        return f"{row['id']:<22} 《{row['title']}》{number}{since} — {until}  {row['industry']}：未编码{items}{flag}"
    if row["status"] == "not_encoded":
        counts = "现行有效但未编码：未判定" if row["effective_until"] is None else "未编码"
        counts += f"（{row['items_note']}）" if row["items_note"] else ""
    else:
        counts = f"判定项 {row['criteria']}（原文未核实 {row['unconfirmed']}）"
        if row["elements"]:
            counts += f"，综合判定要素 {row['elements']}"
    if row["status"] == "partial":
        total = f"共 {row['items_total']} 项" if row["items_total"] else "总数不详"
        missing = f"；未判定：{'、'.join(row['not_judged'])}" if row["not_judged"] else ""
        counts += f"；部分编码：已编码 {row['criteria']} 项（{total}）{missing}"
    where = f"  仅适用于：{'、'.join(row['provinces'])}" if row["provinces"] else ""
    return f"{row['id']:<22} 《{row['title']}》{number}{since} — {until}  {counts}{where}"
